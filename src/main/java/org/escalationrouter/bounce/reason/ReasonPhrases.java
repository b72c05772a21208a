package org.escalationrouter.bounce.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase table: for each reason, the wording mail servers use for it. Rows are tried in order
 * and the first that matches wins, so narrow causes (a sender's missing PTR record, an SPF failure)
 * come before the broad words that often surround them ("rejected", "blocked"). Patterns run on
 * lower-cased text with runs of white space folded to one space.
 *
 * <p>Rows are general vocabulary, written from each reason's general wording (Sisimai's {@code
 * reason/why-*.go} was read for what each reason covers). A row whose wording was learned from the
 * samples of one sender family names that family as its origin, so that the leave-one-family-out
 * evaluation switches it off for that family ({@link RuleScope}).
 */
public final class ReasonPhrases {

  /**
   * @param origins the sender families whose samples the wording was learned from (empty: general)
   */
  record Row(BounceReason reason, Set<String> origins, Pattern pattern) {}

  static Row row(BounceReason reason, String... phrases) {
    return new Row(reason, Set.of(), Pattern.compile(String.join("|", phrases)));
  }

  static Row from(Set<String> origins, BounceReason reason, String... phrases) {
    return new Row(reason, origins, Pattern.compile(String.join("|", phrases)));
  }

  private static final List<Row> TABLE = concat();

  private static List<Row> concat() {
    List<Row> all = new ArrayList<>(PostingRefusalPhrases.ROWS);
    all.addAll(NarrowCausePhrases.ROWS);
    all.addAll(LocalisedCausePhrases.ROWS);
    all.addAll(BroadCausePhrases.ROWS);
    return List.copyOf(all);
  }

  private ReasonPhrases() {}

  /** The first reason whose wording appears in the normalised text, among the rows in scope. */
  public static Optional<BounceReason> match(String normalisedText, RuleScope scope) {
    if (normalisedText.isBlank()) {
      return Optional.empty();
    }
    for (Row row : TABLE) {
      if (scope.allows(row.origins()) && row.pattern().matcher(normalisedText).find()) {
        return Optional.of(row.reason());
      }
    }
    return Optional.empty();
  }
}
