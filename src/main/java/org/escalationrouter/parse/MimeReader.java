package org.escalationrouter.parse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.mime.HtmlText;
import org.escalationrouter.mime.MimeLimits;
import org.escalationrouter.mime.MimeMessages;
import org.escalationrouter.mime.MimePart;
import org.escalationrouter.mime.MimeTree;
import org.escalationrouter.mime.TextDecoding;

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
    MimePart root = MimeTree.of(message, MimeLimits.withMaxParts(draft.limits().maxParts()));
    if (nest.isTop()) {
      HeaderReader.Read read = HeaderReader.read(name -> header(message, name), root.charset());
      draft.envelope(read.envelope(), read.subject());
      if (read.repaired()) {
        draft.flag(LetterFlag.CHARSET_REPAIRED);
      }
    }
    List<String> bodies = new ArrayList<>();
    List<Runnable> later = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    walk(root, nest, draft, new Walk(bodies, later, shown));
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

  private void walk(MimePart part, Nest nest, LetterDraft draft, Walk w) {
    if (!draft.admitPart()) {
      return;
    }
    String type = part.contentType();
    String base = part.mediaType();
    try {
      String name = part.fileName();
      boolean attached = part.isAttachment();
      if (base.equals("multipart/alternative")) {
        alternative(part, nest, draft, w);
      } else if (base.equals("multipart/encrypted") || isEnveloped(base, type)) {
        draft.flag(LetterFlag.ENCRYPTED);
        String n = nameOr(name, base);
        AttachmentReader.record(
            draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ENCRYPTED));
      } else if (base.equals("multipart/signed")) {
        List<MimePart> signed = partsOf(part, draft);
        if (!signed.isEmpty()) {
          walk(signed.get(0), nest, draft, w);
        }
      } else if (part.isMultipart()) {
        if (part.isBroken()) {
          draft.flag(LetterFlag.BOUNDARY_BROKEN);
          w.bodies().add(BrokenMultipart.asText(part, draft.limits().maxTotalChars()));
          return;
        }
        for (MimePart child : partsOf(part, draft)) {
          walk(child, nest, draft, w);
        }
      } else if (!attached && (base.equals("text/plain") || base.equals("text/html"))) {
        w.bodies().add(bodyText(part, base, draft, w.shown()));
      } else if (REPORTS.contains(base)) {
        AttachmentReader.record(
            draft,
            nameOr(name, base),
            nest.path(nameOr(name, base)),
            base,
            part.decodedSize(),
            0,
            Set.of());
      } else {
        // decoded straight into a temporary file: a large part is never whole in the heap
        Optional<PartSpool.PartFile> file;
        try (InputStream in = part.content()) {
          file = draft.spool().take(in);
        }
        if (file.isEmpty()) {
          String n = nameOr(name, base);
          AttachmentReader.record(
              draft, n, nest.path(n), base, -1, 0, EnumSet.of(LetterFlag.ATTACHMENT_TOO_LARGE));
        } else {
          String contentId = InlineImages.contentId(part);
          w.later()
              .add(
                  () ->
                      attachments.read(
                          file.get(),
                          nameOr(name, base),
                          nest,
                          draft,
                          contentId != null && w.shown().contains(contentId)));
        }
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      draft.flag(LetterFlag.PARSE_ERROR);
    }
  }

  /**
   * The parts of a multipart the walk may read: a body that cannot be split is a parse error here
   * (a plain multipart is read as text instead), and parts beyond the limits are flagged.
   */
  private static List<MimePart> partsOf(MimePart multipart, LetterDraft draft)
      throws MessagingException {
    if (multipart.isBroken()) {
      throw new MessagingException("unreadable " + multipart.mediaType());
    }
    switch (multipart.omission()) {
      case TOO_MANY_PARTS -> draft.flag(LetterFlag.TOO_MANY_PARTS);
      case TOO_DEEP -> draft.flag(LetterFlag.TOO_DEEPLY_NESTED);
      case NONE -> {}
    }
    return multipart.children();
  }

  private String bodyText(MimePart part, String base, LetterDraft draft, Set<String> shown)
      throws IOException {
    TextDecoding.Decoded decoded = part.text(draft.limits().maxTotalChars() * 4);
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
  private void alternative(MimePart part, Nest nest, LetterDraft draft, Walk w)
      throws MessagingException, IOException {
    MimePart richer = null;
    String plain = null;
    for (MimePart child : partsOf(part, draft)) {
      String base = child.mediaType();
      if (base.equals("text/plain") && plain == null) {
        String text = bodyText(child, base, draft, w.shown());
        plain = text.isBlank() ? null : text;
      } else if (base.equals("text/html") || child.isMultipart()) {
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
  private static void imagesShownBy(MimePart html, LetterDraft draft, Set<String> shown)
      throws IOException {
    byte[] bytes = html.bytes(draft.limits().maxTotalChars() * 4);
    InlineImages.referencedIn(new String(bytes, StandardCharsets.ISO_8859_1), shown);
  }

  private static String nameOr(String name, String base) {
    if (name != null) {
      return name;
    }
    int slash = base.indexOf('/');
    return "part." + (slash < 0 ? "bin" : base.substring(slash + 1));
  }

  private static boolean isEnveloped(String base, String type) {
    return (base.equals("application/pkcs7-mime") || base.equals("application/x-pkcs7-mime"))
        && !type.toLowerCase(Locale.ROOT).contains("signed-data");
  }

  private static String header(MimeMessage m, String name) {
    try {
      return m.getHeader(name, ",");
    } catch (MessagingException e) {
      return null;
    }
  }
}
