package org.escalationrouter.parse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.apache.poi.hmef.attribute.MAPIStringAttribute;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.tika.mime.MediaType;
import org.escalationrouter.mime.HtmlText;
import org.escalationrouter.mime.TextDecoding;

/**
 * TNEF (winmail.dat) through POI: the plain body if Outlook wrote one, else its compressed RTF body
 * as text, and every attachment inside.
 */
final class TnefReader {

  private static final MediaType RTF = MediaType.parse("application/rtf");

  private final AttachmentReader attachments;
  private final TikaText tika;

  TnefReader(AttachmentReader attachments, TikaText tika) {
    this.attachments = attachments;
    this.tika = tika;
  }

  void read(byte[] bytes, Nest nest, LetterDraft draft) throws Exception {
    HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(bytes));
    if (nest.isTop()) {
      String from = text(message, MAPIProperty.SENT_REPRESENTING_EMAIL_ADDRESS);
      from =
          from != null && from.contains("@")
              ? from
              : text(message, MAPIProperty.SENDER_EMAIL_ADDRESS);
      draft.envelope(
          new Envelope(
              from != null && from.contains("@") ? from.strip() : null,
              null,
              List.of(),
              List.of(),
              null,
              null,
              null,
              List.of(),
              Map.of()),
          message.getSubject());
    }
    draft.admitPart();
    draft.addAll(BodySplitter.split(body(message, draft), nest.bodySource(), nest.newKind()));
    int index = 0;
    for (Attachment attachment : message.getAttachments()) {
      index++;
      if (!draft.admitPart()) {
        return;
      }
      String name = attachment.getLongFilename();
      if (name == null || name.isBlank()) {
        name = attachment.getFilename();
      }
      if (name == null || name.isBlank()) {
        name = "attachment-" + index;
      }
      byte[] contents = attachment.getContents();
      if (contents == null) {
        AttachmentReader.record(
            draft, name, nest.path(name), "application/octet-stream", 0, 0, java.util.Set.of());
      } else {
        attachments.read(contents, name, nest, draft);
      }
    }
  }

  private static String text(HMEFMessage message, MAPIProperty property) {
    MAPIAttribute attribute = message.getMessageMAPIAttribute(property);
    return attribute == null ? null : MAPIStringAttribute.getAsString(attribute);
  }

  private String body(HMEFMessage message, LetterDraft draft) {
    MAPIAttribute plain = message.getMessageMAPIAttribute(MAPIProperty.BODY);
    if (plain != null) {
      String text = MAPIStringAttribute.getAsString(plain);
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    MAPIAttribute html = message.getMessageMAPIAttribute(MAPIProperty.BODY_HTML);
    if (html != null) {
      String text = HtmlText.toText(TextDecoding.decode(html.getData(), null).text());
      if (!text.isBlank()) {
        return text;
      }
    }
    String rtf;
    try {
      rtf = message.getBody();
    } catch (RuntimeException e) {
      draft.flag(LetterFlag.PARSE_ERROR);
      return "";
    }
    if (rtf == null || rtf.isBlank()) {
      return "";
    }
    TikaText.Extraction e =
        tika.extract(rtf.getBytes(StandardCharsets.ISO_8859_1), RTF, draft.charsLeft());
    e.flags().forEach(draft::flag);
    return e.text();
  }
}
