package org.escalationrouter.pipeline;

import java.util.Optional;
import java.util.stream.Collectors;
import org.escalationrouter.judge.Judge;
import org.escalationrouter.judge.Judgement;
import org.escalationrouter.judge.SignalFinding;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.LetterParser;
import org.escalationrouter.parse.TextPart;
import org.escalationrouter.route.CaseFacts;
import org.escalationrouter.route.RoutingDecision;

/** Parses, judges and routes a letter; the same steps serve the daemon and {@code explain}. */
public class CaseAssessor {

  /** The rules to ask: the live ones in the daemon, a dry-run copy in {@code explain}. */
  public interface Rules {
    RoutingDecision decide(CaseFacts facts);
  }

  private final LetterParser parser;
  private final Judge judge;
  private final Rules rules;

  public CaseAssessor(LetterParser parser, Judge judge, Rules rules) {
    this.parser = parser;
    this.judge = judge;
    this.rules = rules;
  }

  public Assessment assess(IncomingMessage message) {
    Letter letter = parser.parse(message.raw(), message.fileName());
    Judgement judgement = judge.judge(letter);
    RoutingDecision decision = rules.decide(facts(message.mailbox(), letter, judgement));
    return new Assessment(letter, judgement, decision);
  }

  static CaseFacts facts(String mailbox, Letter letter, Judgement judgement) {
    return new CaseFacts(
        judgement.severity(),
        judgement.findings().stream().map(f -> f.signal().wireName()).collect(Collectors.toSet()),
        mailbox,
        letter.envelope().senderDomain(),
        language(letter).orElse(null),
        letter.hasAttachments(),
        null);
  }

  static Optional<String> language(Letter letter) {
    return letter.judgedParts().map(TextPart::language).filter(l -> l != null).findFirst();
  }

  static String evidenceSummary(Judgement judgement) {
    StringBuilder s = new StringBuilder();
    for (SignalFinding f : judgement.findings()) {
      s.append(f.signal().wireName()).append(": ");
      f.evidence().forEach(e -> s.append('"').append(e.phrase()).append("\" "));
      s.append("; ");
    }
    return s.toString().trim();
  }
}
