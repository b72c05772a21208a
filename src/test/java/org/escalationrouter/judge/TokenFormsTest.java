package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bare form a pattern word may also match: elision, clitics, hyphens. */
class TokenFormsTest {

  private static String bare(String word) {
    return new Token(SentenceSplitter.fold(word), 0, word.length()).bare();
  }

  @Test
  void aWordMatchesWithoutItsElisionCliticsOrHyphens() {
    assertThat(bare("J'envisage")).isEqualTo("envisage");
    assertThat(bare("n'a")).isEqualTo("n'a"); // the negation stays for the guards
    assertThat(bare("reembolsarme")).isEqualTo("reembolsar");
    assertThat(bare("parle")).isEqualTo("parle"); // "par" is no verb left over
    assertThat(bare("e-mail")).isEqualTo("email");
    assertThat(bare("E-Mail-Adresse")).isEqualTo("emailadresse");
    assertThat(bare("call-back")).isEqualTo("callback");
    assertThat(bare("manager")).isEqualTo("manager");
  }
}
