package org.escalationrouter.judge;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.junit.jupiter.api.Test;

class JudgeModelTest {

  private static final Clock DAY =
      Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
  private static final LogisticRegression QUICK =
      new LogisticRegression(1e-4, 0.5, 10, 7, 500, 0.01);

  @Test
  void trainerRefusesACheckItemOfEitherSetWhateverFileItComesFrom() {
    String checkId = "w-1";
    assertThat(EvaluationSplit.of(checkId)).isEqualTo(EvaluationSplit.CHECK);
    TrainingPool pool = TrainingPool.empty(Set.of(checkId));
    LabelledItem item = item(checkId, "I was charged twice.", Signal.MONEY_DISPUTE);
    Letter letter = Letter.ofText("", item.text());

    assertThatThrownBy(() -> pool.add("wordings", item, letter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check item");
    assertThatThrownBy(() -> pool.add("dev", item, letter))
        .as("a check id smuggled in under the dev set")
        .isInstanceOf(IllegalArgumentException.class);
    pool.addTuneOnly("wordings", item, org.escalationrouter.parse.LetterParser.withDefaults());
    assertThat(pool.examples()).isEmpty();
    assertThat(pool.refused()).isEqualTo(1);
  }

  @Test
  void thePoolHoldsTheDevSetAndTuneItemsOnlyAndRefusesEveryCheckItem() {
    java.nio.file.Path eval = java.nio.file.Path.of("eval");
    java.nio.file.Path corpus = JudgeEvaluationTest.corpusDir();
    TrainingPool pool = TrainingPool.load(eval, corpus);
    long check = 0;
    for (String set : List.of(JudgeEvaluation.REAL_TEXTS, JudgeEvaluation.WORDINGS)) {
      check +=
          JudgeEvaluation.labelled(set, eval, corpus).stream()
              .filter(i -> EvaluationSplit.of(i.id()) == EvaluationSplit.CHECK)
              .count();
    }
    assertThat(pool.refused()).isEqualTo(check).isPositive();
    assertThat(pool.examples())
        .filteredOn(e -> !e.source().equals("dev"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(EvaluationSplit.of(e.id())).isEqualTo(EvaluationSplit.TUNE));
  }

  @Test
  void trainingIsDeterministicForASeed() {
    List<int[]> letters = new ArrayList<>();
    boolean[] labels = new boolean[200];
    Random random = new Random(3);
    for (int i = 0; i < labels.length; i++) {
      labels[i] = random.nextBoolean();
      letters.add(
          new int[] {random.nextInt(50), 100 + random.nextInt(50), labels[i] ? 7000 : 8000});
      java.util.Arrays.sort(letters.get(i));
    }
    JudgeModel.Head a = QUICK.train(Signal.MONEY_DISPUTE, letters, labels);
    JudgeModel.Head b = QUICK.train(Signal.MONEY_DISPUTE, letters, labels);
    assertThat(a.buckets()).isEqualTo(b.buckets());
    assertThat(a.weights()).isEqualTo(b.weights());
    assertThat(a.weight(7000)).isPositive();
    assertThat(a.weight(8000)).isNegative();
  }

  /**
   * A made-up word the rules cannot know marks money disputes: cross-validation must find the gain,
   * enable the signal, and the written file must judge a new letter with readable evidence.
   */
  @Test
  void enablesASignalOnlyWhereCrossValidationShowsAGainAndExplainsItsFinding() throws Exception {
    TrainingPool pool = TrainingPool.empty(Set.of());
    Random random = new Random(5);
    String[] filler = {"the", "router", "arrived", "today", "blue", "morning", "account", "letter"};
    for (int i = 0; i < 160; i++) {
      boolean dispute = i % 2 == 0;
      StringBuilder text = new StringBuilder("Hello.");
      for (int s = 0; s < 3; s++) {
        text.append(' ');
        for (int w = 0; w < 6; w++) {
          text.append(filler[random.nextInt(filler.length)]).append(' ');
        }
        text.append(dispute && s == 1 ? "zorbly quimble. " : "plain. ");
      }
      LabelledItem item =
          dispute
              ? item("dev-" + i, text.toString(), Signal.MONEY_DISPUTE)
              : item("dev-" + i, text.toString());
      pool.add("dev", item, Letter.ofText("", item.text()));
    }
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String file =
        JudgeModelTrainer.train(
            pool, QUICK, DAY, new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(file)
        .contains("trained on 2026-12-05: dev set 160, real-texts tune 0, wordings tune 0")
        .contains("seed 7")
        .contains("head\tmoney-dispute\ttrue")
        .contains("head\tlegal-threat\tfalse");
    JudgeModel model = JudgeModelTrainer.read(file);
    List<JudgedText> texts =
        Judge.withDefaults()
            .texts(Letter.ofText("", "Good morning. Zorbly quimble again! The router is blue."));
    List<JudgeModel.ModelFinding> findings = model.findings(texts, EnumSet.noneOf(Signal.class));

    assertThat(findings)
        .extracting(JudgeModel.ModelFinding::signal)
        .containsExactly(Signal.MONEY_DISPUTE);
    Evidence evidence = findings.get(0).evidence();
    assertThat(evidence.phrase())
        .matches("model [01]\\.\\d\\d: Zorbly quimble again \\(words: .*zorbly.*\\)");
    assertThat(evidence.parts()).contains("zorbly");
    assertThat(model.findings(texts, EnumSet.of(Signal.MONEY_DISPUTE)))
        .as("a signal the rules found already gets no second finding")
        .isEmpty();
  }

  /**
   * A new head must beat the head it would replace on the fresh batch, not only the rules: a
   * shipped head as good as the new one stays as it was; a shipped head that finds nothing there
   * gives way.
   */
  @Test
  void aShippedHeadStaysUnlessTheNewOneDoesBetterOnTheFreshBatch() throws Exception {
    TrainingPool pool = TrainingPool.empty(Set.of());
    Random random = new Random(5);
    String[] filler = {"the", "router", "arrived", "today", "blue", "morning", "account", "letter"};
    int fresh = 0;
    for (int i = 0; fresh < 80; i++) {
      String id = i < 160 ? "dev-" + i : JudgeModelTrainer.FRESH_BATCH.get(0) + "x-" + i;
      if (i >= 160 && EvaluationSplit.of(id) == EvaluationSplit.CHECK) {
        continue;
      }
      fresh += i >= 160 ? 1 : 0;
      boolean dispute = i % 2 == 0;
      StringBuilder text = new StringBuilder("Hello. ");
      for (int w = 0; w < 6; w++) {
        text.append(filler[random.nextInt(filler.length)]).append(' ');
      }
      text.append(dispute ? "zorbly quimble." : "plain.");
      LabelledItem item =
          dispute ? item(id, text.toString(), Signal.MONEY_DISPUTE) : item(id, text.toString());
      pool.add(i < 160 ? "dev" : "wordings", item, Letter.ofText("", item.text()));
    }
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, UTF_8);
    JudgeModel blind =
        new JudgeModel(
            List.of(
                new JudgeModel.Head(
                    "money-dispute", true, 0.5, -5, new int[] {1}, new float[] {0f})),
            false);

    String replaced = JudgeModelTrainer.train(pool, QUICK, DAY, quiet, blind);
    assertThat(replaced)
        .contains("head\tmoney-dispute\ttrue")
        .doesNotContain("head\tmoney-dispute\ttrue\t0.50\t-5.0000")
        .doesNotContain("the shipped head, kept");

    String kept =
        JudgeModelTrainer.train(pool, QUICK, DAY, quiet, JudgeModelTrainer.read(replaced));
    assertThat(kept).contains("money-dispute").contains("(the shipped head, kept)");
    JudgeModel.Head before = JudgeModelTrainer.read(replaced).heads().get(5);
    JudgeModel.Head after = JudgeModelTrainer.read(kept).heads().get(5);
    assertThat(after.name()).isEqualTo("money-dispute");
    assertThat(after.bias()).isEqualTo(before.bias());
    assertThat(after.weights()).isEqualTo(before.weights());
  }

  /**
   * A made-up word the complaint phrases cannot know marks complaints among letters with no signal:
   * the complaint head must be enabled by cross-validation and lift such a letter, and only such a
   * letter, to a complaint.
   */
  @Test
  void theComplaintHeadLearnsWhatMakesALetterWithoutASignalAComplaint() throws Exception {
    TrainingPool pool = TrainingPool.empty(Set.of());
    Random random = new Random(9);
    String[] filler = {"the", "parcel", "came", "today", "green", "evening", "order", "note"};
    for (int i = 0; i < 160; i++) {
      boolean complaint = i % 2 == 0;
      StringBuilder text = new StringBuilder("Hello.");
      for (int s = 0; s < 3; s++) {
        text.append(' ');
        for (int w = 0; w < 6; w++) {
          text.append(filler[random.nextInt(filler.length)]).append(' ');
        }
        text.append(complaint && s == 1 ? "glorbish wompat. " : "fine. ");
      }
      LabelledItem item =
          new LabelledItem(
              "dev-" + i,
              "en",
              "",
              text.toString(),
              null,
              null,
              EnumSet.noneOf(Signal.class),
              complaint ? Severity.MEDIUM : Severity.LOW);
      pool.add("dev", item, Letter.ofText("", item.text()));
    }
    String file =
        JudgeModelTrainer.train(
            pool, QUICK, DAY, new PrintStream(new ByteArrayOutputStream(), true, UTF_8));

    assertThat(file).contains("head\tcomplaint\ttrue").contains("complaint ").contains("ENABLED");
    JudgeModel model = JudgeModelTrainer.read(file);
    Judge judge = Judge.withDefaults();
    int[] with =
        model.features(judge.texts(Letter.ofText("", "Good evening. Glorbish wompat, again.")));
    int[] without =
        model.features(judge.texts(Letter.ofText("", "Good evening. The parcel came today.")));
    assertThat(model.complaint(with)).isTrue();
    assertThat(model.complaint(without)).isFalse();
    assertThat(model.heads()).as("the complaint head is not a signal").hasSize(8);
  }

  @Test
  void theSettingTurnsTheModelOffAndTheShippedFileSaysWhatItWasTrainedOn() throws Exception {
    assertThat(JudgeModel.load(false).isEmpty()).isTrue();
    String header;
    try (var in = getClass().getClassLoader().getResourceAsStream(JudgeModel.RESOURCE)) {
      assertThat(in).isNotNull();
      header = new String(in.readNBytes(2000), StandardCharsets.UTF_8);
    }
    assertThat(header).contains("trained on").contains("check items refused").contains("seed");
    assertThat(JudgeModel.load(true).heads()).hasSize(Signal.values().length);
  }

  /**
   * False alarms the shipped model adds on the near misses written for its threshold ({@code
   * judge/model-near-misses.txt}, where the rules stay quiet); the trainer allows at most {@link
   * JudgeModelTrainer#NEAR_MISS_FALSE_ALARMS_AT_MOST} when it chooses a threshold. The fifth
   * round's model (shipped, threshold 0.50) adds 5: four staff who passed the complaint up already
   * ("Votre collègue a déjà transmis ma réclamation à la direction"), one a past request. A
   * ceiling, to be lowered, never raised.
   */
  private static final int MODEL_NEAR_MISS_FALSE_ALARMS_AT_MOST = 5;

  @Test
  void theShippedModelAddsFewFalseAlarmsOnTheNearMissesWrittenForIt() {
    List<PrincipalWordings.Line> lines = PrincipalWordings.modelNearMisses();
    assertThat(lines).hasSizeGreaterThan(90).noneMatch(PrincipalWordings.Line::request);
    Judge rules =
        new Judge(
            new JudgeSettings(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new JudgeSettings.Model(false)));
    Judge judge = Judge.withDefaults();
    List<String> alarms =
        lines.stream()
            .filter(l -> !rules.judge(l.letter()).has(Signal.PRINCIPAL_REQUEST))
            .filter(l -> judge.judge(l.letter()).has(Signal.PRINCIPAL_REQUEST))
            .map(PrincipalWordings.Line::written)
            .toList();
    System.out.println("model near misses: false alarms " + alarms);
    assertThat(alarms).hasSizeLessThanOrEqualTo(MODEL_NEAR_MISS_FALSE_ALARMS_AT_MOST);
  }

  /**
   * A head that judges sentence by sentence scores each sentence alone and quotes the best one the
   * rules do not veto; the weights file says which heads do so.
   */
  @Test
  void aSentenceHeadScoresEachSentenceAloneAndQuotesTheBestOne() throws Exception {
    int zorbly = ModelFeatures.hash("w:", "zorbly", null);
    String file =
        "head\tmoney-dispute\ttrue\t0.50\t-1.0000\tsentence\n"
            + "head\tlegal-threat\tfalse\t1.00\t-1.0000\n"
            + "w\tmoney-dispute\t"
            + zorbly
            + "\t20.0\tw:zorbly\n";
    JudgeModel model = JudgeModelTrainer.read(file);
    assertThat(model.heads()).extracting(JudgeModel.Head::bySentence).containsExactly(true, false);
    StringBuilder filler = new StringBuilder();
    String[] words = {"router", "blue", "morning", "account", "letter", "parcel", "green", "van"};
    for (int i = 0; i < 12; i++) {
      filler.append("The ").append(words[i % 8]).append(" and the ").append(words[(i * 3 + 1) % 8]);
      filler.append(" came on day ").append(i).append(" with item").append(i).append(". ");
      if (i == 5) {
        filler.append("Zorbly again! ");
      }
    }
    List<JudgedText> texts = Judge.withDefaults().texts(Letter.ofText("", filler.toString()));

    List<JudgeModel.ModelFinding> findings = model.findings(texts, EnumSet.noneOf(Signal.class));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).evidence().phrase()).startsWith("model ").contains(": Zorbly again");
    JudgeModel.Head head = model.heads().get(0);
    assertThat(findings.get(0).probability())
        .as("the sentence alone, not diluted by the letter's other twelve sentences")
        .isGreaterThan(head.bySentence(false).probability(ModelFeatures.of(texts, false)));
    assertThat(model.features(texts))
        .as("no head judges the whole letter: its features are not computed")
        .isEmpty();
  }

  /**
   * A sentence the rules' guards turned down is never the model's evidence for principal-request.
   */
  @Test
  void aSentenceHeadSkipsTheSentencesTheGuardsTurnedDown() throws Exception {
    int manager = ModelFeatures.hash("w:", "manager", null);
    JudgeModel model =
        JudgeModelTrainer.read(
            "head\tprincipal-request\ttrue\t0.50\t-1.0000\tsentence\n"
                + "w\tprincipal-request\t"
                + manager
                + "\t20.0\tw:manager\n");
    List<JudgedText> guarded =
        Judge.withDefaults()
            .texts(Letter.ofText("", "I asked to speak to a manager but they hung up on me."));
    assertThat(Judge.vetoed(Signal.PRINCIPAL_REQUEST, guarded.get(0), 0)).isTrue();
    assertThat(model.findings(guarded, EnumSet.noneOf(Signal.class))).isEmpty();
  }

  /**
   * Kind features name what the rules found in a sentence, not its words, so a request in German
   * shares them with one in English (and with a wording nobody has written yet).
   */
  @Test
  void kindFeaturesAreTheSameInEveryLanguage() {
    java.util.Set<String> en = kinds("I would like to speak to your managing director about this.");
    java.util.Set<String> de = kinds("Ich möchte mit Ihrem Geschäftsführer darüber sprechen.");
    java.util.Set<String> shared = new java.util.HashSet<>(en);
    shared.retainAll(de);
    assertThat(shared)
        .anyMatch(n -> n.startsWith("kk:") && n.contains("principal-target"))
        .anyMatch(n -> n.equals("k:principal-target@first"));
  }

  private static java.util.Set<String> kinds(String text) {
    JudgedText judged = Judge.withDefaults().texts(Letter.ofText("", text)).get(0);
    return ModelFeatures.named(judged, 0, true).stream()
        .map(ModelFeatures.Feature::name)
        .filter(n -> n.startsWith("k"))
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void aPrefixHashesLikeTheWordCutToFiveLetters() {
    for (String word : List.of("zarzadu", "geschaftsfuhrung", "direction", "abcde")) {
      assertThat(ModelFeatures.prefixHash("p:", word))
          .isEqualTo(ModelFeatures.hash("p:", word.substring(0, 5), null));
    }
  }

  @Test
  void readableFeatureNamesDropTheirSpace() {
    assertThat(JudgeModel.readable("b:speak to")).isEqualTo("speak to");
    assertThat(JudgeModel.readable("p:zarza")).isEqualTo("zarza…");
    assertThat(JudgeModel.readable("sw:complaint")).isEqualTo("complaint");
    assertThat(JudgeModel.readable("c:money-dispute")).isEqualTo("[money-dispute phrase]");
  }

  private static LabelledItem item(String id, String text, Signal... signals) {
    Set<Signal> set = EnumSet.noneOf(Signal.class);
    set.addAll(List.of(signals));
    return new LabelledItem(id, "en", "", text, null, null, set, Severity.MEDIUM);
  }
}
