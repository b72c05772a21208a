/**
 * Escalations posted to chat and ticket systems (Slack, Teams, Mattermost, any JSON webhook)
 * through an outbox of their own: written in the case's transaction, sent after commit, retried
 * with backoff under one idempotency key, and given up after a cap, with the failure on the
 * timeline.
 */
package org.escalationrouter.notify;
