package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/** The session or the skill announced as closed without a goodbye word, while it keeps listening (cases written here). */
class SessionClosedTest {
    @TempDir
    Path dir;

    @Test
    void theSessionOrTheSkillAsTheSubjectOfClosing() {
        for (String s : List.of("your reward is saved. this session is now closed.", "die sitzung wird jetzt beendet.",
                "la session est terminée.", "la sesión ha quedado cerrada.", "la sessione è stata chiusa.", "a sessão foi encerrada.",
                "セッションを終了しました。")) {
            assertNotNull(Lexicon.sessionClosed(Text.norm(s)), s);
        }
        for (String s : List.of("the pool is closing at six.", "the game is over when you reach ten points, your turn!",
                "the shop has been closed since monday.", "the app is closed on sundays.")) {
            assertNull(Lexicon.sessionClosed(Text.norm(s)), s);
        }
    }

    @Test
    void announcedClosedButListeningIsAFakeGoodbye() throws Exception {
        TestSupport.oneTurn(dir, "en-US", "reward points", "PointsIntent", "my points", "{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"You have 120 points. This session is now closed.\"},\"shouldEndSession\":false}");
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
    }
}
