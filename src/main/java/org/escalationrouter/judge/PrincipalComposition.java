package org.escalationrouter.judge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.escalationrouter.facts.Signal;

/**
 * A request to reach someone above the agent, composed from parts the phrase files name rather than
 * written out as whole phrases, so that any request act meets any target: within one sentence a
 * target above the agent ({@code principal-target}: a title, a role, or someone described by
 * position or power) with
 *
 * <ul>
 *   <li>an act of reaching near it ({@code principal-reach}: speak to, forward to, the number of,
 *       bring to the attention of; either order, so German verb-last works), licensed by a request
 *       act before them ({@code principal-ask}: I want, please, how do I, is there a way), by an
 *       imperative (the act opens the sentence) or by a question, or by persistence ({@code
 *       principal-until});
 *   <li>or a request act before it and what the target should do after it ({@code
 *       principal-respond}: "I want a senior person to look at my case");
 *   <li>or a duty after it ({@code principal-must}: "your directors need to see this");
 * </ul>
 *
 * or a salutation to them opening the text ({@code principal-salutation}) with more text after it.
 * A subject line is nominal ("Escalation to the chief executive"), so there a reach or a respond
 * act next to a target needs no request act. A reported past request ("I asked to speak to a
 * supervisor") has no present request act, so it does not count. Targets that are the writer's own
 * title or a title in passing ({@code principal-self}) and sentences about jobs or announcements
 * ({@code principal-off}) never count.
 */
final class PrincipalComposition {

  /** The parts of a composed request, in the order they are reported. */
  enum Role {
    TARGET("principal-target"),
    ASK("principal-ask"),
    WANT("principal-want"),
    IMPERATIVE("principal-imperative"),
    REACH("principal-reach"),
    RESPOND("principal-respond"),
    MUST("principal-must"),
    UNTIL("principal-until"),
    SALUTATION("principal-salutation"),
    ADDRESSEE("principal-addressee"),
    SELF("principal-self"),
    REPORTED("principal-reported"),
    RHETORICAL("principal-rhetorical"),
    OFF("principal-off"),
    HEARSAY("principal-hearsay"),
    ITEM("principal-item"),
    WHO("principal-who"),
    ADDRESS_LINE("principal-address-line"),
    ADDRESS_TITLE("principal-address-title");

    final String key;

    Role(String key) {
      this.key = key;
    }
  }

  /** One part of a found request: its role and its match. */
  record Part(Role role, JudgedText.LanguageMatch match) {
    PhraseMatch m() {
      return match.match();
    }
  }

  private static final Map<String, Role> BY_KEY = new HashMap<>();

  /** Wishes a negation may deny in a condition ("if you don't want to ..."), five languages. */
  private static final java.util.Set<String> VOLITION =
      java.util.Set.of(
          "want", "wish", "need", "like", "care", "wollen", "willst", "mochten", "veux", "voulez",
          "quiere", "quieres", "quieren", "chcesz", "chcecie", "chce");

  /**
   * Words that join a second imperative to a request act ("Please look into it and forward it").
   */
  private static final java.util.Set<String> COORDINATORS =
      java.util.Set.of("and", "und", "et", "y", "e", "i", "oraz");

  /**
   * Determiners before a conditional word make it a noun ("mi caso", "votre cas", "my wish"): it
   * supposes nothing.
   */
  private static final java.util.Set<String> DETERMINERS =
      java.util.Set.of(
          "my", "your", "the", "this", "our", "mi", "su", "tu", "el", "este", "ese", "nuestro",
          "mon", "ton", "son", "votre", "notre", "ce", "le", "du", "un", "mein", "ihr", "dein",
          "moj", "pana", "pani");

  private static final int NEAR = 6;

  /** How many words may stand before a question's opening word (a clitic, an inverted subject). */
  private static final int OPENER_WORDS = 2;

  /** How far into a letter its addressing lines stand (characters). */
  private static final int ADDRESS_BLOCK = 300;

  /** How much of the letter must follow an addressing line (characters). */
  private static final int AFTER_ADDRESS = 80;

  /** How many words may stand between a who-question's opening and the target it asks about. */
  private static final int WHO_TO_TARGET = 4;

  /** The longest word read as a clitic pronoun before a modal ("me", "nos", "les"). */
  private static final int CLITIC_CHARS = 3;

  /** How close a modal opening a sentence without a question mark stands before its target. */
  private static final int MODAL_TO_TARGET = 2;

  /**
   * Modals and the Polish question particle that open a yes/no question, five languages: only these
   * make a question of a sentence without a question mark ("when the manager calls me" does not).
   */
  private static final java.util.Set<String> POLAR_OPENERS =
      java.util.Set.of(
          "can",
          "could",
          "would",
          "will",
          "kann",
          "konnte",
          "koennte",
          "konnen",
          "konnten",
          "peut",
          "peut-il",
          "peut-elle",
          "peut-on",
          "pouvez-vous",
          "pourrait-il",
          "pourriez-vous",
          "pouvez",
          "pourrait",
          "pourriez",
          "puede",
          "pueden",
          "podria",
          "podrian",
          "czy");

  private static final int ASK_REACH = 8;
  private static final int REPORTED_WINDOW = 4;
  private static final int HYPOTHETICAL_WINDOW = 4;

  /** How many sentences a list of demands may run, and the longest item it may hold. */
  private static final int LIST_SPAN = 10;

  private static final int LIST_ITEM = 40;

  static {
    for (Role r : Role.values()) {
      BY_KEY.put(r.key, r);
    }
  }

  private PrincipalComposition() {}

  /** Every composed request in the text, each as its parts. */
  static List<List<Part>> find(JudgedText text) {
    Map<Integer, Map<Role, List<Part>>> bySentence = new HashMap<>();
    Map<Integer, List<PhraseMatch>> asks = new HashMap<>();
    Map<Integer, List<PhraseMatch>> requests = new HashMap<>();
    for (JudgedText.LanguageMatch lm : text.matches()) {
      Role role = BY_KEY.get(lm.match().key());
      if (role == Role.ASK) {
        asks.computeIfAbsent(lm.match().sentence(), k -> new ArrayList<>()).add(lm.match());
      }
      if (role == Role.ASK
          || role == Role.WANT
          || role == Role.IMPERATIVE
              && opensClause(text.sentence(lm.match()), lm.match().start())) {
        requests.computeIfAbsent(lm.match().sentence(), k -> new ArrayList<>()).add(lm.match());
      }
    }
    for (JudgedText.LanguageMatch lm : text.matches()) {
      Role role = BY_KEY.get(lm.match().key());
      if (role == null) {
        continue;
      }
      Sentence s = text.sentence(lm.match());
      boolean act =
          role == Role.ASK
              || role == Role.WANT
              || role == Role.IMPERATIVE
              || role == Role.REACH
              || role == Role.ITEM
              || role == Role.RESPOND;
      if (act && blocked(lm, s, asks.getOrDefault(lm.match().sentence(), List.of()))) {
        continue;
      }
      if (role == Role.IMPERATIVE
          && !opensClause(s, lm.match().start())
          && !politelyOpened(s, lm.match(), asks.getOrDefault(lm.match().sentence(), List.of()))
          && !coordinated(s, lm, requests.getOrDefault(lm.match().sentence(), List.of()))) {
        continue;
      }
      if (role == Role.SELF && titleOfSomeoneNamed(text, s, lm.match())) {
        continue;
      }
      bySentence
          .computeIfAbsent(lm.match().sentence(), k -> new EnumMap<>(Role.class))
          .computeIfAbsent(role, k -> new ArrayList<>())
          .add(new Part(role, lm));
    }
    List<List<Part>> found = new ArrayList<>();
    Addressed addressed = new Addressed(text);
    bySentence.forEach(
        (index, parts) -> {
          Part lead = listLead(text, bySentence, index);
          List<Part> request =
              inSentence(text, text.sentences().get(index), parts, lead, addressed);
          if (request != null) {
            found.add(request);
          }
        });
    return found;
  }

