package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.escalationrouter.escalate.Outbox;
import org.escalationrouter.testsupport.AuthorizationServer;
import org.escalationrouter.testsupport.DovecotAccounts;
import org.escalationrouter.testsupport.TestClock;
import org.escalationrouter.testsupport.TestKeys;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon reading and sending through a real Dovecot that takes OAuth2 tokens only (XOAUTH2 and
 * OAUTHBEARER; tokens from client secrets, refresh tokens, a Google service account's signed
 * assertion and a Microsoft certificate credential), with the tokens from an authorization server
 * the test serves: Dovecot asks that server's introspection endpoint whether each token is active.
 * Tokens live 30 seconds by a clock that the daemon and the server share and the test moves, so
 * expiries come without waiting for them.
 */
class OAuth2MailIT {

  private static final String INTAKE_SECRET = "intake-Secret-4711";
  private static final String SMTP_SECRET = "smtp-Secret-0815";
  private static final String BEARER_SECRET = "bearer-Secret-77";
  private static final String SERVICE_ACCOUNT = "reader@escalation-test.iam.gserviceaccount.com";
  private static final Duration LIFETIME = Duration.ofSeconds(30);

  @TempDir Path work;
  private final DovecotAccounts dovecot = DovecotAccounts.onTestServer();
  private final TestClock clock = TestClock.realTime();
  private AuthorizationServer tokens;
  private Path refreshTokenFile;

  @BeforeEach
  void serveTokensAndEmptyTheMailbox() throws Exception {
    dovecot.deleteAll(TestMailbox.OAUTH);
    tokens =
        new AuthorizationServer(TestServices.oauthIntrospectionPort(), clock, LIFETIME)
            .client("intake-app", INTAKE_SECRET, TestMailbox.OAUTH.user())
            .client("smtp-app", SMTP_SECRET, TestMailbox.OAUTH.user());
    tokens.acceptRefreshToken("rt-first");
    refreshTokenFile = work.resolve("refresh-token");
    Files.writeString(refreshTokenFile, "rt-first\n");
  }

  @AfterEach
  void stopServingTokens() {
    tokens.close();
  }

  private static String letter(int n) {
    return "From: Customer <customer@example.org>\r\nTo: support@example.com\r\n"
        + "Subject: Complaint "
        + n
        + "\r\nMessage-ID: <oauth2-"
        + n
        + "@example.org>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
        + "Letter "
        + n
        + ": I want this letter in front of your CEO.\r\n";
  }

