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
