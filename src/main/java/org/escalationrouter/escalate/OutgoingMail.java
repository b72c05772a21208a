package org.escalationrouter.escalate;

/**
 * A composed message ready for the outbox.
 *
 * @param kind what the mail is: the escalation, a reminder, a breach, a fail-over, …
 * @param envelopeFrom the SMTP MAIL FROM, where bounces come back to
 */
public record OutgoingMail(
    String caseId,
    MailKind kind,
    String recipient,
    String messageId,
    String envelopeFrom,
    byte[] raw) {}
