package org.escalationrouter.intake;

import java.time.Instant;
import java.util.List;
import org.escalationrouter.cluster.Ownership;
import org.escalationrouter.mailauth.MailAuth;
import org.escalationrouter.mailauth.TokenState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/mailboxes}: each mailbox's state, its OAuth2 token's when it has one, and the daemon
 * reading it ({@code owner}; null while no daemon holds it). The reading figures are this daemon's.
 */
@RestController
class MailboxesController {

  /** One mailbox as operations see it; {@code token} is null for a password login. */
  record MailboxView(
      String name,
      String protocol,
      MailAuth auth,
      boolean up,
      Instant lastSuccess,
      int consecutiveFailures,
      long messagesRead,
      String lastError,
      TokenState token,
      String owner) {}

  private final Mailboxes mailboxes;
  private final MailboxHealth health;
  private final Ownership ownership;

  MailboxesController(Mailboxes mailboxes, MailboxHealth health, Ownership ownership) {
    this.mailboxes = mailboxes;
    this.health = health;
    this.ownership = ownership;
  }

  @GetMapping("/api/mailboxes")
  List<MailboxView> mailboxes() {
    return mailboxes.all().stream().map(this::view).toList();
  }

  private MailboxView view(IntakeSettings.Mailbox m) {
    String name = m.displayName();
    MailboxHealth.State s = health.states().get(name);
    return new MailboxView(
        name,
        m.protocol(),
        m.auth(),
        health.isUp(name),
        s == null ? null : s.lastSuccess(),
        s == null ? 0 : s.consecutiveFailures(),
        s == null ? 0 : s.messagesRead(),
        s == null ? null : s.lastError(),
        health.token(name).orElse(null),
        ownership.owner(name).orElse(null));
  }
}
