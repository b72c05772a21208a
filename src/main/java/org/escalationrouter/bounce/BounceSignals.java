package org.escalationrouter.bounce;

import java.util.regex.Pattern;
import org.escalationrouter.bounce.format.EmailAddress;
import org.escalationrouter.bounce.format.MailView;
import org.escalationrouter.bounce.reason.NoticeText;

/**
 * Whether a message that is not a standard report still is a bounce: it must come from a machine (a
 * daemon mailbox, a null return path, a failed-recipients header) and say that delivery failed, in
 * its subject or its notice. Either alone is not enough: people write "delivery" too, and daemons
 * send other mail.
 */
final class BounceSignals {

  private static final Pattern DAEMON_NAME =
      Pattern.compile(
          "(?i).*(mailer-daemon|mail delivery|postmaster|post_master|mail administrator"
              + "|ndr administrator|mail deliver system|internet mail delivery|interscan|mail system).*");

  private static final Pattern BOUNCE_SUBJECT =
      Pattern.compile(
          "(?iu)^(?!\\s*(re|fwd?|aw|tr|wg|sv|vs|odp|rv|res|r|antw|doorst)\\s*:).*("
              + "undeliver|undelivered|not (be )?delivered|delivery (status|failure|failed|has failed"
              + "|notification|problem|report)|returned mail|failure notice|failure delivery"
              + "|delivery failure|mail delivery failed|returning message|non remis|non recapitabile"
              + "|unzustellbar|nicht zustellbar|no se puede entregar|non distribuable|mail system error"
              + "|could not send|delayed|warning:|mail failure|returned to sender|delivery notification"
              + "|see transcript|postmaster notify|email delivery failure|error sending|sending your mail"
              + "|message delivery has failed|bounce|loop alert|failure: |mail could not|nondeliverable"
              + "|smtp server: errors from"
              // Smail 3 and the relays built on it (Deutsche Telekom): "mail failed, returning ..."
              + "|mail failed"
              // Chinese and Japanese providers: "system returned mail", "delivery failed"
              + "|系统退信|退信|投递失败|发送失败|無法投遞|配信不能|配信エラー|未配信"
              // European mailbox providers' own subjects: German, French, Italian, Spanish,
              // Portuguese, Polish, Dutch, Czech, Scandinavian ("not delivered", "delivery failed",
              // "delivery delayed")
              + "|nicht zugestellt|zustellung (fehlgeschlagen|gescheitert|verz(ö|oe|o)gert)"
              + "|fehler bei der zustellung|zustellfehler"
              + "|non (d[ée]livr|distribu)|[ée]chec de (la )?(remise|distribution|livraison)"
              + "|remise diff[ée]r[ée]e|non recapitat|mancata consegna"
              + "|consegna (fallita|non riuscita|ritardata)|no entregad|no se (puede|pudo|ha podido)"
              + " entregar|error de entrega|entrega (fallida|retrasada|atrasada)|mensaje retrasado"
              + "|n[ãa]o entregue|falha (na|de) entrega|niedostarczon|nie dostarczono"
              + "|nie (mo[żz]na|uda[łl]o si[ęe]) dostarczy|b[łl][ąa]d dostarcz|onbestelbaar"
              + "|niet (afgeleverd|bezorgd)|nedoru[čc]iteln|nedoru[čc]en|kunde inte levereras"
              + "|ikke (leveret|levert)|olevererbar).*");

  private static final Pattern FAILURE_TEXT =
      Pattern.compile(
          "(could not|couldn't|cannot|can't|was not|wasn't|unable to|not able to|failed to) (be )?"
              + "(deliver|delivered|reach|reached|send)"
              + "|(delivery|message) (to the following recipients? )?(has )?(permanently )?failed"
              + "|failed permanently|permanent (fatal )?error|undeliverable|not (be )?delivered"
              + "|did not reach|returned to (the )?sender|has been delayed|delivery (is )?delayed"
              + "|delivery failure|following address(es)? failed|error (occurred|sending)"
              + "|rejected by|user unknown|mailbox (is )?full"
              // Smail 3's banner over the list of failed recipients
              + "|failed addresses follow"
              // Apache James: "Error: ... Error message below: 550 - ... Message details:"
              + "|error message below:"
              // Chinese and Japanese: "could not be delivered", "delivery failed"
              + "|未能.{0,6}(投递|送达)|投递失败|无法投递|無法投遞|配信できませんでした"
              // the same in the languages of Europe's large mailbox providers: German, French,
              // Italian, Spanish, Portuguese, Polish, Dutch, Czech, Scandinavian
              + "|(konnte|kann|konnten|k(ö|oe)nnen)( \\S{1,30}+){0,8}? nicht zugestellt werden"
              + "|nicht zugestellt werden (konnte|kann|k(ö|oe)nnen)|unzustellbar"
              + "|zustellung (ist )?(fehlgeschlagen|gescheitert|nicht m(ö|oe)glich)"
              + "|n'a pas pu être (délivr|remis|distribu|livr|achemin)"
              + "|(impossible|échec) de (remettre|délivrer|distribuer|livrer|la remise|la distribution)"
              + "|non (è|e'|sono) (stat[oia] )?(recapitat|consegnat)"
              + "|non (può|ha potuto) essere (recapitat|consegnat)"
              + "|impossibile (recapitare|consegnare)|mancata consegna"
              + "|no (se )?(ha podido|han podido|pudo|puede|podido) (ser )?entrega"
              + "|no (ha sido|fue) entregad"
              + "|não (pôde|pode|foi possível|foi) (ser )?entreg"
              + "|nie (mogła|mógł|może|została|został|zostało|można|udało się) (zostać |być )?"
              + "dostarcz|niedostarczon"
              + "|(kon|kan) niet (worden )?(afgeleverd|bezorgd)|onbestelbaar"
              + "|nelze doručit|nemohl[ao]? být doručen|nedoručiteln"
              + "|kunde inte levereras|kunne ikke (leveres|afleveres)");

