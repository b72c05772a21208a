package org.escalationrouter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The expansion-ratio guard for zip containers (zip, .docx, .xlsx, .odt, ...), applied before any
 * parser sees them: the entries are inflated into a small buffer and counted, and a container that
 * expands beyond {@code maxRatio} times its size is refused. Declared sizes are not trusted; only
 * the bytes actually inflated count. A .docx whose XML is huge but holds little text passes Tika's
 * output-ratio guard and made POI build its whole document in memory.
 */
final class ZipExpansion {

  private static final int MIN_ALLOWANCE = 10 * 1024 * 1024; // small files may expand this much

  /**
   * The most any container may inflate to, whatever its ratio: a 14 MB .docx at a ratio of 50 is
   * 700 MB of XML, which no letter needs and no small heap holds; its text would be cut at the
   * letter's character limit long before.
   */
  static final long MAX_INFLATED = 100L * 1024 * 1024;

  private ZipExpansion() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  /**
   * True when the document is a zip container that inflates to more than {@code maxRatio} times its
   * own size, or to more than {@link #MAX_INFLATED} bytes. Read as a stream, from memory or from
   * its spooled file alike.
   */
  static boolean exceeds(TikaText.Document document, long maxRatio) {
    try (InputStream in = document.open()) {
      in.mark(4);
      if (!isZip(in.readNBytes(4))) {
        return false;
      }
      in.reset();
      return exceeds(in, document.size(), maxRatio);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean exceeds(InputStream in, long size, long maxRatio) {
    long allowed = Math.max(MIN_ALLOWANCE, Math.min(MAX_INFLATED, size * maxRatio));
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > allowed) {
            return true;
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return false; // not readable as a plain zip: the parser decides, under its own guards
    }
    return false;
  }
}
