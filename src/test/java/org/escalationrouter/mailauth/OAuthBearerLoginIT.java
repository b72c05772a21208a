package org.escalationrouter.mailauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Service;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import org.escalationrouter.testsupport.AuthorizationServer;
import org.escalationrouter.testsupport.DovecotAccounts;
import org.escalationrouter.testsupport.TestClock;
import org.escalationrouter.testsupport.TestMailbox;
import org.escalationrouter.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OAUTHBEARER against the real OAuth2-only Dovecot: the protocol transcript shows the mechanism
 * used, a token Dovecot's introspection calls active logs in, and a stale one is refused as a
 * rejected token (our client answers the server's error challenge as RFC 7628 asks).
 */
class OAuthBearerLoginIT {

  private static final String SECRET = "bearer-Secret-31";

  private final TestClock clock = TestClock.realTime();
  private final AuthorizationServer server;
  private final TokenSource tokens;

  OAuthBearerLoginIT() throws Exception {
    server =
        new AuthorizationServer(
                TestServices.oauthIntrospectionPort(), clock, Duration.ofSeconds(30))
            .client("bearer-app", SECRET, TestMailbox.OAUTH.user());
    tokens =
        new MailTokens(clock, new SimpleMeterRegistry())
            .register(
                "bearer",
                new OAuth2Credential(
                    Provider.GENERIC,
                    null,
                    server.tokenUri(),
                    "bearer-app",
                    SECRET,
                    null,
                    "mail",
                    null,
                    null,
                    SaslMechanism.OAUTHBEARER,
                    null,
                    null,
                    null,
                    null,
                    null));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Traced(Session session, ByteArrayOutputStream transcript) {}

  private Traced session(String protocol, int port) {
    Properties props = new Properties();
    props.put("mail." + protocol + ".host", TestServices.imapHost());
    props.put("mail." + protocol + ".connectiontimeout", "10000");
    props.put("mail." + protocol + ".timeout", "10000");
    props.put("mail.smtp.auth", "true");
    MailLogin.oauth2(TestMailbox.OAUTH.user(), tokens).configure(props, protocol, port);
    Session session = Session.getInstance(props);
    ByteArrayOutputStream transcript = new ByteArrayOutputStream();
    session.setDebugOut(new PrintStream(transcript, true, StandardCharsets.UTF_8));
    session.setDebug(true);
    return new Traced(session, transcript);
  }

  private static String commands(ByteArrayOutputStream transcript) {
    return transcript.toString(StandardCharsets.UTF_8);
  }

  @Test
  void imapLogsInWithOauthbearerAndReadsTheMailbox() throws Exception {
    DovecotAccounts dovecot = DovecotAccounts.onTestServer();
    dovecot.deleteAll(TestMailbox.OAUTH);
    dovecot.append(
        TestMailbox.OAUTH,
        "From: a@example.org\r\nTo: support@example.com\r\nSubject: bearer\r\n\r\nHello\r\n");
    Traced imap = session("imap", TestServices.oauthImapPort());
    try (Store store = imap.session().getStore("imap")) {
      MailLogin.oauth2(TestMailbox.OAUTH.user(), tokens)
          .connect(store, TestServices.imapHost(), TestServices.oauthImapPort());
      Folder inbox = store.getFolder("INBOX");
      inbox.open(Folder.READ_ONLY);
      assertThat(inbox.getMessageCount()).isEqualTo(1);
      assertThat(inbox.getMessage(1).getSubject()).isEqualTo("bearer");
      inbox.close(false);
    }
    // Angus keeps the SASL exchange (the token) out of its trace, but names the client it used
    assertThat(commands(imap.transcript()))
        .contains("SASL client OAUTHBEARER", "SASL authentication succeeded");
    assertThat(server.introspections()).isPositive();
  }

  @Test
  void smtpSubmissionLogsInWithOauthbearer() throws Exception {
    // Dovecot's submission service opens its relay connection at login: someone must answer
    GreenMail relay =
        new GreenMail(
            new ServerSetup(TestServices.oauthRelayPort(), TestServices.imapHost(), "smtp"));
    relay.start();
    try {
      Traced smtp = session("smtp", TestServices.oauthSubmissionPort());
      Transport transport = smtp.session().getTransport("smtp");
      MailLogin.oauth2(TestMailbox.OAUTH.user(), tokens)
          .connect(transport, TestServices.imapHost(), TestServices.oauthSubmissionPort());
      assertThat(transport.isConnected()).as(commands(smtp.transcript())).isTrue();
      transport.close();
      assertThat(commands(smtp.transcript())).contains("SASL client OAUTHBEARER");
    } finally {
      relay.stop();
    }
  }

  @Test
  void anInactiveTokenIsRefusedAsARejectedToken() throws Exception {
    tokens.token();
    server.revokeAccessTokens(); // Dovecot's introspection now calls the token inactive
    Traced imap = session("imap", TestServices.oauthImapPort());
    Service store = imap.session().getStore("imap");
    MessagingException refused =
        catchThrowableOfType(
            MessagingException.class,
            () ->
                store.connect(
                    TestServices.imapHost(),
                    TestServices.oauthImapPort(),
                    TestMailbox.OAUTH.user(),
                    tokens.token()));
    assertThat(refused).isNotNull();
    assertThat(MailLogin.rejected(refused)).isTrue();
    // the server's error challenge went to our client, which acknowledged it
    assertThat(commands(imap.transcript())).contains("SASL client OAUTHBEARER", "SASL response");

    // MailLogin replaces it at once and logs in
    int grants = server.grants();
    MailLogin.oauth2(TestMailbox.OAUTH.user(), tokens)
        .connect(store, TestServices.imapHost(), TestServices.oauthImapPort());
    assertThat(store.isConnected()).isTrue();
    assertThat(server.grants()).isEqualTo(grants + 1);
    store.close();
  }
}
