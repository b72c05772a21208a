package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodySplitterTest {

  private static String text(List<BodySegment> segments, TextPart.Kind kind) {
    return String.join(
        "\n", segments.stream().filter(s -> s.kind() == kind).map(BodySegment::text).toList());
  }

  @Test
  void cutsSignatureAtDashDashSpace() {
    var parts =
        BodySplitter.split(
            "I want my money back.\n-- \nJan Nowak\nACME", "body", TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.NEW_TEXT)).isEqualTo("I want my money back.");
    assertThat(text(parts, TextPart.Kind.SIGNATURE)).startsWith("-- \nJan Nowak");
  }

  @Test
  void takesSentFromMyIphoneAsSignature() {
    var parts =
        BodySplitter.split("Call me today.\n\nSent from my iPhone", "body", TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.NEW_TEXT)).isEqualTo("Call me today.\n");
    assertThat(text(parts, TextPart.Kind.SIGNATURE)).isEqualTo("Sent from my iPhone");
  }

  @Test
  void doesNotTakeASentenceAfterThanksForASignature() {
    var parts =
        BodySplitter.split(
            "The meter was read wrongly.\nThank you\nI expect a corrected bill within seven days.",
            "body",
            TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.SIGNATURE)).isEmpty();
    assertThat(text(parts, TextPart.Kind.NEW_TEXT)).contains("corrected bill");
  }

  @Test
  void quotesEverythingBelowAnUnprefixedOnWroteAttribution() {
    var parts =
        BodySplitter.split(
            "Still broken.\n\nOn Mon, 3 Mar 2025 at 10:00, Support <s@example.com>\nwrote:\n"
                + "We fixed it.",
            "body",
            TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.NEW_TEXT)).isEqualTo("Still broken.\n");
    assertThat(text(parts, TextPart.Kind.QUOTED)).contains("We fixed it.");
  }

  @Test
  void keepsCopyLinesUnderTheSignatureAsTheWritersText() {
    var parts =
        BodySplitter.split(
            "Je conteste la pénalité.\nCordialement,\nMarie Leclerc\n06 11 22 33 44\n\n"
                + "Copie : Direction générale",
            "body",
            TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.SIGNATURE))
        .contains("Marie Leclerc")
        .doesNotContain("Copie");
    assertThat(text(parts, TextPart.Kind.NEW_TEXT))
        .contains("Je conteste")
        .contains("Copie : Direction générale");
  }

  @Test
  void leavesASignatureWithoutCopyLinesWhole() {
    var parts =
        BodySplitter.split(
            "Bitte erstatten Sie die Gebühr.\nMit freundlichen Grüßen\nJonas Keller\nKopierer-Service"
                + " Keller",
            "body",
            TextPart.Kind.NEW_TEXT);
    assertThat(text(parts, TextPart.Kind.SIGNATURE)).contains("Jonas Keller").contains("Kopierer");
    assertThat(text(parts, TextPart.Kind.NEW_TEXT)).isEqualTo("Bitte erstatten Sie die Gebühr.");
  }
}
