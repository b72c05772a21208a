package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amazon SES event notifications delivered by mail (through SNS): a JSON document whose {@code
 * notificationType} is Bounce, Complaint or Delivery.
 */
public final class SesNotification {

  /** Made on the first SES-looking mail only: Jackson's classes cost a one-shot command's start. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().build();
  }

  /** SES's {@code notificationType}: what the notice reports. */
  public enum Type {
    BOUNCE,
    COMPLAINT,
    DELIVERY
  }

  /** One notification: its type and the recipients it names. */
  public record Notice(Type type, List<ReportedRecipient> recipients) {}

  private SesNotification() {}

  public static Optional<Notice> read(MailView mail) {
    String text = mail.firstOf("text/plain").trim();
    if (text.isEmpty()) {
      text = mail.firstOf("application/json").trim();
    }
    int start = text.indexOf('{');
    if (start < 0 || !text.contains("notificationType")) {
      return Optional.empty();
    }
    JsonNode root = parse(text.substring(start));
    if (root == null) {
      return Optional.empty();
    }
    if (root.path("Message").isString()) {
      JsonNode inner = parse(root.path("Message").asString());
      if (inner != null) {
        root = inner;
      }
    }
    String type = root.path("notificationType").asString("");
    if (type.isEmpty()) {
      type = root.path("eventType").asString("");
    }
    return switch (type) {
      case "Bounce" -> Optional.of(new Notice(Type.BOUNCE, bounced(root.path("bounce"))));
      case "Complaint" ->
          Optional.of(
              new Notice(
                  Type.COMPLAINT,
                  listed(root.path("complaint").path("complainedRecipients"), "", "")));
      case "Delivery" ->
          Optional.of(
              new Notice(
                  Type.DELIVERY,
                  listed(
                      root.path("delivery").path("recipients"),
                      "delivered",
                      root.path("delivery").path("smtpResponse").asString(""))));
      default -> Optional.empty();
    };
  }

  private static List<ReportedRecipient> bounced(JsonNode bounce) {
    List<ReportedRecipient> found = new ArrayList<>();
    boolean permanent = bounce.path("bounceType").asString("").equals("Permanent");
    for (JsonNode node : bounce.path("bouncedRecipients")) {
      String diagnostic = node.path("diagnosticCode").asString("");
      String status = node.path("status").asString("");
      String action = node.path("action").asString(permanent ? "failed" : "delayed");
      found.add(
          new ReportedRecipient(
              node.path("emailAddress").asString(""),
              Rfc3464Report.action(action, status),
              SmtpCodes.enhancedStatus(status).orElse(""),
              SmtpCodes.replyCode(DsnFields.withoutType(diagnostic)).orElse(""),
              DsnFields.withoutType(diagnostic)));
    }
    return found;
  }

  private static List<ReportedRecipient> listed(JsonNode array, String action, String response) {
    List<ReportedRecipient> found = new ArrayList<>();
    String status = SmtpCodes.enhancedStatus(response).orElse("");
    String replyCode = SmtpCodes.replyCode(response).orElse("");
    for (JsonNode node : array) {
      String address = node.isString() ? node.asString() : node.path("emailAddress").asString("");
      found.add(new ReportedRecipient(address, action, status, replyCode, response));
    }
    return found;
  }

  private static JsonNode parse(String text) {
    try {
      int end = text.lastIndexOf('}');
      return Json.MAPPER.readTree(end > 0 ? text.substring(0, end + 1) : text);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
