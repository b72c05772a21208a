package org.escalationrouter.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept ({@code escalation.retention.*}); docs/adr/0010.
 *
 * @param enabled run the retention job in this daemon (with several daemons one run is shared)
 * @param runEvery how often the job runs, across all daemons on the database
 * @param rawMessages how long a case's e-mail as received (with its attachments) is kept
 * @param attachments how long attachments are kept: a dropped letter's file, and an e-mail's
 *     original when this is shorter than raw-messages
 * @param resolvedCases how long after it was resolved a case keeps its sender, subject, text and
 *     evidence phrases; then it is anonymized (signals, severity, owner and timeline stay)
 * @param quarantine how long a quarantined message is kept, held or released
 * @param outboxSent how long the copy of a sent escalation e-mail or chat post is kept
 * @param automatedMail how long the sender, subject and records of bounces and auto-replies are
 *     kept
 * @param audit how long audit trail entries are kept
 */
@ConfigurationProperties("escalation.retention")
public record RetentionSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("1h") Duration runEvery,
    @DefaultValue("90d") Duration rawMessages,
    @DefaultValue("90d") Duration attachments,
    @DefaultValue("730d") Duration resolvedCases,
    @DefaultValue("30d") Duration quarantine,
    @DefaultValue("30d") Duration outboxSent,
    @DefaultValue("30d") Duration automatedMail,
    @DefaultValue("400d") Duration audit) {

  /** An e-mail's original carries its attachments: it goes at the earlier of the two periods. */
  Duration emailOriginals() {
    return rawMessages.compareTo(attachments) <= 0 ? rawMessages : attachments;
  }
}
