package org.escalationrouter.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin's password when none is configured: generated on the first start and kept in a file
 * only its owner may read, so the password noted on the first day still works after a restart.
 */
final class AdminPassword {

  private AdminPassword() {}

  /** The password kept in {@code file}, generated and written there when there is none yet. */
  static String keptIn(Path file) {
    try {
      if (Files.isRegularFile(file)) {
        String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (!kept.isEmpty()) {
          return kept;
        }
        Files.delete(file);
      }
      String password = generated();
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      write(file, password);
      return password;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the generated admin password in " + file, e);
    }
  }

  private static void write(Path file, String password) throws IOException {
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(file); // not a POSIX file system
    } catch (FileAlreadyExistsException e) {
      // a second daemon on the same folder wrote it first: use theirs
      return;
    }
    Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8);
  }

  private static String generated() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
