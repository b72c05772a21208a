package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The field groups of a delivery-status body (RFC 3464 section 2): one group per recipient, started
 * by its Original-Recipient or Final-Recipient field. Lenient about missing blank lines and folded
 * values, as real servers are.
 */
final class DsnFields {

  private DsnFields() {}

  /** Fields that describe one recipient; RFC 3464 does not fix their order within the group. */
  private static final Set<String> PER_RECIPIENT =
      Set.of("action", "status", "diagnostic-code", "remote-mta", "last-attempt-date");

  /** Per-recipient groups, field names lower-cased; per-message fields are dropped. */
  static List<Map<String, String>> recipientGroups(String text) {
    List<Map<String, String>> groups = new ArrayList<>();
    Map<String, String> current = null;
    // per-recipient fields met before any recipient field of their blank-line-delimited group
    Map<String, String> early = new LinkedHashMap<>();
    boolean groupEnded = false;
    boolean completedAfterStart = false;
    for (String[] field : fields(text, true)) {
      String name = field[0];
      if (name.isEmpty()) {
        early.clear();
        groupEnded = current != null;
        continue;
      }
      boolean starts =
          (name.equals("final-recipient") || name.equals("original-recipient"))
              && (current == null || current.containsKey(name) || completedAfterStart);
      if (starts) {
        current = new LinkedHashMap<>();
        groups.add(current);
        early.forEach(current::putIfAbsent);
        early.clear();
        groupEnded = false;
        completedAfterStart = false;
      } else if ((current == null || groupEnded) && PER_RECIPIENT.contains(name)) {
        early.putIfAbsent(name, field[1]);
        continue;
      }
      if (current != null) {
        current.putIfAbsent(name, field[1]);
        completedAfterStart |= name.equals("action") || name.equals("status");
      }
    }
    return groups;
  }

  /** Unfolded "name: value" pairs in order, names lower-cased. */
  static List<String[]> fields(String text) {
    return fields(text, false);
  }

  /**
   * @param blankLines whether a blank line is reported as a field with an empty name
   */
  private static List<String[]> fields(String text, boolean blankLines) {
    List<String[]> fields = new ArrayList<>();
    String[] lines = text.split("\\r?\\n", 2000);
    StringBuilder value = null;
    String name = null;
    for (String line : lines) {
      if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && value != null) {
        value.append(' ').append(line.trim());
        continue;
      }
      if (name != null) {
        fields.add(new String[] {name, value.toString().trim()});
        name = null;
        value = null;
      }
      if (blankLines && line.isBlank()) {
        fields.add(new String[] {"", ""});
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && colon < 40 && line.substring(0, colon).matches("[A-Za-z][A-Za-z0-9-]*")) {
        name = line.substring(0, colon).toLowerCase(Locale.ROOT);
        value = new StringBuilder(line.substring(colon + 1));
      }
    }
    if (name != null) {
      fields.add(new String[] {name, value.toString().trim()});
    }
    return fields;
  }

  /** Drops an address-type or diagnostic-type prefix such as {@code rfc822;} or {@code smtp;}. */
  static String withoutType(String value) {
    int semicolon = value.indexOf(';');
    if (semicolon > 0
        && semicolon < 20
        && value.substring(0, semicolon).matches("\\s*[\\w.-]+\\s*")) {
      return value.substring(semicolon + 1).trim();
    }
    return value.trim();
  }
}
