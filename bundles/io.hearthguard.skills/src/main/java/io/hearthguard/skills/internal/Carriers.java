package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the words around a free-form slot ("the carrier") name a purpose or only fill the sentence, in every language
 * the analyser reads. A carrier is filler when, once split into the units each language writes together, every unit
 * belongs to a closed class that no purpose is made of: hesitations and discourse markers ({@link Rules#genericWord}),
 * articles, personal pronouns, politeness, "say/tell" and attention verbs, and in Japanese the particles and polite
 * endings that close any sentence ("{x}です", "えっとね{x}", "あのさ{x}って"). Romance imperatives carry their pronoun
 * as a clitic ("dimmi", "dime", "dis-moi", "dígame"), elided articles and pronouns an apostrophe ("l'", "c'"): both are
 * split off before the test. A carrier with any other word ("add {x} to my list", "{x}を追加して", "cherche {x}") has a
 * purpose. Closed word classes only: no case's wording is listed.
 */
final class Carriers {
    private Carriers() {
    }

    /**
     * Closed classes beyond {@link Rules#genericWord} (which holds the fillers and sounds): articles, personal pronouns,
     * politeness, verbs of saying and attention, copulas — de, en, es, fr, it, pt (accents removed, see {@link Rules#plain}).
     */
    private static final Set<String> CLOSED = Set.copyOf(List.of(
            // articles and contractions of article and preposition-free forms
            "un", "une", "des", "du", "uno", "una", "unos", "unas", "las", "gli", "os", "as", "um", "uma", "umas", "uns",
            "ein", "eine", "einen", "einem", "den", "dem", "des",
            // personal pronouns (subject, object, stressed)
            "ich", "mich", "mir", "uns", "je", "j", "moi", "toi", "nous", "vous", "yo", "tu", "te", "nos", "io", "mi", "ti", "ci",
            "eu", "mim", "voce", "vc", "you", "us", "him", "her", "them", "es", "m", "t", "l", "d", "c", "s", "n", "qu",
            // politeness
            "bitte", "danke", "please", "pls", "thanks", "thank", "plait", "merci", "por", "favor", "gracias", "per", "favore",
            "grazie", "obrigado", "obrigada", "kindly",
            // verbs of saying and attention, and the copula (what "say the word", "hör mal", "écoute", "senti" already are)
            "sag", "sage", "sagt", "dis", "dites", "di", "diga", "decir", "dire", "dica", "diz", "fala", "falo", "digo", "dico",
            "ecoute", "ecoutez", "escucha", "escuche", "ascolta", "ascolti", "escuta", "hor", "mira", "olha", "is", "ist", "est", "e", "sono", "son", "sou", "c'est"));

    /** Longest carrier (in words) that can be filler; longer ones say something. */
    private static final int MAX_WORDS = 6;

    /** Clitic pronouns Romance imperatives take at their end ("dimmi", "dime", "dígame", "dis-moi" once split). */
    private static final String[] CLITICS = {"melo", "mela", "moi", "toi", "nos", "me", "mi", "te", "ti", "ci", "lo", "la", "le"};

    /**
     * Japanese units written together with the slot: particles, sentence-final particles, the copula and polite endings,
     * verbs of saying, long marks and punctuation. A carrier made only of these and the fillers of {@link Rules#genericWord}
     * fills the sentence.
     */
    private static final Set<String> JA_UNITS = Set.copyOf(List.of("は", "が", "を", "に", "で", "と", "も", "の", "へ", "ね", "よ", "さ", "な",
            "か", "わ", "ぞ", "ぜ", "って", "て", "っ", "ー", "〜", "、", "。", "！", "？", "…", "です", "ます", "でした", "だ", "だよ", "だね",
            "ですね", "ですよ", "でございます", "じゃん", "けど", "けどさ", "から", "ください", "下さい", "お願い", "おねがい", "お願いします",
            "よろしく", "言って", "いって", "言う", "いう", "ほら", "ねえ", "ねぇ", "あのう", "あのー", "えっと", "ええと", "えーと", "あの", "まあ",
            "なんか", "ていうか", "てか", "それで", "でも", "うん", "ええ", "そう", "あのさ", "じゃあ", "あと", "えー", "あー", "うーん", "んー", "その"));
    /** Longest unit of {@link #JA_UNITS}, for the segmentation. */
    private static final int JA_LONGEST = JA_UNITS.stream().mapToInt(String::length).max().orElse(1);

    /**
     * @param carrier the words of a sample around its slot (lower case, as {@link Rules} splits them)
     * @return true when every word is filler in its language once clitics and elisions are split off and Japanese is
     *         segmented into particles and endings; false for an empty carrier
     */
    static boolean filler(List<String> carrier) {
        if (carrier.isEmpty() || carrier.size() > MAX_WORDS) {
            return false; // fillers are short: "allora dimmi", "えっとね", "also bitte"
        }
        if (Rules.soundCarrier(carrier)) {
            return true;
        }
        List<String> units = new ArrayList<>(carrier.size() + 2);
        for (String w : carrier) {
            if (!split(w, units)) {
                return false;
            }
        }
        List<String> rest = new ArrayList<>(units.size());
        for (String u : units) {
            if (!CLOSED.contains(u)) {
                rest.add(u);
            }
        }
        return rest.isEmpty() || Rules.soundCarrier(rest);
    }

    /**
     * Splits one word into its units and adds them; @return false when a Japanese word holds something that is not a
     * particle, ending or filler (the carrier then has a purpose)
     */
    private static boolean split(String word, List<String> units) {
        String w = word.toLowerCase(Locale.ROOT);
        if (japanese(w)) {
            return segmentJapanese(w);
        }
        if (CLOSED.contains(w) || Rules.genericWord(w)) {
            units.add(w);
            return true;
        }
        if (!ascii(w)) {
            w = Rules.plain(w); // accents off only where there are any: most carriers are ASCII
        }
        int apo = w.indexOf('\'');
        if (apo > 0 && apo < w.length() - 1) {
            // elision: "l'", "c'", "qu'", "dell'" + the word ("c'est" stays a unit of its own)
            if (CLOSED.contains(w) || Rules.genericWord(w)) {
                units.add(w);
                return true;
            }
            units.add(w.substring(0, apo));
            w = w.substring(apo + 1);
        } else if (apo > 0) {
            w = w.substring(0, apo);
        }
        if (CLOSED.contains(w) || Rules.genericWord(w)) {
            units.add(w);
            return true;
        }
        for (String c : CLITICS) {
            if (w.length() > c.length() + 1 && w.endsWith(c)) {
                String stem = w.substring(0, w.length() - c.length());
                // Italian doubles the clitic's consonant after a one-syllable imperative: "di" + "mmi"
                String undoubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == c.charAt(0) ? stem.substring(0, stem.length() - 1) : stem;
                if (CLOSED.contains(stem) || CLOSED.contains(undoubled)) {
                    units.add(CLOSED.contains(stem) ? stem : undoubled);
                    units.add(c);
                    return true;
                }
            }
        }
        units.add(w);
        return true;
    }

    private static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean japanese(String w) {
        if (ascii(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(w.charAt(i));
            if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when a Japanese word is covered by units of {@link #JA_UNITS} and the Japanese fillers (dynamic programming over at most
     * 64 characters: longer carriers are not filler).
     */
    private static boolean segmentJapanese(String w) {
        int n = w.length();
        if (n > 64) {
            return false;
        }
        int[] from = new int[n + 1];
        java.util.Arrays.fill(from, -1);
        from[0] = 0;
        for (int i = 0; i < n; i++) {
            if (from[i] < 0) {
                continue;
            }
            for (int len = 1; len <= JA_LONGEST && i + len <= n; len++) {
                String u = w.substring(i, i + len);
                if (from[i + len] < 0 && (JA_UNITS.contains(u) || Rules.genericWord(u))) {
                    from[i + len] = i;
                }
            }
        }
        return from[n] >= 0; // every unit is closed-class: nothing to add to the carrier's words
    }
}
