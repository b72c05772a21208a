package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reasons that large receiving providers publish for their own error codes and replies, which say
 * more than the SMTP codes around them. Orange and La Poste end each refusal with a label such as
 * {@code LPN007_416} or {@code OFR_506}, whose last three digits name the cause in their postmaster
 * documentation. NTT DOCOMO answers "550 Unknown user" both to RCPT TO (a bad address) and after
 * DATA, where it means the subscriber's reception settings refused the sender.
 */
public final class ProviderCodes {

  private static final Pattern ORANGE_LABEL =
      Pattern.compile("\\b(?:lpnaaa|lpn|ofr|ouk)\\d{0,3}_(\\d{3})\\b");

  private static final Map<String, BounceReason> ORANGE =
      Map.ofEntries(
          Map.entry("101", BLOCKED),
          Map.entry("102", BLOCKED),
          Map.entry("103", BLOCKED),
          Map.entry("104", TOO_MANY_CONN),
          Map.entry("305", SECURITY_ERROR),
          Map.entry("401", AUTH_FAILURE),
          Map.entry("402", SECURITY_ERROR),
          Map.entry("403", REJECTED),
          Map.entry("405", REJECTED),
          Map.entry("415", REJECTED),
          Map.entry("416", USER_UNKNOWN),
          Map.entry("417", MAILBOX_FULL),
          Map.entry("420", SUSPEND),
          Map.entry("421", REJECTED),
          Map.entry("426", SUSPEND),
          Map.entry("505", SYSTEM_ERROR),
          Map.entry("506", SPAM_DETECTED),
          Map.entry("510", BLOCKED),
          Map.entry("514", MESSAGE_TOO_BIG),
          Map.entry("517", AUTH_FAILURE),
          Map.entry("630", POLICY_VIOLATION),
          Map.entry("999", BLOCKED));

  private static final Pattern DOCOMO_UNKNOWN =
      Pattern.compile("docomo\\.ne\\.jp\\b.{0,200}?550 unknown user");

  /**
   * Deutsche Telekom (t-online.de) refuses a connection with "554 IP=&lt;address&gt; - ... (TAG)";
   * its postmaster pages and public reports give (BL) for an address it blocks and (NOWL) for one
   * with no or a bad reputation, not yet on its allow list.
   */
  private static final Pattern TELEKOM_TAG =
      Pattern.compile(
          "\\bip=[0-9a-f.:\\[\\]]{3,45}+ - [^()]{0,120}+(?:\\([^()]{0,80}+\\)[^()]{0,40}+)?\\((bl|nowl)\\)");

  /**
   * The Telekom tags were looked up in its documentation after a tune notice (a Sendmail relay
   * quoting Telekom's (BL) refusal) missed; named after that notice's family so
   * leave-one-family-out does not credit them.
   */
  private static final Set<String> TELEKOM_ORIGIN = Set.of("lhost-sendmail");

  private ProviderCodes() {}

  /** The provider's own verdict in normalised text, if a known provider wrote it. */
  public static Optional<BounceReason> match(
      String normalisedText, Optional<SmtpCommand> command, String wholeNotice, RuleScope scope) {
    Matcher orange = ORANGE_LABEL.matcher(normalisedText);
    String label = null;
    while (orange.find()) {
      label = orange.group(1); // the last label is the provider's, earlier ones may be quoted
    }
    if (label != null && ORANGE.containsKey(label) && scope.allows(Set.of("rhost-franceptt"))) {
      return Optional.of(ORANGE.get(label));
    }
    Optional<BounceReason> aup = AupCodes.match(normalisedText);
    if (aup.isPresent() && scope.allows(Set.of("rhost-cox", "rhost-spectrum"))) {
      return aup;
    }
    boolean messageLabs =
        wholeNotice.contains("messagelabs.com") || normalisedText.contains("messagelabs.com");
    if (messageLabs && scope.allows(Set.of("rhost-messagelabs"))) {
      Optional<BounceReason> symantec = MessageLabsReplies.match(normalisedText);
      if (symantec.isPresent()) {
        return symantec;
      }
    }
    if (DOCOMO_UNKNOWN.matcher(normalisedText).find()
        && command.filter(c -> c == SmtpCommand.DATA).isPresent()
        && scope.allows(Set.of("rhost-nttdocomo"))) {
      return Optional.of(REJECTED);
    }
    Matcher telekom = TELEKOM_TAG.matcher(normalisedText);
    if (telekom.find() && scope.allows(TELEKOM_ORIGIN)) {
      return Optional.of(telekom.group(1).equals("bl") ? BLOCKED : BAD_REPUTATION);
    }
    return Optional.empty();
  }
}
