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
}
