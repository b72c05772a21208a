package org.escalationrouter.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps raw messages and letters: small ones in the database row, larger ones as files in the data
 * directory named by their SHA-256, so a large message never has to pass through the database. The
 * checksum is checked whenever a file is read back.
 */
@Component
public class BodyStore {

  /**
   * A body as stored: either {@code inline} bytes, or a {@code file} in the data directory with its
   * checksum and size.
   */
  public record Stored(byte[] inline, String file, String sha256, Long size) {

    /** The bytes for a {@code bytea} column that may not be null: empty when kept as a file. */
    public byte[] inlineOrEmpty() {
      return inline == null ? new byte[0] : inline;
    }
  }

  private final Path dir;
  private final long inlineMax;

  @Autowired
  BodyStore(StorageSettings settings) {
    this(settings.dir(), settings.inlineMaxSize().toBytes());
  }

  public BodyStore(Path dir, long inlineMax) {
    this.dir = dir;
    this.inlineMax = inlineMax;
  }

  /** Stores the bytes (null stays null); a larger body is written, once, before the row is. */
  public Stored store(byte[] bytes) {
    if (bytes == null || bytes.length <= inlineMax) {
      return new Stored(bytes, null, null, null);
    }
    String sha = sha256(bytes);
    String name = sha + ".raw";
    Path target = dir.resolve(name);
    try {
      if (!Files.isRegularFile(target) || Files.size(target) != bytes.length) {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "incoming-", ".tmp");
        try {
          Files.write(temp, bytes);
          move(temp, target);
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store a body of " + bytes.length + " bytes", e);
    }
    return new Stored(null, name, sha, (long) bytes.length);
  }

  /** The bytes as stored: the inline ones, or the file's after its checksum was checked. */
  public byte[] load(byte[] inline, String file, String sha256) {
    if (file == null) {
      return inline;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("stored body " + file + " cannot be read", e);
    }
    if (sha256 != null && !sha256.equals(sha256(bytes))) {
      throw new IllegalStateException("stored body " + file + " does not match its checksum");
    }
    return bytes;
  }

  /** Deletes a stored body's file; the caller has made sure no row refers to it any more. */
  public void delete(String file) {
    if (!file.matches("[0-9a-f]{64}\\.raw")) {
      throw new IllegalArgumentException("not a stored body's file name: " + file);
    }
    try {
      Files.deleteIfExists(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("stored body " + file + " cannot be deleted", e);
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
