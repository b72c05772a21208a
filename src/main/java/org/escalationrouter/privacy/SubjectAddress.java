package org.escalationrouter.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail address a request for access or erasure is about, in lower case. Its hash names it in
 * the audit trail, which must not keep the address it was asked to forget.
 */
public record SubjectAddress(String email) {

  private static final Pattern PLAIN = Pattern.compile("[^\\s@<>\"]+@[^\\s@<>\"]+\\.[^\\s@<>\"]+");

  public SubjectAddress {
    email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (!PLAIN.matcher(email).matches()) {
      throw new IllegalArgumentException("not an e-mail address: give one address, as a@b.c");
    }
  }

  /** Whether a stored sender ({@code a@b.c} or {@code Name <a@b.c>}) is this address exactly. */
  public boolean isSenderOf(String stored) {
    if (stored == null) {
      return false;
    }
    String s = stored.toLowerCase(Locale.ROOT);
    int at = s.indexOf(email);
    while (at >= 0) {
      boolean startOk = at == 0 || !addressChar(s.charAt(at - 1));
      int end = at + email.length();
      boolean endOk = end == s.length() || !addressChar(s.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      at = s.indexOf(email, at + 1);
    }
    return false;
  }

  /** Whether these bytes (a raw message, ASCII headers) hold the address. */
  public boolean isIn(byte[] raw) {
    return raw != null && isSenderOf(new String(raw, StandardCharsets.ISO_8859_1));
  }

  /** The first 16 hex digits of the address's SHA-256, for the audit trail. */
  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean addressChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '+';
  }
}
