package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.LetterParser;
import org.junit.jupiter.api.Test;

class PrincipalRequestTest {

  private final PrincipalRequest detector = new PrincipalRequest(1.0);

  @Test
  void detectsRequestToForwardToPrincipals() {
    assertThat(Texts.finds(detector, "Please forward this letter to the principals of the firm."))
        .isTrue();
  }

  @Test
  void detectsAskingForManager() {
    assertThat(Texts.finds(detector, "Could I please speak to a supervisor about this?")).isTrue();
  }

  /**
   * A letter addressed to the top is a request when it complains; one that only thanks or praises,
   * with no other signal, is not (the judge as a whole decides, beside the complaint tone).
   */
  @Test
  void aLetterToTheTopThatOnlyThanksIsNoRequest() {
    Judge judge = Judge.withDefaults();
    List<String> thanks =
        List.of(
            "Szanowny Zarządzie, dziękujemy za sprawne przeprowadzenie wymiany liczników.",
            "Sehr geehrter Vorstand,\n\nich bedanke mich herzlich für die Einladung zur"
                + " Versammlung und bestätige meine Teilnahme.",
            "Monsieur le Directeur,\n\nJe tenais à saluer le professionnalisme de votre"
                + " conseillère à Namur.");
    for (String text : thanks) {
      assertThat(judge.judge(Letter.ofText("", text)).signals()).as(text).isEmpty();
    }
    String complaint =
        "Szanowny Zarządzie,\n\nod trzech miesięcy w naszym budynku nie działa winda, a"
            + " administracja nie odpowiada.";
    assertThat(judge.judge(Letter.ofText("", complaint)).signals())
        .contains(Signal.PRINCIPAL_REQUEST);
  }

  /** What the one at the top should set right, after the target ("to reopen", "äußert"). */
  @Test
  void detectsWhatTheTopShouldSetRight() {
    assertThat(
            Texts.finds(
                detector, "I want a supervisor in the fraud claims department to reopen my file."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector, "Ich möchte, dass sich jemand aus der Geschäftsführung dazu äußert."))
        .isTrue();
    assertThat(Texts.finds(detector, "The supervisor reopened my file last week.")).isFalse();
  }

  /**
   * A salutation opens a line or the text; the name of someone at the top opening a sentence in the
   * middle of a paragraph is the subject of what follows, not a letter to them.
   */
  @Test
  void aSalutationOpensALineNotASentenceMidParagraph() {
    assertThat(
            Texts.finds(
                detector,
                "J'ai envoyé ma réclamation comme demandé (dossier 12).\u00a0 Madame Roux de la"
                    + " Direction Générale, en charge de mon dossier, m'avait confirmé la prise en"
                    + " charge. Rien depuis."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "J'ai envoyé ma réclamation comme demandé (dossier 12).\nMadame la Directrice"
                    + " Générale, je vous demande de revoir ce dossier. Rien depuis."))
        .isTrue();
    assertThat(
            Texts.finds(
                detector,
                "Excmo. Sr. Presidente del Consejo de Administración\n\nLe escribo porque su"
                    + " compañía me ha cobrado dos veces la misma factura. Le ruego que revise el"
                    + " caso."))
        .isTrue();
  }

  @Test
  void ignoresBareTitle() {
    assertThat(Texts.finds(detector, "Our CEO and the board will visit your stand on Monday."))
        .isFalse();
  }

  @Test
  void detectsPolishAndFrenchRequests() {
    assertThat(Texts.finds(detector, "Uprzejmie proszę przekazać moją skargę zarządowi.")).isTrue();
    assertThat(Texts.finds(detector, "Merci de transmettre ma lettre à votre direction générale."))
        .isTrue();
  }

  @Test
  void detectsEscalationToAHigherLevel() {
    assertThat(Texts.finds(detector, "Please escalate this to a higher authority.")).isTrue();
    assertThat(Texts.finds(detector, "I need this escalated to corporate today.")).isTrue();
    assertThat(Texts.finds(detector, "Bitte eskalieren Sie das an die nächsthöhere Stelle."))
        .isTrue();
    assertThat(Texts.finds(detector, "Exijo que escalen mi reclamación a un superior.")).isTrue();
  }

  @Test
  void readsANominalSubjectLineAsARequestButNotTheSameWordsInTheBody() {
    Judge judge = Judge.withDefaults();
    assertThat(
            signals(judge, "Escalation to the chief executive, order 5512", "Order 5512 is late."))
        .contains("principal-request");
    assertThat(signals(judge, "Order 5512", "Our escalation to the chief executive is on file."))
        .doesNotContain("principal-request");
  }

