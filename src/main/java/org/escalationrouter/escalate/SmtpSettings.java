package org.escalationrouter.escalate;

import org.escalationrouter.mailauth.MailAuth;
import org.escalationrouter.mailauth.OAuth2Credential;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param auth {@code password}, or {@code oauth2} to log in with an access token (XOAUTH2 or
 *     OAUTHBEARER); a password login is used only when a username is set
 * @param oauth2 where the access tokens come from, when {@code auth} is {@code oauth2}
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
    @DefaultValue("5MB") DataSize attachOriginalMaxSize,
    @DefaultValue("password") MailAuth auth,
    @NestedConfigurationProperty OAuth2Credential oauth2) {

  @ConstructorBinding
  public SmtpSettings {
    attachOriginalMaxSize =
        attachOriginalMaxSize == null ? DataSize.ofMegabytes(5) : attachOriginalMaxSize;
    auth = auth == null ? MailAuth.PASSWORD : auth;
  }

  /** A password (or no) login with the default size for attaching originals, as tests use. */
  public SmtpSettings(
      String host,
      int port,
      String username,
      String password,
      String from,
      String bounceAddress,
      String replyTo,
      boolean starttls) {
    this(
        host,
        port,
        username,
        password,
        from,
        bounceAddress,
        replyTo,
        starttls,
        DataSize.ofMegabytes(5),
        MailAuth.PASSWORD,
        null);
  }

  @Override
  public String toString() {
    return "smtp://" + (username == null ? "" : username + "@") + host + ":" + port;
  }
}
