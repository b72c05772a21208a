package org.escalationrouter.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a message body into what the sender wrote now, quoted history and the signature.
 *
 * <p>Quoted: {@code >} lines; an attribution ("On … wrote:", "W dniu … napisał:", "Am … schrieb
 * …:", "Le … a écrit :", "El … escribió:") with the {@code >} block it introduces; and everything
 * from an Outlook "-----Original Message-----" line, a "From: … Sent: …" header block, or an
 * attribution not followed by {@code >} lines, to the end. New lines between {@code >} blocks stay
 * new (inline replies).
 *
 * <p>Forwarded mail: when the sender wrote nothing above a forwarded-message header, the forwarded
 * body is taken as the customer's own words (kind ATTACHMENT, source {@code …/forwarded}); when the
 * sender did write something, the forwarded message is quoted history.
 */
final class BodySplitter {

  /** Added to the source of a forwarded message's body taken as the customer's own words. */
  static final String FORWARDED = "/forwarded";

  private static final int MAX_FORWARD_DEPTH = 5;
  private static final Pattern HEADER_LINE =
      Pattern.compile("^\\s*\\*?[\\p{L}][\\p{L} .-]{0,24}\\s?:\\*?(?:\\s.*)?$");

  private BodySplitter() {}

  static List<BodySegment> split(String text, String source, TextPart.Kind newKind) {
    return split(text, source, newKind, 0);
  }

  private static List<BodySegment> split(
      String text, String source, TextPart.Kind newKind, int depth) {
    List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    List<BodySegment> out = new ArrayList<>();
    Runs runs = new Runs(source, newKind);
    int cut = lines.size();
    boolean forwarded = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (QuoteMarkers.isOriginalMessage(line) || QuoteMarkers.isHeaderBlock(lines, i)) {
        cut = i;
        break;
      }
      if (QuoteMarkers.isForwarded(line)) {
        cut = i;
        forwarded = true;
        break;
      }
      int attribution = QuoteMarkers.attributionAt(lines, i);
      if (attribution > 0) {
        if (!introducesQuoteBlock(lines, i + attribution)) {
          cut = i;
          break;
        }
        for (int k = 0; k < attribution; k++) {
          runs.add(TextPart.Kind.QUOTED, lines.get(i + k));
        }
        i += attribution - 1;
        continue;
      }
      runs.add(QuoteMarkers.isQuoted(line) ? TextPart.Kind.QUOTED : newKind, line);
    }
    List<BodySegment> head = runs.withSignature();
    out.addAll(head);
    List<String> tail = lines.subList(cut, lines.size());
    if (tail.isEmpty()) {
      return out;
    }
    boolean saidNothing = head.stream().noneMatch(s -> s.kind() == newKind && !s.text().isBlank());
    if (forwarded && saidNothing && depth < MAX_FORWARD_DEPTH) {
      int body = forwardedBodyStart(tail);
      out.add(
          new BodySegment(TextPart.Kind.QUOTED, source, String.join("\n", tail.subList(0, body))));
      String forwardedText = String.join("\n", tail.subList(body, tail.size()));
      out.addAll(split(forwardedText, source + FORWARDED, TextPart.Kind.ATTACHMENT, depth + 1));
    } else {
      out.add(new BodySegment(TextPart.Kind.QUOTED, source, String.join("\n", tail)));
    }
    return out;
  }

  private static boolean introducesQuoteBlock(List<String> lines, int from) {
    for (int j = from; j < lines.size(); j++) {
      if (!lines.get(j).isBlank()) {
        return QuoteMarkers.isQuoted(lines.get(j));
      }
    }
    return false;
  }

  /** Index after the marker and the "From:/Date:/Subject:" lines that follow it. */
  private static int forwardedBodyStart(List<String> tail) {
    int i = 1;
    boolean sawHeader = false;
    while (i < tail.size()) {
      String line = tail.get(i);
      if (line.isBlank()) {
        if (sawHeader) {
          return i + 1;
        }
      } else if (HEADER_LINE.matcher(line).matches()) {
        sawHeader = true;
      } else if (sawHeader && Character.isWhitespace(line.charAt(0))) {
        // a folded header value
      } else {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Consecutive lines of one kind; blank lines join the run they fall in. */
  private static final class Runs {
    private final String source;
    private final TextPart.Kind newKind;
    private final List<TextPart.Kind> kinds = new ArrayList<>();
    private final List<List<String>> lines = new ArrayList<>();

    Runs(String source, TextPart.Kind newKind) {
      this.source = source;
      this.newKind = newKind;
    }

    void add(TextPart.Kind kind, String line) {
      boolean sameRun = !kinds.isEmpty() && (kinds.get(kinds.size() - 1) == kind || line.isBlank());
      if (!sameRun) {
        kinds.add(kind);
        lines.add(new ArrayList<>());
      }
      lines.get(lines.size() - 1).add(line);
    }

    /** The runs as segments, the last run of new text split where its signature starts. */
    List<BodySegment> withSignature() {
      int lastNew = kinds.lastIndexOf(newKind);
      List<BodySegment> out = new ArrayList<>();
      for (int r = 0; r < kinds.size(); r++) {
        List<String> run = lines.get(r);
        int signature = r == lastNew ? Signatures.start(run) : -1;
        if (signature >= 0) {
          int end = Signatures.end(run, signature);
          out.add(
              new BodySegment(kinds.get(r), source, String.join("\n", run.subList(0, signature))));
          out.add(
              new BodySegment(
                  TextPart.Kind.SIGNATURE, source, String.join("\n", run.subList(signature, end))));
          if (end < run.size()) {
            out.add(
                new BodySegment(
                    kinds.get(r), source, String.join("\n", run.subList(end, run.size()))));
          }
        } else {
          out.add(new BodySegment(kinds.get(r), source, String.join("\n", run)));
        }
      }
      return out;
    }
  }
}
