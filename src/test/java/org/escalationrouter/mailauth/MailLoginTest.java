package org.escalationrouter.mailauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** When a failed login is a refused token (so a fresh one is worth one more try). */
class MailLoginTest {

  @Test
  void aRefusedLoginIsARejectedToken() {
    assertThat(MailLogin.rejected(new AuthenticationFailedException("[AUTHENTICATIONFAILED]")))
        .isTrue();
    // Angus's POP3 after a refused XOAUTH2
    assertThat(MailLogin.rejected(new MessagingException("Open failed", new IOException("-ERR"))))
        .isTrue();
    assertThat(MailLogin.rejected(new MessagingException("Open failed", new EOFException())))
        .isTrue();
  }

  @Test
  void aNetworkFailureIsNotARejectedToken() {
    assertThat(MailLogin.rejected(new MessagingException("x", new ConnectException("refused"))))
        .isFalse();
    assertThat(MailLogin.rejected(new MessagingException("x", new SocketTimeoutException())))
        .isFalse();
    assertThat(MailLogin.rejected(new MessagingException("x", new UnknownHostException("h"))))
        .isFalse();
    assertThat(MailLogin.rejected(new MessagingException("no cause"))).isFalse();
  }

  @Test
  void anOAuth2LoginAsksAngusForXoauth2Only() {
    Properties session = new Properties();
    TokenSource tokens =
        new MailTokens(Clock.systemUTC(), new SimpleMeterRegistry())
            .register(
                "support",
                new OAuth2Credential(
                    Provider.GOOGLE, null, null, "id", "secret", null, null, "rt", null));
    MailLogin.oauth2("support@example.com", tokens).configure(session, "imaps", 993);
    assertThat(session)
        .containsEntry("mail.imaps.auth.mechanisms", "XOAUTH2")
        .containsEntry("mail.imaps.auth.plain.disable", "true");
    Properties plain = new Properties();
    MailLogin.password("u", "p").configure(plain, "imap", 143);
    assertThat(plain).isEmpty();
  }
}
