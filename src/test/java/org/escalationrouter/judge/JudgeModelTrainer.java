package org.escalationrouter.judge;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;

/**
 * Trains {@code judge/model.tsv} (a developer tool, run by {@code scripts/train-judge-model.sh}).
 * Learns only from the {@link TrainingPool} (dev set and tune parts; check items refused). For each
 * signal, a model trained on the pool without the {@link #FRESH_BATCH} judges that batch's tune
 * letters, and the rules alone are compared with the rules OR the model at each threshold there; a
 * signal's model is enabled only where the best threshold gains F1 with precision still at the
 * floor (0.85, principal-request 0.9), and where 5-fold cross-validation on the whole pool shows no
 * source's precision falling below it. Then every signal is trained on the whole pool and the file
 * is written with its header.
 *
 * <p>Arguments: eval directory, corpus directory, output file.
 */
public final class JudgeModelTrainer {

  static final int FOLDS = 5;
  static final double MIN_GAIN = 0.01;
  static final int MIN_MORE_FOUND = 3;

  /**
   * The newest batch of wordings, whose letters the rules were not written from: each signal's
   * model is chosen on its tune part, by a model trained on everything else. Cross-validation on
   * the whole pool cannot choose: the rules were written from the pool's misses, so there they look
   * better than on any new letter and the model seems to add nothing (ADR 0002, sixth version).
   * When rules are written from this batch's misses, a new batch must come first and be named here.
   */
  static final List<String> FRESH_BATCH = List.of("w53-", "w54-", "w55-");

  /**
   * The lowest principal-request threshold (in hundredths) the choice may take. It was 50 while
   * only principal-wordings.txt held near misses (at 0.44 the model of 2026-12-05 raised 5 false
   * alarms there); now the near-miss veto ({@link #raisedForNearMisses}) reads that file and the
   * near misses written for the model, and the L2 penalty is ten times stronger, which lowers every
   * probability, so the veto alone decides how low it may go.
   */
  static final int PRINCIPAL_LOWEST_THRESHOLD = 5;

  private JudgeModelTrainer() {}

  /** A letter's features and what the rules said of it. */
  record Row(
      TrainingPool.Example example,
      List<JudgedText> texts,
      int[] buckets,
      int[][][] sentences,
      java.util.Set<Signal> ruled,
      Severity ruledSeverity,
      int fold) {

    /** The rules found no signal: only then does the complaint head decide low or medium. */
    boolean noSignal() {
      return ruled.isEmpty();
    }
  }

  /** Rules alone and rules OR model on the pool for one signal. */
  record Choice(
      Signal signal,
      Figures rules,
      Figures combined,
      double threshold,
      boolean enabled,
      String vetoedBy,
      boolean shipped) {

    Choice(
        Signal signal,
        Figures rules,
        Figures combined,
        double threshold,
        boolean enabled,
        String vetoedBy) {
      this(signal, rules, combined, threshold, enabled, vetoedBy, false);
    }
  }

