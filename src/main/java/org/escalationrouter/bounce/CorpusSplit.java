package org.escalationrouter.bounce;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The fixed split of a labelled corpus into a tune part, whose misses may be read to write rules,
 * and a check part, of which only the figures are read. The id is the message's file name without
 * its folder ({@code lhost-postfix-04.eml}); SHA-256 of its UTF-8 bytes, first two bytes as an
 * unsigned big-endian number, modulo 100: below 45 is check.
 */
enum CorpusSplit {
  TUNE,
  CHECK;

  static final int CHECK_PERCENT = 45;

  static CorpusSplit of(String file) {
    return ofId(file.substring(file.lastIndexOf('/') + 1));
  }

  /** The part of any other labelled item by its id as it is (a reply table's row key). */
  static CorpusSplit ofId(String id) {
    byte[] hash = sha256(id.getBytes(StandardCharsets.UTF_8));
    int bucket = (((hash[0] & 0xff) << 8) | (hash[1] & 0xff)) % 100;
    return bucket < CHECK_PERCENT ? CHECK : TUNE;
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
