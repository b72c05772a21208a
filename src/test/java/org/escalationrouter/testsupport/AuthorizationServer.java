package org.escalationrouter.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth2 authorization server for tests, on the JDK's HTTP server: a token endpoint (client
 * credentials and refresh token grants, client_secret_post) issuing short-lived opaque tokens, and
 * an RFC 7662 introspection endpoint that Dovecot's {@code oauth2} passdb asks. Expiry is decided
 * by the given clock, so a test moves past it without waiting.
 */
public final class AuthorizationServer implements AutoCloseable {

  private record Issued(String username, Instant expiresAt) {}

  private record Client(String secret, String username) {}

  private final HttpServer server;
  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Client> clients = new ConcurrentHashMap<>();
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
    Client client = clients.get(form.getOrDefault("client_id", ""));
    if (client == null || !client.secret().equals(form.get("client_secret"))) {
      refuse(exchange, 401, "invalid_client", "client authentication failed");
      return;
    }
    String grant = form.getOrDefault("grant_type", "");
    if (grant.equals("refresh_token") && !refreshTokens.contains(form.get("refresh_token"))) {
      refuse(exchange, 400, "invalid_grant", "the refresh token was revoked");
      return;
    }
    if (!grant.equals("refresh_token") && !grant.equals("client_credentials")) {
      refuse(exchange, 400, "unsupported_grant_type", grant);
      return;
    }
    String token = "at-" + UUID.randomUUID();
    issued.put(token, new Issued(client.username(), clock.instant().plus(lifetime)));
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
