package org.escalationrouter.sla;

import java.time.Instant;

/** What a signed link turned out to be. Only {@link Valid} may change a case. */
public sealed interface Verdict {

  /** Signed by us, unexpired: the named executive may take the action on the case. */
  record Valid(String caseId, String executiveId, LinkAction action) implements Verdict {}

  /** Signed by us but past its expiry; safe to tell the executive to ask for a fresh link. */
  record Expired(String caseId, String executiveId, LinkAction action, Instant expiredAt)
      implements Verdict {}

  /** Well formed, but the signature does not match: altered or made up. */
  record Forged() implements Verdict {}

  /** Not a token of ours at all. */
  record Malformed(String reason) implements Verdict {}
}
