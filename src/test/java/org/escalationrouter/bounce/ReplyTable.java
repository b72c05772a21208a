package org.escalationrouter.bounce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.BounceReason;
import org.escalationrouter.bounce.reason.RuleScope;

/**
 * A table of labelled SMTP replies (columns provider, reply, status, reason, text, source), each
 * read as a recipient's diagnostic with nothing else to go on, and split by a frozen hash into a
 * tune part and a check part whose misses are never read.
 *
 * @param hosts the hosts a provider's notice comes through, for the replies only it gives
 */
record ReplyTable(Path path, Map<String, String> hosts) {

  /** Rows, and how many got the labelled reason and the labelled reason's hard/soft. */
  record Figures(int rows, int reasonRight, int hardSoftRight) {

    double reason() {
      return reasonRight / (double) rows;
    }

    double hardSoft() {
      return hardSoftRight / (double) rows;
    }

    @Override
    public String toString() {
      return String.format(
          "reason %d/%d = %.3f, hard/soft %d/%d = %.3f",
          reasonRight, rows, reason(), hardSoftRight, rows, hardSoft());
    }
  }

  /** The tune part's and the check part's figures. */
  record Parts(Figures tune, Figures check) {}

  /** Measures both parts and prints the tune part's misses only. */
  Parts measure() {
    int[] tune = new int[3];
    int[] check = new int[3];
    for (String[] f : rows()) {
      String provider = f[0];
      String reply = f[1];
      String status = f[2];
      String text = f[4];
      var verdict =
          ReasonClassifier.verdict(
              new ReportedRecipient(
                  "a@example.org",
                  "failed",
                  status,
                  reply,
                  (reply + " " + status + " " + text).trim()),
              "",
              "",
              true,
              RuleScope.ALL,
              hosts.getOrDefault(provider, provider + ".example"));
      boolean inCheck =
          CorpusSplit.ofId(provider + "|" + reply + "|" + status + "|" + text) == CorpusSplit.CHECK;
      int[] part = inCheck ? check : tune;
      boolean reasonRight = sameReason(f[3], verdict.reason().wireName());
      boolean hardRight =
          verdict.reason().isHard(status, reply)
              == BounceReason.fromWireName(f[3]).isHard(status, reply);
      part[0]++;
      part[1] += reasonRight ? 1 : 0;
      part[2] += hardRight ? 1 : 0;
      if (!inCheck && !reasonRight) {
        System.out.printf(
            "  tune miss: %s -> %s | %s %s %s %s%n",
            f[3], verdict.reason().wireName(), provider, reply, status, text);
      }
    }
    return new Parts(
        new Figures(tune[0], tune[1], tune[2]), new Figures(check[0], check[1], check[2]));
  }

  private List<String[]> rows() {
    try {
      List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream()
          .filter(line -> !line.isBlank())
          .map(line -> line.split("\t", -1))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sisimai's newer tables merge two pairs of reasons that our taxonomy (Sisimai 5.2's, as the
   * corpus labels use) keeps apart: either half counts.
   */
  private static boolean sameReason(String expected, String found) {
    return switch (expected) {
      case "ratelimited" -> found.equals("speeding") || found.equals("toomanyconn");
      case "emailtoolarge" -> found.equals("mesgtoobig") || found.equals("exceedlimit");
      default -> found.equals(expected);
    };
  }
}
