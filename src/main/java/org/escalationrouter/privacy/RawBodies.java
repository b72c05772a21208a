package org.escalationrouter.privacy;

import java.util.Collection;
import java.util.Optional;
import org.escalationrouter.cases.BodyStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that deletes stored raw bodies: a case's original (the message as received, or a
 * dropped letter's file), a quarantined message, and the copy of an escalation in the outbox.
 * Retention, erasure and export all go through it. A small body is a column of its row; a large one
 * is a file of the {@link BodyStore}, named by its checksum and so possibly shared by two rows (the
 * same message as a case and in quarantine): a file is deleted when no row refers to it any more.
 */
@Component
public class RawBodies {

  private final JdbcClient jdbc;
  private final BodyStore store;

  public RawBodies(JdbcClient jdbc, BodyStore store) {
    this.jdbc = jdbc;
    this.store = store;
  }

  /** A case's original as received (from its row or its file), if it is still kept. */
  public Optional<byte[]> caseOriginal(String caseId) {
    return jdbc.sql("select raw_message, raw_file, raw_sha256 from escalation_case where id = ?")
        .param(caseId)
        .query(
            (rs, n) ->
                Optional.ofNullable(store.load(rs.getBytes(1), rs.getString(2), rs.getString(3))))
        .optional()
        .flatMap(body -> body);
  }

  /** A quarantined message as received (from its row or its file). */
  public Optional<byte[]> quarantined(long id) {
    return jdbc.sql("select raw, raw_file, raw_sha256 from quarantine where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                Optional.ofNullable(store.load(rs.getBytes(1), rs.getString(2), rs.getString(3))))
        .optional()
        .flatMap(body -> body);
  }

  /**
   * Forgets a case's original, in its row and on disk; the case, its evidence and timeline stay.
   */
  public int deleteCaseOriginal(String caseId) {
    String file = fileOf("escalation_case", caseId);
    int changed =
        jdbc.sql(
                "update escalation_case set raw_message = null, original_name = null,"
                    + " original_type = null, raw_file = null, raw_sha256 = null where id = ? and"
                    + " (raw_message is not null or original_name is not null or raw_file is not"
                    + " null)")
            .param(caseId)
            .update();
    forgetIfUnused(file);
    return changed;
  }

  /** Deletes a quarantined message: its body goes with its row, and its file if no row needs it. */
  public int deleteQuarantined(long id) {
    String file = fileOf("quarantine", id);
    int deleted = jdbc.sql("delete from quarantine where id = ?").param(id).update();
    forgetIfUnused(file);
    return deleted;
  }

  private String fileOf(String table, Object id) {
    return jdbc.sql("select raw_file from " + table + " where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  private void forgetIfUnused(String file) {
    if (file == null) {
      return;
    }
    long users =
        jdbc.sql(
                "select (select count(*) from escalation_case where raw_file = ?)"
                    + " + (select count(*) from quarantine where raw_file = ?)")
            .params(file, file)
            .query(Long.class)
            .single();
    if (users == 0) {
      store.delete(file);
    }
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
