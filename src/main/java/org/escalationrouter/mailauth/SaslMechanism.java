package org.escalationrouter.mailauth;

/** How an access token is presented to the mail server. */
public enum SaslMechanism {
  /** Google's and Microsoft's XOAUTH2, built into Angus Mail for IMAP, POP3 and SMTP. */
  XOAUTH2,
  /** RFC 7628 OAUTHBEARER, through Java SASL: IMAP and SMTP (Angus Mail's POP3 has no SASL). */
  OAUTHBEARER
}
