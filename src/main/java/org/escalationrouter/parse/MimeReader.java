package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.mime.HtmlText;
import org.escalationrouter.mime.MimeMessages;

/**
 * RFC 822 messages: headers into the envelope, the body (text/plain preferred over HTML) split into
 * new text, quotes and signature, and every other part handed to the {@link AttachmentReader}.
 */
final class MimeReader {

  private static final Set<String> REPORTS =
      Set.of(
          "message/delivery-status",
          "message/global-delivery-status",
          "message/disposition-notification",
          "message/feedback-report",
          "text/rfc822-headers",
          "message/rfc822-headers",
          "application/pkcs7-signature",
          "application/x-pkcs7-signature");

  private final AttachmentReader attachments;

  MimeReader(AttachmentReader attachments) {
    this.attachments = attachments;
  }

  /**
   * Reads a message from a shared stream (over the bytes in memory or a spooled file), so that its
   * parts are views of that one copy rather than copies of their own.
   */
  void read(InputStream shared, Nest nest, LetterDraft draft) throws MessagingException {
    MimeMessage message = MimeMessages.readLeniently(shared);
    if (nest.isTop()) {
      String charset = MimeParts.charsetOf(MimeParts.safeType(message));
      HeaderReader.Read read = HeaderReader.read(name -> header(message, name), charset);
      draft.envelope(read.envelope(), read.subject());
      if (read.repaired()) {
        draft.flag(LetterFlag.CHARSET_REPAIRED);
      }
    }
    List<String> bodies = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    walk(message, nest, draft, new Walk(bodies, later, shown));
    draft.addAll(
        BodySplitter.split(String.join("\n\n", bodies), nest.bodySource(), nest.newKind()));
    // attachments after the body, so that parts read in the order a person would
    later.forEach(Runnable::run);
  }

  /**
   * What a walk over one message collects: body texts, attachments to read once the body is in, and
   * the Content-IDs its HTML shows.
   */
  private record Walk(List<String> bodies, List<Runnable> later, Set<String> shown) {}

  private void walk(Part part, Nest nest, LetterDraft draft, Walk w) {
    if (!draft.admitPart()) {
      return;
    }
    String type = MimeParts.safeType(part);
    String base = MimeParts.baseType(type);
    try {
      String name = MimeParts.fileName(part);
      boolean attached =
          name != null || Part.ATTACHMENT.equalsIgnoreCase(MimeParts.disposition(part));
      if (base.equals("multipart/alternative")) {
        alternative(part, nest, draft, w);
      } else if (base.equals("multipart/encrypted") || MimeParts.isEnveloped(base, type)) {
        draft.flag(LetterFlag.ENCRYPTED);
        String n = MimeParts.nameOr(name, base);
        AttachmentReader.record(
            draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ENCRYPTED));
      } else if (base.equals("multipart/signed")) {
        Multipart multipart = (Multipart) part.getContent();
        if (multipart.getCount() > 0) {
          walk(multipart.getBodyPart(0), nest, draft, w);
        }
      } else if (base.startsWith("multipart/")) {
        Multipart multipart = BrokenMultipart.parts(part);
        if (multipart == null) {
          draft.flag(LetterFlag.BOUNDARY_BROKEN);
          w.bodies().add(BrokenMultipart.asText(part, draft.limits().maxTotalChars()));
          return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i), nest, draft, w);
        }
      } else if (!attached && (base.equals("text/plain") || base.equals("text/html"))) {
        w.bodies().add(bodyText(part, base, type, draft, w.shown()));
      } else if (REPORTS.contains(base)) {
        AttachmentReader.record(
            draft,
            MimeParts.nameOr(name, base),
            nest.path(MimeParts.nameOr(name, base)),
            base,
            MimeParts.size(part),
            0,
            Set.of());
      } else {
        // decoded straight into a temporary file: a large part is never whole in the heap
        Optional<PartSpool.PartFile> file;
        try (InputStream in = MimeParts.content(part)) {
          file = draft.spool().take(in);
        }
        if (file.isEmpty()) {
          String n = MimeParts.nameOr(name, base);
          AttachmentReader.record(
              draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ATTACHMENT_TOO_LARGE));
        } else {
          String contentId = InlineImages.contentId(part);
          w.later()
              .add(
                  () ->
                      attachments.read(
                          file.get(),
                          MimeParts.nameOr(name, base),
                          nest,
                          draft,
                          contentId != null && w.shown().contains(contentId)));
        }
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      draft.flag(LetterFlag.PARSE_ERROR);
    }
  }

  private String bodyText(Part part, String base, String type, LetterDraft draft, Set<String> shown)
      throws MessagingException, IOException {
    byte[] bytes;
    try (InputStream in = MimeParts.content(part)) {
      bytes = in.readNBytes(draft.limits().maxTotalChars() * 4);
    }
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes, MimeParts.charsetOf(type));
    if (decoded.repaired()) {
      draft.flag(LetterFlag.CHARSET_REPAIRED);
    }
    if (!base.equals("text/html")) {
      return decoded.text();
    }
    InlineImages.referencedIn(decoded.text(), shown);
    return HtmlText.toText(decoded.text());
  }

  /** text/plain when it has words, else the richer alternative (HTML, or a related group). */
  private void alternative(Part part, Nest nest, LetterDraft draft, Walk w)
      throws MessagingException, IOException {
    Multipart alternatives = (Multipart) part.getContent();
    Part richer = null;
    String plain = null;
    for (int i = 0; i < alternatives.getCount(); i++) {
      Part child = alternatives.getBodyPart(i);
      String base = MimeParts.baseType(MimeParts.safeType(child));
      if (base.equals("text/plain") && plain == null) {
        String text = bodyText(child, base, MimeParts.safeType(child), draft, w.shown());
        plain = text.isBlank() ? null : text;
      } else if (base.equals("text/html") || base.startsWith("multipart/")) {
        richer = richer == null || !base.equals("text/html") ? child : richer;
      }
      if (base.equals("text/html")) {
        // the HTML not shown as the body still says which images are part of its design
        imagesShownBy(child, draft, w.shown());
      }
    }
    if (plain != null) {
      w.bodies().add(plain);
    } else if (richer != null) {
      walk(richer, nest, draft, w);
    }
  }

  /** The cid: references of an HTML part, read for that alone (they are ASCII in any charset). */
  private static void imagesShownBy(Part html, LetterDraft draft, Set<String> shown)
      throws MessagingException, IOException {
    try (InputStream in = MimeParts.content(html)) {
      byte[] bytes = in.readNBytes(draft.limits().maxTotalChars() * 4);
      InlineImages.referencedIn(new String(bytes, StandardCharsets.ISO_8859_1), shown);
    }
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name, ",");
    } catch (MessagingException e) {
      return null;
    }
  }
}
