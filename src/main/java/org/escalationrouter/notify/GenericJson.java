package org.escalationrouter.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** For ticket systems and home-made receivers: the notice as plain JSON fields. */
final class GenericJson implements ChatFormat {

  @Override
  public Object body(ChatNotice n) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("caseId", n.caseId());
    body.put("kind", n.kind());
    body.put("headline", n.headline());
    body.put("subject", n.subject());
    body.put("severity", n.severity());
    body.put(
        "signals",
        n.signals().stream()
            .map(s -> Map.<String, Object>of("name", s.signal(), "evidence", s.evidence()))
            .toList());
    body.put("executive", n.executive());
    body.put("deadline", n.deadline() == null ? null : n.deadline().toString());
    Map<String, Object> links = new LinkedHashMap<>();
    links.put("case", n.caseLink());
    links.put("acknowledge", n.acknowledgeLink());
    body.put("links", links);
    return body;
  }

  static List<String> quoted(List<String> phrases) {
    return phrases.stream().map(p -> "\"" + p + "\"").toList();
  }
}
