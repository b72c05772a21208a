package org.escalationrouter.intake;

import jakarta.mail.FetchProfile;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the messages of an IMAP pass several at a time instead of one by one: the envelopes (and so
 * the sizes) of the next {@value #ENVELOPE_BLOCK} messages in one {@code FETCH}, and the bytes of
 * as many of the next messages as the commit window has room for in one {@code UID FETCH (UID
 * BODY.PEEK[])}. One by one, each message cost a round trip for its envelope and one per 16 KB of
 * its body (Angus's partial fetch), during which the workers could run dry.
 *
 * <p>Nothing here changes what a message's turn does or when: the bytes are handed over in UID
 * order by the reader as before, and only after the window said it has room for them, so the
 * window's bounds hold for what was fetched ahead too. Whatever this cannot fetch (an envelope the
 * server will not give, a message over {@value #MAX_MESSAGE_BYTES} bytes or over the size limit, a
 * command that fails) is read on its own, as before, so a message the server will not give and a
 * connection that fails are told apart and accounted for as ADR 0007 says.
 */
final class FetchAhead {

  private static final Logger log = LoggerFactory.getLogger(FetchAhead.class);

  /** Messages whose envelopes are asked for in one command. */
  static final int ENVELOPE_BLOCK = 100;

  /** A larger message is streamed on its own, never held twice while a response is parsed. */
  static final int MAX_MESSAGE_BYTES = 1 << 20;

  /** At most this many bytes in one command (one message more when it is the first). */
  static final long MAX_CHUNK_BYTES = 4L << 20;

  private final IMAPFolder folder;
  private final Message[] messages;
  private final long[] uids;
  private final long maxMessageSize;
  private final Map<Long, byte[]> fetched = new HashMap<>();
  private int envelopesUpTo;
  private int commands;
  private int taken;

  FetchAhead(IMAPFolder folder, Message[] messages, long[] uids, long maxMessageSize) {
    this.folder = folder;
    this.messages = messages;
    this.uids = uids;
    this.maxMessageSize = maxMessageSize;
  }

  /**
   * The bytes of message {@code index}, fetched with the ones after it that the window has room
   * for; null when it is to be read on its own. Call with ascending indexes; never throws.
   */
  byte[] take(int index, MailboxReader.Handler handler) {
    byte[] raw = fetched.remove(uids[index]);
    if (raw != null) {
      taken++;
      return raw;
    }
    fetched.clear(); // nothing of an earlier chunk is left behind: the reader goes in order
    envelopes(index);
    long[] sizes = sizes(index);
    if (sizes.length == 0) {
      return null;
    }
    int fit = handler.room(sizes);
    if (fit == 0) {
      return null; // the pass stopped
    }
    bodies(Arrays.copyOfRange(uids, index, index + fit));
    raw = fetched.remove(uids[index]);
    if (raw != null) {
      taken++;
    }
    return raw;
  }

  /** Commands sent for bodies so far. */
  int bodyCommands() {
    return commands;
  }

  /** Messages handed over with bytes fetched ahead so far. */
  int taken() {
    return taken;
  }

  /** One FETCH of the envelopes of the block {@code index} starts, unless it was asked already. */
  private void envelopes(int index) {
    if (index < envelopesUpTo) {
      return;
    }
    envelopesUpTo = Math.min(messages.length, index + ENVELOPE_BLOCK);
    FetchProfile envelope = new FetchProfile();
    envelope.add(FetchProfile.Item.ENVELOPE);
    try {
      folder.fetch(Arrays.copyOfRange(messages, index, envelopesUpTo), envelope);
    } catch (MessagingException | RuntimeException e) {
      log.debug("envelopes of {} could not be fetched ahead: {}", folder.getName(), e.toString());
    }
  }

  /**
   * The sizes of the messages from {@code index} on that may be fetched together: whose envelopes
   * came, each small enough, together within {@link #MAX_CHUNK_BYTES}.
   */
  private long[] sizes(int index) {
    List<Long> sizes = new ArrayList<>();
    long total = 0;
    for (int i = index; i < envelopesUpTo; i++) {
      long size;
      try {
        size = messages[i].getSize(); // known from the envelope; asked again if it did not come
      } catch (MessagingException | RuntimeException e) {
        break; // read on its own: its failure is told apart from the connection's there
      }
      if (size < 0 || size > MAX_MESSAGE_BYTES || size > maxMessageSize) {
        break;
      }
      if (!sizes.isEmpty() && total + size > MAX_CHUNK_BYTES) {
        break;
      }
      total += size;
      sizes.add(size);
    }
    return sizes.stream().mapToLong(Long::longValue).toArray();
  }

  /** One UID FETCH of these messages' bytes; what does not come is read on its own. */
  private void bodies(long[] wanted) {
    commands++;
    String set = UIDSet.toString(UIDSet.createUIDSets(wanted));
    try {
      folder.doCommand(
          p -> {
            Response[] answers = p.command("UID FETCH " + set + " (UID BODY.PEEK[])", null);
            List<Response> others = new ArrayList<>();
            for (int i = 0; i < answers.length - 1; i++) {
              if (!keep(answers[i])) {
                others.add(answers[i]);
              }
            }
            p.notifyResponseHandlers(others.toArray(Response[]::new));
            p.handleResult(answers[answers.length - 1]);
            return null;
          });
    } catch (MessagingException | RuntimeException e) {
      // the ones that came whole are kept; the others are read one by one and meet the failure
      log.debug("bodies {} could not all be fetched ahead: {}", set, e.toString());
    }
  }

  /** Keeps the whole body of a message asked for; false for any other answer. */
  private boolean keep(Response answer) {
    if (!(answer instanceof FetchResponse fetch)) {
      return false;
    }
    UID uid = fetch.getItem(UID.class);
    BODY body = fetch.getItem(BODY.class);
    if (uid == null
        || body == null
        || body.isHeader()
        || body.getOrigin() > 0 // part of a message (BODY[]<n>): not asked for
        || (body.getSection() != null && !body.getSection().isEmpty())) {
      return false;
    }
    ByteArray bytes = body.getByteArray();
    if (bytes == null) {
      return false;
    }
    int start = bytes.getStart();
    fetched.put(uid.uid, Arrays.copyOfRange(bytes.getBytes(), start, start + bytes.getCount()));
    return true;
  }
}
