package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.escalationrouter.mime.TextDecoding;
import org.junit.jupiter.api.Test;

class CharsetRepairTest {

  private static final LetterParser PARSER = LetterParser.withDefaults();

  @Test
  void repairsRawUtf8HeadersAndUtf8BodyDeclaredAsLatin1() {
    byte[] raw =
        concat(
            "From: Zoë Łukasik <zoe@example.pl>\r\n".getBytes(StandardCharsets.UTF_8),
            "Subject: Zażalenie – brak zwrotu\r\n".getBytes(StandardCharsets.UTF_8),
            "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII),
            "Proszę o zwrot pieniędzy, to już miesiąc.\r\n".getBytes(StandardCharsets.UTF_8));

    Letter letter = PARSER.parse(raw, "raw.eml");

    assertThat(letter.subject()).isEqualTo("Zażalenie – brak zwrotu");
    assertThat(letter.envelope().from()).isEqualTo("zoe@example.pl");
    assertThat(letter.newText()).isEqualTo("Proszę o zwrot pieniędzy, to już miesiąc.");
    assertThat(letter.flags()).contains(LetterFlag.CHARSET_REPAIRED);
  }

  @Test
  void readsUndeclaredWindows1250BodyWithoutLosingTheLetter() {
    byte[] raw =
        concat(
            "Subject: reklamacja\r\nContent-Type: text/plain\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII),
            "Zamówienie nie dotarło, proszę o zwrot pieniędzy za zakupy."
                .getBytes(Charset.forName("windows-1250")));

    Letter letter = PARSER.parse(raw, "cp1250.eml");

    assertThat(letter.flags()).contains(LetterFlag.CHARSET_REPAIRED);
    assertThat(letter.newText()).contains("proszę o zwrot").doesNotContain("\uFFFD");
  }

  @Test
  void undoesDoubleDecodedUtf8() {
    TextDecoding.Decoded fixed = TextDecoding.mojibake("CafÃ© crÃ¨me â€“ trÃ¨s mauvais");
    assertThat(fixed.text()).isEqualTo("Café crème – très mauvais");
    assertThat(fixed.repaired()).isTrue();
    assertThat(TextDecoding.mojibake("Café crème").repaired()).isFalse();
  }

  @Test
  void trustsCorrectDeclarations() {
    byte[] latin1 = "Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1);
    TextDecoding.Decoded decoded = TextDecoding.decode(latin1, "ISO-8859-1");
    assertThat(decoded.text()).isEqualTo("Grüße aus Köln");
    assertThat(decoded.repaired()).isFalse();
  }

  @Test
  void tellsTheCentralEuropeanCharsetsApartWhenNoneIsDeclared() {
    String polish =
        "Proszę o przekazanie skargi zarządowi. Żądam zwrotu, świadczenie źle naliczone.";
    String german =
        "Ich möchte, dass Ihr Vorgesetzter sich meldet. Die Rechnung über 49 € ist falsch.";
    String french = "Je souhaite que ma réclamation soit transmise à la direction générale.";

    // a text file dropped or attached without a charset: ą, ś, ź differ between the two
    assertThat(TextDecoding.decode(polish.getBytes(Charset.forName("ISO-8859-2")), null).text())
        .isEqualTo(polish);
    assertThat(TextDecoding.decode(polish.getBytes(Charset.forName("windows-1250")), null).text())
        .isEqualTo(polish);
    assertThat(TextDecoding.decode(german.getBytes(Charset.forName("windows-1252")), null).text())
        .isEqualTo(german);
    assertThat(TextDecoding.decode(french.getBytes(Charset.forName("windows-1252")), null).text())
        .isEqualTo(french);
  }

  private static byte[] concat(byte[]... pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : pieces) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void readsUtf16WithoutAByteOrderMarkWhateverTheDeclaration() {
    String body = "Proszę przekazać to pismo zarządowi. Opłata 49 zł jest niesłuszna.";
    for (String declared : new String[] {"", "; charset=utf-8", "; charset=us-ascii"}) {
      for (Charset wide : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
        byte[] raw =
            concat(
                ("Subject: opłata\r\nContent-Type: text/plain" + declared + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII),
                body.getBytes(wide));

        Letter letter = LetterParser.withDefaults().parse(raw, "wide.eml");

        assertThat(letter.newText()).as(wide + declared).isEqualTo(body);
      }
    }
  }
}
