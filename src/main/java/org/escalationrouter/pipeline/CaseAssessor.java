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

/**
 * Parses, judges and routes a letter; the same steps serve the daemon and {@code explain}. The
 * daemon reads every letter ahead of its turn and routes only new letters, in their turn.
 */
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

  /** Parses, judges and routes: what {@code explain} shows. */
  public Assessment assess(IncomingMessage message) {
    Reading r = read(message);
    return new Assessment(r.letter(), r.judgement(), route(message.mailbox(), r));
  }

  /** Parses and judges; may run ahead of the message's turn, on any thread. */
  Reading read(IncomingMessage message) {
    Letter letter = parser.parse(message.raw(), message.fileName());
    return new Reading(letter, judge.judge(letter));
  }

  /** Asks the rules who receives a new letter. */
  RoutingDecision route(String mailbox, Reading r) {
    return rules.decide(facts(mailbox, r.letter(), r.judgement()));
  }

  static CaseFacts facts(String mailbox, Letter letter, Judgement judgement) {
    return new CaseFacts(
        judgement.severity(),
        judgement.findings().stream().map(f -> f.signal().wireName()).collect(Collectors.toSet()),
        mailbox,
        letter.envelope().senderDomain(),
        language(letter).orElse(null),
        letter.hasAttachments(),
        null,
        !letter.unreadFlags().isEmpty());
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
