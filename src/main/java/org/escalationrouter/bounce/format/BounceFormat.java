package org.escalationrouter.bounce.format;

import java.util.List;
import java.util.Set;

/** One family of bounce notices: reads the recipients it reports, or nothing if not its format. */
public interface BounceFormat {

  List<ReportedRecipient> read(MailView mail);

  /**
   * The sender families whose samples this reader's layout was written from (none for a standard or
   * generic reader); see {@link RuleScope}.
   */
  default Set<String> origins() {
    return Set.of();
  }
}
