package org.escalationrouter.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Microsoft Teams message for a Workflows ("post to a channel when a webhook request is
 * received") webhook: one Adaptive Card with the facts, the signals and two link actions.
 */
final class TeamsCard implements ChatFormat {

  @Override
  public Object body(ChatNotice n) {
    List<Object> body = new ArrayList<>();
    body.add(
        Map.of(
            "type",
            "TextBlock",
            "size",
            "Medium",
            "weight",
            "Bolder",
            "wrap",
            true,
            "text",
            n.severity().toUpperCase() + " " + n.caseId() + ": " + safe(n.subject())));
    body.add(Map.of("type", "TextBlock", "wrap", true, "text", safe(n.headline())));
    body.add(
        Map.of(
            "type",
            "FactSet",
            "facts",
            List.of(
                fact("Executive", ChatText.executive(n)),
                fact("Acknowledge by", ChatText.deadline(n)),
                fact("Severity", n.severity()))));
    for (ChatNotice.SignalEvidence s : n.signals()) {
      body.add(
          Map.of(
              "type",
              "TextBlock",
              "wrap",
              true,
              "text",
              s.signal() + ": " + safe(String.join(", ", GenericJson.quoted(s.evidence())))));
    }
    List<Object> actions = new ArrayList<>();
    actions.add(open("Open case", n.caseLink()));
    if (n.acknowledgeLink() != null) {
      actions.add(open("Acknowledge", n.acknowledgeLink()));
    }
    Map<String, Object> card = new LinkedHashMap<>();
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("type", "AdaptiveCard");
    card.put("version", "1.4");
    card.put("body", body);
    card.put("actions", actions);
    Map<String, Object> attachment = new LinkedHashMap<>();
    attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.put("content", card);
    return Map.of("type", "message", "attachments", List.of(attachment));
  }

  /** Adaptive Cards read a subset of Markdown; customer words must not become links or styling. */
  private static String safe(String s) {
    return s == null ? "" : s.replaceAll("([\\\\`*_\\[\\]()#>~])", "\\\\$1").replace('\n', ' ');
  }

  private static Map<String, Object> fact(String title, String value) {
    return Map.of("title", title, "value", safe(value));
  }

  private static Map<String, Object> open(String title, String url) {
    return Map.of("type", "Action.OpenUrl", "title", title, "url", url);
  }
}
