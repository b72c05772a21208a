package org.escalationrouter.judge;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.escalationrouter.mime.SubjectPrefix;

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

  /**
   * The letter's tone, weighed once: {@code complaint} when its complaint language outweighs what
   * settles it; {@code settled} when thanks, praise, a settled matter or a routine question are
   * heard and no complaint outweighs them (a letter of that tone addressed to a director is no
   * request to reach the top, {@link Judge}).
   */
  record Tone(boolean complaint, boolean settled) {}

  Tone of(List<JudgedText> texts) {
    double complaint = 0;
    double settled = 0;
    for (JudgedText text : texts) {
      if (inheritedSubject(text)) {
        continue;
      }
      PhraseEvidence settling = PhraseEvidence.of(text, "complaint-settled", GUARDS);
      // "réglé le problème": the trouble word inside a settled phrase is not a complaint
      complaint +=
          PhraseEvidence.of(text, "complaint", GUARDS, m -> !settling.overlaps(m)).weight();
      settled += settling.weight();
      complaint += shouts(text) ? 1 : 0;
    }
    boolean heard = complaint >= threshold + settled;
    return new Tone(heard, settled > 0 && !heard);
  }

  /**
   * A subject taken over from the message answered or forwarded ("Re: Awaria"): its words tell the
   * old matter, not how this letter sounds, so they do not weigh in the tone. The signals still
   * read it.
   */
  private static boolean inheritedSubject(JudgedText text) {
    return text.location().equals("subject") && SubjectPrefix.answersOrForwards(text.text());
  }

  /** The fewest upper-case words in a row that make a shout. */
  static final int SHOUTED_WORDS = 3;

  /**
   * Shouting, in any language: {@value #SHOUTED_WORDS} or more words in a row written in capitals
   * ("IHR KÖNNT NICHT EINE MINUTE WARTEN", "WORST SERVICE EVER"), one of them of four letters or
   * more so that a row of abbreviations ("DB ICE RE") is none, in a text that is not written in
   * capitals throughout (an old form or a telex is not shouting). Handles and numbers break a row,
   * and a row right after a number is an address ("12 RUE DE LA PAIX"), not a shout.
   */
  static boolean shouts(JudgedText text) {
    int words = 0;
    int capitals = 0;
    boolean shout = false;
    for (Sentence sentence : text.sentences()) {
      int row = 0;
      boolean longWord = false;
      boolean address = false;
      for (Token token : sentence.tokens()) {
        words++;
        if (!token.handle() && upperCaseWord(text.text(), token)) {
          capitals++;
          row++;
          longWord |= token.end() - token.start() >= 4;
          shout |= row >= SHOUTED_WORDS && longWord && !address;
        } else {
          address = token.isNumber();
          row = 0;
          longWord = false;
        }
      }
    }
    return shout && capitals * 2 < words;
  }

  private static boolean upperCaseWord(String text, Token token) {
    int letters = 0;
    for (int i = token.start(); i < token.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters >= 2;
  }
}
