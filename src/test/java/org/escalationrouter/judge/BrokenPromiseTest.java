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
}
