package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BounceCorrelationTest {

  private final BounceCorrelation correlation = BounceCorrelation.withDefaults();

  @Test
  void findsOriginalMessageIdInAttachedHeaders() {
    assertThat(correlation.originalMessageId(CorpusFiles.mime("mimekit/bounce.eml")))
        .isPresent()
        .get()
        .asString()
        .doesNotContain("<")
        .contains("@");
  }

  @Test
  void findsOriginalMessageIdQuotedInPlainTextBounce() {
    assertThat(correlation.originalMessageId(CorpusFiles.bounce("lhost-exim-05")))
        .isPresent()
        .get()
        .asString()
        .contains("@");
  }

  @Test
  void findsEnvelopeRecipientOfTheBounce() {
    assertThat(correlation.envelopeRecipient(AutomatedMailDetectorTest.fixture("broken-mime.eml")))
        .contains("sender@example.com");
  }

  @Test
  void returnsNothingForHumanMail() {
    assertThat(
            correlation.originalMessageId(
                AutomatedMailDetectorTest.fixture("human-complaint-delivery-words.eml")))
        .isEmpty();
  }
}
