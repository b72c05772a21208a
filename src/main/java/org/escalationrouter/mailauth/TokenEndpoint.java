package org.escalationrouter.mailauth;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.web.client.RestClientResponseException;

/**
 * One token request through Spring Security's OAuth2 client: the client-credentials grant, or the
 * refresh-token grant when a refresh token is given. Its refusals become one readable reason.
 */
final class TokenEndpoint {

  /** A token and how long it lives; a new refresh token when the server rotated it. */
  record Grant(String accessToken, Duration lifetime, String newRefreshToken) {
    @Override
    public String toString() {
      return "token valid " + lifetime; // never the token
    }
  }

  // the refresh grant wants "the current access token", only to copy its scopes when none are given
  private static final OAuth2AccessToken NO_TOKEN =
      new OAuth2AccessToken(
          OAuth2AccessToken.TokenType.BEARER, "none", Instant.EPOCH, Instant.EPOCH.plusSeconds(1));

  private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern DESCRIPTION =
      Pattern.compile("\"error_description\"\\s*:\\s*\"([^\"]*)\"");

  private final RestClientClientCredentialsTokenResponseClient clientCredentials =
      new RestClientClientCredentialsTokenResponseClient();
  private final RestClientRefreshTokenTokenResponseClient refresh =
      new RestClientRefreshTokenTokenResponseClient();

  Grant request(ClientRegistration client, String refreshToken) {
    try {
      OAuth2AccessTokenResponse response =
          refreshToken == null
              ? clientCredentials.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(client))
              : refresh.getTokenResponse(
                  new OAuth2RefreshTokenGrantRequest(
                      client,
                      NO_TOKEN,
                      new OAuth2RefreshToken(refreshToken, null),
                      client.getScopes()));
      OAuth2AccessToken token = response.getAccessToken();
      Duration lifetime =
          token.getIssuedAt() == null || token.getExpiresAt() == null
              ? Duration.ofHours(1)
              : Duration.between(token.getIssuedAt(), token.getExpiresAt());
      OAuth2RefreshToken rotated = response.getRefreshToken();
      return new Grant(
          token.getTokenValue(), lifetime, rotated == null ? null : rotated.getTokenValue());
    } catch (OAuth2AuthorizationException e) {
      throw new TokenRefreshFailed(reason(errorOf(e), refreshToken != null, e));
    } catch (RuntimeException e) {
      throw new TokenRefreshFailed("token endpoint unreachable: " + e.getMessage());
    }
  }

  /**
   * Spring Security reads the OAuth2 error of a 400 answer only; Entra ID refuses a wrong client
   * secret with 401, which arrives as the HTTP error it wraps.
   */
  private static OAuth2Error errorOf(OAuth2AuthorizationException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof RestClientResponseException http) {
        String body = http.getResponseBodyAsString();
        Matcher code = ERROR.matcher(body);
        if (code.find()) {
          Matcher description = DESCRIPTION.matcher(body);
          return new OAuth2Error(
              code.group(1),
              description.find() ? description.group(1) : http.getStatusText(),
              null);
        }
      }
    }
    return e.getError();
  }

  static String reason(OAuth2Error error, boolean refreshing, Throwable e) {
    String code = error.getErrorCode();
    String what =
        switch (code) {
          case "invalid_grant" ->
              refreshing
                  ? "token endpoint refused the refresh token"
                  : "token endpoint refused the grant";
          case "invalid_client", "unauthorized_client" ->
              "token endpoint refused the client id or secret";
          case "invalid_scope" -> "token endpoint refused the scope";
          case "invalid_token_response" -> "token endpoint gave no usable answer";
          default -> "token endpoint refused the token request";
        };
    String detail = error.getDescription() != null ? error.getDescription() : e.getMessage();
    return what + ": " + code + (detail == null ? "" : " (" + shorten(detail) + ")");
  }

  private static String shorten(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
