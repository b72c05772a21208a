package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notices of Europe's large mailbox providers in their own languages (GMX/WEB.DE and T-Online in
 * German, Orange, Free and SFR in French, Libero in Italian, WP, o2, Interia and Onet in Polish,
 * Telefónica/Movistar in Spanish). The corpus has GMX's and 1&1's English Exim notices and Orange
 * only as a receiving host, none of these texts; the texts here are written for this test in each
 * provider's kind of layout. Each must be detected as a bounce, its recipient found, and its reason
 * and hard/soft read from the general vocabulary, with no rule for that provider.
 */
class EuropeanProviderNoticesTest {

  record Notice(
      String name,
      String from,
      String subject,
      String body,
      String recipient,
      String reason,
      boolean hard,
      String action) {

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Notice> notices() {
    return Stream.of(
        new Notice(
            "webde-full",
            "\"Mail Delivery System\" <mailer-daemon@web.de>",
            "Unzustellbare Nachricht: Angebot",
            "Dies ist eine automatisch erstellte Nachricht des E-Mail-Systems.\r\n"
                + "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.\r\n"
                + "\r\n"
                + "   anna.schmidt@empfaenger.example.de\r\n"
                + "     Der Server des Empfängers meldet: 452 Das Postfach des Empfängers ist voll.\r\n",
            "anna.schmidt@empfaenger.example.de",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "gmx-unknown-rcpt",
            "\"Mail Delivery System\" <mailer-daemon@gmx.net>",
            "Fehler bei der Zustellung: Rechnung",
            "Ihre E-Mail konnte nicht zugestellt werden.\r\n"
                + "\r\n"
                + "Empfänger: bernd@empfaenger.example.de\r\n"
                + "Fehler: Antwort auf RCPT TO: 550 Empfängeradresse unbekannt\r\n",
            "bernd@empfaenger.example.de",
            "userunknown",
            true,
            "failed"),
        new Notice(
            "tonline-spam",
            "Mail Delivery System <MAILER-DAEMON@t-online.de>",
            "Ihre Nachricht konnte nicht zugestellt werden",
            "Die folgende Nachricht konnte nicht zugestellt werden.\r\n"
                + "\r\n"
                + "carla@empfaenger.example.de\r\n"
                + "   554 Die Nachricht wurde als unerwünschte Werbung (Spam) eingestuft und abgewiesen.\r\n",
            "carla@empfaenger.example.de",
            "spamdetected",
            false,
            "failed"),
        new Notice(
            "orange-full",
            "Mail Delivery System <MAILER-DAEMON@orange.fr>",
            "Message non délivré : devis",
            "Votre message n'a pas pu être délivré au destinataire suivant :\r\n"
                + "\r\n"
                + "  paul.martin@dest.example.fr\r\n"
                + "  Raison : la boîte aux lettres du destinataire est pleine.\r\n",
            "paul.martin@dest.example.fr",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "free-toobig",
            "MAILER-DAEMON@free.fr",
            "Échec de la remise du message",
            "Ceci est un message automatique du serveur de messagerie.\r\n"
                + "Votre message n'a pas pu être remis à un ou plusieurs destinataires.\r\n"
                + "\r\n"
                + "<luc.bernard@dest.example.fr> : le serveur distant a répondu : 552 Message trop volumineux pour ce destinataire\r\n",
            "luc.bernard@dest.example.fr",
            "mesgtoobig",
            false,
            "failed"),
        new Notice(
            "sfr-spam",
            "Service de messagerie <postmaster@sfr.fr>",
            "Non distribué : réunion",
            "Le message ci-dessous n'a pas pu être distribué au destinataire suivant :\r\n"
                + "\r\n"
                + "marie@dest.example.fr\r\n"
                + "Motif : message refusé, considéré comme indésirable (spam).\r\n",
            "marie@dest.example.fr",
            "spamdetected",
            false,
            "failed"),
        new Notice(
            "libero-full",
            "Mail Delivery System <mailer-daemon@libero.it>",
            "Messaggio non recapitato: preventivo",
            "Il messaggio non è stato recapitato ai seguenti destinatari:\r\n"
                + "\r\n"
                + "giulia@dest.example.it\r\n"
                + "Motivo: la casella del destinatario è piena\r\n",
            "giulia@dest.example.it",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "libero-unknown",
            "Mail Delivery System <mailer-daemon@libero.it>",
            "Mancata consegna del messaggio",
            "Impossibile recapitare il messaggio.\r\n"
                + "\r\n"
                + "marco@dest.example.it\r\n"
                + "Errore in risposta a RCPT TO: 550 5.1.1 Indirizzo inesistente\r\n",
            "marco@dest.example.it",
            "userunknown",
            true,
            "failed"),
        new Notice(
            "wp-full",
            "MAILER-DAEMON@wp.pl",
            "Wiadomość niedostarczona",
            "Twoja wiadomość nie mogła zostać dostarczona do następujących odbiorców:\r\n"
                + "\r\n"
                + "  jan.kowalski@dest.example.pl\r\n"
                + "  Powód: skrzynka odbiorcy jest przepełniona\r\n",
            "jan.kowalski@dest.example.pl",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "interia-toobig",
            "Serwer poczty <postmaster@interia.pl>",
            "Nie dostarczono wiadomości",
            "Nie udało się dostarczyć wiadomości do adresata ewa@dest.example.pl.\r\n"
                + "Wiadomość jest zbyt duża (przekroczony limit rozmiaru).\r\n",
            "ewa@dest.example.pl",
            "mesgtoobig",
            false,
            "failed"),
        new Notice(
            "onet-spam",
            "MAILER-DAEMON@onet.pl",
            "Błąd dostarczenia wiadomości",
            "Wiadomość do odbiorcy adam@dest.example.pl została odrzucona.\r\n"
                + "Przyczyna: wiadomość została uznana za spam.\r\n",
            "adam@dest.example.pl",
            "spamdetected",
            false,
            "failed"),
        new Notice(
            "o2-unknown",
            "MAILER-DAEMON@o2.pl",
            "Wiadomość niedostarczona",
            "Wiadomość nie została dostarczona.\r\n"
                + "\r\n"
                + "<piotr@dest.example.pl>: serwer odbiorcy odpowiedział na RCPT TO: 550 Użytkownik nie istnieje\r\n",
            "piotr@dest.example.pl",
            "userunknown",
            true,
            "failed"),
        new Notice(
            "movistar-spam",
            "Sistema de correo <MAILER-DAEMON@movistar.es>",
            "Mensaje no entregado: pedido",
            "No se ha podido entregar el mensaje a los siguientes destinatarios:\r\n"
                + "\r\n"
                + "carlos@dest.example.es\r\n"
                + "El servidor remoto respondió: 550 5.7.1 Mensaje rechazado por considerarse spam\r\n",
            "carlos@dest.example.es",
            "spamdetected",
            false,
            "failed"),
        new Notice(
            "telefonica-delay",
            "Sistema de correo <postmaster@telefonica.net>",
            "Aviso: mensaje retrasado",
            "Su mensaje todavía no ha podido ser entregado a lucia@dest.example.es.\r\n"
                + "El servidor seguirá intentándolo durante 4 días. No es necesario reenviarlo.\r\n"
                + "Motivo: tiempo de espera agotado al conectar con el servidor del destinatario.\r\n",
            "lucia@dest.example.es",
            "expired",
            false,
            "delayed"),
        new Notice(
            "movistar-fullbox",
            "Sistema de correo <MAILER-DAEMON@movistar.es>",
            "No se puede entregar el mensaje",
            "No se ha podido entregar el mensaje.\r\n"
                + "\r\n"
                + "  elena@dest.example.es\r\n"
                + "  552 El buzón del destinatario está lleno\r\n",
            "elena@dest.example.es",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "gmx-greylist",
            "\"Mail Delivery System\" <mailer-daemon@gmx.net>",
            "Zustellung verzögert: Rechnung",
            "Ihre Nachricht konnte bisher nicht zugestellt werden. Das System versucht es weiter.\r\n"
                + "\r\n"
                + "   dora@empfaenger.example.de\r\n"
                + "   Der Server des Empfängers meldet: 451 Zu viele Verbindungen, bitte später erneut versuchen\r\n",
            "dora@empfaenger.example.de",
            "toomanyconn",
            false,
            "delayed"),
        new Notice(
            "orange-blocked",
            "Mail Delivery System <MAILER-DAEMON@orange.fr>",
            "Message non délivré",
            "Votre message n'a pas pu être délivré au destinataire suivant :\r\n"
                + "\r\n"
                + "  remy@dest.example.fr\r\n"
                + "  Raison : adresse IP de l'expéditeur bloquée (liste noire)\r\n",
            "remy@dest.example.fr",
            "blocked",
            false,
            "failed"),
        // German written with digraphs for umlauts; Deutsche Telekom's documented (BL) and (NOWL)
        // refusals quoted by a relay, one to an address with an umlaut (RFC 6531)
        new Notice(
            "de-ascii-quota",
            "Mail Delivery System <MAILER-DAEMON@mail.example.de>",
            "Unzustellbar: Angebot",
            "Ihre Nachricht konnte nicht zugestellt werden.\r\n"
                + "\r\n"
                + "   gerd@empfaenger.example.de\r\n"
                + "   Antwort des Servers: 452 Speicherplatz des Empfaengers ueberschritten\r\n",
            "gerd@empfaenger.example.de",
            "mailboxfull",
            false,
            "failed"),
        new Notice(
            "de-ascii-toobig",
            "Mail Delivery System <MAILER-DAEMON@mail.example.de>",
            "Unzustellbar: Bilder",
            "Die Nachricht konnte nicht zugestellt werden.\r\n"
                + "\r\n"
                + "   hans@empfaenger.example.de\r\n"
                + "   552 Die Nachricht ist zu gross fuer dieses Postfach\r\n",
            "hans@empfaenger.example.de",
            "mesgtoobig",
            false,
            "failed"),
        new Notice(
            "tonline-bl",
            "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.com>",
            "Returned mail: see transcript for details",
            "   ----- The following addresses had permanent fatal errors -----\r\n"
                + "<ida@t-online.de>\r\n"
                + "    (reason: 554 IP=198.51.100.20 - Blocked. (Please ask your postmaster to contact the provider.) (BL))\r\n",
            "ida@t-online.de",
            "blocked",
            false,
            "failed"),
        new Notice(
            "tonline-nowl",
            "Mail Delivery System <MAILER-DAEMON@relay.example.com>",
            "Mail delivery failed: returning message to sender",
            "This message was created automatically by mail delivery software.\r\n"
                + "\r\n"
                + "  jörg@t-online.de\r\n"
                + "    host mx00.t-online.de [192.0.2.1]\r\n"
                + "    SMTP error from remote mail server after initial connection:\r\n"
                + "    554 IP=198.51.100.21 - No or poor reputation known for this address; ask your postmaster to get in touch for a reset. (NOWL)\r\n",
            "jörg@t-online.de",
            "badreputation",
            false,
            "failed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notices")
  void providersOwnNoticeInItsLanguageIsRead(Notice n) {
    DeliveryRecord r =
        UnseenFormatsTest.only(
            "From: "
                + n.from()
                + "\r\nTo: sender@example.com\r\nSubject: "
                + n.subject()
                + "\r\nDate: Wed, 3 Jun 2026 08:00:00 +0000\r\nMessage-ID: <eu1@mx.example.net>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + n.body());
    assertThat(r.recipient()).isEqualTo(n.recipient());
    assertThat(r.reason().wireName()).isEqualTo(n.reason());
    assertThat(r.hard()).isEqualTo(n.hard());
    assertThat(r.action()).isEqualTo(n.action());
  }

  /**
   * The same causes worded the ways servers in those languages word them, each in a notice of the
   * commonest layout (the address on its own line, the server's reply under it).
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Message non délivré | 550 5.1.1 L'adresse du destinataire n'existe pas | userunknown | true
          Échec de la remise | L'adresse destinataire est inconnue (en réponse à RCPT TO) | userunknown | true
          Message non délivré | 452 4.2.2 La boîte de réception du destinataire a atteint son quota | mailboxfull | false
          Message non délivré | Le domaine du destinataire n'existe pas | hostunknown | true
          Messaggio non recapitato | 452 4.2.2 Casella di posta piena: spazio esaurito | mailboxfull | false
          Messaggio non recapitato | 550 5.1.1 Utente inesistente | userunknown | true
          Messaggio non recapitato | 554 5.7.1 Messaggio rifiutato perché considerato spam | spamdetected | false
          Mensaje no entregado | 550 5.1.1 El usuario no existe | userunknown | true
          Mensaje no entregado | 452 4.2.2 El buzón de correo del destinatario está lleno | mailboxfull | false
          Mensagem não entregue | 452 4.2.2 A caixa postal do destinatário está cheia | mailboxfull | false
          Falha na entrega da mensagem | 550 5.1.1 O usuário não existe | userunknown | true
          Onbestelbaar: offerte | 550 5.1.1 Gebruiker bestaat niet | userunknown | true
          Onbestelbaar: offerte | 452 4.2.2 Mailbox van de ontvanger is vol | mailboxfull | false
          Niedostarczona wiadomość | 550 5.1.1 Konto odbiorcy nie istnieje | userunknown | true
          Niedostarczona wiadomość | 452 4.2.2 Przekroczono limit miejsca w skrzynce odbiorcy | mailboxfull | false
          Niedostarczona wiadomość | 554 Wiadomość odrzucona przez filtr antyspamowy | spamdetected | false
          Unzustellbar | 554 5.7.1 Nachricht vom Spamfilter abgewiesen | spamdetected | false
          Unzustellbar | 452 4.2.2 Postfach voll | mailboxfull | false
          Unzustellbar | 554 Ihre IP-Adresse ist gesperrt | blocked | false
          Nedoručitelná zpráva | 550 5.1.1 Uživatel neexistuje | userunknown | true
          Kunde inte levereras | 452 4.2.2 Mottagarens brevlåda är full | mailboxfull | false
          Mensaje no entregado | 552 5.3.4 El mensaje excede el tamaño máximo permitido | mesgtoobig | false
          Message non délivré | 552 Le message dépasse la taille maximale autorisée | mesgtoobig | false
          Unzustellbar | 552 Die Nachricht überschreitet die maximale Größe | mesgtoobig | false
          """)
  void eachCauseIsReadInTheWaysEachLanguageWordsIt(
      String subject, String reply, String reason, boolean hard) {
    DeliveryRecord r =
        UnseenFormatsTest.only(
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.eu>\r\nTo: sender@example.com\r\n"
                + "Subject: "
                + subject
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + subject
                + ".\r\n\r\n   ola@dest.example.eu\r\n   "
                + reply
                + "\r\n");
    assertThat(r.recipient()).isEqualTo("ola@dest.example.eu");
    assertThat(r.reason().wireName()).isEqualTo(reason);
    assertThat(r.hard()).isEqualTo(hard);
  }
}
