package org.escalationrouter.mailauth;

import java.io.IOException;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import javax.security.sasl.SaslClientFactory;
import javax.security.sasl.SaslException;

/**
 * Makes OAUTHBEARER known to Java SASL, which Angus Mail's IMAP and SMTP use when {@code
 * mail.<protocol>.sasl.enable} is on: Angus asks {@link Sasl#createSaslClient} with the session's
 * properties and a callback handler that answers the user name and, as the password, the token. The
 * port is not part of that call, so {@link MailLogin} puts it in the session under {@link #PORT}.
 */
final class OAuthBearerSaslClientFactory implements SaslClientFactory {

  /** Session property with the server's port, for the {@code port=} of the initial response. */
  static final String PORT = "org.escalationrouter.sasl.oauthbearer.port";

  private static final String PROVIDER = "EscalationRouter-OAUTHBEARER";

  /** Registers the factory with the JVM's security providers, once. */
  static void install() {
    if (Security.getProvider(PROVIDER) == null) {
      Security.addProvider(new OAuthBearerProvider());
    }
  }

  @Override
  public SaslClient createSaslClient(
      String[] mechanisms,
      String authorizationId,
      String protocol,
      String serverName,
      Map<String, ?> props,
      CallbackHandler handler)
      throws SaslException {
    if (!Arrays.asList(mechanisms).contains(OAuthBearerSaslClient.MECHANISM)
        || getMechanismNames(props).length == 0) {
      return null;
    }
    NameCallback user = new NameCallback("user");
    PasswordCallback token = new PasswordCallback("access token", false);
    try {
      handler.handle(new Callback[] {user, token});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new SaslException("OAUTHBEARER: no user name and token from the mail client", e);
    }
    char[] password = token.getPassword();
    if (password == null) {
      throw new SaslException("OAUTHBEARER: no access token");
    }
    Object port = props == null ? null : props.get(PORT);
    String login = authorizationId != null && !authorizationId.isEmpty() ? authorizationId : null;
    SaslClient client =
        new OAuthBearerSaslClient(
            login != null ? login : user.getName(),
            serverName,
            port == null ? null : Integer.valueOf(port.toString()),
            new String(password));
    token.clearPassword();
    return client;
  }

  @Override
  public String[] getMechanismNames(Map<String, ?> props) {
    // the token travels in the clear within the exchange: only over TLS in production
    boolean noPlainText = props != null && "true".equals(props.get(Sasl.POLICY_NOPLAINTEXT));
    return noPlainText ? new String[0] : new String[] {OAuthBearerSaslClient.MECHANISM};
  }

  private static final class OAuthBearerProvider extends Provider {

    private static final long serialVersionUID = 1L;

    OAuthBearerProvider() {
      super(PROVIDER, "1.0", "SASL OAUTHBEARER client (RFC 7628) for mail logins");
      putService(
          new Service(
              this,
              "SaslClientFactory",
              OAuthBearerSaslClient.MECHANISM,
              OAuthBearerSaslClientFactory.class.getName(),
              null,
              null) {
            @Override
            public Object newInstance(Object constructorParameter) {
              return new OAuthBearerSaslClientFactory();
            }
          });
    }
  }
}
