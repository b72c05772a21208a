package org.escalationrouter.mailauth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.security.sasl.SaslClient;

/**
 * The client side of RFC 7628 OAUTHBEARER: one initial response carrying the token. When the server
 * refuses it, it sends an error as a challenge, which is answered with a lone {@code ^A} so the
 * server can end the exchange with its failure (section 3.2.3).
 */
final class OAuthBearerSaslClient implements SaslClient {

  static final String MECHANISM = "OAUTHBEARER";
  private static final char SEPARATOR = '\u0001';

  private byte[] initialResponse;
  private boolean sent;
  private boolean acknowledged;

  OAuthBearerSaslClient(String user, String host, Integer port, String token) {
    this.initialResponse = initialResponse(user, host, port, token);
  }

  /** {@code n,a=user,^Ahost=…^Aport=…^Aauth=Bearer token^A^A}; host and port when known. */
  static byte[] initialResponse(String user, String host, Integer port, String token) {
    StringBuilder response = new StringBuilder("n,");
    if (user != null && !user.isEmpty()) {
      response.append("a=").append(saslName(user));
    }
    response.append(',').append(SEPARATOR);
    if (host != null && !host.isEmpty()) {
      response.append("host=").append(host).append(SEPARATOR);
    }
    if (port != null) {
      response.append("port=").append(port).append(SEPARATOR);
    }
    response.append("auth=Bearer ").append(token).append(SEPARATOR).append(SEPARATOR);
    return response.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 5801's saslname: "," and "=" are escaped in the authorization identity. */
  private static String saslName(String user) {
    return user.replace("=", "=3D").replace(",", "=2C");
  }

  @Override
  public String getMechanismName() {
    return MECHANISM;
  }

  @Override
  public boolean hasInitialResponse() {
    return true;
  }

  @Override
  public byte[] evaluateChallenge(byte[] challenge) {
    if (!sent) {
      sent = true;
      return initialResponse.clone();
    }
    // the server's JSON error: acknowledge it, the server then fails the login
    acknowledged = true;
    return new byte[] {SEPARATOR};
  }

  /**
   * Not complete after the initial response: the server may still send its error, which Angus hands
   * to {@link #evaluateChallenge} only while the client is not complete.
   */
  @Override
  public boolean isComplete() {
    return acknowledged;
  }

  @Override
  public byte[] unwrap(byte[] incoming, int offset, int len) {
    throw new IllegalStateException("OAUTHBEARER has no security layer");
  }

  @Override
  public byte[] wrap(byte[] outgoing, int offset, int len) {
    throw new IllegalStateException("OAUTHBEARER has no security layer");
  }

  @Override
  public Object getNegotiatedProperty(String propName) {
    return null; // no quality of protection is negotiated
  }

  @Override
  public void dispose() {
    Arrays.fill(initialResponse, (byte) 0); // the token
    initialResponse = new byte[0];
  }
}