  private BounceSignals() {}

  /**
   * A reply or status code as a mail system writes it: an enhanced status ("5.1.1"), or a reply
   * code opening a line or after the word that introduces it ("said: 550", "Remote host said 554",
   * "Fehler 550", "erreur 552"). A sum of money ("550 EUR") is neither.
   */
  private static final Pattern SMTP_FACT =
      Pattern.compile(
          "(?iu)(?<![\\d.])[245]\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])"
              + "|(?m)^\\s*[45]\\d\\d[ -]"
              + "|\\b(smtp|said|says|error|errore|fehler|erreur|b[łl][ąa]d|error de|server|serveur"
              + "|host|reply|response|antwort|r[ée]ponse|respuesta|odpowied[źz]|diagnostic)"
              + "\\W{0,12}[45]\\d\\d\\b");

  /** Mailboxes only mail systems send from, by the name that says so. */
  private static final String SYSTEM_MAILBOXES = "mailer-?daemon|postmaster|mdaemon";

  private static final Pattern SYSTEM_MAILBOX = Pattern.compile("(?i)" + SYSTEM_MAILBOXES);

  /** Mailboxes machines send from: the mail system's own, and those of any software that mails. */
  private static final Pattern MACHINE_MAILBOX =
      Pattern.compile("(?i)" + SYSTEM_MAILBOXES + "|no-?reply|sysadmin|root|.+-admin|bounces?");

  static boolean fromMachine(MailView mail) {
    return fromDaemon(mail) || mail.header("Return-Path").equals("<>");
  }

  /**
   * Whether what says delivery failed is a mail system's notice, not a person's message relayed by
   * a machine: a web form or shop system sends from "noreply@" too, and "my parcel was not
   * delivered" is a complaint. A notice comes from a mail system's own mailbox or name, with the
   * null return path, or naming failed recipients in a header; or else it carries a mail system's
   * facts: the returned original, or a reply or status code in its text or its JSON event.
   */
  static boolean isMailSystemsNotice(MailView mail) {
    return fromMailbox(mail, SYSTEM_MAILBOX)
        || mail.header("Return-Path").equals("<>")
        || !mail.returnedHeaders().isEmpty()
        || SMTP_FACT.matcher(mail.notice()).find()
        // a cloud sender's event forwarded as JSON ("smtp;550 5.1.1 ...")
        || SMTP_FACT.matcher(mail.firstOf("application/json")).find();
  }

  /** Sent by a mail daemon by its name or mailbox, or naming failed recipients in a header. */
  static boolean fromDaemon(MailView mail) {
    return fromMailbox(mail, MACHINE_MAILBOX);
  }

  /**
   * Sent by a mail daemon by its display name, from one of {@code mailboxes} (the address's local
   * part), or naming failed recipients in a header.
   */
  private static boolean fromMailbox(MailView mail, Pattern mailboxes) {
    String from = mail.header("From");
    String local = EmailAddress.first(from).map(a -> a.substring(0, a.indexOf('@'))).orElse(from);
    return DAEMON_NAME.matcher(from).matches()
        || mailboxes.matcher(local).matches()
        || !mail.header("X-Failed-Recipients").isEmpty();
  }

  static boolean saysDeliveryFailed(MailView mail) {
    if (BOUNCE_SUBJECT.matcher(mail.subject()).matches()) {
      return true;
    }
    String notice = NoticeText.normalise(mail.notice());
    return FAILURE_TEXT.matcher(notice).find();
  }
}
