package org.escalationrouter.bounce.reason;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one shape of a table of wording per reason (the phrase table, the stock messages, a
 * provider's documented replies): rows are tried in order and the first whose pattern is found in
 * the text decides. Patterns run on {@link NoticeText#normalise normalised} text: lower case, white
 * space folded. A row written from the samples of one sender family names that family as its
 * origin, so that the leave-one-family-out evaluation switches it off for them ({@link RuleScope}).
 */
record ReasonTable(List<ReasonTable.Row> rows) {

  /**
   * @param origins the sender families whose samples the row was written from (empty: general)
   */
  record Row(BounceReason reason, Set<String> origins, Pattern pattern) {}

  ReasonTable {
    rows = List.copyOf(rows);
  }

  /** A general row: any of the phrases (regular expressions) names the reason. */
  static Row row(BounceReason reason, String... phrases) {
    return from(Set.of(), reason, phrases);
  }

  /** A row whose wording was learned from these sender families' samples. */
  static Row from(Set<String> origins, BounceReason reason, String... phrases) {
    return new Row(reason, origins, Pattern.compile(String.join("|", phrases)));
  }

  /** The first reason whose row is in scope and whose wording appears in the normalised text. */
  Optional<BounceReason> match(String normalisedText, RuleScope scope) {
    if (normalisedText.isBlank()) {
      return Optional.empty();
    }
    for (Row row : rows) {
      if (scope.allows(row.origins()) && row.pattern().matcher(normalisedText).find()) {
        return Optional.of(row.reason());
      }
    }
    return Optional.empty();
  }
}
