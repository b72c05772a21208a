package org.escalationrouter.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
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

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
  // a header block: "Name: value" lines up to the first blank line, with From/Subject/Date among
  // them
  private static final Pattern MESSAGE_HEADERS =
      Pattern.compile(
          "\\A(?:[!-9;-~]+:[^\\n]*\\n(?:[ \\t][^\\n]*\\n)*){2,}?\\r?\\n", Pattern.DOTALL);
  private static final Pattern KEY_HEADER =
      Pattern.compile("(?im)^(?:from|subject|date|message-id|received):");

  private ContentType() {}

  static MediaType detect(byte[] bytes) {
    MediaType type;
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      type = DETECTOR.detect(in, new Metadata());
    } catch (IOException e) {
      type = MediaType.OCTET_STREAM;
    }
    if (type.getType().equals("text") && looksLikeMessage(bytes)) {
      // Tika's magic knows only some first headers; a header block with From/Subject is a message
      return RFC822;
    }
    return type;
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

  private static boolean looksLikeMessage(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 16_384), StandardCharsets.ISO_8859_1)
            .replace("\r\n", "\n");
    var m = MESSAGE_HEADERS.matcher(head);
    return m.lookingAt() && KEY_HEADER.matcher(m.group()).results().count() >= 2;
  }
}
