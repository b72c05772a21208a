package org.escalationrouter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ParseSettingsTest {

  @Test
  void bindsEscalationParsePropertiesAndDefaultsTheRest() {
    Binder binder =
        new Binder(
            new MapConfigurationPropertySource(
                Map.of(
                    "escalation.parse.max-attachment-bytes", "1048576",
                    "escalation.parse.parse-timeout", "5s",
                    "escalation.parse.ocr", "false")));

    ParseLimits limits = binder.bind("escalation.parse", ParseLimits.class).get();

    assertThat(limits.maxAttachmentBytes()).isEqualTo(1_048_576);
    assertThat(limits.parseTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(limits.ocrEnabled()).isFalse();
    assertThat(limits.maxTotalChars()).isEqualTo(ParseLimits.DEFAULT_MAX_TOTAL_CHARS);
    assertThat(limits.maxDepth()).isEqualTo(5);
    assertThat(limits.maxParts()).isEqualTo(200);
  }

  @Test
  void describesPartsAttachmentsFlagsAndNewText() {
    Letter letter =
        new Letter(
            Envelope.EMPTY,
            "Refund",
            List.of(
                new TextPart(TextPart.Kind.NEW_TEXT, "body", "Where is my refund?", "en"),
                new TextPart(TextPart.Kind.QUOTED, "body", "> We will pay.", null)),
            List.of(
                new AttachmentInfo(
                    "scan.png", "scan.png", "image/png", 2048, 0, Set.of(LetterFlag.NEEDS_OCR))),
            Set.of(LetterFlag.NEEDS_OCR));

    String description = LetterParser.withDefaults().describe(letter);

    assertThat(description)
        .contains("Subject: Refund")
        .contains("Flags: NEEDS_OCR")
        .containsPattern("NEW_TEXT +body +lang=en +19 chars")
        .containsPattern("QUOTED +body +lang=\\? +14 chars")
        .containsPattern("scan.png +image/png +2048 bytes, 0 chars of text, flags: NEEDS_OCR")
        .contains("New text:\n  Where is my refund?");
  }
}
