package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatContactTest {

  private final RepeatContact detector = new RepeatContact(1.0);

  /**
   * Eleventh round: a fault that comes back, or a thing still not done, tells no earlier contact
   * (the writers' convention); an earlier contact left unanswered does.
   */
  @Test
  void aRecurringFaultOrAThingStillNotDoneIsNoRepeatContact() {
    assertThat(Texts.finds(detector, "Che, el pedido llegó incompleto otra vez.")).isFalse();
    assertThat(Texts.finds(detector, "La app se cae cada vez que intento pagar.")).isFalse();
    assertThat(Texts.finds(detector, "Die Kaution haben Sie bis heute nicht zurückgezahlt."))
        .isFalse();
    assertThat(Texts.finds(detector, "Do dziś nie otrzymałam zwrotu kaucji.")).isFalse();
    assertThat(Texts.finds(detector, "Auf meine Mail habe ich bis heute keine Antwort.")).isTrue();
    assertThat(Texts.finds(detector, "Cada vez que llamo me dicen algo distinto.")).isTrue();
    assertThat(Texts.finds(detector, "Os he escrito tres veces por la maleta.")).isTrue();
    assertThat(Texts.finds(detector, "Moja reklamacja nadal nie została rozpatrzona.")).isTrue();
  }

  /**
   * Twenty-second round: a negation that belongs to the company's answer does not negate the
   * writer's contacts; one that belongs to the contact still does.
   */
  @Test
  void aNegatedAnswerLeavesTheContactsCounted() {
    assertThat(Texts.finds(detector, "Ils n'ont pas répondu à mes 2 mails.")).isTrue();
    assertThat(Texts.finds(detector, "Vous ne répondez ni à mes 2 mails ni au téléphone."))
        .isTrue();
    assertThat(Texts.finds(detector, "Je n'ai pas envoyé 2 mails, un seul.")).isFalse();
  }

  @Test
  void detectsCountedContacts() {
    assertThat(Texts.finds(detector, "This is the third time I am writing about the meter."))
        .isTrue();
    assertThat(Texts.finds(detector, "I called twice last week and nobody called back.")).isTrue();
  }

  @Test
  void detectsStillNoAnswer() {
    assertThat(Texts.finds(detector, "Still no answer after three e-mails.")).isTrue();
  }

  @Test
  void weakCuesNeedEachOther() {
    assertThat(Texts.finds(detector, "I raised a ticket for the broken router.")).isFalse();
    assertThat(Texts.finds(detector, "I raised a ticket in May. It has not been resolved."))
        .isTrue();
  }

  @Test
  void ignoresFirstContact() {
    assertThat(Texts.finds(detector, "This is my first complaint, the parcel arrived crushed."))
        .isFalse();
  }

  @Test
  void detectsContactThatLeadsNowhereOrKeepsRepeating() {
    assertThat(Texts.finds(detector, "I tried to dispute it with the merchant and got nowhere."))
        .isTrue();
    assertThat(Texts.finds(detector, "They just keep saying there is nothing they can do."))
        .isTrue();
    assertThat(Texts.finds(detector, "I have texted them many times about this.")).isTrue();
  }

  @Test
  void ignoresTheCompanyCallingTheCustomer() {
    assertThat(Texts.finds(detector, "They have been calling my mother at night.")).isFalse();
  }

  @Test
  void detectsLongRunningContactInFourLanguages() {
    assertThat(Texts.finds(detector, "Dzwonię od trzech tygodni i nic nie dają te rozmowy."))
        .isTrue();
    assertThat(Texts.finds(detector, "Ich werde seit Wochen nur vertröstet.")).isTrue();
    assertThat(Texts.finds(detector, "J'ai appelé à plusieurs reprises, en vain.")).isTrue();
    assertThat(Texts.finds(detector, "Llevo tres semanas llamando al servicio técnico.")).isTrue();
    assertThat(Texts.finds(detector, "Llevo dos meses sin servicio de internet.")).isFalse();
  }
}
