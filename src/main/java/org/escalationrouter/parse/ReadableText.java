package org.escalationrouter.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The letter as a person reads it: the body's new text, then each letter or attachment whose text
 * was read, under its file name. A dropped letter is the whole text, signature and all, since the
 * sign-off is how a reader sees who wrote it. Text read by OCR says so; images OCR left unread, and
 * parts not read at all (encrypted, broken, too large), are named at the end with the reason.
 */
final class ReadableText {

  static final String OCR_NOTE = "[Read by OCR from %s: spelling may be off]";
  static final String NOT_READ_NOTE = "[Images not read by OCR: %s]";
  static final String PARTS_NOT_READ_NOTE = "[Not read, see the original: %s]";

  private ReadableText() {}

  static String of(Letter letter) {
    List<String> sections = new ArrayList<>();
    String body = letter.newText();
    if (!body.isBlank()) {
      sections.add(body);
    }
    Map<String, List<String>> files = filesRead(letter);
    boolean lone = body.isBlank() && files.size() == 1;
    files.forEach(
        (source, texts) -> {
          String path = path(source);
          boolean ocr = readByOcr(letter, path);
          StringBuilder s = new StringBuilder();
          if (!lone) {
            s.append("--- ").append(path).append(" ---\n");
          }
          if (ocr) {
            s.append(OCR_NOTE.formatted(path)).append("\n\n");
          }
          s.append(String.join("\n\n", texts));
          sections.add(s.toString());
        });
    List<String> unread = letter.imagesNotRead();
    if (!unread.isEmpty()) {
      sections.add(NOT_READ_NOTE.formatted(String.join(", ", unread)));
    }
    List<String> parts = letter.partsNotRead();
    if (!parts.isEmpty()) {
      sections.add(PARTS_NOT_READ_NOTE.formatted(String.join(", ", parts)));
    }
    return String.join("\n\n", sections);
  }

  private static Map<String, List<String>> filesRead(Letter letter) {
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (TextPart p : letter.parts()) {
      // a dropped letter is read whole: its sign-off, and the history of a printed e-mail
      boolean dropped = p.source().startsWith("letter:");
      boolean letterText =
          p.kind() == TextPart.Kind.ATTACHMENT
              || (dropped
                  && (p.kind() == TextPart.Kind.SIGNATURE || p.kind() == TextPart.Kind.QUOTED));
      if (letterText) {
        String source = dropped ? p.source().replace(BodySplitter.FORWARDED, "") : p.source();
        files.computeIfAbsent(source, s -> new ArrayList<>()).add(p.text());
      }
    }
    return files;
  }

  /**
   * {@code letter:scan.png} → {@code scan.png}; {@code attachment:a.eml/attachment:b.pdf} →
   * a.eml/b.pdf
   */
  private static String path(String source) {
    return source.replace("attachment:", "").replace("letter:", "");
  }

  private static boolean readByOcr(Letter letter, String path) {
    return letter.attachments().stream()
        .anyMatch(a -> a.path().equals(path) && a.flags().contains(LetterFlag.OCR_TEXT));
  }
}
