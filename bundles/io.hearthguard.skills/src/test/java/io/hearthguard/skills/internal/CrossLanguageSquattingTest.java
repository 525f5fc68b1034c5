package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        for (String[] q : new String[][] {{"sonidos de lluvia", "rain sounds"}, {"suoni della pioggia", "rain sounds"},
            {"la porte magique", "the magic door"}, {"la puerta magica", "the magic door"}, {"bruit blanc", "white noise"},
            {"cielo grande", "big sky"}, {"localizador de celular", "phone finder"}, {"die magische tur", "the magic door"}}) {
            Catalog.Match m = c.lookup(q[0]);
            assertNotNull(m, q[0]);
            assertEquals(q[1], m.known(), q[0]);
            assertEquals(Catalog.Kind.TRANSLATION, m.kind(), q[0]);
        }
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
}
