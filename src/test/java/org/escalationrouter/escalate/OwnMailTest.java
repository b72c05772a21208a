package org.escalationrouter.escalate;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnMailTest {

  private final OwnMail own =
      new OwnMail(
          new SmtpSettings(
              "smtp.corp.example",
              25,
              null,
              null,
              "escalations@corp.example",
              "bounces@corp.example",
              "support@corp.example",
              false));

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          X-Escalation-Case: ESC-12                                | true
          Message-ID: <esc-12.0123456789abcdef@corp.example>       | true
          Message-ID: <ESC-12.0123456789ABCDEF@CORP.EXAMPLE>       | true
          Return-Path: <bounces+esc-12.0123456789abcdef@corp.example> | true
          From: Escalation Router <escalations@corp.example>       | true
          Message-ID: <esc-12.0123456789abcdef@evil.example>       | false
          Message-ID: <CAF=abc.def@mail.gmail.com>                 | false
          Return-Path: <bounces@corp.example>                      | false
          Return-Path: <ceo@corp.example>                          | false
          From: Margaret Hale <ceo@corp.example>                   | false
          In-Reply-To: <esc-12.0123456789abcdef@corp.example>      | false
          """)
  void ourHeadersAloneMarkTheMessageAsOursWithoutAutoSubmitted(String header, boolean ours)
      throws Exception {
    String raw =
        (header.startsWith("From:") ? "" : "From: Kim <kim@example.com>\r\n")
            + header
            + "\r\nTo: support@corp.example\r\nSubject: Fwd: [ESC-12] HIGH: Complaint\r\n\r\ntext\r\n";
    MimeMessage m =
        new MimeMessage(
            Session.getInstance(new Properties()),
            new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    assertThat(own.recognise(m)).as(header).matches(r -> r.isPresent() == ours);
  }
}
