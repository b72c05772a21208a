package org.escalationrouter.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Small bar charts drawn as inline SVG on the server: cases per day stacked by severity, and SLA
 * breaches per week. Only numbers and our own labels go into the markup, escaped all the same.
 */
final class ActivityChart {

  private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");
  private static final int HEIGHT = 120;
  private static final int TOP = 14;
  private static final int BOTTOM = 18;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private ActivityChart() {}

  static String casesPerDay(List<ActivityCounts.Day> days) {
    int bar = 22;
    int gap = 6;
    int width = days.size() * (bar + gap) + gap;
    int max = Math.max(1, days.stream().mapToInt(ActivityChart::total).max().orElse(1));
    StringBuilder svg = open(width, "Cases per day by severity, last " + days.size() + " days");
    for (int i = 0; i < days.size(); i++) {
      ActivityCounts.Day d = days.get(i);
      int x = gap + i * (bar + gap);
      double y = HEIGHT - BOTTOM;
      for (String severity : SEVERITIES) {
        int n = d.bySeverity().getOrDefault(severity, 0);
        if (n == 0) {
          continue;
        }
        double h = scaled(n, max);
        y -= h;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"bar sev-%s\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\">"
                    + "<title>%s: %d %s</title></rect>",
                severity,
                x,
                y,
                bar,
                h,
                esc(DAY.format(d.day())),
                n,
                severity));
      }
      if (total(d) > 0) {
        label(svg, x + bar / 2.0, y - 3, Integer.toString(total(d)), "count");
      }
      if (i % 2 == (days.size() - 1) % 2) {
        label(svg, x + bar / 2.0, HEIGHT - 4, DAY.format(d.day()), "axis");
      }
    }
    return close(svg, width);
  }

  static String breachesPerWeek(List<ActivityCounts.Week> weeks) {
    int bar = 30;
    int gap = 10;
    int width = weeks.size() * (bar + gap) + gap;
    int max = Math.max(1, weeks.stream().mapToInt(ActivityCounts.Week::breaches).max().orElse(1));
    StringBuilder svg = open(width, "SLA breaches per week, last " + weeks.size() + " weeks");
    for (int i = 0; i < weeks.size(); i++) {
      ActivityCounts.Week w = weeks.get(i);
      int x = gap + i * (bar + gap);
      double h = scaled(w.breaches(), max);
      double y = HEIGHT - BOTTOM - h;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"bar breach\" x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\">"
                  + "<title>week of %s: %d</title></rect>",
              x,
              y,
              bar,
              h,
              esc(DAY.format(w.monday())),
              w.breaches()));
      if (w.breaches() > 0) {
        label(svg, x + bar / 2.0, y - 3, Integer.toString(w.breaches()), "count");
      }
      label(svg, x + bar / 2.0, HEIGHT - 4, DAY.format(w.monday()), "axis");
    }
    return close(svg, width);
  }

  private static int total(ActivityCounts.Day d) {
    return d.bySeverity().values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double scaled(int n, int max) {
    return (HEIGHT - TOP - BOTTOM) * (double) n / max;
  }

  private static StringBuilder open(int width, String title) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\"><title>%s</title>",
            width,
            HEIGHT,
            width,
            HEIGHT,
            esc(title),
            esc(title)));
  }

  private static String close(StringBuilder svg, int width) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line class=\"baseline\" x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></svg>",
            HEIGHT - BOTTOM,
            width,
            HEIGHT - BOTTOM));
    return svg.toString();
  }

  private static void label(StringBuilder svg, double x, double y, String text, String cls) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
            cls,
            x,
            y,
            esc(text)));
  }

  private static String esc(String s) {
    return HtmlUtils.htmlEscape(s);
  }
}
