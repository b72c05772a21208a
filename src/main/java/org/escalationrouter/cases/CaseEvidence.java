package org.escalationrouter.cases;

import org.escalationrouter.facts.Signal;

/** A phrase that triggered a signal on a case, and where it stood. */
public record CaseEvidence(Signal signal, String phrase, String location) {}
