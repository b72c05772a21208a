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

  @Test
  void nominalDenialCountsOnlyWhereItOpensAShortSentenceOrDatedLine() {
    assertThat(
            Texts.finds(
                detector, "They said the engineer would come on Thursday. No engineer, no call."))
        .isTrue();
    assertThat(
            Texts.finds(detector, "Nos dijeron que vendría el técnico.\n- 5/11: nada de técnico."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "They said the engineer would come on Thursday. I have no complaint about the"
                    + " phone staff, who were polite and kind."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "They said the engineer would come on Thursday. No, the phone staff were polite"
                    + " and kind throughout, and they explained it well."))
        .isFalse();
  }

  @Test
  void promiseWithoutSubjectCountsOnlyAtTheHeadOfALine() {
    assertThat(Texts.finds(detector, "Told delivery on the 9th. Nothing came.")).isTrue();
    assertThat(Texts.finds(detector, "02/05 - told fitting on the 16th.\n16/06 - nobody came."))
        .isTrue();
    assertThat(Texts.finds(detector, "I told them on the 9th that I was away. Nothing came of it."))
        .isFalse();
  }

  @Test
  void promiseSetAgainstWhatHappenedNeedsNoFurtherFailure() {
    assertThat(
            Texts.finds(
                detector, "Il m'avait pourtant assuré que le dossier serait déposé à temps."))
        .isTrue();
    assertThat(Texts.finds(detector, "Y eso que me aseguraron que no habría penalización."))
        .isTrue();
    assertThat(Texts.finds(detector, "Il m'a assuré que le dossier serait déposé à temps."))
        .isFalse();
  }

  @Test
  void promiseToldAsKeptIsNoneInFiveLanguages() {
    assertThat(
            Texts.finds(
                detector, "Der Monteur versprach, am Montag zu kommen, und war pünktlich da."))
        .isFalse();
    assertThat(Texts.finds(detector, "Zadzwonili, dokładnie tak, jak obiecaliście.")).isFalse();
    assertThat(Texts.finds(detector, "Lo que me prometió el vendedor se cumplió.")).isFalse();
    assertThat(Texts.finds(detector, "Comme promis, le technicien est passé mardi.")).isFalse();
    assertThat(Texts.finds(detector, "The engineer came exactly as promised.")).isFalse();
  }

  @Test
  void frenchSayingIsAPromiseOnlyWithSomethingToComeAndRespectNeedsACommitment() {
    assertThat(Texts.finds(detector, "On me dit que le technicien passera lundi. Toujours rien."))
        .isTrue();
    assertThat(Texts.finds(detector, "On me dit qu'il faut renvoyer les papiers. Toujours rien."))
        .isFalse();
    assertThat(Texts.finds(detector, "Ils ne respectent pas les conditions du contrat.")).isTrue();
    assertThat(Texts.finds(detector, "Une voiture n'a pas respecté le stop.")).isFalse();
  }

  /**
   * Eleventh round, written from the kinds: an assurance that something was covered, a time quoted
   * in words and overrun, a term written into the contract, a booked visit announced, a date
   * planned, an appointment not respected; each needs what shows it failed, and a time quoted for
   * the future is no failure.
   */
  @Test
  void promisesOfTheEleventhRoundNeedTheirFailure() {
    assertThat(
            Texts.finds(
                detector,
                "Your agent confirmed the roaming bundle covered Spain, yet I was charged £60."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "We were quoted six weeks for the kitchen. Four months on, half the units are"
                    + " missing."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector, "The discount written into my contract has not been applied since May."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector, "Der Techniker war für Dienstag angekündigt, es ist niemand erschienen."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "La livraison était prévue le 5 juin. Nous sommes le 30 et toujours rien."))
        .isTrue();
    assertThat(
            Texts.finds(detector, "Le rendez-vous fixé avec le technicien n'a pas été respecté."))
        .isTrue();
    assertThat(Texts.finds(detector, "No han respetado la cita con el técnico.")).isTrue();
    assertThat(Texts.finds(detector, "Obiecany telefon zwrotny nigdy nie nastąpił.")).isTrue();
    assertThat(
            Texts.finds(
                detector,
                "The website says delivery takes three to five days, so I'll wait until Friday."))
        .isFalse();
    assertThat(Texts.finds(detector, "La livraison est prévue le 5 juin, merci.")).isFalse();
  }

  @Test
  void takesTheCompanysWordsQuotedAndSaidByWhomAsAPromiseThatNeedsAFailure() {
    assertThat(Texts.finds(detector, "\"Refund in 5 working days,\" they said. Still nothing."))
        .isTrue();
    assertThat(Texts.finds(detector, "„Kommt nächste Woche“, hieß es. Bis heute nichts.")).isTrue();
    assertThat(Texts.finds(detector, "« Sous huit jours », m'a-t-on dit. Toujours rien.")).isTrue();
    assertThat(Texts.finds(detector, "\"En una semana\", me dijeron. Nada de nada.")).isTrue();
    assertThat(Texts.finds(detector, "„Zwrot w 14 dni” – usłyszałem. Nic nie przyszło.")).isTrue();
    assertThat(Texts.finds(detector, "\"You'll get it Monday!\" he said. Nothing came.")).isTrue();
    // no failure told; a new sentence after a quotation; a statement in an interview
    assertThat(Texts.finds(detector, "\"Refund in 5 working days,\" they said.")).isFalse();
    assertThat(
            Texts.finds(
                detector,
                "The agent told me to \"check the app.\" The app says \"ask an agent.\" Still"
                    + " nothing works."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector, "„Es wird besser“ – sagt der Chef im Interview. Heute wieder nichts."))
        .isFalse();
  }
}
