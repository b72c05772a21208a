package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Envelope;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.TextPart;
import tools.jackson.databind.JsonNode;

/**
 * One labelled letter of an evaluation set (the dev set, the real texts, the independent wordings).
 * Items of a corpus carry only their id and labels; the text is read from the shared corpus.
 * Written items carry their text, and may carry a subject, a signature or quoted history (the judge
 * must ignore the last two).
 *
 * @param lang the language the item is written in, for per-language figures; null when unknown
 */
record LabelledItem(
    String id,
    String lang,
    String subject,
    String text,
    String signature,
    String quoted,
    Set<Signal> signals,
    Severity severity) {

  /** A dev set line: corpus items are looked up in the complaint corpus by id. */
  static LabelledItem from(JsonNode node, Map<String, String> corpusTexts) {
    String id = node.path("id").asString();
    String text =
        "corpus".equals(node.path("source").asString())
            ? corpusTexts.get(id)
            : node.path("text").asString(null);
    return of(node, text, node.path("lang").asString(null));
  }

  /** A line of {@code real-texts/gold.jsonl}: labels only, text and language from the corpus. */
  static LabelledItem fromCorpus(JsonNode node, Map<String, JsonNode> corpus) {
    JsonNode record = corpus.get(node.path("id").asString());
    return of(
        node,
        record == null ? null : record.path("text").asString(null),
        record == null ? null : record.path("lang").asString(null));
  }

  /** A line of {@code wordings/wordings.jsonl}: text, subject and language in the line. */
  static LabelledItem written(JsonNode node) {
    return of(node, node.path("text").asString(null), node.path("lang").asString(null));
  }

  private static LabelledItem of(JsonNode node, String text, String lang) {
    String id = node.path("id").asString();
    if (text == null) {
      throw new IllegalArgumentException("labelled item " + id + " has no text (not in corpus?)");
    }
    Set<Signal> signals = EnumSet.noneOf(Signal.class);
    for (JsonNode s : node.path("signals")) {
      signals.add(
          Signal.fromWireName(s.asString())
              .orElseThrow(() -> new IllegalArgumentException(id + ": unknown signal " + s)));
    }
    return new LabelledItem(
        id,
        lang,
        node.path("subject").asString(""),
        text,
        node.path("signature").asString(null),
        node.path("quoted").asString(null),
        signals,
        Severity.fromWireName(node.path("severity").asString()));
  }

  EvaluationSplit part() {
    return EvaluationSplit.of(id);
  }

  /**
   * The item as a plain-text e-mail read by the real parser, as {@code explain} would read it:
   * quoted history ("> ...") and signatures in the text are split off by the parser, not by us.
   */
  Letter mail(org.escalationrouter.parse.LetterParser parser) {
    String header =
        "Subject: =?UTF-8?B?"
            + java.util.Base64.getEncoder()
                .encodeToString(subject.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\n";
    String body = text.replace("\r\n", "\n").replace("\n", "\r\n");
    return parser.parse(
        (header + body).getBytes(java.nio.charset.StandardCharsets.UTF_8), id + ".eml");
  }

  /**
   * The letter as the parser would hand it over, each part's language guessed as the parser does.
   */
  Letter letter() {
    List<TextPart> parts = new ArrayList<>();
    if (quoted != null) {
      parts.add(TextPart.guessed(TextPart.Kind.QUOTED, "body", quoted));
    }
    parts.add(TextPart.guessed(TextPart.Kind.NEW_TEXT, "body", text));
    if (signature != null) {
      parts.add(TextPart.guessed(TextPart.Kind.SIGNATURE, "body", signature));
    }
    return new Letter(Envelope.EMPTY, subject, parts, List.of(), Set.of());
  }
}
