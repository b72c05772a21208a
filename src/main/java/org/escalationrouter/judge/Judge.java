package org.escalationrouter.judge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.springframework.stereotype.Component;

/**
 * Reads a letter and decides its severity and signals. Reads the subject and the judged parts (new
 * text and attachments), never quoted history or signatures; each part is split into sentences and
 * matched once against the phrase lists of its language, then every signal detector looks at the
 * matches with its own guards. When {@code escalation.judge.model.enabled}, a small learned model
 * ({@link JudgeModel}) may add a signal the rules missed, with its own evidence.
 */
@Component
public class Judge {

  private static final Set<Guard> PURPOSE_GUARDS = EnumSet.of(Guard.NEGATION);

  private final List<SignalDetector> detectors;
  private final ComplaintTone complaintTone;
  private final DeadlineCue deadlineCue = new DeadlineCue();
  private final SeverityPolicy policy;
  private final PhraseBook phrases;
  private final JudgeModel model;

  public Judge(JudgeSettings settings) {
    double t = settings.signalThreshold();
    this.detectors =
        List.of(
            new PrincipalRequest(t),
            new CancellationThreat(t),
            new LegalThreat(t),
            new PublicExposure(t),
            new RepeatContact(t),
            new MoneyDispute(t),
            new BrokenPromise(t),
            new VulnerableCustomer(t));
    this.complaintTone = new ComplaintTone(settings.complaintThreshold());
    this.policy = new SeverityPolicy(settings);
    this.phrases = PhraseBook.load(Path.of(settings.phrasesDir()));
    this.model = JudgeModel.load(settings.model().enabled());
  }

  public static Judge withDefaults() {
    return new Judge(JudgeSettings.defaults());
  }

  /**
   * Checks the phrase files in {@code dir} the way the judge would load them as overrides.
   *
   * @return problems as {@code file:line: problem}, empty when all is well
   */
  public static List<String> validatePhrases(Path dir) {
    return PhraseBook.validate(dir);
  }

  public Judgement judge(Letter letter) {
    return judge(texts(letter));
  }

  /**
   * The most of a subject the judge reads: a subject line is at most 998 characters (RFC 5322), a
   * longer one is hostile or broken, and the body's limits do not apply to it.
   */
  static final int MAX_SUBJECT_CHARS = 998;

  private static String subject(String subject) {
    if (subject.length() <= MAX_SUBJECT_CHARS) {
      return subject;
    }
    int end = MAX_SUBJECT_CHARS;
    if (Character.isHighSurrogate(subject.charAt(end - 1))) {
      end--;
    }
    return subject.substring(0, end);
  }

  /** The subject and the judged parts, split and matched: what the detectors and the model read. */
  List<JudgedText> texts(Letter letter) {
    List<JudgedText> parts = new ArrayList<>();
    letter
        .judgedParts()
        .forEach(p -> parts.add(JudgedText.of(p.source(), p.text(), p.language(), phrases)));
    List<JudgedText> texts = new ArrayList<>();
    if (!letter.judgedSubject().isBlank()) {
      texts.add(
          JudgedText.of(
              "subject", subject(letter.judgedSubject()), null, phrases, letterLanguage(parts)));
    }
    texts.addAll(parts);
    return texts;
  }

  /**
   * The one language the letter's parts are read in, or null: a subject too short for a guess of
   * its own is read in it, not in all five ("Opération carte contestée" is no German "Operation").
   */
  private static LanguagePhrases letterLanguage(List<JudgedText> parts) {
    for (JudgedText part : parts) {
      if (part.languages().size() == 1) {
        return part.languages().get(0);
      }
    }
    return null;
  }

  /**
   * Merges a follow-up into an earlier judgement of the same case: the union of the findings, the
   * severity recomputed from them, and never lower than either judgement.
   */
  public Judgement merge(Judgement previous, Judgement followUp) {
    Map<Signal, Set<Evidence>> union = new EnumMap<>(Signal.class);
    for (Judgement j : List.of(previous, followUp)) {
      for (SignalFinding f : j.findings()) {
        union.computeIfAbsent(f.signal(), s -> new LinkedHashSet<>()).addAll(f.evidence());
      }
    }
    SeverityPolicy.Verdict verdict = policy.decide(union.keySet(), Set.of(), false);
    Judgement merged = new Judgement(verdict.severity(), findings(union), verdict.rule());
    for (Judgement j : List.of(previous, followUp)) {
      if (j.severity().compareTo(merged.severity()) > 0) {
        merged = new Judgement(j.severity(), merged.findings(), j.rule());
      }
    }
    return merged;
  }

