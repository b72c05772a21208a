package org.escalationrouter.mailserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.escalationrouter.directory.Executive;
import org.escalationrouter.route.LiveRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A demo mail server on loopback (GreenMail): SMTP and IMAP, a support mailbox the daemon reads,
 * and a mailbox for every executive so escalations can be read with any mail client.
 */
public class EmbeddedMailServer implements DisposableBean {

  public static final String SUPPORT_USER = "support";
  public static final String SUPPORT_PASSWORD = "support";
  public static final String BOUNCES_USER = "bounces";
  private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

  private final GreenMail greenMail;
  private final EmbeddedMailSettings settings;

  EmbeddedMailServer(EmbeddedMailSettings settings, LiveRules rules) {
    this.settings = settings;
    greenMail =
        new GreenMail(
            new ServerSetup[] {
              new ServerSetup(
                  settings.smtpPort(), settings.bindAddress(), ServerSetup.PROTOCOL_SMTP),
              new ServerSetup(
                  settings.imapPort(), settings.bindAddress(), ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    greenMail.setUser("support@localhost", SUPPORT_USER, SUPPORT_PASSWORD);
    greenMail.setUser("bounces@localhost", BOUNCES_USER, BOUNCES_USER);
    for (Executive e : rules.directory().executives()) {
      String login = e.email().substring(0, e.email().indexOf('@'));
      greenMail.setUser(e.email(), login, login);
    }
    log.info(
        "Embedded mail server on {}: SMTP {}, IMAP {}",
        settings.bindAddress(),
        settings.smtpPort(),
        settings.imapPort());
  }

  public String host() {
    return settings.bindAddress();
  }

  public int imapPort() {
    return settings.imapPort();
  }

  public int smtpPort() {
    return settings.smtpPort();
  }

  /** For tests: the underlying server. */
  public GreenMail greenMail() {
    return greenMail;
  }

  @Override
  public void destroy() {
    greenMail.stop();
  }
}
