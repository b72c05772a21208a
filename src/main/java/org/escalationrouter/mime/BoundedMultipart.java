package org.escalationrouter.mime;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A multipart split no further than a walk may read it. Jakarta Mail splits every part of a
 * multipart the first time one is asked for, so a message of 20,000 tiny parts took minutes before
 * the walk could stop at its limit. The delimiter lines are counted first ({@link DelimiterScan});
 * a multipart with more parts than the walk may still take is split from a copy of its bytes cut
 * before the first delimiter too many and closed with its close delimiter.
 */
final class BoundedMultipart {

  /**
   * The multipart to read.
   *
   * @param multipart its parts, or null when none may be read (and it has some)
   * @param cut whether parts beyond those the walk may take were left out
   */
  record Read(Multipart multipart, boolean cut) {}

  private BoundedMultipart() {}

  /**
   * The multipart {@code part} holds, with at most {@code allowed} parts split by Jakarta Mail;
   * throws as {@link Part#getContent()} does when its body cannot be split at all.
   */
  static Read of(Part part, String contentType, int allowed)
      throws MessagingException, IOException {
    DelimiterScan.Found found;
    try (InputStream body = part.getInputStream()) {
      found = DelimiterScan.scan(body, boundaryParameter(contentType), allowed);
    } catch (IOException | MessagingException | RuntimeException e) {
      // not countable here: Jakarta Mail reads it (or fails) as it always did
      return new Read((Multipart) part.getContent(), false);
    }
    if (found.cutAt() < 0) {
      return new Read((Multipart) part.getContent(), false);
    }
    if (allowed <= 0) {
      return new Read(null, true);
    }
    MimeMultipart cut = new MimeMultipart(new Cut(contentType, closedCopy(part, found)));
    cut.setParent(part); // its parts belong to the message: the same session, the same leniency
    return new Read(cut, true);
  }

  private static String boundaryParameter(String contentType) throws ParseException {
    return new ContentType(contentType).getParameter("boundary");
  }

  // the bytes before the first delimiter too many, then the close delimiter on a line of its own
  private static byte[] closedCopy(Part part, DelimiterScan.Found found)
      throws IOException, MessagingException {
    byte[] close = "--\r\n".getBytes(StandardCharsets.US_ASCII);
    int kept = Math.toIntExact(found.cutAt());
    byte[] copy = new byte[kept + found.boundary().length + close.length];
    try (InputStream body = part.getInputStream()) {
      int read = body.readNBytes(copy, 0, kept);
      if (read < kept) {
        throw new IOException("the multipart's bytes changed between two reads");
      }
    }
    System.arraycopy(found.boundary(), 0, copy, kept, found.boundary().length);
    System.arraycopy(close, 0, copy, kept + found.boundary().length, close.length);
    return copy;
  }

  /** The cut copy as Jakarta Mail reads a body: its parts are views of it, not copies. */
  private static final class Cut implements DataSource {
    private final String contentType;
    private final byte[] bytes;

    Cut(String contentType, byte[] bytes) {
      this.contentType = contentType;
      this.bytes = bytes;
    }

    @Override
    public InputStream getInputStream() {
      return new SharedByteArrayInputStream(bytes);
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      throw new IOException("read only");
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    public String getName() {
      return "cut multipart";
    }
  }
}
