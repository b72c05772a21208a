package org.escalationrouter.bounce.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DsnFieldsTest {

  @Test
  void fieldsBeforeTheRecipientFieldBelongToItsGroup() {
    String report =
        """
        Reporting-MTA: dns; mx.example.org

        Diagnostic-Code: smtp; 550 5.1.1 refused
        Status: 5.1.1
        Final-Recipient: rfc822; a@example.org
        Action: failed
        """;
    List<Map<String, String>> groups = DsnFields.recipientGroups(report);
    assertThat(groups)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g).containsEntry("status", "5.1.1");
              assertThat(g).containsEntry("diagnostic-code", "smtp; 550 5.1.1 refused");
            });
  }

  @Test
  void anActionBeforeBothRecipientFieldsStillMakesOneGroup() {
    String report =
        """
        Action: failed
        Final-Recipient: rfc822; a@example.org
        Original-Recipient: rfc822; a@example.org
        Status: 5.1.1
        """;
    assertThat(DsnFields.recipientGroups(report)).hasSize(1);
  }

  @Test
  void aNextGroupsEarlyFieldsDoNotLeakIntoThePreviousRecipient() {
    String report =
        """
        Final-Recipient: rfc822; a@example.org
        Action: failed
        Status: 5.2.2

        Status: 5.1.1
        Final-Recipient: rfc822; b@example.org
        Action: failed
        """;
    List<Map<String, String>> groups = DsnFields.recipientGroups(report);
    assertThat(groups).hasSize(2);
    assertThat(groups.get(0)).containsEntry("status", "5.2.2");
    assertThat(groups.get(1)).containsEntry("status", "5.1.1");
  }
}
