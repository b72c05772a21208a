package org.escalationrouter.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The webhook outbox's kinds keep the names older rows and the generic JSON posts carry. */
class PostKindTest {

  @Test
  void theKindsKeepTheWireNamesTheOutboxHasAlwaysStored() {
    assertThat(Arrays.stream(PostKind.values()).map(PostKind::wireName))
        .containsExactly("escalation", "reminder", "breach");
    for (PostKind kind : PostKind.values()) {
      assertThat(PostKind.fromWire(kind.wireName())).isSameAs(kind);
    }
  }

  @Test
  void aStoredNameOfNoKindIsRefused() {
    assertThatThrownBy(() -> PostKind.fromWire("Reminder"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
