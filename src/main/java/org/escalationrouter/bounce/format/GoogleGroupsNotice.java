package org.escalationrouter.bounce.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.escalationrouter.bounce.reason.BounceReason;

/**
 * Google Groups refusing a post: Google's mailer daemon sends a fixed letter (in the poster's
 * language) that the group does not exist or the poster may not post, signed by Google Groups with
 * a link to its help centre. The group is named only in X-Failed-Recipients. Google words both
 * cases alike, and both are about the poster's right to send, so the reason is {@code rejected}.
 */
public final class GoogleGroupsNotice implements BounceFormat {

  @Override
  public Set<String> origins() {
    return Set.of("lhost-googlegroups");
  }

  @Override
  public List<ReportedRecipient> read(MailView mail) {
    String from = mail.header("From").toLowerCase(Locale.ROOT);
    if (!from.contains("mailer-daemon@google")) {
      return List.of();
    }
    String notice = mail.notice().toLowerCase(Locale.ROOT);
    if (!notice.contains("groups.google.com")) {
      return List.of();
    }
    List<ReportedRecipient> found = new ArrayList<>();
    for (String group : EmailAddress.all(mail.header("X-Failed-Recipients"))) {
      found.add(new ReportedRecipient(group, "failed", "", "", "", BounceReason.REJECTED));
    }
    return found;
  }
}
