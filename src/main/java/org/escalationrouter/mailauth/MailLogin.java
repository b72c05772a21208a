package org.escalationrouter.mailauth;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Properties;
import javax.net.ssl.SSLException;

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
    } catch (MessagingException e) {
      if (!renewAfter(e)) {
        throw e;
      }
      service.connect(host, port, username, tokens.token());
    }
  }

  /**
   * After a failure: true when it was a refused token and a new one is now at hand, so the caller
   * should log in once more. Angus's POP3 logs in again when the folder is opened, so a refused
   * token can surface there too.
   */
  public boolean renewAfter(MessagingException failure) {
    if (tokens == null || !rejected(failure)) {
      return false;
    }
    tokens.refreshNow();
    return true;
  }

  /**
   * The server refused the login. IMAP and SMTP say so with AuthenticationFailedException; Angus's
   * POP3 reports a refused XOAUTH2 as "Open failed" around a plain IOException, where a network
   * failure would be a SocketException.
   */
  static boolean rejected(MessagingException e) {
    if (e instanceof AuthenticationFailedException) {
      return true;
    }
    Exception cause = e.getNextException();
    return cause instanceof IOException
        && !(cause instanceof SocketException)
        && !(cause instanceof SocketTimeoutException)
        && !(cause instanceof UnknownHostException)
        && !(cause instanceof SSLException);
  }
}
