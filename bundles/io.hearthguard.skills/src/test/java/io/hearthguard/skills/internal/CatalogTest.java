package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Confusable-name lookup: paraphrases, homophones, near spellings; indexed, fast. */
class CatalogTest {
    /** @return a catalog read from a CSV in the shared catalog's columns (name, review count, invocation) */
    static Catalog reviewed(Path dir, String rows) throws Exception {
        Path csv = dir.resolve("skills.csv");
        Files.writeString(csv, "\"Name\",\"Num of Reviews\",\"Invocation Name\"\n" + rows);
        Catalog c = new Catalog();
        c.load(csv);
        return c;
    }

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
    void aNameListedItselfIsNotAParaphraseOfAnotherWithTheSameCore() {
        // "my ocean facts" and "ocean facts" share one core; the second, listed after the first, is a skill of its own
        Catalog c = of("my ocean facts", "ocean facts");
        assertNull(c.lookup("ocean facts"));
        assertNull(c.lookup("my ocean facts"));
        assertEquals(Catalog.Kind.PARAPHRASE, c.lookup("the ocean facts").kind());
    }

    @Test
    void identicalUnrelatedAndTooShortNamesAreNotMatches() {
        Catalog c = of("capital one", "sleep sounds", "dog");
        assertNull(c.lookup("capital one"), "the skill itself is not a squatter");
        assertNull(c.lookup("weather forecast"));
        assertNull(c.lookup("dig"));
    }

    @Test
    void givenHomophoneWords_whenLookedUp_thenTheKnownNameIsFoundAsHomophone() {
        Catalog c = of("fish facts", "capital one", "four in a row", "two truths and a lie", "magic eight ball");
        String[][] cases = {{"fish fax", "fish facts"}, {"capital won", "capital one"}, {"for in a row", "four in a row"},
            {"to truths and a lie", "two truths and a lie"}, {"magic 8 ball", "magic eight ball"}, {"fish fact", "fish facts"},
            {"fishfax", "fish facts"}, {"capitalwon", "capital one"}};
        for (String[] q : cases) {
            Catalog.Match m = c.lookup(q[0]);
            assertNotNull(m, q[0]);
            assertEquals(q[1], m.known(), q[0]);
            assertEquals(Catalog.Kind.HOMOPHONE, m.kind(), q[0]);
        }
    }

    @Test
    void givenMergedSplitOrParaphrasedWords_whenLookedUp_thenTheyAreParaphrases() {
        Catalog c = of("fish facts", "sleep sounds", "moon geek");
        for (String q : new String[] {"fishfacts", "fish facts skill", "my fish facts app please", "sleepsounds", "the moongeek"}) {
            Catalog.Match m = c.lookup(q);
            assertNotNull(m, q);
            assertEquals(Catalog.Kind.PARAPHRASE, m.kind(), q);
        }
        Catalog split = of("fishfacts");
        assertEquals("fishfacts", split.lookup("fish facts").known());
    }

    @Test
    void givenAPluralDroppedOrAdded_whenTheTargetIsPopular_thenItMatchesAsMoreThanNear() {
        Catalog c = new Catalog();
        c.add("riddle questions", 150);
        c.add("garden helpers", 2);
        Catalog.Match m = c.lookup("riddle question");
        assertNotNull(m);
        assertEquals("riddle questions", m.known());
        assertTrue(m.kind() != Catalog.Kind.NEAR, m.toString());
        Catalog.Match obscure = c.lookup("garden helper");
        assertTrue(obscure == null || obscure.kind() == Catalog.Kind.NEAR, "an unreviewed name is no squatting target by inflection: " + obscure);
    }

