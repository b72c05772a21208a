package org.escalationrouter.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How far each mailbox has been read: for IMAP the folder's UIDVALIDITY and the highest UID fully
 * processed, for POP3 every UIDL processed. Flags such as \Seen are never relied on.
 */
@Repository
class MailboxCursors {

  record Cursor(long uidValidity, long lastUid) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  MailboxCursors(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Cursor> find(String mailbox, String folder) {
    return jdbc.sql(
            "select uid_validity, last_uid from mailbox_cursor where mailbox = ? and folder = ?")
        .params(mailbox, folder)
        .query((rs, n) -> new Cursor(rs.getLong(1), rs.getLong(2)))
        .optional();
  }

  /** Records that every message up to {@code uid} is processed. */
  void advance(String mailbox, String folder, long uidValidity, long uid) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated =
        jdbc.sql(
                "update mailbox_cursor set uid_validity = ?, last_uid = ?, updated_at = ?"
                    + " where mailbox = ? and folder = ?")
            .params(uidValidity, uid, now, mailbox, folder)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into mailbox_cursor (mailbox, folder, uid_validity, last_uid, updated_at)"
                  + " values (?,?,?,?,?)")
          .params(mailbox, folder, uidValidity, uid, now)
          .update();
    }
  }

  boolean pop3Seen(String mailbox, String uidl) {
    return jdbc.sql("select count(*) from pop3_seen where mailbox = ? and uidl = ?")
            .params(mailbox, uidl)
            .query(Long.class)
            .single()
        > 0;
  }

  void pop3Done(String mailbox, String uidl) {
    jdbc.sql("insert into pop3_seen (mailbox, uidl, seen_at) values (?,?,?)")
        .params(mailbox, uidl, Timestamp.from(clock.instant()))
        .update();
  }
}
