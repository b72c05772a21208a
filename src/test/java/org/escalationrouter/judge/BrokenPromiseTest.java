package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrokenPromiseTest {

  private final BrokenPromise detector = new BrokenPromise(1.0);

  @Test
  void detectsExplicitPromise() {
    assertThat(Texts.finds(detector, "Your sales rep promised the box for free.")).isTrue();
  }

  @Test
  void weakPromiseNeedsSignOfFailure() {
    assertThat(Texts.finds(detector, "I was told the engineer would come on Tuesday.")).isFalse();
    assertThat(
            Texts.finds(
                detector,
                "I was told the engineer would come on Tuesday. Nobody came and nobody called."))
        .isTrue();
  }

  @Test
  void detectsSpanishPromise() {
    assertThat(Texts.finds(detector, "El técnico nos prometió que vendría el lunes.")).isTrue();
  }

  @Test
  void detectsWeakPromiseWhoseFailureIsToldAFewSentencesLater() {
    assertThat(
            Texts.finds(
                detector,
                "They agreed to refund the fee. I waited. I called. I wrote. But now they refuse"
                    + " to pay."))
        .isTrue();
    assertThat(Texts.finds(detector, "I was supposed to be the main borrower.")).isFalse();
  }

  @Test
  void detectsWeakPromiseWithFailureInFourLanguages() {
    assertThat(
            Texts.finds(
                detector, "Powiedziano mi, że technik przyjedzie w piątek. Nadal nikt nie był."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "Mir wurde am Telefon gesagt, dass das Geld erstattet wird. Bis heute ist nichts"
                    + " passiert."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector, "On m'a dit que le technicien passerait lundi. Personne n'est venu."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "Me dijeron que el técnico vendría el lunes. Todavía no ha venido nadie."))
        .isTrue();
    assertThat(Texts.finds(detector, "Me dijeron que el técnico vendría el lunes.")).isFalse();
  }

  @Test
  void promiseToldAsKeptIsNoSignalUnlessSomethingStillFailed() {
    assertThat(
            Texts.finds(
                detector,
                "Your engineer came exactly when you said he would. You promised a fix and you kept it."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "The courier came as promised, but the router you promised is still not in the box."))
        .isTrue();
    assertThat(Texts.finds(detector, "The technician did not come as promised.")).isTrue();
  }

  @Test
  void insuredAndCoverAloneAreNoPromiseInFrench() {
    assertThat(Texts.finds(detector, "Assuré tous risques depuis vingt ans, je suis déçu."))
        .isFalse();
    assertThat(Texts.finds(detector, "La garantie vol ne couvre pas le siège.")).isFalse();
    assertThat(
            Texts.finds(
                detector,
                "Le vendeur m'avait assuré que la livraison serait gratuite. Toujours rien."))
        .isTrue();
  }
}
