package org.escalationrouter.mailauth;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import java.util.Properties;

/**
 * Logs a store or transport in: with a password, or with an access token over SASL XOAUTH2. A token
 * the server rejects is replaced at once and the login tried once more.
 */
public final class MailLogin {

  private final String username;
  private final String password;
  private final TokenSource tokens;

  private MailLogin(String username, String password, TokenSource tokens) {
    this.username = username;
    this.password = password;
    this.tokens = tokens;
  }

  public static MailLogin password(String username, String password) {
    return new MailLogin(username, password, null);
  }

  public static MailLogin oauth2(String username, TokenSource tokens) {
    return new MailLogin(username, null, tokens);
  }

  /** Session properties for {@code protocol} ({@code imap}, {@code pop3s}, {@code smtp}…). */
  public void configure(Properties session, String protocol) {
    if (tokens != null) {
      // Angus Mail offers XOAUTH2 only when asked for; it then sends the token as the password
      session.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
      session.put("mail." + protocol + ".auth.login.disable", "true");
      session.put("mail." + protocol + ".auth.plain.disable", "true");
    }
  }

  public boolean oauth2() {
    return tokens != null;
  }

  public void connect(Service service, String host, int port) throws MessagingException {
    if (tokens == null) {
      service.connect(host, port, username, password);
      return;
    }
    try {
      service.connect(host, port, username, tokens.token());
    } catch (AuthenticationFailedException rejected) {
      service.connect(host, port, username, tokens.refreshNow());
    }
  }
}
