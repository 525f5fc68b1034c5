package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Round 11: a frame that ends in an elided article ("message d'", "de la part d'", "avis d'") before the maker was rebuilt
 * as "message d' amazon", which is not in the text; its position was -1 and the negation test failed the whole scan with
 * StringIndexOutOfBoundsException (found by a French notice titled "Avis d'Amazon :").
 */
class MakerFrameTest {
    @Test
    void aFrameEndingInAnElidedArticleIsFoundAndTestedForNegation() {
        assertEquals("message d'amazon", Identity.claim("message d'amazon : bonjour"));
        assertEquals("de la part d'amazon", Identity.claim("de la part d'amazon : votre colis"));
        assertEquals("un message d'alexa", Identity.claim("un message d'alexa : hallo"));
        assertNull(Identity.claim("ce n'est pas un message d'amazon : bonjour"), "negated: the test still runs");
    }
}
