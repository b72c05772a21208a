package org.escalationrouter.directory;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.escalationrouter.sla.WorkingPeriod;

/**
 * Working hours as admins write them: {@code Mon-Fri 09:00-17:30}, several groups separated by
 * {@code ;} or {@code ,} (e.g. {@code Mon-Thu 09:00-17:00; Fri 09:00-13:00}).
 */
final class WorkingHours {

  private static final Pattern GROUP =
      Pattern.compile(
          "(?i)\\s*([a-z]{3})(?:\\s*-\\s*([a-z]{3}))?\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private WorkingHours() {}

  /** The periods per weekday; throws IllegalArgumentException saying what is wrong. */
  static Map<DayOfWeek, List<WorkingPeriod>> parse(String spec) {
    Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    for (String group : spec.split("[;,]")) {
      Matcher m = GROUP.matcher(group);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "working hours must look like 'Mon-Fri 09:00-17:00': '" + group.trim() + "'");
      }
      int from = day(m.group(1));
      int to = m.group(2) == null ? from : day(m.group(2));
      LocalTime start = time(m.group(3));
      LocalTime end = time(m.group(4));
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "working hours end before they start: '" + group.trim() + "'");
      }
      WorkingPeriod period = new WorkingPeriod(start, end);
      // from the first day round to the last: Mon-Sun is the whole week, Fri-Mon wraps the weekend
      for (int d = from, n = 0; n < 7; d = (d + 1) % 7, n++) {
        week.computeIfAbsent(DayOfWeek.of(d + 1), k -> new ArrayList<>()).add(period);
        if (d == to) {
          break;
        }
      }
    }
    return week;
  }

  private static int day(String name) {
    int i = DAYS.indexOf(name.toLowerCase(Locale.ROOT));
    if (i < 0) {
      throw new IllegalArgumentException("unknown weekday '" + name + "' (use Mon, Tue, … Sun)");
    }
    return i;
  }

  private static LocalTime time(String text) {
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a time: '" + text + "'");
    }
  }
}
