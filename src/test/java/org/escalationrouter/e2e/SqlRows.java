package org.escalationrouter.e2e;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The first column of a query's rows, for tests that check a daemon's database directly. */
final class SqlRows {

  private SqlRows() {}

  static List<Long> longs(Statement s, String sql) throws SQLException {
    List<Long> all = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        all.add(rs.getLong(1));
      }
    }
    return all;
  }

  static List<String> strings(Statement s, String sql) throws SQLException {
    List<String> all = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        all.add(rs.getString(1));
      }
    }
    return all;
  }
}
