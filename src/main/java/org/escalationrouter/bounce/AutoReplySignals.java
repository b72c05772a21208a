package org.escalationrouter.bounce;

import java.util.Locale;
import java.util.regex.Pattern;
import org.escalationrouter.bounce.format.MailView;
import org.escalationrouter.mime.SubjectPrefix;

/**
 * RFC 3834 auto-replies and the vendor headers that predate it, plus the out-of-office subjects
 * mail clients put on them in the languages our customers write.
 */
final class AutoReplySignals {

  private static final Pattern AWAY_SUBJECT =
      Pattern.compile(
          "(?iu)^\\s*(\\[[^\\]]{0,40}\\]\\s*)?("
              + "auto(matic|matische|matyczna)?[ -]?(reply|response|answer|antwort|odpowied[zź]|respons)"
              + "|autoreply|out of (the )?office|away from (the |my )?(office|desk)|on vacation|vacation"
              + "|away until|poza biurem|nieobecno[sś][cć]|urlop|abwesenheit|abwesend|au[sß]er haus"
              + "|r[ée]ponse automatique|absente? du bureau|absence|en cong[ée]|respuesta autom[aá]tica"
              + "|fuera de la oficina|ausencia|de vacaciones"
              // Polish word order, Italian, Dutch, Portuguese
              + "|odpowied[zź] automatyczna|risposta automatica|fuori (sede|ufficio)|assente"
              + "|automatisch antwoord|afwezig"
              + "|niet op kantoor|resposta autom[aá]tica|ausente|fora do escrit[oó]rio)");

  private AutoReplySignals() {}

  /**
   * A person's own out-of-office reply: marked as an auto-reply and sent from the person, not from
   * a mail daemon. Its text may say mail "will not be delivered" or name another address, and a
   * null return path (as RFC 3834 asks) is no sign of a bounce then.
   */
  static boolean isPersonsAutoReply(MailView mail) {
    return isAutoReply(mail) && !BounceSignals.fromDaemon(mail);
  }

  static boolean isAutoReply(MailView mail) {
    String autoSubmitted = mail.header("Auto-Submitted").toLowerCase(Locale.ROOT);
    if (!autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")) {
      return true;
    }
    if (!mail.header("X-Autoreply").isEmpty()
        || !mail.header("X-Autorespond").isEmpty()
        || !mail.header("X-Auto-Response-Suppress").isEmpty()) {
      return true;
    }
    String subject = mail.subject();
    if (mail.header("Return-Path").equals("<>") && SubjectPrefix.answers(subject)) {
      // an answer ("Re:", "AW:", "Odp:") sent with the null return path: a program answered, as
      // RFC 3834 asks auto-responders to send; a person's mail program never does
      return true;
    }
    return subject.length() < 500 && AWAY_SUBJECT.matcher(subject).find();
  }

  /** A read receipt (RFC 8098): a machine answer to the sender, treated like an auto-reply. */
  static boolean isReadReceipt(MailView mail) {
    return mail.reportType().equals("disposition-notification")
        || !mail.firstOf("message/disposition-notification").isEmpty();
  }
}
