package org.escalationrouter.intake;

import java.util.Optional;

/**
 * Files in the drop folder that are filed in failed/ without being read, each with its reason: an
 * empty file, a hidden file (a name starting with a dot: scanners and editors write their temporary
 * files so; rename it to have it read), a file over the size limit, a symbolic link (never
 * followed: whoever may write the drop folder must not make the daemon read a file elsewhere into a
 * case).
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

  static final String SYMBOLIC_LINK =
      "symbolic link: not followed (a link could point at any file of this machine); drop the"
          + " file itself";

  static String tooLarge(long length, long maxBytes) {
    return "file too large: "
        + length
        + " bytes, the limit is "
        + maxBytes
        + " (escalation.letters.max-size); not read";
  }
}
