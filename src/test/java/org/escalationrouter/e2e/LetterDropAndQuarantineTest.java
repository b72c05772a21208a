package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.HttpClientErrorException;

/**
 * The drop folder takes a letter only once it is completely written and files it away in done/ or
 * failed/ (with the reason beside it); a quarantined message can be sent through the pipeline again
 * on request, and one that fails again is simply held again.
 */
class LetterDropAndQuarantineTest {

  @TempDir Path work;

  @Test
  void halfWrittenLetterIsNotTakenUntilItStopsGrowing() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      Path inbox = work.resolve("letters/inbox");
      Path letter = inbox.resolve("slow-scan.txt");
      List<String> chunks =
          List.of(
              "Dear Sir or Madam,\n\n",
              "I have written to you three times about the cancellation fee.\n",
              "Nobody has answered me, not once.\n",
              "Please forward this letter to the principals of the firm.\n",
              "\nYours faithfully,\nJane Doe\n");
      AtomicInteger written = new AtomicInteger();
      ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
      try (OutputStream out = Files.newOutputStream(letter)) {
        // a scanner writing slowly: a chunk every 400 ms, well under the 1 s the drop waits
        writer.scheduleWithFixedDelay(
            () -> {
              int i = written.get();
              if (i < chunks.size()) {
                try {
                  out.write(chunks.get(i).getBytes(StandardCharsets.UTF_8));
                  out.flush();
                  written.incrementAndGet();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            },
            0,
            400,
            TimeUnit.MILLISECONDS);
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () -> {
                  assertThat(letter).exists(); // still in the inbox while it grows
                  assertThat(written.get()).isEqualTo(chunks.size());
                });
        writer.shutdown();
        assertThat(writer.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
      }

      await().atMost(Duration.ofSeconds(60)).until(() -> !daemon.cases().isEmpty());
      assertThat(work.resolve("letters/done/slow-scan.txt")).exists();
      // the whole letter was read, not the first chunks: the request for the principals is in the
      // fourth of five
      assertThat(daemon.cases())
          .singleElement()
          .satisfies(c -> assertThat(c.get("signals")).asList().contains("principal-request"));
    }
  }

  @Test
  void unreadableLetterGoesToFailedWithReasonAndReprocessingHoldsItAgain() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      byte[] junk = new byte[4096];
      for (int i = 0; i < junk.length; i++) {
        junk[i] = (byte) (i % 7);
      }
      Path tmp = work.resolve("junk.bin");
      Files.write(tmp, junk);
      Files.move(tmp, work.resolve("letters/inbox/junk.bin"));

      Path reason = work.resolve("letters/failed/junk.bin.reason.txt");
      // the reason is written before the file consumer moves the file: wait for both
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> Files.exists(reason) && Files.exists(work.resolve("letters/failed/junk.bin")));
      assertThat(Files.readString(reason)).contains("no text");

      List<Map<String, Object>> held = quarantine(daemon);
      assertThat(held).hasSize(1);
      Object id = held.get(0).get("id");
      assertThat(held.get(0).get("status")).isEqualTo("held");

      Map<String, Object> again = reprocess(daemon, id);
      assertThat(again.get("result")).isEqualTo("QUARANTINED");
      assertThat(again.get("quarantineId")).isNotEqualTo(id);
      assertThat(quarantine(daemon))
          .extracting(h -> h.get("status"))
          .containsExactlyInAnyOrder("held", "released");
      // a released message cannot be released twice
      assertThatThrownBy(() -> reprocess(daemon, id))
          .isInstanceOf(HttpClientErrorException.Conflict.class);
      assertThatThrownBy(() -> reprocess(daemon, 999_999))
          .isInstanceOf(HttpClientErrorException.NotFound.class);
      assertThat(daemon.cases()).isEmpty();
    }
  }

  @Test
  void messageHeldAfterATransientFaultBecomesACaseWhenReprocessed() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      // as PipelineSteps.quarantine leaves it when, say, the database failed for a moment
      String raw =
          "From: Jane <jane@example.org>\r\nTo: support@localhost\r\nSubject: Held by a fault\r\n"
              + "Message-ID: <transient-1@example.org>\r\n\r\n"
              + "Please forward this letter to the principals of the firm.\r\n";
      String key = "held-by-fault";
      JdbcClient jdbc = daemon.bean(JdbcClient.class);
      Timestamp now = Timestamp.from(Instant.now());
      jdbc.sql(
              "insert into quarantine (mailbox, source, idem_key, reason, raw, status,"
                  + " received_at) values ('support', 'INBOX uid 7', ?, 'database was down',"
                  + " ?, 'held', ?)")
          .params(key, raw.getBytes(StandardCharsets.UTF_8), now)
          .update();
      jdbc.sql(
              "insert into processed_message (idem_key, mailbox, outcome, processed_at)"
                  + " values (?, 'support', 'quarantined', ?)")
          .params(key, now)
          .update();
      Object id = quarantine(daemon).get(0).get("id");

      Map<String, Object> outcome = reprocess(daemon, id);

      assertThat(outcome.get("result")).isEqualTo("CASE");
      assertThat(daemon.cases())
          .singleElement()
          .satisfies(c -> assertThat(c.get("id")).isEqualTo(outcome.get("caseId")))
          .satisfies(c -> assertThat(c.get("subject")).isEqualTo("Held by a fault"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> quarantine(Daemon daemon) {
    return daemon.api().get().uri(daemon.url("/api/quarantine")).retrieve().body(List.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> reprocess(Daemon daemon, Object id) {
    return daemon
        .api()
        .post()
        .uri(daemon.url("/api/quarantine/" + id + "/reprocess"))
        .retrieve()
        .body(Map.class);
  }
}
