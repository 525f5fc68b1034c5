package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Round 26b's methods on packages written for this test (none copied from an evaluation set): what changed between
 * recordings, read from how the recordings and the package's files are versioned. Sessions of one file on one day are
 * one run, not an earlier and a later version; recordings whose paths carry versions of different first kinds are
 * ordered by the kind they all carry; a versioned copy of the manifest or of a locale's model kept beside the current
 * file is an earlier version of the package; a sheet's voice column named with its form ("alexa_said_ssml") is read.
 */
class Round26bMethodsTest {
    private static final String DRIFT = Rule.DRIFT.id;

    @TempDir
    Path dir;

    private void write(String file, String text) throws Exception {
        TestSupport.write(dir, file, text);
    }

    private SkillReport scan() throws Exception {
        return new Analyzer(null, null).analyze(dir);
    }

    private static List<SkillFinding> drift(SkillReport r, Severity atLeast) {
        return TestSupport.findings(r).stream().filter(f -> f.rule().equals(DRIFT) && f.severity().atLeast(atLeast)).toList();
    }

    /** One request/response pair on one line, with the request's time; {@code reprompt} null for none. */
    private static String pair(String session, String time, String intent, String speech, String reprompt, boolean end) {
        return "{\"request\":{\"version\":\"1.0\",\"session\":{\"sessionId\":\"" + session + "\"},\"request\":{\"type\":\"IntentRequest\","
                + (time == null ? "" : "\"timestamp\":\"" + time + "\",") + "\"intent\":{\"name\":\"" + intent + "\"}}},\"response\":{\"version\":\"1.0\","
                + "\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(speech) + "\"},"
                + (reprompt == null ? "" : "\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(reprompt) + "\"}},")
                + "\"shouldEndSession\":" + end + "}}}\n";
    }

    private void model(String locale, String name, String invocation, String intents) throws Exception {
        write("skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"category\":\"GAMES_AND_TRIVIA\","
                + "\"locales\":{\"" + locale + "\":{\"name\":\"" + name + "\",\"summary\":\"" + name + ".\"}}}}}");
        write("skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\""
                + invocation + "\",\"intents\":[" + intents + "]}}}");
    }

    // ------------------------------------------------------------------ (1) one file, one day: one run

    @Test
    void givenTwoSessionsOfOneFileOnOneDay_whenOneKeepsASilentSession_thenTheSilenceIsFoundButIsNoDrift() throws Exception {
        String[][] speech = {
            {"de-DE", "Regen läuft.", "Brauner Rausch kommt."},
            {"fr-FR", "Voici la pluie douce.", "Voici le bruit brun."},
            {"es-ES", "Suena la lluvia suave.", "Aquí tienes ruido marrón."},
        };
        for (String[] s : speech) {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            model(s[0], "Rauschen", "rauschen", "{\"name\":\"Play\",\"samples\":[\"play\"]}");
            write("logs/lambda.log", pair("a", "2026-11-20T18:00:13Z", "Play", s[1], null, true)
                    + pair("b", "2026-11-20T18:00:26Z", "Play", s[2], "", false));
            SkillReport r = scan();
            assertTrue(TestSupport.has(r, Rule.SILENT_EMPTY_REPROMPT.id, Severity.MEDIUM), s[0] + "\n" + TestSupport.describe(r));
            assertEquals(List.of(), drift(r, Severity.MEDIUM), s[0] + "\n" + TestSupport.describe(r));
            // the twin: the same sessions a week apart in the same file are an earlier and a later recording
            write("logs/lambda.log", pair("a", "2026-11-20T18:00:13Z", "Play", s[1], null, true)
                    + pair("b", "2026-11-27T18:00:26Z", "Play", s[2], "", false));
            r = scan();
            assertFalse(drift(r, Severity.HIGH).isEmpty(), s[0] + "\n" + TestSupport.describe(r));
            // and in two files on one day: two recordings, compared as before
            write("logs/lambda.log", pair("a", "2026-11-20T18:00:13Z", "Play", s[1], null, true));
            write("logs/lambda2.log", pair("b", "2026-11-20T18:00:26Z", "Play", s[2], "", false));
            r = scan();
            assertFalse(drift(r, Severity.HIGH).isEmpty(), s[0] + "\n" + TestSupport.describe(r));
        }
    }

    // ------------------------------------------------------------------ (2) the kind every path carries

    @Test
    void givenPathsWhoseFirstKindsDiffer_thenTheKindTheyAllCarryOrdersThem() {
        assertEquals('2', RecordingDrift.commonKind(List.of("outils/quiz-v1.postman_collection.json", "carnets/quiz-v2-2026-11.ipynb")));
        assertEquals('2', RecordingDrift.commonKind(List.of("storico/v1/2026-02-10.jsonl", "storico/v2/export.json")));
        assertEquals('1', RecordingDrift.commonKind(List.of("a/2026-01/x.json", "b/v3-2026-02/y.json")));
        assertEquals(0, RecordingDrift.commonKind(List.of("a/v1/x.json", "b/notes.json")));
        assertEquals(0, RecordingDrift.commonKind(List.of("a/v1/2026-01.json", "b/v1/2026-01-notes.json")), "one version only");
    }

