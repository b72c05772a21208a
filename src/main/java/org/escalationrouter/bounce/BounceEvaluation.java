package org.escalationrouter.bounce;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.escalationrouter.bounce.format.EmailAddress;
import org.escalationrouter.bounce.reason.RuleScope;
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

  /**
   * Leave-one-family-out floors on the check part: the targets (0.97, 0.90) are not met there, so
   * these began as the measured figures less 0.02, rounded down, and are raised only where the
   * figure rose: reason to just under 0.8350 when the general layers of issue 21's third round took
   * it up from 0.8301 (hard/soft stayed at 0.9563, so its floor stays), a guard against losing
   * ground on servers never seen.
   */
  static final double LOFO_MIN_HARD_SOFT = 0.93;

  static final double LOFO_MIN_REASON = 0.83;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private BounceEvaluation() {}

  /** Expected and detected facts of one labelled message. */
  record Outcome(
      String file,
      String family,
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

    CorpusSplit split() {
      return CorpusSplit.of(file);
    }
  }

  /**
   * Runs the evaluation, prints the figures (misses of the tune part only), and returns 0 when the
   * check part meets every target and leave-one-family-out on it holds its floors, else 1.
   */
  public static int run(Path corpusBouncesDir, PrintStream out) {
    List<Outcome> outcomes;
    List<Outcome> leftOut;
    try {
      outcomes = evaluate(corpusBouncesDir);
      leftOut = evaluateLeavingFamilyOut(corpusBouncesDir);
    } catch (IOException | RuntimeException e) {
      out.println("bounce evaluation could not read " + corpusBouncesDir + ": " + e);
      return 1;
    }
    return report(outcomes, leftOut, out);
  }

  static List<Outcome> evaluate(Path dir) throws IOException {
    return evaluate(dir, family -> RuleScope.ALL);
  }

  /**
   * Leave one family out: each message is scored with the rules written from its own family's
   * samples switched off.
   */
  static List<Outcome> evaluateLeavingFamilyOut(Path dir) throws IOException {
    return evaluate(dir, RuleScope::new);
  }

  private static List<Outcome> evaluate(Path dir, Function<String, RuleScope> scopeOfFamily)
      throws IOException {
    Map<String, AutomatedMailDetector> detectors = new HashMap<>();
    List<Outcome> outcomes = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("labels.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = JSON.readTree(line);
      String file = label.path("file").asString();
      String family = label.path("family").asString("");
      AutomatedMailDetector detector =
          detectors.computeIfAbsent(family, f -> new AutomatedMailDetector(scopeOfFamily.apply(f)));
      Optional<AutomatedMail> found = detector.detect(Files.readAllBytes(dir.resolve(file)));
      Optional<DeliveryRecord> first = found.flatMap(m -> m.records().stream().findFirst());
      JsonNode recipients = label.path("recipients");
      outcomes.add(
          new Outcome(
              file,
              family,
              label.path("kind").asString().replace('_', '-'),
              found.map(m -> m.kind().wireName()).orElse("not-bounce"),
              label.path("reason").asString(""),
              first.map(r -> r.reason().wireName()).orElse(""),
              label.path("hardbounce").asBoolean(false),
              first.map(DeliveryRecord::hard).orElse(null),
              recipients.isEmpty() ? "" : recipients.get(0).asString(""),
              first.map(DeliveryRecord::recipient).orElse("")));
    }
    return outcomes;
  }

  static int report(List<Outcome> outcomes, List<Outcome> leftOut, PrintStream out) {
    List<Outcome> tune = inPart(outcomes, CorpusSplit.TUNE);
    List<Outcome> check = inPart(outcomes, CorpusSplit.CHECK);
    EvaluationFigures checkFigures = EvaluationFigures.of(check);
    out.printf(
        Locale.ROOT,
        "bounce evaluation on %d messages: tune %d, check %d (split: SHA-256 of the file name)%n",
        outcomes.size(),
        tune.size(),
        check.size());
    out.println("  part     msgs bounces   kind   prec  recall  hard/soft reason recipient");
    line(out, "tune", EvaluationFigures.of(tune));
    line(out, "check", checkFigures);
    line(out, "all", EvaluationFigures.of(outcomes));
    line(out, "lofo", EvaluationFigures.of(leftOut));
    // the part rules may be written from, scored as a server never seen would be
    line(out, "lofo-tun", EvaluationFigures.of(inPart(leftOut, CorpusSplit.TUNE)));
    EvaluationFigures lofoCheck = EvaluationFigures.of(inPart(leftOut, CorpusSplit.CHECK));
    line(out, "lofo-chk", lofoCheck);
    out.printf(
        Locale.ROOT,
        "  targets on check: precision %.2f, recall %.2f, hard/soft %.2f, reason %.2f, recipient"
            + " %.2f%n",
        MIN_PRECISION,
        MIN_RECALL,
        MIN_HARD_SOFT,
        MIN_REASON,
        MIN_RECIPIENT);
    perFamily(outcomes, leftOut, out);
    printTuneMisses("misses of the tune part", tune, out);
    printTuneMisses(
        "misses of the tune part with its own family's rules off",
        inPart(leftOut, CorpusSplit.TUNE),
        out);
    out.printf(
        Locale.ROOT,
        "  floors on lofo-chk: hard/soft %.2f, reason %.2f (targets not met there)%n",
        LOFO_MIN_HARD_SOFT,
        LOFO_MIN_REASON);
    boolean met = checkFigures.meetsTargets();
    boolean held = lofoCheck.meetsFloors(LOFO_MIN_HARD_SOFT, LOFO_MIN_REASON);
    out.println(met ? "  targets met on check" : "  TARGETS NOT MET on check");
    out.println(held ? "  floors held on lofo-chk" : "  FLOORS NOT HELD on lofo-chk");
    return met && held ? 0 : 1;
  }

  private static void line(PrintStream out, String name, EvaluationFigures f) {
    out.printf(
        Locale.ROOT,
        "  %-7s %5d %7d %6.4f %6.4f %6.4f %9.4f %6.4f %9.4f%n",
        name,
        f.messages(),
        f.bounces(),
        f.kindAccuracy(),
        f.precision(),
        f.recall(),
        f.hardSoft(),
        f.reason(),
        f.recipient());
  }

  private static List<Outcome> inPart(List<Outcome> outcomes, CorpusSplit part) {
    return outcomes.stream().filter(o -> o.split() == part).toList();
  }

  /** Each family with every rule, then with the rules written from its own samples off. */
  private static void perFamily(List<Outcome> outcomes, List<Outcome> leftOut, PrintStream out) {
    Map<String, List<Outcome>> byFamily = byFamily(outcomes);
    Map<String, List<Outcome>> leftOutByFamily = byFamily(leftOut);
    out.println(
        "  per family (all parts): bounces, hard/soft and reason with every rule, then with its"
            + " own family's rules off");
    byFamily.forEach(
        (family, list) -> {
          EvaluationFigures with = EvaluationFigures.of(list);
          EvaluationFigures without = EvaluationFigures.of(leftOutByFamily.get(family));
          out.printf(
              Locale.ROOT,
              "  %-22s %4d  %6.4f %6.4f   %6.4f %6.4f%n",
              family,
              with.bounces(),
              with.hardSoft(),
              with.reason(),
              without.hardSoft(),
              without.reason());
        });
  }

  private static Map<String, List<Outcome>> byFamily(List<Outcome> outcomes) {
    Map<String, List<Outcome>> byFamily = new TreeMap<>();
    for (Outcome o : outcomes) {
      byFamily.computeIfAbsent(o.family(), k -> new ArrayList<>()).add(o);
    }
    return byFamily;
  }

  private static void printTuneMisses(String title, List<Outcome> tune, PrintStream out) {
    out.println("  " + title + " (file: expected -> detected)");
    for (Outcome o : tune) {
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
}
