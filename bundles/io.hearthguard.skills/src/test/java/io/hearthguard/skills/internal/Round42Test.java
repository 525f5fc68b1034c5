package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Round 42 (scan speed): the hand-written checks that replaced regular expressions decide as those expressions did.
 */
class Round42Test {
    /** What round 35 to 41 used: a split by a regular expression, then one expression per word. */
    private static final Pattern OPEN_SYLLABLE = Pattern.compile("[b-df-hj-np-tv-zç]{0,3}[aeiouyáéíóúàèìòùâêîôûãõäöü]{1,2}");

    private static boolean byExpression(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.indexOf('{') >= 0 || t.length() > 40) {
            return false;
        }
        String[] words = t.strip().split("[\\s,.!?-]+");
        boolean all = words.length > 0 && !words[0].isEmpty();
        for (String w : words) {
            all &= w.length() <= 4 && OPEN_SYLLABLE.matcher(w).matches();
        }
        return all;
    }

    @Test
    void syllableWordsDecideAsTheExpressionsDid() {
        // letters of both kinds ("y" is both), accents, upper case, separators, other chars, a slot's brace
        String alphabet = "aeiouybcdkltszçhwxqnmpráéüöãÀÉ  ,.-!?\t\n{}'1x";
        Random r = new Random(42);
        int accepted = 0;
        for (int i = 0; i < 400_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(14);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString();
            boolean expected = byExpression(t);
            accepted += expected ? 1 : 0;
            assertEquals(expected, Rules.syllableWords(t), () -> "\"" + t + "\"");
        }
        assertTrue(accepted > 1_000, "the generator reaches accepted samples too: " + accepted);
        for (String t : new String[] {"ka lo", "mi ra to", "tchu tchu", "bou ba", "lá lá", "yo", "y", "ky", "pa-pi, po!", "  za  ", "",
                " ", ",ka", "kaa", "kaaa", "strä", "ka lo mi ra to ka lo mi ra to ka lo mi ra to", "stop", "{x} ka"}) {
            assertEquals(byExpression(t), Rules.syllableWords(t), t);
        }
        assertTrue(Rules.syllableWords("Ka Lo"));
        assertFalse(Rules.syllableWords("ka lo {name}"));
    }

    @Test
    void purposePatternsRunByAlternativeFindWhatTheWholePatternsFind() throws java.io.IOException {
        var splits = Rules.purposeSplits();
        assertTrue(splits.size() >= 6, "the purposes: " + splits.size());
        for (var a : splits.values()) {
            for (int i = 0; i < a.anchorsByPart().size(); i++) {
                assertTrue(a.anchorsByPart().get(i) != null, "a purpose alternative without literals (always run): " + a.parts()[i]);
            }
        }
        // and the code words and secret uses, run by alternative where the scan only asks whether they occur
        java.util.Map<Pattern, Alternation> more = new java.util.LinkedHashMap<>();
        more.put(CodeByChannel.CODE, new Alternation(CodeByChannel.CODE));
        more.put(Requests.SECRET_USE, new Alternation(Requests.SECRET_USE));
        int[] found = {0, 0};
        int lines = TestSupport.forEachPackageLine(50_000, (f, line) -> {
            for (var e : splits.entrySet()) {
                boolean whole = e.getKey().matcher(line).find();
                found[whole ? 0 : 1]++;
                assertEquals(whole, Rules.purposeIn(e.getKey(), line), () -> e.getKey().pattern().substring(0, 40) + " differs in " + f + ": " + line);
            }
            String norm = Text.norm(line);
            for (var e : more.entrySet()) {
                boolean whole = e.getKey().matcher(norm).find();
                assertEquals(whole, e.getValue().find(norm), () -> e.getKey().pattern().substring(0, 30) + " differs in " + f + ": " + norm);
                if (whole) {
                    assertTrue(e.getValue().candidates(norm) != 0, norm);
                }
            }
        });
        assertTrue(lines > 1_000 && found[0] > 100 && found[1] > 100, lines + " lines, found " + found[0] + ", not " + found[1]);
        // the case of a word does not matter (ASCII case, as the whole pattern's), nor where a short word must start
        for (var p : splits.keySet()) {
            for (String t : new String[] {"NEAR you", "Your SHOPPING List", "Buchung", "the WEATHER", "business", "vocabulary", "ÉTÉ", "Météo",
                    "MÉTÉO", "send ME a TEXT", "Personalise", "PERSONAL", "天気", "ORT ", "Ort\n"}) {
                assertEquals(p.matcher(t).find(), Rules.purposeIn(p, t), t);
            }
        }
    }

    /** Round 35 to 41's word check: a builder, seven replaced copies, a region compare per unit. */
    private static boolean nonsenseWordByCopies(String w) {
        if (w.length() < 5) {
            return false;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char ch = Character.toLowerCase(w.charAt(i));
            if (ch < 'a' || ch > 'z') {
                return false;
            }
            b.append(ch);
        }
        String t = b.toString();
        for (int unit = 2; unit <= 3; unit++) {
            if (t.length() >= unit * 3 && t.length() % unit == 0) {
                boolean all = true;
                for (int at = unit; at < t.length() && all; at += unit) {
                    all = t.regionMatches(at, t, 0, unit);
                }
                if (all) {
                    return true;
                }
            }
        }
        t = t.replace("sch", "S").replace("ch", "C").replace("th", "T").replace("ph", "F").replace("sh", "S").replace("ck", "K").replace("ng", "N");
        int run = 0;
        int longest = 0;
        int vowels = 0;
        int same = 1;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            boolean v = "aeiouy".indexOf(ch) >= 0;
            vowels += v ? 1 : 0;
            run = v ? 0 : run + 1;
            longest = Math.max(longest, run);
            same = i > 0 && t.charAt(i - 1) == ch ? same + 1 : 1;
            if (same >= 4) {
                return true;
            }
        }
        return vowels == 0 || longest >= 5 || (t.length() >= 8 && vowels * 6 < t.length());
    }

    @Test
    void nonsenseWordsAreJudgedAsBefore() throws java.io.IOException {
        // letters weighted towards the digraphs' (s c h t p k n g) and a few vowels, so that every digraph and overlap occurs
        String alphabet = "schtpkngschtpkngaeiouyrlmbwzqxSCHÄé-";
        Random r = new Random(7);
        int nonsense = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(13);
            for (int j = 0; j < n; j++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String w = b.toString();
            boolean expected = nonsenseWordByCopies(w);
            nonsense += expected ? 1 : 0;
            assertEquals(expected, Rules.nonsenseWord(w), w);
            String inText = "xx " + w + " yy";
            assertEquals(expected, Rules.nonsenseWord(inText, 3, 3 + w.length()), inText);
        }
        assertTrue(nonsense > 10_000 && nonsense < 290_000, "both answers occur: " + nonsense);
        for (String w : new String[] {"schnitzel", "strengths", "lalala", "blablabla", "zubzubzub", "qwrtzp", "xkcdxkcd", "tschüss", "rhythm",
                "schschsch", "knickknack", "nghngh", "Schtroumpf"}) {
            assertEquals(nonsenseWordByCopies(w), Rules.nonsenseWord(w), w);
        }
        int[] words = {0};
        TestSupport.forEachPackageLine(50_000, (f, line) -> {
            for (String w : line.split("[^\\p{L}]+")) {
                if (w.length() >= 5) {
                    words[0]++;
                    assertEquals(nonsenseWordByCopies(w), Rules.nonsenseWord(w), () -> w + " in " + f);
                }
            }
        });
        assertTrue(words[0] > 10_000, "words of the packages: " + words[0]);
    }

    @Test
    void soundFiguresAreJudgedAsBefore() {
        // reduplicated: equal, or differing only in vowels (a "V" counts as a vowel, as the replaced copies made it)
        String alphabet = "aeiouybdgklmpVx";
        Random r = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            String a = random(r, alphabet, 1 + r.nextInt(5));
            String b = r.nextBoolean() ? random(r, alphabet, a.length()) : a.replace('a', 'o');
            boolean expected = a.length() <= 4 && b.length() <= 4 && a.length() >= 2 && a.length() == b.length()
                    && a.replaceAll("[aeiouy]", "V").equals(b.replaceAll("[aeiouy]", "V"));
            assertEquals(expected, Rules.reduplicated(a, b), a + "/" + b);
        }
        for (String w : new String[] {"tralalá", "ñam", "pim", "café", "naïve", "bla"}) {
            assertEquals(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", ""), Rules.plain(w), w);
        }
        assertTrue(Rules.soundCarrier(java.util.List.of("pim", "pam")));
        assertTrue(Rules.soundCarrier(java.util.List.of("tralalá")));
        assertFalse(Rules.soundCarrier(java.util.List.of("play", "music")));
    }

    private static String random(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < n; j++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Rounds 30 to 41's accent restoring: a substring and a map lookup per word of 4 to 14 letters. */
    private static String restoreBySubstrings(String t, java.util.Map<String, String> unaccented) {
        StringBuilder b = null;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && t.charAt(j) >= 'a' && t.charAt(j) <= 'z') {
                j++;
            }
            boolean whole = (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && (j == n || !Character.isLetterOrDigit(t.charAt(j)));
            String to = whole && j - i >= 4 && j - i <= 14 ? unaccented.get(t.substring(i, j)) : null;
            if (to != null) {
                if (b == null) {
                    b = new StringBuilder(t.length() + 8).append(t, 0, i);
                }
                b.append(to);
            } else if (b != null) {
                b.append(t, i, j);
            }
            int k = j;
            while (k < n && (t.charAt(k) < 'a' || t.charAt(k) > 'z')) {
                k++;
            }
            if (b != null) {
                b.append(t, j, k);
            }
            i = k;
        }
        return b == null ? t : b.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void accentsAreRestoredAsBefore() throws Exception {
        var f = Text.class.getDeclaredField("UNACCENTED");
        f.setAccessible(true);
        java.util.Map<String, String> unaccented = (java.util.Map<String, String>) f.get(null);
        assertEquals("léeme los dieciséis números", Text.restoreAccents("leeme los dieciseis numeros"));
        for (String t : new String[] {"numero", "numerosa", "xnumeros", "2numeros", "numeros2", "é numeros", "recu", "reçu recu", "", "a"}) {
            assertEquals(restoreBySubstrings(t, unaccented), Text.restoreAccents(t), t);
        }
        int[] restored = {0};
        TestSupport.forEachPackageLine(50_000, (file, line) -> {
            String t = line.toLowerCase(Locale.ROOT);
            String expected = restoreBySubstrings(t, unaccented);
            restored[0] += expected.equals(t) ? 0 : 1;
            assertEquals(expected, Text.restoreAccents(t), () -> file + ": " + t);
        });
        assertTrue(restored[0] > 0, "some lines of the packages have unaccented words");
    }
}
