package org.escalationrouter.parse;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.escalationrouter.mime.HeaderText;
import org.escalationrouter.mime.TextDecoding;

/**
 * Envelope and subject from raw header values: 8-bit bytes repaired, RFC 2047 words decoded,
 * addresses parsed leniently, automation headers kept under lower-case names.
 */
final class HeaderReader {

  static final List<String> AUTOMATION_HEADERS =
      List.of(
          "auto-submitted",
          "precedence",
          "x-autoreply",
          "x-autorespond",
          "x-auto-response-suppress",
          "list-id",
          "list-unsubscribe",
          "return-path");

  // linear in a header's length: starts only where a run of address characters starts
  private static final Pattern ADDRESS =
      Pattern.compile("(?<![^\\s<>\"(),;:])[^\\s<>\"(),;:]++@[^\\s<>\"(),;:]+");

  /** What the headers said, with whether any of them needed a charset repair. */
  record Read(Envelope envelope, String subject, boolean repaired) {}

  private final Function<String, String> raw;
  private final String fallbackCharset;
  private boolean repaired;

  /**
   * @param raw header name to its raw values joined by commas, or null
   * @param fallbackCharset the body's declared charset, used for undeclared 8-bit headers
   */
  private HeaderReader(Function<String, String> raw, String fallbackCharset) {
    this.raw = raw;
    this.fallbackCharset = fallbackCharset;
  }

  static Read read(Function<String, String> raw, String fallbackCharset) {
    HeaderReader reader = new HeaderReader(raw, fallbackCharset);
    Map<String, String> automation = new HashMap<>();
    for (String name : AUTOMATION_HEADERS) {
      String value = reader.text(name);
      if (value != null) {
        automation.put(name, value.strip());
      }
    }
    String references = reader.text("References");
    Envelope envelope =
        new Envelope(
            reader.first("From"),
            reader.first("Reply-To"),
            reader.addresses("To"),
            reader.addresses("Cc"),
            reader.date(),
            trimmed(reader.text("Message-ID")),
            trimmed(reader.text("In-Reply-To")),
            references == null ? List.of() : Arrays.asList(references.strip().split("\\s+")),
            automation);
    return new Read(envelope, reader.text("Subject"), reader.repaired);
  }

  private String repairedRaw(String name) {
    String value = raw.apply(name);
    if (value == null) {
      return null;
    }
    TextDecoding.Decoded fixed = TextDecoding.rawHeader(HeaderText.unfold(value), fallbackCharset);
    repaired |= fixed.repaired();
    return fixed.text();
  }

  /** Decoded text of a header, or null when absent. */
  private String text(String name) {
    String fixed = repairedRaw(name);
    if (fixed == null) {
      return null;
    }
    String decoded;
    try {
      decoded = MimeUtility.decodeText(fixed);
    } catch (UnsupportedEncodingException | RuntimeException e) {
      decoded = fixed;
    }
    TextDecoding.Decoded unmangled = TextDecoding.mojibake(decoded);
    repaired |= unmangled.repaired();
    return unmangled.text().strip();
  }

  private String first(String name) {
    List<String> all = addresses(name);
    return all.isEmpty() ? null : all.get(0);
  }

  private List<String> addresses(String name) {
    // parsed before RFC 2047 decoding, so that a comma in an encoded display name stays harmless
    String value = repairedRaw(name);
    if (value == null || value.isBlank()) {
      return List.of();
    }
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
      List<String> out =
          Arrays.stream(parsed).map(InternetAddress::getAddress).filter(a -> a != null).toList();
      if (!out.isEmpty()) {
        return out;
      }
    } catch (AddressException e) {
      // fall through to a plain search for addresses
    }
    return ADDRESS.matcher(value).results().map(r -> r.group()).toList();
  }

  private Instant date() {
    String value = text("Date");
    if (value == null) {
      return null;
    }
    try {
      return new MailDateFormat().parse(value).toInstant();
    } catch (ParseException | RuntimeException e) {
      return null;
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
