package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each timeline kind has one wire name, the name it is stored and shown by. */
class CaseEventKindTest {

  @Test
  void everyKindHasItsOwnWireName() {
    assertThat(Arrays.stream(CaseEventKind.values()).map(CaseEventKind::wireName))
        .doesNotHaveDuplicates()
        .allMatch(w -> w.matches("[a-z]+(-[a-z]+)*"));
    for (CaseEventKind kind : CaseEventKind.values()) {
      assertThat(CaseEventKind.fromWire(kind.wireName())).isEqualTo(kind);
    }
  }

  @Test
  void anUnknownStoredKindIsNamedInTheError() {
    assertThatThrownBy(() -> CaseEventKind.fromWire("REMINDER"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REMINDER");
  }
}
