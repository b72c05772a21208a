package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.escalationrouter.facts.Signal;

/**
 * A request that the letter reach the owners, board, CEO or senior management, or to speak to a
 * manager above the person handling it: a request composed of parts ({@link PrincipalComposition}).
 * The built-in phrase files hold no whole {@code principal-request} phrases any more (they fired on
 * requests told as history and on staff's reported speech, which the composition guards); a whole
 * phrase an admin adds in an override file still counts. The evidence of a composed request quotes
 * the words from its first part to its last and names the parts.
 */
final class PrincipalRequest implements SignalDetector {

  private static final Set<Guard> GUARDS = EnumSet.of(Guard.NEGATION, Guard.HYPOTHETICAL);
  private static final int MAX_EVIDENCE = 5;

  private final double threshold;

  PrincipalRequest(double threshold) {
    this.threshold = threshold;
  }

  @Override
  public Signal signal() {
    return Signal.PRINCIPAL_REQUEST;
  }

  @Override
  public Optional<Detection> detect(JudgedText text) {
    List<List<PrincipalComposition.Part>> composed = PrincipalComposition.find(text);
    Optional<Detection> phrases =
        PhraseEvidence.of(text, signal().wireName(), GUARDS).detection(signal(), text, threshold);
    if (composed.isEmpty()) {
      return phrases;
    }
    List<Evidence> evidence = new ArrayList<>();
    BitSet sentences = new BitSet();
    List<int[]> quotations = Sentences.quotations(text.text());
    for (List<PrincipalComposition.Part> request : composed) {
      if (quotedWhole(text, request, quotations)) {
        continue; // someone else's words quoted ("Sie schrieben: „Wir leiten es an die
        // Geschäftsleitung weiter“"), not this customer's request
      }
      if (evidence.size() < MAX_EVIDENCE) {
        evidence.add(evidence(text, request));
      }
      sentences.set(request.get(0).m().sentence());
    }
    phrases.ifPresent(
        d -> {
          d.finding().evidence().stream()
              .filter(e -> evidence.stream().noneMatch(c -> c.phrase().contains(e.phrase())))
              .limit(Math.max(0, MAX_EVIDENCE - evidence.size()))
              .forEach(evidence::add);
          sentences.or(d.sentences());
        });
    if (evidence.isEmpty()) {
      return phrases;
    }
    return Optional.of(new Detection(new SignalFinding(signal(), evidence), sentences));
  }

  private static boolean quotedWhole(
      JudgedText text, List<PrincipalComposition.Part> request, List<int[]> quotations) {
    if (quotations.isEmpty()) {
      return false;
    }
    Sentence s = text.sentence(request.get(0).m());
    int start = request.stream().mapToInt(p -> p.m().start()).min().orElseThrow();
    int end = request.stream().mapToInt(p -> p.m().end()).max().orElseThrow();
    return Sentences.quoted(
        quotations, s.tokens().get(start).start(), s.tokens().get(end - 1).end());
  }

  /**
   * Whether a finding is only a letter addressed to the top (a salutation or the reader named as
   * the one at the top) with no request act of its own: it is a request when the letter complains
   * (RUBRIC: "a salutation to the owners, directors or board followed by the complaint"), not when
   * it only sends a certificate to "Monsieur le Directeur" ({@link Judge}).
   */
  static boolean addressedOnly(Evidence evidence) {
    String parts = evidence.parts();
    return !parts.contains(" · ")
        && (parts.startsWith(role(PrincipalComposition.Role.SALUTATION))
            || parts.startsWith(role(PrincipalComposition.Role.ADDRESS_LINE))
            || parts.startsWith(role(PrincipalComposition.Role.ADDRESSEE)));
  }

  /**
   * Whether a finding is only a question of who is at the top or whether there is one ("Who's in
   * charge there?", "Is there a manager on duty?"): it asks for the top only in a complaint, not in
   * praise, a booking or a routine question ({@link Judge}).
   */
  static boolean askedWhoOnly(Evidence evidence) {
    String parts = evidence.parts();
    return parts.startsWith(role(PrincipalComposition.Role.WHO))
        && parts.indexOf(" · ") == parts.lastIndexOf(" · ");
  }

  private static String role(PrincipalComposition.Role role) {
    return role.name().toLowerCase(Locale.ROOT) + " \"";
  }

  private static Evidence evidence(JudgedText text, List<PrincipalComposition.Part> request) {
    Sentence s = text.sentence(request.get(0).m());
    int start = request.stream().mapToInt(p -> p.m().start()).min().orElseThrow();
    int end = request.stream().mapToInt(p -> p.m().end()).max().orElseThrow();
    String phrase =
        text.text().substring(s.tokens().get(start).start(), s.tokens().get(end - 1).end());
    List<String> parts = new ArrayList<>();
    for (PrincipalComposition.Part p : request) {
      parts.add(role(p.role()) + text.quote(p.m()) + "\"");
    }
    return new Evidence(phrase, text.location(), String.join(" · ", parts));
  }
}
