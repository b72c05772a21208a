package org.escalationrouter.judge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The frozen split of every labelled item into a tune part (phrases may be written from its misses)
 * and a check part (only its figures are read): SHA-256 of the UTF-8 id, the first two bytes as an
 * unsigned big-endian number, below 45 modulo 100 is check. Never change it: the check part is only
 * unseen while the split stays the same.
 */
enum EvaluationSplit {
  TUNE,
  CHECK;

  private static final int CHECK_PERCENT = 45;

  static EvaluationSplit of(String id) {
    byte[] hash = sha256(id.getBytes(StandardCharsets.UTF_8));
    int value = ((hash[0] & 0xff) << 8) | (hash[1] & 0xff);
    return value % 100 < CHECK_PERCENT ? CHECK : TUNE;
  }

  String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
