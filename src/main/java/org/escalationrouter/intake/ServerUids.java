package org.escalationrouter.intake;

import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import java.util.Arrays;
import org.eclipse.angus.mail.imap.IMAPFolder;

/**
 * The UIDs above a cursor as the server lists them in answer to {@code UID FETCH n:* (UID)}, taken
 * from the answer itself. Angus drops a FETCH answer whose sequence number is above the message
 * count the connection was told (by EXISTS), so {@code getMessagesByUID} misses a message whose
 * EXISTS never came; this list does not.
 */
final class ServerUids {

  private ServerUids() {}

  static long[] above(IMAPFolder folder, long last) throws MessagingException {
    long[] listed =
        (long[]) folder.doCommand(p -> p.fetchSequenceNumbers(last + 1, UIDFolder.MAXUID));
    // "n:*" also lists the newest message when it is older than n
    return Arrays.stream(listed).filter(uid -> uid > last).sorted().toArray();
  }
}
