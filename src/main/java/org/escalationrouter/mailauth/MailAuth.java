package org.escalationrouter.mailauth;

/** How a mailbox or the SMTP relay is logged in to. */
public enum MailAuth {
  /** A user name and password (AUTH PLAIN or LOGIN). */
  PASSWORD,
  /** A user name and an OAuth2 access token (SASL XOAUTH2 or OAUTHBEARER). */
  OAUTH2
}
