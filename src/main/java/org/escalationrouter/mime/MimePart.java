package org.escalationrouter.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a message as every feature sees it, read leniently (malformed mail is normal): its
 * media type, charset, disposition and file name decoded once, its place in the tree, and its bytes
 * or text read up to a bound the caller gives. Nothing here throws for a broken header; a value
 * that cannot be read is absent ({@code null}) or falls back as RFC 2045 says.
 *
 * <p>The parts below this one ({@link #children()}) are found when first asked for and kept; a
 * multipart's parts, or the message an attached {@code message/rfc822} carries. The limits of the
 * walk are kept for the whole message in one place: a part deeper than {@link MimeLimits#maxDepth}
 * or beyond {@link MimeLimits#maxParts} is left out, and {@link #omission()} says why.
 */
public final class MimePart {

  /** Why some parts below this one were left out. */
  public enum Omission {
    NONE,
    /** the parts would lie deeper than {@link MimeLimits#maxDepth} */
    TOO_DEEP,
    /** the message already had {@link MimeLimits#maxParts} parts */
    TOO_MANY_PARTS
  }

  private static final Pattern RAW_NAME =
      Pattern.compile("(?:file)?name\\*?=\\s*\"?([^\";]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private final Part part;
  private final MimePart parent;
  private final String path;
  private final int depth;
  private final Budget budget;
  private final String contentType;
  private final String mediaType;
  private List<MimePart> children;
  private boolean broken;
  private Omission omission = Omission.NONE;
  private int split;

  private MimePart(Part part, MimePart parent, String path, int depth, Budget budget) {
    this.part = part;
    this.parent = parent;
    this.path = path;
    this.depth = depth;
    this.budget = budget;
    this.contentType = readContentType(part);
    this.mediaType = baseType(contentType);
  }

  static MimePart root(Part message, MimeLimits limits) {
    Budget budget = new Budget(limits);
    budget.take();
    return new MimePart(message, null, "", 0, budget);
  }

  /** Where the part is: "" for the message, "2.1" for the first part of its second part. */
  public String path() {
    return path;
  }

  /** Levels below the message: 0 for the message itself. */
  public int depth() {
    return depth;
  }

  /** The Content-Type header as written, or {@code text/plain} when there is none. */
  public String contentType() {
    return contentType;
  }

  /**
   * The media type in lower case without parameters, such as {@code multipart/report}; {@code
   * text/plain} when the header is missing or names no type (RFC 2045, 5.2). A header whose
   * parameters are broken keeps the type it names.
   */
  public String mediaType() {
    return mediaType;
  }

  public boolean isMultipart() {
    return mediaType.startsWith("multipart/");
  }

  /** An attached message ({@code message/rfc822} or {@code message/global}). */
  public boolean isAttachedMessage() {
    return mediaType.equals("message/rfc822") || mediaType.equals("message/global");
  }

  /** Whether this part lies inside an attached message (a bounce's returned original, say). */
  public boolean isWithinAttachedMessage() {
    return parent != null && (parent.isAttachedMessage() || parent.isWithinAttachedMessage());
  }

  /** Whether this part belongs to a {@code multipart/related} group (the pictures of an HTML). */
  public boolean isRelated() {
    return parent != null && parent.mediaType.equals("multipart/related");
  }

  /** The declared charset as written (quotes removed), or null. */
  public String charset() {
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /** A parameter of the Content-Type (such as a report's {@code report-type}), or null. */
  public String parameter(String name) {
    try {
      return new ContentType(contentType).getParameter(name);
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The Content-Disposition's type as written ({@code attachment}, {@code inline}), or null; a
   * header Jakarta Mail refuses still counts as an attachment when it starts so.
   */
  public String disposition() {
    try {
      return part.getDisposition();
    } catch (MessagingException | RuntimeException e) {
      String[] raw = headers("Content-Disposition");
      return raw.length > 0 && raw[0].strip().toLowerCase(Locale.ROOT).startsWith("attachment")
          ? Part.ATTACHMENT
          : null;
    }
  }

  /**
   * The file name, decoded once for everyone: RFC 2231 parameters, RFC 2047 words, and raw 8-bit
   * bytes (UTF-8 when they are, else cp1252); null when the part has none or a blank one.
   */
  public String fileName() {
    String name;
    try {
      name = part.getFileName();
    } catch (MessagingException | RuntimeException e) {
      name = rawFileName();
    }
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      String repaired = TextDecoding.rawHeader(name, null).text();
      return MimeUtility.decodeText(repaired).strip();
    } catch (IOException | RuntimeException e) {
      return name.strip();
    }
  }

  // a parameter list Jakarta Mail refuses ("filename==?koi8-r?B?…?="): take the value as written
  private String rawFileName() {
    for (String header : new String[] {"Content-Disposition", "Content-Type"}) {
      for (String value : headers(header)) {
        Matcher m = RAW_NAME.matcher(value);
        if (m.find()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** A file sent along rather than shown as the body: it has a name or says it is attached. */
  public boolean isAttachment() {
    return fileName() != null || Part.ATTACHMENT.equalsIgnoreCase(disposition());
  }

  /** The Content-ID without its angle brackets, or null. */
  public String contentId() {
    String[] ids = headers("Content-ID");
    if (ids.length == 0 || ids[0].isBlank()) {
      return null;
    }
    String s = ids[0].strip();
    if (s.startsWith("<") && s.endsWith(">") && s.length() > 1) {
      s = s.substring(1, s.length() - 1);
    }
    return s.strip();
  }

  /** Every value of a header of this part, as written; none when it cannot be read. */
  public String[] headers(String name) {
    try {
      String[] values = part.getHeader(name);
      return values == null ? new String[0] : values;
    } catch (MessagingException | RuntimeException e) {
      return new String[0];
    }
  }

  /** The size of the body as it is in the message (still encoded), or -1 when unknown. */
  public long size() {
    try {
      return part.getSize();
    } catch (MessagingException | RuntimeException e) {
      return -1;
    }
  }

  /** The decoded size, counted without keeping the bytes. */
  public long decodedSize() throws IOException {
    try (InputStream in = content()) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /**
   * The decoded body as a stream; the raw bytes when the transfer encoding is unknown ("8-bit").
   * Over a shared stream it is a view, not a copy, so a large part is never whole in the heap.
   */
  public InputStream content() throws IOException {
    try {
      if (quotedPrintable()) {
        return new QuotedPrintableInput(new java.io.BufferedInputStream(raw()));
      }
      return part.getInputStream();
    } catch (IOException | MessagingException e) {
      try {
        return raw();
      } catch (IOException raw) {
        throw e instanceof IOException io ? io : new IOException(e);
      }
    }
  }

  /**
   * The body is quoted-printable: decoded here, not by Angus Mail (see {@link
   * QuotedPrintableInput}).
   */
  private boolean quotedPrintable() {
    try {
      String[] encoding = part.getHeader("Content-Transfer-Encoding");
      return encoding != null
          && encoding.length > 0
          && encoding[0].strip().equalsIgnoreCase("quoted-printable");
    } catch (MessagingException | RuntimeException e) {
      return false;
    }
  }

  /** At most {@code max} decoded bytes of the body. */
  public byte[] bytes(int max) throws IOException {
    try (InputStream in = content()) {
      return in.readNBytes(max);
    }
  }

  /** At most {@code max} bytes of the body as it is in the message; none when unreadable. */
  public byte[] rawBytes(int max) {
    try (InputStream in = raw()) {
      return in.readNBytes(max);
    } catch (IOException | RuntimeException e) {
      return new byte[0];
    }
  }

  /** The body as it is in the message, transfer encoding and all. */
  public InputStream raw() throws IOException {
    try {
      if (part instanceof MimeBodyPart body) {
        return body.getRawInputStream();
      }
      if (part instanceof MimeMessage message) {
        return message.getRawInputStream();
      }
      return part.getInputStream();
    } catch (MessagingException e) {
      throw new IOException(e);
    }
  }

  /**
   * At most {@code maxBytes} of the body as text, in the declared charset where the bytes agree
   * with it ({@link TextDecoding#decode}), and whether that had to be repaired.
   */
  public TextDecoding.Decoded text(int maxBytes) throws IOException {
    return TextDecoding.decode(bytes(maxBytes), charset());
  }

  /**
   * The parts below this one: a multipart's parts in order, or the message an attached message
   * carries; none for other parts, for a multipart whose body cannot be split ({@link
   * #isBroken()}), and beyond the limits ({@link #omission()}).
   */
  public List<MimePart> children() {
    if (children == null) {
      children = findChildren();
    }
    return children;
  }

  /** A multipart whose boundary is missing or never appears: mail clients show it as text. */
  public boolean isBroken() {
    children();
    return broken;
  }

  /** Why parts below this one were left out, if any were. */
  public Omission omission() {
    children();
    return omission;
  }

  /** How many parts Jakarta Mail split this multipart into (the bound on the work it did). */
  int partsSplit() {
    children();
    return split;
  }

  /**
   * This part and every part below it, depth first, in the order a person reads them; into attached
   * messages only when {@code intoAttachedMessages}.
   */
  public List<MimePart> flatten(boolean intoAttachedMessages) {
    List<MimePart> all = new ArrayList<>();
    collect(intoAttachedMessages, all);
    return all;
  }

  private void collect(boolean intoMessages, List<MimePart> all) {
    all.add(this);
    if (isMultipart() || (intoMessages && isAttachedMessage())) {
      for (MimePart child : children()) {
        child.collect(intoMessages, all);
      }
    }
  }

  private List<MimePart> findChildren() {
    if (isMultipart()) {
      return multipartChildren();
    }
    if (isAttachedMessage()) {
      return messageChild();
    }
    return List.of();
  }

  private List<MimePart> multipartChildren() {
    boolean tooDeep = depth + 1 > budget.limits.maxDepth();
    BoundedMultipart.Read read;
    int count;
    try {
      // split no more parts than the walk may take: Jakarta Mail splits them all at once
      read = BoundedMultipart.of(part, contentType, tooDeep ? 0 : budget.remaining());
      if (read.multipart() == null) {
        omission = tooDeep ? Omission.TOO_DEEP : Omission.TOO_MANY_PARTS;
        return List.of();
      }
      count = read.multipart().getCount(); // parses now: a missing start boundary fails here
    } catch (MessagingException | IOException | RuntimeException e) {
      broken = true;
      return List.of();
    }
    split = count;
    List<MimePart> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!admitChild()) {
        break;
      }
      try {
        found.add(child(read.multipart().getBodyPart(i), i + 1));
      } catch (MessagingException | RuntimeException e) {
        // a part that cannot be read at all is left out; its siblings are still read
      }
    }
    if (read.cut() && omission == Omission.NONE) {
      omission = Omission.TOO_MANY_PARTS;
    }
    return List.copyOf(found);
  }

  private List<MimePart> messageChild() {
    try {
      if (part.getContent() instanceof Part inner && admitChild()) {
        return List.of(child(inner, 1));
      }
    } catch (MessagingException | IOException | RuntimeException e) {
      // an attached message that cannot be read is still the part it is
    }
    return List.of();
  }

  private boolean admitChild() {
    if (depth + 1 > budget.limits.maxDepth()) {
      omission = Omission.TOO_DEEP;
      return false;
    }
    if (!budget.take()) {
      omission = Omission.TOO_MANY_PARTS;
      return false;
    }
    return true;
  }

  private MimePart child(Part child, int index) {
    return new MimePart(
        child, this, path.isEmpty() ? "" + index : path + "." + index, depth + 1, budget);
  }

  private static String readContentType(Part part) {
    try {
      String type = part.getContentType();
      return type == null || type.isBlank() ? "text/plain" : type;
    } catch (MessagingException | RuntimeException e) {
      return "text/plain";
    }
  }

  private static String baseType(String type) {
    int semi = type.indexOf(';');
    String base = (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    int slash = base.indexOf('/');
    return slash <= 0 || slash == base.length() - 1 ? "text/plain" : base;
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "message" : path) + " " + mediaType;
  }

  /** The parts one message may still have. */
  private static final class Budget {
    private final MimeLimits limits;
    private int taken;

    Budget(MimeLimits limits) {
      this.limits = limits;
    }

    int remaining() {
      return limits.maxParts() - taken;
    }

    boolean take() {
      if (taken >= limits.maxParts()) {
        return false;
      }
      taken++;
      return true;
    }
  }
}
