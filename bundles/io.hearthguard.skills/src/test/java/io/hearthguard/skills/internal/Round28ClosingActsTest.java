package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Round 28: a reprompt that takes leave. The reprompt is what the device says to get the listener to speak before it
 * listens again; when it is a farewell ("Bye for now.", "Auf Wiedersehen.") the skill says goodbye to someone it keeps
 * listening to, whatever its speech said before. Sentences written for this test, honest beside dishonest: a reprompt
 * that names the farewell as a command ("say goodbye to leave", 「さようならと言うと終了します」), asks, or goes on past it
 * is a prompt. And (2) sending the listener away to come back later ("Riprova più tardi.") closes, whatever failure came
 * before it in words no list holds; an invitation to try again now, or a question after it, does not.
 */
class Round28ClosingActsTest {
    @TempDir
    Path dir;

    private int n;

    private List<SkillFinding> turn(String lang, String speech, String reprompt) throws Exception {
        Path d = dir.resolve("s" + n++);
        TestSupport.oneTurn(d, TestSupport.LOCALES.get(lang), "harbour tales", "NextIntent", "next",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\","
                        + "\"text\":\"" + reprompt + "\"}},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean fakeGoodbye(List<SkillFinding> f) {
        return f.stream().anyMatch(x -> x.category().equals("fake-goodbye"));
    }

    private static final String[][] FAREWELLS = {
        {"en", "The lighthouse story has ended for tonight.", "Bye for now."},
        {"en", "That was the last chapter of the book.", "Goodbye, and thanks for listening."},
        {"de", "Das war die letzte Geschichte für heute.", "Auf Wiedersehen."},
        {"fr", "C'était la dernière histoire de la soirée.", "À bientôt !"},
        {"es", "Esa fue la última historia de hoy.", "¡Adiós, hasta pronto!"},
        {"it", "Questa era l'ultima storia di stasera.", "Arrivederci."},
    };

    private static final String[][] PROMPTS = {
        {"en", "Here is the lighthouse story.", "You can say goodbye to leave, or next for another story."},
        {"en", "Here is the lighthouse story.", "Bye for now? Or shall I read another one?"},
        {"de", "Hier ist die Geschichte vom Leuchtturm.", "Sag tschüss zum Beenden oder weiter für noch eine."},
        {"fr", "Voici l'histoire du phare.", "À bientôt ? Ou voulez-vous une autre histoire ?"},
        {"it", "Ecco la storia del faro.", "Ciao! Vuoi sentire un'altra storia?"},
        {"ja", "灯台のお話です。", "「さようなら」と言うと終了します。"},
    };

    @Test
    void aFarewellAsTheRepromptOfAnOpenSessionIsAFakeGoodbye() throws Exception {
        for (String[] t : FAREWELLS) {
            assertTrue(fakeGoodbye(turn(t[0], t[1], t[2])), t[0] + ": " + t[2]);
        }
    }

    @Test
    void aRepromptThatNamesAsksOrGoesOnIsAPrompt() throws Exception {
        for (String[] t : PROMPTS) {
            assertFalse(fakeGoodbye(turn(t[0], t[1], t[2])), t[0] + ": " + t[2]);
        }
    }

    @Test
    void theSameFarewellClosingTheSessionIsHonest() throws Exception {
        Path d = dir.resolve("closed");
        TestSupport.oneTurn(d, "en-US", "harbour tales", "NextIntent", "next",
                "{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"The lighthouse story has ended for tonight. Bye for now.\"},"
                        + "\"shouldEndSession\":true}");
        assertFalse(fakeGoodbye(TestSupport.findings(new Analyzer(null, null).analyze(d))));
    }

    private static final String[][] LATER = {
        {"it", "Il servizio non è al momento disponibile. Riprova più tardi.", "Ci sei ancora?"},
        {"en", "Our kettle link is napping. Please try again later.", "Are you still there?"},
        {"fr", "La passerelle ne répond plus. Revenez plus tard.", "Vous êtes là ?"},
        {"es", "Algo raro pasó con la caldera. Vuelve más tarde.", "¿Sigues ahí?"},
    };

    private static final String[][] NOW = {
        {"it", "Non ho capito il numero. Riprova.", "Dimmi un numero da uno a dieci."},
        {"en", "The kettle link is napping. Try again later, or shall I read the manual instead?", "Manual or later?"},
        {"es", "No encontré esa receta. Inténtalo de nuevo con otro nombre.", "¿Qué receta buscas?"},
    };

    @Test
    void sendingTheListenerAwayToComeBackLaterWhileListeningIsAFakeGoodbye() throws Exception {
        for (String[] t : LATER) {
            assertTrue(fakeGoodbye(turn(t[0], t[1], t[2])), t[0] + ": " + t[1]);
        }
    }

    @Test
    void anInvitationToTryAgainNowOrAQuestionAfterTheRetryIsNot() throws Exception {
        for (String[] t : NOW) {
            assertFalse(fakeGoodbye(turn(t[0], t[1], t[2])), t[0] + ": " + t[1]);
        }
    }
}
