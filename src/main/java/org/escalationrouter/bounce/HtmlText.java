package org.escalationrouter.bounce;

import java.util.regex.Pattern;

/** Plain text from an HTML notice: enough for phrase matching, not for display. */
final class HtmlText {

  private static final Pattern BLOCKS =
      Pattern.compile("(?is)<(script|style)\\b[^>]{0,500}>.{0,20000}?</\\1>");
  private static final Pattern BREAKS =
      Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h\\d)\\b[^>]{0,200}>");
  private static final Pattern TAGS = Pattern.compile("<[^<>]{0,2000}>");

  private HtmlText() {}

  static String strip(String html) {
    String text = BLOCKS.matcher(html).replaceAll(" ");
    text = BREAKS.matcher(text).replaceAll("\n");
    text = TAGS.matcher(text).replaceAll(" ");
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
