package org.escalationrouter.route;

import java.net.URI;

/**
 * A chat or webhook channel a rule asked to tell about a case: {@code notify:FORMAT?webhook=URL}.
 * The URL is a secret (Slack and Teams put the key in it), so {@link #toString()} shows only its
 * host.
 *
 * @param format {@code slack}, {@code teams}, {@code mattermost} or {@code json}
 */
public record NotifyTarget(String format, String webhook) {

  /** The host of the webhook, safe to log and to show on the timeline. */
  public String host() {
    try {
      String host = URI.create(webhook).getHost();
      return host == null ? "(no host)" : host;
    } catch (IllegalArgumentException e) {
      return "(unreadable address)";
    }
  }

  @Override
  public String toString() {
    return format + " webhook on " + host();
  }
}
