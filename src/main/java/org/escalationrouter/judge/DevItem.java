package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escalationrouter.parse.Envelope;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.TextPart;
import tools.jackson.databind.JsonNode;

/**
 * One labelled letter of the dev set. Corpus items carry only their id and labels; the text is read
 * from the shared corpus. Handwritten items carry their text, and may carry a signature or quoted
 * history that the judge must ignore.
 */
record DevItem(
    String id,
    String subject,
    String text,
    String signature,
    String quoted,
    Set<Signal> signals,
    Severity severity) {

  static DevItem from(JsonNode node, Map<String, String> corpusTexts) {
    String id = node.path("id").asString();
    String text =
        "corpus".equals(node.path("source").asString())
            ? corpusTexts.get(id)
            : node.path("text").asString(null);
    if (text == null) {
      throw new IllegalArgumentException("dev item " + id + " has no text (not in the corpus?)");
    }
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    for (JsonNode s : node.path("signals")) {
      signals.add(
          Signal.fromWireName(s.asString())
              .orElseThrow(() -> new IllegalArgumentException(id + ": unknown signal " + s)));
    }
    return new DevItem(
        id,
        node.path("subject").asString(""),
        text,
        node.path("signature").asString(null),
        node.path("quoted").asString(null),
        signals,
        Severity.fromWireName(node.path("severity").asString()));
  }

  /** The letter as the parser would hand it over; the language is left for the judge to guess. */
  Letter letter() {
    List<TextPart> parts = new ArrayList<>();
    if (quoted != null) {
      parts.add(new TextPart(TextPart.Kind.QUOTED, "body", quoted, null));
    }
    parts.add(new TextPart(TextPart.Kind.NEW_TEXT, "body", text, null));
    if (signature != null) {
      parts.add(new TextPart(TextPart.Kind.SIGNATURE, "body", signature, null));
    }
    return new Letter(Envelope.EMPTY, subject, parts, List.of(), Set.of());
  }
}
