package org.escalationrouter.intake;

import java.util.List;
import org.escalationrouter.mailauth.MailAuth;
import org.escalationrouter.mailauth.MailLogin;
import org.escalationrouter.mailauth.MailTokens;
import org.escalationrouter.mailauth.SaslMechanism;
import org.escalationrouter.mailserver.EmbeddedMailServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The mailboxes to read: those configured, or the embedded server's support mailbox when none is
 * configured.
 */
@Component("configuredMailboxes")
public class Mailboxes {

  private final List<IntakeSettings.Mailbox> all;

  private final MailTokens tokens;

  Mailboxes(
      IntakeSettings settings, ObjectProvider<EmbeddedMailServer> embedded, MailTokens tokens) {
    this.tokens = tokens;
    EmbeddedMailServer server = embedded.getIfAvailable();
    if (!settings.mailboxes().isEmpty()) {
      all = settings.mailboxes().stream().map(m -> m.withName(m.displayName())).toList();
    } else if (server != null) {
      // the support mailbox, and the one our escalations' bounces come back to
      all =
          List.of(
              new IntakeSettings.Mailbox(
                  "support",
                  "imap",
                  server.host(),
                  server.imapPort(),
                  EmbeddedMailServer.SUPPORT_USER,
                  EmbeddedMailServer.SUPPORT_PASSWORD,
                  "INBOX"),
              new IntakeSettings.Mailbox(
                  "bounces",
                  "imap",
                  server.host(),
                  server.imapPort(),
                  EmbeddedMailServer.BOUNCES_USER,
                  EmbeddedMailServer.BOUNCES_USER,
                  "INBOX"));
    } else {
      all = List.of();
    }
    // an unusable credential (no client id, say) stops the start with its mailbox named
    all.stream()
        .filter(m -> m.auth() == MailAuth.OAUTH2)
        .forEach(
            m -> {
              tokens.register(m.displayName(), m.oauth2());
              if (m.protocol().startsWith("pop3")
                  && m.oauth2().mechanism() == SaslMechanism.OAUTHBEARER) {
                throw new IllegalStateException(
                    m.displayName() + ": " + MailLogin.OAUTHBEARER_POP3);
              }
            });
  }

  /** How {@code mailbox} logs in: its password, or a token from its credential's source. */
  MailLogin login(IntakeSettings.Mailbox mailbox) {
    return mailbox.auth() == MailAuth.OAUTH2
        ? MailLogin.oauth2(
            mailbox.username(), tokens.register(mailbox.displayName(), mailbox.oauth2()))
        : MailLogin.password(mailbox.username(), mailbox.password());
  }

  public List<IntakeSettings.Mailbox> all() {
    return all;
  }

  List<String> names() {
    return all.stream().map(IntakeSettings.Mailbox::displayName).toList();
  }

  IntakeSettings.Mailbox byName(String name) {
    return all.stream()
        .filter(m -> m.displayName().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mailbox named '" + name + "'"));
  }
}
