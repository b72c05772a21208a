package org.escalationrouter.mailauth;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.oauth2.client.endpoint.JwtBearerGrantRequest;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientJwtBearerTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.JwtEncodingException;
import org.springframework.web.client.RestClientResponseException;

/**
 * One token request through Spring Security's OAuth2 client: the client-credentials grant (with a
 * secret or a certificate-signed assertion), the refresh-token grant, or the JWT bearer grant of a
 * Google service account. Its refusals become one readable reason.
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
  private final RestClientJwtBearerTokenResponseClient jwtBearer = jwtBearerAlone();

  Grant request(TokenRequest request) {
    try {
      OAuth2AccessTokenResponse response = send(request);
      OAuth2AccessToken token = response.getAccessToken();
      Duration lifetime =
          token.getIssuedAt() == null || token.getExpiresAt() == null
              ? Duration.ofHours(1)
              : Duration.between(token.getIssuedAt(), token.getExpiresAt());
      OAuth2RefreshToken rotated = response.getRefreshToken();
      return new Grant(
          token.getTokenValue(), lifetime, rotated == null ? null : rotated.getTokenValue());
    } catch (OAuth2AuthorizationException e) {
      throw new TokenRefreshFailed(reason(errorOf(e), request, e));
    } catch (JwtEncodingException e) {
      throw new TokenRefreshFailed("cannot sign the client assertion: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new TokenRefreshFailed("token endpoint unreachable: " + e.getMessage());
    }
  }

  private OAuth2AccessTokenResponse send(TokenRequest request) {
    if (request instanceof TokenRequest.RefreshToken r) {
      return refresh.getTokenResponse(
          new OAuth2RefreshTokenGrantRequest(
              r.client(),
              NO_TOKEN,
              new OAuth2RefreshToken(r.refreshToken(), null),
              r.client().getScopes()));
    }
    if (request instanceof TokenRequest.ServiceAccount s) {
      return jwtBearer.getTokenResponse(new JwtBearerGrantRequest(s.client(), s.assertion()));
    }
    TokenRequest.ClientCredentials c = (TokenRequest.ClientCredentials) request;
    return (c.certificate() == null ? clientCredentials : signedBy(c))
        .getTokenResponse(new OAuth2ClientCredentialsGrantRequest(c.client()));
  }

  /**
   * Client credentials authenticated by an assertion signed with the certificate's key (Spring
   * Security's private_key_jwt): {@code x5t#S256} comes from the certificate, and Entra ID's older
   * {@code x5t} (SHA-1) is added; its times are taken from the injected clock.
   */
  private static RestClientClientCredentialsTokenResponseClient signedBy(
      TokenRequest.ClientCredentials request) {
    NimbusJwtClientAuthenticationParametersConverter<OAuth2ClientCredentialsGrantRequest>
        assertion =
            new NimbusJwtClientAuthenticationParametersConverter<>(client -> request.certificate());
    assertion.setJwtClientAssertionCustomizer(
        context -> {
          context.getClaims().issuedAt(request.now()).expiresAt(request.now().plusSeconds(300));
          context.getHeaders().x509SHA1Thumbprint(sha1Thumbprint(request.certificate()));
        });
    RestClientClientCredentialsTokenResponseClient client =
        new RestClientClientCredentialsTokenResponseClient();
    client.addParametersConverter(assertion);
    return client;
  }

  private static String sha1Thumbprint(RSAKey key) {
    try {
      byte[] der = key.getParsedX509CertChain().get(0).getEncoded();
      return Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(der)).toString();
    } catch (GeneralSecurityException e) {
      throw new JwtEncodingException("no SHA-1 thumbprint of the certificate", e);
    }
  }

  /** Google's JWT bearer request is the grant type and the assertion, nothing else. */
  private static RestClientJwtBearerTokenResponseClient jwtBearerAlone() {
    RestClientJwtBearerTokenResponseClient client = new RestClientJwtBearerTokenResponseClient();
    client.setParametersCustomizer(
        parameters -> {
          parameters.remove(OAuth2ParameterNames.CLIENT_ID);
          parameters.remove(OAuth2ParameterNames.SCOPE); // it is in the assertion
        });
    return client;
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

  static String reason(OAuth2Error error, TokenRequest request, Throwable e) {
    String code = error.getErrorCode();
    String what =
        switch (code) {
          case "invalid_grant" -> "token endpoint refused " + request.grant();
          case "invalid_client", "unauthorized_client" ->
              "token endpoint refused " + request.clientProof();
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