  private String[] settings() {
    String tokenUri = tokens.tokenUri();
    return new String[] {
      // read over POP3, which logs in afresh on every pass: each pass needs a valid token
      "--escalation.intake.mailboxes[0].name=oauth-pop3",
      "--escalation.intake.mailboxes[0].protocol=pop3",
      "--escalation.intake.mailboxes[0].host=" + TestServices.imapHost(),
      "--escalation.intake.mailboxes[0].port=" + TestServices.oauthPop3Port(),
      "--escalation.intake.mailboxes[0].username=" + TestMailbox.OAUTH.user(),
      "--escalation.intake.mailboxes[0].auth=oauth2",
      "--escalation.intake.mailboxes[0].oauth2.provider=generic",
      "--escalation.intake.mailboxes[0].oauth2.token-uri=" + tokenUri,
      "--escalation.intake.mailboxes[0].oauth2.client-id=intake-app",
      "--escalation.intake.mailboxes[0].oauth2.client-secret=" + INTAKE_SECRET,
      "--escalation.intake.mailboxes[0].oauth2.scope=mail",
      "--escalation.intake.mailboxes[0].oauth2.refresh-token-file=" + refreshTokenFile,
      // the same app with a wrong secret: a clear error, and the mailbox above keeps working
      "--escalation.intake.mailboxes[1].name=wrong-secret",
      "--escalation.intake.mailboxes[1].protocol=imap",
      "--escalation.intake.mailboxes[1].host=" + TestServices.imapHost(),
      "--escalation.intake.mailboxes[1].port=" + TestServices.oauthImapPort(),
      "--escalation.intake.mailboxes[1].username=" + TestMailbox.OAUTH.user(),
      "--escalation.intake.mailboxes[1].auth=oauth2",
      "--escalation.intake.mailboxes[1].oauth2.token-uri=" + tokenUri,
      "--escalation.intake.mailboxes[1].oauth2.client-id=intake-app",
      "--escalation.intake.mailboxes[1].oauth2.client-secret=not-the-secret",
      // escalations leave through Dovecot's submission service, which relays to the daemon's
      // embedded SMTP server, where the executives' mailboxes are
      "--escalation.embedded-mail.smtp-port=" + TestServices.oauthRelayPort(),
      "--escalation.smtp.host=" + TestServices.imapHost(),
      "--escalation.smtp.port=" + TestServices.oauthSubmissionPort(),
      "--escalation.smtp.username=" + TestMailbox.OAUTH.user(),
      "--escalation.smtp.auth=oauth2",
      "--escalation.smtp.oauth2.token-uri=" + tokenUri,
      "--escalation.smtp.oauth2.client-id=smtp-app",
      "--escalation.smtp.oauth2.client-secret=" + SMTP_SECRET,
      "--escalation.smtp.oauth2.scope=smtp"
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mailbox(Daemon daemon, String name) {
    List<Map<String, Object>> all =
        daemon.api().get().uri(daemon.url("/api/mailboxes")).retrieve().body(List.class);
    return all.stream().filter(m -> name.equals(m.get("name"))).findFirst().orElseThrow();
  }

  @Test
  void readsAndSendsAcrossTokenExpiriesAndRecoversFromARevokedRefreshToken() throws Exception {
    try (Daemon daemon = new Daemon(work).withClock(clock).start(settings())) {
      // a wrong client secret: one clear reason at once, and the other mailbox is not held up
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> mailbox(daemon, "wrong-secret").get("token") != null);
      Map<String, Object> wrong = mailbox(daemon, "wrong-secret");
      assertThat(wrong.get("up")).isEqualTo(false);
      assertThat(wrong.toString())
          .contains("token endpoint refused the client id or secret: invalid_client")
          .doesNotContain("not-the-secret");

      // across four token lifetimes: every letter becomes one case, and no pass fails
      List<Long> latencies = new ArrayList<>();
      for (int n = 1; n <= 4; n++) {
        long appended = System.nanoTime();
        dovecot.append(TestMailbox.OAUTH, letter(n));
        int expected = n;
        await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == expected);
        latencies.add((System.nanoTime() - appended) / 1_000_000);
        Map<String, Object> pop3 = mailbox(daemon, "oauth-pop3");
        assertThat(pop3.get("up")).as("after letter %d: %s", n, pop3).isEqualTo(true);
        assertThat(pop3.get("consecutiveFailures")).isEqualTo(0);
        clock.advance(LIFETIME.plusSeconds(1)); // the token in hand has expired
      }
      System.out.println(
          "OAuth2MailIT: letter-to-case ms across expiries "
              + latencies
              + ", token grants "
              + tokens.grants()
              + ", introspections "
              + tokens.introspections());
      assertThat(daemon.cases()).hasSize(4);
      assertThat(tokens.introspections()).isGreaterThanOrEqualTo(4);

      // every escalation went out through Dovecot's submission with an XOAUTH2 token
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.inbox("ceo"), mail -> mail.size() >= 4);

      // a token the servers reject is replaced at once, without a failed pass
      int grants = tokens.grants();
      tokens.revokeAccessTokens();
      dovecot.append(TestMailbox.OAUTH, letter(5));
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 5);
      assertThat(tokens.grants()).isGreaterThan(grants);
      assertThat(mailbox(daemon, "oauth-pop3").get("consecutiveFailures")).isEqualTo(0);

