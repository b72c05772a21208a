package org.escalationrouter.intake;

import java.util.stream.Stream;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} shows one component per mailbox under {@code mailboxes}. */
@Component("mailboxes")
class MailboxHealthContributor implements CompositeHealthContributor {

  private final MailboxHealth health;
  private final Mailboxes mailboxes;

  MailboxHealthContributor(MailboxHealth health, Mailboxes mailboxes) {
    this.health = health;
    this.mailboxes = mailboxes;
  }

  @Override
  public HealthContributor getContributor(String name) {
    return mailboxes.names().contains(name) ? (HealthIndicator) () -> health.health(name) : null;
  }

  @Override
  public Stream<HealthContributors.Entry> stream() {
    return mailboxes.names().stream()
        .map(
            name ->
                new HealthContributors.Entry(name, (HealthIndicator) () -> health.health(name)));
  }
}
