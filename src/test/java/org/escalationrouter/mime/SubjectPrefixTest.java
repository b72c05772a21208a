package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectPrefixTest {

  @Test
  void anAnswerIsNoForwardAndAFirstSubjectIsNeither() {
    assertThat(SubjectPrefix.answers("Re: Awaria")).isTrue();
    assertThat(SubjectPrefix.answers("AW: Router kaputt")).isTrue();
    assertThat(SubjectPrefix.answers("RE[2]: invoice")).isTrue();
    assertThat(SubjectPrefix.answers("Fwd: invoice")).isFalse();
    assertThat(SubjectPrefix.answersOrForwards("Fwd: invoice")).isTrue();
    assertThat(SubjectPrefix.answersOrForwards("TR : facture")).isTrue();
    assertThat(SubjectPrefix.answersOrForwards("Refund still missing")).isFalse();
    assertThat(SubjectPrefix.answersOrForwards("Regarding: my refund")).isFalse();
  }
}
