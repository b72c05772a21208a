package org.escalationrouter.judge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.escalationrouter.parse.Letter;

/**
 * The lines of {@code judge/principal-wordings.txt}: {@code +|text} a request, {@code -|text} a
 * near miss, {@code ±|subject|text} with a subject line; {@code \n} in a text is a line break,
 * {@code #} lines are comments. Read by PrincipalRequestWordingsTest and by the model trainer.
 */
final class PrincipalWordings {

  /** One line: whether it asks to reach the principals, as written, and as a letter. */
  record Line(boolean request, String written, Letter letter) {}

  private PrincipalWordings() {}

  static List<Line> read() {
    return read("judge/principal-wordings.txt");
  }

  /**
   * The near misses written for the learned model's threshold ({@code judge/model-near-misses.txt},
   * same format): read by JudgeModelTrainer and JudgeModelTest, not by the rules' test.
   */
  static List<Line> modelNearMisses() {
    return read("judge/model-near-misses.txt");
  }

  static List<Line> read(String resource) {
    try (InputStream in = PrincipalWordings.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      List<Line> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] p = line.split("\\|", 3);
        String subject = p.length == 3 ? p[1] : "";
        String body = (p.length == 3 ? p[2] : p[1]).replace("\\n", "\n");
        lines.add(new Line(p[0].equals("+"), line.substring(2), Letter.ofText(subject, body)));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
