/**
 * SLA engine: working-time deadlines, reminder and breach timers kept as rows, the escalation chain
 * walked on breach, and signed acknowledge/resolve links.
 */
@NullMarked
package org.escalationrouter.sla;

import org.jspecify.annotations.NullMarked;
