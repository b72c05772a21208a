package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.Map;
import java.util.Optional;

/**
 * What a loosely used status code still says when nothing else in the notice names a cause. These
 * codes are kept out of {@link StatusCodeReasons} because servers send them for many causes (the
 * words decide first), but a 5.7.1 whose text names nothing is still a refusal on security or
 * policy grounds, not an unknown: Sisimai files the whole x.7 subject as {@code securityerror}
 * (4.7.1 and 4.7.2 as {@code blocked}: a temporary refusal of the sending host), x.6 as {@code
 * contenterror}, 5.1.0 (other address status) as {@code userunknown}, 5.3.0 as {@code systemerror}
 * and 5.4.0 as {@code networkerror}. Used after the words and the notice, before the fall-backs.
 */
public final class LooseStatusReasons {

  private static final Map<String, BounceReason> BY_CODE =
      Map.of(
          "4.7.1", BLOCKED,
          "4.7.2", BLOCKED,
          "5.1.0", USER_UNKNOWN,
          "5.3.0", SYSTEM_ERROR,
          "5.4.0", NETWORK_ERROR);

  private LooseStatusReasons() {}

  public static Optional<BounceReason> of(String status) {
    if (status == null || status.length() < 5) {
      return Optional.empty();
    }
    BounceReason exact = BY_CODE.get(status);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (status.startsWith("4.7.") || status.startsWith("5.7.")) {
      return Optional.of(SECURITY_ERROR);
    }
    if (status.startsWith("4.6.") || status.startsWith("5.6.")) {
      return Optional.of(CONTENT_ERROR);
    }
    return Optional.empty();
  }
}
