package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Plain complaint language ("unacceptable", "still not working", "wrong amount"). Not a signal: it
 * only lifts a letter with no signal from low to medium.
 */
final class ComplaintTone {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.NEGATION);

  private final double threshold;

  ComplaintTone(double threshold) {
    this.threshold = threshold;
  }

  boolean heardIn(JudgedText text) {
    return PhraseEvidence.of(text, "complaint", GUARDS).weight() >= threshold;
  }
}
