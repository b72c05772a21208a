package org.escalationrouter.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.escalationrouter.parse.Envelope;
import org.junit.jupiter.api.Test;

/** The ids a message's thread is looked up by: all of a real thread, both ends of a huge one. */
class CorrelationThreadIdsTest {

  private static Envelope replying(String inReplyTo, List<String> references) {
    return new Envelope(
        "a@example.com",
        null,
        List.of(),
        List.of(),
        null,
        "<m@x>",
        inReplyTo,
        references,
        Map.of());
  }

  @Test
  void aRealThreadIsLookedUpByEveryIdInReplyToFirst() {
    assertThat(Correlation.threadIds(replying("<c@x>", List.of("<a@x>", "<b@x>", "<c@x>"))))
        .containsExactly("<c@x>", "<a@x>", "<b@x>", "<c@x>");
  }

  @Test
  void aHugeReferencesHeaderIsReadByItsRootAndNewestIds() {
    List<String> references = IntStream.range(0, 5_000).mapToObj(i -> "<" + i + "@x>").toList();
    List<String> ids = Correlation.threadIds(replying(null, references));
    assertThat(ids).hasSize(2 * Correlation.REFERENCES_KEPT);
    assertThat(ids).startsWith("<0@x>").endsWith("<4999@x>");
  }
}
