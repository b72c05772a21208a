package org.escalationrouter.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The idempotency key of a message. With a Message-ID it is that ID plus a hash of the body: the
 * same message delivered to two mailboxes (only its Received and Delivered-To headers differ) gets
 * one key, while a sender that reuses a Message-ID for a different letter does not have the second
 * letter swallowed. Without a Message-ID it is a hash of the whole content minus the trace headers.
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
  private static final int MAX_KEY = 300; // processed_message.idem_key
  private static final int BODY_HASH_CHARS = 16;

  private MessageKey() {}

  static String of(byte[] raw, boolean mime) {
    if (!mime) {
      return "sha:" + sha256(raw);
    }
    String head =
        new String(raw, 0, Math.min(raw.length, HEADER_SCAN), StandardCharsets.ISO_8859_1);
    int headerEnd = headerEnd(head);
    Matcher m = MESSAGE_ID.matcher(headerEnd < 0 ? head : head.substring(0, headerEnd));
    if (m.find()) {
      String id = m.group(1).toLowerCase(Locale.ROOT);
      String body = sha256(body(raw, headerEnd)).substring(0, BODY_HASH_CHARS);
      String key = "mid:" + id + "#" + body;
      return key.length() <= MAX_KEY
          ? key
          : "mid:" + sha256(id.getBytes(StandardCharsets.ISO_8859_1)) + "#" + body;
    }
    String withoutTrace =
        TRACE_HEADERS
            .matcher(new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n"))
            .replaceAll("");
    return "sha:" + sha256(withoutTrace.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Where the blank line after the headers starts, or -1. */
  private static int headerEnd(String head) {
    int end = head.indexOf("\n\n");
    int endCrlf = head.indexOf("\r\n\r\n");
    return end < 0 ? endCrlf : endCrlf < 0 ? end : Math.min(end, endCrlf);
  }

  /** The body with line ends and trailing blanks evened out, as servers store them differently. */
  private static byte[] body(byte[] raw, int headerEnd) {
    String body =
        headerEnd < 0
            ? ""
            : new String(raw, headerEnd, raw.length - headerEnd, StandardCharsets.ISO_8859_1);
    String even = body.replace("\r\n", "\n").strip();
    return even.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
