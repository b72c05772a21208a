package org.escalationrouter.judge;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * Telling others: reviews, social media, the press (also by tagging a press handle into a post),
 * friends and family. Not when someone else tells ("the bank's attorney told everyone", {@link
 * OtherSubject}), nor when the writer disclaims it earlier in the sentence ("I'm not going to post
 * this anywhere, I just want my refund"), nor a review that praises or that the writer read ({@code
 * positive}: "leaving you a 5 star review", "j'ai laissé un avis très positif"), nor a warning
 * phrase inside the writer's own refusal ({@code public-own}: "I will never use this bank again" is
 * the writer leaving, not the writer telling others to stay away).
 */
final class PublicExposure implements SignalDetector {

  private static final Set<Guard> GUARDS =
      EnumSet.of(Guard.NEGATION_UNLESS_CONDITION, Guard.QUESTION, Guard.HYPOTHETICAL);

  /** Words that cite a source, in the five languages (folded). */
  private static final Set<String> ATTRIBUTION =
      Set.of(
          "says",
          "said",
          "reports",
          "reported",
          "via",
          "per",
          "according",
          "cites",
          "citing",
          "laut",
          "berichtet",
          "meldet",
          "sagt",
          "selon",
          "rapporte",
          "dit",
          "segun",
          "informa",
          "dice",
          "wedlug",
          "podaje");

  private final double threshold;

  PublicExposure(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.PUBLIC_EXPOSURE;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    Disclaimer disclaimer = Disclaimer.of(text);
    BitSet positive = PhraseEvidence.of(text, "positive", EnumSet.noneOf(Guard.class)).sentences();
    List<PhraseMatch> own = text.matchesOf("public-own");
    return PhraseEvidence.of(
            text,
            signal().wireName(),
            GUARDS,
            m ->
                !addressee(text, m)
                    && !source(text, m)
                    && !OtherSubject.beforeOrStaff(text.sentence(m), m)
                    && !disclaimer.covers(text, m)
                    && !positive.get(m.sentence())
                    && own.stream().noneMatch(o -> covers(o, m)))
        .detection(signal(), text, threshold);
  }

  /** The writer's own refusal spans the start of the warning phrase in the same sentence. */
  private static boolean covers(PhraseMatch own, PhraseMatch m) {
    return own.sentence() == m.sentence() && own.start() <= m.start() && m.start() < own.end();
  }

  /**
   * A press handle cited as the source of news ("says @CNBC", "laut @tagesschau") is where the
   * writer read something, not an audience brought in.
   */
  private static boolean source(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    return sentence.tokens().get(m.start()).handle()
        && m.start() > 0
        && ATTRIBUTION.contains(sentence.word(m.start() - 1));
  }

  /**
   * A press handle among the handles a post opens with, when the post opens with a press handle, is
   * who the customer is talking to (a reply to the outlet), not an audience brought in. When the
   * post opens with another handle (the company's) and tags the outlet after it
   * ("@bewakoof @ConsumerReports @jagograhakjago my money is stuck"), the outlet is brought in as
   * an audience.
   */
  private static boolean addressee(JudgedText text, PhraseMatch m) {
    Sentence sentence = text.sentence(m);
    if (m.sentence() != 0 || !sentence.tokens().get(m.start()).handle()) {
      return false;
    }
    for (int i = 0; i < m.start(); i++) {
      if (!sentence.tokens().get(i).handle()) {
        return false;
      }
    }
    return m.start() == 0 || opensWithPressHandle(text);
  }

  private static boolean opensWithPressHandle(JudgedText text) {
    for (JudgedText.LanguageMatch lm : text.matches()) {
      PhraseMatch o = lm.match();
      if (o.sentence() == 0
          && o.start() == 0
          && o.key().equals(Signal.PUBLIC_EXPOSURE.wireName())
          && text.sentence(o).tokens().get(0).handle()) {
        return true;
      }
    }
    return false;
  }
}
