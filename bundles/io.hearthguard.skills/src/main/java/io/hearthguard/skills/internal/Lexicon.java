package io.hearthguard.skills.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase patterns in English, German, French, Spanish, Italian, Japanese and Portuguese,
 * matched against {@link Text#norm normalised} text (lower case, tags removed). Word
 * boundaries use Unicode character classes so accented words match.
 */
public final class Lexicon {
    /** Inputs are lower-cased by the caller ({@link Text#norm}), so no case-insensitive matching (much faster). */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    /** Goodbye wording. */
    public static final Pattern GOODBYE = Pattern.compile(String.join("|",
            "\\b(?:good ?bye|bye(?: bye)?|farewell|see you(?: later| soon| then| next time| around| tomorrow| tonight| next week)?(?=\\s*[.!,]|\\s*$)|talk to you (?:later|soon|next time)|until next time"
                    + "|have a (?:nice|good|great|lovely|wonderful) (?:day|night|evening|weekend|afternoon|one)|good ?night|sleep well|sweet dreams|so long|catch you later|take care|exiting|closing (?:the )?skill|session (?:has )?ended)\\b",
            "\\b(?:auf wiedersehen|gute nacht|tschüss|tschüs|bis bald|bis morgen|bis später|bis dann|schlaf gut|schlaft gut|schlaf schön|schlaft schön|träum schön|träum was schönes|süße träume|schönen tag noch|schönen abend noch|bis zum nächsten mal|mach'?s gut|servus|wird beendet)\\b",
            "\\b(?:au revoir|bonne nuit|à bientôt|a bientot|bonne journée|bonne soirée|adieu|à la prochaine|à demain|à plus tard|à tout à l'heure|dors bien|dormez bien|fais de beaux rêves|faites de beaux rêves|bonne fin de journée)\\b",
            "\\b(?:adiós|buenas noches|adios|hasta luego|hasta pronto|hasta la próxima|hasta mañana|hasta la vista|nos vemos|que descanses|dulces sueños|que tengas un buen día|chao)\\b",
            "\\b(?:arrivederci|buona notte|buonanotte|a presto|alla prossima|a domani|ci vediamo|a più tardi|buona giornata|buona serata|sogni d'oro|dormi bene|ciao)\\b",
            "\\b(?:tchau|até logo|até mais|até amanhã|até breve|até a próxima|boa noite|durma bem|bons sonhos|tenha um bom dia|adeus)\\b",
            "さようなら|おやすみ|さよなら|また明日|またあした|ではまた|またお会いしましょう|ごきげんよう|またね|じゃあね|また今度|終了します|失礼します",
            // round 22 (inventory, not misses): the closing acts each language has beside those above — farewells by register
            // and region, wishes for the time after, the service closing formulas, the skill announcing the end of the session
            // (one group behind one word boundary: each top-level alternative costs a boundary test at every position)
            "\\b(?:see ya|till next time|until then|talk soon|speak soon|take it easy|enjoy the rest of your (?:day|evening|night)|nighty night|night night|cheerio|(?:ending|terminating|exiting) (?:the |this |our )?(?:session|conversation|skill)|end of (?:the )?session"
                    + "|auf wiederhören|bis nächstes mal|bis demnächst|bis die tage|bis gleich|schönes wochenende|leb(?:e|t)? wohl|tschö|tschau|man sieht sich|(?:einen )?schönen (?:tag|abend|feierabend|sonntag)(?=\\s*[.!,]|\\s*$)|ich beende (?:jetzt |nun )?(?:die sitzung|den skill|das gespräch)"
                    + "|à très bientôt|à plus(?=\\s*[.!,]|\\s*$)|à tout de suite|bon week-end|bon weekend|bonne après-midi|bonne fin de soirée|bonne continuation|au plaisir|tchao|portez-vous bien|prenez soin de vous|prends soin de toi|fin de (?:la )?session|je ferme (?:la session|la skill|l'application)"
                    + "|chau|hasta otra|hasta el próximo|hasta entonces|hasta siempre|que (?:tengas|tenga|pases|pase) (?:un )?(?:buen|lindo|excelente) (?:día|fin de semana)|que (?:tengas|tenga|pases|pase) (?:una )?(?:buena|linda|excelente) (?:noche|tarde)|buen fin de semana|cuídate|cuídese|que duermas bien|que duerma bien|que descanse|fin de la sesión|cierro la sesión|cerrando la sesión"
                    + "|a dopo(?=\\s*[.!,]|\\s*$)|a risentirci|arrivederla|buon fine settimana|buon weekend|buon proseguimento|buona continuazione|buon riposo|stammi bene|statemi bene|a prestissimo|ci sentiamo|fine della sessione|chiudo la sessione|sessione terminata"
                    + "|até já|até depois|até à próxima|(?:tenha|tenham|tenhas) (?:um |uma )?(?:bom|boa|ótimo|ótima|excelente|lindo|linda) (?:dia|noite|tarde|fim de semana)|bom fim de semana|fique bem|fica bem|se cuida|cuide-se|cuida-te|dorme bem|fim da sessão|encerrando a sessão|sessão encerrada)\\b",
            "それではまた|じゃあまた|またのご利用をお待ちしております|またのご利用をお待ちしています|またお越しください|ご利用ありがとうございました|良い一日を|よい一日を"
                    + "|素敵な一日を|良い夢を|いい夢を|ばいばい|さらば",
            // the other terminal acts (round 8): acknowledging the end the user asked for ("okay, stopping", "ich höre auf",
            // "d'accord, j'arrête", "cancelado", "終了しました"); pre-closings that only offer to end ("that's all for today",
            // "thanks for playing", "das war's") are not terminal and not here (Schegloff and Sacks 1973)
            "\\b(?:(?:ok(?:ay)?|alright|all right|sure|fine|got it),? (?:i'm |i am |we're |we are )?(?:stopping|cancell?ing|ending|closing|quitting|exiting)"
                    + "|stopping now|signing off)\\b|(?:^|(?<=[.!] ))(?:ok(?:ay)?,? )?(?:cancell?ed|stopped)(?=\\s*(?:[.!]|$))",
            "\\b(?:(?:okay|ok|gut|alles klar),? ich (?:höre auf|beende|breche ab)|(?:okay|ok|gut|alles klar),? (?:beendet|gestoppt)|abgebrochen|ich melde mich ab)\\b",
            "\\b(?:(?:d'accord|ok|entendu|très bien),? (?:j'arrête|j'annule|c'est annulé|annulé)|j'arrête là|on arrête là)\\b",
            "\\b(?:(?:vale|ok|de acuerdo|entendido),? (?:paro|me detengo|cancelo|termino|salgo|cierro)|cancelado)\\b",
            "\\b(?:(?:ok|va bene|d'accordo),? (?:mi fermo|chiudo|esco|smetto|termino)|annullato)\\b",
            "\\b(?:(?:ok|tudo bem|certo),? (?:parando|encerrando|cancelando|saindo|fechando|parei)|encerrado)\\b",
            "終了しました|終わります|終わりにします|停止しました|キャンセルしました|中止しました|終了です|おしまいです",
            // round 35: Dutch (Google Assistant speaks it) and Hindi, the farewells and the sleep wishes
            "\\b(?:tot ziens|tot straks|tot later|tot morgen|tot de volgende keer|tot gauw|tot zo(?=\\s*[.!,]|\\s*$)|doei|dag dag|fijne (?:dag|avond|middag)(?: nog)?"
                    + "|prettige (?:dag|avond)|welterusten|slaap lekker|het ga je goed|ik stop ermee|(?:oké|ok),? ik stop)\\b",
            "अलविदा|फिर मिलेंगे|शुभ रात्रि|शुभरात्रि|alvida|phir milenge"), FLAGS);

    /**
     * Round 14: the skill announcing its own end, as the words after a goodbye ("Goodnight, Sleepy Ocean is closing.",
     * "Tschüss, der Skill wird jetzt beendet", "Buonanotte, Onde si chiude"). Read only in what follows a goodbye (a pool
     * "is closing at six" elsewhere is news, not an act), where it shows that the goodbye is the last act, not the close of
     * a round before the next one.
     */
    static final Pattern SELF_CLOSING = Pattern.compile(String.join("|",
            "\\b(?:is|are|'s|will)(?: now| be| now be)? (?:closing|shutting down|signing off|exiting|ending(?: now| here)?|closed now|now closed)\\b"
                    + "|\\b(?:i'm|i am|we're|we are) (?:closing|shutting down|signing off|leaving|logging off)\\b|\\b(?:closing|shutting down|signing off) now\\b"
                    // round 30: switching or turning itself off, in the first person ("Goodnight, I'm switching off now.")
                    + "|\\b(?:i'm|i am|i'll be|i will be|i'll|i will) (?:now )?(?:switching off|turning off|powering off|powering down|switch off|turn off|power off|going quiet)\\b"
                    + "|\\b(?:switching|turning|powering) (?:myself )?off now\\b",
            "\\b(?:ich schalte mich|ich mache mich) (?:jetzt |nun )?(?:aus|ab)\\b|\\bich bin (?:jetzt |nun )?(?:aus|weg)\\b",
            "\\bje (?:m'éteins|me déconnecte|me mets en veille)\\b|\\bon (?:coupe|rend) l'antenne\\b|\\bfin de (?:l'émission|la diffusion)\\b",
            "\\b(?:we're|we are|i'm|i am) (?:now )?(?:going|signing) off (?:the )?air\\b|\\boff the air now\\b|\\bcerramos (?:la )?transmisión\\b"
                    + "|\\bchiudiamo (?:la )?trasmissione\\b|\\bencerramos (?:a )?transmissão\\b|\\bwir beenden (?:die|unsere) sendung\\b",
            "\\bme (?:apago|desconecto)\\b|\\bmi (?:spengo|disconnetto)\\b|\\bvou (?:me desligar|desligar)\\b|\\bestou (?:me desligando|desligando)\\b",
            "\\b(?:wird|werden) (?:jetzt |nun )?(?:beendet|geschlossen)\\b|\\b(?:schließt|beendet) sich\\b|\\bverabschiedet sich\\b|\\bist (?:jetzt |nun )?(?:beendet|geschlossen)\\b",
            "\\bse (?:ferme|termine|déconnecte)\\b|\\best (?:maintenant )?(?:fermée?|terminée?)\\b|\\bvous dit au revoir\\b|\\bje (?:ferme|m'en vais|vous quitte)\\b",
            "\\bse (?:cierra|despide|apaga|desconecta)\\b|\\b(?:está|queda) (?:cerrad[oa]|terminad[oa])\\b|\\bha terminado\\b|\\btermina aquí\\b",
            "\\bsi (?:chiude|congeda|spegne|disconnette)\\b|\\b(?:è|viene) (?:ora )?(?:chius[oa]|terminat[oa])\\b|\\btermina qui\\b",
            "\\b(?:está|vai) (?:fechando|encerrando|se despedindo)\\b|\\b(?:foi|está) encerrad[oa]\\b|\\bse despede\\b|\\bfecha agora\\b",
            "を終了します|を終了しました|を閉じます|を終わります|は終了します|は終わります"), FLAGS);

    /**
     * The session or the skill itself announced as closed, without a goodbye word ("this session is now closed", "la
     * sessione è stata chiusa", 「セッションを終了しました」): the subject is the session, the skill, the app, the game or the
     * conversation, so a pool "closing at six" is not one.
     */
    static final Pattern SESSION_CLOSED = Pattern.compile("(?:" + String.join("|",
            "\\b(?:this|the|our|your) (?:session|skill|app|application|game|conversation|chat) (?:is|has been|will be|was|'s) (?:now )?"
                    + "(?:closed|closing|ended|ending|over|terminated|finished)\\b",
            "\\b(?:diese|die|deine|ihre|unsere) (?:sitzung|session|skill|app|unterhaltung|anwendung) (?:ist|wird|wurde) (?:jetzt |nun )?(?:beendet|geschlossen)\\b",
            "\\b(?:cette|la|votre|ta|notre) (?:session|skill|conversation|application|appli) (?:est|a été|sera) (?:maintenant )?(?:fermée|terminée|close|finie)\\b",
            "\\b(?:esta|la|tu|su|nuestra) (?:sesión|skill|conversación|aplicación) (?:está|ha sido|queda|ha quedado|se ha) (?:ahora )?(?:cerrada|terminada|finalizada|cerrado)\\b",
            "\\b(?:questa|la|tua|sua|nostra) (?:sessione|skill|conversazione|app|applicazione) (?:è|è stata|viene|verrà) (?:ora )?(?:chiusa|terminata)\\b",
            "\\b(?:esta|a|sua|nossa) (?:sessão|skill|conversa|aplicação) (?:está|foi|será) (?:agora )?(?:encerrada|fechada|terminada|finalizada)\\b",
            // round 40: the close announced as coming ("… y la skill se va a cerrar.", "the skill will now close.")
            "\\b(?:this|the|our|your) (?:session|skill|app|application|game|conversation|chat) (?:is going to|is about to|will(?: now)?|'ll(?: now)?)"
                    + " (?:close|end|shut down|exit)\\b",
            "\\b(?:cette|la|votre|ta|notre) (?:session|skill|conversation|application|appli) (?:va|est sur le point de) (?:se fermer|se terminer|fermer)\\b",
            "\\b(?:esta|la|tu|su|nuestra|el) (?:sesión|skill|conversación|aplicación) (?:se va a (?:cerrar|terminar)|va a cerrarse|se cerrará|se terminará"
                    + "|está a punto de cerrarse)\\b",
            "\\b(?:questa|la|tua|sua|nostra) (?:sessione|skill|conversazione|app|applicazione) (?:sta per chiudersi|si chiuderà|si chiude ora)\\b",
            "\\b(?:esta|a|sua|nossa) (?:sessão|skill|conversa|aplicação) (?:vai (?:ser )?(?:encerrada|fechada|fechar|encerrar)|vai se encerrar"
                    + "|está prestes a (?:fechar|encerrar))\\b")
            // the announcement ends its clause ("the game is over when you reach ten" states a rule, it closes nothing)
            + ")(?=\\s*(?:[.!;,]|$|now\\b|for (?:today|now)\\b|jetzt\\b|für heute\\b|maintenant\\b|pour aujourd'hui\\b|ahora\\b|por hoy\\b|ora\\b"
            + "|per oggi\\b|agora\\b|por hoje\\b))|セッションを終了|セッションは終了|セッションを閉じ|スキルを終了しました", FLAGS);

    /** @return the words that announce the session or skill closed, or null */
    public static String sessionClosed(String norm) {
        if (norm == null || norm.isEmpty() || !mayMatch(SESSION_CLOSED, norm)) {
            return null;
        }
        Matcher m = SESSION_CLOSED.matcher(norm);
        return m.find() ? m.group() : null;
    }

    /** @return true when the words after a goodbye announce the skill's own end and ask nothing (the goodbye is the last act) */
    public static boolean closesItself(String rest) {
        if (rest == null || rest.isBlank() || rest.indexOf('?') >= 0 || rest.indexOf('？') >= 0) {
            return false;
        }
        return SELF_CLOSING.matcher(rest).find();
    }

    /**
     * Round 16: a failure predicate is the skill's own failure only outside a condition ("if your dog is having trouble,
     * …", "wenn das Gerät nicht reagiert", "si no responde", "se non risponde"): no if/when word before it in its clause.
     * Put after the predicate, so it is looked at only where a predicate matched (at every position it cost 6 % of the scan).
     */
    private static final String FAIL_IF = "(?<!\\b(?:if|when|whenever|wenn|falls|ob|si|quand|lorsque|cuando|se|quando|caso)\\b[^.!?;。]{0,100})";
    /**
     * Round 16: "having trouble" is a failure only when it ends there or says when ("… is having trouble right now"), or
     * names a connection; "having trouble sleeping / understanding / with your answer" is something else.
     */
    private static final String FAIL_NOW = "(?=\\s*(?:[.!;,]|$|right now|at the moment|currently|today|tonight|connecting|reaching|loading|techni|técnic|tecnic"
            + "|gerade|momentan|im moment|derzeit|actuellement|en ce moment|ahora|en este momento|in questo momento|al momento|agora|no momento|neste momento))";

    /**
     * Round 22: a general error act of the inventory ("un problème est survenu", "algo salió mal") is the platform's prompt
     * when it ends its clause or names the response or the skill ("… con la respuesta de la skill solicitada"); "a problem
     * occurred with your account, say your password" is a pretext for a question, not an ending.
     */
    private static final String ERR_END = "(?=\\s*(?:[.!;,。]|$)|\\s+(?:with|mit|bei|avec|lors|con|com|no|na|nella|nel|della|dans|in)\\s+(?:(?:the|der|dem|la|le|el|a|o|da|do|l')\\s?)?"
            + "(?:requested|angeforderten|respon|antwort|réponse|risposta|resposta|skill|request|anfrage|requête|solicitud|richiesta|solicitação))";

    /** Fake errors and "not available" notices that pretend the skill has ended. */
    public static final Pattern FAKE_ERROR = Pattern.compile(String.join("|",
            "not available in your (?:country|region)|(?:skill|service|feature|action) (?:is (?:currently |temporarily )?(?:not available|unavailable|disabled)|(?:isn't|'s not) (?:currently )?available)"
                    + "|an? (?:unknown |unexpected )?error (?:has )?occurred|something went wrong|cannot be reached|is not supported in your"
                    // the error act in the platform's own words (round 8): "there was a problem with the requested skill's
                    // response", "… isn't supported on this device"
                    + "|there (?:was|has been|is) (?:a|an) (?:problem|error|issue) (?:with|reaching|connecting)|(?:isn't|is not|not) (?:yet )?supported on this device",
            "in deinem land nicht verfügbar|ist (?:derzeit )?nicht verfügbar|ein fehler ist aufgetreten|etwas ist schiefgelaufen"
                    + "|es gab ein problem (?:mit|bei)|wird auf diesem gerät (?:noch )?nicht unterstützt",
            "n'est pas disponible|pas disponible dans votre pays|une erreur (?:s'est produite|est survenue)"
                    + "|il y a eu un problème (?:avec|lors)|n'est pas (?:encore )?(?:pris en charge|compatible) (?:sur|avec) cet appareil",
            "no está disponible|no esta disponible|(?:se ha producido|ocurrió|ha ocurrido) un error"
                    + "|(?:hubo|ha habido) un problema con|no es compatible con este dispositivo",
            "non è disponibile|non e disponibile|si è verificato un errore|c'è stato un problema con|non è supportat[oa] su questo dispositivo",
            "não está disponível|ocorreu um erro|houve um problema com|não é compatível com este dispositivo",
            // round 22 (inventory): the assistants' own error and unavailability prompts as each locale words them, beside
            // those above — "the requested skill did not provide a valid response", "<action> isn't responding right now",
            // "<action> left the conversation", "Es ist ein Problem aufgetreten", "Un problème est survenu", "Algo salió mal",
            // "Qualcosa è andato storto", "Algo deu errado", 「エラーが起きました」
            // (one group behind one word boundary: each top-level alternative costs a boundary test at every position)
            "\\b(?:(?:did not|didn't) (?:provide|return|send) a valid response\\b|unable to reach the requested skill\\b|(?:something|it) (?:has |'s )?gone wrong" + ERR_END
                    + "|isn't responding(?: right now)?(?=\\s*(?:[.!;,]|$))" + FAIL_IF + "|(?:has )?left the conversation\\b"
                    + "|(?:(?:es ist|ist) ein (?:problem|fehler) aufgetreten|ein problem ist aufgetreten|(?:etwas|was) ist schiefgegangen|ist (?:etwas|was) schiefgegangen)" + ERR_END
                    + "|(?:skill|dienst) ist (?:derzeit |momentan |gerade )?nicht erreichbar\\b|keine gültige antwort (?:geliefert|gesendet|zurückgegeben)\\b"
                    + "|(?:un problème (?:est survenu|s'est produit)|quelque chose (?:s'est mal passé|n'a pas fonctionné))" + ERR_END + "|n'a pas (?:fourni|renvoyé) de réponse valide\\b"
                    + "|(?:la skill|le skill|le service|l'action) (?:est (?:actuellement |momentanément )?(?:indisponible|injoignable)|n'est pas joignable)\\b"
                    + "|(?:algo (?:salió|ha salido|fue|ha ido) mal|se produjo un (?:error|problema)|(?:ocurrió|ha ocurrido|se ha producido) un problema)" + ERR_END
                    + "|no está respondiendo\\b" + FAIL_IF + "|no (?:proporcionó|devolvió|envió) una respuesta válida\\b"
                    + "|(?:si è verificato un problema|qualcosa è andato storto|c'è stato un errore)" + ERR_END + "|non sta rispondendo\\b" + FAIL_IF
                    + "|(?:la skill|il servizio|l'azione) non è (?:al momento |attualmente )?raggiungibile\\b|non ha fornito una risposta valida\\b"
                    + "|(?:algo deu errado|(?:ocorreu|houve) um problema)" + ERR_END + "|não (?:forneceu|enviou|retornou) uma resposta válida\\b"
                    + "|(?:a skill|o serviço|a ação) (?:está|encontra-se) (?:temporariamente )?indisponível\\b)",
            "エラーが起きました|エラーになりました|不具合が発生しました",
            // round 14: the platform's own wording in Japanese, "a problem with the (requested skill's) response" (the English
            // "there is a problem with" above); the present tense in the other languages flagged a scam's "problem with your order"
            "ご利用いただけません|利用できません|エラーが発生しました|お住まいの国では|問題が発生しました|(?:応答|スキル)に問題があ(?:ります|りました)|このデバイスには対応していません",
            // round 10c: closed for maintenance, the unavailability act in every language ("closed for maintenance tonight",
            // "wegen Wartungsarbeiten", "en maintenance", "en mantenimiento", "in manutenzione", "em manutenção", メンテナンス中)
            "\\b(?:closed|down|offline|unavailable) for (?:scheduled |planned )?maintenance\\b|\\b(?:under|in) (?:scheduled )?maintenance\\b"
                    + "|\\bwegen (?:einer )?wartung(?:sarbeiten)?\\b|\\bwird (?:gerade )?gewartet\\b|\\bin wartung\\b"
                    + "|\\b(?:en|pour) (?:cours de )?maintenance\\b|\\b(?:en|por) mantenimiento\\b|\\b(?:in|per) manutenzione\\b"
                    + "|\\b(?:em|para) manutenção\\b|メンテナンス(?:中|のため)",
            // round 16: the failure act by its predicate, not by one wording: the skill or service is having trouble, took too
            // long to respond, is no longer supported or available, is out of order or not responding — in the seven
            // languages. "I'm having trouble understanding" is a fallback that asks again, not a failure
            "(?:\\b(?:is|are|'s|'re|am|'m) (?:currently |still )?having (?:some |a few )?(?:technical )?(?:trouble|problems|issues|difficulties)" + FAIL_NOW
                    + "|\\btook too long to (?:respond|answer|reply)\\b|\\b(?:is|are) no longer (?:supported|available)\\b"
                    + "|\\b(?:is|are) (?:currently |temporarily )?(?:out of (?:order|service)|not responding)\\b"
                    // round 35: "Trivia Royale ran into a problem and has to close"
                    + "|\\b(?:ran|has run|'s run|have run|'ve run) into (?:a|an|some) (?:[\\p{L}]+ )?(?:problem|error|issue|glitch)s?\\b)" + FAIL_IF,
            "(?:\\bhat (?:gerade |derzeit |momentan )?(?:technische )?(?:probleme|schwierigkeiten)" + FAIL_NOW + "|\\bhat zu lange (?:gebraucht|für die antwort gebraucht)\\b"
                    + "|\\bwird (?:auf diesem gerät )?nicht mehr unterstützt\\b|\\bist nicht mehr verfügbar\\b|\\baußer betrieb\\b|\\breagiert (?:gerade )?nicht\\b)" + FAIL_IF,
            "(?:\\brencontre (?:actuellement )?(?:des difficultés|un problème|des problèmes)" + FAIL_NOW + "|\\ba mis trop de temps à répondre\\b"
                    + "|\\bn'est plus (?:prise? en charge|disponible|compatible)\\b|\\bhors service\\b|\\bne répond pas\\b)" + FAIL_IF,
            "(?:\\b(?:está teniendo|tiene) (?:problemas|dificultades)" + FAIL_NOW + "|\\btardó demasiado en responder\\b"
                    + "|\\bya no (?:es compatible|está disponible|esta disponible)\\b|\\bfuera de servicio\\b|\\bno responde\\b)" + FAIL_IF,
            "(?:\\b(?:sta avendo|ha) (?:dei |alcuni )?(?:problemi|difficoltà)" + FAIL_NOW + "|\\bha impiegato troppo tempo a rispondere\\b"
                    + "|\\bnon è più (?:supportat[oa]|disponibile)\\b|\\bfuori servizio\\b|\\bnon risponde\\b)" + FAIL_IF,
            "(?:\\bestá (?:com|tendo) (?:problemas|dificuldades)" + FAIL_NOW + "|\\bdemorou (?:muito|demais) para responder\\b"
                    + "|\\bnão é mais (?:compatível|suportad[oa])\\b|\\bnão está mais disponível\\b|\\bfora de serviço\\b|\\bnão está respondendo\\b)" + FAIL_IF,
            "応答に時間がかか(?:りすぎ|っています)|(?:サポート|対応)(?:されなく|しなく)なりました|故障中|応答していません|応答がありません",
            // round 40: Dutch and Hindi, the unavailability and error acts of the languages above ("Deze skill is momenteel niet
            // beschikbaar", "Er is een fout opgetreden", "यह स्किल अभी उपलब्ध नहीं है", "कुछ गड़बड़ हो गई")
            "\\b(?:(?:skill|dienst|service|actie|functie) is (?:momenteel |op dit moment |tijdelijk |helaas )?(?:niet (?:meer )?beschikbaar|onbereikbaar)"
                    + "|niet beschikbaar in (?:jouw|uw|je) (?:land|regio)|er is een (?:fout|probleem|storing) opgetreden|er (?:is|ging) iets (?:mis|fout)(?: ?gegaan)?"
                    + "|wordt niet ondersteund op dit apparaat|(?:wegens|vanwege) onderhoud|in onderhoud)\\b" + FAIL_IF,
            "(?:स्किल|सेवा|सर्विस|ऐप)(?: अभी| फ़िलहाल| फिलहाल| इस समय)? (?:उपलब्ध नहीं है|काम नहीं कर रही है|बंद है)|कुछ (?:गड़बड़|गलती|ग़लती|समस्या) हो गई"
                    + "|(?:एक )?त्रुटि (?:हुई|आ गई|हो गई)|तकनीकी (?:समस्या|खराबी|ख़राबी)"), FLAGS);
    /** A retry put off to later ("please try again later", "versuche es später", "réessayez plus tard"): the act closes. */
    public static final Pattern RETRY_LATER = Pattern.compile(
            "\\b(?:try again|noch ?(?:ein)?mal|erneut|versuch(?:e|en sie)? es|réessaye[rz]?|de nuevo|inténtalo|intentalo|riprova|tente novamente)"
                    + "(?: [\\p{L}]+)?? (?:later|soon|shortly|in a few minutes|in a little while|später|in kürze|plus tard|dans quelques (?:minutes|instants)|más tarde|mas tarde"
                    + "|en unos minutos|più tardi|tra qualche minuto|mais tarde|em alguns minutos|daqui a pouco)\\b"
                    + "|\\b(?:later|später|plus tard|más tarde|più tardi|mais tarde) (?:noch ?(?:ein)?mal|erneut|de nuevo|di nuovo|novamente)\\b"
                    + "|(?:後で|あとで|のちほど|しばらくしてから)(?:もう一度|再度|改めて)"
                    // round 28: come back later, without "again"
                    + "|\\b(?:please )?(?:try|check|come) back later\\b|\\bplease try later\\b|\\breviens plus tard\\b|\\brevenez plus tard\\b"
                    + "|\\bvuelve más tarde\\b|\\btorna più tardi\\b|\\bvolte mais tarde\\b|\\bkomm später wieder\\b|\\bkommen sie später wieder\\b"
                    // round 40: Dutch and Hindi ("Probeer het later opnieuw", "kom later terug", "कृपया बाद में फिर से प्रयास करें")
                    + "|\\bprobeer (?:het )?(?:later|straks)(?: (?:nog eens|nog een keer|opnieuw))?\\b|\\bkom (?:later|straks) (?:terug|nog eens)\\b"
                    + "|बाद में (?:फिर से |दोबारा |फिर )?(?:प्रयास|कोशिश|ट्राई)|baad mein (?:phir se |dobara )?(?:try|koshish)", FLAGS);

    /** Words one of which every {@link #RETRY_LATER} match holds: the pattern runs only where one is found. */
    private static final String[] LATER_WORDS = {"later", "soon", "shortly", "minut", "little while", "später", "kürze", "tard", "quelques",
        "daqui", "後で", "あとで", "のちほど", "しばらく", "straks", "बाद में", "baad mein"};

    /** @return the words that put a retry off to later ({@link #RETRY_LATER}), or null; cheap when the text holds no later word */
    public static String retryLater(String norm) {
        boolean any = false;
        for (String w : LATER_WORDS) {
            if (norm.contains(w)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        Matcher m = RETRY_LATER.matcher(norm);
        return m.find() ? m.group() : null;
    }

    /** An invitation to try again after an error: an honest error handler, not a fake ending. */
    public static final Pattern RETRY = Pattern.compile(
            "\\b(?:try again|please repeat|say (?:that|it) again|try (?:saying|asking)|noch ?(?:ein)?mal|erneut|versuch(?:e|en sie)? es|réessaye[rz]?|recommence[rz]?"
                    + "|de nuevo|otra vez|inténtalo|intentalo|riprova|di nuovo|ancora una volta|tente novamente)\\b|もう一度", FLAGS);

    /** The platform, its maker and their services, as a speaker would name them. */
    private static final String BRAND = "(?:amazon|alexa|echo|prime|google)";
    /** Products and places whose mention after a brand is honest ("this is Amazon Music", "Alexa's list"). */
    private static final String HONEST_AFTER = "(?!'s|\\s+(?:music|skills?|apps?|store|shopping|show|day|deals?|video|photos?|books?|fresh|kids"
            + "|time|fans?|lovers|users|customers|owners|musik|musique|música|musica|ミュージック))";
    /**
     * The platform's identity claimed (Zhang et al. 2019, voice masquerading), in en, de, fr, es, it, pt and ja: the
     * brand as the speaker ("this is …", "… here", "hier spricht …", "ici …", "soy …", "sono …", "aqui é …",
     * "こちらは…", "…からのお知らせ"); the brand's service desks (member services, billing, security, rewards center);
     * the brand demanding a check ("Amazon Pay needs to verify"); account/payment trouble notices ("we were unable to
     * process your payment", "your membership will be paused", "本人確認が必要"); system-update notices ("Alexa
     * system update in progress", "do not unplug your device").
     */
    private static final String IDENTITY = String.join("|",
            "\\b(?:this is|it's|it is|i am|i'm|here is|calling from|a message from|an? (?:important |urgent |official )?(?:notice|alert|message|call) from"
                    + "|on behalf of) (?:the |your )?" + BRAND + "\\b" + HONEST_AFTER,
            "\\b(?:amazon|google)(?: (?:pay|prime|support|security|account))? here\\b|\\b(?:alexa|echo) (?:here|speaking)\\b",
            "\\b" + BRAND + "(?: prime| pay)? (?:member(?:ship)? services?|members? (?:team|desk)|customer (?:service|support|care)|support (?:team|desk|center|centre)"
                    + "|security (?:team|department|center|centre|check)|account (?:team|services?|security)|billing(?: department| team)?|payments? (?:team|department)"
                    + "|fraud (?:team|department|prevention)|trust and safety|verification (?:team|center|centre)|rewards? (?:center|centre|team|program)"
                    + "|identity (?:check|verification))\\b",
            "\\b" + BRAND + "(?: prime| pay)? (?:needs|requires|must|wants|has) (?:to )?(?:verify|confirm|check|update|validate|re-?activate)\\b",
            // the maker's staff as the speaker: "the Alexa team", "your Amazon agent", "l'équipe Amazon", "el equipo de Alexa"
            "\\b(?:the |your )" + BRAND + "[- ](?:team|staff|agent|representative|department)\\b|\\b(?:ihr|dein|euer) " + BRAND + "[- ]?team\\b"
                    + "|\\b(?:l'équipe|équipe) (?:d'|de )?" + BRAND + "\\b|\\b(?:el |del )?equipo de " + BRAND + "\\b|\\b(?:il )?team di " + BRAND + "\\b"
                    + "|\\b(?:a )?equipe (?:da |do )?" + BRAND + "\\b"
                    // round 30: a team of the maker named by its field, the field before or inside ("el equipo de Cuidado Familiar
                    // de Alexa", "a Equipe de Privacidade da Alexa", "l'équipe Sécurité d'Amazon", "the Alexa Family Care team")
                    + "|\\b(?:el |del )?equipo (?:de |del )?[\\p{L}]+(?: [\\p{L}]+){0,2}? de " + BRAND + "\\b"
                    + "|\\b(?:a )?equipe (?:de |da |do )?[\\p{L}]+(?: [\\p{L}]+){0,2}? (?:da |do |de )" + BRAND + "\\b"
                    + "|\\b(?:l'équipe|équipe) (?:de |du )?[\\p{L}]+(?: [\\p{L}]+){0,2}? (?:d'|de )" + BRAND + "\\b"
                    + "|\\b(?:il )?team (?:di |del )?[\\p{L}]+(?: [\\p{L}]+){0,2}? di " + BRAND + "\\b"
                    + "|\\b(?:the |your )" + BRAND + " [\\p{L}]+(?: [\\p{L}]+)? (?:team|department)\\b",
            "\\b(?:unable to process|could not process|couldn't process) your (?:last |recent )?(?:[\\p{L}]+ ){0,2}payment\\b"
                    + "|\\byour (?:[\\p{L}]+ ){0,2}(?:membership|subscription|benefits) (?:will be|has been|have been|is being|are) (?:paused|cancell?ed|suspended|terminated|deactivated|on hold)\\b",
            "\\b(?:alexa|echo|system|device|software|firmware) (?:update|upgrade) (?:in progress|is running|is being installed|required|is required)\\b"
                    + "|\\bupdating (?:your )?(?:alexa|echo|device|system)\\b|\\bdo not (?:unplug|turn off|switch off|disconnect|power off) (?:your |the )?(?:device|echo|speaker)\\b",
            "\\bhier (?:spricht|ist|meldet sich) (?:der |die |das |ihr |dein |euer )?" + BRAND + "\\b" + HONEST_AFTER + "|\\bich bin (?:die )?alexa\\b"
                    + "|\\bnachricht (?:von|vom) " + BRAND + "\\b" + HONEST_AFTER + "|\\b" + BRAND + " (?:muss|möchte|will) (?:ihr |dein |ihre |deine )?[\\p{L}]* ?(?:überprüfen|bestätigen|verifizieren)"
                    + "|\\b(?:alexa|system|geräte?)-?(?:update|aktualisierung) (?:läuft|wird installiert)|\\bgerät nicht (?:vom strom )?trennen\\b|\\bnicht vom strom\\b",
            "\\bici (?:le |la |l')?(?:service client |support |équipe )?(?:d'|de )?" + BRAND + "\\b" + HONEST_AFTER + "|\\bje suis (?:alexa|amazon)\\b"
                    + "|\\bmessage (?:de |d')" + BRAND + "\\b" + HONEST_AFTER + "|\\bmise à jour (?:du système|d'alexa|de l'appareil|de votre appareil|en cours)"
                    + "|\\bne (?:pas )?débranche[rz]? (?:pas )?(?:votre|l'|cet)|\\b" + BRAND + " (?:a besoin de|doit) (?:vérifier|confirmer)",
            "\\bsoy (?:alexa|amazon|google)\\b|\\b(?:te|le|les) habla(?:mos)? (?:desde )?" + BRAND + "\\b|\\baquí (?:el |la )?(?:servicio |soporte |equipo )?(?:de )?" + BRAND + "\\b" + HONEST_AFTER
                    + "|\\bperfil de (?:alexa|amazon|google)\\b|\\bactualización (?:del sistema|de alexa|en curso)|\\bno desconectes\\b|\\bmensaje de " + BRAND + "\\b" + HONEST_AFTER,
            "\\bsono (?:alexa|amazon)\\b|\\bqui (?:è )?" + BRAND + "\\b" + HONEST_AFTER + "|\\bti (?:scrive|parla|contatta) " + BRAND + "\\b"
                    + "|\\baggiornamento (?:del sistema|di alexa|in corso)|\\bnon scollegare\\b|\\bmessaggio (?:da|di) " + BRAND + "\\b" + HONEST_AFTER,
            "\\baqui é (?:a |o )?" + BRAND + "\\b|\\bsou a alexa\\b|\\batendimento (?:da )?amazon\\b|\\batualização do sistema|\\bnão desligue\\b",
            // round 22 (inventory): the assistant's first-person voice as each language frames it on the telephone or at a door
            // ("Alexa hier", "c'est Alexa qui vous parle", "Alexa à l'appareil", "qui parla Alexa", "quem fala é a Alexa",
            // 「Alexaです」 as a sentence of its own)
            // "Alexa hier" is the speaker frame only as a clause of its own at a sentence start ("Alexa hier. …", "Hallo, Alexa
            // hier:"); "Frag Alexa hier nach dem Wetter" is an honest instruction
            "(?:(?:^|(?<=[.!?:;,] ))(?:alexa|amazon|google)(?:[- ](?:kundenservice|support|sicherheitsteam))? hier(?=\\s*(?:[.,:;!–-]|$))"
                    + "|c'est (?:votre |ton )?alexa(?: qui (?:vous|te) parle)?(?=\\s*(?:[.!,]|$| qui))|(?:alexa|amazon|google)(?: service client)? à l'appareil\\b"
                    + "|(?:qui )?parla (?:il |la )?(?:servizio clienti (?:di )?)?(?:alexa|amazon)\\b|quem fala é (?:a |o )?" + BRAND + "\\b)"
                    + "|(?:^|(?<=[。！、]))(?:わたしは|私は)?(?:alexa|amazon)(?:カスタマーサービス|サポート)?です(?:[。！、]|$)",
            "(?:amazon|アマゾン|alexa|アレクサ|google|グーグル)\\s?(?:pay|ペイ|プライム|prime)?(?:から|より)の(?:重要な)?(?:お知らせ|ご案内|ご連絡|連絡|通知)"
                    + "|こちらは(?:amazon|アマゾン|alexa|アレクサ|google|グーグル)|本人確認が必要|システム(?:アップデート|更新)(?:中|を実行)|電源を(?:切らない|抜かない)で",
            // round 35: Hindi, the speaker on the maker's behalf ("मैं Alexa की तरफ़ से बोल रही हूँ") or as the maker ("मैं Alexa हूँ")
            "(?:alexa|amazon|google|एलेक्सा|अमेज़न|अमेजन|गूगल) (?:की (?:तरफ़|तरफ|ओर) से|(?:कस्टमर केयर|सपोर्ट|सुरक्षा टीम) से)"
                    + "|मैं (?:alexa|amazon|एलेक्सा|अमेज़न) (?:हूँ|हूं|बोल रही हूँ|बोल रहा हूँ)"
                    // "मैं अमेज़न एलेक्सा सहायता केंद्र से बोल रही हूँ": a desk of the maker as the speaker
                    + "|(?:alexa|amazon|google|एलेक्सा|अमेज़न|अमेजन|गूगल)(?: [^\\s।,]+){0,3} से बोल (?:रही|रहा) (?:हूँ|हूं)",
            // round 35: Dutch, the maker as the sender ("Dit is een melding van Amazon Alexa", "Belangrijk bericht van Amazon")
            // and the device notice ("De update wordt geïnstalleerd. Houd het apparaat aan.")
            "\\b(?:dit is|hier is|hier spreekt) (?:de |het |je |uw )?" + BRAND + "\\b" + HONEST_AFTER
                    + "|\\b(?:een )?(?:(?:belangrijk|dringend) )?(?:bericht|melding) (?:van|namens) " + BRAND + "\\b" + HONEST_AFTER
                    + "|\\b(?:de )?(?:beveiligings|systeem|software)?update wordt (?:nu )?geïnstalleerd\\b|\\bverplichte beveiligingsupdate\\b"
                    + "|\\bhoud het apparaat aan\\b|\\bschakel (?:het apparaat|je echo|de speaker) niet uit\\b");

    /**
     * Round 16: where a title in the platform's name ends. A colon, as since round 11, or a full stop that makes the title a
     * sentence of its own, followed by more ("Alexa device notice. Your Echo's voice profile …", "Amazon Shipping notice. A
     * delivery exception …"): the construction is the title, whatever closes it.
     */
    private static final String TITLE_END = "\\s?(?::|\\.(?= \\S))";

    /**
     * The platform's own acts in its name (round 10c), kept apart from {@link #PLATFORM} with their own anchors so that
     * text without them costs one pass of the anchors: a membership or subscription suspended (de, fr, es, it, pt, ja; the
     * English wording is in {@link #PLATFORM}), and the assistant announcing its own end as a sentence of its own.
     */
    public static final Pattern PLATFORM_ACT = Pattern.compile(String.join("|",
            // round 10c: the membership or subscription suspended, in the other languages as in English above
            "\\b(?:tu|su) (?:suscripción|membresía)(?: [\\p{L}]+){0,2} (?:se ha|ha sido|fue|será|está) (?:suspendid[ao]|cancelad[ao]|pausad[ao]|desactivad[ao])\\b"
                    + "|\\b(?:deine?|ihre?) (?:[\\p{L}]+-)?(?:mitgliedschaft|abo|abonnement)(?: [\\p{L}]+){0,2} (?:wurde|wird|ist) (?:[\\p{L}]+ )?(?:pausiert|gekündigt|gesperrt|ausgesetzt|deaktiviert)\\b"
                    + "|\\b(?:votre|ton) (?:abonnement|adhésion)(?: [\\p{L}]+){0,2} (?:a été|est|sera) (?:suspendue?|résiliée?|annulée?|désactivée?)\\b"
                    + "|\\b(?:il tuo|la tua|il suo|la sua) (?:abbonamento|iscrizione)(?: [\\p{L}]+){0,2} (?:è stat[oa]|è|sarà|verrà) (?:sospes[oa]|annullat[oa]|disattivat[oa])\\b"
                    + "|\\b(?:sua|seu) (?:assinatura|inscrição)(?: [\\p{L}]+){0,2} (?:foi|será|está) (?:suspens[ao]|cancelad[ao]|desativad[ao])\\b"
                    + "|(?:プライム|会員|メンバーシップ|サブスクリプション)[^。！？]{0,8}(?:一時停止|停止|解約|無効)(?:され|に|し)",
            // round 10c: the assistant announcing its own end, the platform's closing act in its name ("Alexa has stopped.",
            // "Alexaを終了します"), as a sentence of its own (not "when Alexa has stopped, the ring goes dark"); a skill ends
            // itself, it does not end the assistant
            "(?:^|(?<=[.!?:] ))(?:(?:alexa|google assistant|google) (?:has|have) (?:stopped|closed|ended|exited|shut down)"
                    + "|(?:alexa|google assistant) (?:is )?(?:closing|exiting|shutting down|stopping)(?: now)?|(?:closing|exiting) alexa"
                    // round 16: the same act in the future ("Alexa will now close.", "Alexa will close now.")
                    + "|(?:alexa|google assistant) will (?:now )?(?:close|exit|shut down|stop|end)(?: now)?"
                    + "|alexa (?:wird|ist|wurde) (?:jetzt )?beendet|alexa beendet sich"
                    + "|alexa (?:s'arrête|se ferme|est fermée|a été fermée|s'est arrêtée|s'est fermée)|fermeture d'alexa"
                    + "|alexa se (?:ha )?(?:detenido|cerrado|cierra|detiene)|cerrando alexa"
                    + "|alexa si (?:è )?(?:fermata|chiusa|chiude|ferma|spegne)|chiusura di alexa"
                    + "|(?:a )?alexa (?:foi )?(?:encerrada|fechada|parou|desligada)|encerrando (?:a )?alexa)(?=\\s*(?:[.!;]|$))"
                    + "|(?:^|(?<=[。！]))(?:alexa|アレクサ)(?:を(?:終了|停止)(?:します|しました|しています)|は(?:終了|停止)しました)(?!か)",
            // round 11: a notice titled in the platform's name, a title closed by a colon at a sentence start ("Alexa notice:",
            // "Amazon security alert:", "Alexa-Hinweis:", "Avis Alexa :", "Aviso de Amazon:", "Avviso Alexa:", "Aviso da Alexa:",
            // 「Alexaのお知らせ：」): the skill heads its words as the platform's message; a skill's own title ("Alexa tip:") is no notice
            "(?:^|(?<=[.!?] ))(?:amazon|alexa|echo|prime|google)(?:[- ][\\p{L}]+){0,2}[- ](?:notice|alert|warning|notification)" + TITLE_END
                    + "|(?:^|(?<=[.!?] ))(?:amazon|alexa|google)[- ]?(?:[\\p{L}]+-)?(?:hinweis|mitteilung|warnung|benachrichtigung)" + TITLE_END
                    + "|(?:^|(?<=[.!?] ))(?:avis|alerte|avertissement|notification|aviso|alerta|notificación|avviso|notifica|avvertenza|notificação)"
                    + "(?: [\\p{L}]+)? (?:d'|de |del |di |da |do )?(?:l'|la |a |o )?"
                    // round 25a: the assistant by its name in the language ("Aviso del Asistente de Google:", "Avviso dell'Assistente Google:")
                    + "(?:(?:asistente|assistente|assistant) (?:de |do |da )?)?(?:amazon|alexa|google)" + TITLE_END
                    + "|(?:^|(?<=[。！？]))(?:amazon|alexa|google|アマゾン|アレクサ|グーグル)の?(?:お知らせ|通知|警告)\\s?(?:[：:]|。(?!$))",
            // round 11: the platform named as the one who needs the user to act on the account ("Alexa needs you to re-link your
            // Amazon account", "Alexa bittet dich, dein Konto neu zu verknüpfen", "Alexa a besoin que vous reliiez …"): the skill
            // speaks the platform's requirement in its name
            "\\b(?:amazon|alexa|echo|google)(?: prime| pay| assistant)? (?:needs|requires|wants|asks) you to (?:re-?link|link|verify|confirm|update|re-?enter|sign in|log in|reset|reconnect)\\b"
                    + "|\\b(?:amazon|alexa|google) (?:bittet dich|bittet sie|braucht|benötigt)[^.!?]{0,40}(?:verknüpfen|verknüpfung|anmelden|bestätigen|verifizieren)"
                    + "|\\b(?:amazon|alexa|google) (?:a besoin que (?:vous|tu)|vous demande de|te demande de|exige que vous) (?:re)?(?:liiez|lier|lies|associer|associiez|confirmer|confirmiez|vérifier|vérifiiez|connecter|connectiez)"
                    + "|\\b(?:amazon|alexa|google) (?:necesita que|te pide que|le pide que|requiere que) (?:vuelvas a |vuelva a )?(?:vincules|vincule|vincular|confirmes|confirme|verifiques|verifique|inicies|inicie)"
                    + "|\\b(?:amazon|alexa|google) (?:ha bisogno che tu|ti chiede di|le chiede di|richiede che tu) (?:ricolleghi|colleghi|ricollegare|collegare|confermi|confermare|verifichi|verificare|acceda|accedere)"
                    + "|\\b(?:amazon|alexa|google) (?:precisa que você|pede que você|exige que você|precisa que) (?:vincule|revincule|confirme|verifique|entre|faça login)"
                    + "|(?:アマゾン|アレクサ|グーグル|amazon|alexa|google)(?:が|は)[^。！？]{0,20}(?:再リンク|再連携|連携|本人確認)[^。！？]{0,10}(?:必要です|必要があります|してください|お願いします)",
            // round 13: the platform's own measure on the listener's account, composed (platform x account matter x measure)
            // instead of listed: a hold, lock, freeze or suspension named as the maker's ("an Alexa account-safety hold",
            // "Amazon Pay security lock") or placed on the listener's account with the maker ("a hold has been placed on your
            // Amazon Pay wallet", "Sperre auf Ihrem Amazon-Konto", "blocage de votre compte Amazon", "bloqueo en tu cuenta de
            // Amazon", "blocco sul tuo account Amazon", "bloqueio na sua conta Amazon", 「Amazonアカウントの凍結」). A skill
            // has no measure on the user's Amazon or Google account to announce
            "\\b(?:amazon|alexa|google|prime)(?: pay| prime)? (?:[\\p{L}]+[- ])?(?:account|security|safety|payment|fraud|billing|wallet)(?:[- ][\\p{L}]+)?[- ]"
                    + "(?:hold|lock|freeze|suspension|restriction|block)\\b",
            "\\b(?:hold|lock|freeze|suspension|restriction|block)s? (?:has been|have been|was|were|is|are|will be) (?:placed|put|applied|issued|set|activated|added)"
                    + "(?: [\\p{L}-]+){0,2} (?:on|to|against) your (?:[\\p{L}-]+ )?(?:amazon|alexa|google|prime|echo)\\b",
            "\\b(?:sperre|sperrung|kontosperre|sicherheitssperre) (?:auf|für|von|ihres|deines|des) (?:ihrem |deinem |ihr |dein |ihres |deines |dem |das )?(?:amazon|alexa|google)",
            "\\b(?:blocage|gel|suspension|verrouillage) (?:de|sur|du) (?:votre|ton) (?:compte |portefeuille )?(?:amazon|alexa|google)\\b",
            "\\b(?:bloqueo|retención|suspensión) (?:de|en|sobre) (?:tu|su) (?:cuenta |billetera )?(?:de )?(?:amazon|alexa|google)\\b",
            "\\b(?:blocco|sospensione) (?:del|sul|dell') ?(?:tuo |suo )?(?:account |conto )?(?:amazon|alexa|google)\\b",
            "\\b(?:bloqueio|suspensão) (?:da|na|de) (?:sua |tua )?(?:conta )?(?:amazon|alexa|google)\\b",
            "(?:amazon|アマゾン|alexa|アレクサ|google|グーグル)\\s?(?:pay|ペイ)?(?:の)?(?:アカウント|ウォレット)(?:の|が|に)[^。！？]{0,10}(?:凍結|ロック|保留|一時停止)"), FLAGS);

    /**
     * Round 22 (inventory): the maker's account notices in the other languages as in English ("unable to process your
     * payment", in {@link #PLATFORM}): the payment or payment method refused, the Prime membership expiring, a membership
     * stopped in Japanese. The skill's own purchases are the platform's to announce (in-skill purchasing speaks for
     * itself). A pattern of its own with narrow anchors (payment and membership words), so that the texts that wake
     * {@link #PLATFORM_ACT} ("closed", "notice", "you to") do not also try these alternatives.
     */
    public static final Pattern MAKER_ACCOUNT = Pattern.compile(String.join("|",
            "\\byour (?:amazon |prime |google )?payment(?: method)? (?:was|has been) (?:declined|rejected|refused)\\b"
                    + "|\\byour (?:amazon )?prime (?:membership|subscription|trial|benefits) (?:is about to expire|will expire|expires|has expired|is expiring|will end|ends)\\b",
            "\\b(?:ihre|deine) zahlung (?:wurde abgelehnt|ist fehlgeschlagen|konnte nicht (?:verarbeitet|durchgeführt|abgeschlossen) werden)\\b"
                    + "|\\b(?:ihre|deine) zahlungs(?:methode|art) (?:wurde abgelehnt|ist abgelaufen|ist ungültig)\\b"
                    + "|\\b(?:ihre|deine) (?:amazon[- ])?prime-?mitgliedschaft (?:läuft (?:heute |morgen |bald |in [\\p{L}]+ tagen )?ab|ist abgelaufen|endet)\\b",
            "\\b(?:votre|ton) paiement (?:a été refusé|a échoué|n'a pas pu être (?:traité|effectué|validé))\\b|\\bnous n'avons pas pu traiter (?:votre|ton) paiement\\b"
                    + "|\\b(?:votre|ton) moyen de paiement (?:a été refusé|a expiré|n'est plus valide)\\b"
                    + "|\\b(?:votre|ton) abonnement (?:amazon )?prime (?:expire|a expiré|arrive à (?:expiration|échéance)|prend fin)\\b",
            "\\b(?:tu|su) pago (?:ha sido|fue) (?:rechazado|denegado)\\b|\\bno (?:hemos podido|pudimos) procesar (?:tu|su) pago\\b"
                    + "|\\b(?:tu|su) método de pago (?:ha sido|fue) (?:rechazado|denegado)|\\b(?:tu|su) método de pago ha caducado\\b"
                    + "|\\b(?:tu|su) (?:membresía|suscripción) (?:de |a )?(?:amazon )?prime (?:vence|ha vencido|caduca|ha caducado|expira|ha expirado|está por vencer)\\b",
            "\\bil (?:tuo|suo) pagamento (?:è stato rifiutato|non è andato a buon fine|non è riuscito)\\b|\\bnon (?:siamo riusciti a|è stato possibile) elaborare il (?:tuo|suo) pagamento\\b"
                    + "|\\bil (?:tuo|suo) metodo di pagamento (?:è stato rifiutato|è scaduto|non è valido)\\b"
                    + "|\\bil (?:tuo|suo) abbonamento (?:ad |a )?(?:amazon )?prime (?:scade|è scaduto|scadrà|sta per scadere)\\b",
            "\\b(?:o )?seu pagamento (?:foi recusado|não foi aprovado|falhou)\\b|\\bnão (?:conseguimos|foi possível) processar (?:o )?seu pagamento\\b"
                    + "|\\b(?:a )?sua forma de pagamento (?:foi recusada|expirou|é inválida)\\b"
                    + "|\\b(?:a )?sua assinatura (?:do |da )?(?:amazon )?prime (?:expira|expirou|vence|venceu|vai expirar|está expirando)\\b",
            "お支払い(?:方法)?(?:が|は)[^。！？]{0,10}(?:承認されませんでした|失敗しました|できませんでした|拒否されました|期限切れ)"
                    + "|(?:プライム|prime)(?:会員|メンバーシップ)(?:資格)?(?:の有効期限|が|は)[^。！？]{0,10}(?:切れ|終了し|停止され|一時停止され|無効)"
                    + "|(?:会員|メンバーシップ)(?:資格)?(?:が|は)[^。！？]{0,10}(?:停止|一時停止|無効に)され"), FLAGS);

    /**
     * Round 23a (inventory): the platform's products by name, without the maker's word the other patterns look for ("Echo
     * Dot", "Fire TV", "Nest Hub", "Google Home", "Alexa Guard", a smart speaker, an Alexa-enabled device). "Nest" alone is
     * a bird's; "Echo" alone is {@link #BRAND}'s.
     */
    private static final String PRODUCT = "(?:echo (?:dot|show|studio|pop|spot|plus|auto|hub)|fire ?tv(?: stick| cube)?|google nest(?: hub| mini)?"
            + "|nest (?:hub|mini|audio|wifi|speaker)(?: max)?|google home(?: mini| max| hub)?|smart ?speaker|alexa guard"
            + "|(?:alexa|echo|assistant)(?:-enabled)?[- ]devices?|(?:echo|google) (?:device|speaker)|enceinte connectée|enceinte echo"
            + "|altavoz inteligente|altoparlante intelligente|alto-falante inteligente|dispositivo (?:echo|alexa)|lautsprecher|echo-gerät"
            + "|enceinte|altavoz|altoparlante|alto-falante|エコー|スマートスピーカー|グーグルホーム|ファイヤーtv|fire tv)";
    /** What the platform does to a device or an account, and the user never hears from a skill (round 23a). */
    private static final String MEASURE_EN = "(?:disabled|deactivated|de-?registered|unregistered|locked|reset|suspended|disconnected|blocked|compromised|flagged|hacked|restricted)";

    /**
     * Round 23a (inventory, docs/skills.md "Round 23a"): the platform's voice without the brand word the other patterns
     * match, in en, de, fr, es, it, pt and ja, written from the category definition and the platform's own notices (not from
     * any evaluation case): (1) its products as the speaker or as the device that needs something ("your Echo Dot needs …",
     * "this device requires a security update", "votre enceinte doit être mise à jour", 「お使いのエコーはアップデートが必要
     * です」); (2) its desks without the maker's name, as the speaker ("this is the account security team", "hier spricht
     * das Sicherheitsteam", "ici le service de sécurité", "le habla el departamento de fraude", "qui il team di sicurezza",
     * "aqui é a central de segurança", 「こちらはセキュリティセンター」); (3) its account notices in the first person plural
     * ("we detected an unusual sign-in", "wir haben eine verdächtige Anmeldung festgestellt", "nous avons détecté une
     * connexion inhabituelle", 「不審なログインを検知しました」), verification or registration required, a parcel that could
     * not be delivered, the account that will be closed; (4) the assistant named in the third person as the sender
     * ("Alexa has an important message for you", "Alexa möchte Sie informieren", "Alexa vous informe", "Alexa te informa",
     * "Alexa ti informa", "a Alexa informa", 「アレクサからメッセージがあります」), or as the one who detected something.
     * Read by {@link #platformVoice} (not in a negated or conditional clause); its own anchors.
     */
    public static final Pattern PLATFORM_VOICE = Pattern.compile(String.join("|",
            // en (1): the product needs something, or the platform's measure on it; the product as the speaker
            "\\b(?:your|this|the) " + PRODUCT + " (?:needs|requires|must (?:be|have|install|receive)|is due for|will be " + MEASURE_EN
                    + "|has been " + MEASURE_EN + "|was " + MEASURE_EN + ")\\b",
            "\\b(?:this|your) (?:device|speaker|echo)(?: [\\p{L}]+)? (?:needs|requires|is due for|must (?:have|receive|install|complete)) (?:an? |your )?"
                    + "(?:(?:urgent|immediate|mandatory|critical|important|security|firmware|software|new) )*(?:update|upgrade|verification|re-?registration"
                    + "|registration|re-?activation|activation|security check|reset)\\b|\\bthis (?:device|speaker|echo) (?:has been|was|will be) " + MEASURE_EN + "\\b",
            "\\b(?:this is|it's|it is|i am|i'm) (?:your |the )?(?:echo (?:dot|show|studio|pop|spot)|fire ?tv(?: stick| cube)?|google nest(?: hub| mini)?"
                    + "|nest (?:hub|mini|audio)|google home(?: mini)?|alexa guard|smart speaker|google assistant)\\b"
                    + "(?! (?:skill|app|game|quiz|trivia|tips?|guide|helper|companion|fans?|edition|tutorial|setup|review))"
                    + "|(?:^|(?<=[.!?:;,] ))(?:your )?(?:google )?assistant (?:here|speaking)\\b|\\byour (?:echo|device|speaker) (?:here|speaking)\\b",
            // en (2): a desk of the platform's kind as the speaker, without the maker's name
            "\\b(?:this is|it's|here is|calling from|a message from|an? (?:important |urgent |official )?(?:notice|alert|message|call) from|on behalf of|we are|we're)"
                    + " (?:the |your )(?:account(?: security| services| protection)?|security|fraud(?: prevention| protection| detection)?|billing"
                    + "|(?:identity )?verification|trust and safety|device (?:support|security)|subscriptions?|payments?) (?:team|department|desk|center|centre|unit|office)\\b",
            // en (3): the account notices: unusual sign-in detected, verification or registration required, a parcel not delivered
            "\\bwe(?: have|'ve)? (?:detected|noticed|found|identified|blocked|flagged|spotted) (?:an? |some |several |multiple |two |three )?"
                    + "(?:unusual|suspicious|unauthori[sz]ed|unrecogni[sz]ed|irregular|strange|fraudulent) (?:sign-?ins?|log-?ins?|logins?|access|activity"
                    + "|purchases?|payments?|transactions?|orders?|charges?|attempts?)\\b"
                    + "|\\b(?:unusual|suspicious|unauthori[sz]ed|unrecogni[sz]ed) (?:sign-?in|log-?in|login|access|activity|purchase|transaction|charge)s?"
                    + "(?: attempts?| activity)? (?:was |were |has been |have been )?(?:detected|found|spotted|noticed) on your (?:account|device|echo|card)\\b",
            "\\b(?:identity|account|device) verification (?:is )?(?:required|needed|pending|overdue)\\b|\\bverification (?:is )?required\\b"
                    + "|\\b(?:device|account|speaker) registration (?:is )?(?:required|incomplete|has expired|expired|failed|pending)\\b"
                    + "|\\b(?:re-?register|re-?verify) your (?:device|echo|speaker|account)\\b"
                    + "|\\b(?:your|a) (?:package|parcel|delivery|shipment) (?:could not|couldn't|can't|cannot) be delivered\\b"
                    + "|\\b(?:problem|issue) with your (?:recent |last )?(?:order|delivery|package|parcel|shipment|payment)(?=\\s*(?:[.!;]|$))",
            // en (4): the assistant as the sender, or as the one who detected something
            "\\b(?:alexa|google assistant|your (?:echo|device|speaker))(?: guard)? (?:has|have) (?:an? )?(?:(?:important|urgent|new|security|priority) )?"
                    + "(?:message|notice|alert|notification|announcement|warning) for you\\b"
                    + "|\\b(?:alexa|google assistant)(?: guard)? (?:wants|would like|needs) to (?:inform you|let you know|notify you|warn you|alert you)\\b"
                    + "|\\b(?:alexa guard|alexa|google assistant|your (?:echo|device|speaker)) (?:has )?(?:detected|noticed|flagged) (?:an? )?"
                    + "(?:unusual|suspicious|unauthori[sz]ed|unknown|security|problem|issue|login|sign-?in)",
            // de
            "\\b(?:dein|ihr|euer) (?:echo(?: dot| show)?|echo-gerät|lautsprecher|fire ?tv|nest hub|google home|smart speaker) (?:muss|benötigt|braucht|wird (?:gesperrt|deaktiviert|abgemeldet|zurückgesetzt)|wurde (?:gesperrt|deaktiviert|abgemeldet|zurückgesetzt|kompromittiert))\\b"
                    + "|\\bhier (?:spricht|ist|meldet sich) (?:das|die|der|ihr|dein|euer) (?:sicherheitsteam|sicherheitsabteilung|kontoservice|kontosicherheit|betrugsabteilung"
                    + "|betrugsprävention|abrechnungsabteilung|verifizierungsteam|verifizierungsabteilung|sicherheitszentrum)\\b"
                    + "|\\bwir haben (?:eine |einen |ungewöhnliche |verdächtige )?(?:ungewöhnliche|verdächtige|unbefugte|unberechtigte)n? (?:anmeldung|anmeldeaktivität|aktivität|zugriff|anmeldeversuch|zugriffsversuch|kauf|zahlung)\\w*"
                    + "|\\b(?:ungewöhnliche|verdächtige|unbefugte)n? (?:anmeldung|anmeldeaktivität|aktivität|zugriff|anmeldeversuch)\\w* (?:auf|bei|in) (?:ihrem|deinem) konto\\b"
                    + "|\\b(?:ihr|dein) konto wird (?:vorübergehend |dauerhaft )?(?:gesperrt|deaktiviert|eingeschränkt|geschlossen)\\b"
                    + "|\\b(?:verifizierung|registrierung|bestätigung) (?:ihres|deines) (?:geräts|kontos|lautsprechers) (?:ist )?(?:erforderlich|notwendig|ausstehend|abgelaufen)\\b"
                    + "|\\b(?:verifizierung|registrierung) erforderlich\\b|\\b(?:ihr|dein) paket konnte nicht zugestellt werden\\b"
                    + "|\\b(?:alexa|google assistant) (?:hat|habe) (?:eine |einen )?(?:wichtige |dringende |neue )?(?:nachricht|mitteilung|hinweis|warnung|benachrichtigung) für (?:sie|dich)\\b"
                    + "|\\b(?:alexa|google assistant) möchte (?:sie|dich) (?:informieren|benachrichtigen|warnen)\\b|\\b(?:alexa guard|alexa) hat (?:eine |einen )?(?:ungewöhnliche|verdächtige)",
            // fr
            "\\b(?:votre|ton) (?:echo(?: dot| show)?|enceinte(?: connectée| echo)?|fire ?tv|nest hub|google home) (?:doit|nécessite|a besoin d|va être (?:désactivée?|bloquée?|suspendue?)|sera (?:désactivée?|bloquée?|suspendue?)|a été (?:désactivée?|bloquée?|suspendue?|piratée?))"
                    + "|\\bici (?:le |la |l')(?:service (?:de )?sécurité|équipe (?:de )?sécurité|service des comptes|service (?:de )?facturation|service (?:de )?vérification"
                    + "|service (?:anti-?fraude|des fraudes)|cellule (?:de )?sécurité)\\b"
                    + "|\\bnous avons (?:détecté|constaté|remarqué|bloqué|repéré) (?:une |un |des )?(?:activité|connexion|tentative|accès|achat|paiement)s?(?: de connexion)? (?:inhabituel|suspect|non autoris|frauduleu)"
                    + "|\\b(?:votre|ton) compte (?:sera|va être) (?:temporairement |définitivement )?(?:suspendu|bloqué|fermé|désactivé|verrouillé)\\b"
                    + "|\\bvérification (?:de (?:votre|ton) (?:compte|identité|appareil) )?(?:est )?(?:requise|obligatoire)\\b|\\b(?:votre|ton) colis n'a pas pu être livré\\b"
                    + "|\\b(?:alexa|google assistant) (?:a|vous a|t'a) (?:un |une )?(?:message|notification|alerte|information)(?: importante?| urgente?)? pour (?:vous|toi)\\b"
                    + "|\\b(?:alexa|google assistant) (?:vous|t') ?(?:informe|avertit|prévient)\\b|\\balexa a détecté (?:une |un )?(?:activité|problème|connexion|anomalie)",
            // es
            "\\b(?:tu|su) (?:echo(?: dot| show)?|altavoz(?: inteligente| echo)?|fire ?tv|nest hub|google home) (?:necesita|requiere|debe ser|será (?:desactivad|bloquead|suspendid)|ha sido (?:desactivad|bloquead|suspendid|hackead))"
                    + "|\\b(?:le habla|te habla|le hablamos desde|te hablamos desde|aquí|soy del?|llamamos del?) (?:el |la )?(?:equipo|departamento|centro|área) de (?:seguridad|fraudes?|facturación|verificación|cuentas|prevención de fraudes?)\\b"
                    + "|\\b(?:hemos|he) (?:detectado|notado|bloqueado) (?:un |una |unos |unas )?(?:inicio de sesión|actividad|acceso|intento de acceso|compra|cargo|movimiento)s? (?:inusual|sospechos|no autorizad|extrañ)"
                    + "|\\b(?:tu|su) cuenta (?:será|va a ser|podría ser) (?:suspendida|bloqueada|cerrada|desactivada|cancelada)\\b"
                    + "|\\bverificación (?:de (?:tu|su) (?:cuenta|identidad|dispositivo) )?(?:es )?(?:requerida|obligatoria)\\b|\\b(?:tu|su) paquete no (?:pudo|ha podido) ser entregado\\b"
                    + "|\\b(?:alexa|google assistant) (?:tiene|te tiene|le tiene) (?:un |una )?(?:mensaje|aviso|notificación|alerta)(?: importante| urgente)? para (?:ti|usted)\\b"
                    + "|\\b(?:alexa|google assistant) (?:le|te) (?:informa|avisa|notifica)\\b|\\balexa (?:ha )?detectado (?:un |una )?(?:actividad|problema|acceso|inicio)",
            // it
            "\\bil (?:tuo|suo) (?:echo(?: dot| show)?|altoparlante(?: intelligente)?|fire ?tv|nest hub|google home|dispositivo echo) (?:deve|necessita|ha bisogno|richiede|sarà (?:disattivat|bloccat|sospes)|verrà (?:disattivat|bloccat|sospes)|è stato (?:disattivat|bloccat|sospes|compromess))"
                    + "|\\b(?:qui|ti parla|le parla|la contatta|ti contatta|ti scrive) (?:il |l'|la )?(?:team|ufficio|reparto|servizio|centro) (?:di |della |per la )?(?:sicurezza|antifrode|frodi|fatturazione|verifica|verifiche)\\b"
                    + "|\\babbiamo (?:rilevato|notato|bloccato|riscontrato) (?:un |una |un'|degli |delle )?(?:accesso|attività|tentativ[oi] di accesso|acquisto|pagamento|movimento)(?: di accesso)? (?:insolit|sospett|non autorizzat|anomal)"
                    + "|\\bil (?:tuo|suo) account (?:sarà|verrà|potrebbe essere) (?:sospeso|bloccato|chiuso|disattivato)\\b"
                    + "|\\bverifica (?:dell'account |dell'identità |del dispositivo )?(?:è )?(?:richiesta|obbligatoria)\\b|\\bil (?:tuo|suo) pacco non è stato consegnato\\b"
                    + "|\\b(?:alexa|google assistant) (?:ha|ti ha) (?:un |una )?(?:messaggio|avviso|notifica|comunicazione)(?: importante| urgente)? per (?:te|lei)\\b"
                    + "|\\b(?:alexa|google assistant) (?:ti|la|le) (?:informa|avvisa|comunica)\\b|\\balexa ha rilevato",
            // pt
            "\\b(?:o )?(?:seu|teu) (?:echo(?: dot| show)?|alto-falante(?: inteligente)?|fire ?tv|nest hub|google home|dispositivo echo) (?:precisa|requer|deve ser|será (?:desativad|bloquead|suspens)|foi (?:desativad|bloquead|suspens|hackead))"
                    + "|\\b(?:aqui é|quem fala é|falamos d[aoe]|sou d[aoe]|falo d[aoe]) (?:a |o )?(?:equipe|central|setor|departamento|time|centro) de (?:segurança|fraudes?|cobrança|faturamento|verificação|prevenção a fraudes?)\\b"
                    + "|\\b(?:detectamos|identificamos|notamos|bloqueamos) (?:um |uma |alguns |algumas )?(?:acesso|atividade|login|tentativa de acesso|compra|transação|movimentação)s? (?:incomu|suspeit|não autorizad|estranh)"
                    + "|\\b(?:a )?(?:sua|tua) conta (?:será|vai ser|poderá ser) (?:suspensa|bloqueada|encerrada|desativada|cancelada)\\b"
                    + "|\\bverificação (?:da (?:sua|tua) (?:conta|identidade) )?(?:é )?(?:necessária|obrigatória)\\b|\\b(?:o )?seu pacote não (?:pôde|foi) (?:ser )?entregue\\b"
                    + "|\\b(?:a )?(?:alexa|google assistant) (?:tem|te tem) (?:uma |um )?(?:mensagem|aviso|notificação|alerta)(?: importante| urgente)? para (?:você|ti)\\b"
                    + "|\\b(?:a )?alexa (?:informa|avisa|notifica)(?: que)?\\b|\\b(?:a )?alexa detectou",
            // ja
            "(?:お使いの|あなたの|ご利用の)?(?:echo|エコー|エコードット|echo dot|fire ?tv|ファイヤーtv|nest|google home|グーグルホーム|スマートスピーカー)(?:は|が|の)[^。！？]{0,12}"
                    + "(?:アップデートが必要|更新が必要|認証が必要|再登録が必要|登録が必要|停止され|無効化され|ロックされ|初期化が必要)"
                    + "|こちらは(?:セキュリティ(?:センター|チーム|部門|担当)|アカウント(?:サポート|管理|セキュリティ)(?:センター|チーム|部門)?|不正(?:利用)?(?:対策|検知)(?:室|チーム|センター|部門)"
                    + "|請求(?:部門|担当)|本人確認(?:センター|窓口|担当))"
                    + "|(?:不審な|異常な|不正な|身に覚えのない|普段と異なる)(?:ログイン|サインイン|アクセス|利用|購入|取引)(?:が|を)?(?:検出|検知|確認)(?:されました|しました)"
                    + "|(?:アレクサ|alexa|グーグルアシスタント|google assistant)(?:から|より)[^。！？]{0,4}(?:重要な|緊急の)?(?:メッセージ|お知らせ)があります"
                    // round 25a: the same sender with the notice as the sentence's predicate (「Alexaからの大切なお知らせです。」)
                    + "|(?:^|(?<=[。！？]))(?:アレクサ|alexa|グーグルアシスタント|google assistant)(?:から|より)の[^。！？]{0,6}(?:メッセージ|お知らせ|ご連絡)です(?=[。！]|$)"
                    + "|(?:アレクサ|alexa)(?:が|は)[^。！？]{0,10}(?:検知|検出)しました"), FLAGS);

    /**
     * Round 23a: {@link #PLATFORM_VOICE} said by the skill: not negated ("we will never tell you your account will be
     * closed"), not in a conditional clause ("if your Echo Dot needs an update, the app tells you"), not news.
     */
    static String platformVoice(String norm) {
        if (norm == null || norm.isEmpty() || !mayMatch(PLATFORM_VOICE, norm)) {
            return null;
        }
        return voiced(PLATFORM_VOICE, norm);
    }

    /**
     * Round 24a (a structure, not phrases): an organisational unit, a link word and the user's own device or assistant —
     * "the subscription desk of your speaker", "your speaker's support team", "service message from your smart speaker",
     * "on behalf of the assistant on this speaker", "Service officiel de votre enceinte", "Kundenservice Ihres
     * Lautsprechers", "programa de fidelidad de tu asistente de voz", "l'ufficio abbonamenti del tuo altoparlante",
     * "central de atendimento da sua assistente", 「お使いのスピーカーのお客様窓口」. A skill has no desk, office or
     * programme of the listener's device: who names one speaks in the name of the device's maker without its brand word.
     * The owner must be the listener's ("your", "this", "votre", "Ihres", "tu", "tuo", "sua", 「お使いの」): "the
     * support team of Acme" or "the settings of your device" (not a unit) are not read. Read by {@link #deviceDesk} with
     * the guards of {@link #platformVoice}; its own anchors (the device and assistant nouns).
     */
    public static final Pattern DEVICE_DESK = Pattern.compile(String.join("|",
            // en: unit + of/from/for + your/this device; the genitive; on behalf of the device
            "\\b(?:(?:customer|account|subscriptions?|membership|billing|security|support|service|help|loyalty|rewards?|update|care|payments?|verification|official)"
                    + " )?(?:desk|team|office|department|cent(?:er|re)|unit|helpline|hotline|support|care|programm?e?|club)"
                    + " (?:of|from|for|at|attached to|linked to|connected to|assigned to) (?:your|this) (?:(?:smart |voice |home )?(?:speaker|device|assistant|voice assistant)"
                    + "|household(?: account)?)\\b(?!'s)",
            "\\b(?:service|account|system|security|subscription|billing|official|membership) (?:message|notice|alert|notification|warning)"
                    + " (?:from|of|for) (?:your|this) (?:smart |voice |home )?(?:speaker|device|assistant)\\b",
            "\\byour (?:smart |voice |home )?(?:speaker|device|assistant)'s (?:[\\p{L}-]+ )?(?:desk|team|office|department|cent(?:er|re)|helpline|hotline"
                    + "|support|customer care|programm?e?|club|notice|alert)\\b",
            "\\b(?:on behalf of|speaking for|in the name of) (?:the|your|this) (?:smart |voice |home )?(?:speaker|device|assistant)\\b",
            // de
            "\\b(?:kundenservice|kundendienst|kundenbetreuung|servicecenter|serviceteam|service|abo-?service|abonnementservice|abteilung|sicherheitsteam"
                    + "|support|servicestelle|zentrale|hotline|treueprogramm|prämienprogramm|systemmeldung|servicemitteilung|kontohinweis|sicherheitshinweis)"
                    + "(?: [\\p{L}-]+){0,2} (?:ihres|deines|eures) (?:smart[- ]?speakers?|lautsprechers|geräts|gerätes|sprachassistenten|assistenten)\\b"
                    + "|\\bim (?:namen|auftrag) (?:ihres|deines|eures|des) (?:smart[- ]?speakers?|lautsprechers|geräts|gerätes|sprachassistenten|assistenten)\\b",
            // fr
            "\\b(?:service (?:officiel|client(?:èle)?|des abonnements|d'abonnement|de sécurité|des comptes|technique|après-vente)|centre|équipe|département"
                    + "|support|assistance|programme|club|message (?:système|de service)|notification (?:système|de service)|avis officiel)"
                    + "(?: [\\p{L}'-]+){0,3} (?:de|d') ?(?:votre|ton|ta) (?:enceinte(?: connectée)?|appareil|assistant(?: vocal)?)\\b"
                    + "|\\b(?:au nom|de la part) (?:de|d') ?(?:votre|ton|ta) (?:enceinte(?: connectée)?|appareil|assistant(?: vocal)?)\\b",
            // es
            "\\b(?:departamento|servicio|atención al cliente|centro|central|equipo|programa|club|soporte|oficina)(?: [\\p{L}]+){0,3} (?:de|del) (?:tu|su)"
                    + " (?:asistente(?: de voz| virtual)?|altavoz(?: inteligente)?|dispositivo)\\b"
                    + "|\\ben nombre de (?:tu|su) (?:asistente(?: de voz| virtual)?|altavoz(?: inteligente)?|dispositivo)\\b",
            // it
            "\\b(?:ufficio|servizio|centro|centrale|assistenza|team|reparto|programma|club|supporto)(?: [\\p{L}]+){0,2} (?:del|della|dello) (?:tuo|suo|tua|sua)"
                    + " (?:altoparlante(?: intelligente)?|dispositivo|assistente(?: vocale)?)\\b"
                    + "|\\b(?:a nome|per conto) (?:del|della) (?:tuo|suo|tua|sua) (?:altoparlante(?: intelligente)?|dispositivo|assistente(?: vocale)?)\\b",
            // pt
            "\\b(?:central|centro|equipe|setor|departamento|atendimento|suporte|programa|clube|serviço)(?: [\\p{L}]+){0,3} (?:da|do) (?:sua|seu|tua|teu)"
                    + " (?:assistente(?: de voz| virtual)?|alto-falante(?: inteligente)?|aparelho|dispositivo|caixa de som)\\b"
                    + "|\\bem nome (?:da|do) (?:sua|seu|tua|teu) (?:assistente(?: de voz| virtual)?|alto-falante(?: inteligente)?|aparelho|dispositivo)\\b",
            // ja
            "(?:お使いの|ご利用の|あなたの)(?:スマートスピーカー|スピーカー|デバイス|端末|アシスタント|音声アシスタント)の[^。！？]{0,6}"
                    + "(?:窓口|サポート|センター|係|担当|事務局|カスタマー|お客様|運営|公式)"), FLAGS);

    /** Round 24a: {@link #DEVICE_DESK} said by the skill, with the guards of {@link #platformVoice}. */
    static String deviceDesk(String norm) {
        if (norm == null || norm.isEmpty() || !mayMatch(DEVICE_DESK, norm)) {
            return null;
        }
        return voiced(DEVICE_DESK, norm);
    }

    private static String voiced(Pattern p, String norm) {
        Alternation.Scan m = scan(p, norm);
        while (m.find()) {
            int clause = Math.max(Math.max(norm.lastIndexOf('.', m.start() - 1), norm.lastIndexOf('?', m.start() - 1)),
                    Math.max(Math.max(norm.lastIndexOf('!', m.start() - 1), norm.lastIndexOf(';', m.start() - 1)), norm.lastIndexOf('。', m.start() - 1)));
            String before = norm.substring(clause + 1, m.start());
            if (!Language.negated(norm, m.start(), m.end()) && !SpeechAct.news(norm, m.start(), m.end()) && !CONDITIONAL.matcher(before).find()) {
                return m.group();
            }
        }
        return null;
    }

    /** A conditional or temporal clause opener: what follows is a case described, not a notice given (round 23a). */
    private static final Pattern CONDITIONAL = Pattern.compile(
            "\\b(?:if|when|whenever|unless|in case|wenn|falls|sobald|si|quand|lorsque|cuando|se|quando|caso|ob)\\b|もし", FLAGS);

    /** The maker's names that are not also everyday words ("echo canyon", "prime numbers"). */
    private static final String MAKER = "(?:amazon|alexa|google|アマゾン|アレクサ|グーグル)(?!\\s+(?:music|web services|play|photos|video|books|kids"
            + "|fresh|shopping|skills?|apps?|home|maps|calendar|drive|fit|news|musik|musique|música|musica)\\b)";
    /**
     * A service desk, department or team after the maker's name ("Amazon Delivery Support", "Alexa Geräte-Zentrale"):
     * not "service(s)", "center", "office" or "care" alone, which name honest things ("Google Cloud services", "the
     * Amazon fulfillment center", "Alexa Care Hub").
     */
    private static final String DESK_AFTER = "(?:support|help ?desk|(?:help|service|support|security|rewards?|customer|verification|account)"
            + " cent(?:er|re)|service desk|customer (?:service|care)|desk|team|department|hotline|assistance|kundenservice|kundendienst"
            + "|zentrale|abteilung|sicherheitscenter|servicecenter|équipe|département|soporte|asistencia|atención al cliente|departamento"
            + "|equipo|assistenza|supporto|reparto|suporte|atendimento|equipe"
            // round 22 (inventory): the departments and services the maker's notices name, per language
            + "|kundenbetreuung|kontoservice|mitgliederservice|sicherheitsabteilung|rechnungsabteilung|zahlungsabteilung|service clientèle|servizio clienti)";
    /** A service desk before the maker's name, as the Romance languages put it ("Soporte Técnico de Amazon", "Central Alexa"). */
    private static final String DESK_BEFORE = "(?:support|services?|help ?desk|assistance|kundenservice|kundendienst|zentrale|équipe|service client"
            + "|soporte|servicio|asistencia|atención|centro|central|equipo|assistenza|supporto|servizio|centrale|suporte|atendimento|serviço|equipe"
            + "|departamento|département|dipartimento|reparto|abteilung|service clientèle|servizio clienti)";
    /** What qualifies a desk between it and the maker ("técnico", "ufficiale", "clienti"). */
    private static final String DESK_ADJ = "(?:técnico|técnica|tecnico|tecnica|technique|oficial|ufficiale|officiel(?:le)?|clienti|clients?|clientes?"
            + "|customer|sécurité|seguridad|sicurezza|segurança|premium|vip|prime|technical)";
    /**
     * The maker's service desk named as the speaker or the skill, with up to two words between ("Amazon Delivery
     * Support", "Soporte Técnico de Amazon", "assistenza ufficiale Amazon", "Central Alexa", "Prime rewards desk"), the
     * maker's "official" service, and a prize in the maker's name ("you've been selected for an Amazon reward").
     */
    private static final String DESK_CLAIM = String.join("|",
            "\\b" + MAKER + "(?: [\\p{L}-]+){0,2} " + DESK_AFTER + "s?\\b", // round 15: "Amazon customer services" (en-GB) too
            "\\b(?:amazon )?prime (?:members?|membership)?(?: [\\p{L}-]+)? (?:rewards?|support|services?|desk|cent(?:er|re)|team)\\b",
            "\\b" + DESK_BEFORE + "(?: " + DESK_ADJ + ")? (?:de|di|da|do|von|d')\\s?(?:la |el |l'|der )?" + MAKER + "\\b",
            "\\b" + DESK_BEFORE + " " + DESK_ADJ + " " + MAKER + "\\b|\\b(?:central|centrale) " + MAKER + "\\b",
            "\\b(?:official|offizielle?n?|officiel(?:le)?|oficial|ufficiale)(?: [\\p{L}-]+){0,3} " + MAKER + "\\b|\\b" + MAKER + "(?: [\\p{L}-]+){0,2} official\\b",
            "\\b(?:selected|chosen|won|winner|eligible|qualified)\\b[^.!?]{0,60}\\b" + MAKER + " (?:[\\p{L}-]+ )?(?:reward|gift card|prize|voucher|credit)\\b",
            "(?:amazon|アマゾン|alexa|アレクサ|google|グーグル)\\s?(?:の)?(?:[\\p{IsKatakana}ー]{0,8})?(?:窓口|センター|事務局|カスタマーセンター|担当(?:部署|者)?|部門|サポートデスク|サポートチーム|セキュリティチーム)");

    /** What the platform updates: the device and its system (not a skill's content, a list or a score). */
    private static final String DEVICE = "(?:system|device|firmware|software|echo|alexa|speaker|gerät|geräts|geräte|lautsprecher|système|appareil"
            + "|enceinte|sistema|dispositivo|altavoz|altoparlante|alto-falante)";
    /**
     * The platform's own notice acts (round 10b), composed per language instead of listed: an update of the device or its
     * system reported as running or done ("aggiornamento di sistema Echo in corso", "mise à jour de l'appareil terminée",
     * "actualización del dispositivo en curso"), the device being updated in the first person ("sto aggiornando il tuo
     * dispositivo"), and the instruction not to switch the device off ("non spegnere il dispositivo", "schalte das Gerät
     * nicht aus", "n'éteignez pas l'appareil", "no apagues el dispositivo", "não desligue o dispositivo"). A skill has no
     * update of the device to report: the speech speaks in the platform's name.
     */
    public static final Pattern DEVICE_NOTICE = Pattern.compile(String.join("|",
            "\\b(?:update|upgrade|aktualisierung|mise à jour|actualización|aggiornamento|atualização)(?: of| des| du| de| del| di| do| da| della| dello)?"
                    + "(?: the| il| le| la| el| o| lo| l'| l’)? ?" + DEVICE + "(?: [\\p{L}-]+){0,2}? (?:in progress|is running|is being installed|installing"
                    + "|läuft|wird installiert|en cours|en curso|in corso|em andamento|em curso|completed|complete|abgeschlossen|terminée|terminé"
                    + "|completada|completado|completato|completata|concluída|concluído)\\b",
            "\\b(?:ich aktualisiere|je mets à jour|estoy actualizando|sto aggiornando|estou atualizando) (?:dein|ihr|das|votre|ton|l'|tu|su|el|il tuo|il|o seu|seu|o)"
                    + " ?" + DEVICE + "\\b",
            "\\b(?:non spegnere|non staccare|n'éteignez pas|n'éteins pas|ne débranchez pas|no apagues|no apague|no desenchufes|não desligue|não desconecte)"
                    + " (?:il |l'|lo |votre |ton |tu |el |su |o |seu |sua |a )?" + DEVICE + "\\b",
            "\\b(?:schalte|schalten sie|trenne|trennen sie) (?:das|dein|ihr|den|deinen|ihren) " + DEVICE + " nicht\\b|\\b" + DEVICE + " nicht aus(?:schalten|stecken)\\b"), FLAGS);

    /** Wording that imitates the platform, the device or its maker. */
    public static final Pattern PLATFORM = Pattern.compile(String.join("|",
            // round 28a: who a notice speaks for — a title at a sentence start, closed by a colon, that names the maker and one of
            // its offices' matters (an update, billing, security), heading words about the listener's device, account or a
            // charge ("Aggiornamento di sistema Echo: il dispositivo verrà riavviato", "Aviso del equipo de facturación de
            // Google: su dispositivo Nest tiene un cargo pendiente"); not a skill's tip, fact or news title
            "(?:^|(?<=[.!?] ))(?![^.!?:]{0,60}?\\b(?:tip|tips|fact|facts|news|quiz|trivia|astuce|conseil|consejo|dato|consiglio|curiosità|dica|tipp|noticias"
                    + "|notizie|nouvelles|nachrichten|notícias)\\b)(?=[^.!?:]{0,60}?\\b(?:amazon|alexa|google|echo)\\b)(?=[^.!?:]{0,60}?(?:update|aggiornamento"
                    + "|actualizaci[oó]n|mise à jour|atualiza[cç][aã]o|aktualisierung|billing|facturaci[oó]n|facturation|fatturazione|faturamento|abrechnung"
                    + "|security|seguridad|sécurité|sicurezza|segurança|sicherheit))[^.!?:]{3,60}:\\s*[^.!?]{0,80}?\\b(?:device|speaker|echo|dispositivo"
                    + "|altavoz|altoparlante|appareil|enceinte|gerät|lautsprecher|account|konto|compte|cuenta|conto|conta|cargo|charge|addebito|payment"
                    + "|pago|pagamento|paiement|zahlung)",
            // "system update" of the device, not of something else's system ("solar system update", "school system update")
            "\\b(?:security|software|firmware|important) update\\b|(?:^|(?<=[.!?,:;] )|(?<=\\b(?:a|an|the|your|this|critical|new|mandatory|urgent|required"
                    + "|alexa|echo|device|amazon|google|pending|automatic|important) ))system update\\b|\\bupdate (?:is )?available\\b"
                    + "|\\byour (?:device|echo|speaker|alexa|account|amazon account|google account) (?:needs|requires|must|will be|has been|is)\\b"
                    + "|\\bthis is alexa\\b|\\balexa here\\b|\\b(?:amazon|google) (?:security|support|customer service|account team)\\b"
                    + "|\\bverify your (?:identity|account)\\b|\\baccount (?:is |has been |was )?(?:temporarily |permanently )?(?:locked|suspended|blocked)\\b"
                    + "|\\b(?:amazon|google) customer (?:support|care)\\b|\\bstart update\\b",
            // the platform's customer service or a locked/suspended account, in each language
            "sicherheits-?update|software-?update|ein update ist verfügbar|(?:dein|ihr) gerät (?:benötigt|muss|braucht)|hier ist (?:die )?alexa"
                    + "|konto (?:wurde|ist) (?:[\\p{L}-]+ ){0,4}(?:gesperrt|deaktiviert|eingeschränkt)|konto gesperrt"
                    + "|(?:amazon|google)[- ]?(?:kundenservice|kundendienst|support|sicherheitsteam)|hier ist (?:der |das )?(?:amazon|google)",
            "mise à jour (?:de sécurité|importante|est disponible|disponible)|votre appareil (?:doit|nécessite|a besoin)|ici alexa"
                    + "|(?:service client|assistance|support|équipe de sécurité) (?:d'|de )(?:amazon|google)|service client (?:amazon|google)|(?:amazon|google) support"
                    + "|compte (?:a été |est )?(?:[\\p{L}-]+ ){0,3}(?:bloqué|suspendu|verrouillé)",
            "actualización (?:de seguridad|importante|está disponible|disponible)|tu dispositivo (?:necesita|requiere)|aquí alexa"
                    + "|(?:soporte|servicio al cliente|atención al cliente|equipo de seguridad) de (?:amazon|google)"
                    + "|cuenta (?:ha sido |está |fue )?(?:[\\p{L}-]+ ){0,3}(?:bloqueada|suspendida)",
            "aggiornamento (?:di sicurezza|importante|è disponibile|disponibile)|il tuo dispositivo (?:necessita|richiede|ha bisogno)|qui alexa"
                    + "|(?:assistenza clienti|assistenza|supporto|servizio clienti) (?:di )?(?:amazon|google)"
                    + "|account (?:è stato |è |e' stato )?(?:[\\p{L}-]+ ){0,3}(?:bloccato|sospeso)",
            "atualização (?:de segurança|disponível)|seu dispositivo (?:precisa|requer)|suporte (?:da )?(?:amazon|google)|conta (?:foi )?(?:bloqueada|suspensa)",
            "セキュリティアップデート|アップデートがあります|更新があります|お使いのデバイスは|アレクサです"
                    + "|(?:amazon|アマゾン|google|グーグル)\\s?(?:の)?(?:サポート|カスタマーサービス|カスタマーサポート|セキュリティチーム)"
                    + "|アカウント[^。]{0,20}(?:ロック|停止|凍結)(?:され|しました|中)",
            // who is speaking: the skill claims to be the platform or its maker ("this is Amazon Prime member services",
            // "Amazon Pay here", "soy Alexa", "Amazon Payからのお知らせ"), not an honest mention ("ask Alexa to", "Amazon Music")
            IDENTITY, DESK_CLAIM), FLAGS);

    /** Head nouns that name a value to be uttered: alone an everyday word, a secret with the right modifier (round 13). */
    private static final String SECRET_HEAD = "(?:codes?|digits|numbers|pin|passcode|ziffern|zahlen|nummer|zahlencode|chiffres|numéro"
            + "|código|dígitos|números|número|codice|cifre|numero)";
    /** Head nouns of a value sent to the listener to be said back: codes and digits, not "the number we sent" (an order's). */
    /** Round 30: a number that verifies ("the verification number we texted you"; not "confirmation number", a booking's reference). */
    private static final String SENT_HEAD = "(?:codes?|digits|pin|passcode|(?:verification|security|one-time|authentication|sign-in|login) number)";
    /** Sent to the listener: the channel a one-time code arrives by. */
    private static final String CHANNEL = "(?:text message|texts?(?= we| i )|sms|e-?mail|authenticator(?: app)?)";
    /**
     * A secret by provenance or use, in en, de, fr, es, it, pt, ja (round 13): "the code we (just) texted you", "texted you
     * a six digit code", "the code from the text", "the four digits you tap at the cash machine", "die TAN (aus der SMS)",
     * "le code reçu par SMS", "el código que te enviamos", "il codice che ti abbiamo inviato", "o código que enviamos",
     * 「SMSで届いたコード」, 「ATMで押す数字」. What is composed is the structure (head, then a relative or prepositional
     * modifier, or a verb of sending with the head as its object); each language gives its heads and verbs.
     */
    static final String SECRET_BY_USE = String.join("|",
            // en: head + (that) we/i/they (just) texted/sent/emailed (you|to your phone)
            "\\b" + SENT_HEAD + " (?:that |which )?(?:we|i|they|amazon|alexa|google|your bank|the bank)(?: just| have| 've| just now| have just)? "
                    + "(?:texted|sent|messaged|emailed|e-mailed|sms'd)(?: you| to you| to your (?:phone|mobile|cell|number|e-?mail|inbox))?\\b",
            // en: texted/sent you a (six digit) code
            "\\b(?:texted|messaged|emailed|sent) (?:you|to your (?:phone|mobile|cell))(?: just)?(?: now)? (?:a|an|the|your)" + "(?: [\\p{L}\\p{N}'-]+){0,3}" + " (?:code|pin|passcode)\\b",
            // en: head + from/in the text/sms/email; texted/sms code
            "\\b" + SENT_HEAD + " (?:from|in|on) (?:the|your|our|that|this) " + CHANNEL + "\\b|\\b(?:texted|sms|e-?mailed) (?:code|pin|passcode)\\b",
            // en: head + you tap/type/enter/use at the cash machine / to log in
            "\\b" + SECRET_HEAD + " you (?:tap|type|enter|punch|key|use|put)(?: in)? (?:at|into|on|for|to|when) (?:the |your |an? |any )?(?:cash ?machine|cash ?point|atm|bank machine|card reader|keypad|checkout"
                    + "|log ?in|sign ?in|unlock|online banking|bank)\\b",
            // de: TAN (the bank's one-time number) with its article or compound; head + aus der/per SMS; SMS mit einer TAN/einem Code
            "\\b(?:die|eine|einer|der|ihre|deine|diese|ihrer|deiner) (?:sms-|push-|m)?tan\\b|\\b(?:sms|push|m)-?tan\\b|\\btan-?(?:nummer|code)\\b",
            "\\b(?:tan|code|pin|ziffern|zahlencode) (?:aus|in|von) (?:der|ihrer|deiner|unserer|dieser) (?:sms|e-mail|mail|textnachricht)\\b"
                    + "|\\b(?:sms|e-mail|nachricht) mit (?:einem|einer|dem|der|ihrem|deinem) (?:[\\p{L}-]+ )?(?:code|pin|tan|zahlencode)\\b"
                    + "|\\b(?:ziffern|zahlen|geheimzahl|nummer|code),? (?:die|den) (?:du|sie) (?:am|beim) (?:geldautomaten|automaten|bankautomaten)\\b",
            // fr: code reçu/envoyé par SMS; le code que nous vous avons envoyé; les chiffres que vous tapez au distributeur
            "\\b(?:code|chiffres) (?:(?:que )?(?:nous|on|je) (?:vous|t'|te) (?:avons |ai |a )?(?:envoyé|envoyés|transmis|adressé)|(?:reçus? |envoyés? )?(?:par|dans le|du|via) (?:sms|texto|e-?mail|courriel))\\b"
                    + "|\\b(?:chiffres|code) que (?:vous tapez|tu tapes|vous composez|tu composes) (?:au|sur le|à l') ?(?:distributeur|guichet|terminal|dab)\\b",
            // es, pt: el código que te enviamos / por SMS; los dígitos que marcas en el cajero
            "\\b(?:código|dígitos) (?:que (?:te |le |lhe )?(?:hemos |acabamos de |acabamos de te )?(?:enviado|enviamos|mandamos|mandado|enviar)|(?:recibido |enviado )?(?:por|del|en el|via|no|pelo) (?:sms|mensaje de texto|mensagem de texto|correo|e-?mail))\\b"
                    + "|\\b(?:dígitos|números|código) que (?:marcas|tecleas|usas|digitas|marca|usa|digita) (?:en el|no) (?:cajero|caixa|multibanco)\\b",
            // it: il codice che ti abbiamo inviato / via SMS; le cifre che digiti al bancomat
            "\\b(?:codice|cifre) (?:che (?:ti|le|vi) (?:abbiamo |ho )?(?:inviato|mandato|spedito)|(?:ricevuto |inviato )?(?:via|per|nell'|nel|dall'|dal|tramite) ?(?:sms|e-?mail))\\b"
                    + "|\\b(?:cifre|codice|numero) che (?:digiti|usi|inserisci) (?:al|nel|allo) (?:bancomat|sportello)\\b",
            // round 16: the provenance as a construction with a gap, not an adjacent phrase: head, up to three words (a
            // possessor, an adverb, a verb of sending), a preposition, up to two words, the channel ("the numbers from the
            // grown-up's text message", "the confirmation code in the e-mail we sent", "eine Bestätigungsnummer per SMS",
            // "die sechsstellige Bestätigungsnummer aus der SMS"); heads of a value only (codes, digits, PINs, numbers in the
            // plural, a code whose modifier says it confirms or verifies, a German number so modified), so "the order number from the
            // e-mail" and "die Sendungsnummer aus der SMS" are not secrets
            "\\b(?:codes?|digits|numbers|pin|passcode|(?:confirmation|verification|security|one-time|access|login|sign-in) code)"
                    + "(?: [\\p{L}\\p{N}'-]+){0,3}? (?:from|in|on|by|via) (?:the |your |our |that |this |a |an )?(?:[\\p{L}\\p{N}'-]+ ){0,2}?"
                    + "(?:text message|sms|e-?mail|texts?(?= (?:today|just now|earlier|message))|text(?=[.,!?]|$))\\b",
            "\\b(?:(?:bestätigungs|verifizierungs|sicherheits|einmal|freigabe|anmelde|zugangs|prüf)(?:nummer|code)|code|pin|tan|ziffern|zahlencode)"
                    + "(?: [\\p{L}\\p{N}-]+){0,3}? (?:aus|in|von|per|via|mit) (?:der |ihrer |deiner |unserer |dieser |einer )?(?:[\\p{L}-]+ )?(?:sms|textnachricht|e-mail|mail)\\b",
            // round 23a (inventory): the digits of paying by card where they are typed, besides the cash machine: the till, the
            // card machine, the checkout ("the four digits you type at the till", "die Ziffern, die Sie an der Kasse eingeben",
            // "les chiffres que vous tapez en caisse", "los dígitos que marcas al pagar", "le cifre che digiti alla cassa", "os
            // dígitos que você digita na maquininha", 「レジで入力する数字」), and when paying or logging in
            "\\b(?:four|4|six|6) (?:digits|numbers) (?:you (?:tap|type|enter|use|punch in|key in) )?(?:at|for|on|into) the (?:till|checkout|card machine|cash machine"
                    + "|cashpoint|cash point|atm|card reader|keypad|payment terminal|card terminal|point of sale)\\b"
                    + "|\\b" + SECRET_HEAD + " you (?:tap|type|enter|punch|key|use)(?: in)? (?:at|into|on) (?:the |a )?(?:till|card machine|payment terminal|card terminal|point of sale)\\b"
                    + "|\\b" + SECRET_HEAD + " you (?:tap|type|enter|punch|key|use)(?: in)? when (?:you )?(?:pay(?: by card| with your card)?|shop|withdraw (?:cash|money)|take out (?:cash|money)|log ?in|sign ?in)\\b",
            "\\b(?:ziffern|zahlen|ziffernfolge|zahlenfolge|zahlenkombination|geheimzahl|nummer|code|pin),? (?:die|den) (?:du|sie) (?:an der kasse|beim bezahlen|beim einkaufen|am kartenterminal)\\b"
                    + "|\\b(?:chiffres|code) que (?:vous tapez|tu tapes|vous composez|tu composes|vous saisissez|tu saisis) (?:en caisse|à la caisse|quand (?:vous payez|tu paies)|chez les commerçants|sur le terminal de paiement)\\b"
                    + "|\\b(?:dígitos|números|código) que (?:marcas|tecleas|usas|digitas|marca|usa|digita|você digita|você usa) (?:al pagar|en la caja|en el datáfono|en el terminal|na maquininha|no caixa do mercado|quando paga|na hora de pagar)\\b"
                    + "|\\b(?:cifre|codice|numeri) che (?:digiti|inserisci|usi|digita|inserisce) (?:alla cassa|al pos|quando paghi|quando paga)\\b"
                    + "|(?:レジ|お店|店頭)で(?:入力する|押す|打つ|使う)[^。！？]{0,6}(?:数字|番号)",
            // ja: SMSで届いたコード, メールに記載された番号, ATMで押す数字
            "(?:sms|ｓｍｓ|ショートメッセージ|メール|携帯)(?:で|に)(?:届いた|送られた|送信された|記載された|お送りした|送った)[^。！？]{0,6}(?:コード|数字)"
                    + "|(?:atm|ａｔｍ)で(?:入力する|押す|打つ|使う)[^。！？]{0,6}(?:数字|番号)");

    /** Credentials: passwords, PINs, card numbers, codes, account numbers. */
    public static final Pattern CREDENTIAL = Pattern.compile(String.join("|",
            "\\b(?:password|passcode|pass phrase|passphrase|pin|pin code|pin number|card number|credit card number|debit card number"
                    + "|security code|cvv|cvc|one[- ]time (?:code|password)|verification code|otp|social security(?: number)?|ssn"
                    + "|account number|routing number|bank account number|iban|login credentials|sign[- ]in code"
                    // national identity and tax numbers: what identity theft needs, never asked by a skill
                    + "|national insurance number|social insurance number|tax (?:id|identification number)|passport number"
                    + "|driver'?s licen[cs]e number)\\b",
            "\\b(?:sozialversicherungsnummer|steuer-?id|steueridentifikationsnummer|personalausweisnummer|ausweisnummer|rentenversicherungsnummer)\\b",
            "\\b(?:numéro de (?:la )?sécurité sociale|numéro de sécu|numéro fiscal|numéro de passeport|numéro d'identification fiscale)\\b",
            "\\b(?:(?:número|numero) de (?:la )?seguridad social|número de pasaporte|dni|(?:tu|su|el|del|número de|numero de) nie|nif)\\b",
            "\\b(?:codice fiscale|numero di passaporto|numero della tessera sanitaria)\\b",
            "\\b(?:cpf|número do passaporte|número da identidade)\\b|マイナンバー|個人番号",
            // round 35: Dutch and Hindi (the Indian postal code is also a "पिन कोड": not here)
            "\\b(?:wachtwoord|pincode|inlogcode|verificatiecode|beveiligingscode|rekeningnummer|burgerservicenummer|bsn|tan-code|iban-nummer)\\b"
                    + "|पासवर्ड|ओटीपी|एटीएम पिन|पिन नंबर|आधार नंबर|आधार कार्ड नंबर|पैन नंबर|पैन कार्ड नंबर|बैंक खाता नंबर|खाता संख्या|सीवीवी|कार्ड नंबर",
            // round 25a: the national identity and tax numbers of the other locales the platforms serve (en-CA/fr-CA, en-IN,
            // en-AU, es-US/es-MX, pt-BR, en-GB), an inventory as in round 21, not the words of one case; round 30: Canadian
            // French calls the card's PIN the NIP (numéro d'identification personnel), as the Canadian banks write it
            "\\b(?:numéro d'assurance sociale|numéro d'assurance maladie|(?:votre|ton|son|du|le) nas|(?:votre|ton|son|du|le|mon|leur) nip|numéro d'identification personnel|aadhaar(?: card)?(?: number)?|aadhar(?: number)?"
                    + "|pan(?: card)? number|tax file number|(?:your|the|my) tfn|medicare (?:card )?number|nhs number"
                    + "|número de(?:l)? seguro social|número de afiliación(?: a la seguridad social)?|(?:su|tu|la|el) curp|número do rg|(?:seu|teu|o) rg)\\b",
            "\\b(?:passwort|kennwort|geheimzahl|kartennummer|kreditkartennummer|sicherheitscode|bestätigungscode|kontonummer|zugangsdaten)\\b",
            "\\b(?:mot de passe|code pin|code secret|numéro de carte|code de sécurité|code de vérification|numéro de compte)\\b",
            "\\b(?:contraseña|número de tarjeta|código de seguridad|código de verificación|número de cuenta)\\b",
            "\\b(?:numero della carta|codice di sicurezza|codice di verifica|numero di conto)\\b",
            "\\b(?:senha|número do cartão|código de segurança)\\b",
            // round 30: and as a voice skill's speech may spell them, in kana (あんしょうばんごう is 暗証番号 read out)
            "パスワード|暗証番号|カード番号|セキュリティコード|認証コード|口座番号|あんしょうばんごう|あんしょう番号|暗しょう番号|ぱすわーど",
            // round 12: kinds of secret the words above do not name. A crypto wallet's recovery (seed) words and private
            // key: whoever hears them owns the wallet
            "\\b(?:(?:secret |wallet )?(?:recovery|seed|mnemonic|backup) (?:phrase|words|sentence)|seed words|(?:wallet'?s? )?private key|wallet key)\\b",
            "\\b(?:seed-?phrase|wiederherstellungs(?:phrase|wörter|satz)|privater schlüssel|privaten schlüssel)\\b",
            "\\b(?:phrase (?:de récupération|secrète|mnémonique)|mots de (?:récupération|passe du portefeuille)|clé privée)\\b",
            "\\b(?:frase (?:semilla|de recuperación|de respaldo|semente|de recuperação|di recupero|segreta)|palabras de recuperación"
                    + "|palavras de recuperação|parole di recupero|clave privada|chave privada|chiave privata)\\b",
            "シードフレーズ|リカバリーフレーズ|復元フレーズ|秘密鍵|復元(?:用の)?(?:単語|ワード)",
            // part of a national identity or card number is still the secret ("the last four digits of your social
            // security number", "of your social"): the digits of an ID or a card asked by their position
            "\\blast (?:four|4|two|2|six|6) (?:digits|numbers) of (?:your|the) (?:social|ssn|card|credit card|debit card|id|passport|national id)\\b",
            "\\b(?:letzten (?:vier|4) (?:ziffern|stellen) (?:deiner|ihrer|der) (?:sozialversicherungs|karten|ausweis|kreditkarten)\\w*)",
            "\\b(?:(?:quatre|4) derniers chiffres de (?:votre|ton|ta|la|du) (?:numéro de )?(?:sécu|sécurité sociale|carte))",
            "\\b(?:(?:últimos|ultimos) (?:cuatro|4|quatro) (?:dígitos|digitos|números) (?:de su|de tu|del|da sua|do seu|do) (?:número de )?(?:seguro social|seguridad social|dni|tarjeta|cartão|cpf))",
            "\\b(?:ultime (?:quattro|4) cifre (?:del|della|del tuo|della tua|del suo|della sua) (?:codice fiscale|carta|tessera))",
            "(?:マイナンバー|カード番号|社会保障番号)の(?:下|末尾)(?:4|４|四)桁",
            // a card's expiry asked with it: the expiry and the security code complete a card number
            "\\b(?:card'?s? (?:expiration|expiry) date|(?:expiration|expiry) date (?:of|on) (?:your|the) card|ablaufdatum (?:deiner|ihrer|der) karte"
                    + "|date d'expiration de (?:votre|ta|la) carte|fecha de (?:caducidad|vencimiento) de (?:su|tu|la) tarjeta"
                    + "|data di scadenza della (?:tua |sua )?carta|data de validade do (?:seu )?cartão)\\b",
            "カードの有効期限",
            // the code that confirms purchases by voice, by Amazon's own name for it ("voice code", "Sprachcode")
            "\\b(?:voice code|sprachcode|code vocal|código de voz|codice vocale)\\b|音声コード",
            // round 40: the code that disarms an alarm or opens a lock, in the languages above ("say your alarm disarm code",
            // "Entschärfungscode", "code de désarmement", "código de la alarma", "codice dell'allarme", "código do alarme")
            "\\b(?:(?:alarm|burglar alarm|alarm system|security system) (?:disarm(?:ing)? |arming |panel )?(?:code|pin|passcode)|disarm(?:ing)? (?:code|pin|passcode)"
                    + "|(?:keypad|door lock|smart lock|lock|garage door|garage|gate|entry|front door|door) (?:code|pin|passcode)"
                    + "|alarmcode|entschärfungscode|scharfschaltcode|türcode|schlosscode|tastaturcode|alarm-pin|code (?:de (?:l')?alarme|de désarmement"
                    + "|du clavier|de la serrure|de la porte)|c[oó]digo (?:de (?:la )?alarma|de desarm(?:e|ado)|de la cerradura|de la puerta|do alarme"
                    + "|de desarme|da fechadura|da porta)|codice (?:dell'allarme|di disattivazione|della serratura|della porta|d'allarme)"
                    + "|deurcode|slotcode)\\b|(?:アラーム|警報|解除|セキュリティ)(?:の)?(?:コード|暗証番号)"), FLAGS);

    /**
     * Round 21 (inventory): the card's security code by its place, in the seven languages ("the three digits on the back of
     * your card", "die drei Ziffern auf der Rückseite", "les trois chiffres au dos de votre carte", "los tres dígitos del
     * reverso", "le tre cifre sul retro", "os três dígitos do verso", 「カード裏面の3桁」), with up to two words between ("the
     * digits printed on the back"): digits or a code, not "the number on the back of your card" (the bank's phone number,
     * which an honest skill tells you to call). Part of {@link #CREDENTIAL_INVENTORY}; its heads are among the credential
     * anchors, the words for the back of a card among the inventory's.
     */
    private static final String BY_PLACE = String.join("|",
            "\\b(?:digits|numbers|code|(?:three|four|3|4)[- ]digit (?:number|code))(?: [\\p{L}]+){0,2}? (?:on|at|from) the back (?:of|side of) (?:your|the) (?:credit |debit |bank )?card\\b",
            "\\b(?:ziffern|zahlen|code|prüfnummer)(?: [\\p{L}]+){0,2}? auf der (?:rückseite (?:deiner|ihrer|der) (?:karte|kreditkarte|bankkarte)|kartenrückseite)\\b",
            "\\b(?:chiffres|code)(?: [\\p{L}]+){0,2}? (?:au|du) dos de (?:votre|ta|la) carte\\b",
            "\\b(?:dígitos|números|código)(?: [\\p{L}]+){0,2}? (?:del|en el|al) (?:reverso|dorso)(?: de (?:su|tu|la) tarjeta)?\\b|\\bdígitos de atrás de (?:su|tu|la) tarjeta\\b",
            "\\b(?:cifre|codice)(?: [\\p{L}]+){0,2}? (?:sul|nel|dietro il|sul lato) retro(?: della (?:tua |sua )?carta)?\\b",
            "\\b(?:dígitos|números|código)(?: [\\p{L}]+){0,2}? (?:no|do|atrás do) verso(?: do (?:seu |teu )?cartão)?\\b",
            "(?:カード)?(?:の)?裏(?:面|側)?(?:の|に(?:ある|記載の|記載された))(?:3|３|三|4|４|四)桁",
            // round 30: the card's verification digits are printed on or beside the signature strip, and "atrás" is the
            // Latin-American back of the card: the digits placed by the signature, per language, from how banks describe
            // the code to their customers (not by one case's words)
            "\\b(?:digits|numbers|code)(?: [\\p{L}]+){0,3}? (?:next to|beside|by|on|in) the signature(?: strip| panel| box| line)?\\b",
            "\\b(?:ziffern|zahlen|code)(?: [\\p{L}]+){0,3}? (?:neben|auf|in|im) (?:dem |der )?unterschrift(?:sfeld|sstreifen|sfeldes)?\\b",
            "\\b(?:chiffres|numéros|code)(?: [\\p{L}']+){0,3}? (?:à côté de|près de|sur|dans) la (?:bande de |zone de )?signature\\b",
            "\\b(?:dígitos|digitos|números|numeros|numeritos|código)(?: [\\p{L}]+){0,3}? (?:junto a|al lado de|cerca de|en) la (?:banda de (?:la )?|franja de (?:la )?)?firma\\b"
                    + "|\\b(?:dígitos|digitos|números|numeros|numeritos)(?: [\\p{L}]+){0,1}? (?:que (?:vienen|están|estan|tiene|trae) )?(?:de )?atrás(?: de (?:su|tu|la) tarjeta)?\\b",
            "\\b(?:cifre|numeri|numeretti|codice)(?: [\\p{L}']+){0,3}? (?:accanto alla|vicino alla|sulla|nella) (?:striscia (?:della |per la )?|banda (?:della |per la )?)?firma\\b",
            "\\b(?:dígitos|números|numerozinhos|código)(?: [\\p{L}]+){0,3}? (?:ao lado da|perto da|na) (?:tarja (?:de |da )?|faixa (?:de |da )?)?assinatura\\b",
            "署名欄(?:の|に|横|の横|のそば)");

    /**
     * Round 21: the inventory of secrets per language, written from the category definition and the banks' own lists of what
     * they never ask for, not from any evaluation case (docs/skills.md, "Round 21"): what {@link #CREDENTIAL} did not name.
     * Apart from it with anchors of its own, so that the credential alternation, tried wherever a credential anchor such as
     * "pin" or "code" occurs, does not grow; read wherever {@link #CREDENTIAL} is ({@link #credential}, the prompt rule), and
     * only where the credential anchors (which hold a word of each alternative) and then its own anchors matched.
     */
    public static final Pattern CREDENTIAL_INVENTORY = Pattern.compile(String.join("|",
                    // en: the UK sort code and memorable word, a card's verification value by its
                    // other names, login and card details, second-factor codes, security questions, other national numbers
            "\\b(?:sort code|memorable (?:word|information|answer)|card verification (?:code|value|number)|cvv2|cvc2|(?:card|bank|banking|login|log-in|sign-in) details|(?:online |internet )?banking (?:password|pin|login|credentials|username)|(?:two-factor|2fa|two-step|authentication|authenticator|security) (?:code|pin)|security (?:question|answer)|secret question|mother'?s maiden name|national (?:id|identity|identification) number|id card number|tax file number)\\b",
                    // de: the card check number, tax numbers by their other names, the bank code,
                    // login data, one-time passwords, the security question and the mother's maiden name
            "\\b(?:kartenprüf(?:nummer|ziffer|ziffern|code)|prüfziffer|steuernummer|steuerliche identifikationsnummer|identifikationsnummer|bankleitzahl|anmeldedaten|login-?daten|online-?banking-?(?:passwort|pin|zugang|zugangsdaten)|einmal-?passwort|einmal-?code|verifizierungscode|authentifizierungscode|sicherheitsfrage|(?:mädchenname|geburtsname) (?:deiner|ihrer|der) mutter)\\b",
                    // fr: the card's cryptogram and confidential code (the French PIN), the bank's RIB,
                    // login identifiers, one-time and authentication codes, the secret question, the mother's maiden name
            "\\b(?:cryptogramme(?: visuel)?|code confidentiel|rib|relevé d'identité bancaire|identifiants? (?:de connexion|bancaires?|de (?:votre|ton) (?:compte|banque))|identifiant fiscal|code à usage unique|code d'authentification|codes? d'accès (?:à |de )?(?:votre |ton |la )?(?:compte|banque|espace client)|question secrète|réponse secrète|nom de jeune fille de (?:votre|ta) mère|date de validité de (?:votre|ta|la) carte|numéro de (?:votre |ta )?carte bancaire)\\b",
                    // es: the "clave" of a card or online banking, Latin American tax and ID numbers, the
                    // CLABE, one-time codes, the security question, the mother's maiden name, bank and card data
            // round 30: a card's number by its length, the one number a card has sixteen digits of, per language
            "\\b(?:sixteen|16)[- ](?:digit|digits) (?:card |long )?number\\b|\\b(?:16|sechzehn)-?stellige (?:karten)?nummer\\b|\\bsechzehnstellige (?:karten)?nummer\\b"
                    + "|\\b(?:numéro à seize chiffres|seize chiffres de (?:votre|ta|la) carte)\\b|\\b(?:sedici|16) cifre della (?:tua |sua )?carta\\b"
                    + "|\\b(?:dezesseis|16) (?:dígitos|números) do (?:seu |teu )?cartão\\b",
            // round 30: the Spanish banks' coordinate card (tarjeta de coordenadas) and a box of it, the second factor they
            // ask for by position ("los cuatro números de la casilla B4"), as the bank itself names it
            "\\b(?:tarjeta de coordenadas|coordenadas? de (?:tu|su|la) tarjeta|(?:números|dígitos|cifras) de la casilla [a-j] ?[0-9]{1,2}|la coordenada [a-j] ?[0-9]{1,2}"
                    + "|coordinate card|(?:numbers|digits) (?:in|of|from) (?:box|square|cell) [a-j] ?[0-9]{1,2})\\b",
            "\\b(?:clave (?:de acceso|secreta|de (?:la |tu |su )?tarjeta|de (?:la )?banca(?: en línea| online)?|bancaria|personal|de seguridad|dinámica|de operaciones|de firma)|curp|rfc|clabe|número de identificación fiscal|código de un solo uso|código de acceso (?:a|de) (?:la |tu |su )?(?:banca|cuenta)|pregunta (?:de seguridad|secreta)|apellido de soltera de (?:tu|su) madre|datos (?:bancarios|de (?:la |tu |su )?tarjeta)|credenciales(?: bancarias| de acceso)?)\\b",
                    // it: codes named with "codice" (OTP, PIN, secret, personal, device, access), bank
                    // credentials, the security question, the mother's maiden name, a card number with "di"; not "parola
                    // d'ordine", which is a game's watchword (the first run flagged a children's spy game; banks say "password")
            "\\b(?:codice (?:otp|pin|segreto|personale|dispositivo|d'accesso|di accesso|cvv|cvc|di autenticazione|usa e getta)|credenziali(?: di accesso| bancarie| dell'home banking)?|domanda (?:di sicurezza|segreta)|cognome da nubile di (?:tua|sua) madre|numero (?:di|della tua|della sua) carta|dati (?:bancari|della (?:tua |sua )?carta))\\b",
                    // pt: the verification and access codes, account and branch, bank and card data,
                    // the token, Portuguese social security and the citizen card, the security question, the maiden name
            "\\b(?:código de (?:verificação|acesso|autenticação|confirmação do banco)|código do token|número d[ae] (?:sua |tua )?conta|agência e conta|número de cartão|dados (?:bancários|do (?:seu |teu )?cartão)|niss|número de segurança social|cartão de cidadão|número do rg|seu rg|pergunta (?:de segurança|secreta)|nome de solteira da (?:sua|tua) mãe)\\b",
                    // ja: confirmation codes and numbers, the long-vowel spelling of "security", the
                    // security question, the mother's maiden name, login data, other national numbers
            "(?:確認コード|認証番号|確認番号|ワンタイム(?:コード|番号)|セキュリティー(?:コード|番号)|セキュリティ番号|秘密の質問|母親の旧姓|ログイン(?:id|ｉｄ|情報)|基礎年金番号|運転免許証(?:の)?番号|パスポート番号|旅券番号|在留カード番号)",
            // round 23a (inventory): a secret described instead of named, per language: the word one logs in with, the code an
            // app shows to approve a sign-in or a payment, the Brazilian Pix key asked as the listener's own
            "\\b(?:word|phrase|letters)(?: that)? you (?:log|sign) (?:in|on) with\\b|\\b(?:word|phrase|thing|letters)(?: that)? you (?:use|type) to (?:log|sign) (?:in|on)\\b"
                    + "|\\bwhat you type (?:to|when you) (?:log|sign) (?:in|on)\\b"
                    + "|\\b(?:code|number|digits)(?: [\\p{L}]+){0,2}? (?:shown|showing|displayed|that appears|appearing) (?:in|on) (?:your |the )?(?:banking |bank |authenticator |authentication |security )?app\\b"
                    + "|\\b(?:approval|authori[sz]ation|confirmation) code (?:from|in|on) (?:your |the )?(?:banking |bank )?app\\b|\\b(?:code|number) (?:in|from|on) (?:your|the) (?:banking|bank|authenticator|authentication) app\\b",
            "\\b(?:code|nummer|ziffern|tan)(?: [\\p{L}-]+){0,2}? (?:in|aus) (?:ihrer|deiner|der) (?:banking-?|bank-?|pushtan-?|authenticator-?)?app\\b|\\bfreigabecode\\b"
                    + "|\\b(?:wort|begriff|kennung),? (?:mit dem|das) (?:du dich|sie sich) (?:anmeldest|anmelden|einloggst|einloggen)\\b",
            "\\b(?:code|chiffres)(?: [\\p{L}']+){0,2}? (?:affichés?|qui s'affichent?|reçus?) (?:dans|sur) (?:votre |ton |l')(?:application|appli)\\b"
                    + "|\\b(?:mot|phrase)(?: [\\p{L}]+)? (?:avec lequel|avec laquelle|que vous utilisez pour|que tu utilises pour) (?:vous|tu) (?:vous |te )?(?:connecter|connectez|connectes)\\b",
            "\\b(?:código|número|dígitos)(?: [\\p{L}]+){0,2}? que (?:aparece|te aparece|le aparece|ves|sale) en (?:tu|su|la) (?:app|aplicación)\\b"
                    + "|\\bcódigo de (?:aprobación|autorización) de (?:tu|su|la) (?:app|aplicación)\\b"
                    + "|\\b(?:palabra|clave) (?:con la que|que usas para|que utilizas para) (?:entras|inicias sesión|entrar|iniciar sesión)\\b"
                    // round 30: asked as a question ("¿Qué clave usas para entrar?") and the numbers an OTP token shows
                    + "|\\b(?:qué|cuál es la|cuál) (?:palabra|clave|contraseña) (?:usas|utilizas|pones|ocupas|tecleas) para (?:entrar|acceder|iniciar sesión|ingresar)\\b"
                    + "|\\b(?:números|dígitos|código|clave)(?: [\\p{L}]+){0,2}? (?:que (?:muestra|marca|genera|te da|aparece en|sale en) (?:tu|su|el) token|del token)\\b"
                    // round 35: the bank's or the app's token named as what to say ("diga o token de seis dígitos do seu internet
                    // banking", "say the six digit token from your bank app")
                    + "|\\btoken (?:de|da|do|del|du|of|von|di) (?:[\\p{L}\\p{N}]+ )?(?:dígitos|digits?|ziffern|chiffres|cifre)\\b"
                    + "|\\b(?:[\\p{L}\\p{N}-]+ )?(?:digit |dígitos )?token (?:do|da|del|de|from|of|aus|de la|du|dell') ?(?:seu |sua |su |tu |your |votre |ton |deiner |dem )?"
                    + "(?:internet banking|banco|bank|banking|banque|banca|app bancária|aplicativo do banco|app del banco|bank app|banking app)\\b",
            "\\b(?:codice|numero|cifre)(?: [\\p{L}]+){0,2}? che (?:compare|appare|vedi|ti compare|ti appare) (?:nell'|sull')(?:app|applicazione)\\b"
                    + "|\\bcodice (?:di autorizzazione|di approvazione) (?:dell'|nell')app\\b|\\b(?:parola|frase) (?:con cui|che usi per) (?:accedi|entri|accedere|entrare)\\b",
            "\\b(?:código|número|dígitos)(?: [\\p{L}]+){0,2}? que (?:aparece|apareceu) no (?:app|aplicativo|aplicação)\\b|\\bcódigo de (?:aprovação|autorização) do (?:app|aplicativo)\\b"
                    + "|\\b(?:sua|tua) chave pix\\b|\\b(?:palavra|frase) (?:que você usa para|com a qual você) (?:entrar|entra|fazer login|acessa)\\b",
            "(?:アプリ|アプリケーション)(?:に|で|上に)表示(?:された|されている|される)[^。！？]{0,6}(?:コード|番号|数字)|承認コード"
                    + "|ログイン(?:する)?(?:とき|時)に(?:使う|入力する)[^。！？]{0,6}(?:言葉|文字|番号|パスワード)",
            // round 24a (a structure, not phrases): a secret described by where it sits on the card (its front, its signature
            // strip, under a scratch panel) or by where and when it is typed (on a login page, right after the user ID, when
            // entering the mailbox), the verb in any form (「押している」 as 「押す」)
            "\\b(?:digits|numbers|letters|characters|code)(?: [\\p{L}]+){0,3}? (?:on|at|from|next to|beside|by) the (?:front|signature (?:strip|panel|box)|magnetic strip)"
                    + "(?: (?:of|on) (?:your|the) (?:[\\p{L}]+ )?card| (?:of|on) the card you (?:pay|shop) with)?\\b"
                    + "|\\b(?:letters?|numbers?|digits|characters|code)\\b[^.!?]{0,40}\\b(?:under|beneath|behind) (?:the |that )?(?:silver|scratch(?:-off)?|grey|gray|foil) (?:panel|strip|coating|layer|area)\\b"
                    + "|\\b(?:phrase|word|password|letters|thing|what|(?:user ?id|username)(?: and [\\p{L}]+)?)(?: that)? you (?:type|enter|key in|put in|use)(?: right| just)?"
                    + " (?:after (?:it|that|your (?:user ?id|username|e-?mail))|on (?:your|the|that) (?:online banking|banking|bank|log-?in|sign-?in) (?:page|site|website|screen|app))\\b",
            "\\b(?:números|dígitos)(?: [\\p{L}]+){0,2}? de la (?:parte (?:delantera|de adelante|trasera|de atrás)|banda de (?:la )?firma|frente) de (?:tu|su|la) tarjeta\\b"
                    + "|\\b(?:lo (?:mismo )?que|la (?:palabra|clave) que|eso que) (?:escribes|tecleas|pones|usas|escribe|teclea|pone|usa) (?:al|para) (?:entrar|iniciar sesión|acceder|abrir)\\b"
                    + "|\\b(?:qué|que) (?:escribes|tecleas|pones) (?:al|para) (?:entrar|iniciar sesión|acceder)\\b",
            "(?:atm|ａｔｍ|レジ)で(?:いつも)?(?:押して(?:いる|る)|入力して(?:いる|る)|打って(?:いる|る)|使って(?:いる|る))[^。！？]{0,8}(?:数字|番号)",
            BY_PLACE), FLAGS);

    /**
     * Round 13: a secret by what it is for or where it came from, not by its name ({@link #SECRET_BY_USE}): a head noun that
     * alone is an everyday word (code, digits, TAN) becomes a secret with a modifier of provenance (sent to the listener by
     * text or mail: a one-time code) or of use (typed at a cash machine, to log in: a PIN). Apart from {@link #CREDENTIAL},
     * with its own anchors, so that the long credential alternation does not grow (each find tries every alternative).
     */
    public static final Pattern CREDENTIAL_BY_USE = Pattern.compile(SECRET_BY_USE, FLAGS);

    /**
     * Round 18: a one-time code told by its arrival rather than its sending ("the six digit code that just arrived by text
     * message", "le code qui vient d'arriver par SMS", "el código que te acaba de llegar por SMS", "il codice che ti è appena
     * arrivato via SMS", "o código que chegou por SMS", "der Code, der gerade per SMS gekommen ist"), and a message described
     * by its digits ("your bank just sent a six-digit text"). Apart from {@link #CREDENTIAL_BY_USE}, with anchors of its
     * own (the verbs of arriving, "digit"), so that texts without them pay nothing.
     */
    public static final Pattern CREDENTIAL_BY_ARRIVAL = Pattern.compile(String.join("|",
            "\\b(?:codes?|digits|numbers|pin|passcode)(?: [\\p{L}\\p{N}'-]+){0,3}? (?:that |which )?(?:just |has just |have just )?"
                    + "(?:arrived|came|landed|popped up|showed up|appeared|came in|got sent)(?: just now)? (?:by|in|via|on|as|through) "
                    + "(?:a |an |the |your )?(?:text message|text|sms|e-?mail|phone|mobile|cell)\\b"
                    + "|\\b(?:a|an|the|your|that) (?:[\\p{L}\\p{N}]+[- ])?digit (?:text message|text|sms)\\b",
            "\\b(?:code|pin|tan|ziffern|zahlencode|nummer),? (?:die|der|den) (?:dir |ihnen )?(?:gerade |eben |soeben )?(?:per|als|via) "
                    + "(?:sms|textnachricht|e-mail|mail) (?:gekommen|angekommen|eingegangen|zugegangen)\\b",
            "\\b(?:code|chiffres) (?:qui (?:vient|viennent) d'arriver|(?:qui )?(?:est|sont) arrivés?|(?:que )?(?:tu as|vous avez) reçus?) "
                    + "(?:par|sur|via|dans (?:le|un|ton|votre)) ?(?:sms|texto|e-?mail|courriel|ton téléphone|votre téléphone|portable)\\b",
            "\\b(?:código|dígitos) que (?:te |le |lhe )?(?:acaba de llegar|acaban de llegar|llegó|ha llegado|chegou|acabou de chegar|recibiste|recebeu|recebeste)"
                    + "(?: al móvil| al celular| ao celular| no celular)? (?:por|via|pelo|pela|en un|en el|no|num) ?(?:sms|mensaje|mensagem|correo|e-?mail)\\b",
            "\\b(?:codice|cifre) che (?:ti |le |vi )?(?:è appena arrivato|è arrivato|sono arrivate|sono appena arrivate|arriva|hai ricevuto) "
                    + "(?:via|per|tramite|con un|nell'|nel|sul) ?(?:sms|messaggio|e-?mail|telefono|cellulare)\\b"), FLAGS);

    /**
     * The platform's own purchase secret (round 10c), the voice purchasing code ("the four digit voice purchasing code you
     * use with Alexa"), in every language; apart from {@link #CREDENTIAL} with its own anchors.
     */
    public static final Pattern VOICE_PURCHASE_CODE = Pattern.compile(
            "\\bvoice (?:purchasing|purchase|shopping|ordering) (?:code|pin)\\b|\\bsprach(?:einkaufs|kauf|bestell)-?(?:code|pin)\\b"
                    + "|\\bcode (?:d'achat|pour les achats|des achats) (?:vocal|vocaux|par (?:la )?voix)\\b|\\bcódigo (?:de|para) (?:las )?compras? por voz\\b"
                    + "|\\bcodice (?:per (?:gli )?acquisti|d'acquisto|acquisti) (?:vocali|vocale|con la voce)\\b|音声(?:ショッピング|購入|注文)(?:の|用の)?(?:確認)?コード", FLAGS);

    /** Asking for personal data. */
    public static final Pattern PII_QUESTION = Pattern.compile(String.join("|",
            "\\b(?:what(?:'s| is) your|tell me your|say your|give me your|provide your|share your|spell your|confirm your)"
                    + " (?:account |registered |billing |contact |delivery |shipping |current |preferred |personal |primary |work )?"
                    + "(?:full |first |last |home |email |e-mail |mobile |phone |postal |zip )?"
                    + "(?:name|address|phone number|number|email|e-mail|date of birth|birthday|age|zip code|postcode|location)\\b",
            "\\b(?:wie (?:ist|lautet) (?:deine|dein|ihre|ihr)|nenne (?:mir )?(?:deine|dein|ihre|ihren)|sag mir (?:deine|dein|ihre|ihren))"
                    + " (?:adresse|telefonnummer|handynummer|e-mail|geburtsdatum|vollständigen namen|namen|postleitzahl)\\b",
            "\\b(?:quel(?:le)? est (?:votre|ton|ta)|donnez-moi (?:votre|vos)|dites-moi (?:votre|vos))"
                    + " (?:adresse|numéro de téléphone|e-mail|courriel|date de naissance|nom|code postal)\\b",
            "\\b(?:cuál es (?:tu|su)|dime (?:tu|su)|dígame su) (?:dirección|número de teléfono|correo|fecha de nacimiento|nombre|código postal)\\b",
            "\\b(?:qual è (?:il tuo|la tua)|dimmi (?:il tuo|la tua)) (?:indirizzo|numero di telefono|email|data di nascita|nome|cap)\\b",
            "(?:住所|電話番号|メールアドレス|生年月日|お名前)(?:を|も)(?:教えて|お聞かせ|言って)|(?:住所|電話番号|メールアドレス|生年月日|お名前)(?:を|も)?どうぞ",
            // "what email is on your account?", "which phone number should we use?"
            "\\b(?:what|which) (?:email|e-mail|email address|e-mail address|phone number|mobile number|home address|address)"
                    + " (?:is|are|do you|should|can|did you)\\b",
            "\\b(?:welche) (?:e-mail-adresse|e-mail|telefonnummer|handynummer|adresse) (?:hast|haben|ist|soll|benutzt)\\b"
                    + "|\\b(?:quelle) (?:adresse e-mail|adresse|numéro) (?:utilisez|avez|est)\\b|\\b(?:qué|cuál) (?:correo|teléfono|dirección) (?:usas|tienes|es)\\b"
                    + "|\\b(?:quale) (?:email|indirizzo|numero) (?:usi|hai|è)\\b",
            // round 30: the other nouns of a phone and a home (el teléfono, el celular, el domicilio, o endereço, il cellulare,
            // le portable, die Handynummer) after the same question openers, and where a parcel is to go ("¿A qué domicilio te
            // la mandamos?"), per language
            "\\b(?:cuál es (?:tu|su)|dime (?:tu|su)|dígame su|díganos su) (?:teléfono|celular|móvil|domicilio|calle)\\b"
                    + "|\\b(?:a|en) qué (?:domicilio|dirección) (?:te|le|se) (?:lo |la |los |las )?(?:mandamos|enviamos|mando|envío|llevamos|mandemos|enviemos)\\b",
            "\\bqual (?:é|e) (?:o seu|o teu|seu|teu) (?:telefone|celular|endereço|cep)\\b|\\b(?:para|em) (?:qual|que) endereço (?:a gente )?(?:manda|mandamos|enviamos|envio|mando)\\b",
            "\\b(?:qual è|dimmi) (?:il tuo|il suo) (?:cellulare|telefono|domicilio)\\b|\\ba (?:quale|che) indirizzo (?:te lo |te la |glielo |gliela )?(?:mandiamo|spediamo|inviamo)\\b",
            "\\b(?:quel est|donnez-moi|dites-moi) (?:votre|ton) (?:téléphone|portable|numéro de portable|domicile)\\b"
                    + "|\\bà quelle adresse (?:on )?(?:vous |te )?(?:l'|les |le |la )?(?:envoie|envoyons|expédie|expédions)\\b",
            "\\b(?:wie (?:ist|lautet) (?:deine|dein|ihre|ihr)|nenne mir (?:deine|dein|ihre|ihren)) (?:handynummer|telefon)\\b"
                    + "|\\ban welche adresse (?:dürfen|sollen|können) wir\\b",
            // round 35: Dutch ("Wat is je geboortedatum?", "Noem je adres", "op welk telefoonnummer ben je bereikbaar?", "En je
            // geboortedatum?") and Hindi ("आपका पूरा पता क्या है?", "अपना मोबाइल नंबर बताइए")
            "\\b(?:wat (?:is|zijn)|noem|geef (?:me|mij)|vertel (?:me|mij)|en) (?:je|jouw|uw) (?:volledige )?"
                    + "(?:naam|adres|woonadres|telefoonnummer|mobiele nummer|e-?mailadres|geboortedatum|postcode(?: en huisnummer)?)\\b"
                    + "|\\bop welk (?:telefoon)?nummer (?:ben je|bent u) bereikbaar\\b",
            // a list before the request ("अपना पूरा नाम, घर का पता और मोबाइल नंबर बताइए"), and the noun alone right before it
            // ("अब मोबाइल नंबर बताइए"), not a thing's ("भजन का नाम बताइए")
            "(?:(?:आपका|आपकी|अपना|अपनी|तुम्हारा|तुम्हारी) |(?<!का |की |के ))(?:पूरा |पूरी )?(?:घर का )?" + "(?:पता|मोबाइल नंबर|फ़ोन नंबर|फोन नंबर|नाम|जन्मतिथि|जन्म तिथि|जन्मदिन|ईमेल|पिन कोड)"
                    + "(?=(?:[,،]? (?:और )?(?:पूरा |पूरी )?(?:घर का )?(?:पता|मोबाइल नंबर|फ़ोन नंबर|फोन नंबर|नाम|जन्मतिथि|जन्म तिथि|जन्मदिन|ईमेल|पिन कोड))* (?:क्या है|बताइए|बताएं|बताओ|बोलिए|दीजिए|बता दीजिए))"), FLAGS);

    /** Asking for personal data in the ways people ask, beyond "what is your …" (SkillDetective, SkillScanner). */
    public static final Pattern PII_QUESTION_MORE = Pattern.compile(String.join("|",
            "\\b(?:can|could|would|will) you (?:please )?(?:tell|give|say|share|spell|provide) (?:me |us )?your"
                    + " (?:full |first |last |home |email |e-mail |mobile |cell |phone |postal |zip |street )?"
                    + "(?:name|address|phone number|number|email|e-mail|date of birth|birthday|zip code|postcode)\\b",
            "\\b(?:may|can) i (?:have|get|ask for|ask) your (?:full |first |last |home |email |e-mail |mobile |phone )?"
                    + "(?:name|address|phone number|number|email|e-mail|date of birth|birthday)\\b",
            "\\b(?:please )?(?:say|tell me|spell out|read me) your (?:full name|home address|address|phone number|mobile number|email address|e-mail address|email|date of birth)\\b",
            "\\bwhen (?:is|was) your birthday\\b|\\bwhen were you born\\b|\\bwhere do you live\\b|\\bhow old are you\\b"
                    + "|\\bwhat(?:'s| is) your (?:home |street |full )?address\\b|\\bwhat number can (?:i|we) (?:reach|call|text) you\\b",
            "\\bwie hei(?:ß|ss)t du\\b|\\bwie hei(?:ß|ss)en sie\\b|\\bwo wohnst du\\b|\\bwo wohnen sie\\b|\\bwie alt bist du\\b|\\bwann hast du geburtstag\\b"
                    + "|\\b(?:deine|ihre) (?:telefonnummer|handynummer|e-mail-adresse|adresse|anschrift)\\b(?=[^.!?]*\\?)",
            "\\bcomment (?:tu t'appelles|vous appelez-vous)\\b|\\boù (?:habites-tu|habitez-vous)\\b|\\bquel âge as-tu\\b"
                    + "|\\b(?:votre|ton|ta) (?:adresse|numéro de téléphone|adresse e-mail|date de naissance)\\b(?=[^.!?]*\\?)",
            "\\bcómo te llamas\\b|\\bdónde vives\\b|\\bcuántos años tienes\\b|\\bcuándo es tu cumpleaños\\b"
                    + "|\\b(?:tu|su) (?:dirección|número de teléfono|correo electrónico|fecha de nacimiento)\\b(?=[^.!?]*\\?)",
            "\\bcome ti chiami\\b|\\bdove abiti\\b|\\bquanti anni hai\\b|\\bquando è il tuo compleanno\\b"
                    + "|\\b(?:il tuo|la tua) (?:indirizzo|numero di telefono|email|data di nascita)\\b(?=[^.!?]*\\?)",
            // round 33: 「ご住所」 asks only with a question or a request in its sentence, like "your address …?" in the other
            // languages (「ご住所の地区では、今日は燃えるゴミの日です」 tells the day of the user's district)
            "お名前は|お名前を教えて|何歳|どこに住んで|電話番号は|メールアドレスは|誕生日は"
                    + "|ご住所(?=[^。！？!]*(?:[？?]|教えて|お聞かせ|おっしゃ|どうぞ|お願い|ください|下さい|言って))",
            // surname, mobile number, school and street: what identifies and locates a person, a child above all
            "\\b(?:what|which) (?:school|street) do you (?:go to|live on|live in|attend)\\b|\\bwhat(?:'s| is) the name of your (?:school|street)\\b"
                    + "|\\b(?:your) (?:surname|last name|family name|mobile number|cell number|cell phone number|street)\\b(?=[^.!?]*\\?)",
            // round 37: Dutch, what a child is asked ("Hoe heet jij?", "In welke straat woon je?", "Op welke school zit je?")
            "\\bhoe heet (?:je|jij|u)(?: school| straat)?\\s*[?？]|\\bhoe heet (?:je|jouw|uw) (?:school|straat)\\b|\\bwaar woon (?:je|jij)\\b|\\bwaar woont u\\b"
                    + "|\\bin welke straat woon (?:je|jij)\\b|\\bin welke straat woont u\\b|\\bop welke school zit (?:je|jij)\\b|\\bnaar welke school ga (?:je|jij)\\b"
                    + "|\\bhoe oud ben (?:je|jij)\\b|\\bwanneer ben (?:je|jij) jarig\\b",
            "\\b(?:in )?(?:welche|welcher) (?:schule|straße|strasse) (?:gehst|wohnst) du\\b|\\bwie hei(?:ß|ss)t (?:deine schule|deine straße|die straße)\\b"
                    + "|\\b(?:dein|deine|ihr|ihre) (?:nachname|familienname|handynummer|straße)\\b(?=[^.!?]*\\?)",
            "\\bdans quelle (?:école|rue) (?:vas-tu|es-tu|habites-tu|tu)\\b|\\b(?:votre|ton|ta) (?:nom de famille|nom complet|numéro de portable|rue)\\b(?=[^.!?]*\\?)",
            "\\ben (?:qué|que) (?:colegio|escuela|calle) (?:estudias|vives|vas)\\b|\\b(?:la )?calle (?:donde|en la que) vives\\b"
                    + "|\\b(?:tu|tus|su|sus) (?:apellidos?|nombre completo|número de móvil|móvil|celular|calle)\\b(?=[^.!?]*\\?)",
            "\\b(?:il tuo|la tua|tuo|tua) (?:cognome|nome completo|nome e cognome|numero di cellulare|cellulare|via)\\b(?=[^.!?]*\\?)"
                    + "|\\bquando sei nat[oa]\\b|\\bin quale (?:scuola|via) (?:vai|abiti|stai)\\b|\\bdove vai a scuola\\b"
                    + "|\\b(?:dimmi|mi serve|mi servono|ho bisogno d[ei]) (?:il tuo |la tua |i tuoi |la |il |l')?(?:data (?:e ora )?di nascita|cognome|nome completo|numero di (?:telefono|cellulare)|indirizzo)\\b",
            "\\bqual (?:é|e) (?:o seu|a sua|seu|sua|o teu|a tua) (?:nome|endereço|telefone|número|celular|e-?mail|data de nascimento|sobrenome|escola|rua)\\b"
                    + "|\\bem (?:qual|que) escola (?:você|voce|tu) estuda|\\bonde (?:você|voce|tu) mora\\b|\\bcomo (?:você|voce|tu) se chama\\b"
                    + "|\\bquantos anos (?:você|voce|tu) tem\\b|\\b(?:seu|sua) (?:nome completo|endereço|telefone|celular|sobrenome)\\b(?=[^.!?]*\\?)",
            "(?:名字|苗字|携帯番号|携帯電話の番号)(?:は|を教えて)|学校の名前|どこの学校|何ていう学校",
            // round 11: the same asked in kana, as a children's skill speaks (なまえ, じゅうしょ, でんわばんごう, たんじょうび, がっこう),
            // and lists of them before one request verb (「なまえと、じゅうしょと、がっこうのなまえをおしえて」, 「名前と住所を教えて」)
            "(?:なまえ|じゅうしょ|でんわばんごう|たんじょうび|がっこう|名前|住所|電話番号|誕生日|学校)(?:[とや、]|のなまえ|の名前)"
                    + "[^。！？?]{0,40}?(?:を|も)(?:おしえて|教えて|いって|言って|きかせて|聞かせて)"
                    + "|(?:なまえ|じゅうしょ|でんわばんごう)を(?:おしえて|いって|きかせて)|(?:きみの|あなたの)?(?:なまえ|じゅうしょ)は[？?]"), FLAGS);

    /** Asking for health data: conditions, medication, measurements, pregnancy, symptoms (Pico, SkillVet). */
    public static final Pattern HEALTH_QUESTION = Pattern.compile(String.join("|",
            "\\b(?:what|which) (?:medications?|medicines?|pills|drugs|prescriptions?) (?:are|do) you (?:take|taking|on)\\b"
                    + "|\\b(?:do|have) you (?:have|had|suffer from|been diagnosed with) (?:any )?(?:medical conditions?|diabetes|heart disease|cancer|hiv|depression|allergies|a disability|an illness)\\b"
                    + "|\\b(?:what(?:'s| is)|tell me|say) your (?:blood pressure|blood sugar|blood type|glucose level|heart rate|weight|diagnosis|medical history|insurance number|health insurance)\\b"
                    + "|\\bare you pregnant\\b|\\b(?:tell|describe) (?:me )?your symptoms\\b|\\bwhat symptoms (?:do you have|are you)\\b",
            "\\bwelche medikamente nimmst du\\b|\\bwelche medikamente nehmen sie\\b|\\bhast du (?:eine )?(?:krankheit|vorerkrankung|diabetes)\\b"
                    + "|\\b(?:dein|ihr) (?:blutdruck|blutzucker|gewicht|diagnose|krankenversicherungsnummer)\\b(?=[^.!?]*\\?)|\\bbist du schwanger\\b",
            "\\bquels médicaments prenez-vous\\b|\\bquels médicaments prends-tu\\b|\\b(?:votre|ta) (?:tension|glycémie|diagnostic|poids)\\b(?=[^.!?]*\\?)|\\bêtes-vous enceinte\\b",
            "\\bqué medicamentos tomas\\b|\\bqué medicamentos toma\\b|\\b(?:tu|su) (?:presión arterial|glucosa|diagnóstico|peso)\\b(?=[^.!?]*\\?)|\\bestás embarazada\\b",
            "\\bquali farmaci prendi\\b|\\bquali farmaci prende\\b|\\b(?:la tua|il tuo) (?:pressione|glicemia|diagnosi|peso)\\b(?=[^.!?]*\\?)|\\bsei incinta\\b",
            "服用している薬|持病は|血圧は|血糖値は|妊娠して|症状を教えて",
            // round 30: an inventory per language of the three questions a health form asks — the body weight, the
            // medicines taken, a chronic or diagnosed illness — in the forms people speak them (without the accents a log
            // drops, in the polite and the familiar address), written from those questions, not from one case's words
            "\\bhow much do you weigh\\b|\\bwhat do you weigh\\b|\\b(?:do|have) you (?:have|got) (?:a |any )?(?:chronic|long-term) (?:illness|illnesses|condition|conditions|disease|diseases)\\b"
                    + "|\\bwhat (?:illnesses|conditions|diseases) (?:do you have|have you been diagnosed with)\\b",
            "\\bwie viel (?:wiegst du|wiegen sie)\\b|\\bwas wiegst du\\b|\\b(?:haben sie|hast du) (?:eine |irgendwelche )?(?:chronische|chronischen) (?:krankheit|krankheiten|erkrankung|erkrankungen)\\b"
                    + "|\\bwelche (?:krankheiten|erkrankungen|medikamente) (?:haben sie|hast du|nehmen sie (?:regelmäßig|täglich|jeden tag)|nimmst du (?:regelmäßig|täglich|jeden tag))\\b",
            "\\bcombien (?:pesez-vous|pèses-tu|tu pèses|vous pesez)\\b|\\b(?:avez-vous|as-tu|tu as|vous avez) (?:une |des )?(?:maladies? chroniques?|maladies?)\\b(?=[^.!]*\\?)"
                    + "|\\bquels (?:médicaments|medicaments|traitements) (?:prenez-vous|prends-tu|tu prends|vous prenez)\\b",
            "\\b(?:cuánto|cuanto) (?:pesas|pesa usted)\\b|\\b(?:qué|que) (?:medicamentos|medicinas|pastillas) (?:tomas|toma|estás tomando|está tomando)\\b"
                    + "|\\b(?:tienes|tiene) (?:alguna )?(?:enfermedad|enfermedades) (?:crónicas?|cronicas?)\\b|\\b(?:qué|que) enfermedades (?:tienes|tiene|te han diagnosticado|le han diagnosticado)\\b",
            "\\bquanto (?:pesi|pesa lei)\\b|\\b(?:quali|che) (?:medicine|farmaci|medicinali|pastiglie) (?:prendi|prende|assumi|assume)\\b"
                    + "|\\b(?:che|quali) malattie (?:ti hanno diagnosticato|le hanno diagnosticato)\\b|\\b(?:che|quali) malattie (?:hai|ha)(?=\\s*(?:[?.!,]|$))|\\b(?:hai|ha) (?:qualche |una )?malattia cronica\\b",
            "\\bquanto (?:você pesa|voce pesa|pesas)\\b|\\b(?:que|quais) (?:remédios|remedios|medicamentos) (?:você toma|voce toma|toma|tomas)\\b"
                    + "|\\b(?:tem|você tem|voce tem) (?:alguma )?(?:doença|doenca|doenças) (?:crônica|cronica|crônicas)\\b|\\b(?:que|quais) doenças (?:você tem|voce tem)\\b|\\b(?:que|quais) doenças tem(?=\\s*(?:[?.!,]|$))",
            "体重は|(?:飲んで|のんで)いる(?:薬|くすり)|(?:何|なん)の病気|病歴",
            // round 40: Dutch and Hindi, the same three questions and the illness asked about ("Welke medicijnen gebruikt u?",
            // "Heeft u een chronische ziekte?", "क्या आपको शुगर, बीपी या कोई और बीमारी है?", "आप कौन सी दवाइयाँ रोज़ लेते हैं?")
            "\\bwelke (?:medicijnen|medicatie|pillen) (?:gebruikt u|gebruik je|neemt u|neem je|slikt u|slik je)\\b|\\bhoeveel weegt u\\b|\\bhoeveel weeg je\\b"
                    + "|\\b(?:heeft u|heb je) (?:een |enige )?(?:chronische )?(?:ziekte|ziektes|aandoening|aandoeningen|diabetes|suikerziekte)\\b(?=[^.!]*\\?)"
                    + "|\\bwelke (?:ziektes|aandoeningen) (?:heeft u|heb je)\\b",
            "(?:कौन सी|कौनसी|क्या) (?:दवा|दवाई|दवाइयाँ|दवाइयां|दवाएँ|दवाएं|गोलियाँ|गोलियां)[^?।.!]{0,30}(?:लेते|लेती|खाते|खाती)"
                    + "|(?:कोई|कौन सी|कौनसी) (?:और )?(?:बीमारी|बीमारियाँ|बीमारियां|रोग)(?: है| हैं)?[^।.!]{0,20}\\?"
                    + "|(?:आपको|तुम्हें|क्या आपको)[^?।.!]{0,40}(?:शुगर|डायबिटीज़|डायबिटीज|मधुमेह|बीपी|ब्लड प्रेशर|बीमारी)[^?।.!]{0,40}\\?"
                    + "|(?:आपका|तुम्हारा) (?:वज़न|वजन|ब्लड प्रेशर|बीपी|शुगर लेवल)[^?।.!]{0,20}\\?"), FLAGS);

    /** Purposes whose function is to look up what the user says: generic carriers ("what is {x}") fit them. */
    public static final Pattern SEARCH_PURPOSE = Pattern.compile(
            "\\b(?:search|look ?up|lookup|dictionary|definitions?|define|wiki\\w*|encyclop\\w*|translat\\w*|thesaurus|synonyms?"
                    + "|suche|wörterbuch|übersetz\\w*|recherche|dictionnaire|tradu\\w*|buscar|búsqueda|diccionario|cerca|dizionario|traduzione)\\b"
                    + "|検索|辞書|翻訳", FLAGS);

    /** Purposes that justify asking for each kind of personal data in conversation. */
    public static final Pattern PURPOSE_LOCATION = Pattern.compile(
            "weather|forecast|delivery|deliver|restaurant|food|taxi|ride|traffic|local|near|store|shop|pharmacy|transit|commute|city"
                    + "|wetter|lieferung|liefer|restaurant|verkehr|météo|livraison|tiempo|clima|entrega|meteo|consegna|天気|配達|近く|お店", FLAGS);
    public static final Pattern PURPOSE_CONTACT = Pattern.compile(
            "booking|book |reservation|appointment|order|delivery|newsletter|contact|support|ticket|callback|call back|account|subscription"
                    // round 29: the courier calls on arrival ("Qual telefone o entregador deve chamar?")
                    + "|entrega|entregador|repartidor|livreur|fattorino|corriere|courier|kurier|lieferung"
                    + "|termin|buchung|bestellung|réservation|rendez-vous|commande|reserva|cita|pedido|prenotazione|appuntamento|ordine|予約|注文"
                    // round 23b: the verbs of booking (réservez, reserve, prenota) and the rides a number is asked for
                    + "|réserv|reserv|prenot|taxi|táxi|tassì|タクシー", FLAGS);
    public static final Pattern PURPOSE_NAME = Pattern.compile(
            "greet|greeting|hello|welcome|name|birthday|personal|coach|assistant|journal|diary|begrüß|nombre|saludo|accueil|saluto|名前|挨拶", FLAGS);
    public static final Pattern PURPOSE_BIRTH = Pattern.compile(
            "horoscope|zodiac|astrolog|birthday|age|geburtstag|horoskop|sternzeichen|horóscopo|cumpleaños|anniversaire|oroscopo|compleanno|星座|誕生日|占い"
                    // round 11: readings from a birth date (numerology, star charts, fortune telling, the sign) in every language
                    + "|numerolog|star ?chart|birth ?chart|natal|star sign|your sign|fortune|tarot|signe (?:astrologique|du zodiaque)|ton signe|votre signe"
                    + "|numérolog|numerolog[ií]a|carta astral|tu signo|signo del zodiaco|numerologia|segno zodiacale|il tuo segno|mapa astral|seu signo"
                    + "|うらない|運勢|数秘|誕生星", FLAGS);
    public static final Pattern PURPOSE_HEALTH = Pattern.compile(
            "health|medical|medication|medicine|doctor|symptom|pharmacy|fitness|diabetes|blood|pregnan|nurse|clinic|therapy|diet|nutrition"
                    + "|calorie|weight loss|workout|exercise|diät|ernährung|abnehmen|régime|nutrition|dieta|nutrición|alimentazione|ダイエット|栄養"
                    + "|gesundheit|medikament|arzt|santé|médicament|médecin|salud|medicamento|médico|salute|farmaco|medico|健康|薬|医療", FLAGS);

    /** Personal data whose loss harms (contact, address, birth date, full name), as opposed to a zip code or first name. */
    public static final Pattern SENSITIVE_PII = Pattern.compile(
            "phone|mobile|e-?mail|address|date of birth|birthday|full name|last name|social security|telefon|handy|adresse|geburtsdatum"
                    + "|numéro de téléphone|courriel|naissance|dirección|teléfono|correo|nacimiento|indirizzo|telefono|nascita|住所|電話|メール|生年月日"
                    + "|surname|school|street|cell|nachname|schule|straße|portable|école|\\brue\\b|apellido|móvil|celular|colegio|escuela|calle|cognome"
                    + "|cellulare|scuola|sobrenome|escola|\\brua\\b|endereço|telefone|学校|名字|苗字|携帯", FLAGS);

    /** A sample utterance in which the user states personal data. */
    public static final Pattern PII_STATEMENT = Pattern.compile(String.join("|",
            "\\bmy (?:full name|home address|address|phone number|mobile number|email(?: address)?|date of birth|birthday)"
                    + " is\\b",
            "\\b(?:meine (?:adresse|telefonnummer|handynummer|e-mail)|mein geburtsdatum) (?:ist|lautet)\\b",
            "\\b(?:mon adresse|mon numéro de téléphone|mon e-mail|ma date de naissance) est\\b",
            "\\b(?:mi dirección|mi número de teléfono|mi correo|mi fecha de nacimiento) es\\b",
            "\\b(?:il mio indirizzo|il mio numero di telefono|la mia email|la mia data di nascita) è\\b"), FLAGS);

    /**
     * Words that, before a goodbye word, mean the text explains how to leave ("say goodbye to exit"); in the same sentence
     * (round 10b: "il meteo di stasera. Buona serata!" — Italian "di" is "of" there, and the sentence has ended).
     */
    private static final Pattern INSTRUCTION = Pattern.compile("\\b(?:say|or|sag|sage|sagen|dis|dites|di|diga|dí|dica|dite|diga)\\s+(?:[^\\s.!?。！？]+\\s+)?$", FLAGS);

    /**
     * Round 28b: a closing act said as the consequence of a condition on the listener in its own sentence — "if you say stop,
     * the game ends", 「『アレクサ、ストップ』と言えば終わります」, "wenn du stopp sagst, ist Schluss", "si dices para, se acaba" —
     * tells how to leave; it does not leave. The condition: if/wenn/falls/si/se/caso opening a clause of the same sentence,
     * or a Japanese conditional ending (〜ば, 〜たら, 〜なら) right before the act. Round 30: not the Italian reflexive "si" of a
     * skill closing itself ("La skill si chiude adesso, buonanotte"), which read as the "si" of a condition.
     */
    private static final Pattern CONDITION = Pattern.compile("(?:^|[\\s,，、])(?:if|wenn|falls|si(?!\\s+(?:chiude|spegne|congeda|disconnette|conclude)\\b)|se|caso)\\s[^.!?。！？]*$"
            + "|(?:ば|たら|なら)[、,\\s]*$", FLAGS);

    /** @return true when the text before a goodbye phrase makes it an instruction or a condition for leaving, not a leave-taking */
    private static boolean instruction(String before) {
        return INSTRUCTION.matcher(before).find() || CONDITION.matcher(before).find();
    }

    /** Names that claim to be the platform. */
    public static final Pattern PLATFORM_NAME = Pattern.compile(
            // "echo" is also a word ("echo canyon trails"): the device only alone, after the maker or before a device word
            "\\b(?:alexa|amazon|google|siri|cortana|bixby)\\b|^echo$|\\bamazon echo\\b|\\becho (?:device|dot|show|update|setup|support|help"
                    + "|assistant|settings|system|security|helper|speaker)\\b|\\b(?:system|security|device|software) update\\b", FLAGS);

    /** Purposes that explain a recording or transcribing skill. */
    public static final Pattern RECORDING_PURPOSE = Pattern.compile(
            "\\b(?:microphone|mikrofon|microphone|micrófono|microfono|eavesdrop\\w*|spy|spion|wiretap|transcrib\\w*|voice recorder"
                    + "|(?:record|recording|records) (?:what|everything|conversations?|audio|voices?|sounds?|speech)|always listening|listen in)\\b", FLAGS);

    /** Secrets whose collection by voice is never legitimate (as opposed to a skill's own PIN or voice code). */
    public static final Pattern STRONG_SECRET = Pattern.compile(
            "password|passphrase|pass phrase|passwort|kennwort|mot de passe|contraseña|senha|パスワード|card number|credit card|debit card"
                    + "|cvv|cvc|security code|social security|ssn|iban|account number|routing number|insurance number|passport|sozialversicherung|steuer-?id|ausweisnummer"
                    + "|sécurité sociale|seguridad social|codice fiscale|\\bcpf\\b|\\bdni\\b|マイナンバー|kartennummer|kontonummer|numéro de carte"
                    + "|número de tarjeta|numero della carta|カード番号|口座番号|one[- ]time|verification code|otp"
                    // round 12: a wallet's recovery words and private key
                    + "|recovery (?:phrase|words)|seed (?:phrase|words)|seed-?phrase|mnemonic phrase|private key|wiederherstellungs(?:phrase|wörter)"
                    + "|privater schlüssel|phrase de récupération|clé privée|frase semilla|frase de recuperación|frase de recuperação|frase di recupero"
                    + "|clave privada|chave privada|chiave privata|シードフレーズ|リカバリーフレーズ|復元フレーズ|秘密鍵", FLAGS);

    /** Substrings one of which every {@link #CREDENTIAL} match contains: a cheap prefilter for bulk sample checks. */
    private static final String[] CREDENTIAL_ANCHORS = {"pass", "pin", "card", "code", "cvv", "cvc", "otp", "ssn", "social", "account", "token",
        "routing", "iban", "login", "sign", "kennwort", "geheimzahl", "nummer", "sicherheits", "bestätigung", "zugangsdaten", "mot de",
        "numéro", "contraseña", "número", "código", "numero", "codice", "senha", "パスワード", "暗証", "あんしょう", "暗しょう", "ぱすわーど", "カード", "コード", "口座",
        "insurance", "tax", "passport", "licen", "sozialversicherung", "steuer", "ausweis", "rentenversicherung", "sécu", "fiscal",
        "passeport", "seguridad", "dni", "nie", "nif", "passaporto", "tessera", "cpf", "passaporte", "identidade", "マイナンバー", "個人番号",
        // round 25a: national numbers of the other locales
        " nas", " nip", "identification personnel", "aadhaar", "aadhar", "tfn", "medicare", "nhs number", "curp", " rg", "pan number", "pan card",
        // round 35: Dutch and Hindi
        "wachtwoord", "pincode", "inlogcode", "verificatiecode", "beveiligingscode", "rekeningnummer", "burgerservicenummer", "bsn", "tan-code",
        "पासवर्ड", "ओटीपी", "पिन", "आधार", "पैन", "खाता", "सीवीवी", "कार्ड नंबर",
        // round 12: recovery words, private keys, digits by their position, card expiry, the voice code
        "recovery", "seed", "mnemonic", "backup", "private key", "wallet key", "wiederherstellung", "schlüssel", "phrase", "mots de",
        "frase", "palabras", "palavras", "parole", "clave", "chave", "chiave", "シード", "リカバリー", "復元", "秘密鍵", "clé privée", "last four", "last 4", "last two", "last 2", "last six", "last 6", "letzten",
        "derniers", "últimos", "ultimos", "ultime", "下", "末尾", "expir", "ablaufdatum", "fecha de", "scadenza", "validade", "有効期限",
        "voice code", "sprachcode", "code vocal", "código de voz", "codice vocale", "音声コード",
        // round 13: the head nouns of a secret by its use (CREDENTIAL_BY_USE) that the list above lacks, so that one pass of
        // these anchors tells whether either pattern may match
        "digit", "ziffern", "zahlen", "chiffres", "dígitos", "cifre", " tan", "tan ", "-tan", "mtan", "smstan", "pushtan", "数字", "番号",
        // round 15: "numbers" as a head by its use ("the four numbers you tap at the cash machine")
        "numbers",
        // round 30: the heads of the digits placed by the signature strip (BY_PLACE) that the lists above lack
        "numerit", "numeri", "numeretti", "署名欄", "coordenada", "coordinate card", "casilla", "sixteen", "16-digit", "16 digit", "16-stellig",
        "sechzehn", "seize", "sedici", "16 cifre", "dezesseis", "16 dígitos", "16 números",
        // round 21: the words of CREDENTIAL_INVENTORY that the anchors above lack (each of its alternatives holds one of these or
        // one above), so that one pass of these anchors tells whether any of the credential patterns may match
        "bank details", "banking", "log-in", "memorable", "security q", "security a", "secret q", "maiden", "id number", "identity number",
        "identification number", "id card", "prüfziffer", "bankleitzahl", "anmeldedaten", "sicherheitsfrage", "mädchenname", "geburtsname",
        "cryptogramme", "votre rib", "ton rib", "du rib", "le rib", "un rib", "relevé d'identité", "identifiant de", "identifiants de", "identifiant bancaire", "identifiants bancaires",
        "identifiant fiscal", "question secrète", "réponse secrète", "jeune fille de", "date de validité", "curp", "rfc",
        "clabe", "pregunta de seg", "pregunta secreta", "soltera", "credencial", "datos bancarios", "datos de la tarjeta", "datos de tu tarjeta", "datos de su tarjeta", "datos de tarjeta", "credenzial",
        "domanda di sic", "domanda segreta", "nubile", "dati bancari", "dati della carta", "dati della tua carta", "dati della sua carta", "agência e conta", "dados bancários", "dados do cartão", "dados do seu cartão", "dados do teu cartão", "niss",
        "cartão de cidadão", "seu rg", "pergunta de seg", "pergunta secreta", "solteira", "秘密の質問", "旧姓", "ログイン", "桁",
        // round 23a: the described secrets' words the anchors above lack (the word one logs in with; "numeri" as a head)
        "u log in", "u log on", "to log in", "to log on", "u sign", "dich anmeldest", "sich anmelden", "dich einloggst", "sich einloggen",
        "vous connecter", "te connecter", "tu te connectes", "iniciar sesión", "inicias sesión", "con la que entras", "con cui accedi",
        "per accedere", "con cui entri", "per entrare", "usa para entrar", "qual você entra", "qual você acessa", "numeri",
        // round 24a: a secret described by the card's parts or by where it is typed (CREDENTIAL_INVENTORY's new alternatives)
        "letter", "characters", "you type", "you enter", "you key", "you put", "you use", "escribes", "tecleas", "pones", "usas",
        "escribe ", "teclea ", "pone ", "usa ", "dígitos", "silver", "scratch", "foil", "grey", "gray"};
    /** Substrings one of which every {@link #CREDENTIAL_BY_USE} match contains: its head noun (code, pin, digit …) or the TAN. */
    private static final String[] BY_USE_ANCHORS = {"code", "pin", "pass", "digit", "ziffern", "zahlen", "nummer", "chiffres", "numéro",
        "código", "dígitos", "número", "codice", "cifre", "numero", " tan", "tan ", "-tan", "mtan", "smstan", "pushtan", "geheimzahl",
        "コード", "数字", "番号", "numbers", "numeri", "verification number", "security number", "one-time number", "authentication number",
        "sign-in number", "login number"};
    /** Substrings one of which every {@link #PII_STATEMENT} match contains. */
    private static final String[] PII_STATEMENT_ANCHORS = {"my ", "mein", "mon ", "ma ", "mi ", "il mio", "la mia"};

    /**
     * Substrings one of which every match of a phrase pattern contains: a cheap test before the regular expression
     * (the patterns' alternations with Unicode word boundaries are most of the scan's time). {@code LexiconAnchorsTest}
     * checks every anchor list against every text of the test packages.
     */
    private static final java.util.Map<Pattern, String[]> ANCHORS = new java.util.IdentityHashMap<>();

    static {
        ANCHORS.put(CREDENTIAL, CREDENTIAL_ANCHORS);
        ANCHORS.put(CREDENTIAL_BY_USE, BY_USE_ANCHORS);
        ANCHORS.put(CREDENTIAL_BY_ARRIVAL, new String[] {"arriv", "came", "landed", "popped up", "showed up", "appeared", "got sent", "digit",
            "gekommen", "eingegangen", "zugegangen", "reçu", "llegar", "llegó", "ha llegado", "chegou", "chegar", "recibiste", "recebe", "ricevuto"});
        // round 21: the inventory's own anchors, tested only where the credential anchors (which hold one word of each of its
        // alternatives too) have matched: the inventory's alternation is not tried on every text with "pin" or "code"
        ANCHORS.put(CREDENTIAL_INVENTORY, new String[] {"sort code", "memorable", "card verification", "cvv2", "cvc2", "details", "banking",
            "two-factor", "2fa", "two-step", "authentication", "authenticator", "security", "secret question", "maiden", "national", "id card",
            "tax file", "kartenprüf", "prüfziffer", "steuernummer", "identifikationsnummer", "bankleitzahl", "anmeldedaten", "login", "einmal",
            "verifizierungscode", "authentifizierungscode", "sicherheitsfrage", "mädchenname", "geburtsname", "cryptogramme", "confidentiel",
            "rib", "relevé d'identité", "identifiant", "usage unique", "authentification", "d'accès", "secrète", "jeune fille", "validité",
            "carte bancaire", "clave", "curp", "rfc", "clabe", "identificación fiscal", "solo uso", "código de acceso", "pregunta", "soltera",
            "datos", "credencial", "codice ", "domanda", "nubile", "carta", "dati ", "código d", "conta", "cartão", "dados", "niss",
            "segurança social", "cidadão", "rg", "pergunta", "solteira", "確認", "認証番号", "ワンタイム", "セキュリティ", "秘密の質問", "旧姓",
            "ログイン", "年金", "免許", "パスポート番号", "旅券", "在留",
            // round 30: an OTP token's numbers
            "token",
            // round 30: the coordinate card
            "coordenada", "casilla", "coordinate card", "box ", "square ", "cell ", "sixteen", "16", "sechzehn", "seize", "sedici", "dezesseis",
            // the card's back (BY_PLACE)
            "back", "rückseite", "dos de", "reverso", "dorso", "retro", "verso", "裏",
            // round 30: the signature strip and the Latin-American back ("atrás")
            "signature", "unterschrift", "firma", "assinatura", "署名欄", "atrás",
            // round 23a: secrets described (the word one logs in with, an app's approval code, the Pix key)
            "log in", "log on", "sign in", "sign on", " app", "-app", "appli", "aplica", "freigabe", "anmeld", "einlogg", "connect", "sesión",
            "entra", "acced", "accedi", "acessa", "pix", "アプリ", "承認",
            // round 24a: the card's front and strip, the scratch panel, where and when a secret is typed
            "front", "signature", "magnetic", "under", "beneath", "behind", "you type", "you enter", "you key", "you put", "you use",
            "delantera", "adelante", "trasera", "de atrás", "banda de", "frente", "escribes", "tecleas", "pones", "usas", "escribe", "teclea", "pone", "usa ",
            "押して", "入力して", "打って", "使って"});
        ANCHORS.put(VOICE_PURCHASE_CODE, new String[] {"voice", "sprach", "vocal", "por voz", "音声"});
        ANCHORS.put(PLATFORM, new String[] {"update", "device", "echo", "speaker", "alexa", "amazon", "google", "verify", "account", "gerät", "konto",
            "एलेक्सा", "अमेज़न", "अमेजन", "गूगल", "apparaat",
            "mise à jour", "appareil", "compte", "actualizaci", "dispositivo", "cuenta", "aggiornamento", "atualiza", "conta",
            "アップデート", "更新", "デバイス", "アレクサ", "アマゾン", "グーグル", "アカウント",
            // identity claims and notices
            "prime", "payment", "membership", "subscription", "benefits", "unplug", "turn off", "switch off", "disconnect", "power off",
            "updating", "strom", "aktualisierung", "débranch", "desconect", "scollegar", "desligue", "本人確認", "システム", "電源"});
        // round 10c: memberships suspended, and the verbs of the assistant's own end
        ANCHORS.put(PLATFORM_ACT, new String[] {"suscrip", "membres", "mitglied", " abo ", "-abo ", "abonnement", "adhésion", "abbonamento", "iscrizione",
            "assinatura", "inscrição", "会員", "メンバーシップ", "サブスクリプション", "stopped", "closed", "ended", "exited", "shut down",
            "closing", "exiting", "shutting", "stopping", "beendet", "s'arrête", "se ferme", "fermée", "s'est", "fermeture", "detenido",
            "cerrado", "cierra", "detiene", "cerrando", "fermata", "chiusa", "chiude", "ferma", "spegne", "chiusura", "encerrad", "fechada",
            "parou", "desligada", "終了", "停止", "alexa will", "assistant will",
            // round 11: the notice titles and the platform's account requirements
            "notice", "alert", "warning", "notification", "hinweis", "mitteilung", "warnung", "benachrichtigung", "avis", "alerte",
            "avertissement", "aviso", "alerta", "notificación", "avviso", "notifica", "avvertenza", "notificação", "お知らせ", "通知", "警告",
            "you to", "bittet", "braucht", "benötigt", "besoin que", "demande de", "exige", "pide que", "necesita que", "requiere que",
            "bisogno che", "chiede di", "richiede che", "precisa que", "pede que", "再リンク", "連携", "本人確認",
            // round 13: the platform's measures on the account
            " hold", "-hold", " lock", "-lock", " freeze", "-freeze", "suspension", "restriction", " block", "-block", "sperr", "bloc", " gel ", "verrouill", "bloque", "retención",
            "suspensión", "sospens", "suspensão", "凍結", "ロック", "保留", "一時停止"});
        // round 24a: a unit of the listener's device or assistant (DEVICE_DESK); each alternative holds one of these nouns
        ANCHORS.put(DEVICE_DESK, new String[] {"speaker", "device", "assistant", "household", "lautsprecher", "gerät", "enceinte", "appareil", "asistente",
            "altavoz", "dispositivo", "altoparlante", "assistente", "alto-falante", "aparelho", "caixa de som", "スピーカー", "デバイス", "端末",
            "アシスタント"});
        // round 23a: the platform's voice without the brand word (PLATFORM_VOICE); each alternative holds one of these
        ANCHORS.put(PLATFORM_VOICE, new String[] {"echo", "fire tv", "firetv", "nest", "google home", "smart speaker", "smartspeaker", "alexa guard",
            "-device", "-enabled", "alexa device", "assistant device", "google device", "google speaker", "this device", "this speaker", "your device",
            "your speaker", "assistant here", "assistant speaking", "google assistant", "enceinte", "altavoz", "altoparlante", "alto-falante",
            "lautsprecher", "dispositivo echo", "dispositivo alexa",
            "security", "fraud", "billing", "verification", "trust and safety", "subscription", "payment", "account team", "account department",
            "account desk", "account center", "account centre", "account unit", "account office", "account services", "account protection",
            "detected", "noticed", "identified", "blocked", "flagged", "spotted", "e found", "found on", "device support", "registration", "register", "re-verify", "reverify",
            "be delivered", "problem with your", "issue with your", "for you", "inform you", "let you know", "notify you", "warn you", "alert you",
            "sicherheit", "kontoservice", "kontosicherheit", "betrug", "abrechnung", "verifizierung", "wir haben", "ungewöhnlich", "verdächtig",
            "unbefugt", "konto wird", "registrierung", "bestätigung", "zugestellt", "für sie", "für dich", "möchte sie", "möchte dich", "alexa hat",
            "ici le", "ici la", "ici l'", "nous avons", "compte sera", "compte va", "vérification", "livré", "pour vous", "pour toi", "informe",
            "avertit", "prévient", "alexa a détecté",
            "equipo de", "departamento de", "centro de", "área de", "hemos", "he detectado", "he notado", "he bloqueado", "cuenta será",
            "cuenta va", "cuenta podría", "verificación", "entregado", "para ti", "para usted", "informa", "avisa", "notifica", "detectado",
            "sicurezza", "antifrode", "frodi", "fatturazione", "avvisa", "abbiamo", "account sarà", "account verrà", "account potrebbe",
            "verifica", "consegnato", "per te", "per lei", "comunica", "rilevato",
            "equipe de", "central de", "setor de", "time de", "detectamos", "identificamos", "notamos", "bloqueamos", "conta será",
            "conta vai", "conta poderá", "verificação", "entregue", "para você", "detectou",
            "エコー", "スマートスピーカー", "グーグルホーム", "ファイヤー", "こちらは", "不審", "異常な", "不正な", "身に覚え", "普段と異なる",
            "検知", "検出", "メッセージがあります", "お知らせがあります", "メッセージです", "お知らせです", "ご連絡です"});
        // round 22: refused payments and Prime expiring
        ANCHORS.put(MAKER_ACCOUNT, new String[] {"payment", "zahlung", "paiement", "pago", "pagamento", "prime", "支払", "プライム", "会員",
            "メンバーシップ"});
        // the device notice acts (round 10b): an update noun or verb, or a verb of switching off
        ANCHORS.put(DEVICE_NOTICE, new String[] {"update", "upgrade", "aktualisier", "à jour", "actualiz", "aggiorna", "atualiz", "spegner",
            "staccar", "éteign", "éteins", "débranch", "apague", "desenchuf", "desligue", "desconect", "schalte", "trenne", "nicht aus"});
        // DESK_CLAIM: every alternative names the maker ("amazon", "alexa", "google", "prime")
        // the data asked for, not "your": "your" is in most speech, the data words are rare
        ANCHORS.put(PII_QUESTION, new String[] {"name", "address", "number", "mail", "birth", "age", "zip", "postcode", "location", "teléfono",
            "adresse", "nummer", "geburt", "postleitzahl", "numéro", "courriel", "naissance", "nom", "postal", "dirección", "número",
            "correo", "nacimiento", "indirizzo", "numero", "nascita", "cap", "住所", "電話番号", "メールアドレス", "生年月日", "お名前",
            // round 30
            "celular", "móvil", "domicilio", "calle", "telefone", "endereço", "cep", "cellulare", "telefono", "téléphone", "portable", "domicile",
            "handynummer", "telefon", "anschrift", "wohnadresse",
            // round 35
            "naam", "adres", "telefoonnummer", "geboortedatum", "mailadres", "bereikbaar", "पता", "नंबर", "नाम", "जन्म", "ईमेल", "पिन कोड"});
        ANCHORS.put(PII_QUESTION_MORE, new String[] {"name", "address", "number", "mail", "birth", "zip", "postcode", "born", "live",
            "how old", "wie hei", "wo wohn", "wie alt", "geburtstag", "hoe heet", "woon", "welke school", "hoe oud", "jarig", "nummer", "adresse", "anschrift", "comment", "habit", "quel",
            "numéro", "naissance", "llamas", "vives", "años", "cumpleaños", "dirección", "número", "correo", "nacimiento", "chiami",
            "abiti", "anni", "compleanno", "indirizzo", "numero", "nascita", "お名前", "何歳", "住", "電話番号", "メールアドレス", "誕生日",
            "school", "street", "surname", "cell", "mobile", "schule", "straße", "strasse", "handynummer", "école", "rue", "portable",
            "colegio", "escuela", "calle", "apellido", "móvil", "celular", "cognome", "cellulare", "sei nat", "scuola", "via", "nome",
            "escola", "mora", "chama", "anos", "endereço", "telefone", "sobrenome", "学校", "名字", "苗字", "携帯",
            "なまえ", "じゅうしょ", "でんわばんごう", "たんじょうび", "がっこう", "名前", "住所", "誕生日"});
        ANCHORS.put(FAKE_ERROR, new String[] {"available", "disabled", "erro", "wrong", "reached", "supported", "verfügbar", "fehler",
            "schiefgelaufen", "disponib", "disponív", "erreur", "利用", "エラー", "お住まい", "problem", "issue", "unterstützt", "compatible",
            "compatív", "pris en charge", "problème", "supportat", "問題", "対応していません",
            "mainten", "wartung", "gewartet", "mantenim", "manutenzione", "manutenç", "メンテナンス",
            // round 16: the failure predicates
            "having", "too long", "no longer", "ran into", "run into", "out of", "not responding", "probleme", "schwierigkeit", "zu lange", "nicht mehr", "außer betrieb",
            "reagiert", "difficult", "dificultad", "difficolt", "trop de temps", "n'est plus", "hors service", "ne répond", "problemas", "demasiado", "ya no", "fuera de",
            "no responde", "problemi", "troppo tempo", "non è più", "fuori servizio", "non risponde", "dificuldade", "demorou", "não é mais",
            "não está mais", "fora de", "respondendo", "時間がかか", "なくなりました", "故障", "応答",
            // round 22: the inventory's platform prompts whose words the anchors above lack
            "valid response", "requested skill", "gone wrong", "responding", "left the conversation", "aufgetreten", "schiefgegangen",
            "erreichbar", "gültige antwort", "survenu", "s'est produit", "mal passé", "pas fonctionné", "réponse valide", "indisponible",
            "joignable", "salió mal", "salido mal", "fue mal", "ido mal", "se produjo", "respuesta válida",
            "verificato", "storto", "raggiungibile", "risposta valida", "deu errado", "resposta válida",
            "indisponível", "エラー", "不具合",
            // round 40: Dutch and Hindi
            "beschikbaar", "onbereikbaar", "opgetreden", "iets mis", "iets fout", "ondersteund", "onderhoud", "उपलब्ध नहीं", "काम नहीं कर",
            "बंद है", "हो गई", "त्रुटि", "तकनीकी"});
        ANCHORS.put(GOODBYE, new String[] {"bye", "farewell", "see you", "talk to you", "until next time", "have a ", "good night", "goodnight",
            "sleep well", "take care", "exiting", "closing", "session", "tot ", "doei", "dag dag", "fijne ", "prettige ", "welterusten",
            "slaap lekker", "het ga je", "ik stop", "अलविदा", "फिर मिलेंगे", "शुभ", "alvida", "phir milenge", "wiedersehen", "gute nacht", "tschüs", "bis bald", "bis zum", "mach",
            "servus", "beendet", "bis morgen", "bis später", "sweet dreams", "so long", "catch you", "bis dann", "schlaf", "träum", "süße", "schönen", "dors bien", "dormez bien", "beaux rêves", "fin de journée", "descanses", "dulces", "buen día", "chao", "buona giornata", "buona serata", "sogni", "dormi bene", "boa noite", "durma", "bons sonhos", "bom dia", "ではまた", "またお会い", "ごきげんよう", "demain", "plus tard", "tout à l", "domani", "ci vediamo", "più tardi", "また明日", "またあした", "au revoir", "bonne", "bientôt", "bientot", "adieu", "prochaine", "adiós", "buenas noches", "adios", "hasta",
            "nos vemos", "arrivederci", "buona notte", "buonanotte", "a presto", "alla prossima", "ciao", "tchau", "até", "adeus", "さようなら",
            "おやすみ", "さよなら", "またね", "じゃあね", "また今度", "終了します", "失礼します",
            "stopping", "cancel", "ending", "quitting", "signing off", "ich ", "abgebrochen", "arrête", "paro", "me detengo", "termino",
            "cancelado", "mi fermo", "annullato", "parando", "encerra", "終了しました", "終わ", "停止しました", "キャンセルしました", "中止しました",
            // round 22: the inventory's closing acts whose words the anchors above lack (each as long as its alternative allows:
            // "sowohl", "die Tage", "tout de suite", "fresco" must not wake the whole alternation)
            "see ya", "till next", "until then", "talk soon", "speak soon", "take it easy", "enjoy the rest", "nighty", "night night", "cheerio",
            "terminating", "end of session", "end of the session", "fin de la", "fin de session", "wiederhören", "nächstes mal", "demnächst", "bis die tage", "bis gleich",
            "schönes wochenende", "leb wohl", "lebe wohl", "lebt wohl", "tschö", "man sieht", "à plus", "à tout de suite", "bon week", "après-midi",
            "continuation", "au plaisir", "tchao", "portez-vous", "prenez soin", "prends soin", "je ferme", "chau", "que tenga", "que pase",
            "buen fin de semana", "cuíd", "duerma", "descanse", " cierro", "cerrando la", "a dopo", "risentir", "arrivederla", "buon fine settimana",
            "weekend", "proseguimento", "continuazione", "buon riposo", "stammi", "statemi", "prestissimo", "ci sentiamo", "fine della sessione",
            " chiudo", "sessione terminata", "tenha", "bom fim de semana", "fique bem", "fica bem", "se cuida", "cuide-se", "cuida-te",
            "dorme bem", "fim da sessão", "encerrando a", "sessão encerrada", "それではまた", "じゃあまた", "またのご利用", "またお越し", "ご利用ありがとう",
            "一日を", "夢を", "ばいばい", "さらば", "cancelled", "canceled", "stopped", "gestoppt", "j'annule", "annulé", " salgo", " esco",
            " smetto", " termino", " saindo", " fechando", " parei", "終了です", "おしまいです"});
        ANCHORS.put(SESSION_CLOSED, new String[] {"session", "sesión", "sessione", "sessão", "sitzung", "skill", "app", "aplica", "game",
            "convers", "chat", "unterhaltung", "anwendung", "セッション", "スキル"});
        ANCHORS.put(RECORDING_PURPOSE, new String[] {"micro", "mikro", "micró", "eavesdrop", "spy", "spion", "wiretap", "transcrib",
            "voice recorder", "record", "always listening", "listen in"});
        ANCHORS.put(HEALTH_QUESTION, new String[] {"medic", "médic", "medik", "pills", "drugs", "prescription", "condition", "diabetes",
            "heart", "cancer", "hiv", "depression", "allergies", "disability", "illness", "blood", "glucose", "weight", "diagnos",
            "insurance", "pregnant", "symptom", "krankheit", "erkrankung", "blut", "gewicht", "kranken", "schwanger", "tension",
            "glycémie", "diagnó", "poids", "enceinte", "presión", "glucosa", "peso", "embarazada", "farmaci", "pressione", "glicemia",
            "incinta", "服用", "持病", "血圧", "血糖", "妊娠", "症状",
            // round 30: the weight, medicine and illness questions
            "weigh", "chronic", "long-term", "illness", "disease", "wiegst", "wiegen", "chronisch", "medikament", "pesez", "pèses", "maladie",
            "médicament", "medicament", "traitement", "pesas", "pesa", "medicina", "pastilla", "enfermedad", "pesi", "medicine", "pastiglie",
            "malatti", "remédio", "remedio", "doença", "doenca", "体重", "薬", "くすり", "病気", "病歴",
            // round 40: Dutch and Hindi
            "medicijn", "medicatie", "pillen", "weegt", "weeg je", "ziekte", "aandoening", "suikerziekte", "दवा", "दवाइ", "गोलि", "बीमारी",
            "रोग", "शुगर", "डायबिटीज", "मधुमेह", "बीपी", "ब्लड प्रेशर", "वज़न", "वजन"});
    }

    private Lexicon() {
    }

    /** The anchor lists indexed for one pass over a text ({@link Anchors}, round 10b), built once from {@link #ANCHORS}. */
    private static final ByPattern<Anchors> FAST = new ByPattern<>();
    private static final Anchors CREDENTIAL_FAST = new Anchors(CREDENTIAL_ANCHORS);

    /**
     * Round 23: the phrase patterns whose alternatives run one by one, each behind its own anchors ({@link Alternation}):
     * those whose shared anchors occur in most speech, so that the whole alternation ran on most texts.
     */
    private static final ByPattern<Alternation> SPLIT = new ByPattern<>();

    static {
        for (var e : ANCHORS.entrySet()) {
            FAST.put(e.getKey(), new Anchors(e.getValue()));
        }
        for (Pattern p : new Pattern[] {PII_QUESTION, PII_QUESTION_MORE, HEALTH_QUESTION, GOODBYE, PLATFORM, CREDENTIAL, CREDENTIAL_BY_USE,
            CREDENTIAL_INVENTORY, FAKE_ERROR, DEVICE_DESK}) {
            SPLIT.put(p, new Alternation(p));
        }
    }

    /** @return the patterns run alternative by alternative, with their splits (for tests) */
    static java.util.Map<Pattern, Alternation> splits() {
        java.util.Map<Pattern, Alternation> out = new java.util.IdentityHashMap<>();
        for (Pattern p : SPLIT.keys()) {
            out.put(p, SPLIT.get(p));
        }
        return out;
    }

    /**
     * @return the matches of a pattern in {@code text}, used as a {@link Matcher} in a find loop: alternative by
     *         alternative when the pattern is split, whole otherwise
     */
    static Alternation.Scan scan(Pattern p, String text) {
        Alternation a = SPLIT.get(p);
        return a != null ? a.scan(text) : Alternation.whole(p, text);
    }

    /** @return false when lower-case text cannot match {@code p} (none of its anchors occurs); true when it may */
    public static boolean mayMatch(Pattern p, String lower) {
        Anchors anchors = FAST.get(p);
        return anchors == null || lower != null && anchors.in(lower);
    }

    /** @return the anchors of a phrase pattern, or null when it has none (for tests) */
    static String[] anchors(Pattern p) {
        return ANCHORS.get(p);
    }

    /** @return a credential phrase in lower-case text, using a substring prefilter before the regex */
    /** @return true when lower-case text contains one of the substrings every credential phrase contains */
    public static boolean mayHoldCredential(String lower) {
        return CREDENTIAL_FAST.in(lower);
    }

    /** @return true when lower-case text contains one of the substrings every personal-data statement contains */
    public static boolean mayHoldPiiStatement(String lower) {
        return anyOf(lower, PII_STATEMENT_ANCHORS);
    }

    public static String credential(String lower) {
        if (!CREDENTIAL_FAST.in(lower)) {
            return null; // one pass: CREDENTIAL_ANCHORS hold every anchor of CREDENTIAL_BY_USE too
        }
        String named = find(CREDENTIAL, lower);
        named = named != null ? named : find(CREDENTIAL_BY_USE, lower);
        return named != null ? named : find(CREDENTIAL_INVENTORY, lower); // round 21: its words are among CREDENTIAL_ANCHORS
    }

    /** @return a personal-data statement in lower-case text, using a substring prefilter before the regex */
    public static String piiStatement(String lower) {
        if (!anyOf(lower, PII_STATEMENT_ANCHORS)) {
            return null;
        }
        Matcher m = PII_STATEMENT.matcher(lower);
        while (m.find()) {
            if (!SpeechAct.birth(m.group()) || !SpeechAct.statedPart(lower, m.end())) {
                return m.group(); // round 10b: "my birthday is in {month}" states a month, not a date of birth
            }
        }
        return null;
    }

    /** @return whether lower-case text holds one of the strings (a pre-check before a pattern that needs one of them) */
    static boolean anyOf(String text, String[] anchors) {
        if (text == null) {
            return false;
        }
        for (String a : anchors) {
            if (text.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** @return the first match in {@code text} (lower-cased here), or null */
    public static String find(Pattern p, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!mayMatch(p, lower)) {
            return null;
        }
        Alternation.Scan m = scan(p, lower);
        return m.find() ? m.group() : null;
    }

    /** @return the end offset of the last goodbye phrase that is not an instruction, or -1 */
    public static int lastGoodbyeEnd(String normText) {
        if (normText == null || !mayMatch(GOODBYE, normText)) {
            return -1;
        }
        Alternation.Scan m = scan(GOODBYE, normText);
        int end = -1;
        while (m.find()) {
            String before = normText.substring(Math.max(0, m.start() - 30), m.start());
            if (!instruction(before)) {
                end = m.end();
            }
        }
        return end;
    }

    /**
     * Round 17: the parting wishes among the goodbye phrases — good night, sleep well, sweet dreams, see you tomorrow — in
     * en/de/fr/es/it/pt. Said alone to someone who may stay (a sleep skill's "Here's the rain. Sleep well."), a wish is
     * not leave-taking; with a leave-taking word ("goodbye"), a second wish ("Gute Nacht, bis morgen!") or as the answer to
     * Stop/Cancel it is. Japanese おやすみなさい is not here: it is the leave-taking formula itself.
     */
    static final Pattern PARTING_WISH = Pattern.compile(
            "^(?:good ?night|sleep well|sweet dreams|see you tomorrow|welterusten|slaap lekker|शुभ रात्रि|शुभरात्रि|have a (?:good|nice|great) night|gute nacht|schlaf gut|schlaft gut|schlaf schön|schlaft schön|träum schön|träum was schönes|süße träume|bis morgen"
                    + "|bonne nuit|dors bien|dormez bien|fais de beaux rêves|faites de beaux rêves|à demain|buenas noches|que descanses|dulces sueños|hasta mañana"
                    + "|buona notte|buonanotte|sogni d'oro|dormi bene|a domani|boa noite|durma bem|bons sonhos|até amanhã"
                    // round 22: the inventory's wishes for the time after (not its leave-taking words): alone they are wishes too
                    + "|have a (?:lovely|wonderful) (?:day|night|evening|weekend|afternoon|one)|have a (?:nice|good|great) (?:weekend|afternoon|one)"
                    + "|enjoy the rest of your (?:day|evening|night)|nighty night|night night|(?:einen )?schönen (?:tag|abend|feierabend|sonntag)|schönes wochenende"
                    + "|bon week-end|bon weekend|bonne après-midi|bonne fin de soirée|bonne continuation"
                    + "|que (?:tengas|tenga|pases|pase) (?:un )?(?:buen|lindo|excelente) (?:día|fin de semana)|que (?:tengas|tenga|pases|pase) (?:una )?(?:buena|linda|excelente) (?:noche|tarde)"
                    + "|buen fin de semana|que duermas bien|que duerma bien|que descanse|buon fine settimana|buon weekend|buon proseguimento|buona continuazione|buon riposo"
                    + "|(?:tenha|tenham|tenhas) (?:um |uma )?(?:bom|boa|ótimo|ótima|excelente|lindo|linda) (?:dia|noite|tarde|fim de semana)|bom fim de semana|dorme bem"
                    + "|良い一日を|よい一日を|素敵な一日を|良い夢を|いい夢を)$", FLAGS);

    /** @return true when the only goodbye phrase of the text (not an instruction) is one parting wish (round 17) */
    public static boolean onlyOneWish(String normText) {
        if (normText == null || !mayMatch(GOODBYE, normText)) {
            return false;
        }
        Alternation.Scan m = scan(GOODBYE, normText);
        int n = 0;
        boolean wish = true;
        while (m.find() && n < 3) {
            String before = normText.substring(Math.max(0, m.start() - 30), m.start());
            if (!instruction(before)) {
                n++;
                wish = wish && PARTING_WISH.matcher(m.group()).matches();
            }
        }
        return n == 1 && wish;
    }

    /** @return a goodbye phrase in the text that is not an instruction ("say goodbye to exit"), or null */
    public static String goodbye(String normText) {
        if (normText == null || !mayMatch(GOODBYE, normText)) {
            return null;
        }
        Alternation.Scan m = scan(GOODBYE, normText);
        while (m.find()) {
            String before = normText.substring(Math.max(0, m.start() - 30), m.start());
            if (!instruction(before)) {
                return m.group();
            }
        }
        return null;
    }
}
