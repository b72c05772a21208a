package org.escalationrouter.mailauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.escalationrouter.testsupport.AuthorizationServer;
import org.escalationrouter.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token sources against a real token endpoint on loopback, with a clock the test moves. */
class TokenSourceTest {

  private static final String SECRET = "s3cret-Client-Value";
  private static final String REFRESH = "rt-Value-One";

  @TempDir Path dir;
  private final TestClock clock = TestClock.realTime();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final AuthorizationServer server;
  private final MailTokens tokens = new MailTokens(clock, meters);

  TokenSourceTest() throws Exception {
    server =
        new AuthorizationServer(0, clock, Duration.ofSeconds(30))
            .client("mail-app", SECRET, "support");
    server.acceptRefreshToken(REFRESH);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OAuth2Credential clientCredentials(String secret) {
    return new OAuth2Credential(
        Provider.GENERIC, null, server.tokenUri(), "mail-app", secret, null, "mail", null, null);
  }

  private OAuth2Credential refreshTokenIn(Path file) {
    return new OAuth2Credential(
        Provider.GENERIC,
        null,
        server.tokenUri(),
        "mail-app",
        SECRET,
        null,
        "mail",
        null,
        file.toString());
  }

  private double refreshFailures(String login) {
    return meters
        .get("escalation.mail.token.refresh.failures")
        .tag("login", login)
        .counter()
        .count();
  }

  @Test
  void aTokenIsReusedUntilShortlyBeforeItExpiresThenRefreshed() {
    TokenSource source = tokens.register("support", clientCredentials(SECRET));

    String first = source.token();
    clock.advance(Duration.ofSeconds(20));
    assertThat(source.token()).isEqualTo(first);
    assertThat(server.grants()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(3)); // 23 s of 30: within the last quarter
    String second = source.token();
    assertThat(second).isNotEqualTo(first);
    assertThat(server.grants()).isEqualTo(2);
    TokenState state = source.state();
    assertThat(state.validUntil()).isAfter(clock.instant().plusSeconds(29));
    assertThat(state.refreshedAt()).isBeforeOrEqualTo(clock.instant());
    assertThat(state.failing()).isFalse();
  }

  @Test
  void theRefresherRenewsADueTokenWithoutALoginAskingForIt() {
    TokenSource source = tokens.register("support", clientCredentials(SECRET));
    tokens.refreshDue();
    assertThat(server.grants()).isEqualTo(1);
    tokens.refreshDue();
    assertThat(server.grants()).isEqualTo(1);
    clock.advance(Duration.ofSeconds(25));
    tokens.refreshDue();
    assertThat(server.grants()).isEqualTo(2);
    assertThat(source.state().validUntil()).isAfter(clock.instant().plusSeconds(29));
  }

  @Test
  void aRejectedTokenIsReplacedAtOnce() {
    TokenSource source = tokens.register("support", clientCredentials(SECRET));
    String first = source.token();
    String replacement = source.refreshNow();
    assertThat(replacement).isNotEqualTo(first);
    assertThat(server.grants()).isEqualTo(2);
  }

  @Test
  void aWrongClientSecretIsOneClearReasonWithoutTheSecret() {
    TokenSource source = tokens.register("support", clientCredentials("wrong-" + SECRET));

    assertThatThrownBy(source::token)
        .isInstanceOf(TokenRefreshFailed.class)
        .hasMessageStartingWith("token endpoint refused the client id or secret: invalid_client")
        .hasMessageNotContaining(SECRET);
    assertThat(source.state().failing()).isTrue();
    assertThat(refreshFailures("support")).isEqualTo(1);
    assertThat(clientCredentials(SECRET).toString()).doesNotContain(SECRET);
  }

  @Test
  void aRevokedRefreshTokenFailsUntilANewOneIsInItsFile() throws Exception {
    Path file = dir.resolve("refresh-token");
    Files.writeString(file, REFRESH + "\n");
    TokenSource source = tokens.register("support", refreshTokenIn(file));
    source.token();

    server.revokeRefreshToken(REFRESH);
    clock.advance(Duration.ofSeconds(31));
    assertThatThrownBy(source::token)
        .hasMessageStartingWith("token endpoint refused the refresh token: invalid_grant")
        .hasMessageNotContaining(REFRESH);
    assertThat(source.state().lastError()).contains("invalid_grant");

    // within the backoff the endpoint is not asked again
    int refusals = server.refusals();
    tokens.refreshDue();
    assertThat(server.refusals()).isEqualTo(refusals);
    clock.advance(Duration.ofSeconds(3));
    tokens.refreshDue();
    assertThat(server.refusals()).isEqualTo(refusals + 1);
    assertThat(refreshFailures("support")).isEqualTo(2);

    // the user consents again; the operator puts the new refresh token in the file
    server.acceptRefreshToken("rt-Value-Two");
    Files.writeString(file, "rt-Value-Two");
    clock.advance(Duration.ofMinutes(1));
    assertThat(source.token()).startsWith("at-");
    assertThat(source.state().failing()).isFalse();
  }

  @Test
  void aCredentialThatCannotWorkStopsTheStartNamingTheMailbox() {
    OAuth2Credential noClient =
        new OAuth2Credential(
            Provider.MICROSOFT,
            "contoso.onmicrosoft.com",
            null,
            " ",
            SECRET,
            null,
            null,
            null,
            null);
    assertThatThrownBy(() -> tokens.register("sales", noClient))
        .hasMessage("sales: oauth2.client-id is required");
    OAuth2Credential googleWithoutRefreshToken =
        new OAuth2Credential(Provider.GOOGLE, null, null, "id", SECRET, null, null, null, null);
    assertThatThrownBy(() -> tokens.register("gmail", googleWithoutRefreshToken))
        .hasMessageContaining("google needs oauth2.service-account-key-file");
  }

  @Test
  void providersNameTheirTokenEndpointsAndMailScopes() {
    OAuth2Credential microsoft =
        new OAuth2Credential(
            Provider.MICROSOFT,
            "contoso.onmicrosoft.com",
            null,
            "id",
            SECRET,
            null,
            null,
            null,
            null);
    var registration = microsoft.registration("m");
    assertThat(registration.getProviderDetails().getTokenUri())
        .isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    assertThat(registration.getScopes()).containsExactly("https://outlook.office365.com/.default");
    OAuth2Credential google =
        new OAuth2Credential(Provider.GOOGLE, null, null, "id", SECRET, null, null, "rt", null);
    assertThat(google.registration("g").getScopes()).containsExactly("https://mail.google.com/");
  }
}
