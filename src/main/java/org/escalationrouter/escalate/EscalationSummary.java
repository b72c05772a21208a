package org.escalationrouter.escalate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.judge.SignalFinding;

/**
 * The few sentences an executive reads first: who wrote, what happened, what they ask, and why it
 * reached this executive, in plain words and without the rules' names. Each starts with a capital
 * letter: a sender whose address or name starts in lower case is introduced as "A customer, …".
 */
final class EscalationSummary {

  private static final int ASK_CHARS = 220;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n");
  private static final Pattern ASKING =
      Pattern.compile(
          "(?iu).*\\b(?:please|i want|i demand|i expect|i ask|i request|i would like|i insist"
              + "|bitte|ich fordere|ich verlange|ich erwarte|proszę|żądam|oczekuję"
              + "|je demande|je vous prie|merci de|veuillez|j'exige"
              + "|por favor|exijo|solicito|le pido|les pido)\\b.*");

  private EscalationSummary() {}

  static List<String> of(EscalationNotice n) {
    List<String> sentences = new ArrayList<>();
    sentences.add(who(n));
    what(n).ifPresent(sentences::add);
    ask(n.text()).ifPresent(a -> sentences.add("They ask: \u201c" + a + "\u201d"));
    sentences.add(why(n));
    return List.copyOf(sentences);
  }

  private static String who(EscalationNotice n) {
    String when = YourTime.at(n.receivedAt(), n.executive()) + " your time";
    Optional<String> sender = sender(n.customer());
    if ("letters".equals(n.mailbox())) {
      return sender.map(s -> "A letter from " + s).orElse("A letter with no sender's name")
          + " reached customer service on "
          + when
          + ".";
    }
    String who =
        sender
            .filter(s -> Character.isUpperCase(s.codePointAt(0)))
            .orElse(sender.map(s -> "A customer, " + s + ",").orElse("A customer"));
    return who + " wrote to customer service on " + when + ".";
  }

  /** "Jane Doe <jane@example.org>" reads "Jane Doe (jane@example.org)". */
  private static Optional<String> sender(String from) {
    if (from == null || from.isBlank()) {
      return Optional.empty();
    }
    int open = from.indexOf('<');
    int close = from.indexOf('>', open + 1);
    if (open > 0 && close > open) {
      String name = from.substring(0, open).replace("\"", "").strip();
      String address = from.substring(open + 1, close).strip();
      return Optional.of(name.isEmpty() ? address : name + " (" + address + ")");
    }
    return Optional.of(from.replace("<", "").replace(">", "").strip());
  }

  private static Optional<String> what(EscalationNotice n) {
    List<String> deeds =
        n.judgement().findings().stream()
            .map(SignalFinding::signal)
            .sorted()
            .map(PlainWords::of)
            .toList();
    String about =
        n.subject() == null || n.subject().isBlank()
            ? ""
            : "It is about \u201c" + n.subject().strip() + "\u201d. ";
    if (deeds.isEmpty()) {
      return about.isEmpty() ? Optional.empty() : Optional.of(about.strip());
    }
    return Optional.of(about + "They " + PlainWords.list(deeds) + ".");
  }

  /** The first sentence in which the customer asks for something, shortened. */
  static Optional<String> ask(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (String sentence : SENTENCE_END.split(text)) {
      String one = sentence.replaceAll("\\s+", " ").strip();
      if (!one.startsWith("[") && ASKING.matcher(one).matches()) {
        return Optional.of(
            one.length() <= ASK_CHARS ? one : one.substring(0, ASK_CHARS).strip() + "…");
      }
    }
    return Optional.empty();
  }

  private static String why(EscalationNotice n) {
    String urgency = PlainWords.urgency(n.judgement().severity());
    String role =
        n.executive().title() == null || n.executive().title().isBlank()
            ? "you"
            : "the " + n.executive().title();
    boolean principal = n.judgement().has(Signal.PRINCIPAL_REQUEST);
    return "It reached you because it was judged "
        + urgency
        + (principal ? " and the customer asked for the leadership" : "")
        + ", and cases like this go to "
        + role
        + ".";
  }
}
