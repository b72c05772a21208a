package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.escalationrouter.facts.Signal;

/**
 * Collects the unguarded matches of one phrase group. Weights add up within a text; the group is
 * present when they reach the threshold, so a weak cue (weight 0.5) needs a second one.
 */
final class PhraseEvidence {

  private static final int MAX_EVIDENCE = 5;

  private final List<JudgedText.LanguageMatch> accepted;
  private final double weight;

  /**
   * The words the accepted matches cover, by sentence: whether a match overlaps them costs its own
   * length, not the number accepted (a text of a hundred thousand amounts stays linear).
   */
  private final Map<Integer, BitSet> covered;

  private PhraseEvidence(
      List<JudgedText.LanguageMatch> accepted, double weight, Map<Integer, BitSet> covered) {
    this.accepted = accepted;
    this.weight = weight;
    this.covered = covered;
  }

  static PhraseEvidence of(JudgedText text, String key, Set<Guard> guards) {
    return of(text, key, guards, m -> true);
  }

  static PhraseEvidence of(
      JudgedText text, String key, Set<Guard> guards, Predicate<PhraseMatch> keep) {
    List<JudgedText.LanguageMatch> accepted = new ArrayList<>();
    Map<Integer, BitSet> covered = new HashMap<>();
    double weight = 0;
    // matches come strongest first, so a weak one over the same words cannot shadow them
    for (JudgedText.LanguageMatch lm : text.matches()) {
      PhraseMatch m = lm.match();
      if (!m.key().equals(key) || !keep.test(m)) {
        continue;
      }
      Sentence sentence = text.sentence(m);
      if (blocked(guards, lm, sentence)) {
        continue;
      }
      if (overlaps(covered, m)) {
        continue; // two phrases over the same words are one piece of evidence
      }
      accepted.add(lm);
      cover(covered, m);
      weight += m.pattern().weight();
    }
    return new PhraseEvidence(accepted, weight, covered);
  }

  private static void cover(Map<Integer, BitSet> covered, PhraseMatch m) {
    covered.computeIfAbsent(m.sentence(), k -> new BitSet()).set(m.start(), m.end());
  }

  private static boolean blocked(Set<Guard> guards, JudgedText.LanguageMatch lm, Sentence s) {
    for (Guard guard : guards) {
      if (guard.blocks(lm, s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Map<Integer, BitSet> covered, PhraseMatch m) {
    BitSet words = covered.get(m.sentence());
    if (words == null) {
      return false;
    }
    int next = words.nextSetBit(m.start());
    return next >= 0 && next < m.end();
  }

  /** Whether an accepted match covers any of the words of {@code m} in its sentence. */
  boolean overlaps(PhraseMatch m) {
    return overlaps(covered, m);
  }

  PhraseEvidence plus(PhraseEvidence other) {
    List<JudgedText.LanguageMatch> both = new ArrayList<>(accepted);
    both.addAll(other.accepted);
    Map<Integer, BitSet> words = new HashMap<>();
    for (Map<Integer, BitSet> c : List.of(covered, other.covered)) {
      c.forEach((s, b) -> words.computeIfAbsent(s, k -> new BitSet()).or(b));
    }
    return new PhraseEvidence(both, weight + other.weight, words);
  }

  /** The weight of the strongest single phrase. */
  double strongest() {
    return accepted.stream().mapToDouble(lm -> lm.match().pattern().weight()).max().orElse(0);
  }

  double weight() {
    return weight;
  }

  /** How many separate pieces of evidence were accepted. */
  int size() {
    return accepted.size();
  }

  boolean isEmpty() {
    return accepted.isEmpty();
  }

  /**
   * Whether an accepted match stands before {@code m}: earlier in its sentence, or in one of the
   * {@code window} sentences before it.
   */
  boolean precedes(PhraseMatch m, int window) {
    for (JudgedText.LanguageMatch lm : accepted) {
      PhraseMatch o = lm.match();
      boolean earlier =
          o.sentence() == m.sentence()
              ? o.end() <= m.start()
              : o.sentence() < m.sentence() && o.sentence() >= m.sentence() - window;
      if (earlier) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an accepted match stands after {@code m}: later in its sentence, or in one of the
   * {@code window} sentences after it.
   */
  boolean follows(PhraseMatch m, int window) {
    for (JudgedText.LanguageMatch lm : accepted) {
      PhraseMatch o = lm.match();
      boolean later =
          o.sentence() == m.sentence()
              ? o.start() >= m.end()
              : o.sentence() > m.sentence() && o.sentence() <= m.sentence() + window;
      if (later) {
        return true;
      }
    }
    return false;
  }

  /** How many different words the accepted matches quote ("£300" and "£780" are two). */
  int distinctQuotes(JudgedText text) {
    Set<String> quotes = new HashSet<>();
    accepted.forEach(lm -> quotes.add(text.quote(lm.match()).toLowerCase(Locale.ROOT)));
    return quotes.size();
  }

  BitSet sentences() {
    BitSet sentences = new BitSet();
    accepted.forEach(lm -> sentences.set(lm.match().sentence()));
    return sentences;
  }

  Optional<Detection> detection(Signal signal, JudgedText text, double threshold) {
    if (accepted.isEmpty() || weight < threshold) {
      return Optional.empty();
    }
    Set<String> phrases = new LinkedHashSet<>();
    for (JudgedText.LanguageMatch lm : accepted) {
      if (phrases.size() < MAX_EVIDENCE) {
        phrases.add(text.quote(lm.match()));
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    phrases.forEach(p -> evidence.add(new Evidence(p, text.location())));
    return Optional.of(new Detection(new SignalFinding(signal, evidence), sentences()));
  }
}
