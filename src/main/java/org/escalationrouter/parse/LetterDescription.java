package org.escalationrouter.parse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the parser made of a letter, for people: its parts (kind, source, language, length), its
 * attachments (type, size, text length, flags), the letter's flags, the images OCR did not read and
 * why, and its new text. The {@code explain} command prints {@link #render()}.
 */
public record LetterDescription(
    String subject,
    String from,
    List<PartLine> parts,
    List<AttachmentInfo> attachments,
    Set<LetterFlag> flags,
    List<String> imagesNotRead,
    String newText) {

  /** One part of the letter without its text. */
  public record PartLine(TextPart.Kind kind, String source, String language, int length) {}

  public LetterDescription {
    parts = List.copyOf(parts);
    attachments = List.copyOf(attachments);
    flags = Set.copyOf(flags);
    imagesNotRead = List.copyOf(imagesNotRead);
  }

  public static LetterDescription of(Letter letter) {
    return new LetterDescription(
        letter.subject(),
        letter.envelope().from(),
        letter.parts().stream()
            .map(p -> new PartLine(p.kind(), p.source(), p.language(), p.text().length()))
            .toList(),
        letter.attachments(),
        letter.flags(),
        letter.imagesNotRead(),
        letter.newText());
  }

  /** A plain-text listing, one line per part and attachment. */
  public String render() {
    StringBuilder out = new StringBuilder();
    out.append("Subject: ").append(subject).append('\n');
    out.append("From: ").append(from == null ? "(unknown)" : from).append('\n');
    out.append("Flags: ").append(names(flags)).append('\n');
    out.append("Parts:\n");
    for (PartLine p : parts) {
      out.append(
          String.format(
              "  %-10s %-40s lang=%-4s %d chars%n",
              p.kind(), p.source(), p.language() == null ? "?" : p.language(), p.length()));
    }
    out.append("Attachments:\n");
    if (attachments.isEmpty()) {
      out.append("  (none)\n");
    }
    for (AttachmentInfo a : attachments) {
      out.append(
          String.format(
              "  %-40s %-30s %d bytes, %d chars of text, flags: %s%n",
              a.path(), a.mediaType(), a.size(), a.textLength(), names(a.flags())));
    }
    if (!imagesNotRead.isEmpty()) {
      out.append("Images not read by OCR:\n");
      imagesNotRead.forEach(i -> out.append("  ").append(i).append('\n'));
    }
    out.append("New text:\n");
    out.append(newText.isBlank() ? "  (none)" : newText.strip().indent(2).stripTrailing());
    return out.append('\n').toString();
  }

  private static String names(Set<LetterFlag> flags) {
    if (flags.isEmpty()) {
      return "none";
    }
    return String.join(", ", new TreeSet<>(flags.stream().map(Enum::name).toList()));
  }
}
