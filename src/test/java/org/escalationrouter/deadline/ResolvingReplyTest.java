package org.escalationrouter.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A reply resolves its case when one of its lines is just "resolved"; any other acknowledges. */
class ResolvingReplyTest {

  @ParameterizedTest
  @ValueSource(strings = {"resolved", "Resolved.", "  RESOLVE!  ", "Thanks.\n\nresolved\n-- \nEwa"})
  void aLineOfJustResolvedResolves(String text) {
    assertThat(Acknowledgements.resolvesIn(text)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"not resolved yet", "I resolved it", "> resolved", "resolved?", "done"})
  void anythingElseOnlyAcknowledges(String text) {
    assertThat(Acknowledgements.resolvesIn(text)).isFalse();
  }
}
