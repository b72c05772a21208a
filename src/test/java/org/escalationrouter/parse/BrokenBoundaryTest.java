package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.judge.Judgement;
import org.junit.jupiter.api.Test;

/**
 * A multipart letter whose boundary is missing or does not match is read as mail clients read it:
 * the body as text, marked {@code BOUNDARY_BROKEN}, so the judge still sees the customer's words.
 */
class BrokenBoundaryTest {

  private static final String WORDS = "I will sue you. Forward to the CEO.";
  private final LetterParser parser = LetterParser.withDefaults();
  private final Judge judge = Judge.withDefaults();

  private static String letter(String contentType, String body) {
    return "From: Jane <jane@example.org>\r\nTo: support@example.com\r\nSubject: Fee\r\n"
        + "Message-ID: <broken-1@example.org>\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: "
        + contentType
        + "\r\n\r\n"
        + body;
  }

  private Letter parse(String raw) {
    return parser.parse(raw.getBytes(StandardCharsets.UTF_8), "broken.eml");
  }

  @Test
  void boundaryThatNeverAppearsLeavesTheBodyReadAsText() {
    Letter letter =
        parse(letter("multipart/mixed; boundary=\"declared\"", "Dear support,\r\n\r\n" + WORDS));
    assertThat(letter.newText()).contains(WORDS);
    assertThat(letter.flags()).contains(LetterFlag.BOUNDARY_BROKEN);
    Judgement judged = judge.judge(letter);
    assertThat(judged.severity()).isGreaterThan(Severity.LOW);
  }

  @Test
  void boundaryOtherThanTheDeclaredOneLeavesThePartsWordsButNotTheirHeaders() {
    String body =
        "--other\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + WORDS + "\r\n--other--\r\n";
    Letter letter = parse(letter("multipart/mixed; boundary=\"declared\"", body));
    assertThat(letter.newText()).contains(WORDS).doesNotContain("--other", "Content-Type");
    assertThat(judge.judge(letter).severity()).isGreaterThan(Severity.LOW);
  }

  @Test
  void multipartWithoutAnyBoundaryIsReadAsText() {
    Letter letter = parse(letter("multipart/mixed", WORDS + "\r\n"));
    assertThat(letter.newText()).contains(WORDS);
    assertThat(letter.flags()).contains(LetterFlag.BOUNDARY_BROKEN);
  }
}
