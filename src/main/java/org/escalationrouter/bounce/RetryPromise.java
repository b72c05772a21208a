package org.escalationrouter.bounce;

import java.util.regex.Pattern;
import org.escalationrouter.bounce.reason.NoticeText;

/**
 * A plain-text notice that says the server keeps trying is a delay, not a failure: "will retry",
 * "versucht es weiter", "nouvelle tentative", "seguirá intentándolo", "będzie ponawiać". Read only
 * when the notice's format states no action of its own.
 */
final class RetryPromise {

  private static final Pattern KEEPS_TRYING =
      Pattern.compile(
          "will (continue to |keep )?(retry|try again|keep trying|be retried|attempt)"
              + "|(continue|keep) (trying|retrying|attempting)|still (trying|being retried)"
              + "|not yet been delivered"
              // German, French, Italian, Spanish, Portuguese, Polish, Dutch
              + "|versucht es weiter|wird (es )?(weiter|erneut) versucht|weitere zustellversuche"
              + "|bisher nicht zugestellt|noch nicht zugestellt"
              + "|nouvelle(s)? tentative|continuera (à|d'essayer)|pas encore (été )?(remis|délivré)"
              + "|continuerà a (tentare|provare)|ritenterà|non ancora (stato )?(recapitat|consegnat)"
              + "|seguirá intentándolo|se (reintentará|volverá a intentar)"
              + "|(todavía|aún) no (ha podido ser|ha sido) entregad"
              + "|continuará (a tentar|tentando)|ainda não (foi|pôde ser) entreg"
              + "|będzie (ponawiać|próbować|ponawiał)|kolejne próby|jeszcze nie (została )?dostarcz"
              + "|blijft (het )?proberen|nog niet (afgeleverd|bezorgd)");

  private RetryPromise() {}

  static boolean in(String notice) {
    return KEEPS_TRYING.matcher(NoticeText.normalise(notice)).find();
  }
}
