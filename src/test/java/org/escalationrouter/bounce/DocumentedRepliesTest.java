package org.escalationrouter.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import org.escalationrouter.bounce.format.ReportedRecipient;
import org.escalationrouter.bounce.reason.RuleScope;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, sixth round: the replies that large providers document (as Sisimai's provider tables
 * quote them, with Sisimai's reason), read as a recipient's diagnostic with nothing else to go on.
 * A frozen hash split keeps a check half whose misses are never read (eval/provider-replies).
 * Sisimai decides these by the provider's own table before its general rules; we have only the
 * general ones, so this measures how far the general wording reaches.
 */
class DocumentedRepliesTest {

  private static final Path TABLE = Path.of("eval/provider-replies/provider-replies.tsv");

  /** The hosts a provider's notice comes through, for the replies only that provider gives. */
  private static final Map<String, String> HOSTS =
      Map.of(
          "google", "mx.google.com",
          "microsoft", "mail.protection.outlook.com",
          "yahooinc", "mta7.am0.yahoodns.net",
          "apple", "mx01.mail.icloud.com");

  private static final double TUNE_FLOOR = 0.79;
  private static final double CHECK_FLOOR = 0.76;

  @Test
  void theGeneralWordingReachesMostDocumentedReplies() throws IOException {
    int[] tune = new int[2];
    int[] check = new int[2];
    List<String> rows = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t", -1);
      String provider = f[0];
      String reply = f[1];
      String status = f[2];
      String text = f[4];
      String diagnostic = (reply + " " + status + " " + text).trim();
      var verdict =
          ReasonClassifier.verdict(
              new ReportedRecipient("a@example.org", "failed", status, reply, diagnostic),
              "",
              "",
              true,
              RuleScope.ALL,
              HOSTS.getOrDefault(provider, provider + ".example"));
      int[] part = inCheckPart(provider + "|" + reply + "|" + status + "|" + text) ? check : tune;
      part[sameReason(f[3], verdict.reason().wireName()) ? 0 : 1]++;
    }
    double tuneRight = tune[0] / (double) (tune[0] + tune[1]);
    double checkRight = check[0] / (double) (check[0] + check[1]);
    System.out.printf(
        "documented replies: tune %d/%d = %.3f, check %d/%d = %.3f%n",
        tune[0], tune[0] + tune[1], tuneRight, check[0], check[0] + check[1], checkRight);
    assertThat(tuneRight).isGreaterThanOrEqualTo(TUNE_FLOOR);
    assertThat(checkRight).isGreaterThanOrEqualTo(CHECK_FLOOR);
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

  /** SHA-256 of the row's provider, codes and text; the first two bytes below 45 modulo 100. */
  private static boolean inCheckPart(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return (((h[0] & 0xff) << 8) | (h[1] & 0xff)) % 100 < 45;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
