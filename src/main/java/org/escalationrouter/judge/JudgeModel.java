package org.escalationrouter.judge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * A learned second opinion beside the phrase rules (ADR 0002): per signal a logistic regression
 * over the {@link ModelFeatures} of a letter, trained on the dev set and the tune parts only (never
 * a check item) by the test-scope {@code JudgeModelTrainer}, shipped as {@code judge/model.tsv}.
 * Only the signals whose cross-validation showed a gain are enabled; an enabled signal the rules
 * missed is added when the model's probability reaches that signal's threshold. The evidence quotes
 * the sentence that scored highest and its strongest words, marked as the model's: {@code model
 * 0.93: …}.
 *
 * <p>One more head, {@code complaint}, is not a signal: it is the model's opinion that a letter
 * with no signal is still a complaint (medium) rather than a question, praise or routine request
 * (low), beside the complaint phrases ({@link ComplaintTone}). When enabled, a probability at its
 * threshold lifts such a letter to medium.
 */
final class JudgeModel {

  static final String RESOURCE = "judge/model.tsv";
  static final JudgeModel NONE = new JudgeModel(List.of(), false);

  /** The line of the weights file that says the model reads the kind features. */
  static final String KINDS_LINE = "features\tkinds";

  /** The name of the head that judges whether a letter without a signal is a complaint. */
  static final String COMPLAINT = "complaint";

  private static final int SHOWN_WORDS = 4;
  private static final int SHOWN_CHARS = 200;

  /**
   * One head's weights, named by its signal's wire name or {@link #COMPLAINT}; {@code buckets}
   * sorted ascending, {@code weights} beside them.
   */
  record Head(
      String name,
      boolean enabled,
      double threshold,
      double bias,
      int[] buckets,
      float[] weights,
      boolean bySentence) {

    /** A head that judges the whole letter. */
    Head(
        String name,
        boolean enabled,
        double threshold,
        double bias,
        int[] buckets,
        float[] weights) {
      this(name, enabled, threshold, bias, buckets, weights, false);
    }

    /** The same weights judging sentence by sentence (or the whole letter). */
    Head bySentence(boolean sentence) {
      return new Head(name, enabled, threshold, bias, buckets, weights, sentence);
    }

    /** The same weights, enabled or not at a threshold. */
    Head at(boolean on, double t) {
      return new Head(name, on, t, bias, buckets, weights, bySentence);
    }

    /**
     * For a head that judges sentence by sentence: the sentence of highest probability among those
     * the rules do not veto ({@link Judge#vetoed}), as {text, sentence}, with its probability in
     * {@code p[0]}; empty when every sentence is vetoed or there is none.
     */
    java.util.Optional<int[]> bestSentence(
        List<JudgedText> texts, int[][][] sentences, double[] p) {
      int[] at = null;
      double best = -1;
      for (int t = 0; t < sentences.length; t++) {
        for (int s = 0; s < sentences[t].length; s++) {
          if (texts.get(t).sentences().get(s).size() == 0) {
            continue;
          }
          double q = probability(sentences[t][s]);
          if (q > best && !Judge.vetoed(signal(), texts.get(t), s)) {
            best = q;
            at = new int[] {t, s};
          }
        }
      }
      p[0] = Math.max(best, 0);
      return java.util.Optional.ofNullable(at);
    }

    Signal signal() {
      return JudgeModel.signal(name);
    }

    float weight(int bucket) {
      int i = Arrays.binarySearch(buckets, bucket);
      return i >= 0 ? weights[i] : 0f;
    }

    double probability(int[] letter) {
      if (letter.length == 0) {
        return sigmoid(bias);
      }
      double sum = 0;
      int i = 0;
      int j = 0;
      // both sorted: one merge pass
      while (i < letter.length && j < buckets.length) {
        if (letter[i] < buckets[j]) {
          i++;
        } else if (letter[i] > buckets[j]) {
          j++;
        } else {
          sum += weights[j];
          i++;
          j++;
        }
      }
      return sigmoid(bias + sum * ModelFeatures.scale(letter.length));
    }
  }

