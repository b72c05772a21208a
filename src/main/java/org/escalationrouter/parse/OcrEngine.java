package org.escalationrouter.parse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether Tesseract is installed here and which of our languages it knows. Looked up once per
 * process; a machine without it gets its letters flagged {@link LetterFlag#NEEDS_OCR} instead.
 */
final class OcrEngine {

  static final List<String> WANTED = List.of("eng", "pol", "deu", "fra", "spa");

  private static final Optional<File> BINARY = onPath("tesseract");
  private static final Optional<String> LANGUAGES = findLanguages();

  private OcrEngine() {}

  /** The {@code tesseract} program on the PATH, if there is one. */
  static Optional<File> binary() {
    return BINARY;
  }

  /** "eng+pol+…" for the installed languages, or empty when Tesseract cannot be run. */
  static Optional<String> languages() {
    return LANGUAGES;
  }

  private static Optional<String> findLanguages() {
    Optional<File> binary = BINARY;
    if (binary.isEmpty()) {
      return Optional.empty();
    }
    try {
      Process process =
          new ProcessBuilder(binary.get().getPath(), "--list-langs")
              .redirectErrorStream(true)
              .start();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      List<String> installed =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .toList();
      List<String> usable = WANTED.stream().filter(installed::contains).toList();
      return usable.isEmpty() ? Optional.empty() : Optional.of(String.join("+", usable));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<File> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      File candidate = new File(dir, name);
      if (candidate.isFile() && candidate.canExecute()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
