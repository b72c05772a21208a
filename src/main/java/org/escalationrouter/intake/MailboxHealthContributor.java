package org.escalationrouter.intake;

import java.util.Optional;
import java.util.stream.Stream;
import org.escalationrouter.cluster.Ownership;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} shows one component per mailbox under {@code mailboxes}, with the daemon
 * reading it ({@code owner}). A mailbox another daemon reads is UP here: its health is that
 * daemon's to tell; one that no daemon holds (during a take-over) is UNKNOWN.
 */
@Component("mailboxes")
class MailboxHealthContributor implements CompositeHealthContributor {

  private final MailboxHealth health;
  private final Mailboxes mailboxes;
  private final Ownership ownership;

  MailboxHealthContributor(MailboxHealth health, Mailboxes mailboxes, Ownership ownership) {
    this.health = health;
    this.mailboxes = mailboxes;
    this.ownership = ownership;
  }

  @Override
  public HealthContributor getContributor(String name) {
    return mailboxes.names().contains(name) ? (HealthIndicator) () -> health(name) : null;
  }

  private Health health(String name) {
    Optional<String> owner = ownership.owner(name);
    if (owner.isEmpty()) {
      return Health.unknown().withDetail("owner", "none").build();
    }
    if (!owner.get().equals(ownership.node())) {
      return Health.up().withDetail("owner", owner.get()).build();
    }
    Health here = health.health(name);
    return Health.status(here.getStatus())
        .withDetails(here.getDetails())
        .withDetail("owner", owner.get())
        .build();
  }

  @Override
  public Stream<HealthContributors.Entry> stream() {
    return mailboxes.names().stream()
        .map(name -> new HealthContributors.Entry(name, (HealthIndicator) () -> health(name)));
  }
}
