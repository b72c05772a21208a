package org.escalationrouter.bounce.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The phrase table: for each reason, the wording mail servers use for it. Rows are tried in order
 * and the first that matches wins, so narrow causes (a sender's missing PTR record, an SPF failure)
 * come before the broad words that often surround them ("rejected", "blocked"). Patterns run on
 * lower-cased text with runs of white space folded to one space. The rows live in four parts
 * ({@link PostingRefusalPhrases}, {@link NarrowCausePhrases}, {@link LocalisedCausePhrases}, {@link
 * BroadCausePhrases}), tried in that order; each row is a {@link ReasonTable.Row}.
 *
 * <p>Rows are general vocabulary, written from each reason's general wording (Sisimai's {@code
 * reason/why-*.go} was read for what each reason covers). A row whose wording was learned from the
 * samples of one sender family names that family as its origin, so that the leave-one-family-out
 * evaluation switches it off for that family ({@link RuleScope}).
 */
public final class ReasonPhrases {

  private static final ReasonTable TABLE = new ReasonTable(concat());

  private static List<ReasonTable.Row> concat() {
    List<ReasonTable.Row> all = new ArrayList<>(PostingRefusalPhrases.ROWS);
    all.addAll(NarrowCausePhrases.ROWS);
    all.addAll(LocalisedCausePhrases.ROWS);
    all.addAll(BroadCausePhrases.ROWS);
    return all;
  }

  private ReasonPhrases() {}

  /** The first reason whose wording appears in the normalised text, among the rows in scope. */
  public static Optional<BounceReason> match(String normalisedText, RuleScope scope) {
    return TABLE.match(normalisedText, scope);
  }
}
