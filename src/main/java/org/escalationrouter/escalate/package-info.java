/**
 * Our mail about a case, every word of it in the templates in {@code escalate/} (the escalation
 * with its summary, evidence and original; the follow-up, reminder, breach, notice, fail-over and
 * untrusted-reply letters from their facts), and the outbox that sends it at least once after
 * commit.
 */
package org.escalationrouter.escalate;
