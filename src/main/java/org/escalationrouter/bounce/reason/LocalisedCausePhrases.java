package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.BounceReason.*;
import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;

/**
 * The commonest causes in the languages mail servers localise their replies and notices into
 * (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Czech, the Scandinavian languages,
 * Russian, Ukrainian, Turkish, Hungarian, Finnish, Japanese, Chinese, Korean): a full mailbox, a
 * refused relay, a disabled account, an unknown domain and an unknown user or mailbox. Each row
 * keeps the idea ("user" + "unknown", "mailbox" + "full"), not one server's sentence. Tried after
 * the narrow English causes and before the broad English words, so an English narrow cause quoted
 * next to a localised sentence still wins, and a localised domain is tried before a localised
 * mailbox ("le domaine n'existe pas" is not a missing user). An unknown user found here is adjusted
 * by the SMTP phase as the English one is.
 */
final class LocalisedCausePhrases {

  static final List<ReasonTable.Row> ROWS =
      withDigraphs(
          // a virus found, in the spellings the English row misses
          row(VIRUS_DETECTED, "vírus|\\bwirus|ウイルス|病毒|바이러스|вирус|virüs"),
          row(
              MAILBOX_FULL,
              // German
              "(postfach|mailbox|speicher(platz)?)\\S{0,12} (des empfängers )?(ist )?"
                  + "(voll|überfüllt|ausgeschöpft|erschöpft)",
              "(quota|kontingent|speicherplatz|speicherlimit|speichergrenze)\\S{0,6} (des (empfängers|postfachs|kontos) )?"
                  + "(ist )?(überschritten|erschöpft|erreicht)",
              // French
              "bo[iî]te (aux lettres |mail |de réception )?(du destinataire )?(est )?"
                  + "(pleine|saturée)",
              "(quota|espace (de stockage )?)(est )?(dépassé|atteint|plein|insuffisant|saturé)",
              "dépassement (de|du) quota",
              "buz[oó]n (de correo )?(del destinatario )?(ha )?(superado|excedido|rebasado) (su |la )?"
                  + "(cuota|capacidad|límite)",
              // Spanish, Portuguese, Italian
              "buz[oó]n (de correo )?(del destinatario )?(est[aá] )?(lleno|completo|saturado)",
              "(cuota|cota|quota) (de almacenamiento )?(excedida|superada|esgotada|superata"
                  + "|esaurita)",
              "caixa (postal |de correio |de entrada )?(do destinatário )?(est[aá] )?"
                  + "(cheia|lotada)",
              "casella (di posta )?(del destinatario )?(è )?(piena|satura)",
              // Dutch, Scandinavian, Finnish, Hungarian
              "(mailbox|postvak|postbus) (is )?vol\\b",
              "quotum (is )?(overschreden|bereikt)",
              "(brevlåda|postlåda|inkorg|postkasse)\\S{0,4} (är |er )?(full|fuld)\\b",
              "postilaatikko on täynnä",
              "postafiók (megtelt|tele)",
              // no room left in the mailbox, said without "full"
              "kein (freier |ausreichender )?speicherplatz|nicht genügend speicherplatz",
              "(espacio|espaço|spazio) (de almacenamiento |de armazenamento |di archiviazione )?"
                  + "(insuficiente|esaurito|agotado|esgotado|insufficiente)",
              "onvoldoende (opslag)?ruimte|(brak|za mało) miejsca (w|na) (skrzynce|koncie)",
              // Polish, Czech, Russian, Ukrainian, Turkish
              "skrzynk\\S{0,3} (odbiorcy )?(jest )?(pełna|przepełniona)",
              "schránka (příjemce )?(je )?(plná|přeplněná)",
              "ящик\\S{0,3} (получателя )?(переполнен|заполнен)",
              "превышен\\S{0,3} (квот|лимит|размер\\S{0,2} (почтового )?ящика)",
              "скриньк\\S{0,3} (переповнен|заповнен)",
              "posta kutusu (dolu)",
              "kota aşıldı",
              // Japanese, Chinese, Korean
              "(メールボックス|容量)\\S{0,6}(いっぱい|一杯|満杯|超過|オーバー)",
              "(邮箱|信箱|邮件箱)\\S{0,4}(已满|满了|容量不足|空间不足)",
              "超出\\S{0,4}(空间|容量|配额)",
              "(메일함|사서함)\\S{0,8} ?(가득|용량 초과|초과)"),
          row(
              NO_RELAYING,
              "relay(ing)? (ist )?(nicht (erlaubt|gestattet)|verboten|verweigert|abgelehnt)",
              "(relais|relayage) (est )?(refusé|interdit|non autorisé)",
              "(retransmisión|reenvío|relay|retransmissão|inoltro) (est[aá] )?"
                  + "(denegad[oa]|negad[oa]|negato|no permitid[oa]|não permitid[oa]"
                  + "|no autorizad[oa]|não autorizad[oa]|non (consentito|permesso|autorizzato))",
              "relay(ing)? (is )?(niet toegestaan|geweigerd|zabronion\\S|niedozwolon\\S)",
              "(пересылка|ретрансляция|релей)\\S{0,3} (запрещен|не разрешен)",
              "中継\\S{0,2}(拒否|禁止|許可されていません)",
              "(不允许|禁止|拒绝)(中继|转发)"),
          // the account exists but is switched off
          row(
              SUSPEND,
              "(konto|postfach|benutzerkonto)\\S{0,2} (des empfängers )?(ist |wurde )?(gesperrt|deaktiviert"
                  + "|stillgelegt)",
              "compte (du destinataire )?(est |a été )?(désactivé|suspendu|bloqué|fermé|supprimé|clôturé)",
              "bo[iî]te (aux lettres )?(du destinataire )?(est )?(archiv|désactiv|desactiv|ferm)[ée]e",
              "cuenta (del destinatario )?(est[aá] |ha sido )?(desactivada|deshabilitada|suspendida|bloqueada"
                  + "|inactiva|cancelada)",
              "conta (est[aá] )?(desativada|suspensa|bloqueada|inativa)",
              "account (è )?(disattivato|sospeso|bloccato)",
              "(account|mailbox) (is )?(gedeactiveerd|geblokkeerd|opgeschort)",
              "konto (odbiorcy )?(jest |zostało )?(zablokowane|wyłączone|zawieszone|nieaktywne)",
              "(учетн\\S{0,3} запис\\S{0,2}|аккаунт|ящик)\\S{0,2} (заблокирован|отключен)",
              "(アカウント|メールボックス)\\S{0,2}(停止|無効)",
              "(帐户|账户|账号|帐号|邮箱)\\S{0,2}(已停用|已冻结|被冻结|已禁用)"),
          row(
              HOST_UNKNOWN,
              "domain(e)? (des empfängers )?(ist )?(unbekannt|existiert nicht|nicht gefunden)",
              "domaine (du destinataire |de destination )?(est )?(inconnu|inexistant|introuvable"
                  + "|n'existe pas)",
              "dom[ií]nio (do destinatário )?(é )?(desconhecido|inexistente|não existe)",
              "dominio (del destinatario )?(es |è )?(desconocido|inexistente|no existe|sconosciuto"
                  + "|non esiste|inesistente)",
              "domena (odbiorcy )?(nie istnieje|nieznana)",
              // the domain's name could not be resolved (said of the domain, not of a lookup that
              // failed)
              "domain\\S{0,2}+ .{0,60}?(konnte nicht aufgelöst werden|ist nicht auflösbar)",
              "domaine .{0,60}?n'a pas pu être résolu",
              "no se (pudo|puede) resolver (el )?(nombre de )?dominio",
              "nie można rozwiązać (nazwy )?domeny",
              "домен\\S{0,2} не (существует|найден)",
              "域名不存在",
              "ドメイン\\S{0,2}(存在しません|見つかりません)",
              // Dutch, Scandinavian, Czech, Turkish
              "domein (bestaat niet|is onbekend|niet gevonden)|onbekend domein",
              "(domänen|domænet|domenet) (finns inte|findes ikke|finnes ikke)",
              "doména (neexistuje|nebyla nalezena)|alan adı (bulunamadı|mevcut değil)"),
          // the envelope sender refused, before the mailbox rows: "Absenderadresse ist
          // unbekannt" names our address, not the recipient's. Only refusals of the address:
          // the sender's IP blocked ("adresse IP de l'expéditeur bloquée") is the blocklist row's
          row(
              REJECTED,
              "(?<!ip-adresse des )absender(adresse|domain)?\\S{0,2}+ (wurde |ist )?(abgelehnt"
                  + "|abgewiesen|ungültig|unbekannt)",
              "(?<!ip de l')(?<!ip de l’)expéditeur (est |a été )?(refusée?|rejetée?|invalide"
                  + "|inconnue?)",
              "(?<!ip del )remitente (es |ha sido |fue )?(rechazado|no válido|inválido"
                  + "|desconocido)",
              "(?<!ip do )remetente (é |foi )?(rejeitado|recusado|inválido|desconhecido)",
              "(?<!ip del )mittente (è |è stato )?(rifiutato|respinto|non valido|sconosciuto)",
              "(?<!ip )nadawc\\S{0,2}+ (został\\S{0,2}+ |jest )?(odrzucon|nieprawidłow|nieznan)",
              "(?<!ip-adres van de )afzender (is |werd )?(geweigerd|ongeldig|onbekend)",
              "(送信者|差出人)\\S{0,2}(拒否|不明)|发件人\\S{0,2}(被拒绝|无效|不存在)"),
          row(
              USER_UNKNOWN,
              // German
              "(benutzer|empfänger|postfach|mailbox|adresse|konto)\\S{0,8} (ist )?"
                  + "(unbekannt|existiert nicht|nicht gefunden|nicht vorhanden)",
              "unbekannte[rns]? (benutzer|empfänger|adresse|postfach|mailbox)",
              "kein(en)? (solche[rns]? )?(benutzer|postfach|empfänger)",
              // French
              "(utilisateur|destinataire|adresse|compte|bo[iî]te aux lettres) "
                  + "(e-?mail |électronique )?(est )?(inconnue?|inexistante?|introuvable"
                  + "|n'existe pas)",
              // Spanish, Portuguese, Italian
              "(usuario|buz[oó]n|cuenta|direcci[oó]n|destinatario) (de correo )?(del destinatario )?"
                  + "(es )?(desconocid[oa]|inexistente|no existe|no encontrad[oa])",
              "(usu[aá]rio|utilizador|caixa postal|conta|endereço|destinatário) (de e-?mail )?"
                  + "(é )?(desconhecid[oa]|inexistente|não existe|não encontrad[oa])",
              "(utente|casella|indirizzo|destinatario|account) (di posta )?(è )?"
                  + "(sconosciut[oa]|inesistente|non esiste|non trovat[oa])",
              // Dutch, Scandinavian, Finnish, Hungarian
              "onbekende (gebruiker|ontvanger|geadresseerde|mailbox)",
              "(gebruiker|mailbox|adres|ontvanger) (bestaat niet|is onbekend|niet gevonden)",
              "(okänd|ukendt|ukjent) (användare|mottagare|bruger|modtager|bruker|mottaker)",
              "(användaren|mottagaren|brevlådan|brugeren|modtageren|brukeren|mottakeren|adressen)"
                  + " (finns inte|findes ikke|finnes ikke)",
              "tuntematon (käyttäjä|vastaanottaja)",
              "ismeretlen (felhasználó|címzett)",
              // Polish, Czech, Russian, Ukrainian, Turkish
              "nieznany (użytkownik|adresat|odbiorca)",
              "nie ma takiego (użytkownika|adresata|odbiorcy|adresu|konta)",
              "(użytkownik|adresat|odbiorca|skrzynka|konto|adres)\\S{0,3} (odbiorcy |e-?mail )?"
                  + "(nie istnieje|nie został\\S{0,2} znalezion\\S)",
              "neznámý (uživatel|příjemce)",
              "(uživatel|příjemce|schránka) neexistuje",
              "(пользовател|получател|адресат|почтов\\S{0,3} ящик)\\S{0,3} не (найден|существует)",
              "нет такого (пользователя|ящика|адреса|получателя)",
              "неизвестн\\S{0,3} (пользовател|получател|адрес)",
              "(користувач|отримувач)\\S{0,3} не (знайден|існує)",
              "(kullanıcı|alıcı) (bulunamadı|bilinmiyor|mevcut değil)",
              // Japanese, Chinese, Korean
              "宛先不明",
              "(ユーザ|ユーザー|アカウント|メールアドレス|宛先)\\S{0,2}(存在しません|見つかりません)",
              "(用户|用戶|帐户|账户|账号|帐号|邮箱|收件人)\\S{0,2}不存在",
              "查无此(人|用户)",
              "(사용자|수신자|계정|메일 ?주소)\\S{0,2} ?(존재하지 않|찾을 수 없)"),
          // the recipient's own settings refused the sender (a block list of one person)
          row(
              FILTERED,
              "(vom|durch den) empfänger (abgelehnt|abgewiesen|blockiert)",
              "(refusée?|rejetée?|bloquée?) par (le )?destinataire",
              "(rechazad|bloquead)[oa] por el destinatario",
              "(rejeitad|recusad|bloquead)[oa] pelo destinatário",
              "(rifiutat|respint|bloccat)[oa] dal destinatario",
              "(odrzucon|zablokowan)\\S{0,2}+ przez (odbiorcę|adresata)",
              "(geweigerd|geblokkeerd) door de ontvanger",
              "受信拒否",
              // a recipient who takes mail only from the senders it chose
              "(akzeptiert|nimmt|empfängt) nur (nachrichten|e-?mails|mails|post) (von|aus)",
              "n'accepte que (les )?(messages|courriels|e-?mails|mails) (de|des|provenant)",
              "s[oó]lo acepta (mensajes|correos|e-?mails) de|s[oó] aceita (mensagens|e-?mails) de",
              "accetta solo (messaggi|e-?mail|posta) da|accepteert (alleen|enkel) (berichten"
                  + "|e-?mails|mail) van",
              "akceptuje (tylko|wyłącznie) (wiadomości|e-?maile|pocztę) od",
              // the recipient takes none from this sender
              "empfänger nimmt keine (nachrichten|e-?mails|mails) von (ihnen|dir|diesem absender) an",
              "destinataire n'accepte pas (les )?(messages|courriels|e-?mails) (de|provenant)",
              "destinatario no acepta (mensajes|correos|e-?mails) de",
              "odbiorca nie przyjmuje (wiadomości|poczty|e-?maili) od"),
          // the sender's own allowance used up or sending too fast
          row(
              SPEEDING,
              "zu viele (nachrichten|e-?mails|mails)(?! (im|in)\\b)|(sendelimit|versandlimit|senderate)\\S{0,2}+ "
                  + "(ist |wurde )?(überschritten|erreicht)",
              "trop de (messages|courriels|e-?mails|mails)(?! dans\\b)|limite d'envoi (est )?(atteinte"
                  + "|dépassée)",
              "demasiados (mensajes|correos)(?! en\\b)|límite de envío (superado|excedido|alcanzado)",
              "(muitas|demasiadas) mensagens(?! n[ao]\\b)|limite de envio (excedido|atingido|ultrapassado)",
              "troppi (messaggi|invii|e-?mail)(?! nella\\b)|limite di invio (superato|raggiunto)",
              "(zbyt|za) (wiele|dużo) (wiadomości|maili|e-?maili)(?! w\\b)|limit wysyłki"
                  + " (przekroczony|wyczerpany|osiągnięty)",
              "te veel (berichten|e-?mails|mails)(?! in\\b)|verzendlimiet (overschreden|bereikt)",
              // too many in too short a time, whatever precedes the time
              "(in|innerhalb) (zu )?kurzer zeit|en peu de temps|en (muy )?poco tiempo"
                  + "|em pouco tempo|in poco tempo|w krótkim czasie|in (te )?korte tijd",
              "送信\\S{0,2}(上限|制限)\\S{0,2}(超|達)|发送(频率|过于频繁|次数超过)|频率过高"
                  + "|слишком много (писем|сообщений)(?! в\\b)"),
          // the sending host or domain refused for its poor reputation
          row(
              BAD_REPUTATION,
              "réputation|reputaci[oó]n|reputação|reputazione|reputatie|reputacj|репутаци"
                  + "|レピュテーション|信誉|信譽|평판"),
          // the client's login refused or required
          row(
              SECURITY_ERROR,
              "(authentifizierung|anmeldung|authentisierung) (ist )?(erforderlich|notwendig"
                  + "|fehlgeschlagen)",
              "authentification (est )?(requise|obligatoire|nécessaire|échouée|a échoué)",
              "autenticaci[oó]n (es )?(requerida|obligatoria|necesaria|fallida)",
              "autenticação (é )?(necessária|obrigatória|requerida|falhou)",
              "autenticazione (è )?(richiesta|obbligatoria|necessaria|fallita)",
              "(wymagane|wymagana) (jest )?uwierzytelni|uwierzytelni\\S{0,6}+ (jest )?(wymagane"
                  + "|nie powiodło)",
              "authenticatie (is )?(vereist|verplicht|mislukt)",
              "認証\\S{0,2}(必要|失敗|エラー)|(身份验证|认证)(失败|是必需的)|需要(身份)?验证"),
          // after the mailbox rows, as in English: the sending host on a blocklist or blocked
          row(
              BLOCKED,
              "sperrliste|schwarze[nr]? liste|blockliste|liste noire|lista nera|lista negra"
                  + "|czarn\\S{1,3}+ list|zwarte lijst|černé listin",
              "(\\bip\\b|ip-adresse|adresse ip|indirizzo ip|direcci[oó]n ip|endereço ip|adres ip"
                  + "|ip-adres)\\S{0,4}+ [^.]{0,50}?(gesperrt|blockiert|bloqué|bannie?|bloccat"
                  + "|bloquead|zablokowan|geblokkeerd|zablokován)"),
          // the message judged unwanted: "als Spam eingestuft", "considéré comme indésirable"
          row(
              SPAM_DETECTED,
              "als spam (eingestuft|erkannt|bewertet|markiert|abgelehnt|abgewiesen)|spamverdacht"
                  + "|unerwünschte werbung",
              "(considéré|identifié|détecté|classé|qualifié|reconnu)e? comme (spam|indésirable"
                  + "|pourriel|courrier indésirable)|courrier indésirable",
              "(considerat|identificat|classificat|riconosciut|rilevat)[oa] come (spam|posta"
                  + " indesiderata)|posta indesiderata",
              "(considerad|identificad|detectad|clasificad|classificad)[oa] como (spam|correo no"
                  + " deseado|lixo eletrônico)|por considerarse spam|correo no deseado",
              "(uznan|zakwalifikowan|rozpoznan|oznaczon)\\S{0,2}+ (jako|za) spam"
                  + "|niechcian\\S{1,3}+ (poczt|wiadomo)",
              "(aangemerkt|herkend|beschouwd|geclassificeerd) als spam|ongewenste (e-?mail|bericht)",
              // the same judgement in Cyrillic and CJK scripts, where the English row cannot see it
              "спам|迷惑メール|垃圾邮件|垃圾郵件|스팸"),
          // the message over the size the server or the mailbox takes
          row(
              MESSAGE_TOO_BIG,
              "(nachricht|e-?mail|mail)\\S{0,2}+ (ist )?zu groß|nachrichtengröße (überschritten"
                  + "|zu groß)|maximale größe",
              "(message|courriel) (est )?trop (volumineux|gros|grand)|taille (maximale )?"
                  + "(du message |autorisée )?(est )?(dépassée|excédée|trop grande)"
                  + "|taille (limite|maximale) (du message |autorisée )?(est )?atteinte",
              "messaggio (è )?troppo grande|dimension[ei] (massima )?(del messaggio )?"
                  + "(superata|eccessiva)",
              "mensaje (es )?demasiado grande|tamaño (máximo )?(del mensaje )?(excedido|superado)",
              "mensagem (é )?(muito|demasiado) grande|tamanho (máximo )?(da mensagem )?"
                  + "(excedido|ultrapassado)",
              "wiadomoś\\S{1,2}+ (jest )?(zbyt|za) duż|przekroczon\\S{0,2}+ (limit\\S{0,2}+ )?"
                  + "rozmiar|rozmiar\\S{0,2}+ wiadomości (przekracza|jest zbyt)",
              "bericht (is )?te groot|zpráva je příliš velká",
              // "exceeds the maximum size" in those languages
              "(dépasse|excède) la taille|supera (la|le) dimension|excede (el|o) tamaño"
                  + "|überschreitet die (maximale |zulässige )?(nachrichten)?größe"
                  + "|przekracza (maksymalny |dopuszczalny )?rozmiar|overschrijdt de maximale grootte",
              "(メール|メッセージ)?サイズ\\S{0,6}(超過|超え|大きすぎ)|(邮件|郵件)\\S{0,2}(过大|太大|大小超过"
                  + "|大小超出)|메일 크기\\S{0,2} ?(초과|너무)|размер\\S{0,2} (сообщения|письма) "
                  + "превыша|превышен\\S{0,3} (максимальн\\S{0,3} )?размер\\S{0,2} (сообщения|письма)"),
          // too many connections from our host at once
          row(
              TOO_MANY_CONN,
              "zu viele (verbindungen|gleichzeitige)|trop de connexions|troppe connessioni"
                  + "|demasiadas conexiones|(demasiadas|muitas) (conexões|ligações)"
                  + "|(zbyt|za) (wiele|dużo) (połączeń|równoczesnych)|te veel (verbindingen"
                  + "|gelijktijdige)"),
          // the queue gave up after its retry time
          row(
              EXPIRED,
              "innerhalb (von )?\\d+ (tag|stunde)\\S{0,2} nicht zugestellt|aus der warteschlange "
                  + "(gelöscht|entfernt)",
              "(supprimée?|retirée?) de la file d'attente|(eliminad|borrad|retirad)[oa] de la cola"
                  + "|(removid|apagad)[oa] da fila",
              "(rimoss|eliminat|cancellat)[oa] dalla coda|uit de wachtrij (verwijderd|gehaald)"
                  + "|usunięt\\S{0,2} z kolejki",
              "zustell(ung|versuch)\\S{0,2}+ [^.]{0,40}?(aufgegeben|abgebrochen)"
                  + "|zustellzeit (überschritten|abgelaufen)",
              "délai (de (remise|distribution|livraison) )?(est )?(dépassé|expiré)",
              "trop longtemps (dans|en) (la )?file d'attente|demasiado tiempo en (la )?cola"
                  + "|zu lange in der warteschlange|zbyt długo w kolejce",
              "(tempo|termine) (massimo )?(di consegna )?(è )?(scaduto|superato)",
              "(plazo|tiempo) (máximo )?(de entrega )?(agotado|expirado|superado)",
              "(prazo|tempo) (de entrega )?(esgotado|expirado)",
              "(czas|termin) (dostarczenia|doręczenia) (minął|upłynął|przekroczony)",
              // given up after a number of days or hours, as "abandoned after 5 days"
              "(abandon\\S{0,3}+|abandonnée?|aufgegeben|abgebrochen|abandonad[oa]|porzucon\\S{0,2}+"
                  + "|abbandonat[oa]) (après|nach|tras|po|dopo) \\d+ (jours?|heures?|tag\\S{0,2}+"
                  + "|stunden?|días|horas|dni\\S{0,3}+|godzin\\S{0,2}+|giorni|ore)",
              "nach \\d+ (tagen|stunden) (abgebrochen|aufgegeben|verworfen)",
              "n'a pas pu être (remis|délivré|distribué|livré) dans (le délai|les délais)",
              // a connection that waited too long, as "timed out" in English
              "zeitüberschreitung|délai d'attente (est )?(dépassé|expiré)|tiempo de espera "
                  + "(agotado|excedido)|tempo (limite )?(de espera )?esgotado"
                  + "|przekroczono (limit )?czas\\S{0,2}+ (oczekiwania|połączenia)"),
          // the name service or the connection failed on the way to the receiving host
          row(
              NETWORK_ERROR,
              "dns-?(fehler|fout)|namensauflösung (ist )?(fehlgeschlagen|nicht möglich)",
              "erreur (de résolution )?dns|erro (de )?dns|error (de )?dns|errore dns|błąd dns",
              "verbindung (wurde )?(abgelehnt|verweigert|unterbrochen|abgebrochen)",
              "connexion (a été )?(refusée|interrompue|perdue)|connessione (rifiutata|interrotta"
                  + "|persa)",
              "conexión (rechazada|interrumpida|perdida)|conexão (recusada|interrompida|perdida)",
              "połączenie (zostało )?(odrzucone|zerwane|przerwane)|verbinding (is )?(geweigerd"
                  + "|verbroken)"),
          // the message refused under the receiver's rules, not as spam nor for one address
          row(
              POLICY_VIOLATION,
              "verstößt gegen (die |unsere )?(richtlinie|nutzungsbedingungen|sicherheitsrichtlinie)"
                  + "|richtlinienverstoß",
              "(contraire|non conforme) à (la |notre )?politique|violation de (la |notre )?"
                  + "politique|enfreint (la |notre |les )?(politique|règles)",
              "(viola|infringe|incumple) (la |nuestra |nuestras |las )?(política|normas)"
                  + "|violación de (la )?política",
              "(viola|infringe) (a |nossa |as )?(política|regras)|violação (da|de) política",
              "viola (la |le )?(politica|policy|norme)|violazione (della|delle) "
                  + "(politica|policy|norme)",
              "narusza (zasady|politykę|regulamin)|naruszenie (zasad|polityki)",
              // blocked by the receiver's policy, without a word of violation
              "(bloqué|rejeté|refusé)e? (par|selon) (la |notre |les )?(politique|règles)",
              "(blockiert|abgelehnt|abgewiesen) (durch|aufgrund|gemäß) (die |der |unsere[rn]? )?"
                  + "(richtlinie|sicherheitsrichtlinie|unternehmensrichtlinie)",
              "(bloquead|rechazad)[oa] (por|según) (la |nuestra )?política",
              "(zablokowan|odrzucon)\\S{0,2}+ (przez|zgodnie z) (polityk|zasad)",
              "in strijd met (het |ons )?(beleid|de regels)|schending van (het )?beleid"),
          // the receiving server's own fault
          row(
              SYSTEM_ERROR,
              "systemfehler|interner (server)?fehler|serverfehler",
              "erreur (interne|système|du serveur)|error (interno|del sistema|del servidor)",
              "erro (interno|do sistema|do servidor)|errore (interno|di sistema|del server)",
              "błąd (wewnętrzny|systemu|serwera)|(interne|systeem|server)fout",
              "システム(内部)?(エラー|障害)|内部エラー|サーバ(ー)?(エラー|障害)|系统(内部)?(错误|故障)"
                  + "|(内部|服务器)错误|시스템 ?(오류|에러|장애)|(내부|서버) ?(오류|에러)"
                  + "|(системная|внутренняя) ошибка|ошибка (системы|сервера)"));

  private LocalisedCausePhrases() {}

  /**
   * German servers often write umlauts as digraphs ("ueberschritten", "Empfaenger", "zu gross"):
   * each ä, ö, ü and ß of a row outside a character class also matches ae, oe, ue and ss.
   */
  private static List<ReasonTable.Row> withDigraphs(ReasonTable.Row... rows) {
    return java.util.Arrays.stream(rows)
        .map(
            r ->
                new ReasonTable.Row(
                    r.reason(),
                    r.origins(),
                    java.util.regex.Pattern.compile(digraphs(r.pattern().pattern()))))
        .toList();
  }

  static String digraphs(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 32);
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']' && depth > 0) {
        depth--;
      }
      String pair =
          switch (c) {
            case 'ä' -> "ae";
            case 'ö' -> "oe";
            case 'ü' -> "ue";
            case 'ß' -> "ss";
            default -> null;
          };
      if (pair == null || depth > 0) {
        out.append(c);
      } else {
        out.append("(?:").append(c).append('|').append(pair).append(')');
      }
    }
    return out.toString();
  }
}