  /**
   * Whether the rules turned down a request in this sentence by one of their guards: a target above
   * the agent stands in it together with hearsay or an off-topic cue, a rhetorical why-question,
   * the title as the writer's own, a topic, a thanks ({@code principal-self}), a request told as
   * history or advice ({@code principal-reported} shortly before an act or the target), or a
   * negated act. A learned finding that quotes such a sentence is vetoed: the model sees the
   * guarded cue as a feature, the guard says what the sentence does.
   */
  static boolean guarded(JudgedText text, int sentence) {
    if (sentence < 0 || sentence >= text.sentences().size()) {
      return false;
    }
    Sentence s = text.sentences().get(sentence);
    Map<Role, List<Part>> parts = new EnumMap<>(Role.class);
    List<PhraseMatch> asks = new ArrayList<>();
    for (JudgedText.LanguageMatch lm : text.matches()) {
      Role role = BY_KEY.get(lm.match().key());
      if (role != null
          && lm.match().sentence() == sentence
          && !(role == Role.SELF && titleOfSomeoneNamed(text, s, lm.match()))) {
        parts.computeIfAbsent(role, k -> new ArrayList<>()).add(new Part(role, lm));
        if (role == Role.ASK) {
          asks.add(lm.match());
        }
      }
    }
    for (Part salutation : parts.getOrDefault(Role.SALUTATION, List.of())) {
      if (toldAfter(s, parts, salutation)) {
        return true;
      }
    }
    boolean addressing =
        !parts.getOrDefault(Role.SALUTATION, List.of()).isEmpty()
            || !parts.getOrDefault(Role.ADDRESSEE, List.of()).isEmpty();
    if (addressing && !addressed(text)) {
      return true;
    }
    List<Part> targets = parts.getOrDefault(Role.TARGET, List.of());
    if (targets.isEmpty()) {
      // a title turned down with no target left ("le nom de la personne en charge de mon dossier")
      return !parts.getOrDefault(Role.SELF, List.of()).isEmpty();
    }
    if (toldAsHistory(parts, targets) || targetActedInThePast(s, parts, targets)) {
      return true;
    }
    if (!parts.getOrDefault(Role.OFF, List.of()).isEmpty()
        || !parts.getOrDefault(Role.HEARSAY, List.of()).isEmpty()
        || rhetorical(s, parts)) {
      return true;
    }
    // the title as the writer's own, a topic or a thanks, when no other target stands beside it
    // ("Who is above the store manager?" names a target beyond the self-title)
    if (targets.stream().allMatch(t -> isSelf(t, parts))) {
      return true;
    }
    List<Part> acts = new ArrayList<>(targets);
    for (Role r :
        List.of(Role.ASK, Role.WANT, Role.IMPERATIVE, Role.REACH, Role.RESPOND, Role.MUST)) {
      for (Part act : parts.getOrDefault(r, List.of())) {
        acts.add(act);
        if (r != Role.MUST && blocked(act.match(), s, asks)) {
          return true;
        }
      }
    }
    for (Part act : acts) {
      for (Part r : parts.getOrDefault(Role.REPORTED, List.of())) {
        if (!insideAsk(s, r, parts)
            && r.m().end() <= act.m().start()
            && act.m().start() - r.m().end() <= REPORTED_WINDOW
            && !clauseBreakBetween(s, r, act.m().start())) {
          return true;
        }
      }
    }
    return false;
  }

  /** English auxiliaries that may stand between a subject and its past participle. */
  private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have", "had");

  /**
   * Every target is the subject of an English past verb that follows it at once, and no request act
   * stands before it ("Senior management changed the policy last year", "The CEO has announced a
   * review"): the sentence tells what the top did, it asks nothing of them. With an act before the
   * target the participle completes the request ("I want the CEO informed").
   */
  private static boolean targetActedInThePast(
      Sentence s, Map<Role, List<Part>> parts, List<Part> targets) {
    if (s.question()) {
      return false;
    }
    int first = targets.stream().mapToInt(t -> t.m().start()).min().orElseThrow();
    for (Role r :
        List.of(
            Role.ASK,
            Role.WANT,
            Role.IMPERATIVE,
            Role.REACH,
            Role.MUST,
            Role.SALUTATION,
            Role.ADDRESSEE)) {
      for (Part p : parts.getOrDefault(r, List.of())) {
        if (p.m().start() < first) {
          return false;
        }
      }
    }
    for (Part t : targets) {
      if (!"en".equals(t.match().language().language())) {
        return false;
      }
      int i = t.m().end();
      if (i < s.size() && PERFECT.contains(s.word(i))) {
        i++;
      }
      if (i >= s.size() || !englishPast(s.word(i))) {
        return false;
      }
    }
    return true;
  }

  /** A regular English past form; "-eed" words ("need", "indeed", "agreed") are left out. */
  private static boolean englishPast(String word) {
    return word.length() > 4 && word.endsWith("ed") && !word.endsWith("eed");
  }