  record Figures(int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%.3f / %.3f / F1 %.3f (%d/%d)", precision(), recall(), f1(), tp, fp);
    }
  }

  public static void main(String[] args) throws IOException {
    Path evalDir = Path.of(args.length > 0 ? args[0] : "eval");
    Path corpus = Path.of(args.length > 1 ? args[1] : "../shared/corpus");
    Path out = Path.of(args.length > 2 ? args[2] : "src/main/resources/" + JudgeModel.RESOURCE);
    TrainingPool pool = TrainingPool.load(evalDir, corpus);
    JudgeModel shipped =
        Files.exists(out) ? read(Files.readString(out, StandardCharsets.UTF_8)) : null;
    String file =
        train(pool, LogisticRegression.defaults(), Clock.systemUTC(), System.out, shipped);
    Files.writeString(out, file, StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
  }

  /** Cross-validates, chooses, trains on the whole pool; returns the weights file. */
  static String train(TrainingPool pool, LogisticRegression lr, Clock clock, PrintStream log) {
    return train(pool, lr, clock, log, null);
  }

  /**
   * As above, against the model shipped today ({@code null}: none): where the fresh batch shows a
   * shipped head doing at least as well as the new choice, that head is kept as it was.
   */
  static String train(
      TrainingPool pool, LogisticRegression lr, Clock clock, PrintStream log, JudgeModel shipped) {
    JudgeSettings rulesOnly =
        new JudgeSettings(
            null, null, null, null, null, null, null, null, null, new JudgeSettings.Model(false));
    Judge rules = new Judge(rulesOnly);
    Map<Integer, String> names = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (TrainingPool.Example e : pool.examples()) {
      List<JudgedText> texts = rules.texts(e.letter());
      for (JudgedText t : texts) {
        for (int s = 0; s < t.sentences().size(); s++) {
          for (ModelFeatures.Feature f : ModelFeatures.named(t, s, KINDS)) {
            names.merge(f.bucket(), f.name(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
      }
      Judgement judged = rules.judge(e.letter());
      rows.add(
          new Row(
              e,
              texts,
              ModelFeatures.of(texts, KINDS),
              ModelFeatures.bySentence(texts, KINDS),
              judged.signals(),
              judged.severity(),
              fold(e.id())));
    }
    List<Choice> choices = new ArrayList<>();
    List<JudgeModel.Head> heads = new ArrayList<>();
    List<Row> fresh = rows.stream().filter(JudgeModelTrainer::fresh).toList();
    List<Row> older = rows.stream().filter(r -> !fresh(r)).toList();
    log.printf(
        Locale.ROOT,
        "choice on the fresh batch %s: %d letters, model trained on the other %d%n",
        FRESH_BATCH,
        fresh.size(),
        older.size());
    String only = System.getProperty("trainer.only");
    for (Signal signal : Signal.values()) {
      if (only != null && !only.equals(signal.wireName())) {
        continue; // a quicker look at one head; the file written is then incomplete
      }
      double[] held = crossValidate(rows, signal, lr);
      JudgeModel.Head olderHead = trainHead(signal, older, lr);
      double[] freshHeld = fresh.stream().mapToDouble(r -> heard(olderHead, r)).toArray();
      // without a fresh batch in the pool (a test's pool), cross-validation on the pool chooses
      Choice choice =
          fresh.isEmpty()
              ? choose(rows, signal, held, rows, held)
              : choose(fresh, signal, freshHeld, rows, held);
      if (signal.wireName().equals(System.getProperty("trainer.show"))) {
        for (int t = 5; t <= 60; t += 5) {
          log.printf(
              Locale.ROOT,
              "    fresh at %.2f: %s%n",
              t / 100.0,
              figures(fresh, signal, freshHeld, t / 100.0));
        }
        show(fresh, freshHeld, signal, log);
        show(rows, held, signal, log);
      }
      JudgeModel.Head all = trainHead(signal, rows, lr);
      if (signal == Signal.PRINCIPAL_REQUEST && !fresh.isEmpty()) {
        curve(fresh, freshHeld, all, rules, log);
      }
      if (signal == Signal.PRINCIPAL_REQUEST && choice.enabled()) {
        choice = raisedForNearMisses(choice, all, rules, log);
        choice =
            new Choice(
                signal,
                choice.rules(),
                figures(fresh, signal, freshHeld, choice.threshold()),
                choice.threshold(),
                choice.enabled(),
                choice.vetoedBy());
      }
      JudgeModel.Head kept = keptFromShipped(shipped, signal, fresh, choice, log);
      if (kept != null) {
        choice =
            new Choice(
                signal,
                choice.rules(),
                figures(
                    fresh,
                    signal,
                    fresh.stream().mapToDouble(r -> heard(kept, r)).toArray(),
                    kept.threshold()),
                kept.threshold(),
                true,
                null,
                true);
      }
      choices.add(choice);
      log.println(
          describe(choice)
              + String.format(
                  Locale.ROOT,
                  "%n    pool CV at that threshold %s",
                  figures(rows, signal, held, choice.threshold()))
              + modelAlone(rows, signal, held)
              + perSource(rows, signal, held, choice));
      if (kept != null) {
        heads.add(kept);
        continue;
      }
      heads.add(
          new JudgeModel.Head(
              signal.wireName(),
              choice.enabled(),
              choice.threshold(),
              all.bias(),
              all.buckets(),
              all.weights(),
              all.bySentence()));
    }
    ComplaintChoice complaint =
        chooseComplaint(rows, crossValidate(rows, JudgeModel.COMPLAINT, complaintLabels(rows), lr));
    log.println(complaint.describe());
    JudgeModel.Head all = lr.train(JudgeModel.COMPLAINT, buckets(rows), complaintLabels(rows));
    heads.add(
        new JudgeModel.Head(
            JudgeModel.COMPLAINT,
            complaint.enabled(),
            complaint.threshold(),
            all.bias(),
            all.buckets(),
            all.weights()));
    return write(pool, lr, clock, choices, complaint, heads, names);
  }

  /**
   * The complaint head: among letters the rules found no signal in, low (no complaint) against
   * medium (a complaint), measured as severity exactly right on the pool, rules alone against the
   * rules' complaint phrases OR the model at a threshold.
   */
  record ComplaintChoice(int letters, int rulesRight, int combinedRight, double threshold) {
    boolean enabled() {
      return combinedRight - rulesRight >= MIN_MORE_FOUND
          && combinedRight >= rulesRight + MIN_GAIN * letters;
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%-20s severity exact on the pool %.3f -> %.3f at %.2f: %s",
          JudgeModel.COMPLAINT,
          rulesRight / (double) letters,
          combinedRight / (double) letters,
          threshold,
          enabled() ? "ENABLED" : "off");
    }
  }

  private static boolean[] complaintLabels(List<Row> rows) {
    boolean[] y = new boolean[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = rows.get(i).example().severity() != Severity.LOW;
    }
    return y;
  }

  /** The threshold at which most letters get their severity exactly right; highest wins ties. */
  static ComplaintChoice chooseComplaint(List<Row> rows, double[] held) {
    int rulesRight = complaintRight(rows, held, 2);
    int best = rulesRight;
    double threshold = 1;
    for (int t = 99; t >= 5; t--) {
      int right = complaintRight(rows, held, t / 100.0);
      if (right > best) {
        best = right;
        threshold = t / 100.0;
      }
    }
    return new ComplaintChoice(rows.size(), rulesRight, best, threshold);
  }

  private static int complaintRight(List<Row> rows, double[] held, double threshold) {
    int right = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      Severity said = r.ruledSeverity();
      if (r.noSignal() && said == Severity.LOW && held[i] >= threshold) {
        said = Severity.MEDIUM;
      }
      right += said == r.example().severity() ? 1 : 0;
    }
    return right;
  }

  static double[] crossValidate(List<Row> rows, Signal signal, LogisticRegression lr) {
    if (!BY_SENTENCE.contains(signal)) {
      return crossValidate(rows, signal.wireName(), labels(rows, signal), lr);
    }
    double[] held = new double[rows.size()];
    for (int k = 0; k < FOLDS; k++) {
      int fold = k;
      JudgeModel.Head trained =
          trainHead(signal, rows.stream().filter(r -> r.fold() != fold).toList(), lr);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).fold() == k) {
          held[i] = heard(trained, rows.get(i));
        }
      }
    }
    return held;
  }

  /**
   * The signals whose head judges sentence by sentence and takes the letter's best sentence (a
   * request to reach the top is an act of one sentence; a long letter's other sentences only add
   * noise to a bag of the whole letter's words).
   */
  static final java.util.Set<Signal> BY_SENTENCE =
      java.util.Arrays.stream(System.getProperty("model.sentence", "").split(","))
          .filter(w -> !w.isBlank())
          .map(w -> Signal.fromWireName(w).orElseThrow())
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /**
   * Whether the heads read the kind features ({@link ModelFeatures#kinds}) beside the words; the
   * written file says so ({@link JudgeModel#KINDS_LINE}). Off: on the fresh batch they lost to the
   * words alone (ADR 0002, eighth version); {@code -Dmodel.kinds=true} to compare.
   */
  static final boolean KINDS = Boolean.getBoolean("model.kinds");

  /** Rounds of choosing each positive letter's sentence and retraining on the choice. */
  static final int SENTENCE_ROUNDS = 2;

  /** A signal's head trained on the rows, of the letter or by sentence ({@link #BY_SENTENCE}). */
  static JudgeModel.Head trainHead(Signal signal, List<Row> rows, LogisticRegression lr) {
    JudgeModel.Head letter = lr.train(signal, buckets(rows), labels(rows, signal));
    return BY_SENTENCE.contains(signal) ? bySentence(signal, rows, lr, letter) : letter;
  }

  /**
   * Multiple-instance learning: a letter is labelled, its sentences are not. Every sentence of a
   * letter without the signal is a negative; of a letter with it, the sentence the current head
   * scores highest is the positive and the others are left out. The first choice is made by the
   * letter's head, then by the sentence head of the round before.
   */
  static JudgeModel.Head bySentence(
      Signal signal, List<Row> rows, LogisticRegression lr, JudgeModel.Head letterHead) {
    JudgeModel.Head picker = letterHead;
    JudgeModel.Head head = letterHead.bySentence(true);
    for (int round = 0; round < SENTENCE_ROUNDS; round++) {
      List<int[]> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (Row r : rows) {
        boolean positive = r.example().signals().contains(signal);
        int[] best = null;
        double bestP = -1;
        for (int[][] text : r.sentences()) {
          for (int[] sentence : text) {
            if (sentence.length == 0) {
              continue;
            }
            if (!positive) {
              x.add(sentence);
              y.add(false);
            } else {
              double p = picker.probability(sentence);
              if (p > bestP) {
                bestP = p;
                best = sentence;
              }
            }
          }
        }
        if (best != null) {
          x.add(best);
          y.add(true);
        }
      }
      boolean[] labels = new boolean[y.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = y.get(i);
      }
      head = lr.train(signal, x, labels).bySentence(true);
      picker = head;
    }
    return head;
  }

  /** Each row's probability from the head trained on the other folds, for any head's labels. */
  static double[] crossValidate(
      List<Row> rows, String head, boolean[] labels, LogisticRegression lr) {
    double[] held = new double[rows.size()];
    for (int k = 0; k < FOLDS; k++) {
      List<int[]> train = new ArrayList<>();
      List<Boolean> trainLabels = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).fold() != k) {
          train.add(rows.get(i).buckets());
          trainLabels.add(labels[i]);
        }
      }
      boolean[] y = new boolean[trainLabels.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = trainLabels.get(i);
      }
      JudgeModel.Head trained = lr.train(head, train, y);
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).fold() == k) {
          held[i] = heard(trained, rows.get(i));
        }
      }
    }
    return held;
  }

  /**
   * The threshold with the best F1 of rules OR model on the fresh batch, with precision at the
   * floor (or, where the rules alone are below it, not lower than theirs); highest wins. Steps of
   * 0.05, so that a few letters do not pick a threshold. Enabled only when that gains F1 and finds
   * {@link #MIN_MORE_FOUND} more, and the pool's cross-validation shows no source losing precision
   * below the floor at that threshold.
   */
  static Choice choose(
      List<Row> fresh, Signal signal, double[] freshHeld, List<Row> pool, double[] poolHeld) {
    double floor = signal == Signal.PRINCIPAL_REQUEST ? 0.9 : 0.85;
    Figures rules = figures(fresh, signal, freshHeld, 2);
    double least = Math.min(floor, rules.precision());
    Figures best = rules;
    double threshold = 1;
    String below = null;
    int lowest = signal == Signal.PRINCIPAL_REQUEST ? PRINCIPAL_LOWEST_THRESHOLD : 5;
    for (int t = 95; t >= lowest; t -= 5) {
      Figures f = figures(fresh, signal, freshHeld, t / 100.0);
      if (f.precision() >= least && f.f1() > best.f1()) {
        String source = sourceBelowFloor(pool, signal, poolHeld, t / 100.0, floor);
        if (source == null) {
          best = f;
          threshold = t / 100.0;
        } else if (below == null) {
          below = "at " + t / 100.0 + " " + source;
        }
      }
    }
    boolean gain = best.f1() >= rules.f1() + MIN_GAIN && best.tp() - rules.tp() >= MIN_MORE_FOUND;
    return new Choice(signal, rules, best, threshold, gain, below);
  }

  /**
   * The pool mixes three sets; a gain in one must not be paid for by precision in another (where
   * the rules were already at the floor, they may not fall further).
   */
  private static String sourceBelowFloor(
      List<Row> rows, Signal signal, double[] held, double threshold, double floor) {
    for (String source : List.of("dev", "real-texts", "wordings")) {
      Figures rules = figures(rows, signal, held, 2, source);
      Figures combined = figures(rows, signal, held, threshold, source);
      if (combined.precision() < Math.min(floor, rules.precision())) {
        return source + " " + rules + " -> " + combined;
      }
    }
    return null;
  }

  static Figures figures(List<Row> rows, Signal signal, double[] held, double threshold) {
    return figures(rows, signal, held, threshold, null);
  }

  private static Figures figures(
      List<Row> rows, Signal signal, double[] held, double threshold, String source) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (source != null && !source.equals(r.example().source())) {
        continue;
      }
      boolean said = r.ruled().contains(signal) || held[i] >= threshold;
      boolean truth = r.example().signals().contains(signal);
      tp += said && truth ? 1 : 0;
      fp += said && !truth ? 1 : 0;
      fn += !said && truth ? 1 : 0;
    }
    return new Figures(tp, fp, fn);
  }

  private static String describe(Choice c) {
    return String.format(
            Locale.ROOT,
            "%-20s rules %s -> rules|model %s at %.2f: %s",
            c.signal().wireName(),
            c.rules(),
            c.combined(),
            c.threshold(),
            c.enabled() ? "ENABLED" : "off")
        + (c.shipped() ? " (the shipped head, kept)" : "")
        + (c.vetoedBy() == null ? "" : "; lower was refused by pool CV precision " + c.vetoedBy());
  }

  /**
   * The shipped head of a signal, when on the fresh batch (which neither head was trained on) it
   * does at least as well by F1 as the new choice: the rules alone where the new head stays off,
   * the rules or the new head at its threshold where it is enabled. A new head must beat the one it
   * replaces, not only the rules (ADR 0002, twelfth round). {@code null}: use the new head.
   */
  static JudgeModel.Head keptFromShipped(
      JudgeModel shipped, Signal signal, List<Row> fresh, Choice choice, PrintStream log) {
    if (shipped == null || fresh.isEmpty()) {
      return null;
    }
    JudgeModel.Head old =
        shipped.heads().stream()
            .filter(h -> h.enabled() && h.name().equals(signal.wireName()))
            .findFirst()
            .orElse(null);
    if (old == null) {
      return null;
    }
    double[] held = fresh.stream().mapToDouble(r -> heard(old, r)).toArray();
    Figures before = figures(fresh, signal, held, old.threshold());
    Figures after = choice.enabled() ? choice.combined() : choice.rules();
    boolean keep = before.f1() >= after.f1();
    log.printf(
        Locale.ROOT,
        "    shipped head on the fresh batch at %.2f: %s; new %s: %s%n",
        old.threshold(),
        before,
        after,
        keep ? "the shipped head stays" : "the new one replaces it");
    return keep ? old : null;
  }

  /** The model's own best F1 in cross-validation, to compare settings of the trainer. */
  private static String modelAlone(List<Row> rows, Signal signal, double[] held) {
    Figures best = new Figures(0, 0, 1);
    double at = 1;
    for (int t = 99; t >= 5; t--) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < rows.size(); i++) {
        boolean said = held[i] >= t / 100.0;
        boolean truth = rows.get(i).example().signals().contains(signal);
        tp += said && truth ? 1 : 0;
        fp += said && !truth ? 1 : 0;
        fn += !said && truth ? 1 : 0;
      }
      Figures f = new Figures(tp, fp, fn);
      if (f.f1() > best.f1()) {
        best = f;
        at = t / 100.0;
      }
    }
    return String.format(Locale.ROOT, "%n    model alone at best %.2f: %s", at, best);
  }

  private static String perSource(List<Row> rows, Signal signal, double[] held, Choice c) {
    double t = c.enabled() ? c.threshold() : Math.max(c.threshold(), 0.5);
    StringBuilder s = new StringBuilder();
    for (String source : List.of("dev", "real-texts", "wordings")) {
      s.append(
          String.format(
              Locale.ROOT,
              "%n    %-10s rules %s -> %s",
              source,
              figures(rows, signal, held, 2, source),
              figures(rows, signal, held, t, source)));
    }
    return s.toString();
  }

  private static List<int[]> buckets(List<Row> rows) {
    return rows.stream().map(Row::buckets).toList();
  }

  private static boolean[] labels(List<Row> rows, Signal signal) {
    boolean[] y = new boolean[rows.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = rows.get(i).example().signals().contains(signal);
    }
    return y;
  }

  /**
   * The fresh batch's figures (rules OR the model trained without it) at each threshold, beside the
   * false alarms the head trained on the whole pool adds on our near misses: the choice, visible.
   */
  private static void curve(
      List<Row> fresh, double[] freshHeld, JudgeModel.Head all, Judge rules, PrintStream log) {
    List<List<JudgedText>> old = nearMisses(rules, PrincipalWordings.read());
    List<List<JudgedText>> written = nearMisses(rules, PrincipalWordings.modelNearMisses());
    double[] p = old.stream().mapToDouble(t -> heard(all, t, ModelFeatures.of(t, KINDS))).toArray();
    double[] q =
        written.stream().mapToDouble(t -> heard(all, t, ModelFeatures.of(t, KINDS))).toArray();
    for (int t = 10; t <= 95; t += 5) {
      double at = t / 100.0;
      log.printf(
          Locale.ROOT,
          "    curve %.2f fresh %s; near misses %d of %d, model near misses %d of %d%n",
          at,
          figures(fresh, Signal.PRINCIPAL_REQUEST, freshHeld, at),
          java.util.Arrays.stream(p).filter(x -> x >= at - 1e-9).count(),
          p.length,
          java.util.Arrays.stream(q).filter(x -> x >= at - 1e-9).count(),
          q.length);
    }
    if (Signal.PRINCIPAL_REQUEST.wireName().equals(System.getProperty("trainer.show"))) {
      List<List<JudgedText>> both = new ArrayList<>(old);
      both.addAll(written);
      for (List<JudgedText> texts : both) {
        double x = heard(all, texts, ModelFeatures.of(texts, KINDS));
        if (x >= 0.3) {
          log.printf(Locale.ROOT, "SHOW NEAR %.2f %s%n", x, texts.get(texts.size() - 1).text());
        }
      }
    }
  }

  /** Our near misses the rules stay quiet on (a rule's false alarm is not the model's). */
  static List<List<JudgedText>> nearMisses(Judge rules, List<PrincipalWordings.Line> lines) {
    List<List<JudgedText>> nearMisses = new ArrayList<>();
    for (PrincipalWordings.Line line : lines) {
      if (!line.request() && !rules.judge(line.letter()).has(Signal.PRINCIPAL_REQUEST)) {
        nearMisses.add(rules.texts(line.letter()));
      }
    }
    return nearMisses;
  }

  /** Our own near misses: at most this many may become learned false alarms (see its test). */
  static final int NEAR_MISS_FALSE_ALARMS_AT_MOST = 2;

  /**
   * The principal-request threshold raised in steps of 0.05 until the head trained on the whole
   * pool adds at most {@link #NEAR_MISS_FALSE_ALARMS_AT_MOST} false alarms on the hard negatives of
   * {@code judge/principal-wordings.txt} (PrincipalRequestWordingsTest), which neither the pool nor
   * the fresh batch holds enough of, and at most as many on the near misses written for the model
   * ({@code judge/model-near-misses.txt}: past requests, titles in passing, the writer's own title,
   * staff who escalate, praise of a manager, in five languages), which no rule was written from.
   */
  static Choice raisedForNearMisses(
      Choice choice, JudgeModel.Head head, Judge rules, PrintStream log) {
    List<List<JudgedText>> nearMisses = nearMisses(rules, PrincipalWordings.read());
    List<List<JudgedText>> written = nearMisses(rules, PrincipalWordings.modelNearMisses());
    double t = choice.threshold();
    for (; t < 1; t += 0.05) {
      double at = t;
      long alarms =
          nearMisses.stream()
              .filter(texts -> heard(head, texts, ModelFeatures.of(texts, KINDS)) >= at - 1e-9)
              .count();
      long writtenAlarms =
          written.stream()
              .filter(texts -> heard(head, texts, ModelFeatures.of(texts, KINDS)) >= at - 1e-9)
              .count();
      log.printf(
          Locale.ROOT,
          "    near misses at %.2f: %d false alarms of %d, of the model's own near misses %d of %d%n",
          t,
          alarms,
          nearMisses.size(),
          writtenAlarms,
          written.size());
      if (alarms <= NEAR_MISS_FALSE_ALARMS_AT_MOST
          && writtenAlarms <= NEAR_MISS_FALSE_ALARMS_AT_MOST) {
        break;
      }
    }
    double raised = Math.round(t * 100) / 100.0;
    return raised >= 1
        ? new Choice(choice.signal(), choice.rules(), choice.rules(), 1, false, "near misses")
        : new Choice(
            choice.signal(), choice.rules(), choice.combined(), raised, true, choice.vetoedBy());
  }

  /**
   * The head's probability for the row as the judge would act on it: 0 where the rules veto the
   * finding in the sentence it would quote ({@link Judge#vetoed}).
   */
  static double heard(JudgeModel.Head head, Row row) {
    return heard(head, row.texts(), row.buckets(), row.sentences());
  }

  private static double heard(JudgeModel.Head head, List<JudgedText> texts, int[] buckets) {
    return heard(head, texts, buckets, null);
  }

  private static double heard(
      JudgeModel.Head head, List<JudgedText> texts, int[] buckets, int[][][] sentences) {
    if (head.bySentence()) {
      double[] p = new double[1];
      head.bestSentence(
          texts, sentences != null ? sentences : ModelFeatures.bySentence(texts, KINDS), p);
      return p[0];
    }
    double p = head.probability(buckets);
    if (head.name().equals(JudgeModel.COMPLAINT)) {
      return p;
    }
    boolean vetoed =
        JudgeModel.quoted(head, texts, KINDS)
            .map(at -> Judge.vetoed(head.signal(), texts.get(at[0]), at[1]))
            .orElse(true);
    return vetoed ? 0 : p;
  }

  /**
   * With {@code -Dtrainer.show=<signal>}: the letters (fresh batch, then the pool in
   * cross-validation) the rules missed and the model would score at 0.3 or more, right or wrong, to
   * read the model's kinds of error (tune letters only: the pool holds no check item).
   */
  private static void show(List<Row> rows, double[] p, Signal signal, PrintStream log) {
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (!r.ruled().contains(signal) && p[i] >= 0.3) {
        String text =
            (r.example().letter().subject()
                    + " | "
                    + r.example()
                        .letter()
                        .judgedParts()
                        .map(t -> t.text())
                        .collect(java.util.stream.Collectors.joining(" ")))
                .replaceAll("\\s+", " ");
        log.printf(
            Locale.ROOT,
            "SHOW %s %.2f %s %s: %s%n",
            r.example().signals().contains(signal) ? "TP" : "FP",
            p[i],
            r.example().source(),
            r.example().id(),
            text.substring(0, Math.min(300, text.length())));
      }
    }
  }

  private static boolean fresh(Row r) {
    return FRESH_BATCH.stream().anyMatch(r.example().id()::startsWith);
  }

  /** Folds by the third and fourth bytes of the id's SHA-256, apart from the split's first two. */
  static int fold(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return (((h[2] & 0xff) << 8) | (h[3] & 0xff)) % FOLDS;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String write(
      TrainingPool pool,
      LogisticRegression lr,
      Clock clock,
      List<Choice> choices,
      ComplaintChoice complaint,
      List<JudgeModel.Head> heads,
      Map<Integer, String> names) {
    StringBuilder s = new StringBuilder();
    s.append(
            "# Judge model (ADR 0002): written by JudgeModelTrainer (scripts/train-judge-model.sh);")
        .append(" do not edit by hand.\n");
    s.append(
        String.format(
            Locale.ROOT,
            "# trained on %s: dev set %d, real-texts tune %d, wordings tune %d letters;"
                + " check items refused (%d skipped), none used%n",
            LocalDate.now(clock),
            pool.count("dev"),
            pool.count("real-texts"),
            pool.count("wordings"),
            pool.refused()));
    s.append(
        String.format(
            Locale.ROOT,
            "# logistic regression per signal, L2 %.0e, AdaGrad rate %.2f, %d epochs, seed %d;"
                + " features hashed to 2^%d; kept the %d largest weights >= %.2f%n",
            lr.lambda(),
            lr.rate(),
            lr.epochs(),
            lr.seed(),
            ModelFeatures.BITS,
            lr.keep(),
            lr.minWeight()));
    s.append(
        "# chosen on the fresh batch "
            + FRESH_BATCH
            + " (precision / recall / F1): rules alone -> rules OR model\n");
    for (Choice c : choices) {
      s.append("#   ").append(describe(c)).append('\n');
    }
    s.append("#   ").append(complaint.describe()).append('\n');
    s.append(
        "# head <signal> <enabled> <threshold> <bias> [sentence: judged sentence by sentence];"
            + " w <signal> <bucket> <weight> <feature>\n");
    if (KINDS) {
      s.append(JudgeModel.KINDS_LINE).append('\n');
    }
    for (JudgeModel.Head h : heads) {
      s.append(
          String.format(
              Locale.ROOT,
              "head\t%s\t%s\t%.2f\t%.4f%s%n",
              h.name(),
              h.enabled(),
              h.threshold(),
              h.bias(),
              h.bySentence() ? "\tsentence" : ""));
    }
    for (JudgeModel.Head h : heads) {
      if (!h.enabled()) {
        continue; // a signal the model does not judge needs no weights
      }
      for (int i = 0; i < h.buckets().length; i++) {
        s.append(
            String.format(
                Locale.ROOT,
                "w\t%s\t%d\t%.4f\t%s%n",
                h.name(),
                h.buckets()[i],
                h.weights()[i],
                names.getOrDefault(h.buckets()[i], "?")));
      }
    }
    return s.toString();
  }

  /** Reads a written file back, for tests. */
  static JudgeModel read(String file) throws IOException {
    return JudgeModel.read(new java.io.BufferedReader(new StringReader(file)));
  }
}
