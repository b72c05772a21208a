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
 * Logs a store or transport in: with a password, or with an access token over SASL XOAUTH2 or
 * OAUTHBEARER. A token the server rejects is replaced at once and the login tried once more.
 */
public final class MailLogin {

  /** Why a POP3 mailbox cannot use OAUTHBEARER; checked at start. */
  public static final String OAUTHBEARER_POP3 =
      "oauth2.mechanism oauthbearer is not available for pop3 (Angus Mail's POP3 has no SASL);"
          + " use xoauth2, or imap";

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

  /**
   * Session properties for {@code protocol} ({@code imap}, {@code pop3s}, {@code smtp}…) on a
   * server at {@code port}.
   */
  public void configure(Properties session, String protocol, int port) {
    if (tokens == null) {
      return;
    }
    session.put("mail." + protocol + ".auth.login.disable", "true");
    session.put("mail." + protocol + ".auth.plain.disable", "true");
    if (tokens.mechanism() == SaslMechanism.OAUTHBEARER) {
      if (protocol.startsWith("pop3")) {
        throw new IllegalStateException(OAUTHBEARER_POP3);
      }
      // Angus's IMAP and SMTP ask Java SASL, where our factory answers; it sends the token
      // as the password and the user name through the callbacks
      OAuthBearerSaslClientFactory.install();
      session.put("mail." + protocol + ".sasl.enable", "true");
      session.put("mail." + protocol + ".sasl.mechanisms", OAuthBearerSaslClient.MECHANISM);
      session.put("mail." + protocol + ".auth.mechanisms", OAuthBearerSaslClient.MECHANISM);
      session.put(OAuthBearerSaslClientFactory.PORT, String.valueOf(port));
    } else {
      // Angus Mail offers XOAUTH2 only when asked for; it then sends the token as the password
      session.put("mail." + protocol + ".auth.mechanisms", "XOAUTH2");
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
