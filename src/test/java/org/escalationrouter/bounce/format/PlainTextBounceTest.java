package org.escalationrouter.bounce.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The paragraph the plain-text reader takes as one recipient's error text. */
class PlainTextBounceTest {

  @Test
  void textOnlyAboveABlankLineIsNotTakenForTheRecipient() {
    assertThat(
            PlainTextBounce.around(
                new String[] {"Mailbox is full", "", "frank@far.example.org", ""}, 2))
        .isEqualTo("frank@far.example.org");
    assertThat(PlainTextBounce.around(new String[] {"Mailbox is full", "frank@far.example.org"}, 1))
        .isEqualTo("Mailbox is full\nfrank@far.example.org");
  }
}
