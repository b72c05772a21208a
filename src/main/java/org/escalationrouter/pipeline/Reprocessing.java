package org.escalationrouter.pipeline;

import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a quarantined message another try, on request only: it is marked released and its key
 * forgotten in one transaction, then it goes through the pipeline once, exactly as it arrived. If
 * it fails again it is held again under a new id; nothing retries by itself, so a message that
 * always fails can never loop.
 */
@Component
class Reprocessing {

  /** What became of the message this time. */
  enum Result {
    CASE,
    QUARANTINED,
    NO_CASE
  }

  /** The outcome: the case it became (or joined), or the new quarantine id and reason. */
  record Outcome(long released, Result result, String caseId, Long quarantineId, String reason) {}

  /**
   * The row holds no bytes: the server would not give the message (FETCH_FAILED), so there is
   * nothing to send through the pipeline; the message is still in its mailbox. The row stays held.
   */
  static final class NothingToReprocess extends RuntimeException {
    NothingToReprocess(long id, String mailbox) {
      super(
          "nothing to reprocess: quarantined message "
              + id
              + " has no bytes (the server would not give it); it is still in mailbox "
              + mailbox);
    }
  }

  private static final Logger log = LoggerFactory.getLogger(Reprocessing.class);

  private final Quarantine quarantine;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ProducerTemplate producer;

  Reprocessing(
      Quarantine quarantine, JdbcClient jdbc, TransactionTemplate tx, ProducerTemplate producer) {
    this.quarantine = quarantine;
    this.jdbc = jdbc;
    this.tx = tx;
    this.producer = producer;
  }

  /** Empty when no message with this id is held (unknown, or released already). */
  Optional<Outcome> reprocess(long id) {
    Optional<Quarantine.Release> release = quarantine.release(id);
    if (release.isEmpty()) {
      return Optional.empty();
    }
    Quarantine.Release r = release.get();
    if (r.message().raw().length == 0) {
      throw new NothingToReprocess(id, r.message().mailbox());
    }
    Boolean mine =
        tx.execute(
            s -> {
              if (!quarantine.markReleased(id)) {
                return false;
              }
              // only the quarantine's own record: a case made meanwhile from another copy stays
              jdbc.sql(
                      "delete from processed_message where idem_key = ? and outcome = 'quarantined'")
                  .param(r.key())
                  .update();
              return true;
            });
    if (!Boolean.TRUE.equals(mine)) {
      return Optional.empty();
    }
    Exchange done = producer.send(PipelineRoute.ENTRY, e -> e.getMessage().setBody(r.message()));
    Outcome outcome = outcome(id, done);
    // the reason can quote the message or a dropped file's name: at DEBUG only
    log.info(
        "Quarantined message #{} reprocessed: {}{}",
        id,
        outcome.result(),
        outcome.caseId() != null
            ? " as " + outcome.caseId()
            : outcome.quarantineId() != null ? " as #" + outcome.quarantineId() : "");
    log.debug("Quarantined message #{} reprocessed: {}", id, outcome);
    return Optional.of(outcome);
  }

  private static Outcome outcome(long id, Exchange done) {
    String reason = done.getProperty(IncomingMessage.QUARANTINED, String.class);
    if (reason != null || done.getException() != null) {
      return new Outcome(
          id,
          Result.QUARANTINED,
          null,
          done.getProperty(PipelineSteps.QUARANTINE_ID, Long.class),
          reason != null ? reason : done.getException().toString());
    }
    String caseId = done.getProperty(PipelineSteps.CASE_ID, String.class);
    return caseId != null
        ? new Outcome(id, Result.CASE, caseId, null, null)
        : new Outcome(id, Result.NO_CASE, null, null, null);
  }
}
