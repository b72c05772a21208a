package org.escalationrouter.intake;

import java.util.List;
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

  Mailboxes(IntakeSettings settings, ObjectProvider<EmbeddedMailServer> embedded) {
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
