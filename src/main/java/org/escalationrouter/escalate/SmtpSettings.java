package org.escalationrouter.escalate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The SMTP server escalations leave through ({@code escalation.smtp.*}).
 *
 * @param from the From address of escalation e-mails
 * @param bounceAddress envelope sender; a {@code +token} is added per message to correlate bounces
 * @param attachOriginalMaxSize an original (the customer's e-mail or letter) up to this size is
 *     attached to the executive's mail; a larger one is linked: a download from the case page,
 *     behind the dashboard's login
 */
@ConfigurationProperties("escalation.smtp")
public record SmtpSettings(
    @DefaultValue("127.0.0.1") String host,
    @DefaultValue("3025") int port,
    String username,
    String password,
    @DefaultValue("escalation-router@localhost") String from,
    @DefaultValue("bounces@localhost") String bounceAddress,
    @DefaultValue("support@localhost") String replyTo,
    @DefaultValue("false") boolean starttls,
    @DefaultValue("5MB") DataSize attachOriginalMaxSize) {

  public SmtpSettings {
    attachOriginalMaxSize =
        attachOriginalMaxSize == null ? DataSize.ofMegabytes(5) : attachOriginalMaxSize;
  }

  @Override
  public String toString() {
    return "smtp://" + (username == null ? "" : username + "@") + host + ":" + port;
  }
}
