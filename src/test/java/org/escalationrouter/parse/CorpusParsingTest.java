package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real message in the shared MIME corpus becomes a Letter: with text, or flagged why not. */
class CorpusParsingTest {

  // read by hand: a header-only Apple Mail message with no body at all
  private static final Set<String> WITHOUT_TEXT = Set.of("tika/testRFC822_eml.eml");

  static List<String> corpusFiles() {
    List<String> files = CorpusLetters.files();
    assertThat(files).as("MIME corpus files").hasSizeGreaterThanOrEqualTo(62);
    return files;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpusFiles")
  void parsesIntoLetterWithTextOrFlag(String file) {
    Letter letter = CorpusLetters.letter(file);

    assertThat(letter.subject()).isNotNull();
    if (WITHOUT_TEXT.contains(file)) {
      assertThat(letter.flags()).contains(LetterFlag.NO_TEXT);
      assertThat(letter.judgedParts()).isEmpty();
    } else {
      assertThat(CorpusLetters.judgedText(letter)).as("judged text of " + file).isNotBlank();
      assertThat(letter.flags()).doesNotContain(LetterFlag.NO_TEXT);
    }
    letter.parts().forEach(p -> assertThat(p.source()).isNotBlank());
    assertThat(CorpusLetters.PARSER.describe(letter)).contains("Parts:", "Attachments:");
  }
}
