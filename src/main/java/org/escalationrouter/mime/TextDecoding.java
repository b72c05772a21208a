package org.escalationrouter.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Turns bytes and raw header values into text when the declared charset is wrong or missing. A
 * repair is made only when it is safe: bytes that decode as strict UTF-8 are UTF-8 whatever the
 * header says, and text whose Latin-1 bytes form strict UTF-8 was decoded once too often.
 */
public final class TextDecoding {

  /** Text and whether a declared charset had to be overruled. */
  public record Decoded(String text, boolean repaired) {}

  private static final EncodingDetector DETECTOR = new DefaultEncodingDetector();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
  private static final Charset ISO_8859_2 = Charset.forName("ISO-8859-2");
  private static final java.util.Set<String> SINGLE_BYTE_EUROPEAN =
      java.util.Set.of("windows-1252", "iso-8859-1", "windows-1250", "iso-8859-2", "iso-8859-15");
  // "Ã©", "Å‚", "â€™": UTF-8 lead bytes shown as Latin-1 / cp1252 followed by a continuation byte
  private static final Pattern MOJIBAKE =
      Pattern.compile(
          "[\u00C2-\u00C5\u00C3\u00C4\u00E2][\u0080-\u00BF\u0152\u0153\u0160\u0161"
              + "\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u203A\u20AC\u2122]");

  private TextDecoding() {}

  /** Decodes a body or attachment, trusting the declared charset only where the bytes agree. */
  public static Decoded decode(byte[] bytes, String declaredCharset) {
    Optional<Charset> declared = charset(declaredCharset);
    Optional<Charset> wide = utf16WithoutMark(bytes, declared);
    if (wide.isPresent()) {
      return new Decoded(new String(bytes, wide.get()), true);
    }
    if (isAscii(bytes)) {
      // 7-bit bytes can still be ISO-2022-JP or UTF-7: the declaration decides
      return new Decoded(new String(bytes, declared.orElse(StandardCharsets.US_ASCII)), false);
    }
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (declared.isEmpty()) {
      return utf8.map(t -> new Decoded(t, true))
          .orElseGet(() -> new Decoded(new String(bytes, detect(bytes)), true));
    }
    Charset cs = declared.get();
    if (utf8.isPresent() && isSingleByteWestern(cs)) {
      return new Decoded(utf8.get(), true);
    }
    Optional<String> asDeclared = strict(bytes, cs);
    if (asDeclared.isPresent()) {
      return mojibake(asDeclared.get());
    }
    Charset guess = detect(bytes);
    return new Decoded(new String(bytes, guess), !guess.equals(cs));
  }

  /**
   * Repairs a header value as Jakarta Mail reads it: raw 8-bit bytes arrive as chars 0x80-0xFF.
   * They are UTF-8 when they decode strictly as such, else the message's own charset or cp1252.
   */
  public static Decoded rawHeader(String value, String fallbackCharset) {
    if (value == null) {
      return new Decoded(null, false);
    }
    boolean eightBit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF) {
        return mojibake(value);
      }
      eightBit |= c >= 0x80;
    }
    if (!eightBit) {
      return new Decoded(value, false);
    }
    byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), true);
    }
    Charset cs = charset(fallbackCharset).orElse(WINDOWS_1252);
    return new Decoded(new String(bytes, cs), true);
  }

  /** Undoes UTF-8 that was decoded as Latin-1 or cp1252 ("CafÃ©" becomes "Café"). */
  public static Decoded mojibake(String text) {
    if (text == null || !MOJIBAKE.matcher(text).find()) {
      return new Decoded(text, false);
    }
    for (Charset wrong : new Charset[] {StandardCharsets.ISO_8859_1, WINDOWS_1252}) {
      Optional<byte[]> bytes = encodeStrict(text, wrong);
      if (bytes.isPresent()) {
        Optional<String> fixed = strict(bytes.get(), StandardCharsets.UTF_8);
        if (fixed.isPresent() && fixed.get().length() < text.length()) {
          return new Decoded(fixed.get(), true);
        }
      }
    }
    return new Decoded(text, false);
  }

  static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.trim().replace("\"", "")));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean isSingleByteWestern(Charset cs) {
    String n = cs.name().toLowerCase();
    return n.equals("iso-8859-1") || n.equals("windows-1252") || n.equals("us-ascii");
  }

  /** How many bytes are looked at for the zero bytes of UTF-16 text. */
  private static final int WIDE_SAMPLE = 4096;

  /**
   * UTF-16 text without a byte-order mark, declared as something else or not at all (a Windows
   * export sent as text/plain): Latin letters then have a zero byte beside each, always on the same
   * side. Read as ASCII they would be letters and NULs, and the judge would read nothing.
   */
  private static Optional<Charset> utf16WithoutMark(byte[] bytes, Optional<Charset> declared) {
    if (declared.isPresent() && declared.get().name().startsWith("UTF-16")) {
      return Optional.empty(); // the declaration decides
    }
    int n = Math.min(bytes.length, WIDE_SAMPLE) & ~1;
    if (n < 8) {
      return Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      zeroEven += bytes[i] == 0 ? 1 : 0;
      zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Charset detect(byte[] bytes) {
    Charset found;
    try {
      found = DETECTOR.detect(new ByteArrayInputStream(bytes), new Metadata());
    } catch (IOException e) {
      found = null;
    }
    if (found == null || SINGLE_BYTE_EUROPEAN.contains(found.name().toLowerCase())) {
      // statistical detectors mistake short Polish text for Latin-1: ł, ą, ż come out as ³, ¹, ¿;
      // and Polish in ISO-8859-2 read as cp1250 turns ą, ś, ź into ±, ¶, ¼ ("zarz±dowi")
      long central1250 = letters(new String(bytes, WINDOWS_1250));
      long latin2 = letters(new String(bytes, ISO_8859_2));
      Charset central = latin2 > central1250 ? ISO_8859_2 : WINDOWS_1250;
      long western = letters(new String(bytes, WINDOWS_1252));
      return Math.max(central1250, latin2) > western ? central : WINDOWS_1252;
    }
    return found;
  }

  private static long letters(String text) {
    return text.chars().filter(c -> c >= 0x80 && Character.isLetter(c)).count();
  }

  static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static Optional<byte[]> encodeStrict(String text, Charset cs) {
    try {
      ByteBuffer buf =
          cs.newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] out = new byte[buf.remaining()];
      buf.get(out);
      return Optional.of(out);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
