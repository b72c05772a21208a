package org.escalationrouter.pipeline;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the metrics read about the messages taken in: how many each mailbox gave, how many were
 * automated mail, and how many wait in quarantine. Read-only; the pipeline's stores write.
 */
@Repository
public class IntakeFigures {

  private final JdbcClient jdbc;

  IntakeFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Messages accounted for, by mailbox, all time. */
  public Map<String, Long> messagesByMailbox() {
    return counted("select mailbox, count(*) from processed_message group by mailbox");
  }

  /** Automated mail (bounces, auto-replies, reports) set aside, by kind, all time. */
  public Map<String, Long> automatedByKind() {
    return counted("select kind, count(*) from automated_mail group by kind");
  }

  /** Messages held in quarantine now. */
  public long quarantineHeld() {
    return jdbc.sql("select count(*) from quarantine where status = 'held'")
        .query(Long.class)
        .single();
  }

  private Map<String, Long> counted(String sql) {
    return jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
