package org.escalationrouter.sla;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for the acknowledge and resolve links in notices: the case, the executive, the action and
 * the expiry, signed with HMAC-SHA256 under a server secret. The token is {@code
 * base64url(payload).base64url(mac)}, safe in a URL path or query without escaping.
 */
public final class AckLinks {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "v1";
  private static final int MAC_BYTES = 32;
  static final int MIN_SECRET_BYTES = 32;

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public AckLinks(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the link secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
  }

  /** A secret that lives as long as this process: links signed with it die at restart. */
  public static AckLinks withRandomSecret() {
    byte[] secret = new byte[MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new AckLinks(secret);
  }

  public String sign(String caseId, String executiveId, LinkAction action, Instant expires) {
    requireNoNewline(caseId);
    requireNoNewline(executiveId);
    String payload =
        String.join(
            "\n",
            VERSION,
            caseId,
            executiveId,
            action.wireName(),
            Long.toString(expires.getEpochSecond()));
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
  }

  public Verdict verify(String token, Instant now) {
    String[] halves = token.split("\\.", -1);
    if (halves.length != 2) {
      return new Verdict.Malformed("expected two dot-separated parts");
    }
    Optional<byte[]> payload = decode(halves[0]);
    Optional<byte[]> signature = decode(halves[1]);
    if (payload.isEmpty() || signature.isEmpty() || signature.get().length != MAC_BYTES) {
      return new Verdict.Malformed("not base64url, or a signature of the wrong size");
    }
    // constant time, so the comparison leaks nothing about how much of a guess was right
    if (!MessageDigest.isEqual(mac(payload.get()), signature.get())) {
      return new Verdict.Forged();
    }
    return read(new String(payload.get(), StandardCharsets.UTF_8), now);
  }

  private static Verdict read(String payload, Instant now) {
    String[] fields = payload.split("\n", -1);
    if (fields.length != 5 || !VERSION.equals(fields[0])) {
      return new Verdict.Malformed("unknown token layout");
    }
    Optional<LinkAction> action = LinkAction.fromWireName(fields[3]);
    Optional<Instant> expires = epochSecond(fields[4]);
    if (action.isEmpty() || expires.isEmpty()) {
      return new Verdict.Malformed("unknown action or expiry");
    }
    if (!now.isBefore(expires.get())) {
      return new Verdict.Expired(fields[1], fields[2], action.get(), expires.get());
    }
    return new Verdict.Valid(fields[1], fields[2], action.get());
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM); // not thread-safe, so one per call
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  private static Optional<byte[]> decode(String part) {
    try {
      return part.isEmpty() ? Optional.empty() : Optional.of(DECODER.decode(part));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> epochSecond(String field) {
    try {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(field)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void requireNoNewline(String field) {
    if (field.isEmpty() || field.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("link fields must be non-empty single lines");
    }
  }
}
