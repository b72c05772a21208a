package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Plain complaint language ("unacceptable", "still not working", "the app crashes", "the engineer
 * never came"). Not a signal: it only lifts a letter with no signal from low to medium.
 *
 * <p>A letter that says the matter is settled, thanks for what was done or asks only a routine
 * question ({@code complaint-settled}: "all sorted now", "hat sich erledigt", "je clôture ma
 * réclamation") tells its complaint words in passing ("my flight was cancelled, thanks for the
 * quick rebooking"): each settled phrase outweighs one unit of complaint weight, so such a letter
 * stays low while a complaint told at length still lifts it; a complaint word inside a settled
 * phrase ("réglé le problème") does not count. Weights add up over the subject and every judged
 * part of the letter.
 */
final class ComplaintTone {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.NEGATION);

  private final double threshold;

  ComplaintTone(double threshold) {
    this.threshold = threshold;
  }

  boolean heardIn(List<JudgedText> texts) {
    double complaint = 0;
    double settled = 0;
    for (JudgedText text : texts) {
      PhraseEvidence settling = PhraseEvidence.of(text, "complaint-settled", GUARDS);
      // "réglé le problème": the trouble word inside a settled phrase is not a complaint
      complaint +=
          PhraseEvidence.of(text, "complaint", GUARDS, m -> !settling.overlaps(m)).weight();
      settled += settling.weight();
    }
    return complaint >= threshold + settled;
  }
}