    @Test
    void givenWordsAddedToAPopularDistinctiveName_whenLookedUp_thenItIsAnExtension() {
        Catalog c = new Catalog();
        c.add("zorblax", 120);
        c.add("quindle", 3);
        for (String w : new String[] {"weather", "weather now", "local weather", "weather report", "weather bird"}) {
            c.add(w, 500);
        }
        Catalog.Match m = c.lookup("zorblax vuelos");
        assertNotNull(m);
        assertEquals(Catalog.Kind.EXTENSION, m.kind());
        assertEquals("zorblax", m.known());
        assertEquals(Catalog.Kind.EXTENSION, c.lookup("my zorblax travel deals").kind(), "two words added");
        assertNull(c.lookup("zorblax travel deals today"), "three added words make another name");
        assertNull(c.lookup("quindle vuelos"), "an unreviewed name is no squatting target");
        assertNull(c.lookup("weather garden"), "a word many names share is not a brand");
    }

    @Test
    void givenTheSecondPhoneticScheme_whenDoubleMetaphoneKeysDiffer_thenRefinedSoundexStillJoinsThem() {
        Catalog c = of("bubble pop");
        Catalog.Match m = c.lookup("bubbel pob");
        assertNotNull(m);
        assertTrue(m.kind() != Catalog.Kind.PARAPHRASE, m.toString());
    }

    @Test
    void givenReviewCounts_whenANameOnlySoundsLikeAnObscureSkill_thenItIsNoMatch(@TempDir Path dir) throws Exception {
        Catalog c = reviewed(dir, "\"Art Quiz\",2,\"art quiz\"\n\"Capital One\",\"1,105\",\"capital one\"\n\"Cat Facts\",0,\"cat facts\"\n"
                + "\"Cat Facts\",53,\"cat facts\"\n\"Sleep Tones\",,\"sleep tones\"\n");
        assertNull(c.lookup("wortquiz"), "sounds like an unreviewed skill only");
        assertEquals("art quiz", c.lookup("the art quiz").known(), "the same words still match an obscure name");
        assertEquals("capital one", c.lookup("capital won").known(), "sound-alikes of a reviewed skill match");
        assertEquals("cat facts", c.lookup("kat facts").known(), "the most reviewed row of a name decides");
        assertNotNull(c.lookup("sleep toans"), "a row without a count is treated as popular");
    }

