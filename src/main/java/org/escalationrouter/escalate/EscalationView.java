package org.escalationrouter.escalate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.escalationrouter.cases.EvidenceMarks;
import org.escalationrouter.judge.Evidence;
import org.escalationrouter.judge.SignalFinding;

/**
 * What the escalation templates show, worked out once: the summary sentences, the deadline in the
 * executive's time, the links, the evidence strongest first, and the customer's marked text.
 */
record EscalationView(
    String title,
    String caseId,
    String urgency,
    String greeting,
    String note,
    List<String> summary,
    String acknowledgeBy,
    String resolveBy,
    String zone,
    String caseLink,
    String acknowledgeLink,
    String resolveLink,
    List<EvidenceLine> evidence,
    String textPlain,
    String textHtml,
    String originalName,
    String originalLinkSentence,
    String originalLink) {

  /** One signal and the customer's words that show it. */
  record EvidenceLine(String heading, String quotes) {}

  /**
   * @param attached whether the original travels with the mail
   * @param link where to download it instead, or null
   */
  static EscalationView of(EscalationNotice n, String title, boolean attached, OriginalLink link) {
    List<String> phrases =
        n.judgement().findings().stream()
            .flatMap(f -> f.evidence().stream())
            .map(Evidence::phrase)
            .toList();
    String text = n.text() == null ? "" : n.text();
    return new EscalationView(
        title,
        n.caseId(),
        PlainWords.urgency(n.judgement().severity()),
        "Dear " + n.executive().name() + ",",
        n.note(),
        EscalationSummary.of(n),
        n.acknowledgeBy() == null ? null : YourTime.at(n.acknowledgeBy(), n.executive()),
        n.resolveBy() == null ? null : YourTime.at(n.resolveBy(), n.executive()),
        n.executive().timeZone().getId(),
        n.caseLink(),
        n.acknowledgeLink(),
        n.resolveLink(),
        evidence(n.judgement().findings()),
        EvidenceMarks.plain(text, phrases),
        EvidenceMarks.html(text, phrases),
        attached ? n.original().name() : null,
        link == null ? null : link.sentence(),
        link == null ? null : link.url());
  }

  /** Signals whose evidence comes from the customer's text first, then those from the subject. */
  private static List<EvidenceLine> evidence(List<SignalFinding> findings) {
    return findings.stream()
        .filter(f -> !f.evidence().isEmpty())
        .sorted(Comparator.comparing(f -> "subject".equals(f.evidence().get(0).location())))
        .map(
            f ->
                new EvidenceLine(
                    PlainWords.heading(f.signal()),
                    f.evidence().stream()
                        .map(e -> "\u201c" + e.phrase() + "\u201d")
                        .distinct()
                        .collect(Collectors.joining(", "))))
        .toList();
  }
}
