package org.escalationrouter.web;

import java.time.Duration;

/** A deadline's distance as people read it: {@code 3h 20m}, {@code 2d 4h}, {@code 45m overdue}. */
final class TimeLeft {

  private TimeLeft() {}

  static String text(Duration left) {
    if (left == null) {
      return "no deadline";
    }
    Duration d = left.abs();
    long days = d.toDays();
    long hours = d.toHoursPart();
    long minutes = d.toMinutesPart();
    String amount;
    if (days > 0) {
      amount = days + "d " + hours + "h";
    } else if (hours > 0) {
      amount = hours + "h " + minutes + "m";
    } else {
      amount = Math.max(minutes, left.isNegative() ? 1 : 0) + "m";
    }
    return left.isNegative() ? amount + " overdue" : amount;
  }
}
