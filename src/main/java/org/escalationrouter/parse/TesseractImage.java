package org.escalationrouter.parse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.tika.mime.MediaType;

/**
 * Tesseract run on an image file as it arrived, for the formats it reads itself (through
 * Leptonica): no copy through Tika, no decoding and re-encoding in Java. One OpenMP thread per run:
 * letters are read side by side, and Tesseract's own threads only fight them for the cores.
 */
final class TesseractImage {

  private static final Set<String> READS_ITSELF =
      Set.of(
          "image/png",
          "image/jpeg",
          "image/tiff",
          "image/gif",
          "image/bmp",
          "image/x-ms-bmp",
          "image/webp",
          "image/jp2",
          "image/x-portable-bitmap",
          "image/x-portable-graymap",
          "image/x-portable-pixmap",
          "image/x-portable-anymap");

  private TesseractImage() {}

  /** Whether Tesseract is given files of this type unchanged. */
  static boolean readsItself(MediaType type) {
    return READS_ITSELF.contains(type.getBaseType().toString());
  }

  /** The command for one image: the file as it is, text to standard output. */
  static List<String> command(File tesseract, Path image, String languages) {
    return List.of(tesseract.getPath(), image.toString(), "stdout", "-l", languages);
  }

  /**
   * The text Tesseract reads from {@code image}; empty when it could not read the file (the caller
   * then tries Tika), {@link LetterFlag#PARSE_TIMEOUT} when it took longer than {@code timeout}.
   */
  static Optional<TikaText.Extraction> read(Path image, String languages, Duration timeout) {
    Optional<File> tesseract = OcrEngine.binary();
    if (tesseract.isEmpty()) {
      return Optional.empty();
    }
    Path out = null;
    Process process = null;
    try {
      out = Files.createTempFile(image.toAbsolutePath().getParent(), "ocr-", ".txt");
      ProcessBuilder builder =
          new ProcessBuilder(command(tesseract.get(), image, languages))
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("OMP_THREAD_LIMIT", "1");
      process = builder.start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.of(TikaText.Extraction.flagged(LetterFlag.PARSE_TIMEOUT));
      }
      if (process.exitValue() != 0) {
        return Optional.empty();
      }
      String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
      return Optional.of(new TikaText.Extraction(text, Set.of()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(TikaText.Extraction.flagged(LetterFlag.PARSE_TIMEOUT));
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      deleteQuietly(out);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // in the letter's spool folder; the next start's temp cleanup takes it
    }
  }
}
