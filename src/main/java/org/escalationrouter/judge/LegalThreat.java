package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lawyers, courts, lawsuits, regulators, ombudsmen, consumer bodies, chargebacks. "I am not
 * threatening legal action" is not one, nor is a lawyer or notary doing routine business in the
 * same sentence (a {@code legal-routine} cue: a house sale, probate, a power of attorney); courts,
 * regulators and claims in such a sentence still count.
 */
final class LegalThreat implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION, Guard.QUESTION, Guard.HYPOTHETICAL);

  private static final int WORK_WINDOW = 4;

  /** "I work", in the five languages (folded), followed by a word of {@link #AT}. */
  private static final Set<String> WORK =
      Set.of(
          "work",
          "works",
          "working",
          "worked",
          "employed",
          "trabajo",
          "trabaja",
          "trabajaba",
          "arbeite",
          "arbeitet",
          "arbeitete",
          "travaille",
          "travaillais",
          "pracuje",
          "pracowalem",
          "pracowalam");

  /** What places the work: "at", "in", "for" and their equivalents. */
  private static final Set<String> AT =
      Set.of(
          "at", "in", "for", "as", "en", "para", "bei", "am", "im", "dans", "chez", "au", "w", "u");

  private final double threshold;

  LegalThreat(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.LEGAL_THREAT;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    BitSet routine =
        PhraseEvidence.of(text, "legal-routine", EnumSet.noneOf(Guard.class)).sentences();
    return PhraseEvidence.of(
            text,
            signal().wireName(),
            GUARDS,
            m -> !workplace(text, m) && !(routine.get(m.sentence()) && namesLawyer(text, m)))
        .detection(signal(), text, threshold);
  }

  /** Stems of the words for a lawyer or notary in the five languages (folded). */
  private static final List<String> LAWYER =
      List.of(
          "lawyer",
          "attorney",
          "solicitor",
          "counsel",
          "notar",
          "avocat",
          "anwalt",
          "abogad",
          "adwokat",
          "prawnik",
          "radc",
          "kancelari",
          "kanzlei");

  /** The match is a lawyer named, not a court, a regulator or a claim. */
  private static boolean namesLawyer(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    for (int i = m.start(); i < m.end(); i++) {
      String w = sentence.word(i);
      for (String stem : LAWYER) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The writer's own job at a court or a law firm ("I work at the county court", "trabajo en un
   * juzgado") names the place, not a route taken against the company.
   */
  private static boolean workplace(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - WORK_WINDOW; i--) {
      if (WORK.contains(sentence.word(i)) && AT.contains(sentence.word(i + 1))) {
        return true;
      }
    }
    return false;
  }
}
