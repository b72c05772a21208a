package org.escalationrouter.mailserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class EmbeddedMailDefaultsTest {

  @Test
  void withTheEmbeddedServerOnTheSmtpPortFollowsItsPortAndDemoRelaxationsAreOn() {
    StandardEnvironment env = environment(Map.of("escalation.embedded-mail.smtp-port", "4025"));
    new EmbeddedMailDefaults().postProcessEnvironment(env, null);
    assertThat(env.getProperty("escalation.smtp.port")).isEqualTo("4025");
    assertThat(env.getProperty("escalation.replies.accept-unauthenticated")).isEqualTo("true");
    assertThat(env.getProperty("escalation.web.accept-plain-passwords")).isEqualTo("true");
  }

  @Test
  void aConfiguredValueStillWins() {
    StandardEnvironment env =
        environment(
            Map.of(
                "escalation.embedded-mail.smtp-port", "4025",
                "escalation.smtp.port", "587",
                "escalation.replies.accept-unauthenticated", "false"));
    new EmbeddedMailDefaults().postProcessEnvironment(env, null);
    assertThat(env.getProperty("escalation.smtp.port")).isEqualTo("587");
    assertThat(env.getProperty("escalation.replies.accept-unauthenticated")).isEqualTo("false");
  }

  @Test
  void withRealMailboxesNothingIsRelaxed() {
    StandardEnvironment env =
        environment(Map.of("escalation.intake.mailboxes[0].host", "imap.corp.example"));
    new EmbeddedMailDefaults().postProcessEnvironment(env, null);
    assertThat(env.getProperty("escalation.smtp.port")).isNull();
    assertThat(env.getProperty("escalation.replies.accept-unauthenticated")).isNull();
    assertThat(env.getProperty("escalation.web.accept-plain-passwords")).isNull();
  }

  private static StandardEnvironment environment(Map<String, Object> properties) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return env;
  }
}
