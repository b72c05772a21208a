package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A cut multipart holds exactly the first parts Jakarta Mail splits from the whole one. */
class BoundedMultipartTest {

  // lines that are, almost are, or only look like delimiters, with every line break there is
  private static final String[] LINES = {
    "--b",
    "--b",
    "--b  ",
    "--b\t",
    "--bb",
    "--b-",
    "--b x",
    " --b",
    "--b--",
    "--b--tail",
    "",
    "",
    "",
    "text",
    "Content-Type: text/plain",
    "--",
    "----",
  };
  private static final String[] BREAKS = {"\r\n", "\n", "\r"};

  @Test
  void aCutMultipartHasTheFirstPartsOfTheWholeOneAsJakartaMailSplitsThem() throws Exception {
    Random random = new Random(20_261_205);
    for (int round = 0; round < 200; round++) {
      String header = random.nextInt(8) == 0 ? "multipart/mixed" : "multipart/mixed; boundary=b";
      StringBuilder mail = new StringBuilder("Content-Type: " + header + "\r\n\r\n");
      int lines = 1 + random.nextInt(60);
      for (int i = 0; i < lines; i++) {
        mail.append(LINES[random.nextInt(LINES.length)]);
        if (i < lines - 1 || random.nextBoolean()) {
          mail.append(BREAKS[random.nextInt(BREAKS.length)]);
        }
      }
      byte[] raw = mail.toString().getBytes(StandardCharsets.ISO_8859_1);
      List<String> whole = split(raw);
      if (whole == null) {
        continue; // Jakarta Mail cannot split it at all: the walk calls it broken, as before
      }
      for (int allowed = 0; allowed <= whole.size() + 1; allowed++) {
        MimeMessage message = MimeMessages.read(raw);
        BoundedMultipart.Read read =
            BoundedMultipart.of(message, message.getContentType(), allowed);
        String as =
            "round %d, %d allowed, %d parts, mail: %s"
                .formatted(
                    round,
                    allowed,
                    whole.size(),
                    mail.toString().replace("\r", "\\r").replace("\n", "\\n"));
        assertThat(read.cut()).as(as).isEqualTo(whole.size() > allowed);
        if (read.multipart() == null) {
          assertThat(allowed).as(as).isZero();
          continue;
        }
        List<String> parts = parts(read.multipart());
        assertThat(parts).as(as).isEqualTo(whole.subList(0, Math.min(allowed, whole.size())));
      }
    }
  }

  private static List<String> split(byte[] raw) {
    try {
      return parts((Multipart) MimeMessages.read(raw).getContent());
    } catch (Exception e) {
      return null;
    }
  }

  private static List<String> parts(Multipart multipart) throws Exception {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      byte[] body = ((MimeBodyPart) part).getRawInputStream().readAllBytes();
      parts.add(
          String.join("|", java.util.Collections.list(((MimeBodyPart) part).getAllHeaderLines()))
              + "#"
              + new String(body, StandardCharsets.ISO_8859_1));
    }
    return parts;
  }
}
