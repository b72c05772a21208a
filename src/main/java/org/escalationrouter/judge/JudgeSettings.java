package org.escalationrouter.judge;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the judge under {@code escalation.judge}. Every value has a default matching the
 * rubric, so {@code new JudgeSettings(null, ...)} and {@link #defaults()} behave the same.
 *
 * @param phrasesDir directory of admin phrase files {@code <lang>.yaml} extending the built-in ones
 * @param signalThreshold summed phrase weight at which a signal is present in a text
 * @param complaintThreshold summed weight of complaint language that makes a letter medium
 * @param highSignalCount this many signals make a letter high
 * @param criticalSignalCount this many signals make a letter critical
 * @param highAlone signals that make a letter high on their own
 * @param criticalPairs pairs {@code a+b} of signals that together make a letter critical
 * @param threats signals that are threats for the deadline rule
 * @param deadlineWithThreatCritical whether an explicit deadline beside a threat is critical
 * @param model the learned second opinion beside the phrase rules
 */
@ConfigurationProperties("escalation.judge")
public record JudgeSettings(
    String phrasesDir,
    Double signalThreshold,
    Double complaintThreshold,
    Integer highSignalCount,
    Integer criticalSignalCount,
    List<String> highAlone,
    List<String> criticalPairs,
    List<String> threats,
    Boolean deadlineWithThreatCritical,
    Model model) {

  /**
   * The small learned second opinion ({@code judge/model.tsv}, ADR 0002): per signal a linear model
   * over the words of the new text that adds a signal the rules missed, only for the signals whose
   * cross-validation showed a gain.
   *
   * @param enabled whether the judge consults the learned model (default on; it adds only the
   *     signals its cross-validation enabled, today principal-request); off means the phrase rules
   *     alone
   */
  public record Model(Boolean enabled) {
    public Model {
      enabled = enabled == null || enabled;
    }
  }

  public JudgeSettings {
    phrasesDir = phrasesDir == null ? "routes/judge" : phrasesDir;
    signalThreshold = signalThreshold == null ? 1.0 : signalThreshold;
    complaintThreshold = complaintThreshold == null ? 1.0 : complaintThreshold;
    highSignalCount = highSignalCount == null ? 2 : highSignalCount;
    criticalSignalCount = criticalSignalCount == null ? 4 : criticalSignalCount;
    highAlone = highAlone == null ? List.of("legal-threat", "principal-request") : highAlone;
    criticalPairs =
        criticalPairs == null
            ? List.of(
                "legal-threat+cancellation-threat",
                "vulnerable-customer+money-dispute",
                "vulnerable-customer+cancellation-threat")
            : criticalPairs;
    threats =
        threats == null
            ? List.of("legal-threat", "cancellation-threat", "public-exposure")
            : threats;
    deadlineWithThreatCritical = deadlineWithThreatCritical == null || deadlineWithThreatCritical;
    model = model == null ? new Model(null) : model;
  }

  public static JudgeSettings defaults() {
    return new JudgeSettings(null, null, null, null, null, null, null, null, null, null);
  }
}
