package org.escalationrouter.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Prints one explained letter for a person to read, on a terminal: the sender's words never reach
 * it as control characters (an escape sequence in a subject could clear the screen or retitle the
 * window), they are shown as the symbols for them ("␛[2J").
 */
final class HumanReport {

  private HumanReport() {}

  static void print(Map<String, Object> r, PrintStream out) {
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    write(r, new PrintStream(report, true, StandardCharsets.UTF_8));
    out.print(visible(report.toString(StandardCharsets.UTF_8)));
    out.flush();
  }

  /** Control characters other than line breaks and tabs, as the symbols that stand for them. */
  static String visible(String text) {
    StringBuilder shown = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t') {
        shown.append(c);
      } else if (c < 0x20) {
        shown.append((char) (0x2400 + c)); // ␀ … ␟
      } else if (c == 0x7f) {
        shown.append('\u2421'); // ␡
      } else if (c >= 0x80 && c < 0xa0) {
        shown.append(String.format("\\u%04x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(Map<String, Object> r, PrintStream out) {
    out.println("== " + r.get("file"));
    if (r.containsKey("error")) {
      out.println("  error: " + r.get("error"));
      return;
    }
    Map<String, Object> automated = (Map<String, Object>) r.get("automated");
    if (automated.get("kind") != null) {
      out.println("  automated mail: " + automated.get("kind") + " (no case would be opened)");
      for (Map<String, Object> rec : (List<Map<String, Object>>) automated.get("records")) {
        out.printf(
            "    %s %s status %s reply %s %s%s%n",
            rec.get("recipient"),
            rec.get("action"),
            rec.get("status"),
            rec.get("replyCode"),
            rec.get("reason"),
            Boolean.TRUE.equals(rec.get("hard")) ? " (hard)" : "");
      }
      return;
    }
    out.println("  from:      " + r.get("from"));
    out.println("  subject:   " + r.get("subject"));
    out.println("  severity:  " + r.get("severity") + " (" + r.get("severityRule") + ")");
    for (Map<String, Object> s : (List<Map<String, Object>>) r.get("signals")) {
      List<String> evidence = (List<String>) s.get("evidence");
      List<String> where = (List<String>) s.get("locations");
      out.println("  signal:    " + s.get("name"));
      for (int i = 0; i < evidence.size(); i++) {
        out.println("               \"" + evidence.get(i) + "\" in " + where.get(i));
      }
    }
    out.println(
        "  rule:      "
            + r.get("route")
            + (r.get("condition") == null ? "" : " because " + r.get("condition")));
    if (r.get("executive") == null) {
      out.println("  escalated: no (recorded only)");
    } else {
      out.println(
          "  executive: "
              + r.get("executive")
              + " ("
              + r.get("executiveName")
              + "), policy "
              + r.get("policy"));
      out.println(
          "  deputy:    " + r.get("deputy") + " (if the executive is out of office or bouncing)");
    }
    out.println("  rules:     version " + r.get("rulesVersion"));
    List<String> flags = (List<String>) r.get("flags");
    if (!flags.isEmpty()) {
      out.println("  flags:     " + String.join(", ", flags));
    }
    for (String image : (List<String>) r.getOrDefault("imagesNotRead", List.of())) {
      out.println("  not read:  " + image);
    }
    out.println("  new text:");
    String text = String.valueOf(r.get("newText"));
    text.lines().limit(40).forEach(l -> out.println("    | " + l));
  }
}
