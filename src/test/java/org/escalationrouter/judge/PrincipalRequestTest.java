package org.escalationrouter.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.escalationrouter.parse.Letter;
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

  private static List<String> signals(Judge judge, String subject, String body) {
    return judge.judge(Letter.ofText(subject, body)).signals().stream()
        .map(s -> s.wireName())
        .toList();
  }
}