  private Judgement judge(List<JudgedText> texts) {
    Map<Signal, Set<Evidence>> found = new EnumMap<>(Signal.class);
    Set<Signal> threatsWithDeadline = EnumSet.noneOf(Signal.class);
    boolean complaint = false;
    List<BitSet> deadlinesPerText = new ArrayList<>();
    for (JudgedText text : texts) {
      BitSet deadlines = deadlineCue.sentences(text);
      deadlinesPerText.add(deadlines);
      for (SignalDetector detector : detectors) {
        detector
            .detect(text)
            .ifPresent(
                d -> {
                  found
                      .computeIfAbsent(d.finding().signal(), s -> new LinkedHashSet<>())
                      .addAll(d.finding().evidence());
                  if (policy.threats().contains(d.finding().signal())
                      && deadlineCue.near(deadlines, d.sentences())) {
                    threatsWithDeadline.add(d.finding().signal());
                  }
                });
      }
    }
    ComplaintTone.Tone tone = complaintTone.of(texts);
    complaint = tone.complaint();
    // with no other signal, a request to the top is none in a letter addressed to the top that
    // thanks, praises or asks a routine question ("Szanowny Zarządzie, dziękujemy za…"), as does a
    // question of who is at the top in such a letter, or where the top is asked for a benign
    // purpose (a school project, a thank-you letter, a booking, a wholesale order) and nothing is
    // complained of; the model may not add the last back
    Set<Evidence> request = found.get(Signal.PRINCIPAL_REQUEST);
    // the purpose is looked for only where it can matter: a request alone, or nothing the model
    // might add a request to
    boolean benign =
        (found.isEmpty() || request != null && found.size() == 1)
            && !tone.complaint()
            && benignPurpose(texts);
    if (request != null
        && found.size() == 1
        && (benign
            || tone.settled()
                && request.stream()
                    .allMatch(
                        e ->
                            PrincipalRequest.addressedOnly(e)
                                || PrincipalRequest.askedWhoOnly(e)))) {
      found.clear();
    }
    int[] features = model.features(texts);
    complaint = complaint || (found.isEmpty() && model.complaint(features));
    for (JudgeModel.ModelFinding m : model.findings(texts, features, found.keySet())) {
      if (vetoed(m.signal(), texts.get(m.text()), m.sentence())
          || (benign && found.isEmpty() && m.signal() == Signal.PRINCIPAL_REQUEST)) {
        continue;
      }
      found.computeIfAbsent(m.signal(), s -> new LinkedHashSet<>()).add(m.evidence());
      BitSet sentence = new BitSet();
      sentence.set(m.sentence());
      if (policy.threats().contains(m.signal())
          && deadlineCue.near(deadlinesPerText.get(m.text()), sentence)) {
        threatsWithDeadline.add(m.signal());
      }
    }
    SeverityPolicy.Verdict verdict = policy.decide(found.keySet(), threatsWithDeadline, complaint);
    return new Judgement(verdict.severity(), findings(found), verdict.rule());
  }

  /** A purpose that makes asking for the top no escalation ({@code principal-purpose}). */
  private static boolean benignPurpose(List<JudgedText> texts) {
    return texts.stream()
        .anyMatch(t -> !PhraseEvidence.of(t, "principal-purpose", PURPOSE_GUARDS).isEmpty());
  }

  /**
   * Whether the rules overrule a learned finding of the signal that quotes this sentence: for
   * principal-request, when their guards turned down a request in it.
   */
  static boolean vetoed(Signal signal, JudgedText text, int sentence) {
    return signal == Signal.PRINCIPAL_REQUEST && PrincipalComposition.guarded(text, sentence);
  }

  private static List<SignalFinding> findings(Map<Signal, Set<Evidence>> found) {
    List<SignalFinding> findings = new ArrayList<>();
    found.forEach(
        (signal, evidence) -> findings.add(new SignalFinding(signal, List.copyOf(evidence))));
    return findings;
  }
}