    @Test
    void givenTheSharedRealCatalog_whenLoaded_thenRealNamesAndTheirSquatsAreFound() throws Exception {
        Path shared = TestSupport.shared();
        Assumptions.assumeTrue(shared != null, "shared data absent");
        Path csv = shared.resolve("catalogs/dale3h__alexa-skills-list__skills.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "catalog absent");
        Catalog c = new Catalog();
        c.load(csv);
        assertTrue(c.size() > 4_000, "names " + c.size());
        assertNull(c.lookup("fish facts"), "a real skill is not its own squatter");
        assertEquals("fish facts", c.lookup("fish fax").known());
        assertEquals("capital one", c.lookup("capital won").known());
        assertEquals("magic eight ball", c.lookup("magic 8 ball please").known());
        assertNull(c.lookup("hearthguard garden diary"));
    }

    @Test
    void givenCatalogFilesInTheDataDirectory_whenSourcesAreListed_thenTheyAreAddedAfterTheConfiguredOnes(@TempDir Path data) throws Exception {
        Path dir = Files.createDirectories(data.resolve(Catalog.DATA_FOLDER));
        Files.writeString(dir.resolve("b-popular.csv"), "Name,Invocation Name\nFish Facts,fish facts\n");
        Files.writeString(dir.resolve("a-vendor.txt"), "# vendor list\nsleep sounds\n");
        Files.writeString(dir.resolve("ignored.md"), "x");
        Path configured = data.resolve("mine.txt");
        List<Path> src = Catalog.sources(data, List.of(configured));
        assertEquals(List.of(configured, dir.resolve("a-vendor.txt"), dir.resolve("b-popular.csv")), src);
        Catalog c = new Catalog();
        c.load(dir.resolve("b-popular.csv"));
        c.load(dir.resolve("a-vendor.txt"));
        assertEquals("fish facts", c.lookup("fish fax").known());
        assertEquals("sleep sounds", c.lookup("sleep sound").known());
        assertEquals(List.of(), Catalog.sources(null, List.of()));
    }

    @Test
    void givenTsvJsonAndHeaderlessCatalogs_whenLoaded_thenTheirNamesAreFound(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.tsv"), "rank\tinvocation_name\tskill name\n1\tfish facts\tFish Facts Daily\n");
        Files.writeString(dir.resolve("b.json"), "{\"skills\": [\"sleep sounds\", {\"invocationName\": \"capital one\"}]}");
        Files.writeString(dir.resolve("c.csv"), "magic eight ball\nmoon geek\n");
        Catalog c = new Catalog();
        for (String f : new String[] {"a.tsv", "b.json", "c.csv"}) {
            c.load(dir.resolve(f));
        }
        assertEquals("fish facts", c.lookup("fish fax").known());
        assertEquals("sleep sounds", c.lookup("sleep sound").known());
        assertEquals("capital one", c.lookup("capital won").known());
        assertEquals("magic eight ball", c.lookup("magic 8 ball").known());
        assertEquals("moon geek", c.lookup("the moon geek app").known());
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
        long[] cpu = new long[t.length];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
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
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            hits += c.lookup(q) != null ? 1 : 0;
            t[i] = System.nanoTime() - t0;
            cpu[i] = mx.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        double p99 = t[(int) (t.length * 0.99)] / 1e6;
        double cpuP99 = cpu[(int) (cpu.length * 0.99)] / 1e6;
        System.out.printf("catalog %d names: build %d ms, wall p50 %.3f ms, p99 %.3f ms; cpu p99 %.3f ms; hits %d/%d%n", c.size(), buildMs,
                t[t.length / 2] / 1e6, p99, cpuP99, hits, t.length);
        // the shared build machine runs other builds on its two cores: wall time measures the scheduler, CPU time the lookup
        assertTrue(cpuP99 < 5.0, "cpu p99 " + cpuP99 + " ms");
        assertTrue(hits > t.length / 2, "hits " + hits);
    }

    @Test
    void givenAPopularName_whenTranslatedWordByWord_thenItIsSquatting(@TempDir Path dir) throws Exception {
        Catalog c = reviewed(dir, "\"Twenty Questions\",168,\"twenty questions\"\n\"Meow Meow\",98,\"meow meow\"\n"
                + "\"Rain Sounds\",3,\"rain sounds\"\n\"Ocean Waves\",,\"ocean waves\"\n");
        CrossLanguageSquattingTest.assertTranslations(c, new String[][] {{"veinte preguntas", "twenty questions"}, {"vingt questions", "twenty questions"},
            {"zwanzig fragen", "twenty questions"}, {"venti domande", "twenty questions"}, {"miau miau", "meow meow"}, {"miaou miaou", "meow meow"}});
        assertNull(c.lookup("sonidos de lluvia"), "a translation of an obscure skill (3 reviews) is noise");
        assertNull(c.lookup("olas del oceano"), "a catalog row that does not count reviews says nothing about popularity");
        assertNull(c.lookup("veinte recetas"), "a translated word alone is not the name");
    }

    @Test
    void givenGoogleActions_whenTheirInvocationIsAConfusableName_thenItIsSquatting(@TempDir Path dir) throws Exception {
        Catalog c = of("fish facts", "twenty questions");
        // Actions SDK: the manifest's display name, and else the welcome action's own "talk to …" pattern
        Path sdk = Files.createDirectories(dir.resolve("sdk-pkg"));
        Files.writeString(sdk.resolve("action.json"), "{\"actions\": [{\"name\": \"MAIN\", \"intent\": {\"name\": \"actions.intent.MAIN\","
                + " \"trigger\": {\"queryPatterns\": [\"talk to fish fax\"]}}}]}");
        // Actions Builder: settings.yaml's displayName is what users say ("Talk to …")
        Path ab = Files.createDirectories(dir.resolve("builder-pkg/sdk/custom/intents"));
        Files.writeString(ab.resolve("play.yaml"), "trainingPhrases:\n- play a round\n");
        Files.createDirectories(dir.resolve("builder-pkg/sdk/settings"));
        Files.writeString(dir.resolve("builder-pkg/sdk/settings/settings.yaml"), "category: GAMES_AND_TRIVIA\nlocalizedSettings:\n  displayName: twenty question\n");
        Path manifest = Files.createDirectories(dir.resolve("manifest-pkg"));
        Files.writeString(manifest.resolve("action.json"), "{\"manifest\": {\"displayName\": \"the fish facts app\"}, \"actions\": []}");
        Analyzer a = new Analyzer(c);
        for (String[] x : new String[][] {{"sdk-pkg", "fish fax"}, {"builder-pkg", "twenty question"}, {"manifest-pkg", "the fish facts app"}}) {
            var r = a.analyze(dir.resolve(x[0]));
            assertTrue(r.skills().get(0).invocationNames().contains(x[1]), x[0] + ": " + r.skills().get(0).invocationNames());
            assertTrue(r.skills().get(0).findings().stream().anyMatch(f -> f.rule().equals("skills.squatting.confusable-name")), x[0]);
        }
    }

    @Test
    void givenARealActionsSdkPackage_whenScanned_thenNoInvocationNameIsInvented() throws Exception {
        Path shared = TestSupport.shared();
        Assumptions.assumeTrue(shared != null, "shared corpus not present");
        Path p = shared.resolve("google-actions/actions-on-google__actionssdk-say-number-nodejs");
        Assumptions.assumeTrue(Files.isDirectory(p), "not in the corpus: " + p);
        // its action.json sets no invocation (the sample's name was set in the console); descriptions such as
        // "Default Welcome Intent" and query patterns of other actions are not names
        var r = new Analyzer(of("default welcome intent", "say ssml response", "raw input")).analyze(p);
        assertTrue(r.skills().stream().allMatch(s -> s.invocationNames().isEmpty()), r.skills().toString());
        assertTrue(r.skills().stream().flatMap(s -> s.findings().stream()).noneMatch(f -> f.category().equals("squatting")));
    }

    @Test
    void givenDescriptionsThatUseAWordAsACommonNoun_whenWordsAreAddedToIt_thenItIsNoBrandToExtend(@TempDir Path dir) throws Exception {
        // round 9: "zodiac" is held by one popular name, but the descriptions write it in lower case mid-sentence (a topic);
        // "Zorblax" is written capitalised (a brand). Names and descriptions written for this test.
        Path csv = dir.resolve("skills.csv");
        Files.writeString(csv, "\"Name\",\"Description\",\"Num of Reviews\",\"Invocation Name\"\n"
                + "\"Zodiac\",\"Hear your daily zodiac reading.\",300,\"zodiac\"\n"
                + "\"Star Signs\",\"Your zodiac sign and a zodiac fact every day. Ask for the zodiac of a friend.\",4,\"star signs\"\n"
                + "\"Zorblax\",\"Book trips with Zorblax. Zorblax finds flights.\",200,\"zorblax\"\n"
                + "\"Trip Mate\",\"Compare prices like Zorblax does.\",1,\"trip mate\"\n");
        Catalog c = new Catalog();
        c.load(csv);
        Catalog.Match topic = c.lookup("pet zodiac");
        assertTrue(topic == null || topic.kind() != Catalog.Kind.EXTENSION, "a common noun is a topic, not a brand: " + topic);
        Catalog.Match brand = c.lookup("zorblax vuelos");
        assertNotNull(brand);
        assertEquals(Catalog.Kind.EXTENSION, brand.kind());
    }
}
