package org.escalationrouter.mime;

import java.util.regex.Pattern;

/**
 * The prefixes mail programs put before the subject of an answer ("Re:", "AW:", "Odp:", "RE[2]:")
 * or a forward ("Fwd:", "WG:", "TR:"), in the languages our customers use: one list for the bounce
 * reader (an answer sent with the null return path is an auto-reply) and the judge (a subject taken
 * over from the thread does not make a letter's tone).
 */
public final class SubjectPrefix {

  private static final String ANSWERS = "re|aw|sv|vs|odp|r|rv|res|antw|ynt|vá|odg";
  private static final String FORWARDS = "fw|fwd|wg|tr|enc|pd";

  private static final Pattern ANSWER = prefix(ANSWERS);
  private static final Pattern ANSWER_OR_FORWARD = prefix(ANSWERS + "|" + FORWARDS);

  private SubjectPrefix() {}

  private static Pattern prefix(String words) {
    return Pattern.compile("(?iu)^\\s*(" + words + ")\\s?(\\[\\d+])?\\s?:");
  }

  /** The subject opens as an answer's does. */
  public static boolean answers(String subject) {
    return ANSWER.matcher(subject).find();
  }

  /** The subject opens as an answer's or a forward's does. */
  public static boolean answersOrForwards(String subject) {
    return ANSWER_OR_FORWARD.matcher(subject).find();
  }
}
