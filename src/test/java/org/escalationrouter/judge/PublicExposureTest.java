package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicExposureTest {

  private final PublicExposure detector = new PublicExposure(1.0);

  @Test
  void detectsThreatToPostOnSocialMedia() {
    assertThat(Texts.finds(detector, "I will post this on your Facebook page for all to see."))
        .isTrue();
  }

  @Test
  void detectsTellingFriendsAndFamily() {
    assertThat(Texts.finds(detector, "Our friends and family have heard this story already."))
        .isTrue();
  }

  @Test
  void ignoresPraiseAndReviewQuestion() {
    assertThat(Texts.finds(detector, "Where can I leave a review? Your driver was wonderful."))
        .isFalse();
  }

  @Test
  void detectsPressHandleTaggedIntoAComplaint() {
    assertThat(Texts.finds(detector, "@SomeBank refund still pending. @timesofindia @CNBC_Awaaz"))
        .isTrue();
  }

  @Test
  void ignoresPostAddressedToThePressItself() {
    assertThat(Texts.finds(detector, "@CNBC No way, the booster wears off anyway.")).isFalse();
  }

  @Test
  void ignoresPressHandleCitedAsTheSourceOfNews() {
    assertThat(Texts.finds(detector, "Fares go up again in spring, says @Reuters.")).isFalse();
    assertThat(Texts.finds(detector, "Fares go up again in spring, reports @Reuters.")).isFalse();
  }

  @Test
  void stillDetectsPressHandleTaggedAfterTheComplaint() {
    assertThat(Texts.finds(detector, "Fares up 20% and no refund for the strike days. @Reuters"))
        .isTrue();
  }

  @Test
  void ignoresAReviewsOwnVerdict() {
    assertThat(Texts.finds(detector, "Nie polecam tego sklepu.")).isFalse();
    assertThat(Texts.finds(detector, "A fuir, je déconseille.")).isFalse();
  }

  @Test
  void detectsSharingInGroupsAndForums() {
    assertThat(Texts.finds(detector, "I posted the whole thing in the local parents' group."))
        .isTrue();
    assertThat(Texts.finds(detector, "Opisałem całą sprawę na forum miłośników kolei.")).isTrue();
  }

  @Test
  void detectsPressAndReviewThreatsInFourLanguages() {
    assertThat(Texts.finds(detector, "Ich werde mich an die Presse wenden.")).isTrue();
    assertThat(Texts.finds(detector, "Je vais alerter les médias et laisser un mauvais avis."))
        .isTrue();
    assertThat(Texts.finds(detector, "Acudiré a la prensa con toda la documentación.")).isTrue();
    assertThat(Texts.finds(detector, "Wystawię negatywną opinię i przestrzegam innych.")).isTrue();
  }

  /**
   * "Never use this bank" warns others; "I will never use this bank again" is the writer leaving.
   */
  @Test
  void theWritersOwnRefusalWarnsNobody() {
    assertThat(Texts.finds(detector, "I will never use this bank again.")).isFalse();
    assertThat(Texts.finds(detector, "I'll never buy from this seller again.")).isFalse();
    assertThat(Texts.finds(detector, "I would never recommend this to anyone.")).isFalse();
    assertThat(Texts.finds(detector, "Never use this bank. They steal your money.")).isTrue();
    assertThat(
            Texts.finds(detector, "I will never use this bank again and I'm telling everyone why."))
        .isTrue();
  }
}
