package org.escalationrouter.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A Slack incoming-webhook message: a text fallback and Block Kit sections with link buttons. */
final class SlackMessage implements ChatFormat {

  @Override
  public Object body(ChatNotice n) {
    String title =
        "*" + n.severity().toUpperCase() + "* " + n.caseId() + ": " + ChatText.plain(n.subject());
    List<Object> blocks = new ArrayList<>();
    blocks.add(section(title + "\n" + ChatText.plain(n.headline())));
    blocks.add(
        Map.of(
            "type",
            "section",
            "fields",
            List.of(
                text("*Executive*\n" + ChatText.plain(ChatText.executive(n))),
                text("*Acknowledge by*\n" + ChatText.deadline(n)))));
    blocks.add(section("*Signals*\n" + ChatText.signals(n)));
    List<Object> buttons = new ArrayList<>();
    buttons.add(button("Open case", n.caseLink()));
    if (n.acknowledgeLink() != null) {
      buttons.add(button("Acknowledge", n.acknowledgeLink()));
    }
    blocks.add(Map.of("type", "actions", "elements", buttons));
    return Map.of(
        "text",
        n.caseId() + " " + n.severity().toUpperCase() + ": " + ChatText.plain(n.headline()),
        "blocks",
        blocks);
  }

  private static Map<String, Object> section(String markdown) {
    return Map.of("type", "section", "text", text(markdown));
  }

  private static Map<String, Object> text(String markdown) {
    return Map.of("type", "mrkdwn", "text", markdown);
  }

  private static Map<String, Object> button(String label, String url) {
    return Map.of(
        "type", "button", "text", Map.of("type", "plain_text", "text", label), "url", url);
  }
}
