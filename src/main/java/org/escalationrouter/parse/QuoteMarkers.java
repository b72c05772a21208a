package org.escalationrouter.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines mail programs put above quoted history and forwarded mail, in English, Polish, German,
 * French, Spanish and Italian.
 */
final class QuoteMarkers {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** "On Tue, 3 May 2024, Anna wrote:" and its equivalents; may be wrapped over two lines. */
  private static final Pattern ATTRIBUTION =
      Pattern.compile(
          "^\\s*(?:"
              + "on\\b.{3,250}\\bwrote\\s*:"
              + "|.{0,120}\\bwrote\\s*:"
              + "|(?:w dniu|dnia)\\b.{3,250}\\b(?:napisał(?:a|\\(a\\))?|pisze)\\s*:"
              + "|.{0,120}\\bnapisał(?:a|\\(a\\))?\\s*:"
              + "|am\\b.{3,250}\\bschrieb.{0,120}:"
              + "|.{0,120}\\bschrieb(?: am)?\\b.{0,120}:"
              + "|le\\b.{3,250}\\ba\\s+écrit\\s*:"
              + "|.{0,120}\\ba\\s+écrit\\s*:"
              + "|el\\b.{3,250}\\bescribi[óo]\\s*:"
              + "|.{0,120}\\bescribi[óo]\\s*:"
              + "|il\\b.{3,250}\\bha scritto\\s*:"
              + ")\\s*$",
          FLAGS);

  /** "-----Original Message-----" in its localised forms. */
  private static final Pattern ORIGINAL_MESSAGE =
      Pattern.compile(
          "^\\s*-{2,}\\s*(?:original message|ursprüngliche nachricht|originalnachricht"
              + "|message d'origine|mensaje original|oryginalna wiadomość|wiadomość oryginalna"
              + "|messaggio originale)\\s*-{2,}\\s*$",
          FLAGS);

  /** Forwarded-mail headers of Gmail, Thunderbird, Outlook and Apple Mail. */
  private static final Pattern FORWARDED =
      Pattern.compile(
          "^\\s*(?:-{2,}\\s*(?:forwarded message|original forwarded message|weitergeleitete"
              + " nachricht|message transféré|mensaje reenviado|wiadomość przekazana dalej"
              + "|przekazana wiadomość|messaggio inoltrato)\\s*-{2,}"
              + "|begin forwarded message\\s*:|anfang der weitergeleiteten nachricht\\s*:"
              + "|début du message réexpédié\\s*:|inicio del mensaje reenviado\\s*:"
              + "|początek przekazywanej wiadomości\\s*:|inizio messaggio inoltrato\\s*:)\\s*$",
          FLAGS);

  /** First line of an Outlook header block: "From: …" ("Von:", "De :", "Od:", "Da:"). */
  private static final Pattern HEADER_FROM =
      Pattern.compile("^\\s*\\*?(?:from|von|de|od|da)\\s?:\\*?\\s*\\S.*$", FLAGS);

  /** A second header line that proves the block: "Sent:", "Date:", "Gesendet:", "Envoyé :" … */
  private static final Pattern HEADER_SENT =
      Pattern.compile(
          "^\\s*\\*?(?:sent|date|gesendet|datum|envoyé|enviado(?: el)?|fecha|wysłano|wysłane"
              + "|data|inviato|to|an|à|para|do|a|subject|betreff|objet|asunto|temat|oggetto)"
              + "\\s?:\\*?.*$",
          FLAGS);

  private static final Pattern QUOTE_PREFIX = Pattern.compile("^\\s*>");

  private QuoteMarkers() {}

  static boolean isQuoted(String line) {
    return QUOTE_PREFIX.matcher(line).find();
  }

  /** Lines taken by an attribution starting at {@code i}: 0, 1, or 2 when wrapped. */
  static int attributionAt(List<String> lines, int i) {
    String line = lines.get(i);
    if (line.isBlank() || isQuoted(line)) {
      return 0;
    }
    if (ATTRIBUTION.matcher(line).matches()) {
      return 1;
    }
    if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
      String joined = line.strip() + " " + lines.get(i + 1).strip();
      if (joined.length() < 300 && ATTRIBUTION.matcher(joined).matches()) {
        return 2;
      }
    }
    return 0;
  }

  static boolean isOriginalMessage(String line) {
    return ORIGINAL_MESSAGE.matcher(line).matches();
  }

  static boolean isForwarded(String line) {
    return FORWARDED.matcher(line).matches();
  }

  /** An Outlook "From: … / Sent: …" block starting at {@code i} (no separator line above it). */
  static boolean isHeaderBlock(List<String> lines, int i) {
    if (!HEADER_FROM.matcher(lines.get(i)).matches()) {
      return false;
    }
    int seen = 0;
    for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
      if (HEADER_SENT.matcher(lines.get(j)).matches()) {
        seen++;
      }
    }
    return seen >= 2;
  }
}
