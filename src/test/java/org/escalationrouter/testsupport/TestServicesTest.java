package org.escalationrouter.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TestServicesTest {

  @Test
  void missingVariableFailsAndNamesTheTestScript() {
    assertThatThrownBy(() -> TestServices.required("ESCALATION_IT_SURELY_NEVER_SET"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ESCALATION_IT_SURELY_NEVER_SET is not set")
        .hasMessageContaining("scripts/test.sh");
  }
}
