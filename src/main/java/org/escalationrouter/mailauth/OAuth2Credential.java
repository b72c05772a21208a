package org.escalationrouter.mailauth;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * An OAuth2 client that gets access tokens for a mail login. With a service account key the JWT
 * bearer grant is used (Google's domain-wide delegation), with a refresh token the refresh-token
 * grant (a user's delegated access), otherwise the client-credentials grant (the application's own
 * access), authenticated by a client secret or a certificate.
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
 * @param mechanism how the token is presented at login: {@code xoauth2} (the default) or {@code
 *     oauthbearer} (RFC 7628; IMAP and SMTP only)
 * @param serviceAccountKeyFile for {@code google}: the service account's JSON key file, read at
 *     each token request
 * @param subject for {@code google} with a service account: the mailbox user it acts as
 * @param clientCertificateFile instead of a client secret (certificate credentials, {@code
 *     microsoft}): a PEM file with the certificate and its unencrypted PKCS#8 key, or a PKCS#12
 *     file; read at each token request
 * @param clientCertificatePassword the PKCS#12 file's password; use a placeholder
 * @param clientCertificatePasswordFile a file holding that password
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
    String refreshTokenFile,
    @DefaultValue("xoauth2") SaslMechanism mechanism,
    String serviceAccountKeyFile,
    String subject,
    String clientCertificateFile,
    String clientCertificatePassword,
    String clientCertificatePasswordFile) {

  @ConstructorBinding
  public OAuth2Credential {
    mechanism = mechanism == null ? SaslMechanism.XOAUTH2 : mechanism;
  }

  /** A credential with a client secret or a refresh token, presented with XOAUTH2. */
  public OAuth2Credential(
      Provider provider,
      String tenant,
      String tokenUri,
      String clientId,
      String clientSecret,
      String clientSecretFile,
      String scope,
      String refreshToken,
      String refreshTokenFile) {
    this(
        provider,
        tenant,
        tokenUri,
        clientId,
        clientSecret,
        clientSecretFile,
        scope,
        refreshToken,
        refreshTokenFile,
        SaslMechanism.XOAUTH2,
        null,
        null,
        null,
        null,
        null);
  }

  /**
   * Fails at start, naming what is missing, when the credential cannot work at all. Key files are
   * read at the first token request: one that is missing or malformed turns only its mailbox DOWN.
   */
  public void check(String owner) {
    if (!serviceAccount() && !given(clientId)) {
      throw new IllegalStateException(owner + ": oauth2.client-id is required");
    }
    if (provider == Provider.MICROSOFT && !given(tenant)) {
      throw new IllegalStateException(owner + ": oauth2.tenant is required for microsoft");
    }
    if (provider == Provider.GENERIC && !given(tokenUri)) {
      throw new IllegalStateException(owner + ": oauth2.token-uri is required for generic");
    }
    if (provider == Provider.GOOGLE && !delegated() && !serviceAccount()) {
      throw new IllegalStateException(
          owner
              + ": google needs oauth2.service-account-key-file (with oauth2.subject),"
              + " oauth2.refresh-token or oauth2.refresh-token-file");
    }
    if (serviceAccount() && provider != Provider.GOOGLE) {
      throw new IllegalStateException(
          owner + ": oauth2.service-account-key-file is for provider google");
    }
    if (serviceAccount() && !given(subject)) {
      throw new IllegalStateException(
          owner
              + ": oauth2.subject (the mailbox user to act as) is required with a service account");
    }
    if (certificate() && delegated()) {
      // the refresh-token grant is sent with a client secret only (see ADR 0011)
      throw new IllegalStateException(
          owner
              + ": oauth2.client-certificate-file is for the application's own access,"
              + " not with a refresh token");
    }
    if (certificate() && (given(clientSecret) || given(clientSecretFile))) {
      throw new IllegalStateException(
          owner + ": give oauth2.client-certificate-file or a client secret, not both");
    }
  }

  private static boolean given(String value) {
    return value != null && !value.isBlank();
  }

  boolean delegated() {
    return given(refreshToken) || given(refreshTokenFile);
  }

  /** Google's service account with domain-wide delegation: the JWT bearer grant. */
  boolean serviceAccount() {
    return given(serviceAccountKeyFile);
  }

  /** The client authenticates with a certificate-signed assertion ({@code private_key_jwt}). */
  boolean certificate() {
    return given(clientCertificateFile);
  }

  String currentRefreshToken() {
    return Secret.read(refreshToken, refreshTokenFile);
  }

  String certificatePassword() {
    return Secret.read(clientCertificatePassword, clientCertificatePasswordFile);
  }

  Set<String> scopes() {
    String scopes = given(scope) ? scope : provider.defaultScope(delegated());
    return scopes == null
        ? Set.of()
        : Arrays.stream(scopes.trim().split("\\s+")).collect(Collectors.toSet());
  }

  /** The client as Spring Security describes it; secrets in files are read now. */
  ClientRegistration registration(String name) {
    return ClientRegistration.withRegistrationId(name)
        .clientId(clientId)
        .clientSecret(certificate() ? null : Secret.read(clientSecret, clientSecretFile))
        .clientAuthenticationMethod(
            certificate()
                ? ClientAuthenticationMethod.PRIVATE_KEY_JWT
                : ClientAuthenticationMethod.CLIENT_SECRET_POST)
        // the registration's own grant type; a refresh-token request is built beside it
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .tokenUri(provider.tokenUri(this))
        .scope(scopes())
        .build();
  }

  @Override
  public String toString() {
    // never the secret, the refresh token or a key
    String who = serviceAccount() ? "service account for " + subject : "client " + clientId;
    return provider.name().toLowerCase() + " " + who;
  }
}
