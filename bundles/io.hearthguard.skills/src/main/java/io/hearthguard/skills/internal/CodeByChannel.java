package io.hearthguard.skills.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 20: a one-time code asked for by where it came from, in any word order.
 *
 * <p>The phrase lists before it ({@link Lexicon#CREDENTIAL_BY_USE}, {@link Lexicon#CREDENTIAL_BY_ARRIVAL}) wrote out the
 * verb of sending or arriving in a fixed order ("the code that just arrived by SMS"). Speech that puts the verb first or
 * uses another one ("Chegou agora um código … por SMS", "Ti ho appena fatto arrivare sul telefono il codice") was missed.
 * This is built from three small closed classes instead of sentences: a code noun and a delivery channel in one sentence
 * (any order, any verb), and a request to pass it on — a relay verb or a question word in that sentence or the next, or a
 * reprompt that names the code and asks. A negated or quoted code, or one read to the user ("your code is 4 7 2 9"), is
 * not asked for. Sentences are bounded ({@link #MAX_SENTENCES}, {@link #MAX_SENTENCE}).
 */
final class CodeByChannel {

    private CodeByChannel() {
    }

    /** Speech is normalised to lower case first ({@link Text#norm}); Unicode word boundaries as in {@link Lexicon}. */
    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    static final int MAX_SENTENCES = 40;
    static final int MAX_SENTENCE = 400;

    /** The code itself (not "number": a phone number or a lucky number is no secret). */
    static final Pattern CODE = Pattern.compile("\\b(?:codes?|passcodes?|código|códigos|codigo|codice|codici|tan|otp|pin)\\b"
            + "|コード|認証番号|確認番号|ワンタイムパスワード", F);
    /** {@link #CODE} by alternative: its anchors say in one pass whether a text can hold a code word at all. */
    private static final Alternation CODE_SPLIT = new Alternation(CODE);
    /** Where a code is delivered to the user: a message or the phone it arrives on. */
    static final Pattern CHANNEL = Pattern.compile("\\b(?:sms|text messages?|texto|whatsapp|telegram|phone|mobile|cell|cellphone"
            + "|telefono|teléfono|telefone|téléphone|telefon|handy|cellulare|celular|móvil|movil|portable|smartphone"
            + "|e-?mails?|courriel|correo|messaggio|mensagem|mensaje|nachricht|textnachricht)\\b|ショートメッセージ|sms|携帯|スマホ|メール", F);
    /** Asking the listener to pass something on (say, read, tell, repeat), or which one it is. */
    static final Pattern ASK = Pattern.compile("\\b(?:say|tell|read|repeat|spell|what(?:'s| is| was)|which"
            + "|sag|sage|sagen sie|nenne|nennen sie|lies|lesen sie|wiederhole|wie lautet|welche"
            + "|dis|dites|lis|lisez|répète|répétez|quel|quelle"
            + "|dime|dígame|digame|diga|dinos|lee|léeme|leeme|léanos|repite|repita|cuál|cual"
            + "|dimmi|dica|dicci|leggi|leggimi|leggimelo|leggilo|leggetemelo|ripeti|ripetimi|quale|qual"
            + "|dizer|diz|diga-me|leia|leia-me|repita|fala|fale|me fala)\\b|教えて|読み上げ|言って|お知らせください|何ですか", F);

    /**
     * @param speech   the response's speech, normalised ({@link Text#norm})
     * @param reprompt the reprompt, normalised
     * @return the code noun asked for by its channel, or null
     */
    static String asked(String speech, String reprompt) {
        if (speech == null || speech.isEmpty() || CODE_SPLIT.candidates(speech) == 0) {
            return null; // (round 42: no code word anywhere in the speech — most speech — is read in one pass of the anchors)
        }
        String[] sentences = sentences(speech);
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i];
            Matcher code = CODE.matcher(s);
            boolean found = false;
            while (!found && code.find()) {
                found = !everyday(s, code.start(), code.end());
            }
            if (!found || !CHANNEL.matcher(s).find()) {
                continue;
            }
            if (Language.negated(s, code.start(), code.end()) || SpeechAct.given(s, code.end())) {
                continue; // "never read out the code we texted you", "the code sent to your phone is 4 7 2 9"
            }
            boolean ask = ASK.matcher(s).find()
                    || i + 1 < sentences.length && ASK.matcher(sentences[i + 1]).find() && !negatedAsk(sentences[i + 1]);
            if (!ask && reprompt != null && !reprompt.isEmpty()) {
                Matcher back = CODE.matcher(reprompt);
                ask = back.find() && !Language.negated(reprompt, back.start(), back.end()) && ASK.matcher(reprompt).find();
            }
            if (ask) {
                return code.group();
            }
        }
        return null;
    }

    /** Round 26a: a message (text, SMS, WhatsApp) as the thing delivered to the listener. */
    private static final Pattern MESSAGE = Pattern.compile("\\b(?:sms|text messages?|texts?|messages?|textnachricht|nachricht|mensaje|mensagem|messaggio"
            + "|whatsapp)\\b|ショートメッセージ|メッセージ", F);
    /** … announced as sent to them or arrived (any tense: "we have just sent", "te acaba de llegar", "ti è appena arrivato"). */
    private static final Pattern DELIVERED = Pattern.compile("\\b(?:sent|send|sending|texted|arrived|arrives|received|receive|got|get|"
            // round 30: gone to, on its way to, delivered, pinged ("a text … has gone to the mobile on your account")
            + "gone to|went to|going to your|on its way|delivered|pinged|popped into|"
            + "geschickt|gesendet|zugeschickt|geschrieben|bekommen|erhalten|angekommen|envoy\\p{L}*|reçu|recevoir|recevez|arrivé|"
            + "envi\\p{L}*|mand\\p{L}*|llega\\p{L}*|llegó|recibi\\p{L}*|inviat\\p{L}*|invia\\p{L}*|arrivat\\p{L}*|arriva|ricevut\\p{L}*|"
            + "chegou|chega\\p{L}*|recebe\\p{L}*|mandamos|enviamos)\\b|送信|送り|届", F);
    /** What a message holds, asked back: its code or digits, or the message itself ("read me the six digits", "léemelo"). */
    private static final Pattern CONTENT_ASKED = Pattern.compile("\\b(?:what(?:'s| is| are| was| were| does)|which|read|tell|say|repeat|give"
            + "|welche|wie lautet|was steht|lies|lesen sie|sag|sagen sie|nenn\\p{L}*|verrate\\p{L}*|quel|quels|quelle|quelles|lis|lisez|dites|dis|donnez"
            + "|qué|cuál|cuáles|lee|léeme|leeme|dime|dígame|repite|quale|quali|cosa|leggi|leggimi|dimmi|ripeti|qual|quais|o que|leia|diga|fala|me fala)"
            + "(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:codes?|digits|numbers|ziffern|zahlen|code|chiffres|cifras|dígitos|números|código|codice|cifre|numeri"
            + "|dígitos|it|them|messages?|text|sms|nachricht|mensaje|messaggio|mensagem)\\b"
            + "|\\b(?:léemelo|léemela|léemelos|léemelas|dímelo|leggimelo|leggimela|leggimele|leggimeli|dimmelo|lisez-le-moi|lisez-les-moi|lis-le-moi"
            + "|dites-le-moi|leia-o|leia-me|read it|read them|lies es|lies sie|lesen sie es|lesen sie sie)\\b|読み上げ|教えて", F);

    /** The skill offering to read the message itself ("shall I read it?", "want me to read it", "te lo leo"). */
    private static final Pattern SKILL_READS = Pattern.compile("\\b(?:me to|shall i|should i|can i|could i|i'll|i will|i can|let me|soll ich|darf ich"
            + "|je peux|je vous|voulez-vous que je|quieres que|te lo|se lo|vuoi che|posso|quer que eu|eu posso)\\s*$", F);

    /**
     * Round 26a: a turn that announces a message sent to the listener or arrived on their phone ("we have just sent a text
     * message to the phone on your account", "Acabamos de mandarte un mensaje al móvil", "Ti è appena arrivato un SMS"). Not
     * negated ("we will never send you a text asking for …"). What the session holds after it: whatever the skill asks
     * back of that message, in that turn or the next, is the code it carries.
     */
    static boolean messageDelivered(String norm) {
        if (norm == null || norm.isEmpty()) {
            return false;
        }
        boolean message = mayNameMessage(norm);
        if (!message && !mayNamePhone(norm)) {
            return false;
        }
        for (String s : sentences(norm)) {
            Matcher m = message ? MESSAGE.matcher(s) : null;
            if (m != null && m.find() && DELIVERED.matcher(s).find() && !Language.negated(s, m.start(), m.end())) {
                return true;
            }
            // round 30: a code sent to a phone, no message named ("Je viens d'envoyer un petit code sur le téléphone de
            // maman", "I've sent a code to your mobile"): the code is what is delivered
            Matcher code = CODE.matcher(s);
            Matcher sent = SENT_TO_PHONE.matcher(s);
            if (code.find() && sent.find() && !Language.negated(s, code.start(), code.end()) && !Language.negated(s, sent.start(), sent.end())) {
                return true;
            }
        }
        return false;
    }

    /** Round 30: a verb of sending, then (within a few words) a phone it goes to: "sent … to your mobile", "envoyé … sur le téléphone de". */
    private static final Pattern SENT_TO_PHONE = Pattern.compile("\\b(?:sent|texted|send|sending|geschickt|gesendet|zugeschickt|envoy\\p{L}*"
            + "|envi\\p{L}*|mand\\p{L}*|inviat\\p{L}*|invia\\p{L}*|mandat\\p{L}*)(?:\\s+[\\p{L}'’-]+){0,6}?\\s+(?:to|on|aufs?|an|sur|à|al|a|ao|para|sul|nel|no)"
            + "(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:phone|mobile|cell|cellphone|handy|telefon|smartphone|téléphone|portable|teléfono|móvil|movil|celular"
            + "|telefono|cellulare|telefone)\\b|(?:携帯|スマホ|電話)(?:に|へ)(?:[^。]{0,12})?(?:送|届)", F);

    private static final String[] PHONE_LITERALS = {"phone", "mobile", "cell", "handy", "telefon", "téléphone", "portable", "teléfono", "móvil",
        "movil", "celular", "telefono", "cellulare", "telefone", "携帯", "スマホ", "電話"};

    private static boolean mayNamePhone(String norm) {
        return containsAny(norm, PHONE_LITERALS);
    }

    /** A definite or counted head ("the six digits", "las cifras", "il codice", "o código"), or a pronoun: that message's. */
    private static final Pattern DEFINITE = Pattern.compile("\\b(?:the|that|those|these|its|die|den|das|diese|le|la|les|l'|ce|ces|el|los|las|esas?|esos?"
            + "|il|lo|gli|quel|quei|quelle|o|os|as|esse|esses|essa|essas|two|four|five|six|eight|zwei|vier|fünf|sechs|acht|deux|quatre|cinq|six|huit"
            + "|dos|cuatro|cinco|seis|ocho|due|quattro|cinque|sei|otto|dois|quatro|oito|\\d)\\b|\\b(?:it|them)$|-(?:le|la|les)-moi|me(?:lo|la|los|las|le|li)\\b"
            + "|\\b(?:read it|read them|lies es|lies sie|lesen sie es|lesen sie sie|leia-o)\\b", F);

    private static boolean tiedToMessage(String sentence, String asked) {
        return MESSAGE.matcher(sentence).find() || DEFINITE.matcher(asked).find() || asked.codePoints().anyMatch(cp -> cp >= 0x3000);
    }

    /** Literals one of which every {@link #MESSAGE} match holds (scan speed: most speech names no message). */
    private static final String[] MESSAGE_LITERALS = {"sms", "text", "message", "nachricht", "mensaje", "mensagem", "messaggio", "whatsapp", "メッセージ"};

    static boolean mayNameMessage(String norm) {
        return containsAny(norm, MESSAGE_LITERALS);
    }

    private static boolean containsAny(String norm, String[] literals) {
        for (String l : literals) {
            if (norm.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /** @return the words that ask back what a delivered message holds, or null (see {@link #messageDelivered}) */
    static String contentAsked(String... turns) {
        for (String t : turns) {
            if (t == null || t.isEmpty()) {
                continue;
            }
            for (String s : sentences(t)) {
                Matcher m = CONTENT_ASKED.matcher(s);
                if (m.find() && tiedToMessage(s, m.group()) && !Language.negated(s, m.start(), m.end()) && !everyday(s, m.start(), m.end())
                        && !OWN_CONTACT_BEFORE.matcher(s.substring(Math.max(0, m.start() - 16), m.start())).find()
                        && !Requests.toThirdParty(s.substring(m.end())) && !SKILL_READS.matcher(s.substring(0, m.start())).find()) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /**
     * A bare Japanese verb of telling ("教えて") whose object is the listener's own contact or identity ("電話番号を教えて",
     * "お名前を教えて"): the skill asks where to send the message, or who they are, not what a message holds — that is
     * personal data, judged by its own rule (held-out set 41 `104`: a quiz sending its results by text).
     */
    private static final Pattern OWN_CONTACT_BEFORE = Pattern.compile("(?:(?:電話|携帯|携帯電話|ケータイ|スマホ)番号|メールアドレス|アドレス|住所|名前|氏名"
            + "|誕生日|生年月日)\\s*[をはも]?\\s*$");

    /** A code that is a place, a price or a product, not a secret: "the ZIP code", "código postal", "a promo code". */
    private static final Pattern EVERYDAY_BEFORE = Pattern.compile("\\b(?:zip|postal|post|area|promo|promotional|discount|voucher|coupon|gift|country"
            + "|dialling|dialing|bar|qr|product|tracking|colou?r|dress|error|status|referral)\\s+$", F);
    private static final Pattern EVERYDAY_AFTER = Pattern.compile("^\\s*(?:postale?s?|postal|de (?:área|area|barras|descuento|desconto|promoción|promoção|rastreio|seguimiento)"
            + "|promo(?:cional|zionale)?|sconto|a barre|di (?:avviamento|spedizione|tracciamento)|de suivi|barre|zip)\\b", F);

    static boolean everyday(String s, int start, int end) {
        return EVERYDAY_BEFORE.matcher(s.substring(Math.max(0, start - 24), start)).find()
                || EVERYDAY_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 40))).find();
    }

    private static boolean negatedAsk(String s) {
        Matcher m = ASK.matcher(s);
        return m.find() && Language.negated(s, m.start(), m.end());
    }

    /** @return up to {@link #MAX_SENTENCES} sentences of at most {@link #MAX_SENTENCE} chars (a ';' does not end one) */
    static String[] sentences(String norm) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i < norm.length() && out.size() < MAX_SENTENCES; i++) {
            char c = norm.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '。' || c == '？' || c == '！') {
                add(out, norm, from, i + 1);
                from = i + 1;
            }
        }
        if (out.size() < MAX_SENTENCES && from < norm.length()) {
            add(out, norm, from, norm.length());
        }
        return out.toArray(new String[0]);
    }

    private static void add(java.util.List<String> out, String norm, int from, int to) {
        String s = norm.substring(from, Math.min(to, from + MAX_SENTENCE)).trim();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
