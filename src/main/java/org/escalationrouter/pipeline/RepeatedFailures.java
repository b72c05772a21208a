package org.escalationrouter.pipeline;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The last resort for a message the pipeline failed on twice without even quarantining it, or one
 * the intake refused to read (over the size limit): it is held as it arrived (or its headers), with
 * no step that reads its content (no parsing, no MIME, a key that falls back to a hash of the
 * bytes), so the same input cannot make this fail again. Only the database can; then the mailbox
 * waits, and its health says so. A message the server would not give at all has no bytes: it is
 * keyed by where it is ({@code unread:} mailbox and source, which for IMAP names the UIDVALIDITY),
 * since a hash of nothing would make every such message one.
 */
@Component
public class RepeatedFailures {

  private static final Logger log = LoggerFactory.getLogger(RepeatedFailures.class);

  private final Quarantine quarantine;

  RepeatedFailures(Quarantine quarantine) {
    this.quarantine = quarantine;
  }

  /** True when the message is now accounted for (held here, or already by someone else). */
  public boolean hold(IncomingMessage message, String reason) {
    String key =
        message.raw().length == 0
            ? unreadKey(message)
            : MessageKey.safely(message.raw(), message.mime());
    String why = reason;
    try {
      long id = quarantine.holdAndAccount(message, key, why);
      // a reason may quote the message (an address, a subject): personal data only at DEBUG
      log.warn("{} quarantined as #{} (the reason is in /api/quarantine)", message, id);
      log.debug("{} quarantined as #{}: {}", message, id, why);
      return true;
    } catch (DuplicateKeyException e) {
      log.info("{} is already accounted for", message);
      return true;
    } catch (DataAccessException e) {
      // a database's message can quote the row's values: at DEBUG only
      log.warn("{} cannot be quarantined ({})", message, e.getClass().getSimpleName());
      log.debug("{} cannot be quarantined: {}", message, e.getMessage());
      return false;
    }
  }

  private static String unreadKey(IncomingMessage message) {
    String key = "unread:" + message.mailbox() + " " + message.source();
    return key.length() <= 300
        ? key
        : "unread:" + MessageKey.sha256(key.getBytes(StandardCharsets.UTF_8));
  }
}
