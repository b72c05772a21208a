package org.escalationrouter.pipeline;

import org.springframework.stereotype.Component;

/**
 * What the pipeline can do for a message before its turn, on any thread: admit it (no writes), then
 * parse and judge it. Recording stays in the route, in the order the intake read the messages.
 * Never throws: a failure is kept and thrown in the message's turn.
 */
@Component
public class Preparation {

  private final Admission admission;
  private final CaseAssessor assessor;

  Preparation(Admission admission, CaseAssessor assessor) {
    this.admission = admission;
    this.assessor = assessor;
  }

  public PreparedMessage prepare(IncomingMessage message) {
    Admission.Verdict verdict = null;
    try {
      verdict = admission.examine(message);
      return PreparedMessage.of(
          verdict, verdict instanceof Admission.Admitted ? assessor.read(message) : null);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return PreparedMessage.failed(verdict, e);
    }
  }
}
