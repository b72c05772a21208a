package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;

/**
 * Text without sentence ends (hostile input, a transcript without punctuation, a subject of one
 * word repeated) is judged piece by piece: the work stays linear in its length, and what stands
 * after the run is still found. Before the pieces, 300,000 repeated titles took the judge hours.
 */
class JudgeLongRunTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void aRequestAfterARunOfTwentyThousandTitlesIsStillFound() {
    String run = "CEO manager board supervisor ".repeat(5_000);

    Judgement j =
        judge.judge(Letter.ofText(run, run + ". Please forward this letter to your CEO."));

    assertThat(j.findings()).extracting(SignalFinding::signal).contains(Signal.PRINCIPAL_REQUEST);
  }

  @Test
  void aSubjectIsReadUpToTheLengthOfAHeaderLine() {
    String request = "Please forward this letter to your CEO";
    Judgement early =
        judge.judge(Letter.ofText(request + " " + "x".repeat(5_000), "My bill is wrong."));
    Judgement late = judge.judge(Letter.ofText("x ".repeat(1_000) + request, "My bill is wrong."));

    assertThat(early.findings())
        .extracting(SignalFinding::signal)
        .contains(Signal.PRINCIPAL_REQUEST);
    assertThat(late.findings())
        .extracting(SignalFinding::signal)
        .doesNotContain(Signal.PRINCIPAL_REQUEST);
  }

  @Test
  void aRunOfTitlesAloneIsNoRequest() {
    Judgement j = judge.judge(Letter.ofText("x", "CEO ".repeat(20_000)));

    assertThat(j.findings())
        .extracting(SignalFinding::signal)
        .doesNotContain(Signal.PRINCIPAL_REQUEST);
  }
}
