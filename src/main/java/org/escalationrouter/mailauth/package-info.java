/**
 * How the daemon logs in to mail servers: a password, or an OAuth2 access token (XOAUTH2 or
 * OAUTHBEARER) that a {@link org.escalationrouter.mailauth.TokenSource} keeps fresh. See
 * docs/adr/0011-oauth2-mail.md.
 */
package org.escalationrouter.mailauth;
