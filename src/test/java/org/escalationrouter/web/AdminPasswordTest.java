package org.escalationrouter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated admin password outlives a restart and only its owner can read it. */
class AdminPasswordTest {

  @TempDir Path work;

  @Test
  void generatedOnceAndTheSameAtTheNextStart() throws Exception {
    Path file = work.resolve("data/admin-password");

    String first = AdminPassword.keptIn(file);
    String second = AdminPassword.keptIn(file);

    assertThat(first).hasSizeGreaterThanOrEqualTo(20).isEqualTo(second);
    assertThat(Files.readString(file).strip()).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void anEmptiedFileGetsANewPassword() throws Exception {
    Path file = work.resolve("admin-password");
    Files.writeString(file, "\n");

    assertThat(AdminPassword.keptIn(file)).hasSizeGreaterThanOrEqualTo(20);
  }
}
