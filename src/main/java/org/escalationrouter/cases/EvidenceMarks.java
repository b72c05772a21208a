package org.escalationrouter.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * The customer's text with the evidence phrases marked: as HTML in {@code <mark>} (every piece of
 * the text escaped, so the only markup in the result is the marks added here), or as plain text
 * between asterisks for the text part of an e-mail.
 */
public final class EvidenceMarks {

  private EvidenceMarks() {}

  /** A stretch of the text, end exclusive. */
  private record Span(int start, int end) {}

  public static String html(String text, Collection<String> phrases) {
    return marked(text, phrases, HtmlUtils::htmlEscape, "<mark>", "</mark>");
  }

  /** Plain text with each piece of evidence between asterisks: "I will *call my attorney*". */
  public static String plain(String text, Collection<String> phrases) {
    return marked(text, phrases, UnaryOperator.identity(), "*", "*");
  }

  private static String marked(
      String text,
      Collection<String> phrases,
      UnaryOperator<String> escape,
      String open,
      String close) {
    if (text == null) {
      return "";
    }
    List<Span> spans = merged(find(text, phrases));
    StringBuilder out = new StringBuilder(text.length() + spans.size() * 13);
    int at = 0;
    for (Span s : spans) {
      out.append(escape.apply(text.substring(at, s.start())));
      out.append(open).append(escape.apply(text.substring(s.start(), s.end()))).append(close);
      at = s.end();
    }
    out.append(escape.apply(text.substring(at)));
    return out.toString();
  }

  /** Every occurrence of every phrase, ignoring case and how the words are spaced or wrapped. */
  private static List<Span> find(String text, Collection<String> phrases) {
    List<Span> spans = new ArrayList<>();
    for (String phrase : phrases) {
      if (phrase == null || phrase.isBlank()) {
        continue;
      }
      String regex =
          Arrays.stream(phrase.strip().split("\\s+"))
              .map(Pattern::quote)
              .collect(Collectors.joining("\\s+"));
      Matcher m =
          Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
      while (m.find()) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  private static List<Span> merged(List<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last.end()) {
        out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
