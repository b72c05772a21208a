package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalThreatTest {

  private final LegalThreat detector = new LegalThreat(1.0);

  @Test
  void detectsAttorneyAndSmallClaims() {
    assertThat(Texts.finds(detector, "I will contact my attorney tomorrow.")).isTrue();
    assertThat(Texts.finds(detector, "The next step is a claim in small claims court.")).isTrue();
  }

  @Test
  void detectsRegulatorAndConsumerBodies() {
    assertThat(Texts.finds(detector, "I have reported this to the Financial Ombudsman.")).isTrue();
    assertThat(Texts.finds(detector, "Zgłoszę sprawę do rzecznika praw konsumentów.")).isTrue();
    assertThat(Texts.finds(detector, "Ich werde die Verbraucherzentrale einschalten.")).isTrue();
  }

  @Test
  void ignoresDisavowedThreat() {
    assertThat(Texts.finds(detector, "I am not threatening legal action, I just want an answer."))
        .isFalse();
  }
}
