package org.escalationrouter.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of migration V92: {@code audit_entry} refuses every UPDATE, and every DELETE but of an
 * entry older than the cut-off the retention purge has written into {@code audit_purge} in its own
 * transaction. PostgreSQL does the same with a PL/pgSQL trigger.
 */
public final class AuditAppendOnlyTrigger implements Trigger {

  /** The column {@code at} in a row of {@code audit_entry} (id, at, actor, …). */
  private static final int AT = 1;

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (newRow == null && olderThanThePurgeCutOff(connection, oldRow[AT])) {
      return;
    }
    throw new SQLException(
        "audit_entry is append-only: "
            + (newRow == null ? "DELETE" : "UPDATE")
            + " refused (only the retention purge deletes entries, older than its cut-off)",
        "42501");
  }

  private static boolean olderThanThePurgeCutOff(Connection connection, Object at)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "select count(*) from audit_purge where id = 1 and ? < before_at")) {
      s.setObject(1, at);
      try (ResultSet r = s.executeQuery()) {
        return r.next() && r.getLong(1) == 1;
      }
    }
  }
}
