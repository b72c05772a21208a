package org.escalationrouter.bounce;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the detector against a labelled bounce corpus ({@code labels.jsonl} plus the messages it
 * names) and says whether the agreed targets are met.
 */
public final class BounceEvaluation {

  static final double MIN_PRECISION = 0.99;
  static final double MIN_RECALL = 0.98;
  static final double MIN_HARD_SOFT = 0.97;
  static final double MIN_REASON = 0.90;
  static final double MIN_RECIPIENT = 0.97;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private BounceEvaluation() {}

  /** Expected and detected facts of one labelled message. */
  record Outcome(
      String file,
      String expectedKind,
      String detectedKind,
      String expectedReason,
      String detectedReason,
      boolean expectedHard,
      Boolean detectedHard,
      String expectedRecipient,
      String detectedRecipient) {

    boolean trueBounce() {
      return expectedKind.equals("bounce");
    }

    boolean reasonRight() {
      return expectedReason.equals(detectedReason);
    }

    boolean hardRight() {
      return detectedHard != null && detectedHard == expectedHard;
    }

    boolean recipientRight() {
      return EmailAddress.same(expectedRecipient, detectedRecipient);
    }
  }

  /** Runs the evaluation, prints the figures, and returns 0 when every target is met, else 1. */
  public static int run(Path corpusBouncesDir, PrintStream out) {
    List<Outcome> outcomes;
    try {
      outcomes = evaluate(corpusBouncesDir);
    } catch (IOException | RuntimeException e) {
      out.println("bounce evaluation could not read " + corpusBouncesDir + ": " + e);
      return 1;
    }
    return report(outcomes, out);
  }

  static List<Outcome> evaluate(Path dir) throws IOException {
    AutomatedMailDetector detector = AutomatedMailDetector.withDefaults();
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = JSON.readTree(line);
      String file = label.path("file").asString();
      Optional<AutomatedMail> found = detector.detect(Files.readAllBytes(dir.resolve(file)));
      Optional<DeliveryRecord> first = found.flatMap(m -> m.records().stream().findFirst());
      JsonNode recipients = label.path("recipients");
      outcomes.add(
          new Outcome(
              file,
              label.path("kind").asString().replace('_', '-'),
              found.map(m -> m.kind().wireName()).orElse("not-bounce"),
              label.path("reason").asString(""),
              first.map(DeliveryRecord::reason).orElse(""),
              label.path("hardbounce").asBoolean(false),
              first.map(DeliveryRecord::hard).orElse(null),
              recipients.isEmpty() ? "" : recipients.get(0).asString(""),
              first.map(DeliveryRecord::recipient).orElse("")));
    }
    return outcomes;
  }

  static int report(List<Outcome> outcomes, PrintStream out) {
    long kindRight =
        outcomes.stream().filter(o -> o.expectedKind().equals(o.detectedKind())).count();
    long truePositive =
        outcomes.stream().filter(o -> o.trueBounce() && o.detectedKind().equals("bounce")).count();
    long predicted = outcomes.stream().filter(o -> o.detectedKind().equals("bounce")).count();
    List<Outcome> bounces = outcomes.stream().filter(Outcome::trueBounce).toList();
    double kindAccuracy = ratio(kindRight, outcomes.size());
    double precision = ratio(truePositive, predicted);
    double recall = ratio(truePositive, bounces.size());
    double hardSoft = ratio(bounces.stream().filter(Outcome::hardRight).count(), bounces.size());
    double reason = ratio(bounces.stream().filter(Outcome::reasonRight).count(), bounces.size());
    double recipient =
        ratio(bounces.stream().filter(Outcome::recipientRight).count(), bounces.size());

    out.printf(
        Locale.ROOT,
        "bounce evaluation on %d messages (%d bounces)%n",
        outcomes.size(),
        bounces.size());
    out.printf(Locale.ROOT, "  kind accuracy       %.4f%n", kindAccuracy);
    out.printf(
        Locale.ROOT, "  bounce precision    %.4f  (target %.2f)%n", precision, MIN_PRECISION);
    out.printf(Locale.ROOT, "  bounce recall       %.4f  (target %.2f)%n", recall, MIN_RECALL);
    out.printf(Locale.ROOT, "  hard/soft accuracy  %.4f  (target %.2f)%n", hardSoft, MIN_HARD_SOFT);
    out.printf(Locale.ROOT, "  reason accuracy     %.4f  (target %.2f)%n", reason, MIN_REASON);
    out.printf(
        Locale.ROOT, "  recipient accuracy  %.4f  (target %.2f)%n", recipient, MIN_RECIPIENT);
    printMisses(outcomes, bounces, out);

    boolean met =
        precision >= MIN_PRECISION
            && recall >= MIN_RECALL
            && hardSoft >= MIN_HARD_SOFT
            && reason >= MIN_REASON
            && recipient >= MIN_RECIPIENT;
    out.println(met ? "  targets met" : "  TARGETS NOT MET");
    return met ? 0 : 1;
  }

  private static void printMisses(List<Outcome> outcomes, List<Outcome> bounces, PrintStream out) {
    Map<String, int[]> perReason = new TreeMap<>();
    for (Outcome o : bounces) {
      int[] counts = perReason.computeIfAbsent(o.expectedReason(), k -> new int[2]);
      counts[0]++;
      if (!o.reasonRight()) {
        counts[1]++;
      }
    }
    out.println("  reason            total  missed");
    perReason.forEach(
        (name, counts) -> out.printf(Locale.ROOT, "  %-16s %6d %7d%n", name, counts[0], counts[1]));
    out.println("  misses (file: expected -> detected)");
    for (Outcome o : outcomes) {
      if (!o.expectedKind().equals(o.detectedKind())) {
        out.printf("    %s: kind %s -> %s%n", o.file(), o.expectedKind(), o.detectedKind());
      } else if (o.trueBounce() && !(o.reasonRight() && o.hardRight() && o.recipientRight())) {
        out.printf(
            "    %s: %s/%s/%s -> %s/%s/%s%n",
            o.file(),
            o.expectedReason(),
            o.expectedHard() ? "hard" : "soft",
            o.expectedRecipient(),
            o.detectedReason(),
            Boolean.TRUE.equals(o.detectedHard()) ? "hard" : "soft",
            o.detectedRecipient());
      }
    }
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
