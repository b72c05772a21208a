package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rule posts its case to three webhooks of a server the test runs: one answers at once, one fails
 * with a 500 first, one is gone (404). The case is committed first and posted after; the 500 is
 * retried with the same idempotency key and delivered once; the 404 is given up and the timeline
 * says so. A rule in the same folder whose hook is not configured is left out at start, and health
 * says so.
 */
class WebhookNotifyTest {

  @TempDir Path work;

  @Test
  void ruleWebhooksAreDeliveredAfterCommitRetriedOnServerErrorsAndGivenUpWhenGone()
      throws Exception {
    try (WebhookReceiver hooks =
        new WebhookReceiver()
            .answer("/json", 200)
            .answer("/slack", 500, 200)
            .answer("/teams", 404)) {
      Path routes = routesWithHooks();
      try (Daemon daemon =
          new Daemon(work)
              .start(
                  "--escalation.routes.dir=" + routes,
                  "--hooks.base=" + hooks.base(),
                  "--escalation.notify.first-retry=300ms",
                  "--escalation.notify.poll-interval=100ms",
                  "--escalation.web.base-url=https://router.example.org")) {
        daemon.send(
            "jane@example.com",
            "support@localhost",
            "Disputed <!channel> fee",
            "Please forward this letter to the principals of the firm. I was charged a $149 fee"
                + " I never agreed to.",
            "<hook-1@example.com>");

        await().atMost(Duration.ofSeconds(30)).until(() -> hooks.received("/json").size() == 1);
        String caseId = String.valueOf(daemon.cases().get(0).get("id"));
        JsonNode json =
            JsonMapper.builder().build().readTree(hooks.received("/json").get(0).body());
        assertThat(json.get("caseId").asString()).isEqualTo(caseId);
        assertThat(json.get("kind").asString()).isEqualTo("escalation");
        assertThat(json.get("severity").asString()).isIn("high", "critical");
        assertThat(json.get("executive").get("id").asString()).isEqualTo("ceo");
        assertThat(json.get("executive").get("name").asString()).isEqualTo("Margaret Hale");
        assertThat(json.get("deadline").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(json.get("links").get("case").asString())
            .isEqualTo("https://router.example.org/cases/" + caseId);
        assertThat(json.get("links").get("acknowledge").asString())
            .startsWith("https://router.example.org/ack/");
        JsonNode signals = json.get("signals");
        assertThat(signals.findValuesAsString("name")).contains("principal-request");
        assertThat(signals.toString()).contains("principals");

        await().atMost(Duration.ofSeconds(30)).until(() -> hooks.received("/slack").size() == 2);
        List<WebhookReceiver.Request> slack = hooks.received("/slack");
        assertThat(slack.get(0).idempotencyKey())
            .isNotBlank()
            .isEqualTo(slack.get(1).idempotencyKey());
        assertThat(slack.get(0).body()).isEqualTo(slack.get(1).body());
        assertThat(slack.get(0).body()).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(slack.get(0).contentType()).startsWith("application/json");

        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> timeline(daemon, caseId).contains("notify-failed"));
        assertThat(timeline(daemon, caseId)).contains("teams webhook on 127.0.0.1", "HTTP 404");
        assertThat(hooks.received("/teams")).hasSize(1);
        assertThat(hooks.received("/teams").get(0).body()).contains("AdaptiveCard");

        // the folder also holds a rule whose hook is not configured: started without it, said so
        String health = String.valueOf(daemon.get("/actuator/health"));
        assertThat(health)
            .contains("rejectedAtStart", "unresolved placeholder {{UNSET_TEAMS_HOOK}}")
            .contains("rule medium-or-higher-to-head-of-service");

        JdbcClient db = daemon.bean(JdbcClient.class);
        await()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    db.sql("select count(*) from webhook_outbox where status = 'pending'")
                            .query(Long.class)
                            .single()
                        == 0);
        assertThat(
                db.sql("select status from webhook_outbox order by format")
                    .query(String.class)
                    .list())
            .containsExactly("sent", "sent", "failed");
        assertThat(hooks.received("/slack")).hasSize(2);
        assertThat(hooks.received("/json")).hasSize(1);
      }
    }
  }

  private static String timeline(Daemon daemon, String caseId) {
    return String.valueOf(daemon.get("/api/cases/" + caseId).get("timeline"));
  }

  /**
   * The shipped routes, with the CEO's rule also posting to the three hooks, and the head of
   * service's rule to a hook whose placeholder is not set.
   */
  private Path routesWithHooks() throws Exception {
    Path routes = WebhookReceiver.shippedRoutesIn(work);
    Path rules = routes.resolve("escalation.camel.yaml");
    String ceo = "                  - to: escalate:ceo?policy=principal\n";
    String service = "                  - to: escalate:head-of-service?policy=standard\n";
    String text = Files.readString(rules);
    assertThat(text).contains(ceo, service);
    text =
        text.replace(
            service,
            "                  - to: \"notify:teams?webhook={{UNSET_TEAMS_HOOK}}\"\n" + service);
    Files.writeString(
        rules,
        text.replace(
            ceo,
            "                  - to: \"notify:json?webhook={{hooks.base}}/json\"\n"
                + "                  - to: \"notify:slack?webhook={{hooks.base}}/slack\"\n"
                + "                  - to: \"notify:teams?webhook={{hooks.base}}/teams\"\n"
                + ceo));
    return routes;
  }
}
