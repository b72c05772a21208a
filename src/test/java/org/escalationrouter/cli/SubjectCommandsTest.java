package org.escalationrouter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export} and {@code erase} on the daemon's database, with no web server running. */
class SubjectCommandsTest {

  @TempDir Path work;

  @Test
  void exportShowsThePersonsCaseAndEraseRemovesItForAnOperatorWithoutTheWeb() throws Exception {
    String url = "jdbc:h2:file:" + work.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    String db = "--spring.datasource.url=" + url;
    // the first command migrates an empty database, as the daemon would
    assertThat(run("export", "nobody@example.org", db).code).isZero();
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        PreparedStatement s =
            c.prepareStatement(
                "insert into escalation_case (id, mailbox, sender, subject, received_at, severity,"
                    + " signals, status, new_text, raw_message, created_at, updated_at) values"
                    + " ('ESC-7', 'support', 'Jane Doe <jane@example.org>', 'My fee', ?, 'high',"
                    + " 'money-dispute', 'resolved', 'A fee I never agreed to', ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      s.setTimestamp(1, now);
      s.setBytes(
          2, "From: Jane Doe <jane@example.org>\r\n\r\nfee".getBytes(StandardCharsets.UTF_8));
      s.setTimestamp(3, now);
      s.setTimestamp(4, now);
      s.executeUpdate();
    }

    Result export = run("export", "Jane@Example.org", db);
    assertThat(export.code).isZero();
    assertThat(export.out).contains("ESC-7", "A fee I never agreed to", "Jane Doe");
    Path zip = work.resolve("jane.zip");
    assertThat(run("export", "jane@example.org", "--zip", zip.toString(), db).code).isZero();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      assertThat(in.getNextEntry().getName()).isEqualTo("subject.json");
      assertThat(in.getNextEntry().getName()).isEqualTo("cases/ESC-7/message.eml");
    }

    Result erase = run("erase", "jane@example.org", db);
    assertThat(erase.code).isZero();
    assertThat(erase.out).contains("\"erased\":true", "ESC-7");
    assertThat(run("export", "jane@example.org", db).out).doesNotContain("ESC-7");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        var rs =
            c.createStatement()
                .executeQuery(
                    "select actor || ' ' || source || ' ' || action || ' ' || target"
                        + " from audit_entry order by id")) {
      StringBuilder audit = new StringBuilder();
      while (rs.next()) {
        audit.append(rs.getString(1)).append('\n');
      }
      assertThat(audit.toString())
          .contains(" cli subject-export sha256:", " cli subject-erase sha256:")
          .doesNotContain("jane@example.org");
    }
    assertThat(run("erase", "not-an-address", db).code).isEqualTo(2);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CommandLine.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