  /**
   * A past or reporting verb anywhere before every target, with no request act of the present after
   * it: "J'ai demandé un remboursement et que le dossier soit transmis au directeur, sans succès"
   * tells what was asked; "the agent was rude, I want a manager" renews it.
   */
  private static boolean toldAsHistory(Map<Role, List<Part>> parts, List<Part> targets) {
    List<Part> reported = parts.getOrDefault(Role.REPORTED, List.of());
    if (reported.isEmpty()) {
      return false;
    }
    int firstReported = reported.stream().mapToInt(r -> r.m().start()).min().orElseThrow();
    for (Part target : targets) {
      if (target.m().start() < firstReported) {
        return false;
      }
    }
    for (Role r : List.of(Role.ASK, Role.WANT)) {
      for (Part ask : parts.getOrDefault(r, List.of())) {
        if (ask.m().start() > firstReported) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The request act that opens a list of demands ("I require:", "Je vous demande :", "Exijo:",
   * "Proszę o:"): a request act with a colon right after it, in this sentence or in an earlier one
   * that ends with it (numbered items are sentences of their own). Each item of the list is asked
   * by it, however far down the list it stands; a long sentence between ends the list.
   */
  private static Part listLead(
      JudgedText text, Map<Integer, Map<Role, List<Part>>> bySentence, int index) {
    for (int k = index; k >= 0 && index - k <= LIST_SPAN; k--) {
      Sentence sk = text.sentences().get(k);
      if (k < index && sk.size() > LIST_ITEM) {
        return null;
      }
      boolean endsWithColon = sk.size() > 0 && sk.word(sk.size() - 1).equals(":");
      Map<Role, List<Part>> parts = bySentence.getOrDefault(k, Map.of());
      // a demand ("I require:", "Exijo:"), not "Please see below:" before a pasted chat
      for (Part p : parts.getOrDefault(Role.WANT, List.of())) {
        if (colonAfter(sk, p) && (k == index || endsWithColon)) {
          return p;
        }
      }
    }
    return null;
  }

  /** Cues of complaint besides the other signals' own phrases. */
  private static final java.util.Set<String> COMPLAINT_CUES =
      java.util.Set.of("complaint", "unkept", "amount", "deadline");

  /**
   * Words of thanks and praise, five languages ("merci de" asks, but not of a salutation alone).
   */
  private static final java.util.Set<String> THANKS =
      java.util.Set.of(
          "thank",
          "thanks",
          "grateful",
          "congratulate",
          "congratulations",
          "danke",
          "bedanken",
          "dank",
          "dankbar",
          "merci",
          "remercie",
          "remercier",
          "felicite",
          "feliciter",
          "gracias",
          "agradezco",
          "felicitarle",
          "felicitar",
          "dziekuje",
          "dzieki",
          "gratuluje");

  private static boolean thanks(JudgedText text) {
    for (Sentence s : text.sentences()) {
      // a sign-off ("Danke.", "Thanks!") closes a request rather than praising
      for (int i = 0; i < s.size() && s.size() > 2; i++) {
        if (THANKS.contains(s.word(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A letter addressed to the top asks them to act unless it only thanks or praises ("Dear Chief
   * Executive, thank you for ..." passes thanks up; "merci d'inscrire ... à l'ordre du jour" asks
   * the chairman for routine business): thanks beside a complaint still complain.
   */
  private static boolean addressed(JudgedText text) {
    return text.location().equals("subject") || complains(text) || !thanks(text);
  }

  /**
   * {@link #addressed(JudgedText)} read once per text, when a sentence first needs it: it reads the
   * whole text, and a text of thousands of sentences must not read itself thousands of times.
   */
  private static final class Addressed {
    private final JudgedText text;
    private Boolean value;

    Addressed(JudgedText text) {
      this.text = text;
    }

    boolean get() {
      if (value == null) {
        value = addressed(text);
      }
      return value;
    }
  }

  private static boolean complains(JudgedText text) {
    for (JudgedText.LanguageMatch lm : text.matches()) {
      String key = lm.match().key();
      if (COMPLAINT_CUES.contains(key)
          || !key.equals(Signal.PRINCIPAL_REQUEST.wireName())
              && Signal.fromWireName(key).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean colonAfter(Sentence s, Part p) {
    // the colon may be the demand's own last word ("Je vous demande :")
    for (int i = p.m().end() - 1; i < Math.min(s.size(), p.m().end() + 3); i++) {
      if (s.word(i).equals(":")) {
        return true;
      }
    }
    return false;
  }

  /** The lead of a list asks for what stands after it: in an item, or later in its sentence. */
  private static Part leadBefore(Part lead, Sentence s, int first) {
    if (lead == null) {
      return null;
    }
    return lead.m().sentence() != s.index() || lead.m().end() < first ? lead : null;
  }

  private static List<Part> inSentence(
      JudgedText text, Sentence s, Map<Role, List<Part>> parts, Part lead, Addressed addressed) {
    List<Part> request = composed(text, s, parts, lead, addressed);
    return request == null || reported(s, parts, request) || hearsay(s, parts, request)
        ? null
        : request;
  }

  /**
   * Hearsay ("according to the rep", "I was told") makes the request what staff said the writer
   * must do, unless it comes after the request in a clause of its own, as a reason ("please pass
   * this to your director, as I was told she can authorise it").
   */
  private static boolean hearsay(Sentence s, Map<Role, List<Part>> parts, List<Part> request) {
    int end = request.stream().mapToInt(p -> p.m().end()).max().orElseThrow();
    for (Part h : parts.getOrDefault(Role.HEARSAY, List.of())) {
      if (h.m().start() < end || !clauseBreakBetween(s, h, end, h.m().start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseBreakBetween(Sentence s, Part at, int from, int to) {
    for (int i = from; i < to; i++) {
      if (at.match().language().isClauseBreak(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request told as history or reported speech: a past or reporting verb ("asked", "said",
   * "wollte", "j'ai") shortly before the request's first part, in the same clause or just before it
   * ("I asked if I could speak to a manager", "told her I want her supervisor").
   */
  private static boolean reported(Sentence s, Map<Role, List<Part>> parts, List<Part> request) {
    if (request.get(0).role() == Role.SALUTATION) {
      return false;
    }
    int first = request.get(0).m().start();
    for (Part r : parts.getOrDefault(Role.REPORTED, List.of())) {
      if (!insideAsk(s, r, parts)
          && r.m().end() <= first
          && first - r.m().end() <= REPORTED_WINDOW
          && !clauseBreakBetween(s, r, first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A past verb just after a salutation or a nominal subject line tells what happened to the letter
   * ("Complaint to the CEO was ignored", "Beschwerde an die Geschäftsführung wurde bereits
   * geschickt"): no letter to them.
   */
  private static boolean toldAfter(Sentence s, Map<Role, List<Part>> parts, Part salutation) {
    for (Part r : parts.getOrDefault(Role.REPORTED, List.of())) {
      int gap = r.m().start() - salutation.m().end();
      // "To the Headteacher,\nMy son's trip was charged twice": the salutation ends at its comma
      // or colon, and the past verb belongs to the letter that follows
      boolean closed = false;
      for (int i = salutation.m().end() - 1; i < r.m().start() && i >= 0; i++) {
        closed |= s.word(i).equals(",") || s.word(i).equals(":");
      }
      if (gap >= 0 && gap <= REPORTED_WINDOW && !closed) {
        return true;
      }
    }
    return false;
  }

  /**
   * A reporting verb between the target and its duty makes the duty staff's reported speech ("the
   * supervisor said she needs to review the recording").
   */
  private static boolean reportedBetween(Map<Role, List<Part>> parts, Part target, Part duty) {
    for (Part r : parts.getOrDefault(Role.REPORTED, List.of())) {
      if (r.m().start() >= target.m().end() && r.m().end() <= duty.m().start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause break, a comma included, between a past verb and the request ends the report: "the
   * agent was rude, I want a manager" renews the request.
   */
  private static boolean clauseBreakBetween(Sentence s, Part reported, int first) {
    for (int i = reported.m().end(); i < first; i++) {
      if (reported.match().language().isClauseBreak(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<Part> composed(
      JudgedText text, Sentence s, Map<Role, List<Part>> parts, Part lead, Addressed addressed) {
    if (off(parts) || rhetorical(s, parts)) {
      return null;
    }
    boolean subject = text.location().equals("subject");
    boolean more = s.index() + 1 < text.sentences().size() || subject;
    for (Part salutation : parts.getOrDefault(Role.SALUTATION, List.of())) {
      if (addressed.get()
          && (subject || startsLine(text, s, salutation))
          && (more || salutation.m().end() + 3 < s.size())
          && !isSelf(salutation, parts)
          && !toldAfter(s, parts, salutation)
          && !greetedThenTalkedAbout(s, salutation)) {
        return List.of(salutation);
      }
    }
    // an addressing line that names the top and nothing else, near the top of a letter that goes
    // on ("An die Geschäftsleitung", "Managing Director", "Sr. Director de la Oficina Principal"):
    // a salutation; a title in the signature stands at the end, and is none
    for (Part line : parts.getOrDefault(Role.ADDRESS_LINE, List.of())) {
      if (addressed.get()
          && (subject ? subjectAddress(text, s, line) : addressingLine(text, s, line))
          && startsLineAfterArticle(text, s, line)
          && !isSelf(line, parts)) {
        return List.of(line);
      }
    }
    // the recipient's block of a formal letter: a name, under it a bare top title (and the firm),
    // then a salutation that names the same person ("Mr. Hal Brenner / Owner, Brenner Motors /
    // Dear Mr. Brenner,"): the letter goes to the owner, as an addressing line does
    for (Part title : parts.getOrDefault(Role.ADDRESS_TITLE, List.of())) {
      if (addressed.get()
          && !subject
          && startsLine(text, s, title)
          && addressingLine(text, s, title)
          && namedInSalutation(text, s, title)
          && !isSelf(title, parts)) {
        return List.of(title);
      }
    }
    // the reader named as the one at the top ("I am writing to you as the owner", "Vous êtes la
    // gérante de la boutique"): a letter to them, as a salutation is, when more text follows
    for (Part addressee : parts.getOrDefault(Role.ADDRESSEE, List.of())) {
      if (addressed.get()
          && !s.question()
          && !selfWithin(s, addressee, parts)
          && !Guard.NEGATION.blocks(addressee.match(), s)
          && (more || addressee.m().end() + 3 < s.size())) {
        return List.of(addressee);
      }
    }
    int opener = questionOpener(s, parts);
    boolean questionForm = s.question() && opener >= 0;
    for (Part target : parts.getOrDefault(Role.TARGET, List.of())) {
      if (isSelf(target, parts)) {
        continue;
      }
      // a modal opening right before the target asks even where a post leaves out the question
      // mark ("@acme can a supervisor DM me please")
      boolean licensedByForm =
          questionForm
              || (opener >= 0
                  && POLAR_OPENERS.contains(s.word(opener))
                  && target.m().start() > opener
                  && target.m().start() - opener <= MODAL_TO_TARGET);
      // a question whose only content is who holds the power ("Who's above you then?", "Wer ist
      // bei euch der Chef?", "Kto u was decyduje?"): asking who is at the top asks how to reach it
      Part who = whoAsks(s, parts, target, opener);
      if (who != null) {
        return ordered(who, target);
      }
      // the person wanted as the object of a wish ("I want your director", "chcę kierownika",
      // "Quiero al gerente"): the target right after the wish, nothing denied between
      Part want = before(parts, Role.WANT, target.m().start(), 1);
      if (want != null
          && !negationOrBreakBetween(s, want, target.m().start())
          && (!indefinite(s, want, target) || endsClause(s, target))) {
        return ordered(want, target);
      }
      // a request said as a bare noun ("Someone with actual authority, please.", "Einen
      // Vorgesetzten, bitte."): the target opens the sentence and a request act closes it
      Part closing = closingAsk(s, parts, target);
      if (closing != null) {
        return ordered(target, closing);
      }
      List<Part> reaches = new ArrayList<>(parts.getOrDefault(Role.REACH, List.of()));
      if (lead != null) {
        // a demand said as a noun ("a response from your Managing Director") asks only in a list
        reaches.addAll(parts.getOrDefault(Role.ITEM, List.of()));
      }
      for (Part reach : reaches) {
        if (overlap(reach, target)
            || gap(reach, target) - aside(s, reach, target) > NEAR
            || breakBetween(s, reach, target, opensSentence(s, reach))) {
          continue;
        }
        int first = Math.min(reach.m().start(), target.m().start());
        Part ask = licence(s, parts, Role.ASK, first, ASK_REACH);
        Part until = licence(s, parts, Role.UNTIL, first, NEAR);
        if (ask != null) {
          return ordered(ask, reach, target);
        }
        if (until != null) {
          return ordered(until, reach, target);
        }
        Part listed = leadBefore(lead, s, first);
        if (listed != null) {
          return listed.m().sentence() == s.index()
              ? ordered(listed, reach, target)
              : ordered(reach, target);
        }
        if (licensedByForm
            || subject
            || opensClause(s, reach.m().start())
            || imperativeAfterComma(s, parts, reach)
            || unmetCondition(reach.match(), s)
            || ultimatum(reach.match(), s)) {
          return ordered(reach, target);
        }
        Part earlier = coordinatedAct(s, parts, reach);
        if (earlier != null) {
          return ordered(earlier, reach, target);
        }
        Part wishedLast = askAfterClause(s, parts, Math.max(reach.m().end(), target.m().end()));
        if (wishedLast != null) {
          return ordered(reach, target, wishedLast);
        }
      }
      // what the target should do, after it or (free word order) just before it
      Part respond = after(parts, Role.RESPOND, target, NEAR);
      if (respond == null) {
        respond = afterInsertion(s, parts, target);
      }
      if (respond == null) {
        respond = before(parts, Role.RESPOND, target.m().start(), 3);
        if (respond != null && embeddedQuestion(s, respond, target)) {
          respond = null;
        }
      }
      if (respond != null) {
        int first = Math.min(respond.m().start(), target.m().start());
        Part ask = licence(s, parts, Role.ASK, first, NEAR);
        if (ask == null) {
          ask = pleaseBetween(s, parts, target, respond);
        }
        if (ask == null) {
          ask = askAfterClause(s, parts, Math.max(respond.m().end(), target.m().end()));
        }
        Part until = licence(s, parts, Role.UNTIL, first, NEAR);
        if (ask != null
            || until != null
            || leadBefore(lead, s, first) != null
            || licensedByForm
            || subject
            || unmetCondition(respond.match(), s)) {
          return ordered(ask != null ? ask : until != null ? until : respond, target, respond);
        }
      }
      Part must = after(parts, Role.MUST, target, 3);
      if (must != null && !reportedBetween(parts, target, must)) {
        return ordered(target, must);
      }
    }
    return null;
  }

  /**
   * The who-question ({@code principal-who}: a who-word with a present verb) that opens the
   * question or one of its clauses, with the target inside it or at most {@link #WHO_TO_TARGET}
   * words after it and no clause break or negation between; null if there is none.
   */
  private static Part whoAsks(Sentence s, Map<Role, List<Part>> parts, Part target, int opener) {
    if (!s.question()) {
      return null;
    }
    for (Part who : parts.getOrDefault(Role.WHO, List.of())) {
      if ((opensClause(s, who.m().start()) || who.m().start() == opener)
          && target.m().start() >= who.m().start()
          && target.m().start() - who.m().end() <= WHO_TO_TARGET
          && !negationOrBreakBetween(s, who, target.m().start())) {
        return who;
      }
    }
    return null;
  }

  /**
   * A question that opens with "why" complains rather than asks ("Why do I have to speak to a
   * supervisor to get a refund?", "Pourquoi faut-il passer par la direction ?"): it licenses
   * nothing, and no request act in it counts.
   */
  private static boolean rhetorical(Sentence s, Map<Role, List<Part>> parts) {
    if (!s.question()) {
      return false;
    }
    for (Part p : parts.getOrDefault(Role.RHETORICAL, List.of())) {
      if (opensSentence(s, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "I want to know why the supervisor never called": a question word between the act and the
   * target makes the target the subject of an embedded question, not the one asked to act.
   */
  private static boolean embeddedQuestion(Sentence s, Part respond, Part target) {
    LanguagePhrases lang = target.match().language();
    for (int i = respond.m().end(); i < target.m().start(); i++) {
      String w = s.word(i);
      if (lang.isQuestionStart(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An imperative joined by "and" to a sentence that asks ("Cancel the shutoff and have a manager
   * call me", "Proszę oddać pieniądze i niech ktoś z kierownictwa to wyjaśni", "Abran el caso y que
   * lo revise alguien con más autoridad, por favor"): it asks as if it opened its clause.
   */
  private static boolean coordinated(
      Sentence s, JudgedText.LanguageMatch imperative, List<PhraseMatch> requests) {
    int i = imperative.match().start() - 1;
    if (i < 0 || !coordinator(s.word(i), imperative.language())) {
      return false;
    }
    // "no need to escalate this or get a manager involved": a negation before an "or" covers both
    if (!COORDINATORS.contains(s.word(i))) {
      for (int j = 0; j < i; j++) {
        if (imperative.language().isNegation(s.word(j))) {
          return false;
        }
      }
    }
    for (PhraseMatch r : requests) {
      if (r.end() <= i || r.start() > imperative.match().end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An imperative after a request act that opens the clause ("Bitte sorgen Sie dafür, …", "Please,
   * forward …"): the act asks, the imperative says what.
   */
  private static boolean politelyOpened(
      Sentence s, PhraseMatch imperative, List<PhraseMatch> asks) {
    for (PhraseMatch ask : asks) {
      int gap = imperative.start() - ask.end();
      if ((gap == 0 || gap == 1 && s.word(ask.end()).equals(",")) && opensClause(s, ask.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Infinitive markers between "and" and the verb it joins ("et de transmettre", "and to send").
   */
  private static final java.util.Set<String> INFINITIVE = java.util.Set.of("to", "de", "d'", "zu");

  /**
   * A reach joined by "and" to a request act earlier in its sentence, however far ("Je vous saurais
   * gré de rembourser les sept mensualités prélevées à tort et de transmettre ce dossier à votre
   * direction"): the request act, or null.
   */
  private static Part coordinatedAct(Sentence s, Map<Role, List<Part>> parts, Part reach) {
    int i = reach.m().start() - 1;
    if (i > 0 && INFINITIVE.contains(s.word(i))) {
      i--;
    }
    if (i < 0 || !coordinator(s.word(i), reach.match().language())) {
      return null;
    }
    Part first = null;
    for (Role r : List.of(Role.ASK, Role.WANT, Role.IMPERATIVE)) {
      for (Part p : parts.getOrDefault(r, List.of())) {
        if (p.m().end() <= i && (first == null || p.m().start() < first.m().start())) {
          first = p;
        }
      }
    }
    return first;
  }

  /** "and" in the language of the match: the Polish "i" is the English "I", the Spanish "e" too. */
  private static boolean coordinator(String w, LanguagePhrases lang) {
    if (w.equals("i")) {
      return lang.language().equals("pl");
    }
    if (w.equals("e") || w.equals("o") || w.equals("u")) {
      return lang.language().equals("es");
    }
    return COORDINATORS.contains(w) || ALTERNATIVES.contains(w);
  }

  /**
   * "Or" joining a request to another one ("Quiero la baja, o que me llame alguien que pueda
   * decidir", "refund me or put me through to a manager"); Spanish "o" and "u" are in {@link
   * #coordinator}, since in Polish they are prepositions.
   */
  private static final java.util.Set<String> ALTERNATIVES =
      java.util.Set.of("or", "oder", "ou", "lub", "albo");

  /** Indefinite articles, five languages (Polish has none). */
  private static final java.util.Set<String> INDEFINITE =
      java.util.Set.of(
          "a", "an", "some", "ein", "eine", "einen", "einem", "un", "une", "des", "una", "unos");

  /**
   * "i need a manager and A&R": a wish for someone of a kind, with more after it, may be a list of
   * what the writer needs; the person wanted is a request when named definitely ("your manager") or
   * when the clause ends with them ("I want a manager.", "Exijo un supervisor ya").
   */
  private static boolean indefinite(Sentence s, Part want, Part target) {
    for (int i = want.m().end(); i <= target.m().start() && i < s.size(); i++) {
      if (INDEFINITE.contains(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> NOW =
      java.util.Set.of(
          "now",
          "asap",
          "immediately",
          "please",
          "today",
          "jetzt",
          "sofort",
          "bitte",
          "maintenant",
          "immediatement",
          "svp",
          "ya",
          "ahora",
          "inmediatamente",
          "teraz",
          "natychmiast",
          "prosze",
          "juz");

  /** Nothing but punctuation, "now" or "please" after the target in its clause. */
  private static boolean endsClause(Sentence s, Part target) {
    for (int i = target.m().end(); i < s.size(); i++) {
      String w = s.word(i);
      if (w.equals(",") || w.equals(";") || w.equals(":")) {
        return true;
      }
      if (w.chars().anyMatch(Character::isLetterOrDigit) && !NOW.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** A negation or a clause break (commas too) between a wish and the person it wants. */
  private static boolean negationOrBreakBetween(Sentence s, Part want, int to) {
    LanguagePhrases lang = want.match().language();
    for (int i = want.m().end(); i < to; i++) {
      String w = s.word(i);
      if (w.equals(",") || lang.isClauseBreak(w) || lang.isNegation(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "A supervisor, please." The target opens the sentence (after handles and at most one word, an
   * article or "just") and a request act ends it, nothing but punctuation after.
   */
  private static Part closingAsk(Sentence s, Map<Role, List<Part>> parts, Part target) {
    int lead = 0;
    for (int i = 0; i < target.m().start(); i++) {
      if (!s.tokens().get(i).handle()) {
        lead++;
      }
    }
    if (lead > 1) {
      return null;
    }
    for (Part ask : parts.getOrDefault(Role.ASK, List.of())) {
      if (ask.m().start() < target.m().end() || ask.m().start() - target.m().end() > 2) {
        continue;
      }
      // "El gerente tiene mi número" is a sentence: a bare request is one word, or set off
      boolean setOff = ask.m().start() > target.m().end();
      if (!setOff && ask.m().end() - ask.m().start() > 1) {
        continue;
      }
      boolean last = true;
      for (int i = ask.m().end(); i < s.size(); i++) {
        if (s.word(i).chars().anyMatch(Character::isLetterOrDigit)) {
          last = false;
          break;
        }
      }
      if (last) {
        return ask;
      }
    }
    return null;
  }

  private static List<Part> ordered(Part... parts) {
    List<Part> list = new ArrayList<>();
    for (Part p : parts) {
      if (!list.contains(p)) {
        list.add(p);
      }
    }
    list.sort((a, b) -> Integer.compare(a.m().start(), b.m().start()));
    return list;
  }

  private static boolean blocked(JudgedText.LanguageMatch lm, Sentence s, List<PhraseMatch> asks) {
    Role role = BY_KEY.get(lm.match().key());
    boolean ask = role == Role.ASK || role == Role.WANT;
    if (!ask && unmetCondition(lm, s)) {
      return false;
    }
    if (ask
        ? negatedInside(lm, s)
        : Guard.NEGATION.blocks(lm, s) && !askAfterNegation(lm, s, asks)) {
      return true;
    }
    return Guard.HYPOTHETICAL.blocks(lm, s)
        && !conditionIsNoun(lm, s)
        && !politeCondition(lm, s, asks)
        && !questionParticle(lm, s);
  }

  /**
   * The only conditional word before the act is a question word opening the question: the Polish
   * "czy" asks ("Czy kierownik może oddzwonić?") where it would otherwise mean "whether".
   */
  private static boolean questionParticle(JudgedText.LanguageMatch lm, Sentence s) {
    LanguagePhrases lang = lm.language();
    if (!s.question() || s.size() == 0 || !lang.isQuestionStart(s.word(0))) {
      return false;
    }
    for (int i = 1; i < lm.match().start(); i++) {
      if (lang.isHypothetical(s.word(i))) {
        return false;
      }
    }
    return lang.isHypothetical(s.word(0));
  }

  /**
   * The conditional word before the act is a noun after a determiner ("Solicito que mi caso sea
   * estudiado por el gerente", "que votre cas soit transmis à la direction"): no condition.
   */
  private static boolean conditionIsNoun(JudgedText.LanguageMatch lm, Sentence s) {
    int i = conditionWord(lm, s);
    return i > 0 && DETERMINERS.contains(s.word(i - 1));
  }

  /** The conditional word shortly before the act in its clause, or -1. */
  private static int conditionWord(JudgedText.LanguageMatch lm, Sentence s) {
    LanguagePhrases lang = lm.language();
    int start = lm.match().start();
    for (int i = start - 1; i >= 0 && i >= start - HYPOTHETICAL_WINDOW; i--) {
      String w = s.word(i);
      if (lang.isClauseBreak(w)) {
        return -1;
      }
      if (lang.isHypothetical(w)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Words that open the step an ultimatum announces ("otherwise", "sonst", "sinon"), five
   * languages.
   */
  private static final java.util.Set<String> OTHERWISE =
      java.util.Set.of(
          "otherwise",
          "sonst",
          "ansonsten",
          "andernfalls",
          "anderenfalls",
          "widrigenfalls",
          "sinon",
          "autrement",
          "contrario",
          "inaczej",
          "przeciwnym");

  /** Conditions said by a verb first ("Sollte das nicht erledigt sein, ..."). */
  private static final java.util.Set<String> CONDITION_VERBS =
      java.util.Set.of("sollte", "sollten", "should");

  /**
   * The act as the step an ultimatum announces: after an "otherwise" word ("sonst schreibe ich an
   * den Vorstand"), or after a condition that opens the sentence, holds a negation and ends at a
   * comma just before the act ("jeżeli do końca miesiąca nie otrzymam korekty, sprawa trafi do
   * prezesa", "Sollte das nicht bis Freitag erledigt sein, geht die Sache an Ihre
   * Geschäftsführung").
   */
  private static boolean ultimatum(JudgedText.LanguageMatch lm, Sentence s) {
    LanguagePhrases lang = lm.language();
    int start = lm.match().start();
    int comma = -1;
    for (int i = start - 1; i >= 0 && i >= start - NEAR; i--) {
      String w = s.word(i);
      if (OTHERWISE.contains(w)) {
        return true;
      }
      if (comma < 0 && w.equals(",")) {
        comma = i;
      }
    }
    if (comma < 0) {
      return false;
    }
    boolean negated = false;
    for (int i = comma - 1; i >= 0; i--) {
      String w = s.word(i);
      negated |= lang.isNegation(w);
      if (lang.isHypothetical(w) || CONDITION_VERBS.contains(w)) {
        return negated
            && (i == 0 || lang.isClauseBreak(s.word(i - 1)) && !s.word(i - 1).equals(","));
      }
    }
    return false;
  }

  /**
   * The act is what a condition says has not happened: "if I don't hear from someone in senior
   * management by Monday", "wenn sich die Geschäftsleitung nicht meldet", "si la direction ne me
   * rappelle pas". Its negation belongs to the condition, and the sentence is an ultimatum that
   * asks for the act; neither the negation nor the condition cancels it.
   */
  private static boolean unmetCondition(JudgedText.LanguageMatch lm, Sentence s) {
    LanguagePhrases lang = lm.language();
    PhraseMatch m = lm.match();
    // back from the act to the condition word opening its clause, noting a negation on the way
    int negation = -1;
    boolean condition = false;
    for (int i = m.start() - 1; i >= 0 && i >= m.start() - 2 * HYPOTHETICAL_WINDOW; i--) {
      String w = s.word(i);
      if (lang.isClauseBreak(w)) {
        break;
      }
      if (lang.isHypothetical(w)) {
        condition = true;
        break;
      }
      if (lang.isNegation(w)) {
        negation = i;
      }
    }
    if (!condition) {
      return false;
    }
    if (negation >= 0) {
      // "if you don't want to speak to a manager, press 2" negates a wish, not the act
      return negation + 1 >= s.size() || !VOLITION.contains(s.word(negation + 1));
    }
    // verb-last and French negation stand after the act ("wenn mich die Geschäftsleitung nicht
    // anruft", "si la direction ne me rappelle pas")
    // (within the act's clause: "…, konsultant nie wiedział" negates the next one)
    for (int i = m.end(); i < s.size() && i <= m.end() + 2; i++) {
      String w = s.word(i);
      if (w.equals(",") || lang.isClauseBreak(w)) {
        return false;
      }
      if (lang.isNegation(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request act opens its own clause ("I want", "je pense"), so a negation a few words before it
   * belongs to the clause before ("L'affaire n'étant pas résolue je pense écrire à la direction");
   * only a negation among its words ("I do not want") or just before it ("nie chcę", "they wouldn't
   * let me") cancels it.
   */
  private static boolean negatedInside(JudgedText.LanguageMatch lm, Sentence s) {
    PhraseMatch m = lm.match();
    if (m.start() > 0 && lm.language().isNegation(s.word(m.start() - 1))) {
      return true;
    }
    for (int i = m.start(); i < m.end(); i++) {
      if (!m.inSlot(i) && lm.language().isNegation(s.word(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request act between a negation and the act opens a new clause ("... n'étant pas réglé je
   * pense écrire à la direction"): the negation stays in the clause before.
   */
  private static boolean askAfterNegation(
      JudgedText.LanguageMatch lm, Sentence s, List<PhraseMatch> asks) {
    int start = lm.match().start();
    int negation = -1;
    for (int i = start - 1; i >= 0 && i >= start - HYPOTHETICAL_WINDOW; i--) {
      if (lm.language().isNegation(s.word(i))) {
        negation = i;
        break;
      }
    }
    for (PhraseMatch ask : asks) {
      if (ask.start() > negation && ask.end() <= start) {
        return negation >= 0;
      }
    }
    return false;
  }

  /**
   * The conditional word before an act belongs to a request act: "I would be grateful if you would
   * pass this to your chairman", "ich wäre dankbar, wenn", "byłbym wdzięczny, gdyby" ask; they
   * suppose nothing. So does the conditional word that follows a wish at once, past its comma ("Es
   * wäre schön, wenn Ihr Filialleiter mich zurückrufen könnte").
   */
  private static boolean politeCondition(
      JudgedText.LanguageMatch lm, Sentence s, List<PhraseMatch> asks) {
    int i = conditionWord(lm, s);
    if (i < 0) {
      return false;
    }
    for (PhraseMatch ask : asks) {
      if (ask.start() <= i && i < ask.end()) {
        return true;
      }
      int gap = i - ask.end();
      if (gap == 0 || gap == 1 && s.word(ask.end()).equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title inside the words naming the reader that is no one above the agent ("Vous êtes mon
   * propriétaire": a landlord, "my" owner); "to you as the owner" names the reader's own place.
   */
  private static boolean selfWithin(Sentence s, Part addressee, Map<Role, List<Part>> parts) {
    for (Part self : parts.getOrDefault(Role.SELF, List.of())) {
      if (overlap(self, addressee)
          && self.m().start() > addressee.m().start()
          && MINE.contains(s.word(self.m().start()))) {
        return true;
      }
    }
    return false;
  }

  /** Second-person possessives, five languages: "your CEO", "euer Chef", "votre PDG". */
  private static final java.util.Set<String> YOURS =
      java.util.Set.of(
          "your",
          "ur",
          "yr",
          "euer",
          "eure",
          "euren",
          "eurem",
          "eures",
          "ihr",
          "ihre",
          "ihren",
          "ihrem",
          "votre",
          "vos",
          "ton",
          "ta",
          "tes",
          "su",
          "sus",
          "tu",
          "tus",
          "vuestro",
          "vuestra",
          "vuestros",
          "vuestras",
          "wasz",
          "wasza",
          "wasze",
          "waszego",
          "waszej",
          "twoj",
          "twoja");

  /**
   * A greeting that ends at its comma, then the top named as "your ..." ("Hi Comcast, your CEO
   * makes millions", "Liebe Bahn, euer Chef ..."): the company was greeted, and its head is talked
   * about, not addressed.
   */
  private static boolean greetedThenTalkedAbout(Sentence s, Part salutation) {
    boolean comma = false;
    for (int i = salutation.m().start(); i < salutation.m().end(); i++) {
      String word = s.tokens().get(i).text();
      if (word.equals(",")) {
        comma = true;
      } else if (comma && YOURS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** First-person possessives, five languages: "mon propriétaire" is the writer's landlord. */
  private static final java.util.Set<String> MINE =
      java.util.Set.of(
          "my", "our", "mon", "ma", "mes", "notre", "nos", "mein", "meine", "meinen", "meinem",
          "unser", "unsere", "mi", "mis", "nuestro", "nuestra", "moj", "moja", "nasz", "nasza");

  /**
   * A past auxiliary of the progressive inside a request act ("I was wondering if ...", "we were
   * hoping that ...") tells no history: it softens the ask.
   */
  private static boolean insideAsk(Sentence s, Part reported, Map<Role, List<Part>> parts) {
    int next = reported.m().end();
    boolean progressive = next < s.size() && s.word(next).endsWith("ing");
    boolean subjunctive = SUBJUNCTIVE_AS_PAST.contains(s.word(reported.m().start()));
    if (!progressive && !subjunctive) {
      return false;
    }
    for (Role r : List.of(Role.ASK, Role.WANT)) {
      for (Part p : parts.getOrDefault(r, List.of())) {
        if (progressive
            ? overlap(p, reported)
            : p.m().start() == reported.m().start() && p.m().end() > reported.m().end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * German subjunctive forms that fold onto a past tense ("wären" is "waren", "hätten" is "hatten",
   * "würden" is "wurden"): where an ask phrase opens with one ("wir wären Ihnen verbunden", "wir
   * hätten gern"), it asks and tells no history.
   */
  private static final Set<String> SUBJUNCTIVE_AS_PAST =
      Set.of("waren", "hatten", "hatte", "wurden", "wurde");

  /**
   * The sentence is about jobs or an announcement: an off cue that is not only a word inside a
   * target ("osobie zajmującej stanowisko kierownicze" is no job offer; "Prezesa UTK" and "does
   * anybody at corporate even know" reach beyond their targets and stay off).
   */
  private static boolean off(Map<Role, List<Part>> parts) {
    List<Part> targets = parts.getOrDefault(Role.TARGET, List.of());
    return parts.getOrDefault(Role.OFF, List.of()).stream()
        .anyMatch(
            o ->
                targets.stream()
                    .noneMatch(
                        t ->
                            t.m().start() <= o.m().start()
                                && o.m().end() <= t.m().end()
                                && t.m().end() - t.m().start() > o.m().end() - o.m().start()));
  }

  /** The writer's own title, or a title that names no one above the agent ("account owner"). */
  private static boolean isSelf(Part target, Map<Role, List<Part>> parts) {
    for (Part self : parts.getOrDefault(Role.SELF, List.of())) {
      if (overlap(self, target)) {
        return true;
      }
    }
    return false;
  }

  /** "Can a manager call me back?": a question that opens with a question word asks. */
  /**
   * Where the question word that opens the sentence stands, or -1: the first word after handles, or
   * one of the next {@link #OPENER_WORDS} when only clitics stand before it or it is an inverted
   * modal ("¿Me puede llamar un supervisor?", "Un responsable peut-il me rappeler ?").
   */
  private static int questionOpener(Sentence s, Map<Role, List<Part>> parts) {
    List<Part> targets = parts.getOrDefault(Role.TARGET, List.of());
    if (targets.isEmpty() || s.size() == 0) {
      return -1;
    }
    // a text read in every language has its targets matched in each: any of theirs may open it
    for (LanguagePhrases lang :
        targets.stream().map(t -> t.match().language()).distinct().toList()) {
      int at = questionOpener(s, parts, lang);
      if (at >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static int questionOpener(Sentence s, Map<Role, List<Part>> parts, LanguagePhrases lang) {
    int i = 0;
    while (i < s.size() - 1 && s.tokens().get(i).handle()) {
      i++;
    }
    for (int k = i; k < Math.min(s.size(), i + 1 + OPENER_WORDS); k++) {
      String w = s.word(k);
      // an inverted modal ("peut-il"), or only clitics before it ("me", "nos"), not a subject
      // ("Our CEO will attend")
      if (lang.isQuestionStart(w)
          && (k == i || w.indexOf('-') > 0 || cliticsBefore(s, parts, i, k))) {
        return k;
      }
      if (lang.isClauseBreak(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean cliticsBefore(Sentence s, Map<Role, List<Part>> parts, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.word(k).length() > CLITIC_CHARS || inPart(parts.get(Role.TARGET), k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean inPart(List<Part> ps, int token) {
    if (ps != null) {
      for (Part p : ps) {
        if (token >= p.m().start() && token < p.m().end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The part begins a line of the text: after a line break, or first in a sentence (after handles
   * only) that begins the text or a line. A sentence that begins mid-paragraph begins no line ("…
   * (réclamation RCLA20). Madame Viscart de la Direction Qualité, en charge …, m'avait confirmé").
   */
  private static boolean startsLine(JudgedText text, Sentence s, Part part) {
    return opensLine(text, s, part) || opensSentence(s, part) && sentenceOpensLine(text, s);
  }

  /** Definite articles that may open an addressing line, five languages (folded). */
  private static final java.util.Set<String> LINE_ARTICLES =
      java.util.Set.of("the", "der", "die", "den", "le", "la", "les", "el", "los", "las");

  /**
   * As {@link #startsLine}, or after one definite article that opens the line ("The Managing
   * Director", "Der Vorstand der …", "La Dirección General").
   */
  private static boolean startsLineAfterArticle(JudgedText text, Sentence s, Part part) {
    int start = part.m().start();
    return startsLine(text, s, part)
        || start > 0 && LINE_ARTICLES.contains(s.word(start - 1)) && opensLine(text, s, start - 1);
  }

  /**
   * A salutation on a line of its own inside a text whose lines were joined into one sentence (a
   * letter pasted into a review: "... Ils ne réagissent pas\nMonsieur le Directeur Général, ...").
   */
  private static boolean opensLine(JudgedText text, Sentence s, Part part) {
    return opensLine(text, s, part.m().start());
  }

  /** Whether the word at {@code start} of the sentence begins a line of the text. */
  private static boolean opensLine(JudgedText text, Sentence s, int start) {
    if (start == 0) {
      return sentenceOpensLine(text, s);
    }
    int from = s.tokens().get(start - 1).end();
    int to = s.tokens().get(start).start();
    return text.text().substring(from, to).indexOf('\n') >= 0;
  }

  private static boolean sentenceOpensLine(JudgedText text, Sentence s) {
    if (s.index() == 0 || s.size() == 0) {
      return true;
    }
    Sentence before = text.sentences().get(s.index() - 1);
    int from = before.size() == 0 ? 0 : before.tokens().get(before.size() - 1).end();
    return text.text().substring(from, s.tokens().get(0).start()).indexOf('\n') >= 0;
  }

  /**
   * The part ends its line, begins within the letter's first {@link #ADDRESS_BLOCK} characters, and
   * at least {@link #AFTER_ADDRESS} characters of the letter follow it.
   */
  private static boolean addressingLine(JudgedText text, Sentence s, Part part) {
    String all = text.text();
    int from = s.tokens().get(part.m().start()).start();
    int end = s.tokens().get(part.m().end() - 1).end();
    int next = end;
    while (next < all.length()
        && all.charAt(next) != '\n'
        && Character.isWhitespace(all.charAt(next))) {
      next++;
    }
    return from < ADDRESS_BLOCK
        && (next == all.length() || all.charAt(next) == '\n' || firmAfter(all, next))
        && all.length() - end >= AFTER_ADDRESS;
  }

  /**
   * The first words of an ask that asks on its own, wherever it stands (folded, five languages; an
   * ask part opening with "por" is "por favor", "s'il" is "s'il vous plaît").
   */
  private static final java.util.Set<String> PLEASE =
      java.util.Set.of(
          "please", "pls", "plz", "kindly", "bitte", "svp", "s'il", "por", "porfavor", "prosze");

  /**
   * A "please" between the target and what it should do asks for it: "Somebody with actual
   * authority please look at ticket 4471", "Ihr Chef soll mich bitte anrufen". Only a bare word of
   * asking, with no clause break between.
   */
  private static Part pleaseBetween(
      Sentence s, Map<Role, List<Part>> parts, Part target, Part respond) {
    if (respond.m().start() < target.m().end()) {
      return null;
    }
    for (Part ask : parts.getOrDefault(Role.ASK, List.of())) {
      if (ask.m().start() >= target.m().end()
          && ask.m().end() <= respond.m().start()
          && PLEASE.contains(s.word(ask.m().start()))
          && !breakBetween(s, target, respond, false)) {
        return ask;
      }
    }
    return null;
  }

  /** The longest firm's name after an addressing title on its line ("…, St. Brendan Medical"). */
  private static final int FIRM_CHARS = 60;

  /**
   * Words that open a clause put first as the object of what follows ("Dass Sie …, erwarte ich").
   */
  private static final java.util.Set<String> CLAUSE_FIRST = java.util.Set.of("dass", "daß");

  /**
   * German puts the wish last when the wished-for act comes first as a clause of its own: "Dass Sie
   * das an Ihre Geschäftsleitung weitergeben, erwarte ich". The ask stands right after that
   * clause's comma, the sentence opens with "dass".
   */
  private static Part askAfterClause(Sentence s, Map<Role, List<Part>> parts, int clauseEnd) {
    int open = 0;
    while (open < s.size() && s.tokens().get(open).handle()) {
      open++;
    }
    if (open >= s.size() || !CLAUSE_FIRST.contains(s.word(open))) {
      return null;
    }
    for (Part ask : parts.getOrDefault(Role.ASK, List.of())) {
      int start = ask.m().start();
      if (start >= clauseEnd
          && start - clauseEnd <= 4
          && IntStream.range(clauseEnd, start).anyMatch(i -> s.word(i).equals(","))) {
        return ask;
      }
    }
    return null;
  }

  /** How many lines after a title line its salutation may stand (the firm and its address). */
  private static final int TITLE_TO_SALUTATION = 5;

  /** The longest line read as a salutation ("Sehr geehrter Herr Dr. Weber,"). */
  private static final int SALUTATION_CHARS = 60;

  /**
   * The line above the title names someone, and a salutation line below it (short, ending in a
   * comma or colon) names them again: the title is the recipient's, not the sender's letterhead.
   */
  private static boolean namedInSalutation(JudgedText text, Sentence s, Part title) {
    String all = text.text();
    int at = s.tokens().get(title.m().start()).start();
    int lineStart = all.lastIndexOf('\n', at - 1) + 1;
    if (lineStart == 0) {
      return false;
    }
    int nameStart = all.lastIndexOf('\n', lineStart - 2) + 1;
    List<String> names = new ArrayList<>();
    for (String w : all.substring(nameStart, lineStart - 1).split("[\\s,.]+")) {
      if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0))) {
        names.add(w);
      }
    }
    if (names.isEmpty()) {
      return false;
    }
    String[] after = all.substring(lineStart).split("\n", TITLE_TO_SALUTATION + 2);
    for (int i = 1; i < Math.min(after.length, TITLE_TO_SALUTATION + 1); i++) {
      String line = after[i].strip();
      if (line.length() <= SALUTATION_CHARS
          && (line.endsWith(",") || line.endsWith(":"))
          && List.of(line.split("[\\s,.:]+")).stream().anyMatch(names::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first words of a subject's addressing (folded, five languages): "to", "an", "do", "à", "a",
   * "para"…; a bare title opening a subject ("CEO – thank you") addresses no one.
   */
  private static final java.util.Set<String> ADDRESSED_TO =
      java.util.Set.of(
          "to",
          "attn",
          "attention",
          "fao",
          "for",
          "an",
          "zu",
          "zur",
          "zuhanden",
          "z",
          "do",
          "a",
          "au",
          "aux",
          "pour",
          "al",
          "para");

  /**
   * What may end a subject's addressing: the subject's end, or a dash or colon before the topic.
   */
  private static final String SUBJECT_ADDRESS_ENDS = "-\u2013\u2014:|/";

  /**
   * A subject line that opens by naming the top as its addressee, alone or before a dash or colon
   * and the topic ("To the CEO", "An die Geschäftsleitung – Reklamation 4471", "Do kierownika
   * sklepu: zwrot"): the subject is the letter's address, as an addressing line is, unless the
   * subject only thanks ("To the CEO – thank you").
   */
  private static boolean subjectAddress(JudgedText text, Sentence s, Part part) {
    if (s.index() != 0
        || part.m().start() != 0
        || !ADDRESSED_TO.contains(s.word(0))
        || thanks(text) && !complains(text)) {
      return false;
    }
    String all = text.text();
    int next = s.tokens().get(part.m().end() - 1).end();
    while (next < all.length() && Character.isWhitespace(all.charAt(next))) {
      next++;
    }
    return next == all.length() || SUBJECT_ADDRESS_ENDS.indexOf(all.charAt(next)) >= 0;
  }

  /**
   * A comma and a short rest of the line without a question or an exclamation: the firm the title
   * belongs to ("To the Chief Financial Officer, St. Brendan Regional Medical Center").
   */
  private static boolean firmAfter(String all, int at) {
    if (all.charAt(at) != ',') {
      return false;
    }
    int eol = all.indexOf('\n', at);
    String rest = all.substring(at + 1, eol < 0 ? all.length() : eol).strip();
    return !rest.isEmpty()
        && rest.length() <= FIRM_CHARS
        && rest.chars().noneMatch(c -> c == '?' || c == '!' || c == ':' || c == ';');
  }

  /** An imperative or a salutation: the part stands first, after handles only. */
  private static boolean opensSentence(Sentence s, Part part) {
    for (int i = 0; i < part.m().start(); i++) {
      if (!s.tokens().get(i).handle()) {
        return false;
      }
    }
    return true;
  }

  /** How far before the comma a reporting verb makes the imperative after it reported speech. */
  private static final int REPORTED_BEFORE_COMMA = 3;

  /**
   * An imperative or a wish that opens the clause after a comma, the clause before having said
   * something else ("ya no quiero hablar con el bot, pásame con un supervisor"): a negation or a
   * wish turned down before the comma is that clause's.
   */
  private static boolean imperativeAfterComma(Sentence s, Map<Role, List<Part>> parts, Part reach) {
    int at = reach.m().start();
    if (at == 0 || !s.word(at - 1).equals(",")) {
      return false;
    }
    // "Le dije, pásame con un supervisor": the clause after a reporting verb is what was said then
    for (Part r : parts.getOrDefault(Role.REPORTED, List.of())) {
      if (r.m().end() < at && at - r.m().end() <= REPORTED_BEFORE_COMMA) {
        return false;
      }
    }
    for (Role role : List.of(Role.IMPERATIVE, Role.WANT)) {
      for (Part p : parts.getOrDefault(role, List.of())) {
        if (p.m().start() == at) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * An imperative: the word opens its clause, the sentence's start or just after a colon or
   * semicolon, with only handles before it ("@acme forward this…", "I am asking again: put me
   * through to a manager").
   */
  private static boolean opensClause(Sentence s, int start) {
    int discourse = 0;
    for (int i = start - 1; i >= 0; i--) {
      String w = s.word(i);
      if (w.equals(":") || w.equals(";")) {
        return true;
      }
      // "then transfer me to your team leader", "ok dann leiten Sie es weiter"
      if (DISCOURSE.contains(w) && ++discourse <= MAX_DISCOURSE) {
        continue;
      }
      if (!s.tokens().get(i).handle()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words that open a spoken turn before an imperative without being a clause of their own, in the
   * five languages (folded): "then", "ok", "dann", "alors", "entonces", "dobra".
   */
  private static final Set<String> DISCOURSE =
      Set.of(
          "then",
          "so",
          "ok",
          "okay",
          "right",
          "well",
          "now",
          "just",
          "and",
          "dann",
          "also",
          "jetzt",
          "na",
          "gut",
          "und",
          "alors",
          "bon",
          "donc",
          "et",
          "entonces",
          "pues",
          "vale",
          "bueno",
          "y",
          "wiec",
          "dobra");

  /** At most this many such words before the imperative. */
  private static final int MAX_DISCOURSE = 2;

  /** Words that put a title beside a person: "Dr Weber, as the owner", "Herr Kienzle als Chef". */
  private static final Set<String> APPOSITION = Set.of("as", "als", "comme", "como", "jako");

  /**
   * A title put beside someone else's name ("Could Dr Weber, as the owner of the practice, look at
   * it?", "dass Herr Kienzle als Geschäftsführer mich zurückruft"): the title is that person's, not
   * the writer's own, so it is no {@code principal-self}. The word before the apposition (a comma
   * aside) is a name written with a capital inside the sentence.
   */
  private static boolean titleOfSomeoneNamed(JudgedText text, Sentence s, PhraseMatch m) {
    int at = m.start();
    if (at >= s.size() || !APPOSITION.contains(s.word(at))) {
      return false;
    }
    int before = at - 1;
    if (before >= 0 && s.word(before).equals(",")) {
      before--;
    }
    if (before <= 0) {
      return false;
    }
    Token name = s.tokens().get(before);
    return Character.isUpperCase(text.text().codePointAt(name.start()))
        && !FIRST_PERSON_CAPITALISED.contains(s.word(before));
  }

  /** Capitalised words that are the writer or the reader, not a third person ("I", "Sie"). */
  private static final Set<String> FIRST_PERSON_CAPITALISED = Set.of("i", "sie", "ihnen", "usted");

  /**
   * A clause break between two parts, commas aside; a colon too unless the first part opens the
   * sentence as an addressing line does ("Do wiadomości: Zarząd spółki").
   */
  private static boolean breakBetween(Sentence s, Part a, Part b, boolean addressing) {
    int from = Math.min(a.m().end(), b.m().end());
    int to = Math.max(a.m().start(), b.m().start());
    JudgedText.LanguageMatch lm = a.match();
    for (int i = from; i < to; i++) {
      String w = s.word(i);
      if (!w.equals(",") && !(addressing && w.equals(":")) && lm.language().isClauseBreak(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A request act before {@code at}, in the same clause (commas aside: "Ich bitte Sie, ..."); an
   * imperative that opens its clause ("Get your boss to ring me") asks as well.
   */
  private static Part licence(
      Sentence s, Map<Role, List<Part>> parts, Role role, int at, int within) {
    Part p = nearest(parts, role, at, within);
    if (p == null) {
      // an aside between commas does not count in the distance, as after the target: "Ich
      // verlange, dass sich bis Freitag, 18 Uhr, jemand aus der Geschäftsleitung meldet"
      Part far = nearest(parts, role, at, within + INSERTION);
      if (far != null && at - far.m().end() - aside(s, far.m().end(), at) <= within) {
        p = far;
      }
    }
    if (p == null) {
      return null;
    }
    for (int i = p.m().end(); i < at; i++) {
      String w = s.word(i);
      // a second imperative joined to the request ("Please look into it and forward it to ...")
      boolean coordinated = i == at - 1 && COORDINATORS.contains(w);
      if (!w.equals(",") && !coordinated && p.match().language().isClauseBreak(w)) {
        return null;
      }
    }
    return p;
  }

  /** The part of the role nearest before {@code at}; for an ask, an imperative counts too. */
  private static Part nearest(Map<Role, List<Part>> parts, Role role, int at, int within) {
    Part p = before(parts, role, at, within);
    if (role == Role.ASK) {
      Part imperative = before(parts, Role.IMPERATIVE, at, within);
      if (imperative != null && (p == null || imperative.m().start() > p.m().start())) {
        p = imperative;
      }
    }
    return p;
  }

  private static Part before(Map<Role, List<Part>> parts, Role role, int at, int within) {
    Part best = null;
    for (Part p : parts.getOrDefault(role, List.of())) {
      if (p.m().start() < at && at - p.m().end() <= within) {
        if (best == null || p.m().start() > best.m().start()) {
          best = p;
        }
      }
    }
    return best;
  }

  private static Part after(Map<Role, List<Part>> parts, Role role, Part target, int within) {
    for (Part p : parts.getOrDefault(role, List.of())) {
      if (p.m().start() >= target.m().end() && p.m().start() - target.m().end() <= within) {
        return p;
      }
    }
    return null;
  }

  /** The longest aside between two commas that a request may carry (words and the commas). */
  private static final int INSERTION = 14;

  /**
   * What the target should do, said after an aside between commas: "I'd like the underwriting
   * manager, or whoever sets the rate, to explain", "someone above the call center level, someone
   * in their executive office, to look at it". The aside does not count in the distance; what
   * stands outside it must still be near.
   */
  private static Part afterInsertion(Sentence s, Map<Role, List<Part>> parts, Part target) {
    for (Part p : parts.getOrDefault(Role.RESPOND, List.of())) {
      if (p.m().start() >= target.m().end() && gap(p, target) - aside(s, target, p) <= NEAR) {
        return p;
      }
    }
    return null;
  }

  /**
   * The words of an aside between commas that stands between two parts ("Ihrem Geschäftsführer,
   * Herrn Kröger, persönlich vorzulegen"), the commas included; 0 if there is none. An aside longer
   * than {@link #INSERTION} is no aside.
   */
  private static int aside(Sentence s, Part a, Part b) {
    return aside(s, Math.min(a.m().end(), b.m().end()), Math.max(a.m().start(), b.m().start()));
  }

  /** As {@link #aside(Sentence, Part, Part)}, between two word positions. */
  private static int aside(Sentence s, int from, int to) {
    int open = -1;
    for (int i = from; i < to; i++) {
      if (!s.word(i).equals(",")) {
        continue;
      }
      if (open < 0) {
        open = i;
      } else if (i - open + 1 <= INSERTION) {
        return i - open + 1;
      } else {
        open = i;
      }
    }
    return 0;
  }

  private static boolean overlap(Part a, Part b) {
    return a.m().start() < b.m().end() && b.m().start() < a.m().end();
  }

  private static int gap(Part a, Part b) {
    return a.m().start() >= b.m().end()
        ? a.m().start() - b.m().end()
        : Math.max(0, b.m().start() - a.m().end());
  }
}
