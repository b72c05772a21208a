package org.escalationrouter.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.stream.Collectors;
import org.escalationrouter.bounce.AutomatedMail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bounces, auto-replies and bulk mail that reached a mailbox: recorded, never cases. */
@Repository
class AutomatedMailLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  AutomatedMailLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(
      String mailbox,
      String messageId,
      String sender,
      String subject,
      AutomatedMail mail,
      String caseId) {
    String records =
        mail.records().stream()
            .map(
                r ->
                    r.recipient()
                        + " "
                        + r.action()
                        + " "
                        + r.status()
                        + " "
                        + r.reason().wireName())
            .collect(Collectors.joining("\n"));
    jdbc.sql(
            "insert into automated_mail (mailbox, message_id, kind, sender, subject, records,"
                + " case_id, received_at) values (?,?,?,?,?,?,?,?)")
        .params(
            mailbox,
            messageId,
            mail.kind().wireName(),
            sender,
            subject,
            records,
            caseId,
            Timestamp.from(clock.instant()))
        .update();
  }
}