    @Test
    void givenAVersionAndADateInOnePathAndAVersionInTheOther_whenTheLaterVersionAsksForPersonalData_thenDrift() throws Exception {
        String[][] cases = {
            {"fr-FR", "Quelle est la capitale du Canada ?", "Pour le classement, dis-moi ton nom de famille et ton code postal."},
            {"es-ES", "¿Cuál es la capital de Canadá?", "Para la clasificación, dime tu número de teléfono."},
            {"en-US", "What is the capital of Canada?", "For the leaderboard, tell me your home address."},
        };
        for (String[] c : cases) {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            model(c[0], "Quiz Capitales", "quiz capitales", "{\"name\":\"QuizIntent\",\"samples\":[\"quiz\"]}");
            write("outils/quiz-v1.jsonl", pair("a", null, "QuizIntent", c[1], c[1], false));
            write("carnets/quiz-v2-2026-11.jsonl", pair("b", null, "QuizIntent", c[2], c[2], false));
            SkillReport r = scan();
            assertFalse(drift(r, Severity.HIGH).isEmpty(), c[0] + "\n" + TestSupport.describe(r));
            // the twin: the question for data is the earlier version's (v1, whatever its date), the later only quizzes
            java.nio.file.Files.delete(dir.resolve("outils/quiz-v1.jsonl"));
            java.nio.file.Files.delete(dir.resolve("carnets/quiz-v2-2026-11.jsonl"));
            write("outils/quiz-v2.jsonl", pair("a", null, "QuizIntent", c[1], c[1], false));
            write("carnets/quiz-v1-2026-11.jsonl", pair("b", null, "QuizIntent", c[2], c[2], false));
            r = scan();
            assertEquals(List.of(), drift(r, Severity.MEDIUM), c[0] + "\n" + TestSupport.describe(r));
        }
    }

    // ------------------------------------------------------------------ (3) a versioned copy of the manifest or model

    private static final String PERMISSIONS = "\"permissions\":[{\"name\":\"alexa::devices:all:address:full:read\"},"
            + "{\"name\":\"alexa::profile:mobile_number:read\"}],";

    private void fan(String currentPermissions, String copyName, String copyPermissions) throws Exception {
        write("skill-package/skill.json", "{\"manifest\":{" + currentPermissions + "\"publishingInformation\":{\"category\":\"MUSIC_AND_AUDIO\","
                + "\"locales\":{\"en-US\":{\"name\":\"Fan Noise\",\"summary\":\"Fan sounds for sleep.\"}}}}}");
        write("skill-package/" + copyName, "{\"manifest\":{" + copyPermissions + "\"publishingInformation\":{"
                + "\"locales\":{\"en-US\":{\"name\":\"Fan Noise\"}}}}}");
        write("skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"fan noise\","
                + "\"intents\":[{\"name\":\"PlayIntent\",\"samples\":[\"play the box fan\"]}]}}}");
    }

    @Test
    void givenAnEarlierManifestKeptAsSkillV1_whenTheCurrentAddsPersonalPermissions_thenDrift() throws Exception {
        for (String copy : List.of("skill.v1.json", "skill-2026-01.json", "skill_1.0.json", "skill.old.json")) {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            fan(PERMISSIONS, copy, "");
            SkillReport r = scan();
            assertFalse(drift(r, Severity.MEDIUM).isEmpty(), copy + "\n" + TestSupport.describe(r));
        }
    }

