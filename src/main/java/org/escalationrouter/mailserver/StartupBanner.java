package org.escalationrouter.mailserver;

import org.escalationrouter.directory.Executive;
import org.escalationrouter.route.LiveRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells a newcomer, once the daemon is up, where to send a letter and where to read the result. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final ObjectProvider<EmbeddedMailServer> embedded;
  private final LiveRules rules;
  private final Environment env;

  StartupBanner(ObjectProvider<EmbeddedMailServer> embedded, LiveRules rules, Environment env) {
    this.embedded = embedded;
    this.rules = rules;
    this.env = env;
  }

  /** Who logs in, and where the generated password is kept while it is the generated one. */
  private String login() {
    String admin = env.getProperty("escalation.web.admin.username", "admin");
    String password = env.getProperty("escalation.web.admin.password", "");
    if (!password.isBlank()) {
      return "(log in as " + admin + ")";
    }
    return "(log in as "
        + admin
        + " with the generated password: cat "
        + env.getProperty("escalation.web.admin.password-file", "data/admin-password")
        + ")";
  }

  @EventListener(ApplicationReadyEvent.class)
  void ready() {
    String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    EmbeddedMailServer server = embedded.getIfAvailable();
    StringBuilder s = new StringBuilder("\n\nescalation-router is running.\n");
    if (server != null) {
      s.append("  Send a test letter by SMTP to support@localhost at ")
          .append(server.host())
          .append(':')
          .append(server.smtpPort())
          .append('\n');
      s.append("  Read escalations by IMAP at ")
          .append(server.host())
          .append(':')
          .append(server.imapPort())
          .append(" (login = password = the local part of the address):\n");
      for (Executive e : rules.directory().executives()) {
        s.append("    ")
            .append(e.email())
            .append("  ")
            .append(e.name())
            .append(", ")
            .append(e.title())
            .append('\n');
      }
    }
    s.append("  Drop scanned letters into ")
        .append(env.getProperty("escalation.letters.dir", "letters"))
        .append("/inbox\n");
    s.append("  Dashboard: http://localhost:")
        .append(port)
        .append("/  ")
        .append(login())
        .append('\n');
    s.append("  Cases: http://localhost:")
        .append(port)
        .append("/api/cases   Health: http://localhost:")
        .append(port)
        .append("/actuator/health\n");
    log.info(s.toString());
  }
}
