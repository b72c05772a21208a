package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.tika.mime.MediaType;
import org.escalationrouter.mime.HtmlText;

/**
 * Outlook .msg files through POI: the internet headers when Outlook kept them (received mail), else
 * the MAPI sender, recipients and date; the plain body, else HTML, else RTF; attachments and
 * attached .msg files recursively.
 */
final class OutlookReader {

  private static final MediaType RTF = MediaType.parse("application/rtf");

  private final AttachmentReader attachments;
  private final TikaText tika;

  OutlookReader(AttachmentReader attachments, TikaText tika) {
    this.attachments = attachments;
    this.tika = tika;
  }

  void read(byte[] bytes, Nest nest, LetterDraft draft) throws Exception {
    read(new MAPIMessage(new ByteArrayInputStream(bytes)), nest, draft);
  }

  void read(MAPIMessage msg, Nest nest, LetterDraft draft) throws Exception {
    msg.setReturnNullOnMissingChunk(true);
    msg.guess7BitEncoding();
    if (nest.isTop()) {
      try {
        envelope(msg, draft);
      } catch (Exception e) {
        draft.envelope(Envelope.EMPTY, orNull(msg::getSubject));
        draft.flag(LetterFlag.PARSE_ERROR);
      }
    }
    draft.admitPart();
    draft.addAll(BodySplitter.split(body(msg, draft), nest.bodySource(), nest.newKind()));
    AttachmentChunks[] files = orNull(msg::getAttachmentFiles);
    if (files == null) {
      return;
    }
    for (int i = 0; i < files.length; i++) {
      if (!draft.admitPart()) {
        return;
      }
      attachment(files[i], i + 1, nest, draft);
    }
  }

  private void attachment(AttachmentChunks chunks, int index, Nest nest, LetterDraft draft) {
    String name = firstOf(chunks.getAttachLongFileName(), chunks.getAttachFileName());
    try {
      if (chunks.isEmbeddedMessage()) {
        MAPIMessage inner = chunks.getEmbeddedMessage();
        String n = name != null ? name : displayName(chunks, "message-" + index + ".msg");
        Set<LetterFlag> flags = EnumSet.noneOf(LetterFlag.class);
        int before = draft.charsLeft();
        if (nest.depth() + 1 > draft.limits().maxDepth()) {
          flags.add(LetterFlag.TOO_DEEPLY_NESTED);
        } else {
          read(inner, nest.child(n), draft);
        }
        AttachmentReader.record(
            draft,
            n,
            nest.path(n),
            ContentType.OUTLOOK.toString(),
            -1,
            before - draft.charsLeft(),
            flags);
        return;
      }
      byte[] data = chunks.getEmbeddedAttachmentObject();
      String n = name != null ? name : displayName(chunks, "attachment-" + index);
      if (data == null) {
        AttachmentReader.record(draft, n, nest.path(n), "application/octet-stream", 0, 0, Set.of());
      } else {
        attachments.read(data, n, nest, draft);
      }
    } catch (Exception e) {
      String n = name != null ? name : "attachment-" + index;
      AttachmentReader.record(
          draft,
          n,
          nest.path(n),
          "application/octet-stream",
          -1,
          0,
          EnumSet.of(LetterFlag.PARSE_ERROR));
    }
  }

  private String body(MAPIMessage msg, LetterDraft draft) {
    String text = orNull(msg::getTextBody);
    if (text != null && !text.isBlank()) {
      return text;
    }
    String html = orNull(msg::getHtmlBody);
    if (html != null && !html.isBlank()) {
      return HtmlText.toText(html);
    }
    String rtf = orNull(msg::getRtfBody);
    if (rtf != null && !rtf.isBlank()) {
      TikaText.Extraction e =
          tika.extract(rtf.getBytes(StandardCharsets.ISO_8859_1), RTF, draft.charsLeft());
      e.flags().forEach(draft::flag);
      return e.text();
    }
    return "";
  }

  private static void envelope(MAPIMessage msg, LetterDraft draft) throws Exception {
    String[] headers = orNull(msg::getHeaders);
    String subject = orNull(msg::getSubject);
    if (headers != null && headers.length > 0) {
      InternetHeaders parsed = internetHeaders(headers);
      HeaderReader.Read read = HeaderReader.read(name -> parsed.getHeader(name, ","), null);
      draft.envelope(read.envelope(), subject != null ? subject : read.subject());
      return;
    }
    String from = address(msg.getMainChunks().getEmailFromChunk());
    String[] to = orNull(msg::getRecipientEmailAddressList);
    java.util.Calendar sent = orNull(msg::getMessageDate);
    Instant date = sent == null ? null : sent.toInstant();
    List<String> recipients =
        to == null
            ? List.of()
            : Arrays.stream(to).filter(a -> a != null && a.contains("@")).toList();
    draft.envelope(
        new Envelope(from, null, recipients, List.of(), date, null, null, List.of(), Map.of()),
        subject);
  }

  /** A MAPI property Outlook may not have written: missing reads as null. */
  private interface Chunk<T> {
    T get() throws Exception;
  }

  private static <T> T orNull(Chunk<T> chunk) {
    try {
      return chunk.get();
    } catch (Exception e) {
      return null;
    }
  }

  private static InternetHeaders internetHeaders(String[] lines) throws MessagingException {
    String block = String.join("\r\n", lines) + "\r\n\r\n";
    return new InternetHeaders(new ByteArrayInputStream(block.getBytes(StandardCharsets.UTF_8)));
  }

  private static String address(StringChunk chunk) {
    if (chunk == null) {
      return null;
    }
    String value = chunk.getValue();
    // Exchange keeps X.500 names ("/O=ORG/OU=…") here for internal senders: not an address
    return value != null && value.contains("@") ? value.strip() : null;
  }

  private static String displayName(AttachmentChunks chunks, String fallback) {
    String name = firstOf(chunks.getAttachDisplayName(), null);
    return name != null ? name : fallback;
  }

  private static String firstOf(StringChunk a, StringChunk b) {
    for (StringChunk c : new StringChunk[] {a, b}) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue().strip();
      }
    }
    return null;
  }
}
