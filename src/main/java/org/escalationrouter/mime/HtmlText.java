package org.escalationrouter.mime;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.html.JSoupParser;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Text from HTML mail, in the two forms the features need: {@link #toText} renders a body as a
 * person would read it (letters, attachments); {@link #strip} only removes the markup, cheaply, for
 * phrase matching in delivery notices.
 */
public final class HtmlText {

  private static final Pattern BLOCKS =
      Pattern.compile("(?is)<(script|style)\\b[^>]{0,500}>.{0,20000}?</\\1>");
  private static final Pattern BREAKS =
      Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h\\d)\\b[^>]{0,200}>");
  private static final Pattern TAGS = Pattern.compile("<[^<>]{0,2000}>");

  private HtmlText() {}

  /**
   * One line per paragraph and list item, table cells separated by {@code |}, links as {@code text
   * <url>}, and blockquotes prefixed with {@code >} so that quoted history is found the same way as
   * in plain text.
   */
  public static String toText(String html) {
    Renderer renderer = new Renderer();
    ParseContext context = new ParseContext();
    context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
    Metadata metadata = new Metadata();
    metadata.set(Metadata.CONTENT_TYPE, "text/html; charset=UTF-8");
    try {
      new JSoupParser()
          .parse(
              new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              renderer,
              metadata,
              context);
    } catch (Exception e) {
      // keep what was rendered before the markup broke off
    }
    return renderer.text();
  }

  /** Markup removed, line breaks kept: enough for phrase matching, not for display. */
  public static String strip(String html) {
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

  /** SAX events of the parsed page to readable lines. */
  private static final class Renderer extends DefaultHandler {
    private static final Set<String> BLOCKS =
        Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "tr",
            "pre",
            "address",
            "section",
            "article",
            "header",
            "footer",
            "hr",
            "dl",
            "dt",
            "dd",
            "center",
            "form",
            "fieldset",
            "body",
            "tbody",
            "thead",
            "tfoot",
            "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<String> hrefs = new ArrayList<>();
    private final List<Integer> linkStarts = new ArrayList<>();
    private int quoteDepth;
    private int skipDepth;
    private int preDepth;
    private boolean cellOpen;

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) {
      String name = local.isEmpty() ? qName.toLowerCase() : local.toLowerCase();
      if (SKIPPED.contains(name)) {
        skipDepth++;
      } else if (name.equals("br")) {
        flush(true);
      } else if (name.equals("li")) {
        flush(false);
        line.append("- ");
      } else if (name.equals("td") || name.equals("th")) {
        if (cellOpen) {
          line.append(" | ");
        }
        cellOpen = true;
      } else if (name.equals("a")) {
        hrefs.add(atts.getValue("href"));
        linkStarts.add(line.length());
      } else if (name.equals("blockquote")) {
        flush(false);
        quoteDepth++;
      } else if (name.equals("pre")) {
        flush(false);
        preDepth++;
      } else if (BLOCKS.contains(name)) {
        flush(false);
        if (name.equals("tr")) {
          cellOpen = false;
        }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      String name = local.isEmpty() ? qName.toLowerCase() : local.toLowerCase();
      if (SKIPPED.contains(name)) {
        skipDepth = Math.max(0, skipDepth - 1);
      } else if (name.equals("a") && !hrefs.isEmpty()) {
        String href = hrefs.remove(hrefs.size() - 1);
        int start = linkStarts.remove(linkStarts.size() - 1);
        String label = start <= line.length() ? line.substring(start).trim() : "";
        if (shownLink(href, label)) {
          line.append(" <").append(href.startsWith("mailto:") ? href.substring(7) : href);
          line.append('>');
        }
      } else if (name.equals("blockquote")) {
        flush(false);
        quoteDepth = Math.max(0, quoteDepth - 1);
      } else if (name.equals("pre")) {
        flush(false);
        preDepth = Math.max(0, preDepth - 1);
      } else if (name.equals("li") || name.equals("tr") || BLOCKS.contains(name)) {
        flush(false);
        if (name.equals("p")) {
          lines.add(prefix());
        }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (skipDepth > 0) {
        return;
      }
      String text = new String(ch, start, length).replace('\u00A0', ' ');
      if (preDepth > 0) {
        String[] pieces = text.split("\n", -1);
        for (int i = 0; i < pieces.length; i++) {
          if (i > 0) {
            flush(true);
          }
          line.append(pieces[i]);
        }
        return;
      }
      String collapsed = text.replaceAll("\\s+", " ");
      if (line.isEmpty() || line.charAt(line.length() - 1) == ' ') {
        collapsed = collapsed.stripLeading();
      }
      line.append(collapsed);
    }

    private static boolean shownLink(String href, String label) {
      if (href == null || !(href.startsWith("http") || href.startsWith("mailto:"))) {
        return false;
      }
      String target = href.startsWith("mailto:") ? href.substring(7) : href;
      return !label.equals(target) && !label.contains(target);
    }

    private void flush(boolean keepEmpty) {
      String text = line.toString().strip();
      line.setLength(0);
      if (!text.isEmpty() || keepEmpty) {
        lines.add(prefix() + text);
      }
    }

    private String prefix() {
      return quoteDepth == 0 ? "" : "> ".repeat(quoteDepth);
    }

    String text() {
      flush(false);
      String joined = String.join("\n", lines.stream().map(String::stripTrailing).toList());
      return joined.replaceAll("\n{3,}", "\n\n").strip();
    }
  }
}
