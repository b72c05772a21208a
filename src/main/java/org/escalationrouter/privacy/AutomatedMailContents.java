package org.escalationrouter.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Empties a recorded bounce or auto-reply: sender, subject, Message-ID and records go; the row
 * stays, with its kind and time, because the metrics count automated mail by kind.
 */
@Component
class AutomatedMailContents {

  private final JdbcClient jdbc;
  private final Clock clock;

  AutomatedMailContents(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  int empty(long id) {
    return jdbc.sql(
            "update automated_mail set sender = null, subject = null, message_id = null,"
                + " records = '', erased_at = ? where id = ? and erased_at is null")
        .params(Timestamp.from(clock.instant()), id)
        .update();
  }
}
