package org.escalationrouter.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void rendersLinksListsTablesAndQuotesReadably() {
    String html =
        """
        <html><head><style>p {color: red}</style><script>alert(1)</script></head><body>
        <p>My order <a href="https://shop.example.com/orders/48213">48213</a> never came.</p>
        <ul><li>charged twice</li><li>no reply</li></ul>
        <table><tr><td>Invoice</td><td>EUR 129.00</td></tr></table>
        <div>Write to <a href="mailto:ceo@example.com">the CEO</a><br>today</div>
        <blockquote><p>We will look into it.</p></blockquote>
        </body></html>
        """;

    String text = HtmlText.toText(html);

    assertThat(text)
        .contains("My order 48213 <https://shop.example.com/orders/48213> never came.")
        .contains("- charged twice\n- no reply")
        .contains("Invoice | EUR 129.00")
        .contains("Write to the CEO <ceo@example.com>\ntoday")
        .contains("> We will look into it.")
        .doesNotContain("alert", "color: red");
  }

  @Test
  void leavesLinkAloneWhenItsTextIsTheAddress() {
    assertThat(HtmlText.toText("<p><a href=\"https://example.com\">https://example.com</a></p>"))
        .isEqualTo("https://example.com");
  }

  @Test
  void strippingForPhraseMatchingKeepsLineBreaksAndDropsScripts() {
    String html =
        "<style>td {x: 1}</style><p>Delivery&nbsp;to <b>ceo@example.com</b> failed</p>"
            + "<div>550 5.1.1 &lt;user unknown&gt;</div>";

    assertThat(HtmlText.strip(html))
        .contains("Delivery to  ceo@example.com  failed\n")
        .contains("550 5.1.1 <user unknown>")
        .doesNotContain("x: 1");
  }
}