      // the user revokes the consent: DOWN with the reason, and nothing is read meanwhile
      tokens.revokeRefreshToken("rt-first");
      clock.advance(LIFETIME.plusSeconds(1));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> mailbox(daemon, "oauth-pop3").get("up").equals(false));
      Map<String, Object> down = mailbox(daemon, "oauth-pop3");
      assertThat(down.get("token").toString())
          .contains("token endpoint refused the refresh token: invalid_grant");
      String health =
          daemon
              .api()
              .get()
              .uri(daemon.url("/actuator/health"))
              .retrieve()
              .onStatus(status -> status.value() == 503, (request, response) -> {})
              .body(String.class);
      assertThat(health).contains("refused the refresh token: invalid_grant");
      dovecot.append(TestMailbox.OAUTH, letter(6));

      // consent given again, the new refresh token put in its file: UP, and the letter is read
      tokens.acceptRefreshToken("rt-second");
      Files.writeString(refreshTokenFile, "rt-second\n");
      clock.advance(Duration.ofMinutes(2)); // past the refresh and reading backoffs
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 6);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> mailbox(daemon, "oauth-pop3").get("up").equals(true));
      Map<String, Object> token = (Map<String, Object>) mailbox(daemon, "oauth-pop3").get("token");
      assertThat(token.get("validUntil")).isNotNull();
      assertThat(token.get("refreshedAt")).isNotNull();
      assertThat(token.get("lastError")).isNull();
    }
    // the messages stay on the server
    assertThat(dovecot.count(TestMailbox.OAUTH)).isEqualTo(6);
  }

  @Test
  void anEscalationWhoseTokenIsRefusedStaysInTheOutboxUntilTheRelayTakesIt() throws Exception {
    try (Daemon daemon = new Daemon(work).withClock(clock).start(settings())) {
      // the SMTP app's secret was rotated at the provider, but not yet in our configuration
      tokens.client("smtp-app", "rotated-secret", TestMailbox.OAUTH.user());
      tokens.revokeAccessTokens();
      dovecot.append(TestMailbox.OAUTH, letter(1));
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 1);
      Outbox outbox = daemon.bean(Outbox.class);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> tokens.refusals() > 0 && outbox.pendingCount() > 0);
      assertThat(daemon.inbox("ceo")).isEmpty();

      // the provider takes the configured secret again: the escalation goes out on a retry
      tokens.client("smtp-app", SMTP_SECRET, TestMailbox.OAUTH.user());
      clock.advance(Duration.ofMinutes(20)); // past the outbox's and the token's backoff
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.inbox("ceo"), mail -> !mail.isEmpty());
      await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pendingCount() == 0);
    }
  }

  @Test
  void readsAndSendsWithOauthbearer() {
    tokens.client("bearer-app", BEARER_SECRET, TestMailbox.OAUTH.user());
    String tokenUri = tokens.tokenUri();
    String[] settings = {
      "--escalation.intake.mailboxes[0].name=bearer-imap",
      "--escalation.intake.mailboxes[0].protocol=imap",
      "--escalation.intake.mailboxes[0].host=" + TestServices.imapHost(),
      "--escalation.intake.mailboxes[0].port=" + TestServices.oauthImapPort(),
      "--escalation.intake.mailboxes[0].username=" + TestMailbox.OAUTH.user(),
      "--escalation.intake.mailboxes[0].auth=oauth2",
      "--escalation.intake.mailboxes[0].oauth2.mechanism=oauthbearer",
      "--escalation.intake.mailboxes[0].oauth2.token-uri=" + tokenUri,
      "--escalation.intake.mailboxes[0].oauth2.client-id=bearer-app",
      "--escalation.intake.mailboxes[0].oauth2.client-secret=" + BEARER_SECRET,
      "--escalation.embedded-mail.smtp-port=" + TestServices.oauthRelayPort(),
      "--escalation.smtp.host=" + TestServices.imapHost(),
      "--escalation.smtp.port=" + TestServices.oauthSubmissionPort(),
      "--escalation.smtp.username=" + TestMailbox.OAUTH.user(),
      "--escalation.smtp.auth=oauth2",
      "--escalation.smtp.oauth2.mechanism=oauthbearer",
      "--escalation.smtp.oauth2.token-uri=" + tokenUri,
      "--escalation.smtp.oauth2.client-id=bearer-app",
      "--escalation.smtp.oauth2.client-secret=" + BEARER_SECRET
    };
    try (Daemon daemon = new Daemon(work).withClock(clock).start(settings)) {
      dovecot.append(TestMailbox.OAUTH, bearerLetter(1));
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.inbox("ceo"), mail -> !mail.isEmpty());

      clock.advance(LIFETIME.plusSeconds(1)); // the token in hand has expired
      dovecot.append(TestMailbox.OAUTH, bearerLetter(2));
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 2);
      Map<String, Object> imap = mailbox(daemon, "bearer-imap");
      assertThat(imap.get("up")).as("%s", imap).isEqualTo(true);
      assertThat(tokens.introspections()).isGreaterThanOrEqualTo(2);
    }
  }

  private static String bearerLetter(int n) {
    return letter(n).replace("oauth2-" + n + "@", "bearer-" + n + "@");
  }

  private static String[] mailbox(int n, String name, String... oauth2) {
    String prefix = "--escalation.intake.mailboxes[" + n + "].";
    List<String> settings =
        new ArrayList<>(
            List.of(
                prefix + "name=" + name,
                prefix + "protocol=imap",
                prefix + "host=" + TestServices.imapHost(),
                prefix + "port=" + TestServices.oauthImapPort(),
                prefix + "username=" + TestMailbox.OAUTH.user(),
                prefix + "auth=oauth2"));
    for (String setting : oauth2) {
      settings.add(prefix + "oauth2." + setting);
    }
    return settings.toArray(String[]::new);
  }

  @Test
  void aServiceAccountReadsACertificateSendsAndBrokenKeysAreDownWithTheirReason() throws Exception {
    KeyPair serviceKey = TestKeys.rsa();
    tokens.serviceAccount(SERVICE_ACCOUNT, (RSAPublicKey) serviceKey.getPublic());
    Path keyFile =
        TestKeys.serviceAccountKeyFile(work, SERVICE_ACCOUNT, serviceKey, tokens.tokenUri());
    Path wrongKeyDir = work.resolve("wrong");
    Files.createDirectories(wrongKeyDir);
    Path wrongKeyFile =
        TestKeys.serviceAccountKeyFile(
            wrongKeyDir, SERVICE_ACCOUNT, TestKeys.rsa(), tokens.tokenUri());
    TestKeys.Certificate certificate = TestKeys.selfSigned(work, "escalations-app", "p12-Pass");
    tokens.certificateClient("entra-app-id", certificate.certificate(), TestMailbox.OAUTH.user());

    List<String> settings = new ArrayList<>();
    settings.addAll(
        List.of(
            mailbox(
                0,
                "gmail",
                "provider=google",
                "service-account-key-file=" + keyFile,
                "subject=" + TestMailbox.OAUTH.user())));
    settings.addAll(
        List.of(
            mailbox(
                1,
                "gmail-wrong-key",
                "provider=google",
                "service-account-key-file=" + wrongKeyFile,
                "subject=" + TestMailbox.OAUTH.user())));
    Path missing = work.resolve("no-such-certificate.pem");
    settings.addAll(
        List.of(
            mailbox(
                2,
                "m365-no-certificate",
                "provider=microsoft",
                "tenant=contoso.onmicrosoft.com",
                "token-uri=" + tokens.tokenUri(),
                "client-id=entra-app-id",
                "client-certificate-file=" + missing)));
    settings.addAll(
        List.of(
            "--escalation.embedded-mail.smtp-port=" + TestServices.oauthRelayPort(),
            "--escalation.smtp.host=" + TestServices.imapHost(),
            "--escalation.smtp.port=" + TestServices.oauthSubmissionPort(),
            "--escalation.smtp.username=" + TestMailbox.OAUTH.user(),
            "--escalation.smtp.auth=oauth2",
            "--escalation.smtp.oauth2.provider=microsoft",
            "--escalation.smtp.oauth2.tenant=contoso.onmicrosoft.com",
            "--escalation.smtp.oauth2.token-uri=" + tokens.tokenUri(),
            "--escalation.smtp.oauth2.client-id=entra-app-id",
            "--escalation.smtp.oauth2.client-certificate-file=" + certificate.pkcs12(),
            "--escalation.smtp.oauth2.client-certificate-password=p12-Pass"));

    try (Daemon daemon =
        new Daemon(work.resolve("daemon"))
            .withClock(clock)
            .start(settings.toArray(String[]::new))) {
      dovecot.append(
          TestMailbox.OAUTH,
          "From: Customer <customer@example.org>\r\nTo: support@example.com\r\n"
              + "Subject: Signed complaint\r\nMessage-ID: <signed-1@example.org>\r\n"
              + "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n\r\n"
              + "I want this in front of your CEO today.\r\n");
      await().atMost(Duration.ofSeconds(30)).until(daemon::cases, c -> c.size() == 1);
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> daemon.inbox("ceo"), mail -> !mail.isEmpty());
      assertThat(mailbox(daemon, "gmail").get("up")).isEqualTo(true);

      Map<String, Object> wrongKey = mailbox(daemon, "gmail-wrong-key");
      assertThat(wrongKey.get("up")).isEqualTo(false);
      assertThat(wrongKey.get("token").toString())
          .contains(
              "token endpoint refused the service account's signed assertion: invalid_grant"
                  + " (Invalid JWT Signature.)");
      Map<String, Object> noCertificate = mailbox(daemon, "m365-no-certificate");
      assertThat(noCertificate.get("up")).isEqualTo(false);
      assertThat(noCertificate.get("token").toString())
          .contains("cannot use the client certificate file " + missing + ": no such file")
          .doesNotContain("p12-Pass");
    }
  }
}
