package org.escalationrouter.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the sender's signature starts in a run of new text: the {@code -- } delimiter, a "Sent from
 * my iPhone" line, or a sign-off ("Kind regards", "Z poważaniem", "Mit freundlichen Grüßen",
 * "Cordialement", "Atentamente"…) followed only by a short name and title block.
 */
final class Signatures {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final int MAX_BLOCK_LINES = 8;
  private static final int MAX_BLOCK_LINE_LENGTH = 80;

  private static final Pattern DELIMITER = Pattern.compile("^--\\s?$|^__{8,}\\s*$");

  private static final Pattern MOBILE =
      Pattern.compile(
          "^\\s*(?:sent from my \\S.*|sent from (?:outlook|mail|yahoo mail).*|get outlook for .*"
              + "|wysłane z (?:mojego |mej )?\\S.*|von meinem \\S.* gesendet\\.?|gesendet von"
              + " meinem \\S.*|envoyé de mon \\S.*|enviado desde mi \\S.*|inviato da(?:l mio)?"
              + " \\S.*)$",
          FLAGS);

  private static final String SIGN_OFFS =
      "(?:kind regards|best regards|warm regards|warmest regards|regards|best wishes|best"
          + "|many thanks|thanks(?: again)?|thank you|cheers|sincerely|yours sincerely"
          + "|yours faithfully|yours truly|respectfully|with thanks"
          + "|pozdrawiam(?: serdecznie)?|z poważaniem|z wyrazami szacunku|łączę pozdrowienia"
          + "|serdecznie pozdrawiam|dziękuję|z góry dziękuję"
          + "|mit freundlichen grüßen|mit freundlichem gruß|freundliche grüße|viele grüße"
          + "|beste grüße|liebe grüße|grüße|gruß|mfg|vielen dank|danke"
          + "|cordialement|bien cordialement|bien à vous|salutations distinguées|sincères"
          + " salutations|meilleures salutations|merci|merci d'avance"
          + "|veuillez agréer.{0,120}"
          + "|atentamente|saludos(?: cordiales)?|un saludo|cordiales saludos|muchas gracias"
          + "|gracias|reciba un cordial saludo"
          + "|cordiali saluti|distinti saluti|saluti)";

  /** A sign-off alone on its line ("Kind regards,"). */
  private static final Pattern SIGN_OFF =
      Pattern.compile("^\\s*" + SIGN_OFFS + "[,.!]*\\s*$", FLAGS);

  /** A sign-off and a name on one line ("Regards, Anna Nowak"). */
  private static final Pattern SIGN_OFF_WITH_NAME =
      Pattern.compile(
          "^\\s*(?iu:"
              + SIGN_OFFS
              + "),\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}\\s*$");

  /**
   * A copy line the writer adds under the signature ("cc: Managing Director", "Copie : Direction
   * générale", "Kopie an: Vorstand", "DW: Zarząd", "c.c.p. Dirección General"): whom the letter
   * also goes to is the writer's own words, not the signature.
   */
  private static final Pattern COPY_LINE =
      Pattern.compile(
          "^\\s*(?:(?:cc|bcc|c\\.\\s?c\\.(?:\\s?p\\.)?|dw|d\\.\\s?w\\.|do wiadomości|do wiad\\."
              + "|kopia do|copy(?: to)?|copies(?: to)?|copie(?:s)?(?: à| a| au| aux)?|kopie(?: an)?"
              + "|in kopie|nachrichtlich|copia(?: a| al| para)?|con copia(?: a| al)?)\\s*:"
              + "|(?:cc|c\\.\\s?c\\.(?:\\s?p\\.)?|copie à|copie au|copie aux|kopie an|copia a|copia al"
              + "|con copia a|con copia al|do wiadomości|kopia do)\\s)\\s*\\S.*$",
          FLAGS);

  private Signatures() {}

  /**
   * Where the signature that starts at {@code start} ends: at its first copy line, whose lines and
   * those after it are the writer's, or at the end of {@code lines}.
   */
  static int end(List<String> lines, int start) {
    for (int i = Math.max(start + 1, 0); i < lines.size(); i++) {
      if (COPY_LINE.matcher(lines.get(i)).matches()) {
        return i;
      }
    }
    return lines.size();
  }

  /** Index of the first signature line in {@code lines}, or -1 when there is none. */
  static int start(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (DELIMITER.matcher(line).matches() && i > 0) {
        return i;
      }
      if (MOBILE.matcher(line).matches() && onlyShortLinesAfter(lines, i)) {
        return i;
      }
    }
    // the last sign-off followed by nothing but a short name/title block
    for (int i = lines.size() - 1; i >= 0; i--) {
      String line = lines.get(i);
      if ((SIGN_OFF.matcher(line).matches() || SIGN_OFF_WITH_NAME.matcher(line).matches())
          && onlyShortLinesAfter(lines, i)) {
        return i;
      }
    }
    return -1;
  }

  // names, titles, phone numbers and addresses are short and do not end like sentences
  private static boolean looksLikeSentence(String line) {
    int words = line.split("\\s+").length;
    return words > 7 || line.endsWith("?") || (line.endsWith(".") && words >= 5);
  }

  private static boolean onlyShortLinesAfter(List<String> lines, int i) {
    int nonBlank = 0;
    for (int j = i + 1; j < lines.size(); j++) {
      String line = lines.get(j).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.length() > MAX_BLOCK_LINE_LENGTH
          || ++nonBlank > MAX_BLOCK_LINES
          || looksLikeSentence(line)) {
        return false;
      }
    }
    return true;
  }
}