  /** A signal the model adds, with its evidence and the sentence it points at. */
  record ModelFinding(
      Signal signal, double probability, Evidence evidence, int text, int sentence) {}

  private final List<Head> heads;
  private final Head complaint;
  private final boolean kinds;

  /**
   * Signal heads and, optionally, one named {@link #COMPLAINT}; {@code kinds} when they read the
   * kind features ({@link ModelFeatures#kinds}) beside the words.
   */
  JudgeModel(List<Head> all, boolean kinds) {
    this.kinds = kinds;
    this.heads = all.stream().filter(h -> !h.name().equals(COMPLAINT)).toList();
    this.complaint = all.stream().filter(h -> h.name().equals(COMPLAINT)).findFirst().orElse(null);
  }

  /** The shipped model, or {@link #NONE} when the setting turns it off. */
  static JudgeModel load(boolean enabled) {
    if (!enabled) {
      return NONE;
    }
    try (InputStream in = JudgeModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return NONE;
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Reads the weights file: {@code head <signal> <enabled> <threshold> <bias>}, then {@code w
   * <signal> <bucket> <weight> <feature>} lines; {@code #} lines are comments.
   */
  static JudgeModel read(BufferedReader reader) throws IOException {
    List<String[]> headLines = new ArrayList<>();
    java.util.Map<String, List<String[]>> weightLines = new java.util.HashMap<>();
    boolean kinds = false;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      kinds |= line.equals(KINDS_LINE);
      String[] f = line.split("\t");
      if (f[0].equals("head")) {
        headLines.add(f);
      } else if (f[0].equals("w")) {
        weightLines.computeIfAbsent(name(f[1]), s -> new ArrayList<>()).add(f);
      }
    }
    List<Head> heads = new ArrayList<>();
    for (String[] h : headLines) {
      String name = name(h[1]);
      List<String[]> ws = new ArrayList<>(weightLines.getOrDefault(name, List.of()));
      ws.sort(Comparator.comparingInt(w -> Integer.parseInt(w[2])));
      int[] buckets = new int[ws.size()];
      float[] weights = new float[ws.size()];
      for (int i = 0; i < ws.size(); i++) {
        buckets[i] = Integer.parseInt(ws.get(i)[2]);
        weights[i] = Float.parseFloat(ws.get(i)[3]);
      }
      heads.add(
          new Head(
              name,
              Boolean.parseBoolean(h[2]),
              Double.parseDouble(h[3]),
              Double.parseDouble(h[4]),
              buckets,
              weights,
              h.length > 5 && h[5].equals("sentence")));
    }
    return new JudgeModel(heads, kinds);
  }

  private static Signal signal(String name) {
    return Signal.fromWireName(name)
        .orElseThrow(() -> new IllegalArgumentException(RESOURCE + ": unknown signal " + name));
  }

  /** A head's name as written: a signal's wire name or {@link #COMPLAINT}. */
  private static String name(String name) {
    return name.equals(COMPLAINT) ? name : signal(name).wireName();
  }

  /** The signal heads. */
  List<Head> heads() {
    return heads;
  }

  java.util.Optional<Head> complaintHead() {
    return java.util.Optional.ofNullable(complaint);
  }

  boolean isEmpty() {
    return heads.stream().noneMatch(Head::enabled) && (complaint == null || !complaint.enabled());
  }

  /** The features of the texts when some head is enabled, else none (nothing to compute). */
  int[] features(List<JudgedText> texts) {
    boolean letterHead =
        heads.stream().anyMatch(h -> h.enabled() && !h.bySentence())
            || (complaint != null && complaint.enabled());
    return letterHead ? ModelFeatures.of(texts, kinds) : new int[0];
  }

  /** Whether the enabled complaint head calls the letter (its {@link #features}) a complaint. */
  boolean complaint(int[] letter) {
    return complaint != null
        && complaint.enabled()
        && letter.length > 0
        && complaint.probability(letter) >= complaint.threshold();
  }

  /** The enabled signals not in {@code found} whose probability reaches their threshold. */
  List<ModelFinding> findings(List<JudgedText> texts, Set<Signal> found) {
    return findings(texts, features(texts), found);
  }

  /** As {@link #findings(List, Set)}, with the letter's {@link #features} computed once. */
  List<ModelFinding> findings(List<JudgedText> texts, int[] letter, Set<Signal> found) {
    if (heads.stream().noneMatch(Head::enabled)) {
      return List.of();
    }
    List<ModelFinding> findings = new ArrayList<>();
    int[][][] sentences = null;
    for (Head head : heads) {
      if (head.enabled() && !found.contains(head.signal())) {
        if (head.bySentence()) {
          if (sentences == null) {
            sentences = ModelFeatures.bySentence(texts, kinds);
          }
          double[] p = new double[1];
          java.util.Optional<int[]> at = head.bestSentence(texts, sentences, p);
          if (at.isPresent() && p[0] >= head.threshold()) {
            findings.add(explain(head, p[0], texts, at.get()[0], at.get()[1], kinds));
          }
          continue;
        }
        double p = head.probability(letter);
        if (p >= head.threshold()) {
          explain(head, p, texts, kinds).ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  /**
   * Where the finding of {@code head} would point: the text and sentence whose words weigh most, or
   * empty when the texts hold no word.
   */
  static java.util.Optional<int[]> quoted(Head head, List<JudgedText> texts, boolean kinds) {
    double best = Double.NEGATIVE_INFINITY;
    int[] at = null;
    for (int t = 0; t < texts.size(); t++) {
      List<Sentence> sentences = texts.get(t).sentences();
      for (int s = 0; s < sentences.size(); s++) {
        double score = score(head, ModelFeatures.named(texts.get(t), s, kinds));
        if (sentences.get(s).size() > 0 && score > best) {
          best = score;
          at = new int[] {t, s};
        }
      }
    }
    return java.util.Optional.ofNullable(at);
  }

  private static double score(Head head, List<ModelFeatures.Feature> features) {
    return features.stream().mapToDouble(f -> head.weight(f.bucket())).sum();
  }

  /** The sentence whose words weigh most for the signal, and its strongest words. */
  private static java.util.Optional<ModelFinding> explain(
      Head head, double p, List<JudgedText> texts, boolean kinds) {
    java.util.Optional<int[]> at = quoted(head, texts, kinds);
    if (at.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(explain(head, p, texts, at.get()[0], at.get()[1], kinds));
  }

  /** The finding quoting this sentence, with its strongest words. */
  private static ModelFinding explain(
      Head head, double p, List<JudgedText> texts, int bestText, int bestSentence, boolean kinds) {
    List<ModelFeatures.Feature> bestFeatures =
        ModelFeatures.named(texts.get(bestText), bestSentence, kinds);
    List<String> words =
        bestFeatures.stream()
            .filter(f -> head.weight(f.bucket()) > 0)
            .sorted(Comparator.comparingDouble(f -> -head.weight(f.bucket())))
            .limit(SHOWN_WORDS)
            .map(f -> readable(f.name()))
            .toList();
    JudgedText text = texts.get(bestText);
    List<Token> tokens = text.sentences().get(bestSentence).tokens();
    String quote =
        text.text().substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    if (quote.length() > SHOWN_CHARS) {
      quote = quote.substring(0, SHOWN_CHARS) + "…";
    }
    String score = String.format(Locale.ROOT, "model %.2f", p);
    String shown = String.join(", ", words);
    Evidence evidence =
        new Evidence(
            score + ": " + quote + " (words: " + shown + ")",
            text.location(),
            score + " · words " + shown);
    return new ModelFinding(head.signal(), p, evidence, bestText, bestSentence);
  }

  /**
   * {@code b:speak to} → {@code speak to}; {@code p:zarza} → {@code zarza…}; {@code c:deadline} →
   * {@code [deadline phrase]}.
   */
  static String readable(String feature) {
    String word = feature.substring(feature.indexOf(':') + 1);
    if (feature.startsWith("c:")) {
      return "[" + word + " phrase]";
    }
    if (feature.startsWith("k")) {
      return "[" + word + "]";
    }
    return feature.startsWith("p:") || feature.startsWith("sp:") ? word + "…" : word;
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
