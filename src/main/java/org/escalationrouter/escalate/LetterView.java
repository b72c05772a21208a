package org.escalationrouter.escalate;

import java.time.Duration;
import java.util.List;
import org.escalationrouter.cases.EscalationCase;
import org.escalationrouter.directory.Executive;

/**
 * What a case letter's template shows beside its facts ({@code f}), worked out once: the reader's
 * name, the deadline's verbs, spans and moments in the reader's time, and the customer's text.
 *
 * @param done "acknowledged" or "resolved" (a reminder)
 * @param verb "acknowledge" or "resolve": the deadline a reminder, breach or notice is about
 * @param span the time left to a reminder's deadline, or since a breached one; null for none
 * @param at that deadline in the reader's time; null for none
 * @param customerLines the case's customer text, line by line
 */
record LetterView(
    String name,
    String caseId,
    CaseLetter f,
    String done,
    String verb,
    String span,
    String at,
    String customerText,
    List<String> customerLines) {

  static LetterView of(EscalationCase c, Executive to, CaseLetter letter) {
    String text = c.newText() == null ? "" : c.newText();
    String done = null;
    String verb = null;
    String span = null;
    String at = null;
    if (letter instanceof CaseLetter.Reminder r) {
      done = r.acknowledge() ? "acknowledged" : "resolved";
      verb = r.acknowledge() ? "acknowledge" : "resolve";
      if (r.due() != null) {
        span = YourTime.span(Duration.between(r.now(), r.due()));
        at = YourTime.at(r.due(), to);
      }
    } else if (letter instanceof CaseLetter.Breach b) {
      verb = b.acknowledge() ? "acknowledge" : "resolve";
      span = YourTime.span(Duration.between(b.dueAt(), b.now()));
      at = YourTime.at(b.dueAt(), to);
    } else if (letter instanceof CaseLetter.Notice n) {
      verb = n.acknowledge() ? "acknowledge" : "resolve";
    }
    return new LetterView(
        to.name(), c.id(), letter, done, verb, span, at, text, text.lines().toList());
  }
}
