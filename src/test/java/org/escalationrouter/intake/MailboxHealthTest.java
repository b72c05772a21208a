package org.escalationrouter.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.Test;

class MailboxHealthTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-26T10:00:00Z"));
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final MailboxHealth health =
      new MailboxHealth(
          new IntakeSettings(
              List.of(),
              Duration.ofSeconds(1),
              Duration.ofMinutes(2),
              3,
              true,
              Duration.ofMinutes(9),
              org.springframework.util.unit.DataSize.ofMegabytes(40),
              null),
          clock,
          meters);

  @Test
  void mailboxNeverReadIsDown() {
    health.registered("support");
    assertThat(health.isUp("support")).isFalse();
  }

  @Test
  void downAfterRepeatedFailuresAndUpAgainAfterOneSuccess() {
    health.registered("support");
    health.succeeded("support", 1, null);
    health.failed("support", "host unreachable");
    health.failed("support", "host unreachable");
    assertThat(health.isUp("support")).isTrue();
    health.failed("support", "host unreachable");
    assertThat(health.isUp("support")).isFalse();
    assertThat(health.states().get("support").lastError()).isEqualTo("host unreachable");

    health.succeeded("support", 2, null);
    assertThat(health.isUp("support")).isTrue();
    assertThat(health.states().get("support").messagesRead()).isEqualTo(3);
  }

  @Test
  void downWhenTheLastSuccessIsStale() {
    health.registered("support");
    health.succeeded("support", 0, null);
    clock.advance(Duration.ofMinutes(2));
    assertThat(health.isUp("support")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(health.isUp("support")).isFalse();
  }

  @Test
  void downAndCountedWhileAMessageHoldsTheMailboxUpOnceItMovesOn() {
    health.registered("support");
    health.succeeded("support", 4, null);
    health.stalled("support", "INBOX uid 5", "CannotCreateTransactionException: database down");
    health.succeeded("support", 0, "INBOX uid 5");
    assertThat(health.isUp("support")).isFalse();
    assertThat(health.states().get("support").lastError()).contains("stalled at INBOX uid 5");
    assertThat(meters.get("escalation.intake.stalls").tag("mailbox", "support").counter().count())
        .isEqualTo(1.0);

    health.succeeded("support", 1, null);
    assertThat(health.isUp("support")).isTrue();
  }

  @Test
  void aMailboxWorkingThroughABacklogIsUpWithBacklogAndProgressInItsDetails() {
    health.registered("support");
    health.passStarted("support", 1000);
    for (int message = 0; message < 30; message++) {
      clock.advance(Duration.ofSeconds(10)); // five minutes into the first pass
      health.progressed("support");
    }

    assertThat(health.isUp("support")).isTrue();
    assertThat(health.health("support").getDetails())
        .containsEntry("backlog", 970)
        .containsEntry("readThisPass", 30L)
        .containsEntry("lastProgress", clock.instant().toString());
  }

  @Test
  void busyWithoutProgressForTheStaleLimitIsDown() {
    health.registered("support");
    health.succeeded("support", 0, null);
    health.passStarted("support", 10);
    health.progressed("support");
    clock.advance(Duration.ofMinutes(2).plusSeconds(1));

    assertThat(health.isUp("support")).isFalse();
    assertThat(health.health("support").getDetails()).containsEntry("backlog", 9);
  }

  @Test
  void theBacklogIsEmptyWhenAPassEnds() {
    health.registered("support");
    health.passStarted("support", 2);
    health.progressed("support");
    health.progressed("support");
    health.succeeded("support", 2, null);

    assertThat(health.health("support").getDetails()).containsEntry("backlog", 0);
    assertThat(health.isUp("support")).isTrue();
  }
}
