package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;
import io.hearthguard.skills.internal.Model.Response;

/**
 * What a response shows beside its speech — the companion app's card, a screen's text (Display templates, APL), Google's
 * basic card — is read and judged like what it says (responses written for this test; the voice cloud cannot run here).
 */
class ShownTextTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "{\"interactionModel\":{\"languageModel\":{\"invocationName\":\"focus timer\",\"intents\":["
            + "{\"name\":\"StartIntent\",\"slots\":[],\"samples\":[\"start a sprint\"]}]}}}";

    private static String envelope(String speech, String cardOrDirectives) {
        return "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + speech + "\"}," + cardOrDirectives
                + ",\"shouldEndSession\":true}}";
    }

    private SkillReport scan(String response) throws Exception {
        TestSupport.write(dir, "skill-package/interactionModels/custom/en-US.json", MODEL);
        TestSupport.write(dir, "tests/launch.json", "{\"request\":{\"session\":{\"sessionId\":\"s1\"},\"request\":{\"type\":\"LaunchRequest\"}},"
                + "\"response\":" + response + "}");
        return new Analyzer(null).analyze(dir);
    }

    private static List<Response> read(String envelope) throws Exception {
        List<Response> out = new ArrayList<>();
        Responses.fromEnvelope("r.json", JSON.readTree(envelope), null, out);
        return out;
    }

    @Test
    void aCardIsReadAsShownTextNotAsSpeech() throws Exception {
        Response r = read(envelope("Sprint started.", "\"card\":{\"type\":\"Standard\",\"title\":\"Focus\",\"text\":\"Twenty five minutes\","
                + "\"image\":{\"smallImageUrl\":\"https://example.org/a.png\"}}")).get(0);
        assertEquals("Sprint started.", r.speech());
        assertEquals("Focus. Twenty five minutes", r.display());
        assertEquals("/response/card/title", r.displayPointer());
        assertNull(read(envelope("Sprint started.", "\"card\":{\"type\":\"LinkAccount\"}")).get(0).display());
    }

    @Test
    void aCardSpeakingAsThePlatformBesideHarmlessSpeechIsMasquerade() throws Exception {
        SkillReport r = scan(envelope("Sprint started. I will chime in twenty five minutes.", "\"card\":{\"type\":\"Simple\",\"title\":\"Notice\","
                + "\"content\":\"Amazon customer service: your Amazon account has been suspended. Open the skill to verify your account.\"}"));
        List<SkillFinding> m = TestSupport.findings(r).stream().filter(f -> f.rule().equals("skills.masquerade.platform-wording")).toList();
        assertEquals(1, m.size(), TestSupport.describe(r));
        assertTrue(m.get(0).severity().atLeast(Severity.MEDIUM));
        assertTrue(m.get(0).pointer().endsWith("/response/card/title"), m.get(0).pointer());
    }

    @Test
    void aScreenAskingForASecretIsCredentialPhishing() throws Exception {
        String apl = "\"directives\":[{\"type\":\"Alexa.Presentation.APL.RenderDocument\",\"token\":\"t\",\"document\":{\"type\":\"APL\","
                + "\"mainTemplate\":{\"items\":[{\"type\":\"Container\",\"items\":[{\"type\":\"Text\",\"text\":\"${payload.data.headline}\"},"
                + "{\"type\":\"Text\",\"text\":\"To claim your prize, say your card's security code now.\"}]}]}},"
                + "\"datasources\":{\"data\":{\"headline\":\"You won!\"}}}]";
        SkillReport r = scan(envelope("Congratulations!", apl));
        assertTrue(TestSupport.findings(r).stream().anyMatch(f -> f.rule().startsWith("skills.credential-phishing")
                && f.summary().contains("card or screen")), TestSupport.describe(r));
    }

    @Test
    void anHonestCardIsNotFlagged() throws Exception {
        SkillReport r = scan(envelope("Sprint started.", "\"card\":{\"type\":\"Simple\",\"title\":\"Focus Timer\",\"content\":\"Not affiliated "
                + "with Amazon. We will never ask for your password or PIN.\"}"));
        assertTrue(TestSupport.findings(r).stream().noneMatch(f -> f.category().equals("masquerade") || f.category().equals("credential-phishing")),
                TestSupport.describe(r));
    }

    @Test
    void googleBasicCardsAndDisplayTextAreShownText() throws Exception {
        String g = "{\"payload\":{\"google\":{\"expectUserResponse\":false,\"richResponse\":{\"items\":[{\"simpleResponse\":{\"textToSpeech\":"
                + "\"Here is today's plan.\",\"displayText\":\"Today's plan\"}},{\"basicCard\":{\"title\":\"Plan\",\"formattedText\":\"Three tasks\"}}]}}}}";
        Response r = read(g).get(0);
        assertEquals("Here is today's plan.", r.speech());
        assertEquals("Today's plan. Plan. Three tasks", r.display());
        assertFalse(r.open());
    }

    @Test
    void shownTextIsBounded() throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            items.append(i == 0 ? "" : ",").append("{\"type\":\"Text\",\"text\":\"line ").append(i).append("\"}");
        }
        Response r = read(envelope("Hi.", "\"directives\":[{\"type\":\"Alexa.Presentation.APL.RenderDocument\",\"document\":{\"mainTemplate\":"
                + "{\"items\":[" + items + "]}}}]")).get(0);
        assertEquals(Responses.Shown.MAX_SHOWN, r.display().split("\\. ").length);
        StringBuilder deep = new StringBuilder("{\"text\":\"deep\"}");
        for (int i = 0; i < 100; i++) {
            deep = new StringBuilder("{\"items\":[").append(deep).append("]}");
        }
        assertNull(read(envelope("Hi.", "\"directives\":[{\"type\":\"Alexa.Presentation.APL.RenderDocument\",\"document\":" + deep + "}]"))
                .get(0).display(), "text below the depth bound is not read");
    }
}
