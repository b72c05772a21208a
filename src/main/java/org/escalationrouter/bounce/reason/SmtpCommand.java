package org.escalationrouter.bounce.reason;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP command a rejection answered, as the notice states it: Postfix writes "in reply to RCPT
 * TO command", Exim "after RCPT TO:", Sendmail and Courier echo the command after "&gt;&gt;&gt;".
 * The phase matters because a recipient's server can only judge the content after DATA.
 */
public enum SmtpCommand {
  CONNECT,
  HELO,
  MAIL,
  RCPT,
  DATA;

  private static final Pattern STATED =
      Pattern.compile(
          "(?:in reply to|after|>>>|did not like our) (?:the )?(?:end of )?"
              + "(rcpt to|rcpt|mail from|mail|data|ehlo|helo|starttls|auth|connect(?:ion)?"
              + "|initial connection|greeting)\\b"
              // qmail: "most progress was RCPT TO response"; Yahoo: "[RCPT_TO]"; others "SMTP:RCPT"
              + "|(rcpt to|mail from|data) response\\b|\\[(rcpt_to|mail_from|data)\\]"
              + "|smtp:(rcpt|mail|data)\\b"
              // qmail-remote's fixed phrases, one per command: "connected to ... but greeting
              // failed", "... but my name was rejected", "... but sender was rejected", "...
              // does not like recipient", "... failed on DATA command", "... failed after I sent
              // the message"
              + "|but (greeting) failed|but (my name|sender) was rejected"
              + "|does not like (recipient)|failed on (data) command"
              + "|failed after i sent the (message)"
              // the same said in German, French, Italian, Spanish, Portuguese, Polish and Dutch
              // notices ("Antwort auf RCPT TO", "en réponse à RCPT TO", "odpowiedź na RCPT TO");
              // only the full command names, since "mail" and "data" are words there too
              + "|(?:antwort auf|nach dem|en réponse à|après|in risposta a|dopo|en respuesta a"
              + "|después de|em resposta a|após|odpowied\\S{1,4}+ na|na polecenie|als antwoord op)"
              + " (?:das |le |la |il |el |o )?(?:kommando |befehl |commande |comando |polecenie )?"
              + "(rcpt to|mail from|ehlo|helo)\\b"
              // "550 <a@b>: ..." echoes the address given to RCPT TO
              + "|[245]\\d\\d <[^<>\\s@]{1,64}+@[^<>\\s]{1,255}+>: (?<echo>)");

  /** The last command the text names as the one answered, if any. */
  public static Optional<SmtpCommand> statedIn(String normalisedText) {
    Matcher matcher = STATED.matcher(normalisedText);
    SmtpCommand found = null;
    int scanned = 0;
    while (matcher.find() && scanned++ < 50) {
      found = RCPT;
      for (int group = 1; group <= matcher.groupCount(); group++) {
        if (matcher.group(group) != null && matcher.group("echo") == null) {
          found = of(matcher.group(group));
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  private static SmtpCommand of(String word) {
    if (word.startsWith("rcpt") || word.equals("recipient")) {
      return RCPT;
    }
    if (word.startsWith("mail") || word.equals("sender")) {
      return MAIL;
    }
    if (word.equals("data") || word.equals("message")) {
      return DATA;
    }
    if (word.equals("ehlo")
        || word.equals("helo")
        || word.equals("starttls")
        || word.equals("my name")) {
      return HELO;
    }
    return CONNECT;
  }

  /** The greeting and HELO, when only the connecting host is known. */
  public boolean beforeEnvelope() {
    return this == CONNECT || this == HELO;
  }

  /** Commands sent before the message itself, when only the envelope can be judged. */
  public boolean beforeData() {
    return this != DATA;
  }
}
