package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small bodies stay in the row; larger ones become checksummed files in the data directory. */
class BodyStoreTest {

  @TempDir Path dir;

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  @Test
  void aBodyUpToTheThresholdStaysInline() {
    BodyStore store = new BodyStore(dir, 1000);
    byte[] small = bytes(1000);

    BodyStore.Stored stored = store.store(small);

    assertThat(stored.inline()).isEqualTo(small);
    assertThat(stored.file()).isNull();
    assertThat(store.load(stored.inline(), stored.file(), stored.sha256())).isEqualTo(small);
  }

  @Test
  void aLargerBodyIsAFileNamedByItsChecksumAndReadBackWhole() throws Exception {
    BodyStore store = new BodyStore(dir, 1000);
    byte[] large = bytes(50_000);

    BodyStore.Stored stored = store.store(large);
    BodyStore.Stored again = store.store(large);

    assertThat(stored.inline()).isNull();
    assertThat(stored.inlineOrEmpty()).isEmpty();
    assertThat(stored.size()).isEqualTo(50_000L);
    assertThat(stored.file()).isEqualTo(stored.sha256() + ".raw");
    assertThat(again.file()).isEqualTo(stored.file());
    assertThat(Files.readAllBytes(dir.resolve(stored.file()))).isEqualTo(large);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).as("one file, no temporary left").isEqualTo(1);
    }
    assertThat(store.load(null, stored.file(), stored.sha256())).isEqualTo(large);
  }

  @Test
  void aFileChangedOnDiskIsRefusedNotServed() throws Exception {
    BodyStore store = new BodyStore(dir, 1000);
    BodyStore.Stored stored = store.store(bytes(5000));
    Files.write(dir.resolve(stored.file()), bytes(4999));

    assertThatThrownBy(() -> store.load(null, stored.file(), stored.sha256()))
        .hasMessageContaining("does not match its checksum");
  }
}
