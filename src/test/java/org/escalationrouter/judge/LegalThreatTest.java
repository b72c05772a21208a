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
  void detectsCounselSoughtAndAReportToThePolice() {
    assertThat(Texts.finds(detector, "I will be seeking legal counsel.")).isTrue();
    assertThat(Texts.finds(detector, "I've reported the scam to the police.")).isTrue();
    assertThat(Texts.finds(detector, "The police were called to the store by the manager."))
        .isFalse();
  }

  @Test
  void ignoresTheCompanysWordsQuotedButNotANameInQuotationMarks() {
    assertThat(
            Texts.finds(
                detector,
                "In Ihrer Mail schreiben Sie: „Sollte der Betrag nicht eingehen, übergeben wir die"
                    + " Forderung unserem Rechtsanwalt.“ Die Forderung ist falsch."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector, "J'ai déposé un signalement sur la plateforme « J'alerte l'Arcep »."))
        .isTrue();
  }

  @Test
  void ignoresDisavowedThreat() {
    assertThat(Texts.finds(detector, "I am not threatening legal action, I just want an answer."))
        .isFalse();
  }

  @Test
  void ignoresACourtOrLawFirmThatIsTheWritersWorkplace() {
    assertThat(Texts.finds(detector, "I work at the county court, so please ring after five."))
        .isFalse();
    assertThat(Texts.finds(detector, "Trabajo en un juzgado y solo puedo hablar por la tarde."))
        .isFalse();
  }

  @Test
  void stillDetectsCourtAfterWorkIsMentionedElsewhere() {
    assertThat(
            Texts.finds(
                detector, "I took time off work. I will take you to court over this charge."))
        .isTrue();
  }
}
