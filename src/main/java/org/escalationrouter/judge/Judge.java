package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.escalationrouter.parse.Letter;
import org.springframework.stereotype.Component;

/**
 * Reads a letter and decides its severity and signals. First version: requests to reach the
 * principals only; the full judge comes with its own work.
 */
@Component
public class Judge {

  private static final List<String> PRINCIPAL_PHRASES =
      List.of("principals", "ceo", "board of directors", "senior management", "owner of");

  public static Judge withDefaults() {
    return new Judge();
  }

  public Judgement judge(Letter letter) {
    List<Evidence> evidence = new ArrayList<>();
    find(letter.subject(), "subject", evidence);
    letter.judgedParts().forEach(p -> find(p.text(), p.source(), evidence));
    if (evidence.isEmpty()) {
      return new Judgement(Severity.LOW, List.of(), "no signal");
    }
    return new Judgement(
        Severity.HIGH,
        List.of(new SignalFinding(Signal.PRINCIPAL_REQUEST, evidence)),
        "principal-request is high");
  }

  private static void find(String text, String location, List<Evidence> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String phrase : PRINCIPAL_PHRASES) {
      int at = lower.indexOf(phrase);
      if (at >= 0) {
        out.add(new Evidence(text.substring(at, at + phrase.length()), location));
      }
    }
  }
}
