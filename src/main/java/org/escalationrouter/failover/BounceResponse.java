package org.escalationrouter.failover;

import java.time.Duration;
import java.time.Instant;
import org.escalationrouter.bounce.DeliveryRecord;
import org.escalationrouter.cases.TimelineEntry;

/**
 * What a bounce of one of our escalations calls for. A final failure or a hard verdict hands the
 * case over at once, even when the verdict is uncertain (an unclear notice must never hold up a
 * letter to the principals); the case then shows the verdict as uncertain. A soft delay waits for
 * {@code soft-failover-after}.
 *
 * @param event the line for the case's timeline
 * @param handOverWhy why the case goes on, or null while it waits
 */
record BounceResponse(TimelineEntry.Bounced event, boolean addressFailing, String handOverWhy) {

  static BounceResponse to(
      String recipient,
      DeliveryRecord first,
      Instant sentAt,
      Instant now,
      Duration softFailoverAfter) {
    String what = first.reason().wireName() + (first.status() == null ? "" : " " + first.status());
    boolean delayed = "delayed".equals(first.action());
    TimelineEntry.Bounced event =
        new TimelineEntry.Bounced(
            recipient, delayed, first.reason().wireName(), first.status(), verdict(first));
    if (!delayed || first.hard()) {
      return new BounceResponse(event, true, "could not be reached (" + what + ")");
    }
    if (sentAt.plus(softFailoverAfter).isBefore(now)) {
      return new BounceResponse(
          event,
          false,
          "has not received it for " + softFailoverAfter.toHours() + "h (" + what + ")");
    }
    return new BounceResponse(event, false, null);
  }

  private static String verdict(DeliveryRecord record) {
    if (!record.hard()) {
      return "soft";
    }
    return record.uncertain() ? "hard, uncertain: the notice is unclear" : "hard";
  }
}
