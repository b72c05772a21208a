package org.escalationrouter.privacy;

import java.util.List;
import java.util.Set;

/**
 * What the database holds about one address: the rows an export shows and an erasure empties.
 *
 * @param caseIds cases the address wrote (their follow-ups are part of them)
 * @param automatedMailIds bounces, auto-replies and bulk mail sent from the address
 * @param quarantineIds quarantined messages that carry the address
 * @param eventIds timeline entries, of any case, that name the address or the person
 * @param names the names the person signed with (display names of their messages)
 * @param addressHealth whether the address is also an executive's address with bounces recorded
 */
record Holdings(
    List<String> caseIds,
    List<Long> automatedMailIds,
    List<Long> quarantineIds,
    List<Long> eventIds,
    Set<String> names,
    boolean addressHealth) {

  boolean isEmpty() {
    return caseIds.isEmpty()
        && automatedMailIds.isEmpty()
        && quarantineIds.isEmpty()
        && eventIds.isEmpty()
        && !addressHealth;
  }
}