  @Test
  void aDroppedLetterIsReadOnceItsFirstLineNotAgainAsASubject() {
    // a one-line text dropped as a file: its first line is shown as the subject, but the subject
    // rules (a nominal "… to the board" anywhere) must not read history as a letter to the top
    Judge judge = Judge.withDefaults();
    LetterParser parser = LetterParser.withDefaults();
    for (String history :
        List.of(
            "Pisałam już do zarządu w zeszłym miesiącu, bez odpowiedzi.",
            "J'ai écrit au directeur de l'agence en mars, sans réponse.",
            "J'avais exigé de parler au directeur, en vain.",
            "I escalated the matter to a supervisor named Dan, who promised a callback.")) {
      Letter letter = parser.parse(history.getBytes(StandardCharsets.UTF_8), "post.txt");
      assertThat(judge.judge(letter).signals())
          .as(history)
          .doesNotContain(Signal.PRINCIPAL_REQUEST);
    }
    Letter request =
        parser.parse(
            "Bitte leiten Sie mein Schreiben an Ihre Geschäftsleitung weiter."
                .getBytes(StandardCharsets.UTF_8),
            "post.txt");
    assertThat(judge.judge(request).signals()).contains(Signal.PRINCIPAL_REQUEST);
  }

  /**
   * Eleventh round, written from the kinds: a copy the writer sends to the top themselves, a
   * manager of a house named by a German compound, a duty told in the present; the same words told
   * as history stay quiet.
   */
  @Test
  void readsACopySentToTheTopAndHouseManagersNamedByCompounds() {
    Judge judge = Judge.withDefaults();
    for (String request :
        List.of(
            "Eine Kopie dieses Schreibens geht an Ihren Vorstand.",
            "Diesen Brief sende ich in Kopie an Ihre Geschäftsleitung.",
            "Une copie de ce courrier est adressée à votre président.",
            "Envío copia de esta carta a su consejo de administración.",
            "Ich erwarte einen Rückruf der Marktleitung.",
            "Der Leiter Ihrer Kundenbetreuung soll sich bei mir melden.",
            "J'attends une réponse signée de votre directeur général.",
            "Necesito que esto lo vea el mandamás de la empresa.",
            "Il me faut un interlocuteur qui a le pouvoir de trancher.",
            "Proszę o kontakt z kimś wyżej.",
            "Merci de transmettre ma demande à votre N+1.",
            "Vous pouvez dire à votre chef que c'est inadmissible.",
            "Ich werde mich direkt an Ihren Vorstand wenden, wenn das nicht erledigt ist.",
            "Voy a escribir al director general si no me lo solucionan.",
            "Gerne hätte ich einen Termin bei Ihrem Geschäftsführer.",
            "Es ist mir wichtig, dass die Geschäftsführung davon Kenntnis erhält.",
            "Es wäre schön, wenn sich die Geschäftsleitung persönlich meldet.",
            "Andernfalls sehe ich mich gezwungen, die Geschäftsleitung einzuschalten.",
            "Ich ersuche höflich um Befassung der Geschäftsleitung.",
            "Bitte eskalieren Sie meinen Fall an die nächste Ebene.",
            "Ich ersuche Sie, die Angelegenheit an die Geschäftsführung heranzutragen.",
            "Der Herr Direktor soll sich das bitte selber anschauen.",
            "Ich appelliere an die Geschäftsleitung, diese Praxis zu beenden.")) {
      assertThat(signals(judge, "", request)).as(request).contains("principal-request");
    }
    for (String history :
        List.of(
            "Ich habe eine Kopie an den Vorstand geschickt, ohne Antwort.",
            "Der Filialleiter sollte sich melden, hat er aber nie.",
            "J'ai envoyé une copie au directeur en mars.",
            "Mon N+1 m'a dit de vous écrire.",
            "Vous pouvez toujours écrire au PDG, ça ne sert à rien.",
            "Ich habe letzte Woche die Geschäftsführung eingeschaltet, ohne Erfolg.",
            "Auf der nächsten Ebene des Parkhauses war kein Platz.")) {
      assertThat(signals(judge, "", history)).as(history).doesNotContain("principal-request");
    }
  }

  private static List<String> signals(Judge judge, String subject, String body) {
    return judge.judge(Letter.ofText(subject, body)).signals().stream()
        .map(s -> s.wireName())
        .toList();
  }

  @Test
  void aRequestQuotedFromSomeoneElseIsNotThisCustomersRequest() {
    assertThat(
            Texts.finds(
                detector,
                "In Ihrer Antwort schrieben Sie: „Wir leiten Ihr Anliegen an die Geschäftsleitung"
                    + " weiter.“ Seitdem sind sieben Wochen vergangen."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "Your agent wrote \"I will pass this to my manager\" and nothing happened."))
        .isFalse();
    assertThat(
            Texts.finds(
                detector,
                "Sie schrieben „bald“. Bitte leiten Sie mein Anliegen an die Geschäftsleitung"
                    + " weiter."))
        .isTrue();
  }

  @Test
  void findsSomeonePlacedAboveADepartment() {
    assertThat(Texts.finds(detector, "Qui puis-je contacter au-dessus du service client ?"))
        .isTrue();
    assertThat(Texts.finds(detector, "Wer ist über dem Kundenservice zuständig?")).isTrue();
    assertThat(Texts.finds(detector, "Do kogo mogę się zwrócić ponad działem obsługi klienta?"))
        .isTrue();
  }
}
