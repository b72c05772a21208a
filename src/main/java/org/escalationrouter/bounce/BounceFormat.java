package org.escalationrouter.bounce;

import java.util.List;

/** One family of bounce notices: reads the recipients it reports, or nothing if not its format. */
interface BounceFormat {

  List<ReportedRecipient> read(MailView mail);
}
