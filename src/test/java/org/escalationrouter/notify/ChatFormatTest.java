package org.escalationrouter.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each format carries the case's facts and keeps a hostile customer's words inert. */
class ChatFormatTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static final ChatNotice HOSTILE =
      new ChatNotice(
          "ESC-000042",
          "escalation",
          "A HIGH letter was escalated to Margaret Hale by rule principal-request-to-ceo.",
          "Fee <!channel> @channel [click](https://evil.example) *now*",
          "high",
          List.of(
              new ChatNotice.SignalEvidence(
                  "principal-request", List.of("forward this letter to the principals")),
              new ChatNotice.SignalEvidence("money-dispute", List.of("<@U123> fee"))),
          new ChatNotice.Person("ceo", "Margaret Hale", "Chief Executive Officer", "ceo@localhost"),
          Instant.parse("2026-12-07T10:30:00Z"),
          "https://router.example.org/cases/ESC-000042",
          "https://router.example.org/ack/signed-token");

  private static String json(String format) {
    return JSON.writeValueAsString(ChatFormat.named(format).body(HOSTILE));
  }

  @Test
  void everyFormatCarriesCaseSeveritySignalsEvidenceExecutiveDeadlineAndLinks() {
    for (String format : List.of("slack", "teams", "mattermost", "json")) {
      assertThat(json(format))
          .as(format)
          .contains(
              "ESC-000042",
              "principal-request",
              "forward this letter to the principals",
              "Margaret Hale",
              "2026",
              "https://router.example.org/cases/ESC-000042",
              "https://router.example.org/ack/signed-token");
      assertThat(json(format).toLowerCase()).as(format).contains("high");
    }
  }

  @Test
  void slackAndMattermostNeitherPingTheChannelNorTurnCustomerWordsIntoMarkup() {
    for (String format : List.of("slack", "mattermost")) {
      String body = json(format);
      assertThat(body).as(format).doesNotContain("<!channel>", "<@U123>", "@channel");
      assertThat(body).as(format).contains("&lt;!channel&gt;");
    }
  }

  @Test
  void teamsSendsAnAdaptiveCardWithLinkActionsAndEscapedMarkdown() {
    String body = json("teams");
    assertThat(body)
        .contains(
            "\"type\":\"message\"",
            "application/vnd.microsoft.card.adaptive",
            "\"type\":\"AdaptiveCard\"",
            "Action.OpenUrl")
        .doesNotContain("[click](https://evil.example)");
  }

  @Test
  void aCaseRecordedWithoutAnExecutiveHasNoDeadlineOrAcknowledgeLink() {
    ChatNotice recorded =
        new ChatNotice(
            "ESC-1", "escalation", "recorded", "s", "low", List.of(), null, null, "u", null);
    assertThat(JSON.writeValueAsString(new SlackMessage().body(recorded)))
        .contains("no one (recorded only)", "no deadline")
        .doesNotContain("\"Acknowledge\"");
  }

  @Test
  void anUnknownFormatIsRefused() {
    assertThatThrownBy(() -> ChatFormat.named("irc")).hasMessageContaining("irc");
  }

  @Test
  void backoffDoublesFromTheFirstRetryUpToTheCap() {
    NotifySettings s =
        new NotifySettings(
            8, Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofSeconds(5), null, null);
    assertThat(List.of(s.backoff(1), s.backoff(2), s.backoff(3), s.backoff(4), s.backoff(30)))
        .containsExactly(
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(40),
            Duration.ofMinutes(1),
            Duration.ofMinutes(1));
  }
}
