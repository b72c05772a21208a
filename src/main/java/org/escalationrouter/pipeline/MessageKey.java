package org.escalationrouter.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The idempotency key of a message: its Message-ID when it has one, otherwise a hash of its content
 * without the trace headers that differ between two deliveries of the same message.
 */
final class MessageKey {

  private static final Pattern MESSAGE_ID =
      Pattern.compile("(?im)^Message-ID:[ \\t]*(?:\\r?\\n[ \\t]+)?(<[^>\\r\\n]{3,900}>)");
  private static final Pattern TRACE_HEADERS =
      Pattern.compile(
          "(?im)^(?:Received|Delivered-To|X-Original-To|Return-Path|X-Received|ARC-[A-Za-z-]+"
              + "|Authentication-Results|X-Spam-[A-Za-z-]+|Status|X-Status|X-UID|X-Keywords):"
              + "[^\\n]*(?:\\n[ \\t][^\\n]*)*\\n");
  private static final int HEADER_SCAN = 64 * 1024;

  private MessageKey() {}

  static String of(byte[] raw, boolean mime) {
    if (mime) {
      String head =
          new String(raw, 0, Math.min(raw.length, HEADER_SCAN), StandardCharsets.ISO_8859_1);
      int end = head.indexOf("\n\n");
      int endCrlf = head.indexOf("\r\n\r\n");
      int headerEnd = end < 0 ? endCrlf : endCrlf < 0 ? end : Math.min(end, endCrlf);
      Matcher m = MESSAGE_ID.matcher(headerEnd < 0 ? head : head.substring(0, headerEnd));
      if (m.find()) {
        return "mid:" + m.group(1).toLowerCase(Locale.ROOT);
      }
      String withoutTrace =
          TRACE_HEADERS
              .matcher(new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n"))
              .replaceAll("");
      return "sha:" + sha256(withoutTrace.getBytes(StandardCharsets.ISO_8859_1));
    }
    return "sha:" + sha256(raw);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
