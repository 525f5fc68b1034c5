package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Round 23 (scan speed): the literals read from a regular expression are needed by every match ({@link Literals}), and
 * a pattern run alternative by alternative behind them ({@link Alternation}) finds the same matches in the same order as
 * the whole pattern.
 */
class AlternationTest {
    /** Every pattern the scan runs by alternative: Lexicon's splits and Requests' two. */
    private static final Map<String, Pattern> SPLIT = splitPatterns();

    private static Map<String, Pattern> splitPatterns() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        for (var f : Lexicon.class.getDeclaredFields()) {
            if (f.getType() == Pattern.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                try {
                    f.setAccessible(true);
                    Pattern p = (Pattern) f.get(null);
                    if (Lexicon.splits().containsKey(p)) {
                        out.put(f.getName(), p);
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        out.put("SECRET", Requests.SECRET);
        out.put("PERSONAL", Requests.PERSONAL);
        out.put("GAME_PURPOSE", Rules.GAME_PURPOSE);
        if (out.size() != Lexicon.splits().size() + 3) {
            throw new IllegalStateException("a split pattern without a field: " + out.keySet());
        }
        return out;
    }

    @Test
    void givenSmallExpressions_whenRead_thenTheNeededLiteralsAreThese() {
        assertEquals(Set.of("abc"), Literals.needed("abc"));
        assertEquals(Set.of("ac", "abc"), Literals.needed("ab?c"));
        assertEquals(Set.of("xz", "yz"), Literals.needed("(?:x|y)z"));
        assertEquals(Set.of("foo"), Literals.needed("\\bfoo\\b"));
        assertEquals(Set.of("pin"), Literals.needed("(?<=your\\s)pin(?![\\p{L}])"));
        assertEquals(Set.of("ab"), Literals.needed("(?:ab)+"));
        assertEquals(Set.of("word"), Literals.needed("a\\s+word"), "the longer side of a gap");
        assertEquals(Set.of("x", "yy"), Literals.needed("x|yy"));
        assertEquals(Set.of("a.b"), Literals.needed("a\\.b"));
        assertEquals(Set.of("what's your", "what is your"), Literals.needed("\\bwhat(?:'s| is) your\\b"));
        assertNull(Literals.needed("[abc]"), "a class needs no literal");
        assertNull(Literals.needed("a{0,3}"));
        assertNull(Literals.needed("x|[yz]"), "one alternative needs nothing: the whole needs nothing");
        assertNull(Literals.needed("(?i)abc"), "inline flags are not read");
        assertNull(Literals.needed("\\x41"), "hex escapes are not read");
        assertNull(Literals.needed("(a)\\1"), "back-references are not read");
        assertNull(Literals.needed("(?:|a)"));
        assertNull(Literals.needed("(abc"), "a broken expression needs nothing known");
    }

    @Test
    void givenRandomTextBuiltFromAnExpressionsOwnWords_whenItMatches_thenTheMatchHoldsANeededLiteral() {
        Random r = new Random(23);
        int matches = 0;
        for (Pattern p : SPLIT.values()) {
            for (String alt : Anchors.alternatives(p.pattern())) {
                Set<String> needed = Literals.needed(alt);
                if (needed == null) {
                    continue;
                }
                Pattern one = Pattern.compile(alt, p.flags());
                String[] words = alt.replaceAll("\\\\[pP]\\{\\w+\\}|\\\\.|[\\[\\](){}?*+|^$]", " ").split("\\s+");
                for (int n = 0; n < 60; n++) {
                    StringBuilder sb = new StringBuilder();
                    for (int w = 0, k = 2 + r.nextInt(8); w < k; w++) {
                        sb.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? "? " : " ");
                    }
                    Matcher m = one.matcher(sb.toString());
                    while (m.find()) {
                        matches++;
                        String g = m.group();
                        assertTrue(needed.stream().anyMatch(g::contains), "match without a needed literal: " + g + " of " + alt + " needs " + needed);
                    }
                }
            }
        }
        assertTrue(matches > 100, "too few random matches to say anything: " + matches);
    }

    @Test
    void givenEveryLineOfTheTestPackagesAndTheCorpus_whenScannedByAlternative_thenTheMatchesAreTheWholePatterns() throws IOException {
        Map<Pattern, Alternation> split = new java.util.IdentityHashMap<>();
        SPLIT.values().forEach(p -> split.put(p, new Alternation(p)));
        int[] matches = {0};
        // every pattern runs twice per line: the first 50,000 chars of each file
        int lines = TestSupport.forEachPackageLine(50_000, (f, line) -> {
            String norm = Text.norm(line);
            for (var e : SPLIT.entrySet()) {
                List<String> whole = new ArrayList<>();
                Matcher m = e.getValue().matcher(norm);
                while (m.find()) {
                    whole.add(m.start() + "-" + m.end());
                }
                List<String> parts = new ArrayList<>();
                Alternation.Scan s = split.get(e.getValue()).scan(norm);
                while (s.find()) {
                    parts.add(s.start() + "-" + s.end());
                }
                matches[0] += whole.size();
                assertEquals(whole, parts, e.getKey() + " by alternative differs in " + f + ": " + line);
            }
        });
        assertTrue(lines > 1_000 && matches[0] > 50, "too little text checked: " + lines + " lines, " + matches[0] + " matches");
    }

    @Test
    void givenTheSplitPatterns_whenBuilt_thenEveryAlternativeHasLiterals() {
        for (var e : SPLIT.entrySet()) {
            Alternation a = new Alternation(e.getValue());
            List<Set<String>> anchors = a.anchorsByPart();
            for (int i = 0; i < anchors.size(); i++) {
                assertNotNull(anchors.get(i), e.getKey() + " alternative without literals (always run): " + a.parts()[i]);
            }
            assertEquals(0L, a.candidates("sunny"),
                    e.getKey() + " runs on a text that holds none of its words");
        }
    }

    @Test
    void givenOverlappingAlternatives_whenScanned_thenTheEarlierWinsAtOnePositionAndTheLeftmostFirst() {
        Pattern p = Pattern.compile("\\bpin code\\b|\\bpin\\b|\\bcode\\b|zz", Pattern.UNICODE_CHARACTER_CLASS);
        String text = "your pin code, then the code, then a pin";
        List<String> whole = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            whole.add(m.group() + "@" + m.start());
        }
        List<String> parts = new ArrayList<>();
        Alternation.Scan s = new Alternation(p).scan(text);
        while (s.find()) {
            parts.add(s.group() + "@" + s.start());
        }
        assertEquals(List.of("pin code@5", "code@24", "pin@37"), whole);
        assertEquals(whole, parts);
    }
}
