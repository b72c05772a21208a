package org.escalationrouter.escalate;

/**
 * A composed message ready for the outbox.
 *
 * @param kind {@code escalation}, {@code reminder}, {@code breach}, {@code failover}, …
 * @param envelopeFrom the SMTP MAIL FROM, where bounces come back to
 */
public record OutgoingMail(
    String caseId,
    String kind,
    String recipient,
    String messageId,
    String envelopeFrom,
    byte[] raw) {}
