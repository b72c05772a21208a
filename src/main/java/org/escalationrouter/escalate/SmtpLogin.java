package org.escalationrouter.escalate;

import org.escalationrouter.mailauth.MailAuth;
import org.escalationrouter.mailauth.MailLogin;
import org.escalationrouter.mailauth.MailTokens;
import org.springframework.stereotype.Component;

/**
 * How the daemon logs in to its SMTP relay: not at all, with a password, or with an OAuth2 token
 * (its token source is named {@code smtp} in health and metrics).
 */
@Component
class SmtpLogin {

  static final String TOKEN_NAME = "smtp";

  private final MailLogin login;

  SmtpLogin(SmtpSettings smtp, MailTokens tokens) {
    if (smtp.auth() == MailAuth.OAUTH2) {
      login = MailLogin.oauth2(smtp.username(), tokens.register(TOKEN_NAME, smtp.oauth2()));
    } else if (smtp.username() != null && !smtp.username().isBlank()) {
      login = MailLogin.password(smtp.username(), smtp.password());
    } else {
      login = null;
    }
  }

  /** The login, or null when the relay takes mail without one. */
  MailLogin login() {
    return login;
  }
}
