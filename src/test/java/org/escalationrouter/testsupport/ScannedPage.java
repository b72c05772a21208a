package org.escalationrouter.testsupport;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/** A letter as a scanner would save it: lines of text rendered into a PNG, for OCR tests. */
public final class ScannedPage {

  private ScannedPage() {}

  public static byte[] png(List<String> lines) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage page =
        new BufferedImage(1700, Math.max(900, 120 + 90 * lines.size()), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, page.getWidth(), page.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
    int y = 120;
    for (String line : lines) {
      g.drawString(line, 100, y);
      y += 90;
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(page, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
