package org.escalationrouter.parse;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.escalationrouter.testsupport.ScannedPage;

/**
 * E-mails with pictures, built in the test: scans, logos and HTML showing images by cid: (public
 * for the explain tests).
 */
public final class ImageMail {

  /** One image part: its file name, type, bytes and Content-ID (null for none). */
  public record Image(String name, String type, byte[] bytes, String contentId) {}

  private final String body;
  private final String html;
  private final List<Image> images = new ArrayList<>();

  private ImageMail(String body, String html) {
    this.body = body;
    this.html = html;
  }

  /** A message whose plain body is {@code body} (may be empty) and with no HTML. */
  public static ImageMail withBody(String body) {
    return new ImageMail(body, null);
  }

  /** A message with a plain body and an HTML alternative (which may show images by cid:). */
  public static ImageMail withBodyAndHtml(String body, String html) {
    return new ImageMail(body, html);
  }

  public ImageMail attach(String name, String type, byte[] bytes) {
    images.add(new Image(name, type, bytes, null));
    return this;
  }

  public ImageMail inline(String name, String contentId, byte[] bytes) {
    images.add(new Image(name, "image/png", bytes, contentId));
    return this;
  }

  public byte[] bytes() {
    StringBuilder m = new StringBuilder();
    m.append("From: Anna Nowak <anna@example.com>\r\n")
        .append("To: support@example.com\r\n")
        .append("Subject: My account\r\n")
        .append("Message-ID: <img-")
        .append(System.identityHashCode(this))
        .append("@example.com>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/related; boundary=outer\r\n\r\n")
        .append("--outer\r\n");
    if (html == null) {
      m.append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(body).append("\r\n");
    } else {
      m.append("Content-Type: multipart/alternative; boundary=alt\r\n\r\n")
          .append("--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n")
          .append(body)
          .append("\r\n--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n")
          .append(html)
          .append("\r\n--alt--\r\n");
    }
    for (Image i : images) {
      m.append("--outer\r\n")
          .append("Content-Type: ")
          .append(i.type())
          .append("; name=\"")
          .append(i.name())
          .append("\"\r\nContent-Transfer-Encoding: base64\r\n");
      if (i.contentId() != null) {
        m.append("Content-ID: <").append(i.contentId()).append(">\r\n");
        m.append("Content-Disposition: inline; filename=\"").append(i.name()).append("\"\r\n");
      } else {
        m.append("Content-Disposition: attachment; filename=\"").append(i.name()).append("\"\r\n");
      }
      m.append("\r\n").append(Base64.getMimeEncoder().encodeToString(i.bytes())).append("\r\n");
    }
    m.append("--outer--\r\n");
    return m.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A scanned page with these lines, as PNG. */
  public static byte[] scan(String... lines) {
    return ScannedPage.png(List.of(lines));
  }

  /** The same page in another format ImageIO writes ("jpeg", "tiff"). */
  public static byte[] scanAs(String format, String... lines) {
    try {
      BufferedImage page = ImageIO.read(new ByteArrayInputStream(scan(lines)));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (!ImageIO.write(page, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small picture with a word or two on it, as logos and signature pictures are. */
  public static byte[] logo(String word) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(360, 90, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
    g.drawString(word, 20, 62);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
