package org.escalationrouter.bounce;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides the reason for one recipient: the error text first (it names causes that codes leave
 * generic), then the enhanced status code, then whether delivery was only delayed.
 */
final class ReasonClassifier {

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final int MAX_TEXT = 8 * 1024;

  private ReasonClassifier() {}

  static BounceReason classify(ReportedRecipient reported, String noticeText) {
    String own = normalise(reported.diagnostic());
    var fromText = ReasonPhrases.match(own);
    if (fromText.isPresent()) {
      return fromText.get();
    }
    var fromStatus = StatusCodeReasons.of(reported.status());
    if (fromStatus.isPresent()) {
      return fromStatus.get();
    }
    var fromNotice = ReasonPhrases.match(normalise(noticeText));
    if (fromNotice.isPresent()) {
      return fromNotice.get();
    }
    if (reported.action().equals("delayed") || reported.status().startsWith("4.4.")) {
      return BounceReason.EXPIRED;
    }
    return BounceReason.ON_HOLD;
  }

  static String normalise(String text) {
    String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    return SPACE.matcher(capped.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
