package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.escalationrouter.audit.AuditEntry;
import org.escalationrouter.audit.AuditTrail;
import org.escalationrouter.cases.CaseEvent;
import org.escalationrouter.cases.CaseEventKind;
import org.escalationrouter.cases.CaseStatus;
import org.escalationrouter.cases.CaseStore;
import org.escalationrouter.cases.NewCase;
import org.escalationrouter.cases.OriginalFile;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.mime.MimeMessages;
import org.escalationrouter.route.LiveRules;
import org.escalationrouter.sla.AckLinks;
import org.escalationrouter.sla.ScheduledTimer;
import org.escalationrouter.sla.SlaTimers;
import org.escalationrouter.sla.Verdict;
import org.escalationrouter.testsupport.MigratedH2;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The deadline feature wired as the daemon wires it, with what it stands on (cases, the SLA timers
 * and signed links, the directory, trusted replies, the outbox, chat posts, the audit trail), over
 * a fresh migrated H2, the test clock and the org chart in {@code deadline/routes}, anew for every
 * test (register it as an instance field's extension: it closes after the test). No web server,
 * mail server or timer poller runs: a test fires what is due itself.
 */
final class DeadlineContext implements AfterEachCallback {

  /** Monday 2 March 2026, 09:00 in Warsaw: the coo's working day begins. */
  static final Instant MONDAY_9 = Instant.parse("2026-03-02T08:00:00Z");

  /** Links point here; the trailing slash is the kind an admin writes. */
  static final String BASE_URL = "https://router.corp.example/";

  /** The one mail server whose Authentication-Results are believed. */
  static final String TRUSTED_HOST = "mx.corp.example";

  private static final String LINK_SECRET = "the-signing-secret-of-the-deadline-tests";
  private static final Pattern LINK = Pattern.compile("/ack/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)");

  /** The beans under test and those they use; the rest of the daemon stays out. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan(
      basePackages = "org.escalationrouter",
      useDefaultFilters = false,
      includeFilters =
          @ComponentScan.Filter(
              type = FilterType.REGEX,
              pattern = {
                "org\\.escalationrouter\\.deadline\\.(Acknowledgements|AckController|CaseDeadlines"
                    + "|DeadlineActions|LinkPage|UntrustedReplies)",
                "org\\.escalationrouter\\.cases\\.(BodyStore|CaseStore)",
                "org\\.escalationrouter\\.sla\\.SlaConfiguration",
                "org\\.escalationrouter\\.route\\.LiveRules",
                "org\\.escalationrouter\\.directory\\.(AddressHealth|ExecutiveChain|Recipients)",
                "org\\.escalationrouter\\.trust\\.SenderProof",
                "org\\.escalationrouter\\.audit\\.AuditTrail",
                "org\\.escalationrouter\\.escalate\\.(EscalationMail|Outbox)",
                "org\\.escalationrouter\\.notify\\.(ChatNotifications|WebhookOutbox)"
              }))
  @ConfigurationPropertiesScan({
    "org.escalationrouter.deadline",
    "org.escalationrouter.cases",
    "org.escalationrouter.route",
    "org.escalationrouter.directory",
    "org.escalationrouter.trust",
    "org.escalationrouter.escalate",
    "org.escalationrouter.notify"
  })
  static class Slice {}

  /** A mail in the outbox, as the executive will read it. */
  record Letter(String kind, String recipient, String subject, String text) {

    /** The signed link tokens in the text, in order. */
    List<String> tokens() {
      return LINK.matcher(text).results().map(m -> m.group(1)).toList();
    }
  }

  final TestClock clock = TestClock.at(MONDAY_9);
  private final JdbcClient jdbc;
  private final Path originals;
  private final AnnotationConfigApplicationContext context;

  /** Started with the test's instance, so that its fields may hold the beans under test. */
  DeadlineContext() {
    try {
      originals = Files.createTempDirectory("deadline-originals");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DataSource db = MigratedH2.fresh("deadline");
    jdbc = JdbcClient.create(db);
    DataSourceTransactionManager transactions = new DataSourceTransactionManager(db);
    context = new AnnotationConfigApplicationContext();
    context.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "deadline-tests",
                Map.of(
                    "escalation.routes.dir", routes().toString(),
                    "escalation.storage.dir", originals.toString(),
                    "escalation.web.base-url", BASE_URL,
                    "escalation.sla.link-secret", LINK_SECRET,
                    "escalation.replies.trusted-hosts", TRUSTED_HOST)));
    context.registerBean(Clock.class, () -> clock);
    context.registerBean(DataSource.class, () -> db);
    context.registerBean(JdbcClient.class, () -> jdbc);
    context.registerBean(PlatformTransactionManager.class, () -> transactions);
    context.registerBean(TransactionTemplate.class, () -> new TransactionTemplate(transactions));
    context.register(Slice.class);
    context.refresh();
  }

  @Override
  public void afterEach(ExtensionContext test) throws IOException {
    context.close();
    jdbc.sql("shutdown").update(); // an in-memory database otherwise lives as long as the JVM
    FileSystemUtils.deleteRecursively(originals);
  }

  private static Path routes() {
    try {
      return Path.of(DeadlineContext.class.getResource("/deadline/routes").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Executive executive(String id) {
    return bean(LiveRules.class).executive(id).orElseThrow();
  }

  /** A case the rules gave to {@code executiveId} under the principal policy, not yet started. */
  String openCase(String executiveId, String customerText) {
    return bean(CaseStore.class)
        .open(
            new NewCase(
                "support",
                "<" + clock.instant().toEpochMilli() + "@customer.example>",
                null,
                "Kim Lee <kim@customer.example>",
                "Charged twice for March",
                clock.instant(),
                Severity.HIGH,
                Set.of(),
                "test",
                executiveId,
                "principal",
                "test-rule",
                "v1",
                "en",
                customerText,
                OriginalFile.message(
                    ("Subject: Charged twice for March\r\n\r\n" + customerText)
                        .getBytes(StandardCharsets.UTF_8)),
                List.of()));
  }

  /** A case given to {@code executiveId} whose deadlines have started, as the pipeline does. */
  String escalatedCase(String executiveId) {
    String caseId = openCase(executiveId, "You charged me twice and nobody answers.");
    bean(CaseDeadlines.class).start(caseId, executive(executiveId), "principal");
    return caseId;
  }

  CaseStatus status(String caseId) {
    return bean(CaseStore.class).find(caseId).orElseThrow().status();
  }

  List<CaseEvent> timeline(String caseId) {
    return bean(CaseStore.class).events(caseId);
  }

  CaseEvent lastEntry(String caseId) {
    List<CaseEvent> timeline = timeline(caseId);
    return timeline.get(timeline.size() - 1);
  }

  /**
   * A try that changed nothing: the case is open with all six of its timers running, and the last
   * entry on its timeline says who tried.
   */
  void assertRefused(String caseId, CaseEventKind entryKind, String entry) {
    assertThat(status(caseId)).isEqualTo(CaseStatus.OPEN);
    assertThat(pending(caseId)).hasSize(6);
    assertThat(lastEntry(caseId))
        .extracting(CaseEvent::kind, CaseEvent::detail)
        .containsExactly(entryKind, entry);
  }

  List<ScheduledTimer> pending(String caseId) {
    return bean(SlaTimers.class).pending(caseId);
  }

  /** Fires every timer due by now, through the deadline actions, as the poller would. */
  int fireDue() {
    return bean(SlaTimers.class).fireDue(clock.instant(), 100, bean(DeadlineActions.class));
  }

  AckLinks links() {
    return bean(AckLinks.class);
  }

  /** What the link page would make of {@code link} at {@code moment}. */
  Verdict verify(String link, Instant moment) {
    return links().verify(token(link), moment);
  }

  /** The case's mail in the outbox, oldest first. */
  List<Letter> mail(String caseId) {
    return jdbc.sql("select kind, recipient, raw from outbox where case_id = ? order by id")
        .param(caseId)
        .query((rs, n) -> letter(rs.getString(1), rs.getString(2), rs.getBytes(3)))
        .list();
  }

  private static Letter letter(String kind, String recipient, byte[] raw) {
    try {
      MimeMessage m = MimeMessages.read(raw);
      String text = (String) ((Multipart) m.getContent()).getBodyPart(0).getContent();
      return new Letter(kind, recipient, m.getSubject(), text);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The audit trail, oldest first. */
  List<AuditEntry> audit() {
    return bean(AuditTrail.class).recent(100, null, null).stream()
        .sorted(Comparator.comparingLong(AuditEntry::id))
        .toList();
  }

  /** The token of a link to the link page. */
  static String token(String link) {
    Matcher m = LINK.matcher(link);
    if (!m.find()) {
      throw new IllegalArgumentException("no signed link in " + link);
    }
    return m.group(1);
  }
}
