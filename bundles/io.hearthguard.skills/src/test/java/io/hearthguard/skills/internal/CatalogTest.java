package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Confusable-name lookup: paraphrases, homophones, near spellings; indexed, fast. */
class CatalogTest {
    private static Catalog of(String... names) {
        Catalog c = new Catalog();
        for (String n : names) {
            c.add(n);
        }
        return c;
    }

    @Test
    void paraphraseFormsMatchTheirKnownName() {
        Catalog c = of("capital one", "sleep sounds", "daily horoscope");
        for (String q : new String[] {"capital one please", "the capital one app", "my sleep sounds", "open daily horoscope skill"}) {
            Catalog.Match m = c.lookup(q);
            assertNotNull(m, q);
            assertEquals(Catalog.Kind.PARAPHRASE, m.kind(), q);
        }
    }

    @Test
    void homophonesMatchByDoubleMetaphone() {
        Catalog c = of("capital one", "cat facts", "sleep sounds");
        Catalog.Match m = c.lookup("capital won");
        assertEquals("capital one", m.known());
        assertEquals(Catalog.Kind.HOMOPHONE, m.kind());
        assertEquals("cat facts", c.lookup("kat facts").known());
        assertEquals("sleep sounds", c.lookup("sleep sound").known());
    }

    @Test
    void nearSpellingsMatchWithinOneOrTwoEdits() {
        Catalog c = of("meditation timer");
        Catalog.Match m = c.lookup("meditation tiger");
        assertNotNull(m);
        assertTrue(m.distance() <= 2, m.toString());
    }

    @Test
    void identicalUnrelatedAndTooShortNamesAreNotMatches() {
        Catalog c = of("capital one", "sleep sounds", "dog");
        assertNull(c.lookup("capital one"), "the skill itself is not a squatter");
        assertNull(c.lookup("weather forecast"));
        assertNull(c.lookup("dig"));
    }

    /** 100,000 names with {@code -Dhearthguard.bench=true}; 20,000 in the everyday suite (the machine is shared). */
    @Test
    void lookupP99IsUnderFiveMillisecondsAgainstALargeCatalog() {
        int size = Boolean.getBoolean("hearthguard.bench") ? 100_000 : 20_000;
        Random rnd = new Random(42);
        String[] syll = {"ka", "lo", "mi", "ter", "san", "vo", "rex", "bel", "dor", "fi", "gun", "ha", "jel", "qui", "ston", "wen", "zu", "pra", "cli", "mor"};
        String[] words = {"facts", "quiz", "radio", "timer", "sounds", "news", "trivia", "helper", "guide", "game", "stories", "coach"};
        Catalog c = new Catalog();
        String[] names = new String[size];
        long b0 = System.nanoTime();
        for (int i = 0; i < names.length; i++) {
            // a pronounceable, unique name: the index in base 20 written as syllables
            StringBuilder b = new StringBuilder(syll[rnd.nextInt(syll.length)]);
            for (int v = i; v > 0; v /= syll.length) {
                b.append(syll[v % syll.length]);
            }
            names[i] = b + " " + words[rnd.nextInt(words.length)];
            c.add(names[i]);
        }
        long buildMs = (System.nanoTime() - b0) / 1_000_000;
        assertTrue(c.size() > size * 95 / 100, "distinct names: " + c.size());
        long[] t = new long[3_000];
        int hits = 0;
        for (int i = 0; i < 1_000; i++) {
            c.lookup(names[rnd.nextInt(names.length)] + " please");
        }
        for (int i = 0; i < t.length; i++) {
            String q = switch (i % 3) {
                case 0 -> names[rnd.nextInt(names.length)] + " please";
                case 1 -> names[rnd.nextInt(names.length)].replace('k', 'c');
                default -> "the " + names[rnd.nextInt(names.length)];
            };
            long t0 = System.nanoTime();
            hits += c.lookup(q) != null ? 1 : 0;
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        double p99 = t[(int) (t.length * 0.99)] / 1e6;
        System.out.printf("catalog %d names: build %d ms, p50 %.3f ms, p99 %.3f ms, hits %d/%d%n", c.size(), buildMs, t[t.length / 2] / 1e6, p99,
                hits, t.length);
        assertTrue(p99 < 5.0, "p99 " + p99 + " ms");
        assertTrue(hits > t.length / 2, "hits " + hits);
    }
}
