package org.escalationrouter.pipeline;

/**
 * The work done on a message ahead of its turn (admitted, parsed, judged), or what went wrong doing
 * it. The pipeline route takes it from {@link #PROPERTY} and only records it, in the message's
 * turn; without it the route does all the work itself.
 */
public final class PreparedMessage {

  /** Exchange property the intake puts a message's preparation in. */
  public static final String PROPERTY = "escalation.prepared";

  private final Admission.Verdict verdict;
  private final Reading reading;
  private final Throwable failure;

  private PreparedMessage(Admission.Verdict verdict, Reading reading, Throwable failure) {
    this.verdict = verdict;
    this.reading = reading;
    this.failure = failure;
  }

  static PreparedMessage of(Admission.Verdict verdict, Reading reading) {
    return new PreparedMessage(verdict, reading, null);
  }

  /** Failed; {@code verdict} is null when the failure came before the key was known. */
  static PreparedMessage failed(Admission.Verdict verdict, Throwable failure) {
    return new PreparedMessage(verdict, null, failure);
  }

  Admission.Verdict verdict() {
    return verdict;
  }

  /** Null when the message was not read (admission let it go, or it failed). */
  Reading reading() {
    return reading;
  }

  /**
   * Throws the failure, as it was thrown ahead of the turn, so that the message is quarantined in
   * its turn with the same reason it would have had.
   */
  void rethrowFailure() {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure.getMessage(), failure);
    }
  }
}
