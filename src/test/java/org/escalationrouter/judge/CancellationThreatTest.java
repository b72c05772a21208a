package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CancellationThreatTest {

  private final CancellationThreat detector = new CancellationThreat(1.0);

  @Test
  void detectsAnnouncedCancellation() {
    assertThat(
            Texts.finds(detector, "After this I am going to cancel all of my services with you."))
        .isTrue();
  }

  @Test
  void detectsRefusalToRenew() {
    assertThat(Texts.finds(detector, "We will not be renewing the maintenance contract next year."))
        .isTrue();
  }

  @Test
  void ignoresNegatedIntent() {
    assertThat(Texts.finds(detector, "I have no intention of cancelling my subscription."))
        .isFalse();
  }

  @Test
  void ignoresPolicyQuestion() {
    assertThat(Texts.finds(detector, "How do I close my account if I move abroad?")).isFalse();
    assertThat(Texts.finds(detector, "What is your cancellation policy for the family plan?"))
        .isFalse();
  }

  @Test
  void ignoresHypotheticalLeaving() {
    assertThat(Texts.finds(detector, "Will I lose my points if I decide to leave the scheme?"))
        .isFalse();
  }

  @Test
  void detectsGermanAndSpanishNotice() {
    assertThat(Texts.finds(detector, "Hiermit kündige ich mein Abonnement zum Monatsende."))
        .isTrue();
    assertThat(Texts.finds(detector, "Quiero dar de baja el contrato del gimnasio.")).isTrue();
  }

  @Test
  void ignoresTheCompanyClosingTheAccount() {
    assertThat(Texts.finds(detector, "The agent said they would have to close my credit cards."))
        .isFalse();
    assertThat(Texts.finds(detector, "Ils ont résilié mon contrat sans prévenir.")).isFalse();
  }

  @Test
  void stillDetectsTheCustomerClosingAfterTheCompanyIsNamed() {
    assertThat(Texts.finds(detector, "The bank lied to me, so I will close my account.")).isTrue();
  }

  @Test
  void seesAGermanNegationAfterTheVerbButNotNotOnlyNorOneInACondition() {
    assertThat(Texts.finds(detector, "Keine Sorge, ich kündige nicht, ich will nur verstehen."))
        .isFalse();
    assertThat(Texts.finds(detector, "Kündigen will ich deswegen nicht, aber es ärgert mich."))
        .isFalse();
    assertThat(Texts.finds(detector, "Ich kündige nicht nur den Vertrag, sondern auch das Konto."))
        .isTrue();
    assertThat(Texts.finds(detector, "Ich kündige, wenn Sie nicht bis Freitag zahlen.")).isTrue();
    assertThat(Texts.finds(detector, "Zum Jahresende wechseln wir zu einem anderen Versicherer."))
        .isTrue();
  }

  @Test
  void detectsALeavingAskedBeforeThatNeverHappened() {
    assertThat(
            Texts.finds(
                detector,
                "In May I called and asked to cancel my internet service. "
                    + "Two months later the service is still active."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "I told the agent I wanted the savings account closed. The account was never closed."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector, "Solicité la cancelación de mi tarjeta hace dos meses y sigue activa."))
        .isTrue();
  }

  @Test
  void ignoresALeavingAskedBeforeThatHappened() {
    assertThat(
            Texts.finds(
                detector,
                "I asked to close the account and it was closed the same day, thank you."))
        .isFalse();
    assertThat(Texts.finds(detector, "Pedí la cancelación y me la confirmaron por correo."))
        .isFalse();
    // the failure only supposed, and told before the request
    assertThat(
            Texts.finds(
                detector,
                "I asked them to close the account. If it is still open next week, let me know."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "The old card was never closed by the previous owner. I asked to close my account "
                    + "and it was done."))
        .isFalse();
  }
}
