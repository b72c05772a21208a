package org.escalationrouter.mailauth;

import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access token of one credential. A token is refreshed before it expires (a quarter of its
 * lifetime early, at most a minute), and at once when a server rejects it. After a failed refresh
 * the next try waits longer each time (up to a minute) so a revoked credential does not hammer the
 * token endpoint. Expiry is decided by the injected clock.
 */
public final class TokenSource {

  private static final Logger log = LoggerFactory.getLogger(TokenSource.class);
  private static final Duration MAX_MARGIN = Duration.ofMinutes(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

  private final String name;
  private final OAuth2Credential credential;
  private final TokenEndpoint endpoint;
  private final Clock clock;
  private final Counter refreshFailures;
  private String accessToken;
  private Instant validUntil;
  private Instant refreshAt;
  private Instant refreshedAt;
  private String lastError;
  private int failures;
  private Instant retryAt = Instant.MIN;
  private String rotatedRefreshToken;
  private String configuredRefreshToken;

  TokenSource(
      String name,
      OAuth2Credential credential,
      TokenEndpoint endpoint,
      Clock clock,
      Counter refreshFailures) {
    this.name = name;
    this.credential = credential;
    this.endpoint = endpoint;
    this.clock = clock;
    this.refreshFailures = refreshFailures;
  }

  /** A token valid now, refreshed first when it is due; throws when none can be had. */
  public synchronized String token() {
    Instant now = clock.instant();
    if (accessToken == null || !now.isBefore(refreshAt)) {
      if (now.isBefore(retryAt) && accessToken == null) {
        throw new TokenRefreshFailed(lastError);
      }
      if (!now.isBefore(retryAt)) {
        refresh();
      }
    }
    if (accessToken == null || !clock.instant().isBefore(validUntil)) {
      throw new TokenRefreshFailed(lastError == null ? "the access token expired" : lastError);
    }
    return accessToken;
  }

  /** A new token at once: the server rejected the one we had. */
  public synchronized String refreshNow() {
    log.info("The server rejected the token of {}; asking for a new one at once", name);
    accessToken = null;
    refresh();
    return accessToken;
  }

  /** Refreshes when the token is due and no backoff holds; failures are recorded, not thrown. */
  synchronized void refreshIfDue() {
    Instant now = clock.instant();
    if ((accessToken == null || !now.isBefore(refreshAt)) && !now.isBefore(retryAt)) {
      try {
        refresh();
      } catch (TokenRefreshFailed e) {
        // recorded in the state; the mail login that needs the token reports it too
      }
    }
  }

  /** How the token is presented at login. */
  SaslMechanism mechanism() {
    return credential.mechanism();
  }

  public synchronized TokenState state() {
    return new TokenState(validUntil, refreshedAt, lastError, failures);
  }

  private void refresh() {
    try {
      TokenEndpoint.Grant grant =
          endpoint.request(TokenRequest.of(credential, name, refreshTokenToUse(), clock.instant()));
      Instant now = clock.instant();
      accessToken = grant.accessToken();
      validUntil = now.plus(grant.lifetime());
      Duration margin = grant.lifetime().dividedBy(4);
      refreshAt = validUntil.minus(margin.compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : margin);
      refreshedAt = now;
      if (grant.newRefreshToken() != null) {
        rotatedRefreshToken = grant.newRefreshToken();
      }
      if (lastError != null) {
        log.info("Token of {} refreshed again after {} failures", name, failures);
      }
      lastError = null;
      failures = 0;
      retryAt = Instant.MIN;
    } catch (TokenRefreshFailed | KeyFileException | java.io.UncheckedIOException e) {
      failures++;
      lastError = e.getMessage();
      long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(failures, 6));
      retryAt = clock.instant().plusSeconds(seconds);
      refreshFailures.increment();
      log.error("Cannot get an access token for {} ({}): {}", name, credential, lastError);
      throw e instanceof TokenRefreshFailed t ? t : new TokenRefreshFailed(lastError);
    }
  }

  /**
   * The refresh token to send: the one the server last rotated to, unless the configured one has
   * changed since (an operator put a new one in place after a revocation).
   */
  private String refreshTokenToUse() {
    if (!credential.delegated()) {
      return null;
    }
    String configured = credential.currentRefreshToken();
    if (!Objects.equals(configured, configuredRefreshToken)) {
      configuredRefreshToken = configured;
      rotatedRefreshToken = null;
    }
    return rotatedRefreshToken != null ? rotatedRefreshToken : configured;
  }
}
