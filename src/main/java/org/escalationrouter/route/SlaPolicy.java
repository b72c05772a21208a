package org.escalationrouter.route;

import java.time.Duration;

/** A named pair of deadlines, counted in the executive's working hours. */
public record SlaPolicy(String name, Duration acknowledge, Duration resolve) {}
