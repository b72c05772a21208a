package org.escalationrouter.parse;

/** A message or file that cannot be read as a letter at all; it goes to quarantine. */
public class LetterParseException extends RuntimeException {
  public LetterParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
