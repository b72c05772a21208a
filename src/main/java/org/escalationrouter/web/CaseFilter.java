package org.escalationrouter.web;

import java.util.List;
import java.util.Locale;

/**
 * What the cases page is asked to show, from its query parameters; blank means any.
 *
 * @param status {@code active} (open or acknowledged, the default), a case status, or {@code all}
 * @param search words in the sender or the subject
 */
record CaseFilter(String severity, String signal, String executive, String status, String search) {

  static final String ACTIVE = "active";
  static final String ALL = "all";

  CaseFilter {
    severity = blankToNull(severity);
    signal = blankToNull(signal);
    executive = blankToNull(executive);
    status = blankToNull(status) == null ? ACTIVE : status.trim().toLowerCase(Locale.ROOT);
    search = blankToNull(search);
  }

  /** The stored statuses to show. Empty means every status. */
  List<String> statuses() {
    return switch (status) {
      case ALL -> List.of();
      case ACTIVE -> List.of("open", "acknowledged");
      default -> List.of(status);
    };
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
