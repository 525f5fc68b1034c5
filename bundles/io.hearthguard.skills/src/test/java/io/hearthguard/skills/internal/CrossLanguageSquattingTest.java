package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round 10a: a popular name translated with the word order and connectors of the Romance languages ("sonidos de
 * lluvia", "la porte magique", "bruit blanc"), or respelled in another language's spelling ("caiaque"), aims at the same
 * users; a name that only shares a generic word, or translates an obscure name, does not. Names written for this test.
 */
class CrossLanguageSquattingTest {
    @TempDir
    Path dir;

    private Catalog catalog() throws Exception {
        return CatalogTest.reviewed(dir, "\"Rain Sounds\",\"400\",\"rain sounds\"\n\"The Magic Door\",\"900\",\"the magic door\"\n"
                + "\"White Noise\",\"300\",\"white noise\"\n\"Kayak\",\"75\",\"kayak\"\n\"Big Sky\",\"120\",\"big sky\"\n"
                + "\"Phone Finder\",\"60\",\"phone finder\"\n\"Cat Box\",\"3\",\"cat box\"\n\"Word Games\",\"5\",\"word games\"\n"
                + "\"Garden Helper\",\"2\",\"garden helper\"\n");
    }

    @Test
    void givenARomanceTranslationWithItsWordOrderAndConnectors_whenLookedUp_thenItIsATranslation() throws Exception {
        Catalog c = catalog();
        assertTranslations(c, new String[][] {{"sonidos de lluvia", "rain sounds"}, {"suoni della pioggia", "rain sounds"},
            {"la porte magique", "the magic door"}, {"la puerta magica", "the magic door"}, {"bruit blanc", "white noise"},
            {"cielo grande", "big sky"}, {"localizador de celular", "phone finder"}, {"die magische tur", "the magic door"}});
    }

    @Test
    void givenAnotherLanguagesSpellingOfAPopularBrand_whenLookedUp_thenItIsATranslation() throws Exception {
        Catalog c = catalog();
        for (String q : new String[] {"caiaque viagens", "caiaque"}) {
            Catalog.Match m = c.lookup(q);
            assertNotNull(m, q);
            assertEquals("kayak", m.known(), q);
        }
        assertEquals(Catalog.respelled("kayak"), Catalog.respelled("caiaque"));
    }

    @Test
    void givenAGenericSharedWordOrAnObscureTarget_whenLookedUp_thenItIsNoMatch() throws Exception {
        Catalog c = catalog();
        assertNull(c.lookup("caja de gatos"), "translates an obscure name (3 reviews)");
        assertNull(c.lookup("juegos de palabras"), "translates an obscure name (5 reviews)");
        assertNull(c.lookup("sonidos del bosque"), "shares the generic word sounds only");
        assertNull(c.lookup("cielo de noche"), "shares the generic word sky only");
        assertNull(c.lookup("ayudante de jardin"), "an obscure name, and not a respelling either");
        assertNull(c.lookup("maionese facile"), "a word respelled like no catalog word");
    }

    /**
     * Round 12: a word that renders several English words ("ruido" is sound and noise) is tried with each; Italian and
     * French elided articles ("dell'", "l'") join the parts of a name like "della"; the table holds the content words of
     * the catalog's popular names (a bartender, a bible, tides …). Names written for this test.
     */
    @Test
    void givenAWordWithSeveralRenderingsOrAnElidedArticle_whenLookedUp_thenItIsATranslation() throws Exception {
        Catalog c = CatalogTest.reviewed(dir, "\"White Noise\",\"300\",\"white noise\"\n\"Ocean Sounds\",\"150\",\"ocean sounds\"\n"
                + "\"The Bartender\",\"90\",\"the bartender\"\n\"Tide Guide\",\"40\",\"tide guide\"\n\"Pink Noise\",\"4\",\"pink noise\"\n");
        assertTranslations(c, new String[][] {{"ruido blanco", "white noise"}, {"suoni dell'oceano", "ocean sounds"}, {"sons de l'ocean", "ocean sounds"},
            {"le barman", "the bartender"}, {"el cantinero", "the bartender"}, {"guia de mareas", "tide guide"}, {"sonidos del oceano", "ocean sounds"}});
        assertNull(c.lookup("ruido rosa"), "translates an obscure name (4 reviews)");
        assertNull(c.lookup("ruido de la ciudad"), "shares the generic word noise only");
        assertNull(c.lookup("suoni dell'infanzia"), "shares the generic word sounds only");
        assertNull(c.lookup("le barman de paris"), "a popular one-word name with a place added is the extension rule's question, not a translation");
    }

    /**
     * The translation table renders words that are also words of the catalog's own language ("series" is Spanish and
     * English, "monitor" Italian and English): an English name made of such words is not a translation. Names written
     * for this test.
     */
    @Test
    void givenAnEnglishNameWhoseWordsTheTableAlsoRenders_whenLookedUp_thenItIsNoTranslation() throws Exception {
        Catalog c = CatalogTest.reviewed(dir, "\"TV Shows\",\"120\",\"tv shows\"\n\"Sleep Tracker\",\"60\",\"sleep tracker\"\n"
                + "\"Series Night\",\"0\",\"series night\"\n\"Heart Monitor\",\"0\",\"heart monitor\"\n");
        for (String q : new String[] {"tv series", "sleep monitor"}) {
            Catalog.Match m = c.lookup(q);
            assertTrue(m == null || m.kind() != Catalog.Kind.TRANSLATION, q + ": " + m);
        }
        assertTranslations(c, new String[][] {{"programas de tv", "tv shows"}});
    }

    /** Each pair {query, known name} must be found as a translation of that name. */
    static void assertTranslations(Catalog c, String[][] pairs) {
        for (String[] q : pairs) {
            Catalog.Match m = c.lookup(q[0]);
            assertNotNull(m, q[0]);
            assertEquals(q[1], m.known(), q[0]);
            assertEquals(Catalog.Kind.TRANSLATION, m.kind(), q[0]);
        }
    }
}
