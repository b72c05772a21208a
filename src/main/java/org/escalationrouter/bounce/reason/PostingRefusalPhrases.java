package org.escalationrouter.bounce.reason;

import static org.escalationrouter.bounce.reason.ReasonTable.row;

import java.util.List;

/**
 * A group or mailing list refusing a post because the sender may not post to it ({@code rejected}:
 * the sender, not the address, is refused). List servers localise this notice, so the wording is
 * kept for the idea "permission / allowed to post or send", not for one server's sentence, in the
 * languages that list servers such as Google Groups, Mailman and Sympa write in. Tried before every
 * other row: such notices also say the group "may not exist", which alone would read as an unknown
 * mailbox.
 */
final class PostingRefusalPhrases {

  static final List<ReasonTable.Row> ROWS =
      List.of(
          row(
              BounceReason.REJECTED,
              // English
              "permission to (post|publish)",
              "(not|no longer) (be )?(allowed|permitted|authori[sz]ed) to (post|publish)",
              "(posting|sending) (to this (group|list) )?is (restricted|not (allowed|permitted))",
              "(group|list) (is )?(not open|closed) (for|to) (posting|posts|new posts)",
              // German, Dutch, Scandinavian
              "berechtig\\w*,? .{0,80}?(zu )?(posten|veröffentlichen)\\b",
              "(keine|nicht die) (post|schreib)berechtigung",
              "(toestemming|rechten|bevoegdheid).{0,60}?(te )?(posten|plaatsen|versturen|publiceren)",
              "(gemachtigd|bevoegd|toegestaan) om .{0,60}?(te )?(posten|plaatsen|publiceren)",
              "(behörighet|tillåtelse) (att )?(publicera|posta|skicka)",
              "(tilladelse|tillatelse|rettigheder|rettigheter) til (at |å )?"
                  + "(poste|sende|slå op|legge ut|publisere|offentliggøre)",
              // Romance languages
              "(autorisation|permission|droit)s? (de |d'|pour )(publier|poster|envoyer|écrire)",
              // "pas autorisé à publier", also with a pronoun before the verb ("à y publier")
              "(pas |non )(autorisée?s?|permise?s?) (à|de) (y |en )?(publier|poster|envoyer)",
              "permiso (para|de) (publicar|enviar|postear|escribir)",
              "(permissão|autorização) (para|de) (postar|publicar|enviar)",
              "(autorizzazion[ei]|permess[oi]) (a|per|di) (pubblicare|postare|inviare|scrivere)",
              "permisiun(ea|i) (de a|să) (posta|publica|trimite)",
              "perm[ií]s (per|para) (publicar|enviar)",
              // Slavic languages, Greek, Hungarian, Finnish, Turkish
              "uprawnie[nń]\\w* do (publikowania|wysyłania|wysylania|postowania|pisania)",
              "(oprávnění|povolení|oprávnenie|povolenie) (k |ke |na )?"
                  + "(publikov|odesíl|odosiel|přispív|posíl|zveřejň|uverejň)",
              "(dopuštenj|dozvol|dovoljenj)\\w* (za )?(objavljivanje|objavljanje|slanje|pošiljanje)",
              "разрешение (да|за) (публику|изпраща)",
              "(прав\\w*|разрешени\\w*|полномочи\\w*) (на )?(публикаци|отправк|размещени|публиковать|отправлять|писать)",
              "(дозв\\w*|прав\\w*) (на )?(публікаці|надсилання|розміщення|публікувати|надсилати)",
              "(άδεια|δικαίωμα) (για )?(δημοσίευσ|αποστολ)",
              "(jogosultság|engedély)\\w* .{0,30}?(közzététel|küldés|bejegyzés|üzenetküldés)",
              "oikeu\\w* (lähettää|julkaista|viestien lähettämiseen)",
              "(gönderme|yayınlama|paylaşım|ileti gönderme) (izni|iznin|yetkisi|yetkiniz)",
              // Asian languages, Hebrew and Arabic
              "(投稿|送信|発言)(する|の)?(権限|許可)",
              "(张贴|張貼|发帖|發帖|发布|發佈|發布|发送|發送|发言|發言)\\S{0,8}(权限|權限)",
              "(게시|전송|발송|글쓰기|올릴)(할|하는|)( 수 있는)?\\s?권한",
              "(quyền|cho phép) (đăng|gửi)",
              "izin (untuk )?(memposting|mengirim|memposkan|posting)",
              "สิทธิ์\\S{0,6}(โพสต์|ส่ง)",
              "הרשאה (לפרסם|לשלוח|לפרסום)",
              "(إذن|اذن)\\S{0,3} ?(بال?نشر|بإرسال|لإرسال|بالإرسال|للنشر)",
              "مصرح\\S{0,3} (لك )?ب(ال)?(نشر|إرسال)",
              "(पोस्ट करने|भेजने|प्रकाशित करने|पोस्ट) की अनुमति",
              "اجازه\\S{0,3} (ارسال|پست|انتشار)",
              "pahintulot (na )?(mag-?post|magpadala)",
              "(leidim\\w*|atļauj\\w*) (skelbti|siųsti|publicēt|sūtīt)",
              // Estonian, Icelandic, Afrikaans, Basque, Malay, Swahili, Serbian in Cyrillic
              "õigus\\w* (postitada|saata|avaldada)",
              "(heimild|leyfi) til að (birta|senda|pósta)",
              "toestemming om .{0,60}?te (plaas|stuur|publiseer)",
              "(argitaratzeko|bidaltzeko) baimen",
              "kebenaran (untuk )?(menyiarkan|menghantar|memaparkan|mengepos)",
              "ruhusa (ya |wa )?(kuchapisha|kutuma|kubandika)",
              "дозвол\\S{0,4} (за )?(објављивање|слање)",
              // the languages of India and Pakistan: "permission to post / send"
              "(পোস্ট|প্রকাশ|পাঠানো)\\S{0,4} (করার )?অনুমতি",
              "(இடுகையிட|அனுப்ப|வெளியிட)\\S{0,4} அனுமதி",
              "(పోస్ట్|పంపడానికి|ప్రచురించడానికి)\\S{0,12} ?అనుమతి",
              "(पोस्ट|पाठवण्याची|प्रकाशित) करण्याची परवानगी",
              "(પોસ્ટ|મોકલવાની) (કરવાની )?પરવાનગી",
              "(ಪೋಸ್ಟ್|ಕಳುಹಿಸಲು)\\S{0,8} ?ಅನುಮತಿ",
              "(പോസ്റ്റ്|അയയ്ക്കാൻ)\\S{0,12} ?അനുമതി",
              "(پوسٹ|بھیجنے|شائع) (کرنے )?کی اجازت"));

  private PostingRefusalPhrases() {}
}
