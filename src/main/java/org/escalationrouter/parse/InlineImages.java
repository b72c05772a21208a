package org.escalationrouter.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.mime.MimePart;

/**
 * Images a message's HTML shows itself ({@code <img src="cid:logo@x">} naming a part's {@code
 * Content-ID}): the logos and pictures of its design rather than documents sent along.
 */
final class InlineImages {

  private static final Pattern CID =
      Pattern.compile("cid:([^\"'\\s>)]+)", Pattern.CASE_INSENSITIVE);

  private InlineImages() {}

  /** Adds every {@code cid:} reference in {@code html} to {@code shown}, normalised. */
  static void referencedIn(String html, Set<String> shown) {
    Matcher m = CID.matcher(html);
    while (m.find()) {
      shown.add(
          normalised(URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8)));
    }
  }

  /** The part's Content-ID without its angle brackets, or null. */
  static String contentId(MimePart part) {
    String id = part.contentId();
    return id == null ? null : normalised(id);
  }

  private static String normalised(String id) {
    String s = id.strip();
    if (s.startsWith("<") && s.endsWith(">") && s.length() > 1) {
      s = s.substring(1, s.length() - 1);
    }
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
