package org.escalationrouter.escalate;

import java.util.Locale;
import org.escalationrouter.cases.OriginalFile;

/**
 * Where an executive downloads an original too large to attach: the case's download on the
 * dashboard, which asks for their login (a mail can be forwarded; the link alone opens nothing).
 */
record OriginalLink(String url, String name, String size) {

  static OriginalLink of(String baseUrl, String caseId, OriginalFile original) {
    return new OriginalLink(
        baseUrl + "/cases/" + caseId + "/original", original.name(), megabytes(original.size()));
  }

  String sentence() {
    return "The original ("
        + name
        + ", "
        + size
        + ") is too large to attach; download it from the case (login required): "
        + url;
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
