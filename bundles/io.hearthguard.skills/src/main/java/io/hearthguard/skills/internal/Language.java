package io.hearthguard.skills.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structured rules on normalised speech ({@link Text#norm}) in en, de, fr, es, it, pt and
 * ja that keep the phrase rules from firing on what a sentence does not do:
 * <ul>
 * <li>negation and reassurance: "we will never ask for your PIN", "Amazon fragt nie nach
 * deinem Passwort", "nous ne vous demanderons jamais votre mot de passe",
 * "パスワードをお聞きすることはありません": a cue before the phrase in the same clause, with no
 * "but"/"just"/"now" turning the sentence around and no "don't worry" in front</li>
 * <li>a goodbye followed by a real new round: audible words after the goodbye phrase</li>
 * </ul>
 * Clause = text between sentence ends ({@code . ! ? ; 。 ！ ？}). Rules, not a statistical
 * model: OpenNLP was considered (see docs/skills.md, "Language handling").
 */
public final class Language {
    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    /** Negation cues that scope over what follows them. */
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:never|not|no|nothing|don't|dont|do not|does not|doesn't|won't|will not|wouldn't|shouldn't|should not|cannot|can't|no one|nobody|nor"
                    + "|nie|niemals|nicht|nichts|kein|keine|keinen|keinesfalls|niemand"
                    + "|jamais|ne|n'|pas|aucun|aucune|personne"
                    + "|nunca|jamás|jamas|nadie|ningún|ninguna|ninguno|ni"
                    + "|mai|non|nessuno|nessuna|nessun|niente|nulla"
                    // round 27: the negative quantifiers of Portuguese ("nenhum banco … pede sua senha"), completing the class
                    + "|nunca|não|nao|ninguém|ninguem|nenhum|nenhuma)\\b"
                    + "|決して|絶対に", F);
    /** Japanese negation comes after the phrase: 聞きません, お聞きすることはありません, 求めない. */
    private static final Pattern JA_NEGATION_AFTER = Pattern.compile("ません|ない|ないで|ありません|しません");
    /** Words after a cue that turn the clause into a request again. */
    private static final Pattern TURN = Pattern.compile(
            "\\b(?:but|just|now|instead|however|aber|jetzt|sondern|doch|mais|maintenant|plutôt|pero|ahora|sino|ma|adesso|ora|invece|mas|agora)\\b"
                    + "|しかし|でも|ただし|今すぐ", F);
    /**
     * Round 18: a colon that opens a command ends a negated purpose before it ("so nobody else can steal it: read me the
     * code", "damit niemand schummelt: sag mir …", "pour que personne ne triche : dis-moi …", "para que nadie …: dime …"): the
     * command is either in the text after the colon or the very words tested, right after it. Only for a negation — a
     * scam reported before a colon ("scammers may say: …") stays reported.
     */
    private static final Pattern COLON_COMMAND = Pattern.compile("[:：]\\s*(?:now |then |please |quickly |jetzt |bitte |alors |vite |ahora "
            + "|por favor |ora |adesso |agora )?(?:(?:read|say|tell|give|enter|spell|type|sag|sage|nenne|lies|gib|dis|dites|donne|donnez|lis|lisez"
            + "|dime|diga|dame|lee|léeme|dimmi|dica|dammi|leggi|leggimi|diz|fala|leia|lê)\\b|$)", F);
    /**
     * Round 23b: a reassurance, then a consequence that opens a command ("we will never share it, so tell me your PIN", "nous
     * ne la partagerons jamais, alors dites-moi …", "así que dime", "quindi dimmi", "então me diga", "also nenne mir"): the
     * negation spoke of something else, the command after the connective asks.
     */
    private static final Pattern CONSEQUENCE_COMMAND = Pattern.compile("(?:^|[\\s,;])(?:so|and so|therefore|that's why|alors|donc|du coup|c'est pourquoi"
            + "|así que|asi que|por eso|entonces|por lo tanto|quindi|perciò|dunque|per questo|então|entao|portanto|por isso|also|deshalb|daher|darum)"
            + "[,]?\\s+(?:(?:now|please|just|jetzt|bitte|maintenant|s'il vous plaît|ahora|por favor|adesso|ora|per favore|agora|simplesmente|einfach)[,]?\\s+){0,2}"
            + "(?:(?:me|mir|uns|nous|moi)\\s+)?(?:read|say|tell|give|enter|spell|type|confirm|provide|sag|sage|nenne|nennen|lies|gib|geben|dis|dites|donne|donnez|lis|lisez"
            + "|confirmez|indiquez|dime|diga|dame|lee|léeme|dígame|indícame|dimmi|dica|dammi|leggi|leggimi|diz|fala|fale|leia|informe|passe)\\b"
            + "|(?:^|[\\s,;])(?:so|alors|donc|así que|por eso|entonces|quindi|perciò|dunque|então|por isso|portanto|also|deshalb|daher)[,]?\\s+"
            + "(?:(?:now|please|just|jetzt|bitte|maintenant|ahora|por favor|adesso|ora|per favore|agora|einfach)[,]?\\s+){0,2}(?:(?:me|mir|uns|nous|moi)\\s+)?$", F);
    /** Cues that do not negate the request after them ("don't worry, …", "no problem, …"). */
    private static final Pattern FALSE_CUE = Pattern.compile(
            "\\b(?:don't|dont|do not|no) (?:worry|hesitate|forget|problem)\\b|\\bkeine (?:sorge|angst)\\b|\\bpas de (?:souci|problème)\\b"
                    + "|\\bn'hésitez pas\\b|\\bno te preocupes\\b|\\bno (?:hay )?problema\\b|\\bnon preoccuparti\\b|\\bnon (?:c'è )?problema\\b"
                    + "|\\bnão se preocupe\\b|心配しないで|心配いりません"
                    // round 23b: the other persons and registers ("non ti preoccupare", "ne vous inquiétez pas", "no se preocupe")
                    + "|\\bnon (?:ti preoccupare|si preoccupi|vi preoccupate|preoccupatevi)\\b|\\bne (?:vous inquiétez|t'inquiète) pas\\b"
                    + "|\\bno (?:se preocupe|os preocupéis|se preocupen)\\b|\\bnão (?:te preocupes|se preocupa|te preocupa)\\b", F);
    /** A third party named as the one who asks: the clause reports a scam, it does not make the request. */
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:scammers?|fraudsters?|criminals?|crooks?|hackers?|thieves|phishers?|con artists?|impostors?|imposters?|fake callers?|betrüger|kriminelle"
                    + "|escrocs?|arnaqueurs?|fraudeurs?|estafadores?|timadores?|truffatori|truffatore|criminali|malintenzionati"
                    // round 23b: the Portuguese ones ("golpistas costumam dizer: …")
                    + "|golpistas?|fraudadores?|criminosos|estelionatários?)\\b"
                    + "|詐欺|犯罪者|なりすまし"
                    // an indefinite other app, caller or message as the one who asks ("a voice app says your account is locked and
                    // asks for your password. true or false?"): a scenario described, not the skill asking
                    + "|\\b(?:a|an|some|another) (?:voice app|app|skill|caller|call|message|text message|text|e-?mail|website|stranger)\\b"
                    + "(?=[^.!?]{0,80}\\b(?:says|asks|claims|tells you|wants)\\b)"
                    // round 10b: the same with up to two words before the asker and a modal before the verb ("a fake support call
                    // might ask you to read out your code", "ein falscher Anruf fordert …", "un faux appel peut demander …"), 6 languages
                    + "|\\b(?:a|an|some|another|such)(?: [\\p{L}-]+){0,2} (?:calls?|callers?|messages?|texts?|e-?mails?|voices?|apps?|skills?|websites?|strangers?|people)\\b"
                    + "(?=[^.!?]{0,80}\\b(?:(?:might|may|could|will|would|often|usually|typically) )?(?:say|says|ask|asks|claim|claims|tell you|tells you|demand|demands|want you|wants you)\\b)"
                    + "|\\b(?:ein|eine|solche)(?: [\\p{L}-]+){0,2} (?:anruf|anrufer|nachricht|sms|e-mail|stimme|app)\\b(?=[^.!?]{0,80}\\b(?:sagt|fragt|fordert|verlangt|behauptet|will)\\b)"
                    + "|\\b(?:un|une)(?: [\\p{L}-]+){0,2} (?:appel|message|sms|e-mail|courriel|voix|application)\\b(?=[^.!?]{0,80}\\b(?:dit|demande|exige|prétend|réclame)\\b)"
                    + "|\\b(?:una|un)(?: [\\p{L}-]+){0,2} (?:llamada|mensaje|correo|voz|aplicación)\\b(?=[^.!?]{0,80}\\b(?:dice|pide|exige|afirma|solicita)\\b)"
                    + "|\\b(?:una|un)(?: [\\p{L}-]+){0,2} (?:chiamata|messaggio|mail|voce|app)\\b(?=[^.!?]{0,80}\\b(?:dice|chiede|pretende|afferma|richiede)\\b)"
                    + "|\\b(?:uma|um)(?: [\\p{L}-]+){0,2} (?:ligação|chamada|mensagem|voz|aplicativo)\\b(?=[^.!?]{0,80}\\b(?:diz|pede|exige|afirma|solicita)\\b)"
                    // round 12: whoever is named by the act of impersonating is a third party ("callers pretending to be Amazon
                    // … ask for a code", "Anrufer, die sich als … ausgeben", "qui se font passer pour", "que se hacen pasar por",
                    // "che si spacciano per", "que se passam por", 「アマゾンを装った電話」): the clause describes the scam
                    + "|\\b(?:pretending|pretend|pretends|posing|pose|poses|purporting) (?:to be|as)\\b|\\bimpersonat(?:ing|e|es|ors?)\\b"
                    + "|\\bsich als\\b[^.!?]{1,60}\\baus(?:geben|gibt|gaben)\\b|\\b(?:geben|gibt|gaben|gab) sich als\\b|\\b(?:se font|se faisant|se fait|se faire) passer pour\\b"
                    + "|\\b(?:se hacen|haciéndose|se hace|hacerse) pasar por\\b|\\b(?:si spacciano|spacciandosi|si spaccia|spacciarsi) per\\b"
                    + "|\\b(?:se passam|se passando|se passa|se passar) por\\b|\\bfingindo ser\\b|を装(?:った|う|い)|のふりをし", F);
    /**
     * A hypothetical third party as the asker ("if anyone asks you for …", "wenn jemand …", "si quelqu'un …"): the
     * clause describes what others might do, it is not the skill asking.
     */
    private static final Pattern HYPOTHETICAL_ASKER = Pattern.compile(
            "\\b(?:if|when|whenever) (?:anyone|anybody|someone|somebody|a stranger|a caller|a voice|a person|a message|a call|a text|an email|people|they)\\b"
                    + "|\\b(?:wenn|falls) (?:jemand|ein anrufer|eine stimme|eine nachricht|man dich)\\b|\\bsi (?:quelqu'un|on vous|on te|une voix|un appel)\\b"
                    + "|\\bsi (?:alguien|una voz|una llamada|te llaman)\\b|\\bse (?:qualcuno|una voce|una chiamata)\\b"
                    // round 27: Portuguese ("se alguém pedir o código …, é golpe")
                    + "|\\b(?:se|caso|quando) (?:alguém|alguem|uma voz|uma ligação|te ligarem)\\b|誰かが|もし誰か"
                    // round 37: what a screen or an app may say, as a condition ("if our app says your account is locked, …")
                    + "|\\b(?:if|when) (?:our|the|your) (?:app|website|site|screen|display|keypad|panel|device|router)\\b[^.!?]{0,20}\\b(?:says|shows|displays|reads)\\b"
                    + "|\\b(?:wenn|falls) (?:die|unsere|deine|ihre) app (?:sagt|meldet|anzeigt|zeigt)\\b|\\bsi (?:l'application|notre application|l'écran) (?:dit|affiche|indique)\\b"
                    + "|\\bsi (?:la app|nuestra app|la pantalla) (?:dice|muestra)\\b|\\bse (?:l'app|la nostra app|lo schermo) (?:dice|mostra)\\b"
                    + "|\\bse (?:o app|o aplicativo|a tela) (?:diz|mostra)\\b", F);
    /** The clause labels what it describes as a scam ("… it is almost certainly a scam", "das ist Betrug"). */
    private static final Pattern SCAM_LABEL = Pattern.compile(
            "\\b(?:is|it's|that's|are|it is|that is|this is)\\s+(?:(?:almost|certainly|probably|surely|definitely|always|most likely|likely|very likely) ){0,3}"
                    + "(?:a |an )?(?:scam|scams|fraud|phishing|trick|con|fake)\\b"
                    + "|\\b(?:ist|sind) (?:(?:fast|sicher|immer|wahrscheinlich|bestimmt) ){0,2}(?:ein |eine )?(?:betrug|betrugsversuch|betrüger|fälschung|phishing|abzocke)\\b"
                    + "|\\bc'est (?:(?:presque|sûrement|certainement|toujours|probablement) ){0,2}(?:une |un )?(?:arnaque|escroquerie|fraude|hameçonnage)\\b"
                    + "|\\b(?:es|son) (?:(?:casi|seguramente|siempre|probablemente) ){0,2}(?:una |un )?(?:estafa|fraude|timo|engaño)\\b"
                    + "|\\b(?:è|sono) (?:(?:quasi|sicuramente|sempre|probabilmente) ){0,2}(?:una |un )?(?:truffa|frode|raggiro)\\b"
                    + "|詐欺です|詐欺である|詐欺の可能性", F);
    /**
     * A quotation announced by its speaker ("a caller says: this is Amazon …", "ein Anrufer sagt:", "un appel dit :",
     * "alguien dice:", "qualcuno dice:", 「…」): what follows is an example being quoted (a scam quiz, a warning), not
     * the skill speaking. Only with the colon or the Japanese quote marks.
     */
    private static final Pattern QUOTE_FRAME = Pattern.compile(
            "\\b(?:a|an|the|some|one)?\\s?(?:caller|voice|message|text|text message|e-?mail|sms|stranger|someone|somebody|person|scammer|fraudster|man|woman)"
                    + " (?:says|said|claims|writes|asks|tells you|wrote)\\s?:"
                    + "|\\b(?:ein anrufer|eine stimme|eine nachricht|jemand|eine e-mail|eine sms|der betrüger|ein betrüger|die betrüger) (?:sagt|schreibt|behauptet|fragt)\\s?:"
                    + "|\\b(?:un appel|une voix|un message|quelqu'un|un correspondant|un e-mail|un sms|l'escroc|un escroc|l'arnaqueur|un arnaqueur) (?:dit|écrit|affirme|demande)\\s?:"
                    + "|\\b(?:una llamada|una voz|un mensaje|alguien|un correo|el estafador|un estafador|el timador) (?:dice|escribe|afirma|pregunta)\\s?:"
                    + "|\\b(?:una chiamata|una voce|un messaggio|qualcuno|una mail|il truffatore|un truffatore) (?:dice|scrive|afferma|chiede)\\s?:"
                    + "|\\b(?:uma ligação|uma voz|uma mensagem|alguém|o golpista|um golpista|o fraudador) (?:diz|escreve|pergunta)\\s?:"
                    // reported speech of others, announced by a verb of saying and a comma or colon ("fake calls that say, this is
                    // Amazon …", "Anrufe, die sagen: …", "des appels qui disent, …", "llamadas que dicen, …", "messaggi che dicono, …")
                    + "|\\b(?:calls|messages|texts|e-?mails|callers|voices|people|scammers|crooks|fraudsters|they)(?: that| which| who)? (?:say|said|claim|tell you)\\s?[,:]"
                    + "|\\b(?:anrufe|nachrichten|anrufer|betrüger|sie),? die (?:sagen|behaupten)\\s?[,:]|\\b(?:appels|messages|escrocs|ils) qui (?:disent|prétendent)\\s?[,:]"
                    + "|\\b(?:llamadas|mensajes|estafadores) que (?:dicen|afirman)\\s?[,:]|\\b(?:chiamate|messaggi|truffatori) che (?:dicono|affermano)\\s?[,:]"
                    + "|\\b(?:ligações|mensagens|golpistas) que (?:dizem|afirmam)\\s?[,:]", F);
    /**
     * Round 16: the head nouns a value to be uttered is referred back to by ("the code", "diese Nummer", "ces chiffres",
     * "ese número", "quel codice", "esse código"), with German compounds ending in one ("die Bestätigungsnummer").
     */
    private static final String VALUE_HEAD = "(?:codes?|digits|numbers?|pin|passcode|[\\p{L}]*(?:code|nummer|ziffern|zahl|zahlen|pin)|chiffres|numéro"
            + "|código|dígitos|número|números|codice|cifre|numero|numeri)\\b";
    /** At most two modifiers between a determiner and its head ("the six digit code", "die sechsstellige Nummer"). */
    private static final String NP_GAP = "(?: [\\p{L}\\p{N}-]+){0,2}?";
    /** Words that make a clause a request ("say your PIN", "PIN, please", "what is your PIN?"). */
    private static final Pattern REQUEST_CUE = Pattern.compile(
            "\\b(?:say|tell|give|enter|provide|speak|read|spell|type|confirm|verify|need|needs|require|required|must|please|what|what's|share"
                    + "|sag|sage|sagen|nenne|nennen|gib|geben|bestätige|bitte|brauche|benötige|wie lautet|dites|dis|donnez|donne|confirmez|besoin"
                    + "|quel|quelle|dime|di|diga|dame|necesito|cuál|confirma|dimmi|dica|dammi|serve|qual|conferma"
                    // round 13: the verbs of uttering a game or a ritual asks with ("whisper them to the cookie", "chant your
                    // code"): what is asked is still said aloud to the skill
                    + "|whisper|murmur|recite|chant|flüstere|flüstern|flüstert|chuchote|chuchotez|murmure|murmurez|susurra|susurre|susúrrame"
                    + "|sussurra|sussurrami|sussurri|sussurre"
                    // round 16: the verbs of saying again, a class of its own in the seven languages ("repeat the verification
                    // code", "répétez le code", "wiederholen Sie die Nummer", "repite el código", "ripeti il codice")
                    + "|repeat|wiederhole|wiederholen|wiederholt|répète|répétez|repite|repita|repitan|ripeti|ripeta|ripetete|repete"
                    // round 21 (inventory of the forms of asking, per language): verbs of telling, stating, reading out,
                    // dictating, typing and handing over, polite and indirect requests ("I'll need", "may I have", "il me
                    // faut", "mi servono", "preciso de"), and the question words of the plural ("welche", "quels", "cuáles")
                    + "|quote|state|dictate|supply|submit|recite|may i have|can i have|could i have|can i get|let me have|let's have|go ahead with|which"
                    + "|teile|teilen|teilt|mitteilen|verrate|verraten|diktiere|diktieren|durchgeben|angeben|lies|lesen|nenn|nennst|brauchen|benötigen|bräuchte|welche|welches|wie lauten"
                    + "|indiquez|indique|indiquer|communiquez|communique|précisez|donner|dire|lisez|lis|épelez|épelle|tapez|saisissez|entrez|quels|quelles|il me faut|il nous faut"
                    + "|indícame|indícanos|indica|facilítame|facilite|proporciona|proporcione|proporcióname|dígame|díganos|decir|decirme|decirnos|léeme|lee|deletrea"
                    + "|díctame|necesitamos|necesitaría|cuáles|qué|escribe|introduce|ingresa|ingrese|comparte|comparta|confirme"
                    + "|indicami|indichi|comunicami|comunichi|fornisci|forniscimi|fornisca|leggimi|leggi|legga|dettami|detta|inserisci|inserisca|digita|quali|quale"
                    // round 23b: the infinitive after a polite request ("veuillez confirmer votre numéro de carte")
                    + "|veuillez|confirmer|vérifier|confirmar|confermare|confermi"
                    + "|bisogno|servono|dirmi|dire|condividi"
                    + "|informe|informa|informar|passe|passa|fala|fale|diz|dizer|preciso|precisamos|quais|digite|leia|forneça|compartilhe|conte|soletre"
                    // round 26a: the politeness words of every language, as "please" and "bitte" before them ("Il codice fiscale, per favore.")
                    + "|per favore|per piacere|por favor|s'il vous pla[iî]t|s'il te pla[iî]t|por gentileza"
                    // round 30: the verbs of requiring in the other languages, as "require" and "need" in English ("el sistema
                    // requiere tu número …"), and how a number is to be said — digit by digit — which only a request tells
                    + "|requiere|requieren|requerimos|necesita|necesitan|richiede|richiedono|erfordert|nécessite|exige|exigimos|requer|requerem"
                    + "|start with|begin with|empieza por|empieza con|comienza por|comienza con|commencez par|commence par|inizia con|inizia da|comece com|comece pelo"
                    + "|digit by digit|(?:one|two|three|four|five|six|[1-6]) digits? at a time|number by number|ziffer für ziffer|ziffer um ziffer|chiffre par chiffre|chiffre après chiffre"
                    + "|cifra a cifra|cifra por cifra|dígito a dígito|dígito por dígito|número por número|cifra per cifra|una cifra alla volta"
                    // round 35: Dutch
                    + "|zeg|noem|geef|vertel|bevestig|lees|typ|alsjeblieft|alstublieft|graag|nodig|wat is|wat zijn|welke)\\b"
                    // round 35: Hindi (no word boundaries in Devanagari here: the matras are marks, not letters)
                    + "|बताइए|बताइये|बताएं|बताएँ|बताओ|बोलिए|बोलें|दीजिए|दीजिये|कहिए|क्या है|पढ़िए|भेजिए|कृपया|ज़रूरत|जरूरत|चाहिए"
                    + "|教えて|言って|お聞かせ|ください|入力|ささやいて|つぶやいて|唱えて|繰り返して|一桁ずつ|ひとけたずつ"
                    + "|読み上げて|伺え|お伺い|確認させて|お聞き|いただけますか|頂けますか|お願いします|お願いいたします", F);
    /**
     * Round 13: a request in the next sentence whose object is a pronoun for the secret the sentence before named ("We
     * texted you a code. Say it now."; "Nennen Sie sie mir."; "Dites-le-moi."; 「それを教えてください」): the secret is
     * asked across the sentence end. The pronoun must be the verb's object right after it, so "say it with me" in a
     * song is caught only after a sentence that names a secret.
     */
    private static final Pattern ASKED_BACK = Pattern.compile("^\\s*(?:(?:now|then|please|so|just|and|ok|okay|go ahead and|jetzt|bitte|maintenant|ahora|ora|agora)[,]?\\s+){0,3}"
            + "(?:(?:say|tell|read|repeat|whisper|give|enter|type|speak|recite|share)(?: (?:me|us))?(?: back)? (?:it|them|those|that|these)\\b"
            + "|(?:sagen|nennen|geben|lesen|flüstern) sie (?:sie|ihn|es)\\b|(?:sag|nenne|gib|lies|flüstere) (?:sie|ihn|es) mir\\b|(?:sag|nenne|gib|lies) mir (?:sie|ihn|es)\\b"
            + "|(?:dites|dis|donnez|donne|lisez|lis|répétez|murmurez|chuchotez)-(?:le|la|les)\\b|(?:dites|dis|donnez|donne)-moi-(?:le|la|les)\\b|(?:dites|dis)-les-moi\\b"
            + "|(?:dímelo|dímela|dímelos|dímelas|dígamelo|dígamela|díganoslo|léemelo|repítemelo|susúrramelo)\\b"
            + "|(?:dimmelo|dimmela|dimmeli|ditemelo|leggimelo|ripetimelo|sussurramelo|me lo dica|ce lo dica)\\b|(?:diga-o|diga-a|diga-me|fale-o|fale-a|me diga)\\b"
            + "|(?:それを|その(?:コード|番号|数字)を)(?:教えて|言って|読み上げて|入力して|ささやいて|繰り返して)"
            // round 16: the object a definite or demonstrative noun phrase whose head is a value's noun ("Say the six digit
            // code.", "Nennen Sie mir diese Nummer.", "Répétez ce code.", "Dime ese número.", "Dimmi quel codice."): the
            // construction is verb + determiner + at most two modifiers + head, the same in each language
            + "|(?:say|tell|read|repeat|whisper|give|enter|type|speak|recite|share)(?: (?:me|us))?(?: back)? (?:the|that|this|those|these)" + NP_GAP + " " + VALUE_HEAD
            + "|(?:(?:sagen|nennen|geben|lesen|wiederholen|flüstern) sie|sag|nenne|gib|lies|wiederhole)(?: (?:mir|uns))?(?: (?:jetzt|bitte|nun))? (?:diese[nrs]?|die|den|das)" + NP_GAP + " " + VALUE_HEAD
            + "|(?:dites|dis|donnez|donne|lisez|lis|répétez|répète)(?:-(?:moi|nous))? (?:ce|cet|cette|ces|le|la|les)" + NP_GAP + " " + VALUE_HEAD
            + "|(?:dime|dígame|díganos|dame|deme|léeme|repite|repita|repíteme)(?: (?:ahora|ya))? (?:ese|esa|esos|esas|este|esta|estos|el|la|los|las)" + NP_GAP + " " + VALUE_HEAD
            + "|(?:dimmi|mi dica|ci dica|dammi|leggimi|ripeti|ripeta|ripetimi)(?: (?:ora|adesso))? (?:quel|quello|quella|quei|quelle|questo|questa|questi|il|lo|la|le|i|gli)" + NP_GAP + " " + VALUE_HEAD
            + "|(?:diga|diga-me|me diga|fale|repita|leia)(?: (?:agora|já))? (?:esse|essa|esses|este|esta|o|a|os|as)" + NP_GAP + " " + VALUE_HEAD
            // round 20: a question whose whole subject is a pronoun for what was just named ("… of your social security number.
            // What are they?"), ending there: the same construction in each language
            + "|(?:what|which) (?:are|is|were|was) (?:they|it|those|these|them) ?[?？]|what'?s it ?[?？]"
            + "|(?:wie lautet|wie lauten|was ist|was sind|welche sind) (?:sie|er|es|die|das) ?[?？]"
            + "|(?:quel|quelle|quels|quelles) (?:est|sont)-(?:il|elle|ils|elles) ?[?？]|c'est quoi ?[?？]"
            + "|¿?(?:cuál|cuáles|cual|cuales) (?:es|son) ?[?？]|(?:qual|quais) (?:é|são|e) ?[?？]|(?:qual|quale|quali) (?:è|sono) ?[?？]"
            + "|(?:それ|それら)は(?:何|なん)(?:ですか|でしょうか)"
            + ")", F);
    /**
     * Round 37: the turn itself rules out that the secret is said to the skill — "never say it out loud", "not even to me",
     * "we will never ask for …" — in en, de, fr, es, it, pt, nl and ja. What such a turn does with the secret (type it on the
     * keypad, into the app, reset it from the sign-in screen) happens off the voice channel.
     */
    private static final Pattern VOICE_EXCLUDED = Pattern.compile(
            "\\b(?:never|don't|dont|do not|not) (?:say|speak|read|tell|share)(?: (?:it|them|this|that|those|these))?(?: (?:out loud|aloud|to me|to us|to alexa|to this skill|here|by voice))"
                    + "|\\b(?:never|not) (?:out loud|aloud)\\b|\\bnot even (?:to )?(?:me|us|alexa)\\b|\\b(?:i|we|this skill|alexa|our skill)(?: will| shall|'ll)? never (?:ever )?(?:ask|request)\\b"
                    + "|\\b(?:i|we)(?: will not| won't| do not| don't| never) (?:ever )?ask (?:you )?for\\b"
                    + "|\\b(?:nemmeno|neanche|nemmeno a|neanche a) (?:a )?me\\b|\\bnon (?:te |ve |glie)?l[aoie] chieder(?:ò|emo) mai\\b|\\bnon (?:ti|vi) chieder(?:ò|emo) mai\\b"
                    + "|\\bnon dir(?:la|lo|le|li) mai\\b|\\bmai ad alta voce\\b|\\bnon (?:la|lo) dire ad alta voce\\b"
                    + "|\\bnunca (?:vou|vamos|iremos|irei|vai|vão) (?:te |lhe |lhes )?pedir\\b|\\bnunca (?:te |lhe )?pedi(?:mos|rei|remos)\\b|\\bnunca (?:a |o )?diga\\b"
                    + "|\\bnão (?:a |o )?(?:diga|fale) em voz alta\\b|\\bnem (?:para|pra) mim\\b"
                    + "|\\bne (?:vous|te) (?:la |le |les )?demander(?:ons|ai|a) jamais\\b|\\bne (?:la|le|les) (?:dites|dis) jamais\\b|\\bjamais à voix haute\\b"
                    + "|\\bpas à voix haute\\b|\\bmême pas à moi\\b"
                    // round 40: never say or give one at all ("Ne dites jamais un mot de passe ou un code à un skill.", "never tell
                    // anyone your PIN", "nunca compartas tu contraseña", "gib niemals dein Passwort weiter")
                    + "|\\bnever (?:say|tell|share|give|read out|reveal)\\b|\\bne (?:dites|dis|donnez|donne|communiquez|communique|partagez|partage|révélez) jamais\\b"
                    + "|\\bnunca (?:digas|diga|des|dé|compartas|comparta|reveles|revele)\\b|\\bnon (?:dire|dite|dica|dare|date|condividere|comunicare) mai\\b"
                    + "|\\b(?:sag|sage|sagen sie|nenne|nennen sie|gib|geben sie|teile|teilen sie|verrate|verraten sie) (?:niemals|nie)\\b"
                    + "|\\bnunca (?:diga|fale|compartilhe|informe|revele|passe)\\b|\\b(?:zeg|geef|deel|vertel) nooit\\b"
                    + "|\\bnunca (?:te |le |les )?(?:pediremos|pediré|vamos a pedir|voy a pedir|pedimos)\\b|\\bnunca (?:la|lo) digas\\b|\\bno (?:la|lo) digas en voz alta\\b"
                    + "|\\bnunca en voz alta\\b|\\bni siquiera a mí\\b"
                    + "|\\b(?:sag|sage|sagen sie|nenne|nennen sie) (?:es|sie|ihn) (?:nie|niemals|nicht)(?: laut)?\\b|\\bnie(?:mals)? laut\\b|\\bauch mir nicht\\b"
                    + "|\\b(?:werde|werden|wird) (?:dich|sie|euch) (?:nie|niemals) (?:nach|danach) fragen\\b|\\bfrag(?:e|en)? (?:dich|sie) (?:nie|niemals) nach\\b"
                    + "|\\bzeg (?:het|hem|die) nooit\\b|\\bnooit hardop\\b|\\bnooit (?:om|naar) (?:je|uw)\\b"
                    + "|声に出さないで|口に出さないで|声に出して言わないで|お聞きすることはありません|お尋ねすることはありません|聞くことはありません", F);
    /** Round 37: verbs of saying a value aloud and question words of asking for it; one of them, not negated, asks by voice after all. */
    private static final Pattern VOICE_ASK = Pattern.compile(
            "\\b(?:say|tell|read|speak|spell|recite|repeat|whisper|what|what's|which|sag|sage|sagen|nenne|nennen|lies|lesen|buchstabiere|wie lautet|welche"
                    + "|dites|dis|lisez|lis|épelez|répétez|quel|quelle|dime|diga|dígame|lee|léeme|deletrea|repite|cuál|qué|dimmi|mi dica|leggi|leggimi|ripeti|qual|quale"
                    + "|fale|fala|leia|diz|zeg|noem|lees|wat)\\b|教えて|言って|お聞かせ|読み上げて", F);

    /** The last text {@link #voiceExcluded} judged and its answer, per thread: the per-match callers ask about one text many times. */
    private static final ThreadLocal<Object[]> LAST_EXCLUDED = ThreadLocal.withInitial(() -> new Object[2]);

    /** @return true when the text rules out saying the secret to the skill and no consequence turns it into a request (once per text) */
    private static boolean voiceExcluded(String norm) {
        Object[] last = LAST_EXCLUDED.get();
        if (last[0] != norm) {
            last[1] = VOICE_EXCLUDED.matcher(norm).find() && !CONSEQUENCE_COMMAND.matcher(norm).find();
            last[0] = norm;
        }
        return (Boolean) last[1];
    }

    /**
     * Round 37: true when the turn rules out that the secret is spoken to the skill ({@link #VOICE_EXCLUDED}), no
     * consequence turns it into a request ("… so tell me your PIN"), and the clause of the secret at {@code [start, end)}
     * holds no question word and no verb of saying that is not negated ("did you lose the password?" asks for none): "type your old PIN on the keypad, never say it out loud",
     * "troque a senha padrão … eu nunca vou pedir sua senha", "reimpostala dalla schermata di accesso. Non dirla mai a
     * nessuno, nemmeno a me" ask nothing; "we'll never ask by e-mail, so say your PIN" and "never say it out loud to anyone
     * else — what is your PIN?" still ask.
     */
    static boolean keptOffVoice(String norm, int start, int end) {
        if (norm == null || !voiceExcluded(norm)) {
            return false;
        }
        int[] b = clauseBounds(norm, start, end);
        String clause = norm.substring(b[0], b[1]);
        Matcher v = VOICE_ASK.matcher(clause);
        while (v.find()) {
            if (!negated(norm, b[0] + v.start(), b[0] + v.end())) {
                return false;
            }
        }
        return true;
    }

    /** Credential words that are also everyday words ("pin the tail", "the secret code of the game"). */
    private static final java.util.Set<String> WEAK = java.util.Set.of("pin", "code", "otp");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+", F);

    private Language() {
    }

    /**
     * @return the first match of {@code p} in {@code norm} that the clause does not negate, or
     *         null
     */
    public static String affirmed(Pattern p, String norm) {
        if (norm == null || norm.isEmpty() || !Lexicon.mayMatch(p, norm)) {
            return null;
        }
        Alternation.Scan m = Lexicon.scan(p, norm); // round 23: alternative by alternative where the pattern is split
        while (m.find()) {
            if (!negated(norm, m.start(), m.end())) {
                return m.group();
            }
        }
        return null;
    }

    /**
     * Round 35: every match of {@code p} in {@code norm} that is not negated, in text order, at most {@code max} of them
     * (a turn may ask for a postcode the skill needs and then for a birth date it does not).
     */
    static List<String> affirmedAll(Pattern p, String norm, int max) {
        if (norm == null || norm.isEmpty() || !Lexicon.mayMatch(p, norm)) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(2);
        Alternation.Scan m = Lexicon.scan(p, norm);
        while (m.find() && out.size() < max) {
            if (!negated(norm, m.start(), m.end()) && !out.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /**
     * @return like {@link #affirmed}, and an everyday word among the credential words ("pin")
     *         counts only in a clause that asks for something (a request cue or a question)
     */
    public static String requested(Pattern p, String norm) {
        return norm == null || !Lexicon.mayMatch(p, norm) ? null : requestedAnchored(p, norm);
    }

    /**
     * Round 21: {@link #requested} where the caller has already tested the pattern's anchors (one pass of the credential
     * anchors serves {@link Lexicon#CREDENTIAL} and {@link Lexicon#CREDENTIAL_INVENTORY}).
     */
    static String requestedAnchored(Pattern p, String norm) {
        if (norm == null || norm.isEmpty()) {
            return null;
        }
        Alternation.Scan m = Lexicon.scan(p, norm); // round 23: alternative by alternative where the pattern is split
        while (m.find()) {
            if (negated(norm, m.start(), m.end()) || keptOffVoice(norm, m.start(), m.end())) {
                continue;
            }
            boolean asked = asks(norm, m.start(), m.end()) || askedBack(norm, m.start(), m.end());
            if (WEAK.contains(m.group()) && (!asked || !noun(norm, m.start(), m.end())) || !asked) {
                continue;
            }
            if (SpeechAct.given(norm, m.end()) || SpeechAct.counted(norm, m.start(), m.end())) {
                continue; // round 10b: "your code is 4 7 2 9" is read to the user; "how many pins" counts bowling pins
            }
            if (topic(norm, m.start(), m.end()) && !IMPERATIVE.matcher(clause(norm, m.start(), m.end())).find()) {
                continue; // "a strong password has twelve characters", "use a password manager": advice, not a request
            }
            if (NORMATIVE.matcher(clause(norm, m.start(), m.end())).lookingAt()) {
                continue; // round 40: "Should you share that OTP with a caller?": a quiz or advice question about what one should do
            }
            return m.group();
        }
        return null;
    }

    /**
     * Round 40: a question about what one should do, at the start of its clause ("Should you share that OTP with a caller?",
     * "Is it safe to give your PIN to …", "Sollte man sein Passwort …", "Faut-il donner son code …", "¿Deberías compartir …"):
     * the listener is asked for a judgement (a quiz answer, yes or no), not for the secret.
     */
    private static final Pattern NORMATIVE = Pattern.compile("^[\\s\\p{Punct}¿¡]*(?:should (?:you|i|we|one|people|anyone)|would you ever|is it (?:ever )?(?:safe|ok|okay|wise|smart|a good idea|fine) to"
            + "|sollte(?:st|n)? (?:man|du|sie|ich)|darf man|ist es (?:sicher|klug|in ordnung)|faut-il|devriez-vous|dois-tu|doit-on|est-ce (?:prudent|sûr|une bonne idée) de"
            + "|(?:deberías|debería|deberíamos|se debe|se deberían?)|¿?es seguro|dovresti|si dovrebbe|(?:è|e) sicuro|bisogna|você deveria|deve-se|devemos|é seguro"
            + "|moet je|mag je|is het (?:veilig|verstandig))\\b", F);

    /** The credential as a subject of advice: "a strong password", "unique passwords", "password manager". */
    private static final Pattern TOPIC_BEFORE = Pattern.compile("\\b(?:strong|stronger|strongest|weak|weaker|good|better|secure|safe|long|longer|unique"
            + "|different|memorable|complex|simple|common|bad|starkes?|sicheres?|schwaches?|fort|robuste|sûr|faible|segura|fuerte|débil|sicura|forte|debole)\\s+$");
    private static final Pattern TOPIC_AFTER = Pattern.compile("^(?:s\\b|\\s+(?:manager|managers|generator|tips?|strength|hygiene|rules|policy|policies|advice"
            // the skill offers one ("here's a passphrase idea: …"): it gives a credential, it does not ask for one
            + "|idea|ideas|suggestion|suggestions|example|examples|idee|vorschlag|beispiel|exemple|ejemplo|idea|esempio|sugerencia"
            + "|safety|security))");
    /** Words that tell the listener to utter something (a question alone does not: "what makes a strong password?"). */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "\\b(?:say|tell|give|enter|provide|speak|read|spell|type|share|sag|sage|nenne|nennen|gib|dites|dis|donnez|dime|diga|dame|dimmi|dica|dammi)\\b"
                    + "|教えて|言って|入力", F);

    /** Verbs of looking after one's own credential ("use a passphrase", "change your PIN", "ändere dein Passwort"). */
    private static final Pattern ADVICE_BEFORE = Pattern.compile("\\b(?:use|choose|create|pick|change|update|store|keep|remember|protect|reuse|rotate|write down"
            + "|verwende|verwenden|benutze|benutzen|wähle|wählen|ändere|ändern|erstelle|utilise[zr]?|choisis(?:sez)?|change[zr]?|crée[zr]?"
            + "|usa|elige|cambia|crea|utilizza|scegli)\\s+(?:[\\p{L}\\p{N}'-]+\\s+){0,5}$", F);

    /** A credential defined or described in general: "a one-time code is …", "ein Passwort ist …", "un code … est". */
    private static final Pattern GENERIC_BEFORE = Pattern.compile("(?:^|[\\s,:;])(?:a|an|ein|eine|un|une|uno|una|um|uma)\\s+$", F);
    private static final Pattern DEFINES_AFTER = Pattern.compile("^\\s+(?:is|are|ist|sind|est|sont|es|son|è|sono|é|são)\\b", F);

    private static boolean topic(String norm, int start, int end) {
        String before = norm.substring(Math.max(0, start - 50), start);
        if (GENERIC_BEFORE.matcher(before).find() && DEFINES_AFTER.matcher(norm).region(end, norm.length()).find()) {
            return true; // "a one-time code is a short number a website texts you": a definition, not a request
        }
        return TOPIC_BEFORE.matcher(before).find() || TOPIC_AFTER.matcher(norm).region(end, norm.length()).find() || ADVICE_BEFORE.matcher(before).find();
    }

    private static String clause(String norm, int start, int end) {
        int[] b = clauseBounds(norm, start, end);
        return norm.substring(b[0], b[1]);
    }

    /**
     * The widest stretch of text a clause or a quotation is looked for in, on each side of a match: a clause or a quote
     * longer than this is not one (round 11). Every per-match test looks only at this window, so the work per response is
     * linear in its length; before, each match scanned from the start of the text (an 8,000-character speech repeating one
     * phrase took seconds).
     */
    static final int WINDOW = 600;

    /** @return true when {@code ch} ends a clause ({@code . ! ? ; 。 ！ ？}) */
    static boolean clauseEnd(char ch) {
        return ch == '.' || ch == '!' || ch == '?' || ch == ';' || ch == '。' || ch == '！' || ch == '？' || ch == '।'; // । ends a Hindi sentence
    }

    /**
     * @return start and end of the clause around {@code [start, end)} (between sentence ends), at most {@link #WINDOW}
     *         characters on either side
     */
    static int[] clauseBounds(String norm, int start, int end) {
        int lo = Math.max(0, start - WINDOW);
        int from = lo;
        for (int i = start - 1; i >= lo; i--) {
            if (clauseEnd(norm.charAt(i))) {
                from = i + 1;
                break;
            }
        }
        int hi = Math.min(norm.length(), end + WINDOW);
        int to = hi;
        for (int i = end; i < hi; i++) {
            if (clauseEnd(norm.charAt(i))) {
                to = i;
                break;
            }
        }
        return new int[] {from, to};
    }

    private static final Pattern NOUN_BEFORE = Pattern.compile("\\b(?:your|the|my|a|digit|card|bank|account|voice|security|secret|this|that)\\s+$");
    private static final Pattern NOUN_AFTER = Pattern.compile("^\\s*(?:code|number|is|,|\\?|\\.|$)");

    /** @return true when the weak word is used as a noun ("your PIN", "PIN code", "the PIN is"), not a verb ("ready to pin it") */
    private static boolean noun(String norm, int start, int end) {
        String before = norm.substring(Math.max(0, start - 20), start);
        return NOUN_BEFORE.matcher(before).find() || NOUN_AFTER.matcher(norm).region(end, norm.length()).find();
    }

    private static boolean asks(String norm, int start, int end) {
        int[] b = clauseBounds(norm, start, end);
        String clause = norm.substring(b[0], b[1]);
        int to = b[1];
        boolean question = to < norm.length() && (norm.charAt(to) == '?' || norm.charAt(to) == '？');
        if (question) {
            // round 13: a question that offers its answers ("true or false: …?", "… ? just say yes or no") asks for a
            // choice, not for the secret it names; a request verb in it still asks ("yes or no: can you tell me your PIN?")
            return !choice(norm, clause, to) || cueIn(norm, clause, b[0], start, end);
        }
        if (JUDGED.matcher(clause).lookingAt()) {
            // round 33: "true or false: the help desk may ask you to read your password." — a statement offered to be
            // judged (a choice frame and a colon open the clause): it names a request, it does not make one
            return false;
        }
        if (to < norm.length() && (norm.charAt(to) == ';' || norm.charAt(to) == ',' || norm.charAt(to) == ':')) {
            // round 15: an option of a lettered question ("what does … mean: a, … a one-time code; or b, …?") names what
            // it offers; only a verb that tells the listener to say something still asks
            int q = to;
            while (q < norm.length() && q < to + 300 && ".!?。！？".indexOf(norm.charAt(q)) < 0) {
                q++;
            }
            if (q < norm.length() && (norm.charAt(q) == '?' || norm.charAt(q) == '？') && choice(norm, "", q)) {
                return IMPERATIVE.matcher(clause).find() && cueIn(norm, clause, b[0], start, end);
            }
        }
        return cueIn(norm, clause, b[0], -1, -1);
    }

    /** Answer choices offered with a question, in the seven languages: a quiz or a poll, not a request for a value. */
    private static final Pattern CHOICE = Pattern.compile("\\b(?:true or false|yes or no|richtig oder falsch|wahr oder falsch|ja oder nein|vrai ou faux|oui ou non"
            + "|verdadero o falso|sí o no|si o no|vero o falso|sì o no|verdadeiro ou falso|sim ou não)\\b|(?:はいかいいえ|〇か×か|○か×か|正しいか間違いか)", F);

    /** @return true when the clause opens with answer choices and a colon: a statement to judge, not a request (round 33) */
    static boolean judged(String clause) {
        return JUDGED.matcher(clause).lookingAt();
    }

    /** Round 33: a clause that opens with answer choices and a colon ("true or false:", "vrai ou faux :"), a quiz's statement. */
    private static final Pattern JUDGED = Pattern.compile("\\s*(?:" + CHOICE.pattern() + ")\\s*:", F);

    /**
     * Round 15: lettered or numbered options in one question ("a, a second proof …; or b, typing your password twice?",
     * "(a) … (b) …", "1) … 2) …", "… oder b: …", "… ou b) …"): a first marker, then a second one after "or" in any of the
     * languages, a comma, a semicolon or a bracket. The listener picks a letter; what an option names is not asked.
     */
    private static final Pattern LETTERED = Pattern.compile("(?:^|[\\s:;(])\\(?(?:a|1)\\s?[,):]\\s.{1,200}?(?:[\\s;,(])(?:(?:or|oder|ou|o|oppure|y|e)\\s+)?\\(?(?:b|2)\\s?[,):]\\s",
            F | Pattern.DOTALL);

    /** @return true when the question ending at {@code to} offers answer choices, in it or right after it */
    private static boolean choice(String norm, String clause, int to) {
        if (CHOICE.matcher(clause).find() || CHOICE.matcher(norm).region(Math.min(norm.length(), to + 1), Math.min(norm.length(), to + 1 + 40)).find()) {
            return true;
        }
        // the options may stand in clauses of their own: the sentence up to the question mark is looked at (at most 300 characters)
        int end = Math.min(norm.length(), to);
        while (end > 0 && (norm.charAt(end - 1) == '?' || norm.charAt(end - 1) == '？' || norm.charAt(end - 1) == ' ')) {
            end--; // the question's own mark (a clause may end with it)
        }
        int from = Math.max(0, end - 300);
        for (int i = end - 1; i >= from; i--) {
            char ch = norm.charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '。' || ch == '？') {
                from = i + 1;
                break;
            }
        }
        return norm.indexOf('b', from) >= 0 || norm.indexOf('2', from) >= 0 ? LETTERED.matcher(norm).region(from, end).find() : false;
    }

    /** @return true when a question clause of {@code norm} ending at {@code to} offers answer choices ({@link #CHOICE}) */
    static boolean offersChoice(String norm, String clause, int to) {
        return choice(norm, clause, Math.min(to, norm.length()));
    }

    /** @return true when the clause holds an affirmative request cue that is not told on to someone else */
    private static boolean cueIn(String norm, String clause, int from, int skipFrom, int skipTo) {
        // the request cue itself must be affirmative: "never share it" does not ask
        Matcher cue = REQUEST_CUE.matcher(clause);
        while (cue.find()) {
            if (from + cue.start() >= skipFrom && from + cue.end() <= skipTo) {
                continue; // round 13: a verb inside the secret's own words ("the digits you type at …") asks nothing
            }
            if (!negated(norm, from + cue.start(), from + cue.end()) && !Requests.toThirdParty(clause.substring(cue.end()))) {
                return true; // round 9: "tell a caller your PIN" is told to someone else, not asked by the skill
            }
        }
        return false;
    }

    /**
     * Round 16: a request spread over two turns. The speech names a secret ({@code p}: not negated, not read to the user,
     * not counted, not advice) and the reprompt opens by asking for it back, by a pronoun or a definite noun phrase of a
     * value ("… the security code your bank sent you by text. What's the answer?" / "Say the six digit code."): the
     * reprompt is the same turn's next sentence, which {@link #askedBack} reads inside one text only.
     *
     * @return the secret named in the speech, or null
     */
    public static String askedInReprompt(Pattern p, String speech, String reprompt) {
        if (speech == null || reprompt == null || speech.isEmpty() || reprompt.isEmpty() || !Lexicon.mayMatch(p, speech)) {
            return null;
        }
        Matcher back = ASKED_BACK.matcher(reprompt);
        if (!back.lookingAt() || negated(reprompt, back.start(), back.end())) {
            return null;
        }
        Matcher m = p.matcher(speech);
        while (m.find()) {
            if (negated(speech, m.start(), m.end()) || SpeechAct.given(speech, m.end()) || SpeechAct.counted(speech, m.start(), m.end())
                    || topic(speech, m.start(), m.end())) {
                continue;
            }
            if (WEAK.contains(m.group()) && !noun(speech, m.start(), m.end())) {
                continue;
            }
            return m.group();
        }
        return null;
    }

    /** @return true when the sentence after the one holding {@code [start, end)} asks for it by a pronoun ({@link #ASKED_BACK}) */
    static boolean askedBack(String norm, int start, int end) {
        int to = clauseBounds(norm, start, end)[1];
        if (to >= norm.length() || norm.charAt(to) == '?' || norm.charAt(to) == '？') {
            return false;
        }
        Matcher m = ASKED_BACK.matcher(norm).region(to + 1, Math.min(norm.length(), to + 1 + 80));
        return m.lookingAt() && !negated(norm, m.start(), m.end()); // "Geben Sie sie niemandem": told not to
    }

    /** @return true when the phrase at {@code [start, end)} is negated within its clause */
    static boolean negated(String norm, int start, int end) {
        int[] b = clauseBounds(norm, start, end);
        int from = b[0];
        int to = b[1];
        if (quoted(norm, start) || SpeechAct.quoted(norm, start)) {
            return true; // "a caller says: this is Amazon, your account is locked …", "… sounds like “tell me your PIN”": quoted, not said
        }
        if (to > end && SpeechAct.notNeeded(norm, end, to)) {
            return true; // round 10b: "deinen Namen musst du mir nicht sagen", "お名前は言わなくていいよ": the negation after the word
        }
        String before = norm.substring(from, start);
        Matcher reported = REPORTED.matcher(before);
        if (reported.find() && !TURN.matcher(before.substring(reported.end())).find() || HYPOTHETICAL_ASKER.matcher(before).find()) {
            // "scammers often ask for your PIN", "if anyone asks you for a code": a warning about others (round 10b: unless the
            // clause turns to its own request: "some apps ask for a lot, but we only need your PIN")
            return true;
        }
        if (SCAM_LABEL.matcher(norm.substring(from, to)).find()) {
            return true; // "… tell me your PIN", that is a scam": the clause quotes a scam to warn against it
        }
        String clean = FALSE_CUE.matcher(before).replaceAll(" ");
        Matcher neg = NEGATION.matcher(clean);
        int last = -1;
        while (neg.find()) {
            last = neg.end();
        }
        if (last >= 0 && !TURN.matcher(clean.substring(last)).find()
                && (clean.indexOf(':', last) < 0 && clean.indexOf('：', last) < 0 || !COLON_COMMAND.matcher(clean.substring(last)).find())
                && !CONSEQUENCE_COMMAND.matcher(clean.substring(last)).find()) {
            return true;
        }
        if (to < norm.length() && SpeechAct.answeredNotNeeded(norm, to)) {
            return true; // round 23b: "Your card number? Not needed here.": a question the skill answers itself
        }
        // Japanese: 暗証番号をお聞きすることはありません (the negation closes the clause)
        String rest = norm.substring(end, to);
        return containsCjk(norm.substring(start, end)) && JA_NEGATION_AFTER.matcher(rest).find() && !TURN.matcher(rest).find();
    }

    /** @return true when the position lies inside a quotation announced earlier in the same text, or inside 「」 */
    static boolean quoted(String norm, int start) {
        int lo = Math.max(0, start - WINDOW);
        int open = -1;
        int close = -1;
        int colon = -1;
        int comma = -1;
        for (int i = start - 1; i >= lo; i--) { // one pass over the window before the phrase
            char ch = norm.charAt(i);
            if (ch == '「' && open < 0) {
                open = i;
            } else if (ch == '」' && close < 0) {
                close = i;
            } else if (ch == ':') {
                colon = i;
            } else if (ch == ',') {
                comma = i;
            }
        }
        if (open >= 0 && close < open) {
            return true;
        }
        if (colon < 0 && (comma < 0 || !saying(norm, lo, start))) {
            return false; // no colon, nor a comma after a verb of saying, before the phrase: no announced quotation (cheap tests first)
        }
        return QUOTE_FRAME.matcher(norm).region(lo, start).useTransparentBounds(true).find();
    }

    /** Verbs of saying that may announce reported speech with a comma ({@link #QUOTE_FRAME}). */
    private static final String[] SAYING = {" say", " said", " claim", " tell you", " sagen", " behaupten", " disent", " prétendent", " dicen",
        " afirman", " dicono", " affermano", " dizem", " afirmam"};

    private static boolean saying(String norm, int from, int to) {
        for (String v : SAYING) {
            if (contains(norm, v, from, to)) {
                return true;
            }
        }
        return false;
    }

    /** @return true when {@code word} occurs wholly within {@code s[from, to)} (a bounded indexOf: no scan past {@code to}) */
    static boolean contains(String s, String word, int from, int to) {
        for (int i = Math.max(0, from), last = Math.min(s.length(), to) - word.length(); i <= last; i++) {
            if (s.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsCjk(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA);
    }

    /**
     * @return the number of audible words after {@code offset} (CJK: characters / 2), the
     *         measure of "the speech goes on after the goodbye"
     */
    public static int wordsAfter(String norm, int offset) {
        String rest = norm.substring(Math.min(offset, norm.length()));
        int words = 0;
        int cjk = 0;
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            if (containsCjk(w.group())) {
                cjk += w.group().length();
            } else {
                words++;
            }
        }
        return words + cjk / 2;
    }
}
