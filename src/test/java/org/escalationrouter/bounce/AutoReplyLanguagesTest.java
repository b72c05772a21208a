package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Out-of-office replies in the languages our customers write must never read as bounces, also when
 * they come with a null return path (as RFC 3834 asks) and their text names another address or says
 * mail will not be delivered or forwarded. The texts are written for this test.
 */
class AutoReplyLanguagesTest {

  private static AutomatedMail detect(String subject, String body, boolean marked) {
    String raw =
        "Return-Path: <>\r\nFrom: Anna Nowak <anna@client.example.com>\r\n"
            + "To: support@example.com\r\nSubject: "
            + subject
            + "\r\n"
            + (marked ? "Auto-Submitted: auto-replied\r\n" : "")
            + "Date: Thu, 4 Jun 2026 07:00:00 +0000\r\nMessage-ID: <ooo1@client.example.com>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body
            + "\r\n";
    var found =
        AutomatedMailDetector.withDefaults()
            .detect(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(found).as(subject).isPresent();
    return found.get();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Automatic reply: your order | I am out of the office until 15 June. Mail to this address is not delivered to anyone else while I am away; it will be undeliverable to my deputy. Please write to piotr@client.example.com.
          Abwesenheitsnotiz: Ihre Bestellung | Ich bin bis 15. Juni nicht im Büro. Ihre Nachricht wird nicht weitergeleitet und konnte nicht zugestellt werden an meine Vertretung. Bitte wenden Sie sich an piotr@client.example.com.
          Réponse automatique : votre commande | Je suis absente jusqu'au 15 juin. Votre message ne sera pas transféré. Pour toute urgence, écrivez à piotr@client.example.com.
          Respuesta automática: su pedido | Estoy fuera de la oficina hasta el 15 de junio. Su mensaje no será reenviado. Para urgencias escriba a piotr@client.example.com.
          Odpowiedź automatyczna: zamówienie | Jestem poza biurem do 15 czerwca. Wiadomość nie zostanie przekazana dalej. W pilnych sprawach proszę pisać na piotr@client.example.com.
          Risposta automatica: il suo ordine | Sono fuori ufficio fino al 15 giugno. Il messaggio non verrà inoltrato. Per urgenze scrivere a piotr@client.example.com.
          Automatisch antwoord: uw bestelling | Ik ben afwezig tot 15 juni. Uw bericht wordt niet doorgestuurd. Mail voor dringende zaken naar piotr@client.example.com.
          Resposta automática: a sua encomenda | Estou ausente até 15 de junho. A sua mensagem não será reencaminhada. Em caso de urgência escreva para piotr@client.example.com.
          """)
  void outOfOfficeRepliesAreAutoRepliesNeverBounces(String subject, String body) {
    readAsAutoReplyMarkedOrNot(subject, body);
  }

  /**
   * Auto-replies that answer with the original subject ("AW:", "RE :", "R:", "Odp:") and no marking
   * at all, sent with the null return path, and whose text uses the words a provider's notice uses
   * ("konnte nicht zugestellt werden", "n'a pas pu être remis"): a person's mail program never
   * sends the null return path, so this is a program's answer, not a bounce.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AW: Ihre Bestellung | Vielen Dank für Ihre Nachricht. Ich bin bis 15. Juni nicht im Büro. In dieser Zeit kann Post an mich nicht zugestellt werden; bitte schreiben Sie an piotr@client.example.com.
          RE : votre commande | Merci pour votre message. Je suis absente jusqu'au 15 juin ; votre courriel n'a pas pu être remis à mon assistant. Écrivez à piotr@client.example.com.
          RE: su pedido | Gracias por su mensaje. Estoy fuera hasta el 15 de junio; su correo no ha podido ser entregado a mi sustituto. Escriba a piotr@client.example.com.
          R: il suo ordine | Grazie per il messaggio. Sono fuori fino al 15 giugno; il messaggio non è stato recapitato al mio sostituto. Scrivete a piotr@client.example.com.
          Odp: zamówienie | Dziękuję za wiadomość. Jestem nieobecna do 15 czerwca; wiadomość nie może zostać dostarczona do zastępcy. Proszę pisać na piotr@client.example.com.
          """)
  void unmarkedAnswersWithTheNullReturnPathAreAutoRepliesNeverBounces(String subject, String body) {
    readAsAutoReplyMarkedOrNot(subject, body);
  }

  private static void readAsAutoReplyMarkedOrNot(String subject, String body) {
    for (boolean marked : new boolean[] {true, false}) {
      AutomatedMail mail = detect(subject.trim(), body.trim(), marked);
      assertThat(mail.kind())
          .as("%s, Auto-Submitted %s", subject, marked)
          .isEqualTo(AutomatedKind.AUTO_REPLY);
      assertThat(mail.records()).allSatisfy(r -> assertThat(r.hard()).isFalse());
    }
  }
}
