package org.escalationrouter.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The phrase table: for each reason, the wording mail servers use for it. Rows are tried in order
 * and the first that matches wins, so narrow causes (a sender's missing PTR record, an SPF failure)
 * come before the broad words that often surround them ("rejected", "blocked"). Patterns run on
 * lower-cased text with runs of white space folded to one space.
 */
final class ReasonPhrases {

  record Row(BounceReason reason, Pattern pattern) {}

  static Row row(BounceReason reason, String... phrases) {
    return new Row(reason, Pattern.compile(String.join("|", phrases)));
  }

  private static final List<Row> TABLE = concat();

  private static List<Row> concat() {
    List<Row> all = new ArrayList<>(NarrowCausePhrases.ROWS);
    all.addAll(BroadCausePhrases.ROWS);
    return List.copyOf(all);
  }

  private ReasonPhrases() {}

  /** The first reason whose wording appears in the normalised text. */
  static Optional<BounceReason> match(String normalisedText) {
    if (normalisedText.isBlank()) {
      return Optional.empty();
    }
    for (Row row : TABLE) {
      if (row.pattern().matcher(normalisedText).find()) {
        return Optional.of(row.reason());
      }
    }
    return Optional.empty();
  }
}
