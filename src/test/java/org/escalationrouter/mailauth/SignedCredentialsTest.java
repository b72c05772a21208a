package org.escalationrouter.mailauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.escalationrouter.testsupport.AuthorizationServer;
import org.escalationrouter.testsupport.TestClock;
import org.escalationrouter.testsupport.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials proven by a signature: Google service accounts (the JWT bearer grant) and Microsoft
 * certificate credentials (private_key_jwt), against a token endpoint that checks each assertion's
 * signature with the public key of a key pair the test made, and its claims.
 */
class SignedCredentialsTest {

  private static final String SERVICE_ACCOUNT =
      "mail-reader@escalation-test.iam.gserviceaccount.com";
  private static final String SUBJECT = "support@example.com";
  private static final String CERT_PASSWORD = "p12-Pass-Word-9";

  @TempDir static Path certificates;
  private static TestKeys.Certificate cert;
  private static TestKeys.Certificate otherCert;

  @TempDir Path dir;
  private final TestClock clock = TestClock.realTime();
  private final MailTokens tokens = new MailTokens(clock, new SimpleMeterRegistry());
  private final AuthorizationServer server;

  SignedCredentialsTest() throws Exception {
    server = new AuthorizationServer(0, clock, Duration.ofMinutes(60));
  }

  /** Two certificates made once by keytool (a process each): the uploaded one and another. */
  @BeforeAll
  static void makeCertificates() throws Exception {
    cert = TestKeys.selfSigned(certificates, "entra-app", CERT_PASSWORD);
    otherCert = TestKeys.selfSigned(certificates, "other", CERT_PASSWORD);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static OAuth2Credential google(Path keyFile, String subject) {
    return new OAuth2Credential(
        Provider.GOOGLE,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        keyFile.toString(),
        subject,
        null,
        null,
        null);
  }

  private OAuth2Credential microsoft(Path certificateFile, String password, String passwordFile) {
    return new OAuth2Credential(
        Provider.MICROSOFT,
        "contoso.onmicrosoft.com",
        server.tokenUri(),
        "entra-app-id",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        certificateFile.toString(),
        password,
        passwordFile);
  }

  @Test
  void aServiceAccountGetsTokensWithAnRs256AssertionActingAsTheSubject() throws Exception {
    KeyPair keys = TestKeys.rsa();
    server.serviceAccount(SERVICE_ACCOUNT, (RSAPublicKey) keys.getPublic());
    Path keyFile = TestKeys.serviceAccountKeyFile(dir, SERVICE_ACCOUNT, keys, server.tokenUri());
    TokenSource source = tokens.register("gmail", google(keyFile, SUBJECT));

    Instant before = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    assertThat(source.token()).startsWith("at-");

    SignedJWT assertion = server.lastAssertion();
    assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(assertion.getHeader().getKeyID()).startsWith("k-");
    JWTClaimsSet claims = assertion.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(SERVICE_ACCOUNT);
    assertThat(claims.getSubject()).isEqualTo(SUBJECT);
    assertThat(claims.getAudience()).isEqualTo(List.of(server.tokenUri()));
    assertThat(claims.getStringClaim("scope")).isEqualTo("https://mail.google.com/");
    assertThat(claims.getIssueTime().toInstant()).isBetween(before, clock.instant());
    assertThat(
            Duration.between(
                claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
        .isEqualTo(Duration.ofHours(1));
    assertThat(source.state().failing()).isFalse();
  }

  @Test
  void anAssertionSignedWithTheWrongKeyIsRefusedWithOneClearReason() throws Exception {
    server.serviceAccount(SERVICE_ACCOUNT, (RSAPublicKey) TestKeys.rsa().getPublic());
    Path keyFile =
        TestKeys.serviceAccountKeyFile(dir, SERVICE_ACCOUNT, TestKeys.rsa(), server.tokenUri());
    TokenSource source = tokens.register("gmail", google(keyFile, SUBJECT));

    assertThatThrownBy(source::token)
        .isInstanceOf(TokenRefreshFailed.class)
        .hasMessage(
            "token endpoint refused the service account's signed assertion: invalid_grant"
                + " (Invalid JWT Signature.)");
    assertThat(source.state().failing()).isTrue(); // the mailbox's health is DOWN on this
  }

  @Test
  void aMissingOrMalformedKeyFileFailsItsOwnCredentialOnlyNamingTheFile() throws Exception {
    Path missing = dir.resolve("missing.json");
    Path notJson = Files.writeString(dir.resolve("garbage.json"), "{\"private_key\": \"-----BEGIN");
    KeyPair keys = TestKeys.rsa();
    Path truncated = TestKeys.serviceAccountKeyFile(dir, SERVICE_ACCOUNT, keys, server.tokenUri());
    String json = Files.readString(truncated);
    Files.writeString(
        truncated, json.replaceFirst("(BEGIN PRIVATE KEY-----\\\\n)[A-Za-z0-9+/]{40}", "$1"));
    Path noEmail = Files.writeString(dir.resolve("user.json"), "{\"type\":\"authorized_user\"}");

    assertThat(reason(google(missing, SUBJECT)))
        .isEqualTo("cannot use the service account key file " + missing + ": no such file");
    assertThat(reason(google(notJson, SUBJECT))).endsWith(": not JSON");
    assertThat(reason(google(truncated, SUBJECT)))
        .endsWith(": private_key is not a PKCS#8 RSA key")
        .doesNotContain("MII");
    assertThat(reason(google(noEmail, SUBJECT)))
        .endsWith("no client_email (is it the JSON key of a service account?)");

    // registering did not throw: the start goes on, and a good credential beside them works
    server.serviceAccount(SERVICE_ACCOUNT, (RSAPublicKey) keys.getPublic());
    Path good =
        TestKeys.serviceAccountKeyFile(dir.resolve(".."), SERVICE_ACCOUNT, keys, server.tokenUri());
    assertThat(tokens.register("good", google(good, SUBJECT)).token()).startsWith("at-");
  }

  private int registered;

  private String reason(OAuth2Credential credential) {
    TokenSource source = tokens.register("box-" + registered++, credential);
    tokens.refreshDue();
    assertThat(source.state().failing()).isTrue();
    return source.state().lastError();
  }

  @Test
  void settingsThatCannotWorkStopTheStartNamingTheMailbox() {
    OAuth2Credential noSubject = google(dir.resolve("key.json"), " ");
    assertThatThrownBy(() -> tokens.register("gmail", noSubject))
        .hasMessageStartingWith("gmail: oauth2.subject");
    OAuth2Credential certificateAndRefreshToken =
        new OAuth2Credential(
            Provider.MICROSOFT,
            "contoso.onmicrosoft.com",
            null,
            "id",
            null,
            null,
            null,
            "rt",
            null,
            null,
            null,
            null,
            "/etc/app.pem",
            null,
            null);
    assertThatThrownBy(() -> tokens.register("m365", certificateAndRefreshToken))
        .hasMessageContaining("not with a refresh token");
    OAuth2Credential certificateAndSecret =
        new OAuth2Credential(
            Provider.MICROSOFT,
            "contoso.onmicrosoft.com",
            null,
            "id",
            "secret",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "/etc/app.pem",
            null,
            null);
    assertThatThrownBy(() -> tokens.register("m365-both", certificateAndSecret))
        .hasMessageContaining("not both");
  }

  @Test
  void aCertificateInPemSignsTheClientAssertionNamedByItsThumbprint() throws Exception {
    server.certificateClient("entra-app-id", cert.certificate(), SUBJECT);
    TokenSource source = tokens.register("m365", microsoft(cert.pem(), null, null));

    assertThat(source.token()).startsWith("at-");

    SignedJWT assertion = server.lastAssertion();
    byte[] der = cert.certificate().getEncoded();
    assertThat(assertion.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(assertion.getHeader().getX509CertSHA256Thumbprint())
        .isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(der)));
    assertThat(assertion.getHeader().getX509CertThumbprint())
        .isEqualTo(Base64URL.encode(MessageDigest.getInstance("SHA-1").digest(der)));
    JWTClaimsSet claims = assertion.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("entra-app-id");
    assertThat(claims.getSubject()).isEqualTo("entra-app-id");
    assertThat(claims.getAudience()).containsExactly(server.tokenUri());
    assertThat(claims.getJWTID()).isNotBlank();
  }

  @Test
  void aPkcs12CertificateOpensWithThePasswordFromItsFile() throws Exception {
    server.certificateClient("entra-app-id", cert.certificate(), SUBJECT);
    Path passwordFile = Files.writeString(dir.resolve("p12-password"), CERT_PASSWORD + "\n");

    TokenSource source =
        tokens.register("m365", microsoft(cert.pkcs12(), null, passwordFile.toString()));
    assertThat(source.token()).startsWith("at-");

    TokenSource wrongPassword =
        tokens.register("m365-wrong", microsoft(cert.pkcs12(), "not-" + CERT_PASSWORD, null));
    assertThatThrownBy(wrongPassword::token)
        .hasMessage(
            "cannot use the client certificate file "
                + cert.pkcs12()
                + ": not PKCS#12, or the password is wrong")
        .hasMessageNotContaining(CERT_PASSWORD);
  }

  @Test
  void aCertificateTheApplicationDoesNotHaveIsRefused() throws Exception {
    server.certificateClient("entra-app-id", cert.certificate(), SUBJECT);
    TokenSource source = tokens.register("m365", microsoft(otherCert.pem(), null, null));

    assertThatThrownBy(source::token)
        .hasMessageStartingWith(
            "token endpoint refused the client id or certificate: invalid_client (AADSTS700027");
    assertThat(source.state().failing()).isTrue();
  }

  @Test
  void aPemKeyThatIsEncryptedOrPkcs1IsExplained() throws Exception {
    String pem = Files.readString(cert.pem()).replace("PRIVATE KEY", "RSA PRIVATE KEY");
    Path pkcs1 = Files.writeString(dir.resolve("pkcs1.pem"), pem);
    TokenSource source = tokens.register("m365", microsoft(pkcs1, null, null));
    assertThatThrownBy(source::token)
        .hasMessageContaining("unencrypted PKCS#8 'BEGIN PRIVATE KEY'");

    Path keyOnly =
        Files.writeString(
            dir.resolve("key-only.pem"),
            pem.substring(pem.indexOf("-----BEGIN RSA")).replace("RSA ", ""));
    assertThatThrownBy(tokens.register("m365-key-only", microsoft(keyOnly, null, null))::token)
        .hasMessageEndingWith("no CERTIFICATE block");
  }
}