    @Test
    void givenTheCopyAsksTheSame_orIsNoVersion_thenNoDrift() throws Exception {
        fan(PERMISSIONS, "skill.v1.json", PERMISSIONS);
        SkillReport r = scan();
        assertEquals(List.of(), drift(r, Severity.MEDIUM), TestSupport.describe(r));
        java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
        // "notes" names no version: not read as an earlier package
        fan(PERMISSIONS, "skill.notes.json", "");
        r = scan();
        assertEquals(List.of(), drift(r, Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void givenAnEarlierModelKeptAsLocaleV1_whenTheCurrentAddsABareFreeFormIntent_thenDrift_andNotWhenTheCopyHasIt() throws Exception {
        String joke = "{\"name\":\"PiadaIntent\",\"samples\":[\"conta uma piada\",\"outra piada\"]}";
        String bare = "{\"name\":\"RestoIntent\",\"slots\":[{\"name\":\"resto\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{resto}\"]}";
        for (String[] c : new String[][] {{"pt-BR", "piadas"}, {"de-DE", "witze"}, {"it-IT", "barzellette"}}) {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            model(c[0], "Piadas", c[1], joke + "," + bare);
            write("skill-package/interactionModels/custom/" + c[0] + ".v1.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\""
                    + c[1] + "\",\"intents\":[" + joke + "]}}}");
            SkillReport r = scan();
            assertTrue(TestSupport.has(r, Rule.CATCH_ALL_SLOT.id, Severity.HIGH), c[0] + "\n" + TestSupport.describe(r));
            assertFalse(drift(r, Severity.HIGH).isEmpty(), c[0] + "\n" + TestSupport.describe(r));
            // the twin: the earlier model already had the bare intent
            write("skill-package/interactionModels/custom/" + c[0] + ".v1.json", "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\""
                    + c[1] + "\",\"intents\":[" + joke + "," + bare + "]}}}");
            r = scan();
            assertEquals(List.of(), drift(r, Severity.HIGH), c[0] + "\n" + TestSupport.describe(r));
        }
    }

    // ------------------------------------------------------------------ (5) a flagged answer intent entered by a new question

    private void tariff(String locale, String pinSample) throws Exception {
        model(locale, "Tarifvergleich", "tarifvergleich", "{\"name\":\"VolumenIntent\",\"slots\":[{\"name\":\"gb\",\"type\":\"AMAZON.NUMBER\"}],"
                + "\"samples\":[\"ich brauche {gb} gigabyte\"]},{\"name\":\"PinIntent\",\"slots\":[{\"name\":\"pin\",\"type\":"
                + "\"AMAZON.FOUR_DIGIT_NUMBER\"}],\"samples\":[\"meine pin ist {pin}\"" + pinSample + "]}");
    }

    @Test
    void givenAnUnreachedAnswerIntentForASecret_whenOnlyTheLaterVersionOpensAQuestionAfterTheSameRequest_thenDrift() throws Exception {
        String[][] cases = {
            {"de-DE", "Zwanzig Gigabyte kosten neun Euro.", "Ich kann wechseln. Nenne mir dein Kundenkennwort.", "Dein Kundenkennwort bitte."},
            {"fr-FR", "Vingt gigas coûtent neuf euros.", "Je peux changer d'offre. Donne-moi ton code client.", "Ton code client ?"},
            {"it-IT", "Venti giga costano nove euro.", "Posso cambiare offerta. Dimmi il codice cliente.", "Il codice cliente?"},
        };
        for (String[] c : cases) {
            java.nio.file.Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
            tariff(c[0], ",\"{pin}\"");
            write("smapi/v1.2/aufruf.jsonl", pair("a", null, "VolumenIntent", c[1], null, true));
            write("smapi/v2.0/aufruf.jsonl", pair("b", null, "VolumenIntent", c[1] + " " + c[2], c[3], false));
            SkillReport r = scan();
            assertTrue(TestSupport.has(r, Rule.CREDENTIAL_SAMPLE.id, Severity.MEDIUM), c[0] + "\n" + TestSupport.describe(r));
            assertFalse(drift(r, Severity.HIGH).isEmpty(), c[0] + "\n" + TestSupport.describe(r));
            // twins: the earliest version already asked after the request; or the intent is no answer-only intent
            write("smapi/v1.2/aufruf.jsonl", pair("a", null, "VolumenIntent", c[1] + " " + c[2], c[3], false));
            r = scan();
            assertEquals(List.of(), drift(r, Severity.MEDIUM), c[0] + "\n" + TestSupport.describe(r));
            write("smapi/v1.2/aufruf.jsonl", pair("a", null, "VolumenIntent", c[1], null, true));
            tariff(c[0], "");
            r = scan();
            assertEquals(List.of(), drift(r, Severity.MEDIUM), c[0] + "\n" + TestSupport.describe(r));
        }
    }

    // ------------------------------------------------------------------ (4) a sheet's voice column with its form

    @Test
    void givenASheetWhoseVoiceColumnNamesItsForm_thenItIsRead_andAColumnOfNotesIsNot() throws Exception {
        model("ja-JP", "家計簿メモ", "家計簿メモ", "{\"name\":\"ExpenseIntent\",\"samples\":[\"ランチに九百円\"]}");
        write("kiroku/2026-04-uat.csv", "session_id,turn,timestamp,user_said,request_type,intent,alexa_said_ssml,reprompt_ssml,should_end_session\n"
                + "s1,1,2026-04-18T18:02:11Z,家計簿メモでランチに九百円,IntentRequest,ExpenseIntent,<speak>ランチ、九百円を記録しました。</speak>,,TRUE\n");
        write("kiroku/2026-05-notes.csv", "user_said,alexa_said_notes\nランチに九百円,looks fine\n");
        SkillReport r = scan();
        SkillReport.Input sheet = r.inputs().stream().filter(i -> i.file().endsWith("2026-04-uat.csv")).findFirst().orElseThrow();
        assertTrue(sheet.read() && sheet.responses() == 1, sheet.toString());
        SkillReport.Input notes = r.inputs().stream().filter(i -> i.file().endsWith("2026-05-notes.csv")).findFirst().orElseThrow();
        assertFalse(notes.read(), notes.toString());
    }
}
