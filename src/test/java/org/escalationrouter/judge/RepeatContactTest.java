package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatContactTest {

  private final RepeatContact detector = new RepeatContact(1.0);

  @Test
  void detectsCountedContacts() {
    assertThat(Texts.finds(detector, "This is the third time I am writing about the meter."))
        .isTrue();
    assertThat(Texts.finds(detector, "I called twice last week and nobody called back.")).isTrue();
  }

  @Test
  void detectsStillNoAnswer() {
    assertThat(Texts.finds(detector, "Still no answer after three e-mails.")).isTrue();
  }

  @Test
  void weakCuesNeedEachOther() {
    assertThat(Texts.finds(detector, "I raised a ticket for the broken router.")).isFalse();
    assertThat(Texts.finds(detector, "I raised a ticket in May. It has not been resolved."))
        .isTrue();
  }

  @Test
  void ignoresFirstContact() {
    assertThat(Texts.finds(detector, "This is my first complaint, the parcel arrived crushed."))
        .isFalse();
  }
}
