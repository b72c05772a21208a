package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.e2e.Daemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus figures move when a letter becomes a case and its escalation goes out. */
class RouterMetricsTest {

  @TempDir Path work;

  @Test
  void countersMoveAfterALetterIsProcessed() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      WebSession admin = new WebSession(daemon);
      String before = scrape(admin, daemon);
      assertThat(value(before, "escalation_cases_total\\{severity=\"high\"}")).isZero();
      assertThat(value(before, "escalation_quarantine_held")).isZero();

      daemon.send(
          "jane@example.com",
          "support@localhost",
          "Disputed fee",
          "Please forward this letter to the principals of the firm.",
          "<metrics-1@example.com>");

      // figures are re-read at most every few seconds: poll the endpoint as Prometheus would
      String after =
          await()
              .atMost(Duration.ofSeconds(40))
              .pollInterval(Duration.ofSeconds(1))
              .until(
                  () -> scrape(admin, daemon),
                  s ->
                      value(s, "escalation_cases_total\\{severity=\"high\"}") == 1
                          && value(s, "escalation_mail_sent_total\\{kind=\"escalation\"}") == 1
                          && value(s, "escalation_delivery_to_case_seconds_count") == 1
                          // a mailbox's meter is registered once it appears in the tables,
                          // so it may show up one scrape later than the cases
                          && value(s, "escalation_messages_received_total\\{mailbox=\"[^\"]+\"}")
                              == 1);
      assertThat(value(after, "escalation_cases_total\\{severity=\"low\"}")).isZero();
      assertThat(after).contains("escalation_automated_mail_total{kind=\"bounce\"}");
      assertThat(after).contains("escalation_sla_breaches_total");
      assertThat(after).contains("escalation_sla_reminders_total");
    }
  }

  private static String scrape(WebSession s, Daemon daemon) throws Exception {
    var response = s.getWithBasic("/actuator/prometheus", "admin", Daemon.ADMIN_PASSWORD);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** The value of the first sample matching the name and labels, or -1 when absent. */
  private static double value(String scrape, String sample) {
    Matcher m = Pattern.compile("(?m)^" + sample + " ([0-9.eE+-]+)$").matcher(scrape);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }
}
