package org.escalationrouter.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who wrote a paper letter and what it is about. The sender: a "From:" line in its heading, else
 * the name under the sign-off, else a letterhead name on its first line; with the first e-mail
 * address in its heading (else in the lines after the sign-off). The subject: its "Re:" line
 * ("Dotyczy:", "Betreff:", "Objet :", "Asunto:"), else the first line of the letter's text after
 * the salutation.
 */
final class SenderBlock {

  private static final int HEAD_LINES = 15;
  private static final int TAIL_LINES = 12;
  private static final int SUBJECT_CHARS = 90;
  // starts only where a run of address characters starts, and takes the local part without
  // backtracking: a line of two million letters is one attempt, not two million (linear, not
  // quadratic, in the length of the line)
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern SUBJECT =
      Pattern.compile(
          "^\\s*(?:re|subject|regarding|dotyczy|temat|betreff|betrifft|objet|asunto|ref)\\s?:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern FROM_LINE =
      Pattern.compile(
          "^\\s*(?:from|von|de|od|nadawca|absender|expéditeur|remitente)\\s?:\\s*(\\S.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A person's or firm's name: two to five capitalised words, no digits, no sentence. */
  private static final Pattern NAME =
      Pattern.compile("^\\p{Lu}[\\p{L}.'&-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'&-]*|of|von|van|de)){1,4}$");

  private static final Pattern SALUTATION =
      Pattern.compile(
          // stems ("szanown", "estimad", "sehr geehrte") take their endings: no word end after them
          "^\\s*(?:(?:dear|hello|hi|to whom|liebe|guten tag|dzień dobry|madame|monsieur|messieurs"
              + "|bonjour|hola|muy señor|señor|señora)\\b|sehr geehrte|szanown|estimad).*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private SenderBlock() {}

  /** "Name <address>", the name or the address alone, or empty when the letter names no one. */
  static Optional<String> sender(List<String> lines, int signatureStart) {
    Optional<String> email = email(lines);
    Optional<String> name =
        fromLine(lines)
            .or(() -> signedName(lines, signatureStart))
            .or(() -> letterhead(lines))
            .filter(n -> email.isEmpty() || !n.contains("@"));
    if (name.isPresent() && email.isPresent()) {
      return Optional.of(name.get() + " <" + email.get() + ">");
    }
    return name.or(() -> email);
  }

  static Optional<String> email(List<String> lines) {
    Optional<String> top = firstEmail(head(lines));
    if (top.isPresent()) {
      return top;
    }
    return firstEmail(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
  }

  /** The subject shown when the letter has no "Re:" line: its first line of text, shortened. */
  static String firstLineAsSubject(List<String> lines) {
    return firstLineOfText(lines).map(SenderBlock::shortened).orElse("");
  }

  /** The letter's own "Re:" line, when it has one. */
  static Optional<String> subjectLine(List<String> lines) {
    for (String line : lines.subList(0, Math.min(30, lines.size()))) {
      var m = SUBJECT.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fromLine(List<String> lines) {
    for (String line : head(lines)) {
      var m = FROM_LINE.matcher(line);
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  // the first name-like line below the sign-off ("Yours sincerely," / "Anna Kowalska")
  private static Optional<String> signedName(List<String> lines, int signatureStart) {
    if (signatureStart < 0) {
      return Optional.empty();
    }
    return lines.subList(signatureStart, lines.size()).stream()
        .skip(1)
        .map(String::strip)
        .filter(l -> NAME.matcher(l).matches())
        .findFirst();
  }

  private static Optional<String> letterhead(List<String> lines) {
    return lines.stream()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .findFirst()
        .filter(l -> NAME.matcher(l).matches() && !SALUTATION.matcher(l).matches());
  }

  // the first line after "Dear …," when there is a salutation, else the first line
  private static Optional<String> firstLineOfText(List<String> lines) {
    List<String> text = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < Math.min(HEAD_LINES, text.size()); i++) {
      if (SALUTATION.matcher(text.get(i)).matches()) {
        return i + 1 < text.size() ? Optional.of(text.get(i + 1)) : Optional.empty();
      }
    }
    return text.stream().findFirst();
  }

  private static String shortened(String line) {
    if (line.length() <= SUBJECT_CHARS) {
      return line;
    }
    int space = line.lastIndexOf(' ', SUBJECT_CHARS);
    return line.substring(0, space > SUBJECT_CHARS / 2 ? space : SUBJECT_CHARS) + "…";
  }

  private static List<String> head(List<String> lines) {
    return lines.subList(0, Math.min(HEAD_LINES, lines.size()));
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
