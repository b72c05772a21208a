package org.escalationrouter.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth2 authorization server for tests, on the JDK's HTTP server: a token endpoint (client
 * credentials and refresh token grants with client_secret_post or a certificate's private_key_jwt,
 * and Google's JWT bearer grant for service accounts, each assertion's signature and claims
 * checked) issuing short-lived opaque tokens, and an RFC 7662 introspection endpoint that Dovecot's
 * {@code oauth2} passdb asks. Expiry is decided by the given clock, so a test moves past it without
 * waiting.
 */
public final class AuthorizationServer implements AutoCloseable {

  private record Issued(String username, Instant expiresAt) {}

  private record Client(String secret, String username) {}

  /** A client that proves itself with an assertion signed by its certificate's key. */
  private record CertificateClient(X509Certificate certificate, String username) {}

  private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
  private static final String CLIENT_ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private final HttpServer server;
  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Client> clients = new ConcurrentHashMap<>();
  private final Map<String, CertificateClient> certificateClients = new ConcurrentHashMap<>();
  private final Map<String, RSAPublicKey> serviceAccounts = new ConcurrentHashMap<>();
  private volatile SignedJWT lastAssertion;
  private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final AtomicInteger grants = new AtomicInteger();
  private final AtomicInteger refusals = new AtomicInteger();
  private final AtomicInteger introspections = new AtomicInteger();

  /** Serves on {@code port} (0 for any free one); tokens live {@code lifetime} by the clock. */
  public AuthorizationServer(int port, Clock clock, Duration lifetime) throws IOException {
    this.clock = clock;
    this.lifetime = lifetime;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/token", this::token);
    server.createContext("/introspect", this::introspect);
    server.start();
  }

