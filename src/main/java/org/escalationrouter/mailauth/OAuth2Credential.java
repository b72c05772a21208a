package org.escalationrouter.mailauth;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * An OAuth2 client that gets access tokens for a mail login. With a refresh token the refresh-token
 * grant is used (a user's delegated access), without one the client-credentials grant (the
 * application's own access).
 *
 * @param provider {@code microsoft}, {@code google} or {@code generic}
 * @param tenant Entra ID tenant (directory) id or domain, for {@code microsoft}
 * @param tokenUri token endpoint, for {@code generic}
 * @param clientId the application's client id
 * @param clientSecret the client secret; use a placeholder such as {@code ${MAIL_CLIENT_SECRET}}
 * @param clientSecretFile a file holding the client secret, read at each token request
 * @param scope space-separated scopes; the provider's mail scopes when empty
 * @param refreshToken a user's refresh token; use a placeholder
 * @param refreshTokenFile a file holding the refresh token, read at each token request
 */
public record OAuth2Credential(
    @DefaultValue("generic") Provider provider,
    String tenant,
    String tokenUri,
    String clientId,
    String clientSecret,
    String clientSecretFile,
    String scope,
    String refreshToken,
    String refreshTokenFile) {

  /** Fails at start, naming what is missing, when the credential cannot work at all. */
  public void check(String owner) {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalStateException(owner + ": oauth2.client-id is required");
    }
    if (provider == Provider.MICROSOFT && (tenant == null || tenant.isBlank())) {
      throw new IllegalStateException(owner + ": oauth2.tenant is required for microsoft");
    }
    if (provider == Provider.GENERIC && (tokenUri == null || tokenUri.isBlank())) {
      throw new IllegalStateException(owner + ": oauth2.token-uri is required for generic");
    }
    if (provider == Provider.GOOGLE && !delegated()) {
      throw new IllegalStateException(
          owner + ": google needs oauth2.refresh-token or oauth2.refresh-token-file");
    }
  }

  boolean delegated() {
    return (refreshToken != null && !refreshToken.isBlank())
        || (refreshTokenFile != null && !refreshTokenFile.isBlank());
  }

  String currentRefreshToken() {
    return Secret.read(refreshToken, refreshTokenFile);
  }

  /** The client as Spring Security describes it; secrets in files are read now. */
  ClientRegistration registration(String name) {
    String scopes = scope != null && !scope.isBlank() ? scope : provider.defaultScope(delegated());
    Set<String> scopeSet =
        scopes == null
            ? Set.of()
            : Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toSet());
    return ClientRegistration.withRegistrationId(name)
        .clientId(clientId)
        .clientSecret(Secret.read(clientSecret, clientSecretFile))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
        // the registration's own grant type; a refresh-token request is built beside it
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .tokenUri(provider.tokenUri(this))
        .scope(scopeSet)
        .build();
  }

  @Override
  public String toString() {
    // never the secret or the refresh token
    return provider.name().toLowerCase() + " client " + clientId;
  }
}
