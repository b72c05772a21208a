package org.escalationrouter.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.escalationrouter.EscalationRouterApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * The daemon started in-process as an operator would start it, with its embedded mail server on
 * free ports (it carries the executives' mailboxes) and its files under a test folder. The API is
 * called as the admin, whose password is set here. Public for the web tests.
 */
public final class Daemon implements AutoCloseable {

  /** The admin's password unless a test passes its own {@code escalation.web.admin.password}. */
  public static final String ADMIN_PASSWORD = "test-admin-secret";

  public final int smtpPort = MailFixtures.freePort();
  public final int imapPort = MailFixtures.freePort();
  private int httpPort;
  private final Path work;
  private ConfigurableApplicationContext context;
  private java.time.Clock clock;

  public Daemon(Path work) {
    this.work = work;
  }

  /** Runs on {@code clock} instead of the system's: every bean that reads the time gets it. */
  public Daemon withClock(java.time.Clock clock) {
    this.clock = clock;
    return this;
  }

  /** Starts with the given extra arguments; the database defaults to an H2 file in the folder. */
  public Daemon start(String... args) {
    String[] defaults = {
      "--server.port=0", // the web server takes a port itself; read back after the start
      "--escalation.web.admin.password=" + ADMIN_PASSWORD,
      "--escalation.embedded-mail.enabled=true",
      "--escalation.embedded-mail.smtp-port=" + smtpPort,
      "--escalation.embedded-mail.imap-port=" + imapPort,
      "--escalation.smtp.port=" + smtpPort,
      "--escalation.letters.dir=" + work.resolve("letters"),
      "--spring.datasource.url=jdbc:h2:file:"
          + work.resolve("db")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
    };
    // command-line arguments win over application.properties; a key given twice would be joined
    // with a comma, so a default is dropped when the caller names the same key
    java.util.Set<String> given =
        Stream.of(args)
            .map(a -> a.substring(0, a.indexOf('=')))
            .collect(java.util.stream.Collectors.toSet());
    String[] all =
        Stream.concat(
                Stream.of(defaults).filter(d -> !given.contains(d.substring(0, d.indexOf('=')))),
                Stream.of(args))
            .toArray(String[]::new);
    SpringApplicationBuilder builder =
        new SpringApplicationBuilder(EscalationRouterApplication.class);
    if (clock != null) {
      builder.initializers(
          ctx ->
              ((org.springframework.context.support.GenericApplicationContext) ctx)
                  .registerBean(
                      "testClock", java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true)));
    }
    context = builder.run(all);
    httpPort = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    return this;
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public <T> T bean(String name, Class<T> type) {
    return context.getBean(name, type);
  }

  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> cases() {
    return api().get().uri(url("/api/cases")).retrieve().body(List.class);
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> get(String path) {
    return api().get().uri(url(path)).retrieve().body(Map.class);
  }

  /** A case's status as the API gives it: open, acknowledged or resolved. */
  public String status(String caseId) {
    return String.valueOf(get("/api/cases/" + caseId).get("status"));
  }

  /** A case's timeline as the API shows it to anyone who may see the case. */
  public String timeline(String caseId) {
    return String.valueOf(get("/api/cases/" + caseId).get("timeline"));
  }

  /** A client that logs in to the API as the admin with HTTP Basic. */
  public RestClient api() {
    return RestClient.builder()
        .defaultHeaders(h -> h.setBasicAuth("admin", ADMIN_PASSWORD))
        .build();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + httpPort + path;
  }

  /** Sends a plain-text letter to the daemon's embedded SMTP server. */
  public void send(String from, String to, String subject, String body, String messageId)
      throws jakarta.mail.MessagingException {
    MailFixtures.send(smtpPort, from, to, subject, body, messageId);
  }

  /** Sends a message as it is, from a customer to the support mailbox. */
  public void send(byte[] raw) throws jakarta.mail.MessagingException {
    MailFixtures.sendRaw(smtpPort, "customer@example.org", "support@localhost", raw);
  }

  /** The messages in an embedded mailbox (the executives' mail), read over IMAP. */
  public List<jakarta.mail.internet.MimeMessage> inbox(String user) throws Exception {
    return MailFixtures.inbox(imapPort, user, user);
  }

  public void stop() {
    if (context != null) {
      context.close();
      context = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
