package org.escalationrouter.judge;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.parse.Letter;

/**
 * Judges the dev set's letters over and over on one thread for a few seconds and prints letters per
 * second, with the rules alone and with the learned model ({@link JudgeModel}), in alternation;
 * then the time of a few hostile letters of a million characters. Run with {@code bench/judge.sh};
 * not a unit test.
 *
 * <p>Arguments: dev set file, corpus directory, seconds (default 5).
 */
public final class JudgeBenchmark {

  private JudgeBenchmark() {}

  public static void main(String[] args) {
    Path devSet = Path.of(args.length > 0 ? args[0] : "eval/judge-dev.jsonl");
    Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
    long seconds = args.length > 2 ? Long.parseLong(args[2]) : 5;
    List<Letter> letters = JudgeEvaluation.letters(devSet, corpus);
    Judge rulesOnly = new Judge(withModel(false));
    Judge withModel = new Judge(withModel(true));
    // alternate, so both see the same load of a shared machine
    for (int round = 0; round < 2; round++) {
      measure("rules alone     ", rulesOnly, letters, seconds);
      measure("rules and model ", withModel, letters, seconds);
    }
    hostile(withModel);
  }

  /**
   * Letters at the parser's limit (a million characters) that repeat one cue: the cost of a letter
   * must grow with its length, not with its length squared. Before the tenth round a million
   * characters of "I want to speak to a manager" took 35 s (every sentence re-read the whole text).
   */
  private static void hostile(Judge judge) {
    for (String cue :
        List.of(
            "I want to speak to a manager ",
            "manager ",
            "Dear CEO, ",
            "I called twice. ",
            "you promised me ",
            "the €100 fee ")) {
      String text =
          cue.repeat(org.escalationrouter.parse.ParseLimits.DEFAULT_MAX_TOTAL_CHARS / cue.length());
      Letter letter = Letter.ofText("", text);
      judge.judge(letter);
      long start = System.nanoTime();
      int signals = judge.judge(letter).findings().size();
      System.out.printf(
          Locale.ROOT,
          "hostile letter: %,d chars of \"%s\" judged in %.2f s (%d signals)%n",
          text.length(),
          cue.strip(),
          (System.nanoTime() - start) / 1e9,
          signals);
    }
  }

  private static JudgeSettings withModel(boolean enabled) {
    return new JudgeSettings(
        null, null, null, null, null, null, null, null, null, new JudgeSettings.Model(enabled));
  }

  private static void measure(String name, Judge judge, List<Letter> letters, long seconds) {
    long sink = 0;
    long warmUntil = System.nanoTime() + 2_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (Letter letter : letters) {
        sink += judge.judge(letter).findings().size();
      }
    }
    long chars = letters.stream().mapToLong(l -> l.newText().length()).sum();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long judged = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    while (System.nanoTime() < end) {
      for (Letter letter : letters) {
        sink += judge.judge(letter).findings().size();
      }
      judged += letters.size();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    // on a shared machine wall time includes waiting for a core; CPU time is what the judge costs
    System.out.printf(
        Locale.ROOT,
        "%sjudged %d letters in %.1f s on one thread: %.0f letters/s wall clock, %.0f letters/s of"
            + " CPU time (dev set: %d letters, mean %d chars; checksum %d)%n",
        name,
        judged,
        elapsed,
        judged / elapsed,
        judged / cpu,
        letters.size(),
        chars / letters.size(),
        sink);
  }
}
