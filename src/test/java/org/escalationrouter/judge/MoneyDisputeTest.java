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
}
