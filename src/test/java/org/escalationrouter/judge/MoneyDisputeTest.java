package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyDisputeTest {

  private final MoneyDispute detector = new MoneyDispute(1.0);

  @Test
  void detectsDisputedFee() {
    assertThat(Texts.finds(detector, "You charged me a $149 equipment fee I never agreed to."))
        .isTrue();
    assertThat(Texts.finds(detector, "I was charged twice for the same booking.")).isTrue();
  }

  @Test
  void detectsRefundDemand() {
    assertThat(Texts.finds(detector, "Please refund the Sh2,400 you took from my account."))
        .isTrue();
  }

  /** A number after "send" or "give" is an address or a phone number; after "refund", money. */
  @Test
  void aBareNumberIsAnAmountOnlyAfterARefund() {
    assertThat(Texts.finds(detector, "Please send the new card to 12 Rue de la Paix.")).isFalse();
    assertThat(
            Texts.finds(detector, "Please give my new mobile number 07700 900123 to the driver."))
        .isFalse();
    assertThat(Texts.finds(detector, "Refund me the 45 you took for the missed delivery."))
        .isTrue();
  }

  @Test
  void ignoresThanksForRefundAndFeeQuestion() {
    assertThat(Texts.finds(detector, "Thanks for the refund, it came through today.")).isFalse();
    assertThat(Texts.finds(detector, "Is there a fee if I pay by card?")).isFalse();
  }

  @Test
  void detectsFrenchAndGermanDisputes() {
    assertThat(Texts.finds(detector, "Ce prélèvement de 30 € a été effectué à tort.")).isTrue();
    assertThat(Texts.finds(detector, "Die Gebühr von 12 € ist unberechtigt.")).isTrue();
  }

  @Test
  void detectsUltimatumOnMoneyNotReturnedButNotPlainConditional() {
    assertThat(Texts.finds(detector, "If the £320 is not refunded by Friday I will go to court."))
        .isTrue();
    assertThat(Texts.finds(detector, "If I am ever charged twice I will tell you.")).isFalse();
  }

  @Test
  void detectsNegationThatBelongsToThePhrase() {
    assertThat(Texts.finds(detector, "Ce prélèvement de 49 € n'a jamais été autorisé.")).isTrue();
    assertThat(Texts.finds(detector, "No, we will not refund your money, they said.")).isTrue();
  }

  @Test
  void detectsDemandsToPayAndClaimsOfDebt() {
    assertThat(Texts.finds(detector, "They keep asking me to pay for a card I never got."))
        .isTrue();
    assertThat(Texts.finds(detector, "The collector says I owe a balance on a closed account."))
        .isTrue();
    assertThat(Texts.finds(detector, "Please stop charging me every month.")).isTrue();
  }

  @Test
  void detectsMoneyNotReceivedInFourLanguages() {
    assertThat(
            Texts.finds(
                detector,
                "Sollte der Betrag von 89,90 € nicht bis zum 20. Mai auf meinem Konto eingehen,"
                    + " melde ich mich wieder."))
        .isTrue();
    assertThat(Texts.finds(detector, "Sigo sin recibir el reembolso de mi pedido.")).isTrue();
    assertThat(Texts.finds(detector, "Do tej pory nie otrzymałem zwrotu pieniędzy.")).isTrue();
    assertThat(Texts.finds(detector, "J'attends toujours mon remboursement.")).isTrue();
  }

  @Test
  void detectsUltimatumsWhoseNegationIsTheirOwnInThreeLanguages() {
    assertThat(Texts.finds(detector, "If I don't get my deposit back by Monday I will act."))
        .isTrue();
    assertThat(Texts.finds(detector, "Unless the $90 fee is refunded, I will go elsewhere."))
        .isTrue();
    assertThat(Texts.finds(detector, "Si no me devuelven los 40 € antes del lunes, reclamaré."))
        .isTrue();
    assertThat(Texts.finds(detector, "If I get a refund, I will buy the upgrade.")).isFalse();
  }

  @Test
  void detectsRefusalToPayAndChargesRepeatedButNotPayingOnTime() {
    assertThat(Texts.finds(detector, "I am not paying for a service I never used.")).isTrue();
    assertThat(Texts.finds(detector, "You charged my card four times for one order.")).isTrue();
    assertThat(Texts.finds(detector, "I paid the bill on time as always.")).isFalse();
  }
}
