/**
 * The readers of delivery notices, one per standard or server family (RFC 3464 reports, SES and
 * feedback reports, Gmail, Google Groups, qmail, OpenSMTPD, IMail, plain-text bounces), and what
 * they read and return: the bounded view of a message ({@code MailView}), the returned original's
 * cut, addresses and codes in text, and per recipient a {@code ReportedRecipient}. Uses only {@code
 * bounce.reason}; what a notice means is decided in {@code bounce}.
 */
package org.escalationrouter.bounce.format;
