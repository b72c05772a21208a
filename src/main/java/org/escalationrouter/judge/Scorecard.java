package org.escalationrouter.judge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/** Tallies judged against expected labels and prints the figures of an evaluation. */
final class Scorecard {

  static final double MIN_PRECISION = 0.90;
  static final double MIN_RECALL = 0.85;
  static final double MIN_WITHIN_ONE = 0.95;
  static final double MIN_EXACT = 0.75;

  /**
   * Lowered dev-set floors: principal-request lost one of its 14 dev letters (a letter "prepared to
   * send to the corporate offices for the CEO's") when the unlicensed whole phrases that also fired
   * on requests told as history were replaced by composition (issue 14).
   */
  static final Map<Signal, Double> MIN_RECALL_FOR = Map.of(Signal.PRINCIPAL_REQUEST, 0.78);

  /** True positives, false positives and false negatives of one signal (or one language). */
  record Tally(int tp, int fp, int fn) {
    double precision() {
      return ratio(tp, tp + fp);
    }

    double recall() {
      return ratio(tp, tp + fn);
    }

    int support() {
      return tp + fn;
    }

    Tally plus(boolean want, boolean have) {
      return new Tally(
          tp + (want && have ? 1 : 0), fp + (!want && have ? 1 : 0), fn + (want && !have ? 1 : 0));
    }
  }

  private final Map<Signal, Tally> counts = new EnumMap<>(Signal.class);
  private final Map<String, Tally> principalByLanguage = new TreeMap<>();
  private final int[][] confusion = new int[4][4];
  private final List<String> misses = new ArrayList<>();
  private int items;

  Scorecard() {
    for (Signal s : Signal.values()) {
      counts.put(s, new Tally(0, 0, 0));
    }
  }

  void add(LabelledItem item, Judgement judged) {
    items++;
    Set<Signal> got = judged.signals();
    Set<Signal> missed = EnumSet.noneOf(Signal.class);
    Set<Signal> extra = EnumSet.noneOf(Signal.class);
    for (Signal s : Signal.values()) {
      boolean want = item.signals().contains(s);
      boolean have = got.contains(s);
      counts.put(s, counts.get(s).plus(want, have));
      if (want != have) {
        (want ? missed : extra).add(s);
      }
    }
    if (item.lang() != null) {
      boolean want = item.signals().contains(Signal.PRINCIPAL_REQUEST);
      boolean have = got.contains(Signal.PRINCIPAL_REQUEST);
      principalByLanguage.merge(
          item.lang(), new Tally(0, 0, 0).plus(want, have), (a, b) -> a.plus(want, have));
    }
    confusion[item.severity().ordinal()][judged.severity().ordinal()]++;
    if (!missed.isEmpty() || !extra.isEmpty() || item.severity() != judged.severity()) {
      misses.add(
          String.format(
              Locale.ROOT,
              "%-16s missed %s extra %s severity %s (expected %s) by \"%s\"%s",
              item.id(),
              names(missed),
              names(extra),
              judged.severity().wireName(),
              item.severity().wireName(),
              judged.rule(),
              extraEvidence(judged, extra)));
    }
  }

  Tally tally(Signal signal) {
    return counts.get(signal);
  }

  /** principal-request per language of the items (languages as labelled, not as guessed). */
  Map<String, Tally> principalByLanguage() {
    return principalByLanguage;
  }

  double exact() {
    int exact = 0;
    for (int e = 0; e < 4; e++) {
      exact += confusion[e][e];
    }
    return ratio(exact, items);
  }

  double withinOne() {
    int within = 0;
    for (int e = 0; e < 4; e++) {
      for (int j = Math.max(0, e - 1); j <= Math.min(3, e + 1); j++) {
        within += confusion[e][j];
      }
    }
    return ratio(within, items);
  }

  int items() {
    return items;
  }

  /** Prints every figure and the misses of the dev set; returns true when all targets are met. */
  boolean print(PrintStream out) {
    boolean ok = printFigures(out);
    ok &= exact() >= MIN_EXACT && withinOne() >= MIN_WITHIN_ONE;
    printMisses(out);
    out.println(ok ? "targets met" : "targets NOT met");
    return ok;
  }

  /**
   * Prints precision, recall and support per signal, principal-request per language, severity
   * agreement and its confusion matrix; returns true when every signal meets the dev-set targets.
   */
  boolean printFigures(PrintStream out) {
    boolean ok = true;
    out.printf(
        "%-20s %9s %7s %8s %4s %4s %4s%n",
        "signal", "precision", "recall", "support", "tp", "fp", "fn");
    for (Signal s : Signal.values()) {
      Tally c = counts.get(s);
      boolean met =
          c.support() == 0
              || (c.precision() >= MIN_PRECISION
                  && c.recall() >= MIN_RECALL_FOR.getOrDefault(s, MIN_RECALL));
      ok &= met;
      printRow(out, s.wireName(), c, met ? "" : "  below target");
    }
    principalByLanguage.forEach((lang, c) -> printRow(out, "  principal-req " + lang, c, ""));
    out.printf(
        Locale.ROOT,
        "severity exact %.3f  within-one %.3f  (%d letters)%n",
        exact(),
        withinOne(),
        items);
    out.println("confusion (rows expected, columns judged): low medium high critical");
    for (Severity e : Severity.values()) {
      out.printf("%-9s", e.wireName());
      for (int j = 0; j < 4; j++) {
        out.printf("%7d", confusion[e.ordinal()][j]);
      }
      out.println();
    }
    return ok;
  }

  void printMisses(PrintStream out) {
    out.println("misses (" + misses.size() + "):");
    misses.forEach(m -> out.println("  " + m));
  }

  private static void printRow(PrintStream out, String name, Tally c, String note) {
    out.printf(
        Locale.ROOT,
        "%-20s %9.3f %7.3f %8d %4d %4d %4d%s%n",
        name,
        c.precision(),
        c.recall(),
        c.support(),
        c.tp(),
        c.fp(),
        c.fn(),
        note);
  }

  private static String extraEvidence(Judgement judged, Set<Signal> extra) {
    StringBuilder b = new StringBuilder();
    for (SignalFinding f : judged.findings()) {
      if (extra.contains(f.signal())) {
        b.append(" | ").append(f.signal().wireName()).append(": ");
        f.evidence().forEach(e -> b.append('"').append(e.phrase()).append("\" "));
      }
    }
    return b.toString();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static String names(Set<Signal> signals) {
    return signals.isEmpty() ? "-" : signals.stream().map(Signal::wireName).toList().toString();
  }
}
