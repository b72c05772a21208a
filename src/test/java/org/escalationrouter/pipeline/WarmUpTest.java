package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.LetterFlag;
import org.escalationrouter.parse.LetterParseException;
import org.escalationrouter.parse.LetterParser;
import org.escalationrouter.parse.ParseLimits;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void theBuiltInLetterReachesEveryParserItIsThereToLoad() {
    WarmUp warmUp =
        new WarmUp(
            new CaseAssessor(LetterParser.withDefaults(), Judge.withDefaults(), f -> null), CLOCK);

    Letter letter = warmUp.run().letter();

    assertThat(letter.flags()).doesNotContain(LetterFlag.PARSE_ERROR);
    assertThat(letter.readableText())
        .contains("pass this on to your managing director") // the text part
        .contains("A sample letter read once at start") // the PDF, through PDFBox
        .contains("A sample attachment in Word") // the .docx, through POI
        .contains("an die Geschäftsführung weiterzuleiten"); // the forwarded message
  }

  @Test
  void aFailingWarmUpLeavesTheDaemonStarting() {
    LetterParser broken =
        new LetterParser(ParseLimits.defaults()) {
          @Override
          public Letter parse(byte[] raw, String fileName) {
            throw new LetterParseException("cannot read " + fileName, null);
          }
        };
    WarmUp warmUp = new WarmUp(new CaseAssessor(broken, Judge.withDefaults(), f -> null), CLOCK);

    assertThatCode(warmUp::start).doesNotThrowAnyException();
    assertThat(warmUp.isRunning()).isTrue();
  }
}
