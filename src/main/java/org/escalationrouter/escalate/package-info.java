/**
 * The escalation mail an executive receives (templates, summary, evidence, original) and the outbox
 * that sends it at least once after commit.
 */
package org.escalationrouter.escalate;
