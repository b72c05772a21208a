package org.escalationrouter.notify;

import java.util.Locale;
import java.util.Map;

/** The body a kind of webhook expects, made from a notice; serialised as JSON by the outbox. */
interface ChatFormat {

  Object body(ChatNotice notice);

  /** The format named in {@code notify:NAME?webhook=…}. */
  static ChatFormat named(String name) {
    ChatFormat format =
        Map.<String, ChatFormat>of(
                "slack", new SlackMessage(),
                "teams", new TeamsCard(),
                "mattermost", new MattermostMessage(),
                "json", new GenericJson())
            .get(name.toLowerCase(Locale.ROOT));
    if (format == null) {
      throw new IllegalArgumentException("unknown notify format " + name);
    }
    return format;
  }
}
