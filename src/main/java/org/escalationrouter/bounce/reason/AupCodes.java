package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "AUP#" labels that Cox and Charter/Spectrum append to refusals, as their postmaster pages
 * explain them. Cox uses names (AUP#CXBL, AUP#CDRBL, AUP#IPBL0010...); Spectrum uses a direction
 * and four digits (AUP#In-1310, AUP#O-1000), grouped in documented ranges.
 */
final class AupCodes {

  private static final Pattern LABEL = Pattern.compile("aup#([a-z]{1,8}+)(?:-?(\\d{4}))?");

  private static final Map<String, BounceReason> COX =
      Map.ofEntries(
          Map.entry("cxbl", BLOCKED),
          Map.entry("cdrbl", BLOCKED),
          Map.entry("cxdns", REQUIRE_PTR),
          Map.entry("cxsndr", AUTH_FAILURE),
          Map.entry("cxsmtp", REJECTED),
          Map.entry("cxcnct", TOO_MANY_CONN),
          Map.entry("cxmxrt", TOO_MANY_CONN),
          Map.entry("cxthrt", SECURITY_ERROR),
          Map.entry("cxmj", SECURITY_ERROR),
          Map.entry("ipbl", BLOCKED),
          Map.entry("urlbl", SPAM_DETECTED));

  /** Spectrum's ranges: {first, last, reason}, by the first code of each documented group. */
  private record Range(int first, int last, BounceReason reason) {}

  private static final Range[] SPECTRUM = {
    new Range(1000, 1000, BLOCKED),
    new Range(1010, 1080, REJECTED),
    new Range(1090, 1090, SYSTEM_ERROR),
    new Range(1100, 1150, REQUIRE_PTR),
    new Range(1160, 1190, POLICY_VIOLATION),
    new Range(1200, 1250, BLOCKED),
    new Range(1260, 1260, NETWORK_ERROR),
    new Range(1300, 1340, TOO_MANY_CONN),
    new Range(1350, 1490, SPEEDING),
    new Range(1500, 1520, REJECTED),
    new Range(1530, 1530, MESSAGE_TOO_BIG),
    new Range(1540, 1550, SPEEDING),
    new Range(1560, 1560, POLICY_VIOLATION),
    new Range(1580, 1580, SPEEDING)
  };

  private AupCodes() {}

  static Optional<BounceReason> match(String normalisedText) {
    Matcher matcher = LABEL.matcher(normalisedText);
    if (!matcher.find()) {
      return Optional.empty();
    }
    String name = matcher.group(1);
    if (matcher.group(2) != null && name.matches("in?|o(ut)?")) {
      int code = Integer.parseInt(matcher.group(2));
      for (Range range : SPECTRUM) {
        if (code >= range.first() && code <= range.last()) {
          return Optional.of(range.reason());
        }
      }
      return Optional.empty();
    }
    String key = name.startsWith("ipbl") ? "ipbl" : name.startsWith("urlbl") ? "urlbl" : name;
    return Optional.ofNullable(COX.get(key));
  }
}
