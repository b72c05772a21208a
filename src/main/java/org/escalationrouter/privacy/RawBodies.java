package org.escalationrouter.privacy;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that deletes stored raw bodies: a case's original (the message as received, or a
 * dropped letter's file), a quarantined message, and the copy of an escalation in the outbox.
 * Retention and erasure both call it. Today every body is a column of its row; when large bodies
 * move to files in the data directory, this class learns to delete those files too, and its callers
 * stay as they are.
 */
@Component
public class RawBodies {

  private final JdbcClient jdbc;

  public RawBodies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Forgets a case's original; the case, its evidence and timeline stay. */
  public int deleteCaseOriginal(String caseId) {
    return jdbc.sql(
            "update escalation_case set raw_message = null, original_name = null,"
                + " original_type = null where id = ? and (raw_message is not null"
                + " or original_name is not null)")
        .param(caseId)
        .update();
  }

  /** Deletes a quarantined message: its body goes with its row. */
  public int deleteQuarantined(long id) {
    return jdbc.sql("delete from quarantine where id = ?").param(id).update();
  }

  /**
   * Empties the stored copies of outgoing mail and chat posts of these cases. The rows stay, as the
   * metrics count sent mail; one not sent yet is marked {@code erased} so no sender takes it.
   */
  public int deleteOutgoingCopies(Collection<String> caseIds) {
    int n = 0;
    for (String caseId : caseIds) {
      n +=
          jdbc.sql(
                  "update outbox set raw = ?, status = case when status = 'sent' then status"
                      + " else 'erased' end where case_id = ? and octet_length(raw) > 0")
              .params(new byte[0], caseId)
              .update();
      n +=
          jdbc.sql(
                  "update webhook_outbox set payload = '', status = case when status = 'sent'"
                      + " then status else 'erased' end where case_id = ? and payload <> ''")
              .param(caseId)
              .update();
    }
    return n;
  }

  /** Empties the copy of one sent mail (retention of sent mail). */
  public int deleteSentMailCopy(long outboxId) {
    return jdbc.sql(
            "update outbox set raw = ? where id = ? and status = 'sent' and octet_length(raw) > 0")
        .params(new byte[0], outboxId)
        .update();
  }

  /** Empties one sent chat or webhook post (retention of sent mail). */
  public int deleteSentPost(long webhookId) {
    return jdbc.sql(
            "update webhook_outbox set payload = '' where id = ? and status = 'sent'"
                + " and payload <> ''")
        .param(webhookId)
        .update();
  }
}
