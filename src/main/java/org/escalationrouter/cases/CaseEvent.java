package org.escalationrouter.cases;

import java.time.Instant;

/** One entry of a case's timeline: received, judged, routed, escalated, reminded, … */
public record CaseEvent(Instant at, CaseEventKind kind, String detail) {}
