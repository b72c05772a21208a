package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.escalationrouter.facts.Severity;
import org.escalationrouter.facts.Signal;
import org.escalationrouter.parse.Envelope;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.parse.TextPart;
import org.junit.jupiter.api.Test;

class JudgeTest {

  private final Judge judge = Judge.withDefaults();

  @Test
  void praiseIsLow() {
    Judgement j = judge.judge(Letter.ofText("Thank you", "Lovely service, thank you all."));
    assertThat(j.severity()).isEqualTo(Severity.LOW);
    assertThat(j.findings()).isEmpty();
  }

  @Test
  void plainComplaintIsMedium() {
    Judgement j = judge.judge(Letter.ofText("", "The heater arrived damaged and does not work."));
    assertThat(j.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(j.rule()).isEqualTo("medium: complaint without a signal");
  }

  @Test
  void subjectIsJudgedAndNamedAsLocation() {
    Judgement j =
        judge.judge(Letter.ofText("Please forward to your CEO", "The order number is 5512."));
    assertThat(j.has(Signal.PRINCIPAL_REQUEST)).isTrue();
    assertThat(j.findings().get(0).evidence()).extracting(Evidence::location).contains("subject");
    assertThat(j.severity()).isEqualTo(Severity.HIGH);
    assertThat(j.rule()).isEqualTo("high: principal-request");
  }

  @Test
  void aSubjectTooShortForItsOwnGuessIsReadInTheLettersLanguage() {
    // "Opération" is a German word of illness; in a French letter it is a card payment
    Judgement j =
        judge.judge(
            Letter.ofText(
                "Opération carte contestée",
                "Bonjour, je conteste ce paiement de 52 € que je n'ai jamais fait."));
    assertThat(j.has(Signal.VULNERABLE_CUSTOMER)).isFalse();
    assertThat(j.has(Signal.MONEY_DISPUTE)).isTrue();
    // and a request in the subject is still read there
    assertThat(
            judge
                .judge(Letter.ofText("Pour le PDG", "Bonjour, voici ma réclamation détaillée."))
                .has(Signal.PRINCIPAL_REQUEST))
        .isTrue();
  }

  @Test
  void quotedHistoryAndSignatureAreNotJudged() {
    Letter letter =
        new Letter(
            Envelope.EMPTY,
            "Re: invoice",
            List.of(
                new TextPart(TextPart.Kind.NEW_TEXT, "body", "Thanks, all sorted now.", null),
                new TextPart(
                    TextPart.Kind.QUOTED, "body", "> I will sue you and cancel everything.", null),
                new TextPart(
                    TextPart.Kind.SIGNATURE, "body", "Jane Roe\nAssistant to the CEO", null)),
            List.of(),
            Set.of());
    Judgement j = judge.judge(letter);
    assertThat(j.findings()).isEmpty();
    assertThat(j.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void attachmentEvidenceNamesTheAttachment() {
    Letter letter =
        new Letter(
            Envelope.EMPTY,
            "Letter attached",
            List.of(
                new TextPart(
                    TextPart.Kind.ATTACHMENT,
                    "attachment:letter.pdf",
                    "I have instructed my solicitor to start proceedings.",
                    "en")),
            List.of(),
            Set.of());
    Judgement j = judge.judge(letter);
    assertThat(j.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.signal()).isEqualTo(Signal.LEGAL_THREAT);
              assertThat(f.evidence())
                  .extracting(Evidence::location)
                  .containsOnly("attachment:letter.pdf");
            });
  }

  @Test
  void vulnerableCustomerWithMoneyDisputeIsCritical() {
    Judgement j =
        judge.judge(
            Letter.ofText(
                "", "My mother is 88 and housebound. You charged her twice for the same bill."));
    assertThat(j.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(j.rule()).isEqualTo("critical: vulnerable-customer with money-dispute");
  }

  @Test
  void deadlineBesideThreatIsCritical() {
    Judgement j =
        judge.judge(Letter.ofText("", "Unless this is fixed by Friday I will contact my lawyer."));
    assertThat(j.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(j.rule()).isEqualTo("critical: explicit deadline with legal-threat");
  }

  @Test
  void deadlineWithoutThreatIsNotCritical() {
    Judgement j = judge.judge(Letter.ofText("", "Please send the form by Friday."));
    assertThat(j.severity()).isEqualTo(Severity.LOW);
  }

  @Test
  void mergeUnitesFindingsAndNeverLowers() {
    Judgement first =
        judge.judge(Letter.ofText("", "This is the third time I write about my broken boiler."));
    Judgement followUp = judge.judge(Letter.ofText("", "I will now cancel my contract with you."));
    Judgement merged = judge.merge(first, followUp);
    assertThat(merged.signals())
        .containsExactlyInAnyOrder(Signal.REPEAT_CONTACT, Signal.CANCELLATION_THREAT);
    assertThat(merged.severity()).isEqualTo(Severity.HIGH);

    Judgement calm = judge.judge(Letter.ofText("", "Thanks for the call."));
    Judgement kept = judge.merge(merged, calm);
    assertThat(kept.severity()).isEqualTo(Severity.HIGH);
    assertThat(kept.signals()).hasSize(2);
  }

  @Test
  void settingsChangeThePolicy() {
    JudgeSettings strict =
        new JudgeSettings(
            null, null, null, null, null, List.of("repeat-contact"), null, null, null, null);
    Judgement j =
        new Judge(strict).judge(Letter.ofText("", "I called twice about the meter reading."));
    assertThat(j.severity()).isEqualTo(Severity.HIGH);
    assertThat(j.rule()).isEqualTo("high: repeat-contact");
  }
}
