package org.escalationrouter.mailauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.sasl.Sasl;
import javax.security.sasl.SaslClient;
import org.junit.jupiter.api.Test;

/** RFC 7628 OAUTHBEARER as Angus Mail's IMAP and SMTP get it: through Java SASL. */
class OAuthBearerSaslClientTest {

  private static final String TOKEN = "ya29.a0-Token_Value";

  private static SaslClient throughJavaSasl(String user, Map<String, ?> props) throws Exception {
    OAuthBearerSaslClientFactory.install();
    return Sasl.createSaslClient(
        new String[] {"OAUTHBEARER"},
        null,
        "imap",
        "imap.example.com",
        props,
        callbacks -> {
          for (var callback : callbacks) {
            if (callback instanceof NameCallback name) {
              name.setName(user);
            } else if (callback instanceof PasswordCallback password) {
              password.setPassword(TOKEN.toCharArray());
            }
          }
        });
  }

  @Test
  void theInitialResponseIsTheGs2HeaderHostPortAndBearerToken() throws Exception {
    SaslClient client =
        throughJavaSasl("support@example.com", Map.of(OAuthBearerSaslClientFactory.PORT, "993"));

    assertThat(client.getMechanismName()).isEqualTo("OAUTHBEARER");
    assertThat(client.hasInitialResponse()).isTrue();
    byte[] response = client.evaluateChallenge(new byte[0]);
    assertThat(response)
        .isEqualTo(
            ("n,a=support@example.com,\u0001host=imap.example.com\u0001port=993\u0001"
                    + "auth=Bearer "
                    + TOKEN
                    + "\u0001\u0001")
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(client.isComplete()).as("the server may still send its error").isFalse();
  }

  @Test
  void aRefusalChallengeIsAnsweredWithALoneSeparator() throws Exception {
    SaslClient client = throughJavaSasl("support@example.com", Map.of());
    client.evaluateChallenge(new byte[0]);
    byte[] error =
        "{\"status\":\"invalid_token\",\"scope\":\"mail\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(client.evaluateChallenge(error)).containsExactly(1);
    assertThat(client.isComplete()).isTrue();
  }

  @Test
  void commaAndEqualsInTheUserAreEscapedAndAnUnknownPortIsLeftOut() {
    assertThat(
            new String(
                OAuthBearerSaslClient.initialResponse("a,b=c", "h", null, "t"),
                StandardCharsets.UTF_8))
        .isEqualTo("n,a=a=2Cb=3Dc,\u0001host=h\u0001auth=Bearer t\u0001\u0001");
  }

  @Test
  void disposingForgetsTheToken() throws Exception {
    SaslClient client = throughJavaSasl("u", Map.of());
    client.dispose();
    assertThat(new String(client.evaluateChallenge(new byte[0]), StandardCharsets.UTF_8))
        .doesNotContain(TOKEN);
    assertThatThrownBy(() -> client.wrap(new byte[1], 0, 1))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOauthbearerLoginAsksAngusForSaslWithThePort() {
    TokenSource tokens =
        new MailTokens(Clock.systemUTC(), new SimpleMeterRegistry())
            .register(
                "support",
                new OAuth2Credential(
                    Provider.GOOGLE,
                    null,
                    null,
                    "id",
                    "secret",
                    null,
                    null,
                    "rt",
                    null,
                    SaslMechanism.OAUTHBEARER,
                    null,
                    null,
                    null,
                    null,
                    null));
    Properties session = new Properties();
    MailLogin.oauth2("support@example.com", tokens).configure(session, "smtp", 587);
    assertThat(session)
        .containsEntry("mail.smtp.sasl.enable", "true")
        .containsEntry("mail.smtp.sasl.mechanisms", "OAUTHBEARER")
        .containsEntry("mail.smtp.auth.plain.disable", "true")
        .containsEntry(OAuthBearerSaslClientFactory.PORT, "587");
    assertThatThrownBy(
            () ->
                MailLogin.oauth2("support@example.com", tokens)
                    .configure(new Properties(), "pop3s", 995))
        .hasMessageContaining("not available for pop3");
  }
}
