package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The kinds of wording added for broken-promise, money-dispute and repeat-contact in issue 14's
 * eighth round, each with positives and hard negatives in the languages where the kind exists
 * (judge/narrative-wordings.txt): promises about the price against a sum charged, promises told in
 * the present or imperfect, promised things that never came, visits that did not happen.
 */
class NarrativeWordingsTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void findsEachKindAndStaysQuietOnItsHardNegatives() throws IOException {
    KindWordings.Result result = KindWordings.check(judge, "/judge/narrative-wordings.txt");
    assertThat(result.positives()).isGreaterThan(90);
    assertThat(result.negatives()).isGreaterThan(30);
    assertThat(result.wrong()).isEmpty();
  }
}
