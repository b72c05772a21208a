package org.escalationrouter.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who wrote a paper letter: the first e-mail address in its heading (name and address block at the
 * top), else in the lines after the sign-off at the end; and its subject line ("Re:", "Dotyczy:",
 * "Betreff:", "Objet :", "Asunto:").
 */
final class SenderBlock {

  private static final int HEAD_LINES = 15;
  private static final int TAIL_LINES = 12;
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\s*(?:re|subject|regarding|dotyczy|temat|betreff|betrifft|objet|asunto|ref)\\s?:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private SenderBlock() {}

  static Optional<String> email(List<String> lines) {
    Optional<String> top = firstEmail(lines.subList(0, Math.min(HEAD_LINES, lines.size())));
    if (top.isPresent()) {
      return top;
    }
    return firstEmail(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }

  static String subject(List<String> lines) {
    for (String line : lines.subList(0, Math.min(30, lines.size()))) {
      var m = SUBJECT.matcher(line);
      if (m.matches()) {
        return m.group(1).strip();
      }
    }
    return "";
  }

  private static Optional<String> firstEmail(List<String> lines) {
    for (String line : lines) {
      var m = EMAIL.matcher(line);
      if (m.find()) {
        return Optional.of(m.group());
      }
    }
    return Optional.empty();
  }
}
