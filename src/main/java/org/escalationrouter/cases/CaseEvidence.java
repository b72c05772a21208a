package org.escalationrouter.cases;

/** A phrase that triggered a signal on a case, and where it stood. */
public record CaseEvidence(String signal, String phrase, String location) {}
