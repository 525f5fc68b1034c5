package io.hearthguard.skills.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence of a skill's speech <b>does</b> with the data word it holds (round 10b): does it ask the user to say it,
 * or does it talk about it? The phrase rules find the word; these tests, on the words around it, tell a request from a
 * mention, in en, de, fr, es, it, pt and ja:
 * <ul>
 * <li><b>quoted</b>: the word stands inside quotation marks ({@code "…" “…” „…“ «…» 「…」}, since round 10c also {@code '…'}) that no imperative of saying
 * opens ("a scam call sounds like “press one and tell me your PIN”" quotes; "say “my PIN is” and the digits" asks);</li>
 * <li><b>given</b>: the skill reads a value <i>to</i> the user ("your pairing code is 4 7 2 9, enter it in the app",
 * "dein Code lautet 3 1 8"): the data is given, not asked for;</li>
 * <li><b>counted</b>: the word is a countable thing ("how many pins did you knock down", "seven pins", "{n} pins"): a
 * bowling pin or ping-pong point, not a personal identification number;</li>
 * <li><b>partial</b>: only a coarse part of a birth date is asked ("which month is your birthday in", "in welchem Monat",
 * "quel mois", "qué mes", "che mese", "que mês", "何月"), or stated ("my birthday is in June"): it identifies no one;</li>
 * <li><b>not needed</b>: the sentence says the user need not say it, with the negation after the word ("deinen Namen
 * musst du nicht sagen", "お名前は言わなくていいよ");</li>
 * <li><b>a bare "number"</b> is a phone number only where the speech speaks of calling, texting or reaching someone
 * ("what's your number? pick one from one to ten" is a guessing game).</li>
 * </ul>
 * Every pattern is compiled once; each test first checks a cheap substring.
 */
final class SpeechAct {
    private SpeechAct() {
    }

    private static final int F = Pattern.UNICODE_CHARACTER_CLASS;
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}])";

    /** Quotation marks that open a quote, and the ones that may close it (straight double quotes open and close). */
    private static final String OPEN = "\"“„«「『";
    private static final String CLOSE = "\"”“»」』";

    /** An imperative of saying just before a quote: the quote is what the user is asked to say. */
    private static final Pattern SAY_BEFORE = Pattern.compile(B + "(?:say|tell me|tell us|repeat|answer|reply|respond|start|begin|sag|sage|sagen sie|antworte"
            + "|dis|dites|réponds|répondez|di|dime|diga|responde|dimmi|dica|rispondi|ripeti|fale|diga|responda)"
            + "(?:\\s+(?:with|by saying|mit|avec|par|con|com))?\\s*[:,]?\\s*$|(?:と言って|と答えて)$", F);
    /** A quotation holds a line, not a term: at least this many words ("“your PIN”" in scare quotes is the skill's own words). */
    private static final int QUOTED_LINE_WORDS = 4;

    /**
     * @return true when position {@code start} of {@code norm} lies inside a quotation that is not what the user is asked
     *         to say: the skill quotes (a scam line, an example), it does not ask
     */
    static boolean quoted(String norm, int start) {
        // round 11: only the window of Language.WINDOW characters before the word is looked at (a quote longer than that is
        // not one); before, every test scanned from the start of the text
        int lo = Math.max(0, start - Language.WINDOW);
        if (hasSingleQuoteOpener(norm, lo, start) && singleQuoted(norm, start)) {
            return true; // round 10c: "here's a call: 'hello, this is amazon security …' scam or genuine?"
        }
        int open = -1;
        char mark = 0;
        for (int i = lo; i < start; i++) {
            char ch = norm.charAt(i);
            if (open >= 0 && (CLOSE.indexOf(ch) >= 0 && closes(mark, ch))) {
                open = -1;
            } else if (open < 0 && OPEN.indexOf(ch) >= 0) {
                open = i;
                mark = ch;
            }
        }
        if (open < 0 || mark == '「') {
            return false; // 「」 are Language.quoted's (as before), with its own reading
        }
        // the quote must close after the word: a lone quotation mark is no quotation
        int close = -1;
        for (int i = start; i < norm.length() && i < start + 600; i++) {
            char ch = norm.charAt(i);
            if (CLOSE.indexOf(ch) >= 0 && closes(mark, ch)) {
                close = i;
                break;
            }
        }
        if (close < 0 || norm.substring(open + 1, close).strip().split("\\s+").length < QUOTED_LINE_WORDS) {
            return false; // no closing mark, or a term in scare quotes ("the bank needs “your PIN”"): the skill's own words
        }
        return !SAY_BEFORE.matcher(norm.substring(Math.max(0, open - 40), open)).find();
    }

    /**
     * Single quotation marks (round 10c; normalised speech has ‘ ’ as {@code '}): the same mark is also the apostrophe
     * ("here's", "l'équipe", "users' "), so a quote opens only at the start of a word — after the start, a space or an
     * opening punctuation, before a letter — and closes only at the end of one — after a letter or punctuation, before a
     * space, punctuation or the end. The quote must hold a line (at least {@link #QUOTED_LINE_WORDS} words) that no
     * imperative of saying opens, as for double quotes.
     *
     * @return true when position {@code start} lies inside such a quote
     */
    static boolean singleQuoted(String norm, int start) {
        int open = -1;
        for (int i = Math.max(0, start - Language.WINDOW); i < start; i++) {
            if (norm.charAt(i) != '\'') {
                continue;
            }
            if (open >= 0 && closesSingle(norm, i)) {
                open = -1;
            } else if (open < 0 && opensSingle(norm, i)) {
                open = i;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int i = start; i < norm.length() && i < start + 600; i++) {
            if (norm.charAt(i) == '\'' && closesSingle(norm, i)) {
                close = i;
                break;
            }
        }
        if (close < 0 || norm.substring(open + 1, close).strip().split("\\s+").length < QUOTED_LINE_WORDS) {
            return false;
        }
        return !SAY_BEFORE.matcher(norm.substring(Math.max(0, open - 40), open)).find();
    }

    /** @return true when {@code norm[from, to)} holds a {@code '} that may open a quote (cheap test before {@link #singleQuoted}) */
    private static boolean hasSingleQuoteOpener(String norm, int from, int to) {
        for (int i = from; i < to; i++) {
            if (norm.charAt(i) == '\'' && (i == 0 || norm.charAt(i - 1) == ' ' || norm.charAt(i - 1) == ':')) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSingle(String norm, int i) {
        char before = i == 0 ? ' ' : norm.charAt(i - 1);
        char after = i + 1 < norm.length() ? norm.charAt(i + 1) : ' ';
        return (Character.isWhitespace(before) || "(:—–-[".indexOf(before) >= 0 || i == 0) && Character.isLetterOrDigit(after);
    }

    private static boolean closesSingle(String norm, int i) {
        char before = i == 0 ? ' ' : norm.charAt(i - 1);
        char after = i + 1 < norm.length() ? norm.charAt(i + 1) : ' ';
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean closes(char open, char close) {
        return switch (open) {
            case '"' -> close == '"';
            case '“' -> close == '”' || close == '"';
            case '„' -> close == '“' || close == '"';
            case '«' -> close == '»';
            case '「' -> close == '」';
            case '『' -> close == '』';
            default -> false;
        };
    }

    /**
     * A news report of an update (round 11): a verb of releasing or announcing a few words before the update ("Amazon
     * releases a security update", "Google veröffentlicht ein Sicherheitsupdate", "Apple publie une mise à jour", "lanza una
     * actualización", "rilascia un aggiornamento", "lança uma atualização"), or 公開/配信/発表 after it.
     */
    private static final Pattern NEWS_BEFORE = Pattern.compile(B + "(?:releases|released|has released|will release|rolls out|rolled out|is rolling out|rolling out|began pushing out|started pushing out"
            + "|issues|issued|ships|shipped|pushes out|pushed out|publishes|published|announces|announced|launches|launched|unveils|unveiled"
            + "|veröffentlicht|verteilt|kündigt|publie|a publié|déploie|lance|annonce|publica|publicó|lanza|lanzó|anuncia|despliega"
            + "|rilascia|ha rilasciato|pubblica|annuncia|distribuisce|lança|lançou|libera|liberou)" + E + "(?:\\s+[\\p{L}\\p{N}'-]+){0,4}\\s*$", F);
    private static final Pattern NEWS_AFTER = Pattern.compile("^\\s*(?:を|が)?(?:公開|配信|発表|リリース)");
    /** Words that speak to the listener: news about an update speaks of others, a notice speaks to "you". */
    private static final Pattern ADDRESSED = Pattern.compile(B + "(?:you|your|dein|deine|deinen|ihr|ihre|ihren|du|sie|votre|vos|ton|ta|tes|vous|tu|su|sus|tuo|tua|seu|sua|você)" + E
            + "|あなた|お客様", F);

    /**
     * @return true when the phrase at {@code [start, end)} is an update told as news: a verb of releasing before it (or after
     *         it in Japanese), in a clause that does not speak to the listener
     */
    static boolean news(String norm, int start, int end) {
        int[] b = Language.clauseBounds(norm, start, end);
        String before = norm.substring(Math.max(b[0], start - 80), start);
        boolean released = NEWS_BEFORE.matcher(before).find() || NEWS_AFTER.matcher(norm).region(end, b[1]).find();
        return released && !ADDRESSED.matcher(norm).region(b[0], b[1]).find();
    }

    /** A value read out after the data word: "is 4 7 2 9", "lautet 3-1-8", "est le 4 2", "は1234": given, not asked. */
    private static final Pattern GIVEN = Pattern.compile("^\\s*(?::|(?:is|ist|lautet|est|es|è|é|sind|are)(?:\\s+(?:now|jetzt|maintenant|ahora|ora|agora))?:?)\\s*"
            + "(?:[\\p{N}]|(?:zero|one|two|three|four|five|six|seven|eight|nine|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
            + "|zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|due|tre|quattro"
            + "|cinque|sei|sette|otto|nove|um|dois|três|quatro|sete|oito|nove)\\s+(?:[\\p{N}]|zero|one|two|three|four|five|six|seven|eight|nine"
            + "|null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|cero|uno|dos|tres|cuatro"
            + "|cinco|seis|siete|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove|um|dois|três|quatro|sete|oito)" + E + ")"
            + "|^\\s*(?:は|：|:)\\s*[\\p{N}０-９]", F);

    /** @return true when the data word ending at {@code end} is followed by its value: the skill reads it to the user */
    static boolean given(String norm, int end) {
        if (end >= norm.length()) {
            return false;
        }
        return GIVEN.matcher(norm.substring(end, Math.min(norm.length(), end + 60))).find();
    }

    /** A count before a word: "how many", a numeral, a number word, a slot ("{n} pins"). */
    private static final Pattern COUNT_BEFORE = Pattern.compile("(?:" + B + "(?:how many|wie viele|combien de|cuántos|cuántas|quanti|quante|quantos|quantas"
            + "|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|deux|trois|quatre|cinq|sept|huit|neuf|dix"
            + "|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|due|tre|quattro|cinque|sette|otto|nove|dieci|dois|três|sete|oito|dez|all|alle|tous|todos|tutti)"
            + "|[\\p{N}]|\\})\\s+(?:[\\p{L}]+\\s+)?$", F);

    /**
     * @return true when the (plural) word at {@code [start, end)} is counted: bowling pins, points, not a secret number. A
     *         secret described by four words or more ("the three digits on the back", "los tres numeritos que vienen
     *         atrás") is one thing whatever number comes before it: round 30, the adverb "atrás" had read as a plural
     */
    static boolean counted(String norm, int start, int end) {
        String word = norm.substring(start, end);
        if (word.chars().filter(ch -> ch == ' ').count() >= 3) {
            return false;
        }
        boolean plural = end < norm.length() && norm.charAt(end) == 's' || word.endsWith("s");
        return plural && COUNT_BEFORE.matcher(norm.substring(Math.max(0, start - 30), start)).find();
    }

    /** Weak secret words that are also countable things ("pins", "codes"). */
    private static final Pattern COUNTABLE = Pattern.compile("(?i)^(?:pins|codes|points|numbers)$");
    private static final Pattern NUMBER_TYPE = Pattern.compile("(?i)^(?:amazon\\.number|amazon\\.four_digit_number|@sys\\.number|number|integer)$");

    /**
     * A slot whose name is a secret word only by its letters: a plural of a countable word ("pins"), or a number slot the
     * samples use as a count of the thing it names ("I knocked down {pins} pins").
     */
    static boolean countedSlot(String slotName, String slotType, List<String> samples) {
        if (COUNTABLE.matcher(slotName).matches()) {
            return true;
        }
        if (slotType == null || !NUMBER_TYPE.matcher(slotType).matches()) {
            return false;
        }
        String ref = "{" + slotName + "}";
        String noun = slotName.toLowerCase(java.util.Locale.ROOT);
        for (String s : samples) {
            String t = s.toLowerCase(java.util.Locale.ROOT);
            int i = t.indexOf(ref.toLowerCase(java.util.Locale.ROOT));
            if (i >= 0 && t.startsWith(noun, i + ref.length() + 1) && t.startsWith("s", i + ref.length() + 1 + noun.length())) {
                return true; // "{pin} pins": the slot counts the thing
            }
        }
        return false;
    }

    /** A question word with the noun it asks about: "what state", "how many miles", "which month", "welche Farbe", "quel mois". */
    private static final Pattern WH_HEAD = Pattern.compile(B + "(?:what|which|how many|how much|how far|how long|welche|welcher|welches|welchen|welchem"
            + "|wie viele|wie weit|wie lange|quel|quelle|quels|quelles|combien de|qué|cuál|cuáles|cuántos|cuántas|cuánto|cuánta|che|quale|quali|quanti"
            + "|quante|quanto|quanta|qual|quais|quantos|quantas|quanto)\\s+([\\p{L}]+)", F);
    /** Words after a question word that do not name what is asked ("what is your …", "welche ist …", "quel est …"): the copula, auxiliaries, pronouns. */
    private static final java.util.Set<String> NOT_A_HEAD = java.util.Set.copyOf(List.of("is", "are", "was", "were", "do", "does", "did", "can", "could", "would",
            "will", "should", "shall", "may", "might", "kind", "sort", "type", "of", "about", "you", "your", "i", "we", "they", "it", "ist", "sind", "war",
            "hast", "hat", "haben", "kannst", "können", "möchtest", "du", "dein", "deine", "deinen", "ihr", "ihre", "ihren", "sie", "est", "sont", "était",
            "es", "son", "era", "è", "sono", "é", "são", "foi", "de", "del", "di", "da", "do", "tu", "tus", "su", "sus", "tuo", "tua", "seu", "sua",
            "votre", "ton", "ta", "vos", "te", "ti", "lo", "la", "le", "il", "el", "o", "a", "um", "uma", "un", "une", "una", "uno", "ein", "eine"));
    /** Imperatives and needs that ask whatever the question word asks about ("… and tell me your zip code"). */
    private static final Pattern IMPERATIVE = Pattern.compile(B + "(?:say|tell|give|read|spell|enter|provide|confirm|repeat|share|type|need|needs"
            + "|nenne|nennen|sag|sage|sagen|gib|geben|brauche|brauchen|dites|dis|donnez|donne|indiquez|besoin|dime|diga|dígame|dame|indica|necesito"
            + "|necesitamos|dimmi|dica|dammi|indicami|serve|servono|bisogno|fale|informe|preciso|precisamos)" + E + "|教えて|言って|ください", F);

    /**
     * @return true when the clause is a question about something else than the data it names, with no imperative: the
     *         data is a reference point ("how many miles from your zip code do you want to search?", "what state would you
     *         prefer your school's in?", "which month is your birthday in?"), not what the user is asked to say
     */
    static boolean askedAboutElse(String clause, String data) {
        String c = plainQuestion(clause, data);
        if (c == null) {
            return false;
        }
        int at = c.indexOf(data);
        Matcher m = WH_HEAD.matcher(c);
        if (at < 0 || !m.find() || m.start() > at) {
            return false; // no question word before the data: "your zip code?" asks for it
        }
        String head = m.group(1);
        return !NOT_A_HEAD.contains(head) && !data.contains(head) && m.end() <= at;
    }

    /** @return the clause stripped when it is a question without an imperative ("… and tell me your zip code?" asks), else null */
    private static String plainQuestion(String clause, String data) {
        if (clause == null || data == null) {
            return null;
        }
        String c = clause.strip();
        return !(c.endsWith("?") || c.endsWith("？")) || IMPERATIVE.matcher(c).find() ? null : c;
    }

    /** A destination before the data: a preposition of direction, an optional determiner or possessive, up to one more word. */
    private static final Pattern DESTINATION_BEFORE = Pattern.compile(B + "(?:to|into|onto|para|pra|pro|à|ao|aos|an|zu|zur|zum|nach|al|alla|all'|au|aux"
            + "|sur|auf)\\s+(?:(?:the|your|my|our|o|a|os|as|seu|sua|teu|tua|votre|vos|ta|ton|tes|deine|deinen|ihre|ihren|die|den|tu|su|la|el|il|l'"
            + "|tuo|tua|la tua|il tuo|la sua|il suo|le|mon|ma|meu|minha)\\s*)?(?:[\\p{L}-]+\\s+)?$", F);
    /** A question word before the data: the question asks for a value, not yes or no ("und auf welche Schule gehst du?"). */
    private static final Pattern WH_OPEN = Pattern.compile(B + "(?:what|what's|which|where|who|wie|welche\\p{L}*|wo|wohin|quel\\p{L}*|où"
            // "que" and "che" also join clauses ("quer que eu envie …"): only the accented "qué" counts
            + "|qual|quale|quali|quais|cuál|cuáles|dónde|adónde|onde|dove|qué|a qué|à quelle)" + E, F);

    /**
     * Round 15: a yes-or-no question whose data is where something goes ("Shall I send the recipe to your email address?",
     * "Quer repetir seu último pedido para o endereço do seu dispositivo?", "Soll ich es an deine Adresse liefern?"): the
     * answer is yes or no, the data is one the skill already holds (a permission or the account), not asked to be said.
     * Not when a question word stands before the data ("which address should we send it to?", "auf welche Schule gehst
     * du?") or the clause holds an imperative.
     */
    /** Round 37: true when a question word stands in {@code before} (the text before some data in its clause). */
    static boolean questionWordBefore(String before) {
        return WH_OPEN.matcher(before).find();
    }

    static boolean destination(String clause, String data) {
        String c = plainQuestion(clause, data);
        int at = c == null ? -1 : c.indexOf(data);
        return at > 0 && DESTINATION_BEFORE.matcher(c.substring(0, at)).find() && !WH_OPEN.matcher(c.substring(0, at + data.length())).find();
    }

    /** Only a coarse part of a birth date is asked: the month (or the season) alone. */
    private static final Pattern PART_OF_DATE = Pattern.compile(B + "(?:which month|what month|in welchem monat|welcher monat|quel mois|en quel mois|qué mes"
            + "|que mes|en qué mes|che mese|quale mese|in che mese|que mês|qual mês|em que mês|which season|what season)" + E + "|何月", F);
    private static final Pattern BIRTH = Pattern.compile("birth|geburt|naissance|anniversaire|nacimiento|cumpleaños|nascita|compleanno|aniversário|誕生");

    /** @return true when the data words name a birthday or birth date */
    static boolean birth(String data) {
        return data != null && BIRTH.matcher(data).find();
    }

    /** @return the clause of {@code norm} (between sentence ends) that holds {@code phrase}, or {@code norm} when it does not */
    static String clauseOf(String norm, String phrase) {
        int at = norm.indexOf(phrase);
        if (at < 0) {
            return norm;
        }
        int from = at;
        while (from > 0 && ".!?;。！？".indexOf(norm.charAt(from - 1)) < 0) {
            from--;
        }
        int to = at + phrase.length();
        while (to < norm.length() && ".!?;。！？".indexOf(norm.charAt(to)) < 0) {
            to++;
        }
        return norm.substring(from, Math.min(norm.length(), to + 1));
    }

    /** @return true when the clause asks only for the month of a birthday ("which month is your birthday in?") */
    static boolean partialDate(String clause, String data) {
        return clause != null && data != null && BIRTH.matcher(data).find() && PART_OF_DATE.matcher(clause).find();
    }

    /** A birthday stated with a preposition: a month or season, not a date ("my birthday is in june", "ist im Mai"). */
    private static final Pattern STATED_PART = Pattern.compile("^\\s*(?:in|im|en|a|em|no|na|nel|nella|au|at the)" + E, F);

    /** @return true when the statement ending at {@code end} goes on with a preposition ("my birthday is in {month}") */
    static boolean statedPart(String text, int end) {
        return end <= text.length() && STATED_PART.matcher(text).region(end, text.length()).find();
    }

    /** "Need not" with the negation after the word: German modal + nicht, Japanese なくていい/なくても/必要はない. */
    private static final Pattern NEED_NOT_AFTER = Pattern.compile(B + "(?:musst|müssen|brauchst|brauchen)" + E + "[^.!?;]{0,40}?" + B + "(?:nicht|nie)" + E
            + "|なくて(?:いい|も|大丈夫|平気)|なくても|必要は(?:ない|ありません)|いらない|いりません|不要"
            // round 23b (inventory of reassurances): the word, then that it is not needed, in the seven languages ("your PIN is
            // not needed", "isn't required", "brauche ich nicht", "wird nicht benötigt", "n'est pas nécessaire", "no hace falta",
            // "non serve", "não é necessária", 要りません), and that it is the listener's alone ("ne regarde que vous")
            + "|" + B + "(?:is not|are not|isn't|aren't|is never|are never|not|never) (?:needed|required|necessary|asked for|requested)" + E
            + "|" + B + "(?:brauche|braucht|benötige|benötigen|benötigt)" + E + "[^.!?;,]{0,30}?" + B + "(?:nicht|nie|niemand)" + E
            + "|" + B + "(?:nicht|nie) (?:benötigt|gebraucht|nötig|notwendig|erforderlich)" + E
            + "|" + B + "n'(?:est|sont|sera|seront) (?:pas|jamais) (?:nécessaires?|demandée?s?|requise?s?|utiles?)" + E + "|" + B + "ne regarde(?:nt)? que (?:vous|toi)" + E
            + "|" + B + "no (?:es|son|será|serán) necesari[oa]s?" + E + "|" + B + "no hace(?:n)? falta" + E + "|" + B + "no se (?:necesita|necesitan|pide|piden)" + E
            + "|" + B + "non (?:è|sono|sarà|saranno) necessari[oaie]" + E + "|" + B + "non serv(?:e|ono)" + E + "|" + B + "riguarda solo te" + E
            + "|" + B + "não (?:é|são|será|serão) necessári[oa]s?" + E + "|" + B + "não precisa" + E + "|" + B + "não (?:é|são) pedid[oa]s?" + E
            + "|要りません|要らない", F);

    /** @return true when the rest of the clause after the word says the user need not say it */
    static boolean notNeeded(String restOfClause) {
        return restOfClause != null && notNeeded(restOfClause, 0, restOfClause.length());
    }

    private static final String[] NEED_NOT_ANCHORS = {"nicht", "nie", "なく", "必要", "いら", "不要", "not", "n't", "n'", "ne regarde", "no ", "non ",
        "não ", "要ら", "要り"};

    /** Round 23b: the answer a skill gives its own question about a secret ("Your card number? Not needed here."). */
    private static final Pattern NOT_NEEDED_ANSWER = Pattern.compile("^[?？]\\s*(?:(?:no|nope|nein|non|não|いいえ)[,.!]?\\s+)?(?:(?:it's|it is|that's|es|c'est|è|é) )?"
            + "(?:not needed|not required|unnecessary|no need|brauchen wir nicht|brauche ich nicht|nicht nötig|unnötig|inutile|pas besoin|pas nécessaire"
            + "|no hace falta|no es necesario|no se necesita|innecesario|non serve|non è necessario|inutile|não precisa|não é necessário|desnecessário"
            + "|いりません|要りません|不要です|必要ありません)" + E, F);

    /** @return true when the clause ending at {@code to} (its mark) is a question the next words answer "not needed" */
    static boolean answeredNotNeeded(String norm, int to) {
        if (to >= norm.length() || norm.charAt(to) != '?' && norm.charAt(to) != '？') {
            return false;
        }
        return NOT_NEEDED_ANSWER.matcher(norm).region(to, norm.length()).lookingAt();
    }

    /** @return {@link #notNeeded(String)} for {@code norm[from, to)}, without copying it (called for every negation test) */
    static boolean notNeeded(String norm, int from, int to) {
        for (String a : NEED_NOT_ANCHORS) {
            if (Language.contains(norm, a, from, to)) {
                return NEED_NOT_AFTER.matcher(norm).region(from, to).find();
            }
        }
        return false;
    }

    /**
     * An invitation to talk about anything (round 10b): an imperative to tell something, go on or keep talking, or "I'm
     * listening", with no subject of the skill's own ("tell me something", "erzähl mir etwas", "raconte-moi tout",
     * "cuéntame algo", "raccontami qualcosa", "continua pure", "me conta mais", "何か話して").
     */
    private static final Pattern FREE_TALK = Pattern.compile(B + "(?:tell me (?:something|anything|more|everything|what's on your mind|about your day)"
            + "|keep talking|go on talking|talk to me|say anything|i'm listening|i am listening"
            + "|erzähle? (?:mir )?(?:etwas|was|mehr|weiter|alles)|sprich weiter|rede weiter|ich höre (?:dir )?zu"
            + "|raconte-moi|racontez-moi|continue(?:z)? à parler|parle-moi|parlez-moi|je t'écoute|je vous écoute"
            + "|cuéntame|cuentame|sigue hablando|háblame|te escucho|raccontami|continua pure|continua a parlare|parlami|ti ascolto"
            + "|me conta|me conte|conte-me|continue falando|pode continuar|fala comigo|estou te ouvindo|estou ouvindo)" + E
            + "|何か話して|話を聞かせて|続けて話して|聞いてるよ|聞いています", F);

    /** @return true when the speech or reprompt invites the user to talk about anything */
    static boolean freeTalk(String speechNorm, String repromptNorm) {
        return speechNorm != null && FREE_TALK.matcher(speechNorm).find() || repromptNorm != null && FREE_TALK.matcher(repromptNorm).find();
    }

    /** Calling, texting, reaching: what makes a bare "number" a phone number. */
    private static final Pattern CONTACT = Pattern.compile(B + "(?:call|calls|text|texts|sms|reach|phone|mobile|cell|whatsapp|ring|anrufen|rufen|erreichen"
            + "|appeler|joindre|llamar|contactar|chiamare|contattare|ligar|contatar|mensagem)" + E + "|電話|連絡", F);
    private static final Pattern BARE_NUMBER = Pattern.compile("(?:your|ihre|deine|votre|ton|tu|su|tuo|seu|sua) (?:number|nummer|numéro|número|numero)$", F);

    /** @return true when the personal datum is a bare "your number" and nothing in the speech is about calling or texting */
    static boolean bareNumber(String data, String speech) {
        return data != null && BARE_NUMBER.matcher(data).find() && !CONTACT.matcher(speech == null ? "" : speech).find();
    }
}
