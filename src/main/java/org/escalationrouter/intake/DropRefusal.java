package org.escalationrouter.intake;

import java.util.Optional;

/**
 * Files in the drop folder that are filed in failed/ without being read, each with its reason: an
 * empty file, a hidden file (a name starting with a dot: scanners and editors write their temporary
 * files so; rename it to have it read), a file over the size limit.
 */
final class DropRefusal {

  private DropRefusal() {}

  static Optional<String> of(String name, long length, long maxBytes) {
    if (name.startsWith(".")) {
      return Optional.of(
          "hidden file: names starting with a dot are not read (temporary files of scanners"
              + " and editors); rename it to have it read");
    }
    if (length == 0) {
      return Optional.of("empty file: nothing to read");
    }
    if (length > maxBytes) {
      return Optional.of(tooLarge(length, maxBytes));
    }
    return Optional.empty();
  }

  static String tooLarge(long length, long maxBytes) {
    return "file too large: "
        + length
        + " bytes, the limit is "
        + maxBytes
        + " (escalation.letters.max-size); not read";
  }
}
