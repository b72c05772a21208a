/**
 * Who receives an escalation: the executives with their deputies, managers, working hours and
 * out-of-office periods, and the SLA policies, as admins write them in routes/executives.yaml and
 * sla-policies.yaml, and the addresses that bounce; one answer to "who receives this instead?" for
 * the deadlines, the SLA chain and fail-over.
 */
package org.escalationrouter.directory;
