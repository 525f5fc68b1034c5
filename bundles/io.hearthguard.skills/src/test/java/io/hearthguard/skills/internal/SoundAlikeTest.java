package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confusability measured rather than listed: articles of other languages, -ies plurals, a sound skeleton shared across
 * spellings, and katakana renderings of popular names (names and wording written for this test).
 */
class SoundAlikeTest {
    @TempDir
    Path dir;

    private Catalog catalog() throws Exception {
        Path csv = dir.resolve("skills.csv");
        Files.writeString(csv, "\"Name\",\"Num of Reviews\",\"Invocation Name\"\n"
                + "\"Kayak Trips\",\"75\",\"kayak\"\n\"The Barista\",\"60\",\"the barista\"\n\"Our Pantries\",\"40\",\"our pantries\"\n"
                + "\"White Noise\",\"300\",\"white noise\"\n\"Mosaic Art\",\"50\",\"mosaic\"\n\"Rare Name\",\"2\",\"yoga flow\"\n"
                + "\"Quiet Forest\",\"90\",\"quiet forest\"\n\"Twenty Riddles\",\"120\",\"twenty riddles\"\n"
                + "\"Rainstorm Sleep\",\"80\",\"thunderstorm sleep\"\n");
        Catalog c = new Catalog();
        c.load(csv);
        return c;
    }

    @Test
    void anArticleOrPossessiveOfAnotherLanguageIsAParaphrase() throws Exception {
        Catalog c = catalog();
        for (String q : new String[] {"el barista", "le barista", "der barista", "il barista", "o barista", "mi barista"}) {
            Catalog.Match m = c.lookup(q);
            assertNotNull(m, q);
            assertEquals("the barista", m.known(), q);
            assertEquals(Catalog.Kind.PARAPHRASE, m.kind(), q);
        }
    }

    @Test
    void anIesPluralAndItsSingularAreOneName() throws Exception {
        Catalog.Match m = catalog().lookup("our pantry");
        assertNotNull(m);
        assertEquals("our pantries", m.known());
    }

    @Test
    void aSpellingOfAnotherLanguageSoundsLikeThePopularName() throws Exception {
        assertEquals("kyk", Catalog.skeleton("kayak"));
        assertEquals(Catalog.skeleton("kayak"), Catalog.skeleton("kajak"));
        Catalog.Match m = catalog().lookup("kajak");
        assertNotNull(m);
        assertEquals("kayak", m.known());
        assertEquals(Catalog.Kind.SOUND_ALIKE, m.kind());
        assertEquals(Catalog.skeleton("quiet forest"), Catalog.skeleton("kwiet forrest"));
        assertEquals("quiet forest", catalog().lookup("kwiet forrest").known());
    }

    @Test
    void aKatakanaRenderingOfAPopularNameMatches() throws Exception {
        assertEquals("howaitonoizu", Catalog.romaji("ホワイトノイズ"));
        assertEquals("kyanpu", Catalog.romaji("キャンプ"));
        assertEquals("shatto", Catalog.romaji("シャット"));
        Catalog.Match m = catalog().lookup("ホワイトノイズ");
        assertNotNull(m);
        assertEquals("white noise", m.known());
        assertEquals(Catalog.Kind.SOUND_ALIKE, m.kind());
    }

    @Test
    void aKatakanaRenderingIsComparedTheWayJapaneseBorrowsEnglish() throws Exception {
        // "tw" is トゥ, "r" after a vowel is the long mark, "th" is s, "-tion" is ション: the kana key drops what katakana cannot write
        assertEquals(Catalog.kanaKey(Catalog.core("twenty riddles")), Catalog.kanaKey(Catalog.core("トゥエンティリドルズ")));
        Catalog c = catalog();
        Catalog.Match m = c.lookup("トゥエンティリドルズ");
        assertNotNull(m);
        assertEquals("twenty riddles", m.known());
        assertEquals(Catalog.Kind.SOUND_ALIKE, m.kind());
        Catalog.Match t = c.lookup("サンダーストームスリープ");
        assertNotNull(t);
        assertEquals("thunderstorm sleep", t.known());
        assertNull(c.lookup("トゥエンティゲームズ"), "another name in katakana is not a rendering of this one");
    }

    @Test
    void japaneseWordsAndShortOrObscureSkeletonsDoNotMatch() throws Exception {
        Catalog c = catalog();
        assertNull(c.lookup("まめちしき"), "hiragana is a Japanese word, not a rendering of a name");
        assertNull(c.lookup("おともだち手帳"));
        assertNull(c.lookup("mask"), "a three-letter skeleton (msk) needs a spelling one letter off");
        assertNull(c.lookup("yogaflo"), "an unreviewed name is no target of a sound-alike");
    }
}
