package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VulnerableCustomerTest {

  private final VulnerableCustomer detector = new VulnerableCustomer(1.0);

  @Test
  void detectsElderlyRelativeByAge() {
    assertThat(Texts.finds(detector, "My father, who is 81, cannot use the app.")).isTrue();
  }

  @Test
  void detectsDisabilityAndBereavement() {
    assertThat(Texts.finds(detector, "I am disabled and housebound.")).isTrue();
    assertThat(Texts.finds(detector, "My wife passed away in March.")).isTrue();
  }

  @Test
  void ignoresYoungAgeAndSickOf() {
    assertThat(Texts.finds(detector, "My son, who is 17, uses the second line.")).isFalse();
    assertThat(Texts.finds(detector, "Do you offer discounts for customers over 65?")).isFalse();
  }
}
