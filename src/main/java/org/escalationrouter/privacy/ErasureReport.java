package org.escalationrouter.privacy;

import java.util.List;

/**
 * What an erasure did, or why it did nothing.
 *
 * @param erased false when refused: cases still under an open SLA and no {@code force}
 * @param openCases the cases with deadlines still running (refused, or cancelled when forced)
 * @param casesAnonymized cases now holding only signals, severity, owner and timeline
 * @param automatedMailErased automated mail whose sender, subject and records were emptied
 * @param quarantineDeleted quarantined messages deleted with their bytes
 * @param timelineEntriesScrubbed timeline entries of other cases that named the person
 * @param timersCancelled open deadlines cancelled because {@code force} was given
 * @param addressHealthDeleted the address's bounce record, when it also was an executive's
 */
public record ErasureReport(
    String email,
    boolean erased,
    List<String> openCases,
    List<String> casesAnonymized,
    List<Long> automatedMailErased,
    List<Long> quarantineDeleted,
    int timelineEntriesScrubbed,
    int timersCancelled,
    boolean addressHealthDeleted) {}
