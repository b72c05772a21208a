package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The kinds of wording added for cancellation-threat, legal-threat, public-exposure,
 * vulnerable-customer and the deadline cue in issue 14's sixth round, each with positives and hard
 * negatives in the languages where the kind exists (judge/threat-wordings.txt).
 */
class ThreatWordingsTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void findsEachKindAndStaysQuietOnItsHardNegatives() throws IOException {
    KindWordings.Result result = KindWordings.check(judge, "/judge/threat-wordings.txt");
    assertThat(result.positives()).isGreaterThan(100);
    assertThat(result.negatives()).isGreaterThan(30);
    assertThat(result.wrong()).isEmpty();
  }
}
