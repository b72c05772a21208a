package org.escalationrouter.parse;

/**
 * One piece of a letter's text and where it stands.
 *
 * @param source where the text came from: {@code body}, {@code subject}, {@code attachment:NAME} or
 *     a nested path such as {@code attachment:fwd.eml/attachment:letter.pdf}
 * @param language ISO 639-1 code detected for this part, or null when unknown
 */
public record TextPart(Kind kind, String source, String text, String language) {

  public TextPart {
    text = text == null ? "" : text;
  }

  /**
   * A part with its language guessed as the parser guesses it (judged kinds only), so that whoever
   * builds a letter outside the parser, such as the judge's evaluation, judges what ships.
   */
  public static TextPart guessed(Kind kind, String source, String text) {
    return new TextPart(kind, source, text, kind.judged() ? LanguageGuesser.guess(text) : null);
  }

  public enum Kind {
    /** What the sender wrote in this message. */
    NEW_TEXT(true),
    /** Text of an attached or scanned letter: the customer's own words too. */
    ATTACHMENT(true),
    /** Earlier messages quoted below or above the new text. */
    QUOTED(false),
    /** The sender's signature block. */
    SIGNATURE(false);

    private final boolean judged;

    Kind(boolean judged) {
      this.judged = judged;
    }

    public boolean judged() {
      return judged;
    }
  }
}
