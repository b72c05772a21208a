package org.escalationrouter.judge;

/**
 * The words that triggered a signal and where they stand.
 *
 * @param location the {@link org.escalationrouter.parse.TextPart#source()} of the part, e.g. {@code
 *     subject}, {@code body}, {@code attachment:letter.pdf}
 * @param parts which parts of a composed finding matched, e.g. {@code request "I want" · reach
 *     "speak to" · target "a manager"}; empty for a finding made by one phrase
 */
public record Evidence(String phrase, String location, String parts) {

  public Evidence(String phrase, String location) {
    this(phrase, location, "");
  }
}
