package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.HttpClientErrorException;

/**
 * One person's data, the way the daemon comes to hold it: two letters that became escalated cases
 * (one with a follow-up), an auto-reply, a quarantined message; another customer's case beside it.
 * Then an export, a refused erasure, a forced one, and a scan of every table. Shared by the H2 test
 * and the PostgreSQL integration test.
 */
final class ErasureScenario {

  static final String ADDRESS = "jane.doe@example.org";
  static final String NAME = "Jane Doe";
  static final String OTHER = "sam.other@example.com";

  private ErasureScenario() {}

  @SuppressWarnings("unchecked")
  static void run(Daemon daemon) throws Exception {
    String from = NAME + " <" + ADDRESS + ">";
    daemon.send(
        from,
        "support@localhost",
        "Fee on my late husband's account",
        "My husband died in March and I am 84. You charged a $149 fee I never agreed to.\n"
            + "Please forward this letter to the principals of the firm.\n\nRegards,\n"
            + NAME,
        "<erase-1@example.org>");
    daemon.send(
        from,
        "support@localhost",
        "Cancelling",
        "I will cancel my contract and tell everyone. " + NAME,
        "<erase-2@example.org>");
    daemon.send(
        OTHER,
        "support@localhost",
        "Overcharged",
        "I will contact my attorney about this charge.",
        "<erase-3@example.com>");
    await().atMost(Duration.ofSeconds(60)).until(() -> daemon.cases().size() == 3);
    MailFixtures.sendRaw(
        daemon.smtpPort,
        ADDRESS,
        "support@localhost",
        ("From: "
                + from
                + "\r\nTo: support@localhost\r\nSubject: Re: Fee on my late husband's"
                + " account\r\nIn-Reply-To: <erase-1@example.org>\r\nMessage-ID:"
                + " <erase-4@example.org>\r\n\r\nI am still waiting. "
                + NAME
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    MailFixtures.sendRaw(
        daemon.smtpPort,
        ADDRESS,
        "support@localhost",
        ("From: "
                + from
                + "\r\nTo: support@localhost\r\nSubject: Automatic reply: away\r\n"
                + "Auto-Submitted: auto-replied\r\nMessage-ID: <erase-5@example.org>\r\n\r\n"
                + "I am away until Monday. "
                + NAME
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    JdbcClient jdbc = JdbcClient.create(daemon.bean(DataSource.class));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                jdbc.sql("select count(*) from processed_message").query(Long.class).single() >= 5);
    jdbc.sql(
            "insert into quarantine (mailbox, source, idem_key, reason, raw, status, received_at)"
                + " values ('support', 'INBOX uid 9', 'erase-held', 'parser failed', ?, 'held', ?)")
        .params(
            ("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n").getBytes(StandardCharsets.UTF_8),
            Timestamp.from(Instant.now()))
        .update();
    assertThat(PersonalDataScan.find(daemon.bean(DataSource.class), List.of(ADDRESS, NAME)))
        .as("the scenario stores the person's data in many places")
        .hasSizeGreaterThan(8);

    Map<String, Object> export =
        daemon
            .api()
            .get()
            .uri(daemon.url("/api/subjects/export?email=" + ADDRESS))
            .retrieve()
            .body(Map.class);
    byte[] zip =
        daemon
            .api()
            .get()
            .uri(daemon.url("/api/subjects/export?email=" + ADDRESS + "&format=zip"))
            .retrieve()
            .body(byte[].class);
    List<String> zipped = entries(zip);

    Map<String, Object> refused;
    try {
      daemon
          .api()
          .post()
          .uri(daemon.url("/api/subjects/erase"))
          .contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("email", ADDRESS))
          .retrieve()
          .body(Map.class);
      throw new AssertionError("an erasure of cases under an open SLA was not refused");
    } catch (HttpClientErrorException.Conflict e) {
      refused = e.getResponseBodyAs(Map.class);
    }
    assertThat(refused.get("erased")).isEqualTo(false);
    assertThat((List<String>) refused.get("openCases")).hasSize(2);
    assertThat(PersonalDataScan.find(daemon.bean(DataSource.class), List.of(ADDRESS))).isNotEmpty();

    Map<String, Object> report =
        daemon
            .api()
            .post()
            .uri(daemon.url("/api/subjects/erase"))
            .contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("email", ADDRESS, "force", true))
            .retrieve()
            .body(Map.class);
    assertThat(report.get("erased")).isEqualTo(true);

    assertThat(PersonalDataScan.find(daemon.bean(DataSource.class), List.of(ADDRESS, NAME)))
        .as("rows holding the address or the name after erasure")
        .isEmpty();
    // the export held everything the erasure removed, and the originals
    List<String> exportedCases = ids((List<Map<String, Object>>) export.get("cases"));
    assertThat(exportedCases).hasSize(2).isEqualTo(report.get("casesAnonymized"));
    assertThat(ids((List<Map<String, Object>>) export.get("automatedMail")))
        .hasSize(1)
        .isEqualTo(strings((List<Object>) report.get("automatedMailErased")));
    assertThat(ids((List<Map<String, Object>>) export.get("quarantine")))
        .hasSize(1)
        .isEqualTo(strings((List<Object>) report.get("quarantineDeleted")));
    assertThat(export.toString()).contains(NAME, "My husband died", "principals of the firm");
    for (String id : exportedCases) {
      assertThat(zipped).contains("cases/" + id + "/message.eml");
    }
    assertThat(zipped).contains("subject.json").anyMatch(n -> n.startsWith("quarantine/"));

    // the other customer is untouched; the dashboard, the API and the metrics still work
    List<Map<String, Object>> cases = daemon.cases();
    assertThat(cases).hasSize(3);
    assertThat(cases).anySatisfy(c -> assertThat(c.get("sender")).isEqualTo(OTHER));
    assertThat(cases)
        .filteredOn(c -> exportedCases.contains(c.get("id")))
        .allSatisfy(
            c -> {
              assertThat(c.get("sender")).isEqualTo("anonymized");
              assertThat((List<String>) c.get("signals")).isNotEmpty();
            });
    Map<String, Object> one = daemon.get("/api/cases/" + exportedCases.get(0));
    assertThat((List<?>) one.get("timeline")).isNotEmpty();
    assertThat((List<?>) one.get("evidence")).isNotEmpty();
    String metrics =
        daemon.api().get().uri(daemon.url("/actuator/prometheus")).retrieve().body(String.class);
    assertThat(metrics).contains("escalation_cases_total");
    String audit =
        daemon
            .api()
            .get()
            .uri(daemon.url("/api/audit?action=subject-erase"))
            .retrieve()
            .body(String.class);
    assertThat(audit).contains("refused-open-sla", "\"erased\"", "sha256:");
  }

  private static List<String> ids(List<Map<String, Object>> rows) {
    return rows.stream().map(r -> String.valueOf(r.get("id"))).toList();
  }

  private static List<String> strings(List<Object> values) {
    return values.stream().map(String::valueOf).toList();
  }

  private static List<String> entries(byte[] zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        names.add(e.getName());
      }
    }
    return names;
  }
}
