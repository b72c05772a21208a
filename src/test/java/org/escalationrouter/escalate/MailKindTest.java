package org.escalationrouter.escalate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each kind of our mail has one wire name, and all but the escalation say it in the subject. */
class MailKindTest {

  @Test
  void everyKindHasItsOwnWireName() {
    assertThat(Arrays.stream(MailKind.values()).map(MailKind::wireName))
        .doesNotHaveDuplicates()
        .allMatch(w -> w.matches("[a-z]+(-[a-z]+)*"));
  }

  @Test
  void onlyTheEscalationHasNoSubjectPrefix() {
    assertThat(MailKind.ESCALATION.subjectPrefix()).isEmpty();
    assertThat(MailKind.REMINDER.subjectPrefix()).isEqualTo("REMINDER ");
    assertThat(MailKind.UNTRUSTED_REPLY.subjectPrefix()).isEqualTo("UNTRUSTED-REPLY ");
  }
}
