package org.escalationrouter.e2e;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reads every column of every table the database's metadata lists and reports each value that holds
 * one of the terms (case-insensitive; bytes read as Latin-1 and UTF-8). Public for the PostgreSQL
 * integration test.
 */
public final class PersonalDataScan {

  private PersonalDataScan() {}

  /** Each finding as {@code table.column (row N): term}; empty when nothing holds a term. */
  public static List<String> find(DataSource db, List<String> terms) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String schema = rs.getString("TABLE_SCHEM");
          if (!"information_schema".equalsIgnoreCase(schema)
              && !"pg_catalog".equalsIgnoreCase(schema)) {
            tables.add(schema + "." + rs.getString("TABLE_NAME"));
          }
        }
      }
      if (tables.size() < 10) {
        throw new AssertionError("the scan sees too few tables to mean anything: " + tables);
      }
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("select * from " + table)) {
          int columns = rs.getMetaData().getColumnCount();
          int row = 0;
          while (rs.next()) {
            row++;
            for (int i = 1; i <= columns; i++) {
              String text = text(rs, i, rs.getMetaData().getColumnType(i));
              if (text == null) {
                continue;
              }
              String lower = text.toLowerCase(Locale.ROOT);
              for (String term : terms) {
                if (lower.contains(term.toLowerCase(Locale.ROOT))) {
                  found.add(
                      table
                          + "."
                          + rs.getMetaData().getColumnName(i)
                          + " (row "
                          + row
                          + "): "
                          + term);
                }
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static String text(ResultSet rs, int i, int type) throws Exception {
    if (type == Types.BINARY
        || type == Types.VARBINARY
        || type == Types.LONGVARBINARY
        || type == Types.BLOB) {
      byte[] bytes = rs.getBytes(i);
      return bytes == null
          ? null
          : new String(bytes, StandardCharsets.ISO_8859_1)
              + "\n"
              + new String(bytes, StandardCharsets.UTF_8);
    }
    return rs.getString(i);
  }
}
