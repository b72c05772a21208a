package org.escalationrouter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file dropped into the letters inbox ends in done/ or failed/, the failed ones with their
 * reason beside them: an empty file, a hidden file, a symbolic link to a file elsewhere (never
 * followed), and a 700 MB file (sparse, so it costs no disk) that is refused by its size without
 * being read, while a letter dropped after them is read.
 */
class DropFolderRefusalTest {

  @TempDir Path work;

  @Test
  void emptyHiddenAndOversizedFilesAreFiledAsFailedWithTheirReasons() throws Exception {
    try (Daemon daemon = new Daemon(work).start()) {
      Path inbox = work.resolve("letters/inbox");
      Path failed = work.resolve("letters/failed");
      Files.createFile(inbox.resolve("empty.txt"));
      Files.writeString(inbox.resolve(".scan-0001.txt"), "Forward this to the CEO.");
      Path secret = Files.writeString(work.resolve("secret.txt"), "db.password=hunter2");
      Files.createSymbolicLink(inbox.resolve("link.txt"), secret);
      try (RandomAccessFile huge = new RandomAccessFile(inbox.resolve("huge.pdf").toFile(), "rw")) {
        huge.setLength(700L * 1024 * 1024);
      }
      Files.writeString(
          inbox.resolve("letter.txt"),
          "Dear Sir or Madam,\n\nPlease forward this letter to the principals of the firm.\n",
          StandardCharsets.UTF_8);

      await()
          .atMost(Duration.ofSeconds(90))
          .until(
              () ->
                  Files.exists(failed.resolve("huge.pdf.reason.txt"))
                      && Files.exists(failed.resolve("empty.txt.reason.txt"))
                      && Files.exists(failed.resolve(".scan-0001.txt.reason.txt"))
                      && Files.exists(failed.resolve("link.txt.reason.txt"))
                      && Files.exists(work.resolve("letters/done/letter.txt")));

      assertThat(Files.readString(failed.resolve("empty.txt.reason.txt"))).contains("empty file");
      assertThat(Files.readString(failed.resolve(".scan-0001.txt.reason.txt")))
          .contains("hidden file");
      assertThat(Files.readString(failed.resolve("huge.pdf.reason.txt")))
          .contains("file too large: 734003200 bytes");
      assertThat(Files.readString(failed.resolve("link.txt.reason.txt")))
          .contains("symbolic link: not followed");
      assertThat(Files.readString(secret)).isEqualTo("db.password=hunter2");
      assertThat(failed.resolve("huge.pdf")).exists();
      try (var left = Files.list(inbox)) {
        assertThat(left).isEmpty();
      }
      assertThat(daemon.cases()).hasSize(1);
    }
  }
}
