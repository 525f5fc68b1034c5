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
        int[] found = {0, 0};
        int lines = TestSupport.forEachPackageLine(50_000, (f, line) -> {
            for (var e : splits.entrySet()) {
                boolean whole = e.getKey().matcher(line).find();
                found[whole ? 0 : 1]++;
                assertEquals(whole, Rules.purposeIn(e.getKey(), line), () -> e.getKey().pattern().substring(0, 40) + " differs in " + f + ": " + line);
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
}
