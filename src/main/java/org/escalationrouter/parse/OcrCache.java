package org.escalationrouter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Text read by OCR, by the SHA-256 of the image: the same logo or scan in every copy of a message
 * is read once. Bounded by entries and by characters held; the least recently used go first.
 */
final class OcrCache {

  private final int maxEntries;
  private final long maxChars;
  private final Map<String, String> texts = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;
  private long hits;
  private long misses;

  OcrCache(int maxEntries, long maxChars) {
    this.maxEntries = maxEntries;
    this.maxChars = maxChars;
  }

  /** The SHA-256 of a file's bytes, read in a stream. */
  static String hash(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  synchronized Optional<String> get(String hash) {
    String text = texts.get(hash);
    if (text == null) {
      misses++;
      return Optional.empty();
    }
    hits++;
    return Optional.of(text);
  }

  synchronized void put(String hash, String text) {
    if (text.length() > maxChars) {
      return;
    }
    String old = texts.put(hash, text);
    chars += text.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<String, String>> eldest = texts.entrySet().iterator();
    while ((texts.size() > maxEntries || chars > maxChars) && eldest.hasNext()) {
      chars -= eldest.next().getValue().length();
      eldest.remove();
    }
  }

  synchronized int size() {
    return texts.size();
  }

  synchronized long chars() {
    return chars;
  }

  synchronized long hits() {
    return hits;
  }

  synchronized long misses() {
    return misses;
  }
}
