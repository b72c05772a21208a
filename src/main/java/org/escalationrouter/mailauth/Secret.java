package org.escalationrouter.mailauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret given inline (usually as an {@code ${ENV}} placeholder) or in a file. A file is read at
 * each use, so a rotated client secret or a newly consented refresh token takes effect without a
 * restart.
 */
final class Secret {

  private Secret() {}

  static String read(String inline, String file) {
    if (file != null && !file.isBlank()) {
      try {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read secret file " + file, e);
      }
    }
    return inline == null || inline.isBlank() ? null : inline.strip();
  }
}
