package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A web form or shop system relays a customer's words from "noreply@": when the customer writes
 * that a parcel "was not delivered", that is a complaint, never a bounce to be swallowed. The same
 * sender with a mail system's facts (a reply or status code, the returned original) is a bounce.
 */
class RelayedComplaintTest {

  private static Optional<AutomatedMail> detect(String from, String subject, String body) {
    String raw =
        "From: "
            + from
            + "\r\nTo: support@example.com\r\nSubject: "
            + subject
            + "\r\nDate: Wed, 3 Jun 2026 08:00:00 +0000\r\nMessage-ID: <form1@web.example.com>\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
            + body;
    return AutomatedMailDetector.withDefaults()
        .detect(AutomatedMailDetector.parse(raw.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Name: Jan Kowalski\r\nEmail: jan.kowalski@example.pl\r\nOrder: 44120\r\nMessage: My parcel"
            + " could not be delivered three times and nobody calls back. I want a refund.\r\n",
        "Name: Petra Huber\r\nE-Mail: petra@example.de\r\nNachricht: Mein Paket konnte nicht"
            + " zugestellt werden, obwohl ich zu Hause war. Bitte leiten Sie das an Ihre"
            + " Geschäftsführung weiter.\r\n",
        "Nom : Claire Martin\r\nMessage : Ma commande n'a pas pu être livrée et personne ne répond."
            + " Je veux parler à un responsable.\r\n",
        "Imię: Anna\r\nWiadomość: Przesyłka nie została dostarczona, płacę za nic.\r\n",
        "Nombre: Lucía\r\nMensaje: Mi pedido no ha sido entregado y ya van tres semanas.\r\n"
      })
  void aCustomersMessageRelayedFromNoreplyIsNoBounce(String body) {
    assertThat(detect("Website <noreply@shop.example.com>", "New contact form message", body))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Your message could not be delivered to anna@example.org.\r\n\r\n"
            + "Remote host said: 550 5.1.1 <anna@example.org>: Recipient address rejected\r\n",
        "Ihre Nachricht konnte nicht zugestellt werden.\r\n\r\nEmpfänger: anna@example.org\r\n"
            + "Fehler: 550 Empfängeradresse unbekannt\r\n"
      })
  void theSameSenderWithAMailSystemsFactsIsABounce(String body) {
    assertThat(detect("<noreply@mail.example.net>", "Delivery failure", body))
        .hasValueSatisfying(m -> assertThat(m.kind()).isEqualTo(AutomatedKind.BOUNCE));
  }
}
