package org.escalationrouter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Temporary files for one letter's attachments: each part is copied to disk as it is decoded, so
 * the parser never holds a large part whole in the heap. The copy stops at the per-part limit and
 * at the letter's total; whatever goes over is not kept. Every file is deleted when the letter is
 * done, whether it was read or failed.
 */
final class PartSpool implements AutoCloseable {

  /** One spooled part. */
  record PartFile(Path path, long size) {}

  private static final int BUFFER = 64 * 1024;

  private final Path dir;
  private final long maxPartBytes;
  private final long maxTotalBytes;
  private final List<Path> files = new ArrayList<>();
  private long total;

  PartSpool(Path dir, long maxPartBytes, long maxTotalBytes) {
    this.dir = dir;
    this.maxPartBytes = maxPartBytes;
    this.maxTotalBytes = maxTotalBytes;
  }

  /**
   * Copies {@code in} to a new file; empty when the part is larger than the per-part limit or than
   * what is left of the letter's total. Never reads more than one byte beyond what is allowed.
   */
  Optional<PartFile> take(InputStream in) throws IOException {
    long allowed = Math.min(maxPartBytes, maxTotalBytes - total);
    Path file = newFile();
    long written = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        written += n;
        if (written > allowed) {
          delete(file);
          return Optional.empty();
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      delete(file);
      throw e;
    }
    total += written;
    return Optional.of(new PartFile(file, written));
  }

  /**
   * Keeps bytes already in memory (an Outlook or TNEF attachment) as a part, under the same limits.
   */
  Optional<PartFile> take(byte[] bytes) {
    try {
      return take(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes kept on disk for this letter so far. */
  long total() {
    return total;
  }

  private Path newFile() throws IOException {
    Files.createDirectories(dir);
    Path file = Files.createTempFile(dir, "letter-part-", ".tmp");
    files.add(file);
    return file;
  }

  private void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      files.remove(file);
    } catch (IOException e) {
      // left for close(), which tries again
    }
  }

  @Override
  public void close() {
    for (Path file : List.copyOf(files)) {
      delete(file);
    }
  }
}
