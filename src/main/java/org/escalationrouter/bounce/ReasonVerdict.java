package org.escalationrouter.bounce;

import org.escalationrouter.bounce.reason.BounceReason;

/**
 * A reason with the confidence it was decided with and the step that decided it.
 *
 * @param basis the decision step: {@code status}, {@code reply-code}, {@code text}, {@code
 *     provider}, {@code format}, {@code notice}, {@code fallback}
 */
record ReasonVerdict(BounceReason reason, VerdictConfidence confidence, String basis) {

  ReasonVerdict with(BounceReason other) {
    return new ReasonVerdict(other, confidence, basis);
  }
}