  public String tokenUri() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
  }

  /** A client whose tokens log in as {@code username}. */
  public AuthorizationServer client(String clientId, String clientSecret, String username) {
    clients.put(clientId, new Client(clientSecret, username));
    return this;
  }

  /**
   * A client authenticated by {@code private_key_jwt} with {@code certificate} (Entra ID's
   * certificate credentials); its tokens log in as {@code username}.
   */
  public AuthorizationServer certificateClient(
      String clientId, X509Certificate certificate, String username) {
    certificateClients.put(clientId, new CertificateClient(certificate, username));
    return this;
  }

  /**
   * A Google service account with domain-wide delegation: JWT bearer assertions from {@code
   * clientEmail} signed with the private key of {@code publicKey} get tokens for their subject.
   */
  public AuthorizationServer serviceAccount(String clientEmail, RSAPublicKey publicKey) {
    serviceAccounts.put(clientEmail, publicKey);
    return this;
  }

  /** The last signed assertion the token endpoint accepted or refused, as it arrived. */
  public SignedJWT lastAssertion() {
    return lastAssertion;
  }

  /** A refresh token the server accepts from now on. */
  public void acceptRefreshToken(String refreshToken) {
    refreshTokens.add(refreshToken);
  }

  /** The user revoked the consent: the refresh token is refused with invalid_grant. */
  public void revokeRefreshToken(String refreshToken) {
    refreshTokens.remove(refreshToken);
  }

  /** Every access token issued so far is inactive from now on (as after a password reset). */
  public void revokeAccessTokens() {
    issued.clear();
  }

  public int grants() {
    return grants.get();
  }

  public int refusals() {
    return refusals.get();
  }

  public int introspections() {
    return introspections.get();
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(exchange);
    String grant = form.getOrDefault("grant_type", "");
    if (grant.equals(JWT_BEARER)) {
      serviceAccountGrant(exchange, form);
      return;
    }
    String username = authenticatedClient(exchange, form);
    if (username == null) {
      return;
    }
    if (grant.equals("refresh_token") && !refreshTokens.contains(form.get("refresh_token"))) {
      refuse(exchange, 400, "invalid_grant", "the refresh token was revoked");
      return;
    }
    if (!grant.equals("refresh_token") && !grant.equals("client_credentials")) {
      refuse(exchange, 400, "unsupported_grant_type", grant);
      return;
    }
    issue(exchange, username);
  }

  /** The user the client's tokens log in as, or null once the client is refused. */
  private String authenticatedClient(HttpExchange exchange, Map<String, String> form)
      throws IOException {
    String clientId = form.getOrDefault("client_id", "");
    if (form.containsKey("client_assertion")) {
      CertificateClient client = certificateClients.get(clientId);
      String problem =
          client == null
              ? "unknown client"
              : CLIENT_ASSERTION_TYPE.equals(form.get("client_assertion_type"))
                  ? clientAssertionProblem(form.get("client_assertion"), clientId, client)
                  : "wrong client_assertion_type";
      if (problem != null) {
        refuse(exchange, 401, "invalid_client", problem);
        return null;
      }
      return client.username();
    }
    Client client = clients.get(clientId);
    if (client == null || !client.secret().equals(form.get("client_secret"))) {
      refuse(exchange, 401, "invalid_client", "client authentication failed");
      return null;
    }
    return client.username();
  }

  private String clientAssertionProblem(
      String assertion, String clientId, CertificateClient client) {
    try {
      SignedJWT jwt = SignedJWT.parse(assertion);
      lastAssertion = jwt;
      byte[] der = client.certificate().getEncoded();
      Base64URL thumbprint = Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(der));
      if (!thumbprint.equals(jwt.getHeader().getX509CertSHA256Thumbprint())) {
        return "AADSTS700027: the certificate named by x5t#S256 is not registered";
      }
      if (!jwt.verify(new RSASSAVerifier((RSAPublicKey) client.certificate().getPublicKey()))) {
        return "AADSTS700027: the client assertion's signature is not valid";
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
        return "iss and sub must be the client id";
      }
      return claimsProblem(claims, Duration.ofHours(1));
    } catch (ParseException | GeneralSecurityException | JOSEException e) {
      return "malformed client assertion";
    }
  }

  private void serviceAccountGrant(HttpExchange exchange, Map<String, String> form)
      throws IOException {
    String problem;
    String subject = null;
    try {
      SignedJWT jwt = SignedJWT.parse(form.getOrDefault("assertion", ""));
      lastAssertion = jwt;
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      RSAPublicKey key = serviceAccounts.get(claims.getIssuer());
      subject = claims.getSubject();
      if (key == null) {
        problem = "unknown service account";
      } else if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !jwt.verify(new RSASSAVerifier(key))) {
        problem = "Invalid JWT Signature.";
      } else if (subject == null || claims.getStringClaim("scope") == null) {
        problem = "the assertion needs sub and scope";
      } else {
        problem = claimsProblem(claims, Duration.ofHours(1));
      }
    } catch (ParseException | JOSEException e) {
      problem = "malformed assertion";
    }
    if (problem != null) {
      refuse(exchange, 400, "invalid_grant", problem);
      return;
    }
    issue(exchange, subject);
  }

  /** Audience this endpoint, not expired by the shared clock, and living at most {@code max}. */
  private String claimsProblem(JWTClaimsSet claims, Duration max) {
    Instant now = clock.instant();
    if (!claims.getAudience().equals(List.of(tokenUri()))) {
      return "aud must be " + tokenUri();
    }
    if (claims.getIssueTime() == null || claims.getExpirationTime() == null) {
      return "iat and exp are required";
    }
    Instant issued = claims.getIssueTime().toInstant();
    Instant expires = claims.getExpirationTime().toInstant();
    if (!now.isBefore(expires) || issued.isAfter(now.plusSeconds(60))) {
      return "the assertion is expired or not yet valid";
    }
    if (Duration.between(issued, expires).compareTo(max) > 0) {
      return "the assertion lives longer than " + max;
    }
    return null;
  }

  private void issue(HttpExchange exchange, String username) throws IOException {
    String token = "at-" + UUID.randomUUID();
    issued.put(token, new Issued(username, clock.instant().plus(lifetime)));
    grants.incrementAndGet();
    reply(
        exchange,
        200,
        "{\"access_token\":\""
            + token
            + "\",\"token_type\":\"Bearer\",\"expires_in\":"
            + lifetime.toSeconds()
            + "}");
  }

  private void introspect(HttpExchange exchange) throws IOException {
    introspections.incrementAndGet();
    String token = form(exchange).get("token");
    Issued found = token == null ? null : issued.get(token);
    boolean active = found != null && clock.instant().isBefore(found.expiresAt());
    reply(
        exchange,
        200,
        active
            ? "{\"active\":true,\"username\":\"" + found.username() + "\"}"
            : "{\"active\":false}");
  }

  private void refuse(HttpExchange exchange, int status, String error, String description)
      throws IOException {
    refusals.incrementAndGet();
    reply(
        exchange,
        status,
        "{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
  }

  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String query = exchange.getRequestURI().getRawQuery();
    Map<String, String> values = new HashMap<>();
    for (String source : new String[] {query, body}) {
      if (source == null || source.isEmpty()) {
        continue;
      }
      for (String pair : source.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void reply(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
