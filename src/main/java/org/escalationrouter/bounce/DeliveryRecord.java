package org.escalationrouter.bounce;

/**
 * What a delivery report says of one recipient.
 *
 * @param action {@code failed}, {@code delayed} or {@code delivered}
 * @param status enhanced status code such as {@code 5.1.1}, or null
 * @param replyCode SMTP reply code such as {@code 550}, or null
 * @param reason a Sisimai reason name such as {@code userunknown}
 */
public record DeliveryRecord(
    String recipient,
    String action,
    String status,
    String replyCode,
    boolean hard,
    String reason) {}
