package io.hearthguard.skills.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a skill's speech asks the user to say, composed per clause instead of listed as phrases: a <b>request act</b>
 * (an imperative of saying or giving, a need, a question, or — in an open session — an elliptical "now the …") and a
 * <b>data object</b> (a secret or personal data) in the same clause, or a pronoun ("say it now") whose antecedent is a
 * data object of an earlier clause of the same speech. Data objects are composed too: a head noun and a qualifier
 * within three words in either order ("the number of your card", "numero della tua carta", "Nummer auf Ihrer Karte",
 * "the code we texted you", "the three digits on the back", "il codice a sei cifre"), so word order and the words between
 * are free. The word classes are small and closed per language (en, de, fr, es, it, pt, ja): verbs of saying and giving,
 * needs, pronouns, data heads and qualifiers. Negation, warnings, quotations and hypothetical askers are
 * {@link Language#negated}'s. Used where the phrase patterns of {@link Lexicon} found nothing.
 */
final class Requests {
    private Requests() {
    }

    enum Kind { SECRET, PERSONAL }

    /** A request: the kind of data, the data words found (normalised) and the clause they were asked in. */
    record Ask(Kind kind, String data, String clause) {
    }

    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}])";
    /** Up to three words between a head and its qualifier. */
    private static final String GAP = "(?:\\s+[\\p{L}\\p{N}'’-]+){0,3}?\\s+";

    private static final String NUMBER = "(?:number|numbers|digits|nummer|ziffern|numéro|chiffres|número|dígitos|numero|cifre|números|numeri|cifras)";
    private static final String CARD = "(?:card|credit card|debit card|karte|kreditkarte|bankkarte|ec-karte|girocard|debitkarte|carte|carte bancaire|tarjeta|carta|carta di credito|cartão)";
    private static final String CODE = "(?:code|codes|codice|código|codigo|passcode)";
    /** What makes a code the user's: it was sent to them, or it verifies, secures or confirms (digits alone do not: a safe's code). */
    private static final String CODE_QUALIFIER = "(?:sent|texted|text|sms|received|gesendet|geschickt|erhalten|envoyé|reçu|enviado|enviamos|recibido|"
            + "inviato|inviamo|ricevuto|recebido|verification|bestätigung\\w*|vérification|verificación|verifica|verificação|security|sicherheit\\w*|"
            + "sécurité|seguridad|sicurezza|segurança|one-time|confirmation|confirmación|conferma|confirmação|login|sign-in|access|zugang\\w*|accès|acceso|accesso"
            // round 40: or it disarms an alarm or opens a lock ("your alarm disarm code", "le code de la serrure")
            + "|alarm|disarm|disarming|arming|keypad|lock|door|garage|gate|alarme|alarma|allarme|désarmement|desarme|desarmado|disattivazione|serrure|cerradura|serratura|fechadura)";
    /** Verbs of sending a code to someone, in any form (en, de, fr, es, it, pt). */
    private static final String SENDING = "(?:sent|sends|send|texted|envoy\\p{L}*|envi\\p{L}*|invi\\p{L}*|mand\\p{L}*|geschickt|gesendet|zugeschickt|schick\\p{L}*"
            + "|sende\\p{L}*"
            // and of receiving it, its other side (round 9): "the code you just received", "que tu viens de recevoir par SMS"
            + "|receive|received|recevoir|reçu|reçue|recibir|recibido|recibiste|ricevere|ricevuto|hai ricevuto|receber|recebido|recebeu|erhalten|bekommen)";
    private static final String SECRET_WORD = "(?:password|passwort|kennwort|mot de passe|contraseña|clave|senha|passphrase|pin code|pin number|code pin|"
            + "pincode|pin-code|geheimzahl|alarmcode|entschärfungscode|türcode|deurcode|alarm-pin|"
            + "cvv|cvc|cvv2|security code|sicherheitscode|cryptogramme|パスワード|暗証番号|セキュリティコード)";
    private static final String BACK = "(?:back|rückseite|dos|verso|reverso|retro|trasero|traseira)";
    private static final String EXPIRY = "(?:expiry|expiry date|expiration|expiration date|ablaufdatum|gültigkeitsdatum|date d'expiration|date de validité|"
            + "fecha de caducidad|fecha de vencimiento|caducidad|vencimiento|scadenza|data di scadenza|validade|data de validade|有効期限)";
    private static final String ACCOUNT = "(?:account|bank account|konto|bankkonto|compte|compte bancaire|cuenta|cuenta bancaria|conto|conto corrente|conta)";

    /** Secrets: passwords and PINs, card numbers and their codes, codes sent to the user, account numbers. */
    static final Pattern SECRET = Pattern.compile(String.join("|",
            B + SECRET_WORD + E, "(?<=(?:your|ihre|ihren|deine|deinen|votre|ton|tu|su|tuo|suo|seu|sua|the|die|den|le|el|il|o)\\s)pin" + E,
            // round 29: a PIN by its length ("your four-digit PIN", "die vierstellige PIN"): a bowling pin has no digits
            B + "(?:\\p{N}{1,2}|two|three|four|five|six|eight)[\\s-]+digits?\\s+pin" + E, B + "\\p{L}{2,8}stellige[nr]?\\s+pin" + E,
            B + NUMBER + GAP + CARD + E, B + CARD + "\\s+" + NUMBER + E,
            // sixteen digits are a card's number, whatever the card is called or the pretext (round 9: "read me the sixteen digits on its front")
            B + "(?:sixteen|16|sechzehn|seize|dieciséis|dieciseis|sedici|dezesseis)\\s+" + NUMBER + E, B + "(?:kartennummer|kreditkartennummer|kartennr)" + E,
            // round 26a: also "the three digit number on the back" (the singular "digit" only here: "four-digit telephone banking PIN"
            // is no telephone number)
            B + "(?:three|3|drei|trois|tres|tre|três)[\\s-]+(?:digit\\s+)?" + NUMBER + GAP + BACK + E,
            B + EXPIRY + E,
            B + CODE + GAP + CODE_QUALIFIER + E, B + CODE_QUALIFIER + GAP + CODE + E, B + CODE_QUALIFIER + "\\s+" + CODE + E,
            // a code described by a relative clause of sending (round 8): "the six-digit code your bank just sent you",
            // "le code à six chiffres que ta banque vient de t'envoyer", "el código que te acaba de enviar tu banco"
            B + CODE + "(?:\\s+[\\p{L}\\p{N}'’-]+){0,8}?\\s+(?:[\\p{L}]+')?" + SENDING + E,
            B + NUMBER + GAP + ACCOUNT + E, B + ACCOUNT + "\\s+" + NUMBER + E, B + "(?:kontonummer|iban)" + E,
            "カード番号|認証コード|確認コード|口座番号"), F);

    /** Round 37: a phone word right before a secret's number ("mobile number on the account", "numéro de portable"). */
    private static final Pattern PHONE_BEFORE = Pattern.compile(B + "(?:phone|telephone|mobile|cell|handy|telefon|téléphone|portable|teléfono|móvil|celular"
            + "|telefono|cellulare|telefone)\\s+$", F);
    /** Round 37: the skill as the subject of sending ("we can text a code", "I'll send you a code"): the code is the skill's to send. */
    private static final Pattern SKILL_SENDS = Pattern.compile(B + "(?:we|i)(?:'ll|'d| will| can| could| would| shall| may| are going to| am going to)?\\s+$", F);
    /** Round 40: e-mail named as such, and what makes it the channel ("by e-mail", "per E-Mail") or the act ("e-mail the article"). */
    private static final Pattern MAIL = Pattern.compile("e-?mail|courriel|correo(?: electrónico)?", F);
    private static final Pattern CHANNEL_BEFORE = Pattern.compile(B + "(?:by|via|per|par|por|pelo|tramite|über|through)\\s+$", F);
    private static final Pattern MAIL_VERB_AFTER = Pattern.compile("\\s+(?:it|them|this|that|the|a|an|you|me|us|him|her)\\b", F);
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(B + "(?:your|my|our|their|his|her|the|an?|this|that|ihre?n?|deine?n?|votre|ton|tu|su|tua|sua|seu)\\s+$", F);
    /** Round 37: an animal's (or a plant's) own data: "your dog's birthday", "il compleanno del tuo cane". */
    private static final String PET = "(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|horses?|pony|ponies|fish|birds?|parrots?|hamsters?|rabbits?|bunn(?:y|ies)"
            + "|turtles?|tortoises?|plants?|hund\\p{L}*|katze\\p{L}*|haustier\\p{L}*|chiens?|chats?|chiots?|perr[oa]s?|gat[oa]s?|mascotas?|cachorr[oa]s?"
            + "|cane|cani|gatti|animale|animali|cavall[oi])";
    private static final Pattern PET_BEFORE = Pattern.compile(B + PET + "(?:'s|’s|s'|’)\\s+$", F);
    private static final Pattern PET_AFTER = Pattern.compile("^\\s+(?:of|von|vom|de|du|del|della|do|da|di)\\s+(?:your|the|deine[sm]?|deiner|ihre[sm]?|ton|ta|votre|tu|su"
            + "|tuo|tua|suo|sua|seu|sua|il|la|el|o|a)?\\s*" + PET + E, F);
    /** @return true when {@code norm} names {@code data} as an animal's ("your dog's birthday", "el cumpleaños de tu perro") */
    static boolean petsData(String norm, String data) {
        for (int at = norm.indexOf(data); at >= 0; at = norm.indexOf(data, at + 1)) {
            if (PET_BEFORE.matcher(norm.substring(Math.max(0, at - 40), at)).find()
                    || PET_AFTER.matcher(norm.substring(at + data.length(), Math.min(norm.length(), at + data.length() + 40))).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Round 37: a statement of where something was or will be sent, right before the data ("… sent a code to the phone number"). */
    private static final Pattern SENT_TO_BEFORE = Pattern.compile(B + "(?:sent|texted|emailed|e-mailed|mailed|delivered|send|sending|deliver|text|mail)"
            + E + "(?:\\s+[\\p{L}\\p{N}'’-]+){0,6}?\\s+(?:to|at|on)\\s+(?:the|your)(?:\\s+[\\p{L}'’-]+){0,2}?\\s+$", F);
    private static final Pattern SENDS_FIRST = Pattern.compile("(?:sent|texted|text|sms)\\b", F);

    /** A second-person possessive (en, de, fr, es, it, pt): the data is the user's own. */
    private static final String POSS = "(?:your|dein|deine|deinen|deiner|ihr|ihre|ihren|ihrer|ton|ta|tes|votre|vos|tu|tus|su|sus|tuo|tua|tuoi|seu|sua|teu)";
    private static final String PHONE = "(?:phone|telephone|mobile|cell|handy|telefon|téléphone|portable|teléfono|móvil|celular|telefono|cellulare|telefone)";
    /** Personal data: full name, address, phone number, date of birth, e-mail. */
    static final Pattern PERSONAL = Pattern.compile(String.join("|",
            B + "(?:full name|complete name|first and last name|vollständigen namen|vollständiger name|vor- und nachnamen?|nom complet|nom et prénom|"
                    + "nombre completo|nombre y apellidos?|nome completo|nome e cognome|surname|last name|nachnamen?|apellidos?|cognome|sobrenome)" + E,
            // round 10b: the user's own first or family name, school and postal code (a second-person possessive before them:
            // "the first name of the first president" is a quiz), and the name on a card or its billing postal code
            B + POSS + "(?:\\s+[\\p{L}'’-]+)??\\s+(?:first name|given name|vorname|vornamen|prénom|nombre de pila|primer nombre|nome di battesimo"
                    + "|primeiro nome|nom de famille|familienname|family name|nome de família|nome de familia|school|schule|école|escuela|colegio|scuola"
                    + "|escola|zip code|postcode|post code|postal code|postleitzahl|code postal|código postal|codice postale|cep)" + E,
            B + "(?:name on the card|name on your card|cardholder name|cardholder's name|name des karteninhabers|nom du titulaire|nombre del titular"
                    + "|nome del titolare|nome do titular|billing zip code|billing postcode|billing postal code|code postal de facturation"
                    + "|código postal de facturación)" + E,
            B + "(?:home address|address|adresse|anschrift|adresse postale|dirección|direccion|indirizzo|endereço|endereco)" + E,
            B + PHONE + "\\s+" + NUMBER + E, B + NUMBER + GAP + PHONE + E, B + "(?:celular|cellulare|telefone)" + E, B + "(?:telefonnummer|handynummer|mobilnummer|rufnummer)" + E,
            B + "(?:date of birth|birth date|birthday|geburtsdatum|geburtstag|date de naissance|fecha de nacimiento|data di nascita|data de nascimento)" + E,
            B + "(?:e-mail|email|e-mail-adresse|courriel|correo electrónico|correo)" + E,
            "氏名|フルネーム|住所|電話番号|携帯番号|生年月日|メールアドレス|郵便番号"), F);

    /** Round 23: {@link #SECRET} and {@link #PERSONAL} by alternative, each behind the literals it needs (scan speed; the same matches). */
    private static final Alternation SECRET_SPLIT = new Alternation(SECRET);
    private static final Alternation PERSONAL_SPLIT = new Alternation(PERSONAL);

    /** Request acts: saying, giving, reading out, confirming; needs; question openers (en, de, fr, es, it, pt, ja). */
    private static final Pattern ACT = Pattern.compile(B + "(?:say|tell|give|read|spell|enter|provide|confirm|repeat|state|share|type|send|"
            + "i need|we need|i'll need|we'll need|need you to|what is|what's|what are|which|needs to hear|need to hear|wants to hear|let me hear|"
            + "nenne|nennen|sag|sage|sagen|gib|geben|lies|lesen|buchstabiere|buchstabieren|bestätige|bestätigen|teile|teilen|mitteilen|"
            + "ich brauche|wir brauchen|benötigen wir|brauchen wir|wie lautet|wie lauten|welche|welches|"
            + "dites|dis|donnez|donne|indiquez|indique|lisez|lis|épelez|confirmez|communiquez|j'ai besoin|nous avons besoin|quel|quelle|quels|"
            + "di|dime|diga|dígame|digame|dame|deme|indica|indique|indíqueme|lee|lea|léeme|leeme|léenos|díctame|dicta|dicte|deletrea|confirma|confirme|necesito|necesitamos|cuál|cual|"
            + "dimmi|dica|mi dica|dammi|mi dia|indicami|indichi|leggi|legga|detta|detti|conferma|confermi|ripeti|comunica|comunicami|"
            + "mi serve|ci serve|mi servono|ci servono|ho bisogno|abbiamo bisogno|qual|quale|"
            + "fale|fala|informe|passe|leia|preciso|precisamos|qual é|"
            // round 15: the verbs of uttering a game or a ritual asks with, as Language's request cues have had since round 13
            + "whisper|murmur|recite|chant|flüstere|flüstern|chuchote|chuchotez|murmurez|susurra|susurre|susúrrame|sussurra|sussurrami|sussurri|sussurre)" + E
            + "|教えて|言って|お聞かせ|お知らせください|入力|どうぞ|お願いします|ください|必要です|ささやいて|つぶやいて|唱えて", F);
    /** Openers of an elliptical request ("Now the expiry date", "Ora la scadenza"): a next step, its verb left out. */
    private static final Pattern NEXT = Pattern.compile("^\\s*(?:and |und |et |y |e )?(?:now|next|then|also|jetzt|nun|dann|noch|maintenant|ensuite|puis|"
            + "ahora|luego|después|ora|adesso|poi|agora|depois|次に|では|続いて)" + E, F);
    /** A pronoun standing for something named before: "say it now", "sagen Sie ihn mir", "dites-le", "dímelo", "dimmelo". */
    private static final Pattern PRONOUN_ACT = Pattern.compile(B + "(?:say|tell|read|give|repeat|enter|spell)\\s+(?:it|them|that|this)(?:\\s+to me)?" + E
            + "|" + B + "(?:sagen sie|sag|nennen sie|nenne|nenn|lesen sie|lies|verrate|verraten sie)\\s+(?:es|ihn|sie|ihn mir|es mir|sie mir)" + E
            + "|" + B + "(?:dites|dis|donnez|lisez)-(?:le|la|les|moi)" + E + "|" + B + "(?:dímelo|dimelo|dígamelo|digamelo|léelo|dámelo|díganoslo)" + E
            + "|" + B + "(?:dimmelo|me lo dica|ditemelo|leggimelo|dammelo|ripetilo)" + E + "|" + B + "(?:diga-o|diga-me|fale-o|leia-o)" + E
            + "|それを(?:教えて|言って)"
            // round 26a: a riddle's own question, its answer the thing described before ("I'm four numbers you tap at the
            // checkout. What am I?"), "say me" in a riddle's voice, and the listener's own by a possessive pronoun ("donnez les vôtres")
            + "|" + B + "(?:what am i|who am i|was bin ich|wer bin ich|qui suis-je|que suis-je|cuál soy|qué soy|quién soy"
            + "|chi sono|cosa sono|che cosa sono|quem sou eu|o que sou eu|o que eu sou)\\s*[?？]|" + B + "say me" + E
            + "|" + B + "(?:say|tell me|give me|read me|sag mir|nenn mir|nennen sie mir|dites|donnez|donnez-moi|dis-moi|donne-moi|dime|dame|díganos"
            + "|dimmi|dammi|mi dica|me diga|me fala|fala)\\s+(?:yours|deine|ihre|les vôtres|les tiens|les tiennes|los tuyos|las tuyas|los suyos"
            + "|i tuoi|le tue|i suoi|le sue|os seus|as suas|os teus|as tuas)" + E, F);
    /**
     * Round 26a: a request made of a noun phrase and a word of politeness alone ("Card expiry and the three digit code,
     * please.", "Nome e cognome, per favore.", "Ihre IBAN bitte."): the clause ends (or begins) with the politeness word and
     * what stands before the data is at most a connective and a determiner, so "check your email, please" (a verb first)
     * asks for nothing. Read only in an open session, as the elliptical "now the …".
     */
    private static final Pattern POLITE_END = Pattern.compile("[,\\s]\\s*(?:please|bitte|s'il vous pla[iî]t|s'il te pla[iî]t|por favor|per favore"
            + "|per piacere|por gentileza|de favor)\\s*[.!?]*\\s*$", F);
    private static final Pattern POLITE_START = Pattern.compile("^\\s*(?:please|bitte|s'il vous pla[iî]t|por favor|per favore)\\s*,?\\s+", F);
    private static final Pattern NP_START = Pattern.compile("^\\s*(?:(?:and|und|et|y|e|now|next|then|also|jetzt|nun|dann|noch|maintenant|ensuite|puis"
            + "|ahora|luego|ora|adesso|poi|agora|depois|just|only|nur|juste|solo|só)\\s+)*"
            + "(?:(?:your|the|its|ihre|ihren|deine|deinen|die|den|das|votre|vos|ton|ta|tes|le|la|les|l'|tu|tus|su|sus|el|los|las|il|lo|i|gli|tuo|tua"
            + "|tuoi|tue|suo|sua|seu|sua|o|a|os|as|teu|tua)\\s+(?:[\\p{L}\\p{N}'’-]+[,]?\\s+){0,3}|(?:[\\p{L}\\p{N}'’-]+\\s+)?)$", F);

    /**
     * An elliptical next step ("Now the four-digit PIN.", "Agora a senha de seis dígitos do cartão que você usa nas
     * compras."): short, or (round 29) longer when the data follows its opener within a few words and what comes after it
     * describes it (a relative clause, a place).
     */
    private static boolean nextStep(String clause, Ask data) {
        if (words(clause) <= 12) {
            return true;
        }
        int at = clause.indexOf(data.data());
        return at >= 0 && words(clause) <= 20 && words(clause.substring(0, at)) <= 5;
    }

    /** @return true when {@code c}'s current clause is the last one of {@code norm} with words in it */
    private static boolean lastClause(String norm, Matcher c) {
        return norm.substring(c.end()).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /**
     * Words that make a clause more than a noun phrase: copulas, auxiliaries and verbs a statement about a secret uses (not
     * "do" and "a", which are also Portuguese and Spanish words of a noun phrase).
     */
    private static final Pattern CLAUSE_VERB = Pattern.compile(B + "(?:is|are|was|were|be|been|will|would|can|could|should|must|may|has|have|had|does"
            + "|keeps?|protects?|stays?|remains?|means?|ist|sind|war|wird|werden|bleibt|schützt|kann|muss|hat|est|sont|était|sera|reste|protège|peut|doit"
            + "|es|son|era|será|está|están|queda|protege|puede|debe|ha|è|sono|sarà|resta|protegge|può|deve|ha|é|são|foi|será|fica|pode|deve|tem"
            // modals of advice, which put the verb at the end in German ("Deine PIN solltest du nie nennen")
            + "|soll|sollst|solltest|sollte|sollten|darf|darfst|dürfen|musst|müssen|kannst|können|brauchst|dois|devez|pouvez|debes|puedes"
            + "|tienes|devi|puoi|precisa)" + E
            // and a negation anywhere: "Your PIN, never out loud."
            + "|" + B + "(?:not|never|nie|niemals|nicht|kein|keine|ne|jamais|nunca|jamás|mai|non|não)" + E, F);

    /**
     * Round 29: a turn that ends, with the microphone open, on a noun phrase naming the listener's secret and nothing else
     * ("A senha de seis dígitos do app do banco.", "Tu número de la seguridad social, cifra a cifra.", "The card PIN."):
     * the next step of a form, its verb left out, as "now the …" is. A determiner or possessive (after at most a
     * connective) stands before the data, the clause is short and has no verb of a statement ("Your PIN keeps your
     * account safe" says something about it).
     */
    static boolean bareNounPhrase(String clause, Ask data) {
        if (words(clause) > 14 || clause.strip().endsWith("!") || CLAUSE_VERB.matcher(clause).find()) {
            return false;
        }
        int at = clause.indexOf(data.data());
        if (at < 0) {
            return false;
        }
        String before = clause.substring(0, at).replace("l'", "l' ");
        return !before.isBlank() && NP_START.matcher(before).matches();
    }

    static boolean politeEllipsis(String clause, Ask data) {
        if (words(clause) > 12) {
            return false;
        }
        boolean end = POLITE_END.matcher(clause).find();
        Matcher st = POLITE_START.matcher(clause);
        boolean start = !end && st.find();
        if (!end && !start) {
            return false;
        }
        int at = clause.indexOf(data.data());
        if (at < 0) {
            return false;
        }
        String before = clause.substring(start ? st.end() : 0, at).replace("l'", "l' ");
        return NP_START.matcher(before).matches();
    }

    private static final Pattern CLAUSE = Pattern.compile("[^.!?;。！？]+[.!?;。！？]*");

    /**
     * Where a secret number is used: a speech that names the cash machine, the bank card, online banking or logging in
     * makes "your code", "the same four digits", "the number" in it the user's PIN or login, whatever game, riddle or
     * fortune the request is dressed as ("use the same four digits you type at the cash machine. What is your code?").
     */
    static final Pattern SECRET_USE = Pattern.compile(B + "(?:cash machine|cashpoint|atm|bank card|debit card|cash card|card reader"
            + "|online banking|unlock your phone|log in|login|sign in|geldautomat\\p{L}*|bankautomat\\p{L}*|bankkarte|ec-karte|girocard|debitkarte"
            + "|onlinebanking|distributeur|carte bancaire|carte bleue|guichet automatique|cajero|tarjeta bancaria|tarjeta de débito|banca en línea"
            + "|bancomat|carta di debito|carta bancomat|home banking|caixa eletrônico|caixa eletronico|cartão do banco|cartão de débito|cartão bancário"
            // round 26a: where the card's PIN is typed when paying (round 23a's till, card machine, payment terminal), and the
            // card one pays with
            + "|checkout|the till|card machine|payment terminal|card terminal|kartenterminal|an der kasse|caisse|terminal de paiement|datáfono"
            + "|alla cassa|al pos|maquininha|card you pay with|carte avec laquelle vous payez|tarjeta con la que pagas"
            + "|online-banking|banca online|banco online)" + E
            + "|キャッシュカード|銀行|ログイン", F);
    /** {@link #SECRET_USE} by alternative (round 42: most speech holds none of its words, found in one pass of its anchors). */
    private static final Alternation SECRET_USE_SPLIT = new Alternation(SECRET_USE);
    /** The data a secret's use makes secret: a number, digits, a code or a combination that is someone's ("your code"). */
    private static final Pattern SECRET_BY_USE = Pattern.compile(B + "(?:digits|numbers|number|code|combination|ziffern|zahlen|zahl|nummer"
            + "|chiffres|numéro|combinaison|dígitos|números|número|combinación|cifre|numeri|numero|combinazione|digitos|cifras|stellen)" + E + "|数字|番号", F);
    /**
     * Round 26a: a number or a question word determines the data as well as an article does, where the speech names where
     * a secret is used ("which four digits do your fingers know best, the ones you tap at the cash machine?", "tengo
     * cuatro cifras", "quelle combinaison ?").
     */
    private static final Pattern COUNTED_OR_ASKED = Pattern.compile(B + "(?:which|what|welche|welcher|welches|quel|quels|quelle|quelles|qué|cuál|cuáles"
            + "|quale|quali|qual|quais|two|three|four|five|six|eight|zwei|drei|vier|fünf|sechs|acht|deux|trois|quatre|cinq|six|huit|dos|tres|cuatro"
            + "|cinco|seis|ocho|due|tre|quattro|cinque|sei|otto|dois|duas|três|quatro|oito|\\d{1,2})(?:\\s+[\\p{L}'’-]+){0,2}\\s*$", F);
    /**
     * The answers that recover an account (the security questions of banks and mail providers): the first pet, the
     * mother's maiden name, where the parents met, the first school, car or street, the childhood friend — in en, de, fr,
     * es, it, pt, ja. One such question is small talk; a skill that asks two of them collects recovery answers, whatever
     * the pretext (a mind-reading trick, a quiz). Each entry is one question.
     */
    private static final Pattern[] RECOVERY = {
        Pattern.compile("first pet|first dog|first cat|erstes haustier|ersten haustiers|erster hund|premier animal|primera mascota|primer perro"
                + "|primo animale|primo cane|primeiro animal|primeiro cachorro|最初のペット|初めて飼った", F),
        Pattern.compile("maiden name|mädchenname|geburtsname deiner mutter|nom de jeune fille|apellido de soltera|cognome da nubile"
                + "|nome de solteira|旧姓", F),
        Pattern.compile("parents (?:first )?met|parents meet|eltern (?:sich )?kennengelernt|eltern getroffen|parents se sont rencontrés"
                + "|se conocieron tus padres|se conocieron sus padres|tus padres se conocieron|genitori si sono conosciuti|si sono conosciuti i tuoi genitori"
                + "|pais se conheceram|両親が出会った|両親の出会った", F),
        Pattern.compile("first school|elementary school|primary school|erste schule|grundschule|première école|école primaire|primera escuela"
                + "|primer colegio|escuela primaria|prima scuola|scuola elementare|primeira escola|escola primária|最初の学校|小学校", F),
        Pattern.compile("first car|erstes auto|première voiture|primer coche|primer carro|prima auto|prima macchina|primeiro carro|最初の車", F),
        Pattern.compile("street you grew up|grew up on|childhood street|straße (?:deiner|ihrer) kindheit|aufgewachsen|rue de (?:ton|votre) enfance"
                + "|calle (?:de tu|donde) (?:infancia|creciste)|creciste|via (?:della tua infanzia|dove sei cresciut)|sei cresciut|rua (?:da sua infância|onde você cresceu)"
                + "|cresceu|育った", F),
        Pattern.compile("childhood (?:best )?friend|best friend (?:as a child|in school)|kindheitsfreund|besten freund(?:in)? (?:aus|in) der kindheit"
                + "|ami d'enfance|amie d'enfance|amigo de la infancia|amiga de la infancia|amico d'infanzia|amica d'infanzia|amigo de infância"
                + "|幼なじみ|幼馴染", F),
        Pattern.compile("favou?rite teacher|lieblingslehrer\\p{L}*|professeur préféré|maestro favorito|profesor favorito|insegnante preferit\\p{L}*"
                + "|professor favorito|好きな先生", F),
    };

    /**
     * @param norm normalised speech (lower case, tags removed)
     * @param open whether the microphone reopens after it (an elliptical "now the …" asks only then)
     * @return the first request for a secret or personal data, or null
     */
    static Ask ask(String norm, boolean open) {
        return ask(norm, open, null);
    }

    /**
     * Round 28a: what a turn leaves to be said back — a secret named or described by its use in the turn's last clause, not
     * negated and with no request act, no question and nothing after it ("… It's the same short number you key in at the
     * ATM, the four digits."). What the listener's next turn fills in then answers it (see {@code Rules}).
     *
     * @return the secret the turn ends on without asking for it, or null (also when the turn asks for it: see {@link #ask})
     */
    static Ask leftOpen(String norm) {
        // a secret left open is one that data() or byUse() finds: neither can without a secret head's literal or a use of one
        if (norm == null || SECRET_SPLIT.candidates(norm) == 0 && !SECRET_USE_SPLIT.find(norm)) {
            return null;
        }
        Ask[] left = new Ask[1];
        return ask(norm, true, left) == null && left[0] != null && left[0].kind() == Kind.SECRET ? left[0] : null;
    }

    private static Ask ask(String norm, boolean open, Ask[] left) {
        if (norm == null || norm.length() < 4 || !mayAsk(norm)) {
            return null;
        }
        Matcher c = CLAUSE.matcher(norm);
        Ask before = null; // the last data object named in an earlier clause (antecedent of "it")
        boolean[] use = {true, false}; // {not yet looked, the speech names where a secret number is used}
        while (c.find()) {
            String clause = c.group();
            int base = c.start();
            if (before != null) {
                // round 28a: the thing named or described before, referred back to by a demonstrative and asked for by a
                // question word or an elliptical clause ("… the four digits you tap at the cash machine." / "Quels sont ces
                // quatre chiffres ?", "Those four digits, when you're ready.")
                Matcher a = anaphoricAsk(clause);
                if (a != null && sameThing(a.group("head"), before) && !Language.negated(norm, base + a.start(), base + a.end())) {
                    return new Ask(before.kind(), before.data(), before.clause().strip() + " " + clause.strip());
                }
            }
            if (left != null && !clause.isBlank()) {
                left[0] = null; // only the turn's last clause is left open
            }
            Ask data = data(norm, clause, base);
            if (data != null && (SpeechAct.partialDate(clause, data.data()) || SpeechAct.askedAboutElse(clause, data.data())
                    || data.kind() == Kind.PERSONAL && SpeechAct.destination(clause, data.data()))) {
                // round 10b: "which month is your birthday in?" asks a part that identifies no one; "how many miles from your
                // zip code …?" asks about something else, the data is a reference point; round 15: "shall I send it to your
                // email address?" asks yes or no, the data is where it goes
                data = null;
            }
            if (data != null && GRANT.matcher(clause).find()) {
                data = null; // "allow access to your address in the Alexa app": a permission asked for (see the permission rules), not a spoken answer
            }
            if (data != null && grantNext(norm, base + clause.length())) {
                // round 33: "… j'ai besoin de votre numéro de mobile. Autorisez-le dans l'application Alexa.": the sentence after
                // the data sends the user to the app's permission screen — a permission asked for, not a spoken answer
                data = null;
            }
            boolean question = questionClause(clause);
            // round 13: a question that offers its answers ("true or false: the digits you type at the cash machine …?")
            // asks for a choice, not for the value it names; a request verb outside the secret is still found by
            // Language.requested. Looked at only where the clause holds data (most questions hold none)
            if (data != null) {
                if (Language.judged(clause)) {
                    continue; // round 33: "true or false: the help desk may ask you to read your password." is judged, not answered
                }
                if (question && Language.offersChoice(norm, clause, base + clause.length())) {
                    continue;
                }
                if (question && generic(clause, data) && !affirmedAct(norm, clause, base)) {
                    continue; // round 15: "is a strong password long or short?" asks about passwords, not for one
                }
                if (affirmedAct(norm, clause, base) || question || (open && NEXT.matcher(clause).find() && nextStep(clause, data))
                        || (open && politeEllipsis(clause, data)) || (open && lastClause(norm, c) && bareNounPhrase(clause, data))) {
                    return data;
                }
                before = data;
                if (left != null) {
                    left[0] = question || generic(clause, data) || !unasked(norm, clause, base, data.data()) ? null : data;
                }
            } else if (byUse(norm, clause, base, use)) {
                Ask described = new Ask(Kind.SECRET, useMatch(clause), clause);
                if (affirmedAct(norm, clause, base) || question || (open && politeEllipsis(clause, described))) {
                    if (question && Language.offersChoice(norm, clause, base + clause.length())) {
                        continue;
                    }
                    return described;
                }
                // round 26a: the secret described by its use and asked in a later clause by a pronoun or a riddle's own
                // question ("tengo cuatro cifras … lo tecleas en el cajero. ¿Cuál soy? Dímelo.")
                before = described;
                if (left != null) {
                    left[0] = unasked(norm, clause, base, described.data()) ? described : null;
                }
            } else if (before != null) {
                Matcher p = PRONOUN_ACT.matcher(clause);
                if (p.find() && !Language.negated(norm, base + p.start(), base + p.end())) {
                    return new Ask(before.kind(), before.data(), before.clause().strip() + " " + clause.strip());
                }
            }
        }
        return null;
    }

    /** Health data heads (en, de, fr, es, it, pt, ja): what someone takes, has or measures about their own body. */
    private static final Pattern HEALTH = Pattern.compile(B + "(?:medicines?|medications?|prescriptions?|pills|tablets|medical conditions?|heart conditions?"
            + "|health conditions?|conditions?|chronic illness|illness(?:es)?|diseases?|diagnos[ie]s|symptoms?|blood pressure|blood sugar|allerg(?:y|ies)|pregnan(?:t|cy)"
            + "|medikament\\p{L}*|tabletten|erkrankung\\p{L}*|vorerkrankung\\p{L}*|krankheit\\p{L}*|diagnose\\p{L}*|symptom\\p{L}*|blutdruck|blutzucker"
            + "|allergi\\p{L}*|schwanger\\p{L}*|médicaments?|traitements?|maladies?|diagnostic|symptômes?|tension artérielle|glycémie|enceinte"
            + "|medicamentos?|medicinas?|pastillas|enfermedad(?:es)?|condición médica|diagnóstico|síntomas?|presión arterial|glucosa|alergias?|embarazada"
            + "|farmaci|medicinali|pastiglie|malattie|malattia|patologi[ae]|diagnosi|sintomi|pressione arteriosa|glicemia|incinta"
            + "|remédios?|doenças?|sintomas|pressão arterial|glicose|grávida)" + E + "|薬|持病|病気|診断|症状|血圧|血糖|アレルギー|妊娠", F);
    /** The user addressed in a clause: second-person pronouns and verb forms of asking someone about themselves. */
    private static final Pattern ADDRESSEE = Pattern.compile(B + "(?:you|your|yours|du|dein\\p{L}*|sie|ihr\\p{L}*|nimmst|hast|vous|votre|vos|tu|ton|ta|tes"
            + "|prends|tú|usted|su|sus|tomas|tienes|tuo|tua|tuoi|tue|prendi|hai|você|voce|seu|sua)" + E + "|あなた|ますか|ですか|ている", F);
    private static final String[] HEALTH_ANCHORS = {"medic", "médic", "pill", "tablet", "condi", "illness", "disease", "diagnos", "symptom", "blood",
        "allerg", "pregnan", "medikament", "erkrank", "krankheit", "blutdruck", "blutzucker", "schwanger", "traitement", "maladie", "tension",
        "glycémie", "enceinte", "pastill", "enfermedad", "síntoma", "presión", "glucosa", "alergia", "embarazada", "farmac", "pastigli",
        "malatti", "patologi", "sintom", "pressione", "glicemia", "incinta", "remédio", "doença", "pressão", "glicose", "grávida", "薬", "持病",
        "病気", "診断", "症状", "血圧", "血糖", "アレルギー", "妊娠"};
    private static final Anchors HEALTH_FAST = new Anchors(HEALTH_ANCHORS);

    /**
     * @return the first clause that asks the user about their own health (a health data head in a question or after a
     *         request act, with the user addressed: "which prescription medicines do you take, and do you have any heart
     *         condition?"), not negated, or null. The kind is {@link Kind#PERSONAL}; the caller reports it as health data.
     */
    static Ask health(String norm) {
        if (norm == null || norm.length() < 6) {
            return null;
        }
        if (!HEALTH_FAST.in(norm)) {
            return null;
        }
        Matcher c = CLAUSE.matcher(norm);
        while (c.find()) {
            String clause = c.group();
            boolean question = questionClause(clause);
            Ask secret = mayAsk(clause) ? data(norm, clause, c.start()) : null;
            if (secret != null && secret.kind() == Kind.SECRET || Lexicon.credential(clause) != null) {
                continue; // round 9: the clause asks for a secret; a health word in it is the pretext ("金運診断を完成させるには、暗証番号が必要です")
            }
            Matcher m = HEALTH.matcher(clause);
            while (m.find()) {
                // the user next to the head ("your allergies", "medicines do you take", "do you have any heart condition"),
                // not anywhere in the clause ("do you want to hear about famous diseases in history?")
                String near = words(clause.substring(0, m.start()), -4) + " " + words(clause.substring(m.end()), 3);
                if ((question || affirmedAct(norm, clause, c.start())) && (ADDRESSEE.matcher(near).find() || m.group().codePoints().anyMatch(cp -> cp >= 0x3000))
                        && !Language.negated(norm, c.start() + m.start(), c.start() + m.end())) {
                    return new Ask(Kind.PERSONAL, m.group(), clause);
                }
            }
        }
        return null;
    }

    /** @return the first {@code n} words of {@code text}, or with a negative {@code n} its last {@code -n} words */
    private static String words(String text, int n) {
        String[] w = text.strip().split("\\s+");
        int from = n < 0 ? Math.max(0, w.length + n) : 0;
        int to = n < 0 ? w.length : Math.min(w.length, n);
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** @return true when the speech names where a secret number is used ({@code use}) and this clause asks for someone's number or code */
    private static boolean byUse(String norm, String clause, int base, boolean[] use) {
        if (use[0]) {
            use[0] = false;
            use[1] = SECRET_USE_SPLIT.find(norm);
        }
        if (!use[1]) {
            return false;
        }
        Matcher m = SECRET_BY_USE.matcher(clause);
        while (m.find()) {
            boolean cjk = m.group().codePoints().anyMatch(cp -> cp >= 0x3000);
            String before = clause.substring(0, m.start()).replace("l'", "l' ");
            // a number or question word alone determines the listener's own only where the clause addresses them or is an
            // elliptical question back ("Quelle combinaison ?"): "which four digits are on a lottery ticket?" asks a fact
            boolean counted = !cjk && !DETERMINED.matcher(before).find() && COUNTED_OR_ASKED.matcher(before).find()
                    && (ADDRESSEE.matcher(clause).find() || words(clause) <= 4);
            if ((cjk || DETERMINED.matcher(before).find() || counted)
                    && !Language.negated(norm, base + m.start(), base + m.end())) {
                return true;
            }
        }
        return false;
    }

    /** Round 28a: a demonstrative determiner (en, de, fr, es, it, pt) and up to two words before a head of data. */
    private static final String DEMONSTRATIVE_NP = B + "(?:this|that|these|those|diese|dieser|diesen|dieses|jene|jenen|ce|cet|cette|ces"
            + "|ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella|aquellos|aquellas|questo|questa|questi|queste|quel|quello|quella|quei"
            + "|quelle|quegli|esse|essa|esses|essas|estes|aquele|aquela|aqueles|aquelas)(?:\\s+[\\p{L}\\p{N}'’-]+){0,2}?\\s+"
            + "(?<head>digits|numbers|number|code|combination|pin|ziffern|zahlen|nummer|chiffres|numéro|combinaison|dígitos|números|número|código"
            + "|combinación|cifras|cifre|numeri|numero|codice|combinazione|digitos)" + E;
    /** … asked by a question word before it ("which are those four digits?", "quels sont ces chiffres ?", "¿cuáles son esos números?"). */
    private static final Pattern ANAPHORIC_QUESTION = Pattern.compile("^\\s*(?:and |und |et |y |e )?(?:what|which|welche|welches|welcher|wie lauten|wie lautet"
            + "|quel|quels|quelle|quelles|qué|cuál|cuáles|quale|quali|qual|quais)" + E + "[^?？]{0,40}?" + DEMONSTRATIVE_NP + "[^?？]{0,20}[?？]", F);
    /** … or standing alone at the head of its clause, nothing but a comma or a time clause after it ("Those four digits, when you're ready."). */
    private static final Pattern ANAPHORIC_ELLIPSIS = Pattern.compile("^\\s*(?:(?:and|und|et|y|e|now|jetzt|maintenant|ahora|ora|agora)\\s+)?"
            + DEMONSTRATIVE_NP + "\\s*(?:[.!…]*\\s*$|,\\s*(?:please|bitte|s'il vous pla[iî]t|por favor|per favore|when|whenever|wenn|sobald|quand|dès que"
            + "|cuando|quando|assim que|appena)" + E + ")", F);

    /**
     * @return true when the clause names the data without any verb of telling (a negated or redirected one makes it advice:
     *         "never tell anyone the code we texted you") and without a negation over it
     */
    private static boolean unasked(String norm, String clause, int base, String named) {
        if (ACT.matcher(clause).find() || PRONOUN_ACT.matcher(clause).find()) {
            return false;
        }
        int at = clause.indexOf(named);
        // "guess a number from one to ten" names any number, not the listener's own
        return at < 0 || !Language.negated(norm, base + at, base + at + named.length()) && !INDEFINITE.matcher(clause.substring(0, at)).find()
                && !SUBJECT_OF.matcher(clause.substring(at + named.length())).find();
    }

    /** The data as the subject of a statement about it ("the code from a text message is for you alone", "tu PIN es secreto"). */
    private static final Pattern SUBJECT_OF = Pattern.compile("^(?:\\s+[\\p{L}\\p{N}'’-]+){0,5}?\\s+(?:is|are|was|must|should|stays|ist|sind|bleibt|est|sont|reste"
            + "|es|son|debe|è|sono|deve|resta|é|são|fica)" + E, F);

    /** @return true when the head referred back to is the thing named before, or both are a secret's number or code */
    private static boolean sameThing(String head, Ask before) {
        String named = before.data().toLowerCase(java.util.Locale.ROOT);
        return named.contains(head.toLowerCase(java.util.Locale.ROOT))
                || before.kind() == Kind.SECRET && SECRET_BY_USE.matcher(named).find();
    }

    /** @return the match of a clause that asks back for what an earlier clause named, or null */
    static Matcher anaphoricAsk(String clause) {
        if (clause.indexOf('?') < 0 && clause.indexOf('？') < 0 && words(clause) > 12) {
            return null;
        }
        Matcher m = ANAPHORIC_QUESTION.matcher(clause);
        if (m.find()) {
            return m;
        }
        m = ANAPHORIC_ELLIPSIS.matcher(clause);
        return m.find() ? m : null;
    }

    /**
     * @return true for a clause that asks: it ends with a question mark, or (Japanese) with the particle か, also before
     *         the full stop the sentence splitter leaves on it ("お母様の旧姓は何ですか。": round 29, only "か" at the very end was)
     */
    static boolean questionClause(String clause) {
        String t = clause.strip();
        return t.endsWith("?") || t.endsWith("？") || t.endsWith("か") || t.endsWith("か。") || t.endsWith("か.");
    }

    private static String useMatch(String clause) {
        Matcher m = SECRET_BY_USE.matcher(clause);
        return m.find() ? m.group() : clause.strip();
    }

    /** Substrings one of which every {@link #RECOVERY} match holds: most speech holds none and skips the patterns. */
    private static final String[] RECOVERY_ANCHORS = {"pet", "dog", "cat", "haustier", "hund", "animal", "mascota", "perro", "cane", "cachorro",
        "maiden", "mädchen", "geburtsname", "jeune fille", "soltera", "nubile", "solteira", "parents", "eltern", "padres", "genitori", "pais",
        "school", "schule", "école", "escuela", "colegio", "scuola", "escola", "car", "auto", "voiture", "coche", "macchina", "grew",
        "aufgewachsen", "enfance", "infancia", "creciste", "infanzia", "cresciut", "infância", "cresceu", "friend", "freund", "ami", "amig",
        "teacher", "lehrer", "professeur", "maestro", "profesor", "insegnante", "professor", "ペット", "飼った", "旧姓", "両親", "学校", "車",
        "育った", "幼な", "幼馴", "先生"};

    private static final Anchors RECOVERY_FAST = new Anchors(RECOVERY_ANCHORS);

    private static boolean mayAskRecovery(String norm) {
        return RECOVERY_FAST.in(norm);
    }

    private static boolean recoveryAnswer(String words) {
        for (Pattern p : RECOVERY) {
            if (p.matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    /** An account-recovery question asked: which one ({@link #RECOVERY} index) and its words. */
    record Recovery(int kind, String text) {
    }

    /** @return the account-recovery question this speech asks (a question or a request act, not negated), or null */
    static Recovery recovery(String norm) {
        if (norm == null || norm.length() < 6 || !mayAskRecovery(norm)) {
            return null;
        }
        Matcher c = CLAUSE.matcher(norm);
        while (c.find()) {
            String clause = c.group();
            boolean question = questionClause(clause);
            for (int i = 0; i < RECOVERY.length; i++) {
                Matcher m = RECOVERY[i].matcher(clause);
                if (m.find() && !Language.negated(norm, c.start() + m.start(), c.start() + m.end())
                        && (question || affirmedAct(norm, clause, c.start()))) {
                    return new Recovery(i, m.group());
                }
            }
        }
        return null;
    }

    /**
     * What makes one recovery question a recovery question (round 9): the speech calls it a security question, or names the
     * account it guards or a sign-in ("answer your security question to keep your account: what was the name of your first
     * pet?"). One such question asked in an account's name is a request for the secret that recovers it.
     */
    private static final Pattern RECOVERY_FRAME = Pattern.compile(B + "(?:security question|secret question|sicherheitsfrage|geheimfrage"
            + "|question de sécurité|question secrète|pregunta de seguridad|pregunta secreta|domanda di sicurezza|domanda segreta"
            + "|pergunta de segurança|pergunta secreta|your account|dein konto|deinem konto|ihr konto|ihrem konto|votre compte|ton compte|tu cuenta"
            + "|su cuenta|il tuo account|tuo account|sua conta|tua conta|sign-in|sign in|log in|login|anmeldung|connexion|inicio de sesión"
            + "|accesso|acesso)" + E + "|秘密の質問|アカウント", F);

    /** @return true when the speech frames a recovery question as guarding an account (see {@link #RECOVERY_FRAME}) */
    static boolean recoveryFramed(String norm) {
        return norm != null && mayAskRecovery(norm) && RECOVERY_FRAME.matcher(norm).find();
    }

    /** Granting access in the app: the data is asked for as a permission, not said aloud. */
    private static final Pattern GRANT = Pattern.compile(B + "(?:allow|grant|permission|permissions|access|consent|erlaube|erlauben|zugriff|berechtigung\\p{L}*"
            + "|autorise[zr]?|autorisation|accès|permite|permitir|permiso|permisos|acceso|consenti|consentire|permesso|permessi|accesso|autoriz\\p{L}*"
            + "|acesso|permissão)" + E + "|許可|アクセス", F);

    /** The platform's app, where permissions are granted (en, de, fr, es, it, pt, ja). */
    private static final Pattern APP = Pattern.compile("(?:alexa|google home|google)[- ]?(?:app|appli)\\b|\\b(?:app|application|appli|aplicación|aplicacion"
            + "|applicazione|aplicativo|aplicação) (?:de |di |da |do )?(?:l')?(?:alexa|google home)\\b|(?:アレクサ|alexa|グーグルホーム)\\s?アプリ", F);

    /** @return true when the sentence starting at {@code from} asks the user to grant something in the platform's app */
    private static boolean grantNext(String norm, int from) {
        int start = Math.min(from, norm.length());
        int end = start;
        while (end < norm.length() && end < start + 300 && ".!?;。！？".indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        String next = norm.substring(start, end);
        return GRANT.matcher(next).find() && APP.matcher(next).find();
    }

    /** A possessive or article within the three words before a data object: the user's or a definite thing, not a topic. */
    private static final Pattern DETERMINED = Pattern.compile(B + "(?:your|yours|the|a|an|ihre|ihren|ihrer|ihr|deine|deinen|deiner|dein|die|den|der|das|"
            + "eine|einen|votre|vos|ton|ta|tes|le|la|les|l'|un|une|du|de la|tu|tus|su|sus|el|los|las|un|una|tuo|tua|suo|sua|il|lo|gli|"
            + "della|del|dello|seu|sua|teu|tua|teus|tuas|o|a|os|as|do|da|um|uma)(?:\\s+[\\p{L}\\p{N}'’-]+,?){0,3}\\s*$"
            // round 26a: the Italian plural article right before its head ("dimmi i numeri della carta"; not the English "I")
            + "|" + B + "i\\s+$", F);

    private static final Pattern DETERMINER_IN = Pattern.compile(B + "(?:your|the|a|an|ihre|ihren|deine|die|den|votre|ton|la|le|un|une|tu|su|el|la|"
            + "una|il|tuo|tua|seu|sua|o|um|uma)\\s", F);
    private static final Pattern INDEFINITE = Pattern.compile(B + "(?:a|an|ein|eine|un|une|uno|una|um|uma)\\s+(?:[\\p{L}-]+\\s+)?$", F);
    private static final Pattern DEFINES = Pattern.compile("^\\s+(?:is|are|ist|sind|est|sont|es|son|è|sono|é|são)" + E, F);

    /**
     * Round 15: a question about a kind of thing, not about the listener's: the data is named with an indefinite article
     * ("a strong password", "ein Passwort", "un code") and no one is addressed in the clause (no you, your, du, vous, tu,
     * usted, você …). A quiz asking "is a strong password long or short?" or "should a PIN have four digits?" wants an
     * opinion; "what is a password you use?" and "can you say a code?" address the listener and still ask.
     */
    static boolean generic(String clause, Ask data) {
        int at = clause.indexOf(data.data());
        return at > 0 && INDEFINITE.matcher(clause.substring(0, at)).find() && !ADDRESSEE.matcher(clause).find();
    }

    private static Ask data(String norm, String clause, int base) {
        for (Kind k : Kind.values()) {
            Alternation.Scan m = (k == Kind.SECRET ? SECRET_SPLIT : PERSONAL_SPLIT).scan(clause);
            while (m.find()) {
                boolean cjk = m.group().codePoints().anyMatch(cp -> cp >= 0x3000);
                String before = clause.substring(0, m.start()).replace("l'", "l' ");
                if (!cjk && !DETERMINED.matcher(before).find() && !DETERMINER_IN.matcher(m.group()).find()
                        && !coordinated(clause, m.start(), m.end())) {
                    continue; // "the recipe by email", "a strong password": no one's data is asked for
                }
                if (INDEFINITE.matcher(before).find() && DEFINES.matcher(clause.substring(m.end())).find()) {
                    continue; // "a one-time code is a short number …": a definition
                }
                if (k == Kind.PERSONAL && recoveryAnswer(m.group())) {
                    continue; // "your first school": an account-recovery answer, the recovery rule's (not current personal data)
                }
                if (SpeechAct.given(clause, m.end()) || SpeechAct.counted(clause, m.start(), m.end())) {
                    continue; // round 10b: a value read to the user ("your pairing code is 4 7 2 9"), a count ("seven pins")
                }
                if (k == Kind.PERSONAL && (PET_BEFORE.matcher(before).find() || PET_AFTER.matcher(clause.substring(m.end())).lookingAt())) {
                    continue; // round 37: "when is your dog's birthday?", "el cumpleaños de tu perro": the pet's, not the user's
                }
                if (k == Kind.PERSONAL && MAIL.matcher(m.group()).matches() && (CHANNEL_BEFORE.matcher(before).find()
                        || MAIL_VERB_AFTER.matcher(clause.substring(m.end())).lookingAt() && !DETERMINER_BEFORE.matcher(before).find())) {
                    continue; // round 40: "want the full article by e-mail?", "shall I e-mail the article?": the channel or the act, not the address
                }
                if (k == Kind.PERSONAL && SENT_TO_BEFORE.matcher(before).find() && !SpeechAct.questionWordBefore(before)) {
                    continue; // round 37: "we have just sent a code to the phone number on your account": where it went, not asked
                }
                if (k == Kind.SECRET && (PHONE_BEFORE.matcher(before).find() || SKILL_SENDS.matcher(before).find() && SENDS_FIRST.matcher(m.group()).lookingAt()
                        || Language.keptOffVoice(norm, base + m.start(), base + m.end()))) {
                    // round 37: "the mobile number on the account" is a phone number, not an account number; "the mobile number
                    // we can text a code to" asks where the skill will send a code, not for the code; a turn that says never
                    // to say the secret aloud asks for none ("type your old PIN on the keypad, never say it out loud")
                    continue;
                }
                if (!Language.negated(norm, base + m.start(), base + m.end())) {
                    return new Ask(k, m.group(), clause);
                }
            }
        }
        return null;
    }

    /** Words that join the items of a list (en, de, fr, es, it, pt): "nome, cognome e data di nascita". */
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:[\\p{L}'’-]+\\s*)?(?:,\\s*(?:(?:and|und|et|y|e|i|or|oder|ou|o)\\s+)?|(?:and|und|et|y|e|i|or|oder|ou|o)\\s+)"
            + "(?:[\\p{L}'’-]+\\s+)?$", F);
    /** A list item's own joint: the data head is itself two items ("nome e cognome", "first and last name"). */
    private static final Pattern INNER_JOIN = Pattern.compile("\\s(?:and|und|et|y|e)\\s", F);
    /** The items belong to someone named after them ("nome e cognome dell'autore", "name and address of the hotel"). */
    private static final Pattern OWNER_AFTER = Pattern.compile("^\\s*(?:of|von|vom|des|der|de|du|del|della|dello|dei|degli|delle|dell'|do|da|dos|das|di)"
            + "(?:\\s+|(?<=')|$)(?!(?:your|you|dir|dich|ihnen|vous|toi|ton|ta|tes|votre|vos|tu|tus|su|sus|usted|te|ti|tuo|tua|suo|sua|seu|você|teu)" + E + ")", F);

    /**
     * Round 26a: a data head without a determiner is the listener's when it is an item of a list of data heads ("Dimmi
     * nome, cognome e data di nascita", "Indirizzo e data di nascita?", "prénom et nom de famille"): a list of fields is
     * a form to fill, not a topic. Not when the list belongs to someone named after it ("… dell'autore", "of the hotel").
     */
    private static boolean coordinated(String clause, int start, int end) {
        java.util.List<int[]> items = new java.util.ArrayList<>();
        for (Alternation split : new Alternation[] {SECRET_SPLIT, PERSONAL_SPLIT}) {
            Alternation.Scan m = split.scan(clause);
            while (m.find()) {
                items.add(new int[] {m.start(), m.end()});
            }
        }
        items.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        int last = end;
        boolean joined = INNER_JOIN.matcher(clause.substring(start, end)).find();
        for (int[] it : items) {
            if (it[0] >= last && JOIN.matcher(clause.substring(last, it[0])).matches()) {
                joined = true;
                last = it[1];
            } else if (it[1] <= start && JOIN.matcher(clause.substring(it[1], start)).matches()) {
                joined = true;
            }
        }
        return joined && !OWNER_AFTER.matcher(clause.substring(last)).find();
    }

    /** @return true when the clause holds a request act that is not negated ("never tell it to anyone" asks nothing) */
    private static boolean affirmedAct(String norm, String clause, int base) {
        Matcher a = ACT.matcher(clause);
        while (a.find()) {
            if (SUBORDINATE.matcher(clause.substring(0, a.start())).find()) {
                continue; // "when you type the four digits at the cash machine": what people do, not a request
            }
            if (THIRD_PARTY.matcher(clause.substring(a.end())).find()) {
                continue; // "it's fine to tell a caller your PIN": saying it to someone else (a quiz statement, advice), not to the skill
            }
            // the negation may follow the verb: "sagen Sie sie niemals", "non dirlo mai", "don't ever"
            String after = clause.substring(a.end());
            if (!Language.negated(norm, base + a.start(), base + a.end()) && !NEGATION_AFTER.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    /** A verb after "when/if … you" describes what someone does ("when you type your PIN at the cash machine, cover the keypad"). */
    private static final Pattern SUBORDINATE = Pattern.compile(B + "(?:when|whenever|if|before|after|while|as|wenn|falls|quand|lorsque|si|cuando|quando|se)"
            + "\\s+(?:you|we|they|people|someone|du|ihr|sie|man|vous|tu|on|tú|usted|uno|voi|você|vocês|alguém)\\s+$", F);

    /**
     * Someone else as the one the act is addressed to (round 9): right after the verb ("tell a caller your PIN", "give
     * strangers your code") or as "to …" later in the clause ("read your code to anyone who calls"), in en, de, fr, es, it,
     * pt. The request is the skill's only when it asks to be told ("tell me", "sag mir"); a third party is a scenario.
     */
    private static final Pattern THIRD_PARTY = Pattern.compile("^\\s+(?:(?:a|an|any|the|some|einem|einer|un|une|uno|una|um|uma)\\s+)?"
            + "(?:caller|callers|stranger|strangers|anyone|anybody|someone|somebody|people|others|other people|fremden|jemandem|anrufern?|inconnus?"
            + "|desconocidos?|sconosciuti?|estranhos?)" + E
            + "|" + B + "(?:to|à|a|an)\\s+(?:(?:a|an|any|the|un|une|uno|una|um|uma|einen|eine)\\s+)?(?:caller|stranger|strangers|anyone|anybody|someone"
            + "|somebody|other people|quelqu'un|personne|inconnu|alguien|nadie|desconocido|qualcuno|nessuno|sconosciuto|alguém|ninguém|estranho|fremde)" + E, F);

    /** @return true when the text after a request verb names someone else as the one told ({@link #THIRD_PARTY}) */
    static boolean toThirdParty(String afterVerb) {
        return THIRD_PARTY.matcher(afterVerb).find();
    }

    private static final Pattern NEGATION_AFTER = Pattern.compile("^(?:\\s*[\\p{L}'’-]+){0,3}?\\s*" + B + "(?:never|niemals|nie|nicht|keinesfalls|jamais|nunca|mai|não|jamás)" + E, F);

    /** Substrings one of which every data object contains: most speech holds none and skips the clause analysis. */
    private static final String[] ANCHORS = {"pass", "pin", "clave", "senha", "kennwort", "geheim", "cvv", "cvc", "crypto", "sicherheit",
        "number", "nummer", "numéro", "número", "numero", "digit", "ziffern", "chiffres", "dígitos", "cifre", "expir", "ablauf", "gültig",
        "validité", "caducidad", "vencimiento", "scadenza", "validade", "code", "codice", "código", "codigo", "iban", "name", "nom", "apellido",
        "cognome", "sobrenome", "address", "adresse", "anschrift", "direcci", "indirizzo", "endere", "phone", "mobile", "cell", "handy",
        "telefon", "téléphone", "portable", "teléfono", "móvil", "celular", "telefone", "birth", "geburt", "naissance", "nacimiento", "nascita",
        "nascimento", "mail", "courriel", "correo", "school", "schule", "école", "escuela", "colegio", "scuola", "escola",
        "zip", "postc", "post c", "postal", "postleit", " cep", "郵便", "学校", "パスワード", "暗証", "セキュリティ", "有効期限", "カード", "コード", "口座", "氏名", "フルネーム",
        "住所", "電話", "携帯", "生年月日", "メール", "zahl", "combina", "数字", "番号",
        // round 26a: the plural heads added to the classes, and the described secrets' heads
        "numeri", "cifra", "stellen"};

    private static final Anchors FAST = new Anchors(ANCHORS);

    static boolean mayAsk(String norm) {
        return FAST.in(norm);
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
