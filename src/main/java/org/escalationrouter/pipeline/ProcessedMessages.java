package org.escalationrouter.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every message ever accounted for, by idempotency key, and what became of it. */
@Repository
class ProcessedMessages {

  /** What became of a message. */
  enum Outcome {
    CASE,
    FOLLOW_UP,
    AUTOMATED,
    QUARANTINED
  }

  private final JdbcClient jdbc;
  private final Clock clock;

  ProcessedMessages(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean seen(String key) {
    return jdbc.sql("select count(*) from processed_message where idem_key = ?")
            .param(key)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Records the outcome; fails with DuplicateKeyException when another worker was faster. */
  void record(String key, String mailbox, Outcome outcome, String caseId) {
    jdbc.sql(
            "insert into processed_message (idem_key, mailbox, outcome, case_id, processed_at)"
                + " values (?,?,?,?,?)")
        .params(key, mailbox, outcome.name().toLowerCase(), caseId, Timestamp.from(clock.instant()))
        .update();
  }

  void forget(String key) {
    jdbc.sql("delete from processed_message where idem_key = ?").param(key).update();
  }
}
