package org.escalationrouter.intake;

import java.time.Duration;
import java.util.List;
import org.escalationrouter.mailauth.MailAuth;
import org.escalationrouter.mailauth.OAuth2Credential;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The support mailboxes to read ({@code escalation.intake.*}).
 *
 * @param pollInterval how often a mailbox is checked when IDLE is not available
 * @param staleAfter health turns DOWN when the last successful check is older than this
 * @param failuresBeforeDown health turns DOWN after this many failed checks in a row
 * @param idle listen with IMAP IDLE where the server offers it, so new mail is read at once
 * @param idleKeepAlive how often IDLE is re-issued; servers drop it after about 30 minutes
 * @param maxMessageSize a message larger than this (as its server reports it) is not read: its
 *     headers are quarantined with the reason
 * @param fastPoll off by default; when set, an IMAP mailbox listening with IDLE is also asked this
 *     often for UIDs above the last one read (one {@code UID FETCH n:* (UID)} command, the weight
 *     of a NOOP), so a delivery the server announces late (Dovecot waits about 0.5 s) or not at all
 *     is read at once; costs the mail server one command per mailbox per interval
 * @param workers how many messages are admitted, parsed and judged at once (all mailboxes share
 *     them); 0, the default, means one per processor core. Each mailbox records its messages and
 *     moves its cursor one by one, in the order it read them
 * @param window how many messages of one mailbox may be in flight at once (read, not yet recorded);
 *     0, the default, means 8 per worker, so the workers keep busy while a slow message (one sent
 *     to OCR) holds its turn
 * @param windowBytes how many bytes of messages one mailbox may have in flight at once: a message
 *     is not read until it fits (one larger than this is read when nothing else is in flight); with
 *     {@code window}, what bounds the memory that messages waiting for their turn take
 */
@ConfigurationProperties("escalation.intake")
public record IntakeSettings(
    List<Mailbox> mailboxes,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("2m") Duration staleAfter,
    @DefaultValue("3") int failuresBeforeDown,
    @DefaultValue("true") boolean idle,
    @DefaultValue("9m") Duration idleKeepAlive,
    @DefaultValue("40MB") DataSize maxMessageSize,
    Duration fastPoll,
    @DefaultValue("0") int workers,
    @DefaultValue("0") int window,
    @DefaultValue("32MB") DataSize windowBytes) {

  /** Messages in flight per worker when {@code window} is 0. */
  static final int WINDOW_PER_WORKER = 8;

  @ConstructorBinding
  public IntakeSettings {
    mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
    fastPoll = fastPoll == null || fastPoll.isZero() || fastPoll.isNegative() ? null : fastPoll;
    if (workers < 0) {
      throw new IllegalArgumentException("escalation.intake.workers must not be negative");
    }
    if (window < 0) {
      throw new IllegalArgumentException("escalation.intake.window must not be negative");
    }
    windowBytes = windowBytes == null ? DataSize.ofMegabytes(32) : windowBytes;
    if (windowBytes.toBytes() < 1) {
      throw new IllegalArgumentException("escalation.intake.window-bytes must be positive");
    }
  }

  /** With one worker per core. */
  public IntakeSettings(
      List<Mailbox> mailboxes,
      Duration pollInterval,
      Duration staleAfter,
      int failuresBeforeDown,
      boolean idle,
      Duration idleKeepAlive,
      DataSize maxMessageSize,
      Duration fastPoll) {
    this(
        mailboxes,
        pollInterval,
        staleAfter,
        failuresBeforeDown,
        idle,
        idleKeepAlive,
        maxMessageSize,
        fastPoll,
        0,
        0,
        DataSize.ofMegabytes(32));
  }

  /** Whether the fast poll is on. */
  boolean fastPolling() {
    return fastPoll != null;
  }

  /** The worker count this setting means on this machine. */
  public int workerCount() {
    return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
  }

  /** The messages a mailbox may have in flight with {@code workerCount} workers. */
  int windowCount(int workerCount) {
    return window > 0 ? window : WINDOW_PER_WORKER * workerCount;
  }

  /**
   * One mailbox; {@code name} defaults to {@code username@host}.
   *
   * @param auth {@code password}, or {@code oauth2} to log in with an access token (XOAUTH2 or
   *     OAUTHBEARER, see {@code oauth2.mechanism})
   * @param oauth2 where the access tokens come from, when {@code auth} is {@code oauth2}
   */
  public record Mailbox(
      String name,
      @DefaultValue("imap") String protocol,
      String host,
      Integer port,
      String username,
      String password,
      @DefaultValue("INBOX") String folder,
      @DefaultValue("password") MailAuth auth,
      OAuth2Credential oauth2) {

    @ConstructorBinding
    public Mailbox {}

    public Mailbox(
        String name,
        String protocol,
        String host,
        Integer port,
        String username,
        String password,
        String folder) {
      this(name, protocol, host, port, username, password, folder, MailAuth.PASSWORD, null);
    }

    public String displayName() {
      return name != null && !name.isBlank() ? name : username + "@" + host;
    }

    public Mailbox withName(String newName) {
      return new Mailbox(newName, protocol, host, port, username, password, folder, auth, oauth2);
    }

    @Override
    public String toString() {
      // never print the password
      return protocol
          + "://"
          + username
          + "@"
          + host
          + ":"
          + port
          + "/"
          + folder
          + (auth == MailAuth.OAUTH2 ? " (oauth2 " + oauth2 + ")" : "");
    }
  }
}
