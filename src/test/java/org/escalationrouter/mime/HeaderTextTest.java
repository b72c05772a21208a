package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Unfolding a header as Jakarta Mail does, in one pass, and never past a bound. */
class HeaderTextTest {

  @Test
  void unfoldsAsJakartaMailDoesOnEveryShapeOfBreak() {
    String[] samples = {
      "plain",
      "Re: your letter\r\n of 3 May",
      "Re: your letter\n\t\tof 3 May",
      "\r\n leading fold",
      "a break\r\nthat is no fold",
      "trailing break\r\n",
      "escaped\\\r\n fold",
      "cr only\r continued",
      "two\r\n \r\n folds",
      "a\r\n\r\n b"
    };
    for (String s : samples) {
      assertThat(HeaderText.unfold(s)).as(s).isEqualTo(MimeUtility.unfold(s));
    }
    Random random = new Random(7);
    char[] alphabet = {'a', ' ', '\t', '\r', '\n', '\\', 'b'};
    for (int k = 0; k < 2_000; k++) {
      StringBuilder s = new StringBuilder();
      for (int j = random.nextInt(20); j > 0; j--) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(HeaderText.unfold(s.toString()))
          .as("%s", s.toString().replace("\r", "\\r").replace("\n", "\\n"))
          .isEqualTo(MimeUtility.unfold(s.toString()));
    }
  }

  @Test
  void aSubjectFoldedHalfAMillionTimesIsUnfoldedInOnePassAndCut() {
    String folded = "fold" + "\r\n x".repeat(500_000);
    String unfolded =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> HeaderText.unfold(folded));
    assertThat(unfolded).startsWith("fold x x").hasSize(HeaderText.MAX_CHARS);
    assertThat(HeaderText.unfold("a".repeat(HeaderText.MAX_CHARS + 10)))
        .hasSize(HeaderText.MAX_CHARS);
  }
}
