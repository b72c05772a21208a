package org.escalationrouter.bounce;

import java.util.Locale;
import org.escalationrouter.bounce.format.MailView;

/** Newsletters and list traffic: Precedence bulk/list/junk or the RFC 2369/2919 list headers. */
final class BulkSignals {

  private BulkSignals() {}

  static boolean isBulk(MailView mail) {
    String precedence = mail.header("Precedence").toLowerCase(Locale.ROOT);
    return precedence.equals("bulk")
        || precedence.equals("list")
        || precedence.equals("junk")
        || !mail.header("List-Id").isEmpty()
        || !mail.header("List-Unsubscribe").isEmpty();
  }
}
