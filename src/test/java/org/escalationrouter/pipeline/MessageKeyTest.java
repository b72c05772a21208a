package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageKeyTest {

  private static final String LETTER =
      "From: Jane <jane@example.org>\r\n"
          + "To: support@example.com\r\n"
          + "Subject: Fee\r\n"
          + "Message-ID: <Abc-1@Example.org>\r\n"
          + "\r\n"
          + "Please forward this to your CEO.\r\n";

  private static String key(String raw) {
    return MessageKey.of(raw.getBytes(StandardCharsets.ISO_8859_1), true);
  }

  @Test
  void sameMessageDeliveredToTwoMailboxesHasOneKey() {
    String first =
        "Received: from mx1 by support-host; Thu, 26 Nov 2026 10:00:01 +0000\r\n"
            + "Delivered-To: support@example.com\r\n"
            + LETTER;
    String second =
        "Received: from mx2 by sales-host; Thu, 26 Nov 2026 10:00:03 +0000\r\n"
            + "Delivered-To: sales@example.com\r\n"
            + LETTER.replace("\r\n", "\n");
    assertThat(key(first)).isEqualTo(key(second)).startsWith("mid:<abc-1@example.org>#");
  }

  @Test
  void reusedMessageIdWithAnotherBodyIsAnotherMessage() {
    String other = LETTER.replace("your CEO", "your board");
    assertThat(key(other)).isNotEqualTo(key(LETTER));
  }

  @Test
  void longMessageIdStillFitsTheColumn() {
    String longId = "<" + "x".repeat(800) + "@example.org>";
    String key = key(LETTER.replace("<Abc-1@Example.org>", longId));
    assertThat(key).hasSizeLessThanOrEqualTo(300).startsWith("mid:");
  }

  @Test
  void withoutMessageIdTheTraceHeadersAreIgnored() {
    String noId = LETTER.replace("Message-ID: <Abc-1@Example.org>\r\n", "");
    assertThat(key("Received: from a\r\n" + noId))
        .isEqualTo(key("Received: from b\r\n" + noId))
        .startsWith("sha:");
  }

  @Test
  void traceHeaderOfThousandsOfContinuationLinesNeitherOverflowsNorCounts() {
    String noId = LETTER.replace("Message-ID: <Abc-1@Example.org>\r\n", "");
    String hostile = "Received: from a\r\n" + "\tby relay;\r\n".repeat(5_000) + noId;
    assertThat(key(hostile)).isEqualTo(key("Received: from b\r\n" + noId));
  }

  @Test
  void messageIdFoldedOntoTheNextLineIsFound() {
    String folded = LETTER.replace("Message-ID: <Abc-1", "Message-ID:\r\n <Abc-1");
    assertThat(key(folded)).isEqualTo(key(LETTER));
  }

  @Test
  void keysOfMessagesWithoutIdAreThoseTheRegularExpressionGave() {
    // the key format is stored in processed_message: the linear scan must give the same keys
    String noId = LETTER.replace("Message-ID: <Abc-1@Example.org>\r\n", "");
    String body = "X-Spam-Score: 3\r\nARC-Seal: i=1;\r\n a=rsa\r\nStatus: RO\r\n";
    assertThat(key("Return-Path: <a@b>\r\nX-UID: 4\r\n" + noId + body + "Received: x"))
        .isEqualTo("sha:" + sha256(noId.replace("\r\n", "\n") + "Received: x"));
  }

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(s.getBytes(StandardCharsets.ISO_8859_1)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
