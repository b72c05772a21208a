package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A cloud sender's bounce event delivered by mail as JSON (a webhook forwarded to a mailbox):
 * Mailgun's {@code event-data} with {@code severity} and {@code delivery-status}, Postmark's {@code
 * RecordType: Bounce} with {@code Type}, {@code Email} and {@code Details}, Mandrill's {@code
 * hard_bounce}/{@code soft_bounce} with {@code msg.email} and {@code msg.diag}, SendGrid's event
 * list with {@code email}, {@code status} and {@code reason}. Read by the field names these
 * services document, one object or an array of them; Amazon SES has its own reader.
 */
public final class CloudEventNotice implements BounceFormat {

  /** Made on the first JSON-looking notice only, as for SES. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
  }

  private static final int MAX_EVENTS = 100;

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    String text = mail.firstOf("application/json").trim();
    if (text.isEmpty()) {
      text = mail.firstOf("text/plain").trim();
    }
    int start = firstBracket(text);
    if (start < 0) {
      return List.of();
    }
    JsonNode root = parse(text.substring(start));
    if (root == null) {
      return List.of();
    }
    List<ReportedRecipient> found = new ArrayList<>();
    if (root.isArray()) {
      int taken = 0;
      for (JsonNode event : root) {
        if (taken++ >= MAX_EVENTS) {
          break;
        }
        one(event).ifPresent(found::add);
      }
    } else {
      one(root.has("event-data") ? root.path("event-data") : root).ifPresent(found::add);
    }
    return found;
  }

  private static java.util.Optional<ReportedRecipient> one(JsonNode event) {
    JsonNode msg = event.path("msg");
    String recipient =
        first(event.path("recipient"), event.path("email"), event.path("Email"), msg.path("email"));
    String type =
        first(event.path("event"), event.path("Type"), event.path("RecordType"))
            .toLowerCase(Locale.ROOT);
    if (recipient.isEmpty() || !type.matches(".*(bounce|fail|block|defer|drop|reject|delay).*")) {
      return java.util.Optional.empty();
    }
    JsonNode status = event.path("delivery-status");
    String diagnostic =
        String.join(
                " ",
                status.path("message").asString(""),
                status.path("description").asString(""),
                event.path("Details").asString(""),
                event.path("Description").asString(""),
                msg.path("diag").asString(""),
                event.path("reason").isString() ? event.path("reason").asString("") : "",
                msg.path("bounce_description").asString("").replace('_', ' '))
            .trim();
    diagnostic = DsnFields.withoutType(diagnostic);
    String enhanced =
        SmtpCodes.enhancedStatus(
                first(status.path("enhanced-code"), event.path("status")) + " " + diagnostic)
            .orElse("");
    String replyCode =
        status.path("code").isNumber()
            ? String.valueOf(status.path("code").asInt())
            : SmtpCodes.replyCode(diagnostic).orElse("");
    String severity = event.path("severity").asString("").toLowerCase(Locale.ROOT);
    boolean temporary =
        severity.equals("temporary")
            || type.matches(".*(soft|transient|defer|delay).*")
            || enhanced.startsWith("4");
    return java.util.Optional.of(
        new ReportedRecipient(
            recipient, temporary ? "delayed" : "failed", enhanced, replyCode, diagnostic));
  }

  private static String first(JsonNode... nodes) {
    for (JsonNode node : nodes) {
      if (node.isString() && !node.asString().isBlank()) {
        return node.asString().trim();
      }
    }
    return "";
  }

  private static int firstBracket(String text) {
    int brace = text.indexOf('{');
    int bracket = text.indexOf('[');
    if (brace < 0) {
      return bracket;
    }
    return bracket < 0 ? brace : Math.min(brace, bracket);
  }

  private static JsonNode parse(String text) {
    try {
      char open = text.charAt(0);
      int end = text.lastIndexOf(open == '[' ? ']' : '}');
      JsonNode node = Json.MAPPER.readTree(end > 0 ? text.substring(0, end + 1) : text);
      return node.isObject() || node.isArray() ? node : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
