package org.escalationrouter.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SenderProofTest {

  private final SenderProof strict =
      new SenderProof(new ReplySettings(List.of("MX.Corp.Example"), false));

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ceo@corp.example | mx.corp.example; dkim=pass header.d=corp.example header.s=s1 | true
          ceo@corp.example | mx.corp.example 1; spf=pass (sender ok) smtp.mailfrom=ceo@corp.example | true
          ceo@mail.corp.example | mx.corp.example; dkim=pass header.i=@corp.example | true
          Margaret <CEO@Corp.Example> | mx.corp.example; dkim=pass header.d="corp.example" | true
          ceo@corp.example | mx.corp.example; dkim=fail header.d=corp.example; spf=fail smtp.mailfrom=corp.example | false
          ceo@corp.example | mx.corp.example; dkim=pass header.d=evil.example; spf=softfail | false
          ceo@corp.example | mx.corp.example; dkim=pass header.d=sub.corp.example | false
          ceo@corp.example | mx.corp.example; dkim=pass header.d=example | false
          ceo@corp.example | mx.evil.example; dkim=pass header.d=corp.example | false
          ceo@corp.example | mx.corp.example; dmarc=pass header.from=corp.example | false
          ceo@corp.example | mx.corp.example; none | false
          not-an-address | mx.corp.example; dkim=pass header.d=corp.example | false
          """)
  void onlyATrustedHostsPassForTheSendersDomainProvesIt(
      String from, String header, boolean proven) {
    assertThat(strict.of(from, List.of(header)).proven()).isEqualTo(proven);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mx.corp.example; dkim=fail header.d=corp.example | mx.corp.example; dkim=pass header.d=corp.example
          mx.evil.example; dkim=pass header.d=corp.example | mx.corp.example; spf=fail smtp.mailfrom=corp.example
          """)
  void theTopmostTrustedHeaderDecidesSoAForgedOneBelowItCountsForNothing(
      String top, String forgedBelow) {
    assertThat(strict.of("ceo@corp.example", List.of(top, forgedBelow)).proven()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void withoutAnyHeaderTheReplyIsUnprovenUnlessTheDemoSettingAcceptsIt() {
    assertThat(strict.of("ceo@corp.example", List.of()).proven()).isFalse();
    assertThat(strict.of("ceo@corp.example", List.of()).reason())
        .contains("no Authentication-Results from a trusted host");
    SenderProof demo = new SenderProof(new ReplySettings(null, true));
    assertThat(demo.of("ceo@localhost", List.of()).proven()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void headersAreReadFromTheRawMessageTopFirstAndFolded() {
    byte[] raw =
        ("Authentication-Results: mx.corp.example;\r\n\tdkim=pass header.d=corp.example\r\n"
                + "From: ceo@corp.example\r\n"
                + "Authentication-Results: mx.corp.example; dkim=fail\r\n"
                + "\r\n"
                + "Authentication-Results: in the body; dkim=pass\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    List<String> headers = SenderProof.authenticationResults(raw);
    assertThat(headers).hasSize(2);
    assertThat(strict.of("ceo@corp.example", headers).proven()).isTrue();
  }
}
