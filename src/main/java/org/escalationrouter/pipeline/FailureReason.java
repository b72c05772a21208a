package org.escalationrouter.pipeline;

/**
 * Why a message failed, in one line that names the true cause: an error the route wrapped (an
 * {@code OutOfMemoryError}, a {@code StackOverflowError}) is named rather than its wrapper. Never
 * throws, whatever the error holds.
 */
public final class FailureReason {

  static final int MAX_CHARS = 2000; // quarantine.reason

  private FailureReason() {}

  public static String of(Throwable error) {
    if (error == null) {
      return "unknown error";
    }
    Throwable named = error;
    for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof Error) {
        named = t;
        break;
      }
    }
    String message = named.getMessage();
    String reason =
        named.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
    return reason.length() > MAX_CHARS ? reason.substring(0, MAX_CHARS - 1) + "…" : reason;
  }
}
