package org.escalationrouter.mailauth;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * One token request as a credential's settings decide it: the grant, and how the client proves who
 * it is. Secrets and key files are read when the request is made.
 */
sealed interface TokenRequest {

  ClientRegistration client();

  /** What {@code invalid_grant} refuses, for the reason shown in health. */
  String grant();

  /** What {@code invalid_client} or {@code unauthorized_client} refuses. */
  default String clientProof() {
    return "the client id or secret";
  }

  /** A user's refresh token (Google or Microsoft delegated access, or a generic server). */
  record RefreshToken(ClientRegistration client, String refreshToken) implements TokenRequest {
    @Override
    public String grant() {
      return "the refresh token";
    }
  }

  /**
   * The application's own access; with {@code certificate} the client is authenticated by an
   * assertion signed with it ({@code private_key_jwt}), issued {@code now}, else by its secret.
   */
  record ClientCredentials(ClientRegistration client, RSAKey certificate, Instant now)
      implements TokenRequest {
    @Override
    public String grant() {
      return "the grant";
    }

    @Override
    public String clientProof() {
      return certificate == null ? "the client id or secret" : "the client id or certificate";
    }
  }

  /** Google's JWT bearer grant: the service account's signed assertion is the whole request. */
  record ServiceAccount(ClientRegistration client, Jwt assertion) implements TokenRequest {
    @Override
    public String grant() {
      return "the service account's signed assertion";
    }

    @Override
    public String clientProof() {
      return "the service account or its domain-wide delegation";
    }
  }

  static TokenRequest of(
      OAuth2Credential credential, String name, String refreshToken, Instant now) {
    if (credential.serviceAccount()) {
      ServiceAccountKey key = ServiceAccountKey.read(credential.serviceAccountKeyFile());
      ClientRegistration client =
          ClientRegistration.withRegistrationId(name)
              .clientId(key.clientEmail())
              .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
              .authorizationGrantType(AuthorizationGrantType.JWT_BEARER)
              .tokenUri(key.tokenUri())
              .scope(credential.scopes())
              .build();
      return new ServiceAccount(
          client, key.assertion(credential.subject(), String.join(" ", client.getScopes()), now));
    }
    ClientRegistration client = credential.registration(name);
    if (refreshToken != null) {
      return new RefreshToken(client, refreshToken);
    }
    RSAKey certificate =
        credential.certificate()
            ? ClientCertificate.read(
                credential.clientCertificateFile(), credential.certificatePassword())
            : null;
    return new ClientCredentials(client, certificate, now);
  }
}
