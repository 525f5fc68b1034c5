package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Anchors} answers exactly what one {@code contains} per anchor answers (round 10b). */
class AnchorsTest {

    private static boolean naive(String text, String[] anchors) {
        for (String a : anchors) {
            if (text.contains(a)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void givenAnchorsInEveryScript_whenFoundAtAnyPosition_thenFound() {
        String[] anchors = {"pass", "pin", " cep", "mot de", "パスワード", "暗証", "番号", "é", "über"};
        Anchors a = new Anchors(anchors);
        assertTrue(a.in("pin"));
        assertTrue(a.in("say your pass phrase"));
        assertTrue(a.in("qual é"));
        assertTrue(a.in("seu cep"));
        assertFalse(a.in("accept the concept"));
        assertTrue(a.in("暗証番号を教えて"));
        assertTrue(a.in("xxパスワード"));
        assertFalse(a.in("パス"));
        assertFalse(a.in(""));
        assertFalse(a.in(null));
        assertTrue(a.in("ich denke darüber nach"));
    }

    @Test
    void givenRandomTexts_whenComparedWithOneContainsPerAnchor_thenTheAnswersAreEqual() {
        String[] anchors = Lexicon.anchors(Lexicon.GOODBYE);
        String[][] lists = {anchors, Lexicon.anchors(Lexicon.PLATFORM), Lexicon.anchors(Lexicon.PII_QUESTION_MORE), Lexicon.anchors(Lexicon.DEVICE_NOTICE)};
        String alphabet = "abcdeilnorstuyz éàüß'.,?パスワード暗証番号おやすみ";
        Random r = new Random(10);
        for (String[] list : lists) {
            Anchors a = new Anchors(list);
            long[] masks = new long[list.length];
            for (int k = 0; k < list.length; k++) {
                masks[k] = 1L << (k % 64); // Alternation's masks: a bit per part, parts sharing an anchor
            }
            Anchors withMasks = new Anchors(list, masks);
            for (int t = 0; t < 20_000; t++) {
                StringBuilder b = new StringBuilder();
                int len = r.nextInt(40);
                for (int i = 0; i < len; i++) {
                    if (r.nextInt(12) == 0) {
                        String piece = list[r.nextInt(list.length)];
                        b.append(piece, 0, Math.min(piece.length(), 1 + r.nextInt(3))); // pieces of anchors, whole ones now and then
                    } else if (r.nextInt(40) == 0) {
                        b.append(list[r.nextInt(list.length)]);
                    } else {
                        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                }
                String text = b.toString();
                assertEquals(naive(text, list), a.in(text), text);
                long want = 0;
                for (int k = 0; k < list.length; k++) {
                    want |= text.contains(list[k]) ? masks[k] : 0;
                }
                assertEquals(want, withMasks.mask(text, -1L), text);
            }
        }
    }

    @Test
    void givenOneCharAnchorsAndPairs_whenAtTheEndOrAlone_thenFound() {
        Anchors a = new Anchors(new String[] {"住", "x", "ab"});
        assertTrue(a.in("住"));
        assertTrue(a.in("ご住所"));
        assertTrue(a.in("zzx"));
        assertTrue(a.in("zab"));
        assertFalse(a.in("zza"), "a pair's first char at the end starts nothing");
        assertFalse(a.in("ba"));
    }
}
