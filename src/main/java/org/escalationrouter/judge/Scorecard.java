package org.escalationrouter.judge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Tallies judged against expected labels and prints the figures of the evaluation. */
final class Scorecard {

  static final double MIN_PRECISION = 0.90;
  static final double MIN_RECALL = 0.85;
  static final double MIN_WITHIN_ONE = 0.95;
  static final double MIN_EXACT = 0.75;

  private final Map<Signal, int[]> counts = new EnumMap<>(Signal.class); // tp, fp, fn
  private final int[][] confusion = new int[4][4];
  private final List<String> misses = new ArrayList<>();
  private int items;

  Scorecard() {
    for (Signal s : Signal.values()) {
      counts.put(s, new int[3]);
    }
  }

  void add(DevItem item, Judgement judged) {
    items++;
    Set<Signal> got = judged.signals();
    Set<Signal> missed = EnumSet.noneOf(Signal.class);
    Set<Signal> extra = EnumSet.noneOf(Signal.class);
    for (Signal s : Signal.values()) {
      boolean want = item.signals().contains(s);
      boolean have = got.contains(s);
      if (want && have) {
        counts.get(s)[0]++;
      } else if (have) {
        counts.get(s)[1]++;
        extra.add(s);
      } else if (want) {
        counts.get(s)[2]++;
        missed.add(s);
      }
    }
    confusion[item.severity().ordinal()][judged.severity().ordinal()]++;
    if (!missed.isEmpty() || !extra.isEmpty() || item.severity() != judged.severity()) {
      misses.add(
          String.format(
              Locale.ROOT,
              "%-16s missed %s extra %s severity %s (expected %s) by \"%s\"",
              item.id(),
              names(missed),
              names(extra),
              judged.severity().wireName(),
              item.severity().wireName(),
              judged.rule()));
    }
  }

  /** Prints every figure; returns true when all targets are met. */
  boolean print(PrintStream out) {
    boolean ok = true;
    out.printf(
        "%-20s %9s %7s %8s %4s %4s %4s%n",
        "signal", "precision", "recall", "support", "tp", "fp", "fn");
    for (Signal s : Signal.values()) {
      int[] c = counts.get(s);
      double precision = ratio(c[0], c[0] + c[1]);
      double recall = ratio(c[0], c[0] + c[2]);
      boolean met = c[0] + c[2] == 0 || (precision >= MIN_PRECISION && recall >= MIN_RECALL);
      ok &= met;
      out.printf(
          Locale.ROOT,
          "%-20s %9.3f %7.3f %8d %4d %4d %4d%s%n",
          s.wireName(),
          precision,
          recall,
          c[0] + c[2],
          c[0],
          c[1],
          c[2],
          met ? "" : "  below target");
    }
    int exact = 0;
    int withinOne = 0;
    for (int e = 0; e < 4; e++) {
      for (int j = 0; j < 4; j++) {
        exact += e == j ? confusion[e][j] : 0;
        withinOne += Math.abs(e - j) <= 1 ? confusion[e][j] : 0;
      }
    }
    double exactShare = ratio(exact, items);
    double withinShare = ratio(withinOne, items);
    ok &= exactShare >= MIN_EXACT && withinShare >= MIN_WITHIN_ONE;
    out.printf(
        Locale.ROOT,
        "severity exact %.3f  within-one %.3f  (%d letters)%n",
        exactShare,
        withinShare,
        items);
    out.println("confusion (rows expected, columns judged): low medium high critical");
    for (Severity e : Severity.values()) {
      out.printf("%-9s", e.wireName());
      for (int j = 0; j < 4; j++) {
        out.printf("%7d", confusion[e.ordinal()][j]);
      }
      out.println();
    }
    out.println("misses (" + misses.size() + "):");
    misses.forEach(m -> out.println("  " + m));
    out.println(ok ? "targets met" : "targets NOT met");
    return ok;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static String names(Set<Signal> signals) {
    return signals.isEmpty() ? "-" : signals.stream().map(Signal::wireName).toList().toString();
  }
}
