package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuotedPrintableInputTest {

  private static String decode(String qp) throws IOException {
    try (var in =
        new QuotedPrintableInput(
            new ByteArrayInputStream(qp.getBytes(StandardCharsets.ISO_8859_1)))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void decodesEscapesAndDropsSoftLineBreaks() throws IOException {
    assertThat(decode("Gr=C3=BC=C3=9Fe, sehr ge=\r\nehrte Damen=\nund Herren"))
        .isEqualTo("Grüße, sehr geehrte Damenund Herren");
  }

  @Test
  void takesBlanksBeforeTheLineEndAsPartOfASoftBreak() throws IOException {
    assertThat(decode("forward this =  \r\nto the CEO")).isEqualTo("forward this to the CEO");
  }

  @Test
  void keepsAnEqualsSignThatStartsNoEscape() throws IOException {
    assertThat(decode("a = b, 50=zz, end=")).isEqualTo("a = b, 50=zz, end=");
  }

  @Test
  void readsAHundredThousandSoftBreaksInARowWithoutRecursing() throws IOException {
    String body = "Please forward this to the board." + "=\r\n".repeat(100_000) + " Thanks.";
    assertThat(decode(body)).isEqualTo("Please forward this to the board. Thanks.");
  }
}
