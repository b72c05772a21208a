package org.escalationrouter.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceMarksTest {

  @Test
  void escapesTheCustomersMarkupAndMarksOnlyTheEvidence() {
    String html =
        EvidenceMarks.html(
            "<script>alert(1)</script> I will call my Attorney & the press.",
            List.of("call my attorney"));
    assertThat(html)
        .isEqualTo(
            "&lt;script&gt;alert(1)&lt;/script&gt; I will <mark>call my Attorney</mark>"
                + " &amp; the press.");
  }

  @Test
  void marksAPhraseWrappedAcrossLinesAndMergesOverlaps() {
    String html =
        EvidenceMarks.html(
            "forward this letter\nto the principals",
            List.of("forward this letter to", "letter to the principals"));
    assertThat(html).isEqualTo("<mark>forward this letter\nto the principals</mark>");
  }

  @Test
  void evidenceThatLooksLikeMarkupIsEscapedToo() {
    assertThat(EvidenceMarks.html("a <b> c", List.of("<b>")))
        .isEqualTo("a <mark>&lt;b&gt;</mark> c");
  }

  @Test
  void noTextGivesNothing() {
    assertThat(EvidenceMarks.html(null, List.of("x"))).isEmpty();
  }
}
