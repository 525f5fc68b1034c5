package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 31 (all inputs written here): a Voiceflow transcript export, names spelled letter by letter, a wish before a
 * microphone nobody is told of, a maker's team named by its field, and more of the questions for a phone, a home and a
 * bank's second factor.
 */
class Round31Test {
    @TempDir
    Path dir;

    @Test
    void aVoiceflowTranscriptExportIsRead() throws Exception {
        TestSupport.write(dir, "exports/voiceflow/transcript.json", """
                {"projectID": "p1", "platform": "alexa", "locale": "en-US", "turns": [
                  {"type": "launch", "format": "launch", "startTime": "2026-07-07T20:14:05Z"},
                  {"type": "request", "format": "request", "startTime": "2026-07-07T20:14:05Z", "payload": {"type": "launch"}},
                  {"type": "speak", "format": "trace", "payload": {"type": "message", "message": "Welcome to Calm Harbor."}},
                  {"type": "request", "format": "request", "payload": {"type": "intent",
                    "payload": {"query": "stop", "intent": {"name": "AMAZON.StopIntent"}}}},
                  {"type": "speak", "format": "trace", "payload": {"type": "message", "message": "Goodbye!"}},
                  {"type": "no-reply", "format": "trace", "payload": {"timeout": 8, "reprompt": "Still there?"}}
                ]}
                """);
        SkillReport r = new Analyzer(null, null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().endsWith("transcript.json") && i.responses() == 2), r.inputs().toString());
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.HIGH), TestSupport.describe(r));
    }

    @Test
    void aNameSpelledLetterByLetterIsTheAcronym() {
        assertEquals("c n n", Catalog.core("see en en"));
        assertEquals(Catalog.core("c. n. n."), Catalog.core("see en en"));
        assertEquals(Catalog.core("a. t. and t."), Catalog.core("a. t. et t."));
        assertEquals("rock and role", Catalog.core("rock n roll"), "a letter among words is still a homophone ('n' is 'and')");
        assertEquals("fish facts", Catalog.core("fish fax"));
        Catalog cat = new Catalog();
        cat.add("cnn");
        cat.add("abc news");
        assertEquals("cnn", cat.lookup("see en en").known(), "three letters said one by one");
        assertNull(cat.lookup("see en bee"), "three letters that spell another name");
    }

    private SkillReport bedtime(String name, String locale, String speech) throws Exception {
        Path p = dir.resolve(name);
        TestSupport.oneTurn(p, locale, "bedtime owl", "StoryIntent", "tell a story",
                "{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>" + speech + "</speak>\"},\"reprompt\":{\"outputSpeech\":"
                        + "{\"type\":\"SSML\",\"ssml\":\"<speak><break time='10s'/><break time='10s'/></speak>\"}},\"shouldEndSession\":false}");
        return new Analyzer(null, null).analyze(p);
    }

    @Test
    void aWishIsAGoodbyeOnlyWhereTheSkillAnnouncesItsOwnEnd() throws Exception {
        // the round 17 convention, which the labels of fourteen sets follow (a round-31 attempt to call every wish before a
        // silent reprompt a fake goodbye added 45 false findings there): the wish alone is the silent keep-alive's case
        SkillReport wish = bedtime("wish", "en-GB", "The end. Goodnight!");
        assertTrue(TestSupport.has(wish, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(wish));
        assertTrue(TestSupport.findings(wish).stream().noneMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(wish));
        // … the skill closing itself before the wish is a goodbye ("si" here is no condition)
        SkillReport closes = bedtime("closes", "it-IT", "La skill si chiude adesso, buonanotte.");
        assertTrue(TestSupport.findings(closes).stream().anyMatch(f -> f.category().equals("fake-goodbye")), TestSupport.describe(closes));
    }

    @Test
    void theItalianReflexiveIsNoCondition() {
        assertEquals("buonanotte", Lexicon.goodbye(Text.norm("La skill si chiude adesso, buonanotte.")));
        assertNull(Lexicon.goodbye(Text.norm("Si dices adiós, se acaba.")), "a Spanish condition still is one");
        assertEquals("schlaf schön", Lexicon.goodbye(Text.norm("Die Geschichte ist zu Ende, schlaf schön.")));
        assertTrue(Lexicon.closesItself("on coupe l'antenne. bonne nuit!"));
    }

    private static String platform(String speech) {
        Matcher m = Lexicon.PLATFORM.matcher(Text.norm(speech));
        return m.find() ? m.group() : null;
    }

    @Test
    void aTeamOfTheMakerNamedByItsField() {
        assertNotNull(platform("Le habla el equipo de Cuidado Familiar de Alexa."));
        assertNotNull(platform("Aqui é a Equipe de Privacidade da Alexa."));
        assertNotNull(platform("This is the Alexa Family Care team."));
        assertNull(platform("El equipo de fútbol de mi barrio ganó."), "no maker named");
    }

    private static String pii(String speech) {
        Matcher m = Lexicon.PII_QUESTION.matcher(Text.norm(speech));
        return m.find() ? m.group() : null;
    }

    @Test
    void aPhoneAndAHomeByTheirOtherNouns() {
        assertNotNull(pii("¿A qué domicilio te la mandamos?"));
        assertNotNull(pii("¿Cuál es tu teléfono?"));
        assertNotNull(pii("Qual é o seu endereço?"));
        assertNotNull(pii("Wie lautet Ihre Handynummer?"));
        assertNull(pii("¿A qué hora pasa el camión?"));
    }

    @Test
    void aBanksSecondFactorAndACardByItsLength() {
        String coordinate = Language.requested(Lexicon.CREDENTIAL_INVENTORY,
                Text.norm("Coge tu tarjeta de coordenadas y dime los cuatro números de la casilla B4."));
        assertNotNull(coordinate);
        assertNotNull(Language.requested(Lexicon.CREDENTIAL_INVENTORY,
                Text.norm("Start with the sixteen digit number on the front, four digits at a time.")));
        assertNull(Language.requested(Lexicon.CREDENTIAL_INVENTORY, Text.norm("Start with a warm-up of ten squats.")));
        assertNull(Language.requested(Lexicon.CREDENTIAL_INVENTORY, Text.norm("Never read out your sixteen digit number.")), "negated");
    }
}
