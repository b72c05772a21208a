package org.escalationrouter.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/** What a file is, judged from its bytes by Tika's detectors; the file name is never asked. */
final class ContentType {

  static final MediaType RFC822 = MediaType.parse("message/rfc822");
  static final MediaType EMLX = MediaType.parse("message/x-emlx");
  static final MediaType OUTLOOK = MediaType.parse("application/vnd.ms-outlook");
  static final MediaType TNEF = MediaType.parse("application/vnd.ms-tnef");

  private static final List<String> KEY_HEADERS =
      List.of("from", "subject", "date", "message-id", "received");

  private static final int HEAD_BYTES = 16_384;

  private ContentType() {}

  /** Tika's detectors, loaded on first use (a plain e-mail is known without them). */
  private static final class Detectors {
    static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
  }

  static MediaType detect(byte[] bytes) {
    return detect(bytes, () -> TikaInputStream.get(bytes));
  }

  /** The same for a spooled part, read from its file (containers are opened, not loaded). */
  static MediaType detect(Path file) {
    return detect(head(file), () -> TikaInputStream.get(file));
  }

  private interface Opener {
    TikaInputStream open() throws IOException;
  }

  private static MediaType detect(byte[] head, Opener content) {
    if (looksLikeMessage(head)) {
      // a header block with From/Subject/Date/Message-ID/Received is a message, whatever Tika's
      // magic (which knows only some first headers) would say; asking it first costs seconds at
      // start
      return RFC822;
    }
    try (TikaInputStream in = content.open()) {
      return Detectors.DETECTOR.detect(in, new Metadata());
    } catch (IOException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  /** The first bytes of a file, enough for a header block. */
  static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static boolean isMessage(MediaType type) {
    MediaType base = type.getBaseType();
    // a bare MIME entity (MHTML, a saved multipart) reads like a message without headers
    return base.getType().equals("multipart")
        || base.equals(RFC822)
        || base.equals(EMLX)
        || base.equals(OUTLOOK)
        || base.equals(TNEF);
  }

  /**
   * A header block at the start: "Name: value" lines (with continuation lines) up to the first
   * blank line, at least two of them From/Subject/Date/Message-ID/Received. A linear scan: a
   * regular expression with a repeated group overflowed the stack on thousands of continuation
   * lines.
   */
  private static boolean looksLikeMessage(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n");
    int fields = 0;
    int keys = 0;
    for (int line = 0; line < head.length(); ) {
      int end = head.indexOf('\n', line);
      if (end < 0) {
        return false;
      }
      if (end == line || (end == line + 1 && head.charAt(line) == '\r')) {
        return fields >= 2 && keys >= 2;
      }
      char first = head.charAt(line);
      if (first == ' ' || first == '\t') {
        if (fields == 0) {
          return false;
        }
      } else {
        int colon = nameEnd(head, line, end);
        if (colon < 0) {
          return false;
        }
        fields++;
        if (KEY_HEADERS.contains(head.substring(line, colon).toLowerCase(Locale.ROOT))) {
          keys++;
        }
      }
      line = end + 1;
    }
    return false;
  }

  /** Where the colon after a field name (printable ASCII but the colon) is, or -1. */
  private static int nameEnd(String head, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = head.charAt(i);
      if (c == ':') {
        return i > from ? i : -1;
      }
      if (c < '!' || c > '~') {
        return -1;
      }
    }
    return -1;
  }
}
