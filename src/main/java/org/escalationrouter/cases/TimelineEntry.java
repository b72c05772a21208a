package org.escalationrouter.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/**
 * A case-timeline entry as its writer knows it: the facts, and here, in one place, the words each
 * {@link CaseEventKind} is stored with ({@code case_event.detail}). The words never change for the
 * same facts, since the pages, the API, exports and older entries show them side by side.
 */
public sealed interface TimelineEntry {

  CaseEventKind kind();

  /** The stored words. */
  String detail();

  /** The letter arrived; {@code source} is where exactly (a folder and UID, a file). */
  record Received(String mailbox, String source) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.RECEIVED;
    }

    public String detail() {
      return "Received in " + mailbox + " (" + source + ")";
    }
  }

  /** {@code evidence} is the judge's own summary of what it found. */
  record Judged(Severity severity, String rule, String evidence) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.JUDGED;
    }

    public String detail() {
      return severity.wireName() + " by rule \"" + rule + "\"; " + evidence;
    }
  }

  /** {@code condition} is null for a rule without one. */
  record Routed(String rule, String condition, String rulesVersion) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.ROUTED;
    }

    public String detail() {
      return "Rule "
          + rule
          + (condition == null ? "" : " (" + condition + ")")
          + ", rules version "
          + rulesVersion;
    }
  }

  /** Not the Message-ID: it is what a reply must quote, so it stays out of the timeline. */
  record Escalated(String name, String email) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.ESCALATED;
    }

    public String detail() {
      return "Escalation to " + name + " <" + email + "> queued";
    }
  }

  record SlaStarted(
      String policy, Instant acknowledgeBy, Instant resolveBy, String recipient, ZoneId timeZone)
      implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.SLA_STARTED;
    }

    public String detail() {
      return "Policy "
          + policy
          + ": acknowledge by "
          + acknowledgeBy
          + ", resolve by "
          + resolveBy
          + " ("
          + recipient
          + "'s working hours, "
          + timeZone
          + ")";
    }
  }

  /**
   * The executive cannot take the case and {@code standIn} (their deputy, manager, ...) receives
   * it; {@code why} says why, in a few words. The stand-in's mail opens with the same words.
   */
  record Deputy(String executive, String why, String standIn) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.DEPUTY;
    }

    public String detail() {
      return executive + " " + why + "; you receive this case as their " + standIn + ".";
    }
  }

  /** The signals the follow-up itself raised, in the order the escalation mail's header lists. */
  record FollowUp(String from, Severity before, Severity after, List<Signal> newSignals)
      implements TimelineEntry {
    public FollowUp {
      newSignals = List.copyOf(newSignals);
    }

    public CaseEventKind kind() {
      return CaseEventKind.FOLLOW_UP;
    }

    public String detail() {
      return "The customer wrote again ("
          + from
          + "): "
          + change()
          + "; new signals: "
          + newSignals.stream().sorted().map(Signal::wireName).collect(Collectors.joining(","));
    }

    /** What the follow-up did to the severity; the owner's notice says it too. */
    public String change() {
      return after == before
          ? "severity stays " + before.wireName()
          : "severity raised from " + before.wireName() + " to " + after.wireName();
    }
  }

  /** A follow-up held back by the notice cap: what the customer wrote, cut short. */
  record FollowUpHeld(String newText) implements TimelineEntry {
    private static final int EXCERPT = 200;

    public CaseEventKind kind() {
      return CaseEventKind.FOLLOW_UP_HELD;
    }

    public String detail() {
      String text = newText == null ? "" : newText.strip().replaceAll("\\s+", " ");
      return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + " …";
    }
  }

  /** An executive's reply and what came of it ({@code outcome}: the outcome's constant name). */
  record Reply(String from, String outcome) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.REPLY;
    }

    public String detail() {
      return "Reply from " + from + ": " + outcome.toLowerCase().replace('_', ' ');
    }
  }

  /** A reply from an address that is no executive's. */
  record ReplyFromStranger(String from) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.REPLY;
    }

    public String detail() {
      return "Reply from " + from + " recorded; not an executive, not trusted";
    }
  }

  /** An executive outside the case's chain tried to act; {@code how}: by link, by reply, ... */
  record NotInChain(String executiveId, String action, String how) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.UNTRUSTED;
    }

    public String detail() {
      return executiveId + " tried to " + action + " by " + how + " but is not in the chain";
    }
  }

  /** {@code what}: "A reply", "An automatic reply"; {@code reason}: why it was not believed. */
  record NotActedOn(String what, String executive, String reason) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.UNTRUSTED;
    }

    public String detail() {
      return what + " in the name of " + executive + " was not acted on: " + reason;
    }
  }

  /** The case was acknowledged or resolved ({@code status}) by {@code who}. */
  record Done(CaseStatus status, String who) implements TimelineEntry {
    public CaseEventKind kind() {
      return status == CaseStatus.RESOLVED ? CaseEventKind.RESOLVED : CaseEventKind.ACKNOWLEDGED;
    }

    public String detail() {
      return (status == CaseStatus.RESOLVED ? "Resolved" : "Acknowledged") + " by " + who;
    }
  }

  /** {@code timer}: the SLA timer's name. */
  record Reminded(String executive, String timer, int level) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.REMINDER;
    }

    public String detail() {
      return "Reminded " + executive + " (" + timer + ", level " + level + ")";
    }
  }

  /** A deadline to acknowledge ({@code acknowledge}) or else to resolve passed. */
  record Breached(boolean acknowledge, String executive, int level) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.BREACH;
    }

    public String detail() {
      return "Deadline to "
          + (acknowledge ? "acknowledge" : "resolve")
          + " missed; escalated to "
          + executive
          + " (level "
          + level
          + ")";
    }
  }

  /**
   * A bounce or delay notice about our mail; {@code status} may be null, {@code verdict} says how
   * hard it is.
   */
  record Bounced(String recipient, boolean delayed, String reason, String status, String verdict)
      implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.BOUNCE;
    }

    public String detail() {
      return "Mail to "
          + recipient
          + (delayed ? " delayed: " : " bounced: ")
          + reason
          + (status == null ? "" : " " + status)
          + " ("
          + verdict
          + ")";
    }
  }

  /** The bounce was about this message (too big, its content), not the address. */
  record RefusedForContent(String reason, String status) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.BOUNCE;
    }

    public String detail() {
      return "Refused for its content, not the address: "
          + reason
          + (status == null ? "" : " " + status);
    }
  }

  /** A report, bulk mail or our own mail come back ({@code kind}) about our mail to someone. */
  record Report(CaseEventKind kind, String recipient) implements TimelineEntry {
    public String detail() {
      return "Report about the mail to " + recipient;
    }
  }

  record AutoReply(String recipient) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.AUTO_REPLY;
    }

    public String detail() {
      return "Automatic reply from " + recipient + " (out of office?)";
    }
  }

  record NoStandIn(String owner) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.FAILOVER;
    }

    public String detail() {
      return "No deputy or manager of " + owner + " can be reached";
    }
  }

  /** The owner cannot be reached ({@code why}); the stand-in's mail opens with the same words. */
  record HandedOver(String owner, String why, String caseId) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.FAILOVER;
    }

    public String detail() {
      return owner + " " + why + "; you receive case " + caseId + " in their place.";
    }
  }

  /** A chat or webhook post ({@code post}: its kind's wire name) queued under {@code key}. */
  record Posted(String post, String target, String key) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.NOTIFY;
    }

    public String detail() {
      return post + " post to the " + target + " queued (" + key + ")";
    }
  }

  /** {@code why}: given up after tries, or refused. */
  record PostFailed(String post, String target, String why) implements TimelineEntry {
    public CaseEventKind kind() {
      return CaseEventKind.NOTIFY_FAILED;
    }

    public String detail() {
      return "The " + post + " post to the " + target + " was " + why;
    }
  }
}
