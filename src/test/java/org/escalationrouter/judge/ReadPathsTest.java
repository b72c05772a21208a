package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.LetterParser;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@code evaluate} hold for what a user runs: a real text handed to {@code explain}
 * as a plain-text file (a dropped letter) or as the body of an e-mail gets the signals it gets as
 * text in the evaluation. Before the tenth round a one-line file was judged a second time as its
 * own subject, and that copy made history read as a request to the top. Only agreement is counted,
 * over both parts; no item is printed.
 */
class ReadPathsTest {

  private final Judge judge = Judge.withDefaults();
  private final LetterParser parser = LetterParser.withDefaults();

  @Test
  void aRealTextIsJudgedTheSameAsALetterAFileAndAMailBody() {
    List<LabelledItem> items =
        JudgeEvaluation.labelled(
            JudgeEvaluation.REAL_TEXTS, Path.of("eval"), JudgeEvaluationTest.corpusDir());
    assertThat(items).hasSizeGreaterThan(900);
    List<String> asFile = new ArrayList<>();
    List<String> asMail = new ArrayList<>();
    for (LabelledItem item : items) {
      Set<Signal> asText = judge.judge(item.letter()).signals();
      byte[] file = (item.text() + "\n").getBytes(StandardCharsets.UTF_8);
      if (!judge.judge(parser.parse(file, item.id() + ".txt")).signals().equals(asText)) {
        asFile.add(item.id());
      }
      if (!judge.judge(item.mail(parser)).signals().equals(asText)) {
        asMail.add(item.id());
      }
    }
    // a file's first line may still be cut off as a heading or sign-off: at most 1 in 200
    assertThat(asFile.size())
        .as("texts judged otherwise as a .txt file")
        .isLessThan(items.size() / 200);
    assertThat(asMail.size())
        .as("texts judged otherwise as a mail body")
        .isLessThan(items.size() / 200);
  }
}
