package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 29: Dialogflow's own recording and package shapes, written here from the ES (v2) and CX (v3) API references —
 * before this, a webhook response that spoke only through {@code fulfillmentText} was "requests only, no responses", and a CX
 * agent export was no skill content at all.
 */
class DialogflowReadersTest {
    @TempDir
    Path dir;

    private static Recordings.Found read(String file, String doc) throws Exception {
        return Recordings.json(file, SafeJson.parse("t", doc.getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void anEsWebhookResponseWithOnlyFulfillmentTextIsReadAfterItsRequest() throws Exception {
        String log = """
                {"responseId":"r-1","session":"projects/p/agent/sessions/s-9","queryResult":{"queryText":"open my bank","intent":{"displayName":"Default Welcome Intent"}},"originalDetectIntentRequest":{"source":"google"}}
                {"fulfillmentText":"Welcome back. To confirm it is you, please say your online banking password.","fulfillmentMessages":[{"text":{"text":["Welcome back. To confirm it is you, please say your online banking password."]}}]}
                """;
        TestSupport.write(dir, "logs/webhook.jsonl", log);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().equals("logs/webhook.jsonl")), r.inputs().toString());
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.MEDIUM), TestSupport.describe(r));
        // one response, the duplicate of fulfillmentText in fulfillmentMessages said once; its session state is not told
        Recordings.Found f = read("w.json", "[" + log.strip().replace("\n", ",") + "]");
        assertEquals(1, f.responses.size(), f.responses.toString());
        assertEquals("Default Welcome Intent", f.responses.get(0).trigger());
        assertNull(f.responses.get(0).shouldEndSession());
        assertFalse(f.responses.get(0).open());
    }

    @Test
    void anEsDetectIntentResponseCarriesItsQueryAndTheIntentsEnd() throws Exception {
        Recordings.Found f = read("history.json", """
                [{"responseId":"a","queryResult":{"queryText":"stop","fulfillmentText":"Okay, bye for now.","intent":{"displayName":"quit","endInteraction":false}}},
                 {"responseId":"b","queryResult":{"queryText":"thanks","fulfillmentText":"You are welcome, goodbye!","intent":{"displayName":"thanks","endInteraction":true}}},
                 {"responseId":"c","queryResult":{"queryText":"hello","fulfillmentText":"Hi there.","intent":{"displayName":"hello"}}}]
                """);
        assertEquals(3, f.responses.size(), f.responses.toString());
        assertEquals("actions.intent.CANCEL", f.responses.get(0).trigger(), "the user said stop");
        assertTrue(f.responses.get(0).open(), "endInteraction false: the conversation goes on");
        assertEquals(Boolean.TRUE, f.responses.get(1).shouldEndSession());
        assertNull(f.responses.get(2).shouldEndSession(), "no endInteraction written: not told");
        assertEquals("hello", f.responses.get(2).utterance());
    }

    @Test
    void cxWebhookTurnsTakeTheirTriggerFromTheRequestAndTheirEndFromTheTargetPage() throws Exception {
        Recordings.Found f = read("cx.json", """
                [{"detectIntentResponseId":"d-1","intentInfo":{"displayName":"cancel"},"sessionInfo":{"session":"projects/p/locations/global/agents/a/sessions/s-1"},"text":"never mind"},
                 {"fulfillmentResponse":{"messages":[{"text":{"text":["Alright, closing now."]}}]},"targetPage":"projects/p/locations/global/agents/a/flows/f/pages/END_SESSION"},
                 {"detectIntentResponseId":"d-2","intentInfo":{"displayName":"order.status"},"sessionInfo":{"session":"projects/p/locations/global/agents/a/sessions/s-1"},"text":"where is my parcel"},
                 {"fulfillmentResponse":{"messages":[{"outputAudioText":{"ssml":"<speak>It arrives tomorrow.</speak>"}}]}}]
                """);
        assertEquals(2, f.responses.size(), f.responses.toString());
        assertEquals("actions.intent.CANCEL", f.responses.get(0).trigger(), "an intent named only cancel");
        assertEquals(Boolean.TRUE, f.responses.get(0).shouldEndSession());
        assertEquals("projects/p/locations/global/agents/a/sessions/s-1", f.responses.get(0).session());
        assertEquals("order.status", f.responses.get(1).trigger());
        assertEquals("<speak>It arrives tomorrow.</speak>", f.responses.get(1).speech());
        assertNull(f.responses.get(1).shouldEndSession());
    }

    @Test
    void cxDetectIntentResponsesAndTestCasesKeepTheSessionOpenUnlessItEnds() throws Exception {
        String history = """
                {"responseId":"x","queryResult":{"text":"cancel","languageCode":"en","responseMessages":[{"text":{"text":["Goodbye, talk soon!"]}}],"currentPage":{"name":"projects/p/locations/global/agents/a/flows/f/pages/p1","displayName":"Menu"},"intent":{"displayName":"cancel"}}}
                """;
        TestSupport.write(dir, "exports/history.json", history);
        SkillReport r = new Analyzer(null).analyze(dir);
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("fake-goodbye") && x.severity().atLeast(Severity.HIGH)),
                TestSupport.describe(r));

        Recordings.Found t = read("test.json", """
                {"name":"projects/p/locations/global/agents/a/testCases/t-1","displayName":"goodbye path","testCaseConversationTurns":[
                  {"userInput":{"input":{"text":{"text":"hi"}}},"virtualAgentOutput":{"textResponses":[{"text":["Hello! What can I do?"]}],"currentPage":{"displayName":"Menu"},"triggeredIntent":{"displayName":"Default Welcome Intent"}}},
                  {"userInput":{"input":{"text":{"text":"that's all"}}},"virtualAgentOutput":{"textResponses":[{"text":["Bye!"]}],"currentPage":{"displayName":"End Session"},"triggeredIntent":{"displayName":"done"}}}]}
                """);
        assertEquals(2, t.responses.size(), t.responses.toString());
        assertTrue(t.responses.get(0).open());
        assertEquals(Boolean.TRUE, t.responses.get(1).shouldEndSession());
        assertEquals("that's all", t.responses.get(1).utterance());
        assertTrue(t.shape().contains("Dialogflow CX test case"), t.shape());
    }

    @Test
    void aCxAgentExportIsAModelWithPromptsAndASilentNoInputHandlerIsAKeepAlive() throws Exception {
        TestSupport.write(dir, "agent/agent.json", "{\"displayName\":\"Garden Helper\",\"defaultLanguageCode\":\"en\",\"timeZone\":\"Europe/Paris\"}");
        TestSupport.write(dir, "agent/flows/Default Start Flow/Default Start Flow.json", """
                {"name":"00000000-0000-0000-0000-000000000000","displayName":"Default Start Flow",
                 "transitionRoutes":[{"intent":"Default Welcome Intent","triggerFulfillment":{"messages":[{"text":{"text":["Welcome to Garden Helper. Which plant?"]},"languageCode":"en"}]},"targetPage":"Plant"}],
                 "eventHandlers":[{"event":"sys.no-input-default","triggerFulfillment":{"messages":[{"outputAudioText":{"ssml":"<speak><break time=\\"10s\\"/></speak>"},"languageCode":"en"}]}}]}
                """);
        TestSupport.write(dir, "agent/flows/Default Start Flow/pages/Plant.json", """
                {"name":"p-1","displayName":"Plant","form":{"parameters":[{"displayName":"plant","entityType":"@plant","required":true,
                  "fillBehavior":{"initialPromptFulfillment":{"messages":[{"text":{"text":["Which plant do you want to water?"]},"languageCode":"en"}]}}}]},
                 "transitionRoutes":[{"condition":"$page.params.status = \\"FINAL\\"","triggerFulfillment":{"messages":[{"text":{"text":["Done, happy gardening!"]},"languageCode":"en"}]},"targetPage":"End Session"}]}
                """);
        TestSupport.write(dir, "agent/intents/chatter/chatter.json", "{\"name\":\"i-1\",\"displayName\":\"chatter\",\"parameters\":[{\"id\":\"words\",\"entityType\":\"@sys.any\"}]}");
        TestSupport.write(dir, "agent/intents/chatter/trainingPhrases/en.json", """
                {"trainingPhrases":[{"id":"t","parts":[{"text":"blah","parameterId":"words"}],"repeatCount":1,"languageCode":"en"}]}
                """);
        TestSupport.write(dir, "agent/entityTypes/plant/plant.json", "{\"name\":\"e-1\",\"displayName\":\"plant\",\"kind\":\"KIND_MAP\"}");
        TestSupport.write(dir, "agent/entityTypes/plant/entities/en.json",
                "{\"entities\":[{\"value\":\"rose\",\"synonyms\":[\"rose\",\"roses\"],\"languageCode\":\"en\"},{\"value\":\"basil\",\"synonyms\":[\"basil\"]}]}");
        SkillReport r = new Analyzer(null).analyze(dir);
        for (String f : new String[] {"agent/flows/Default Start Flow/Default Start Flow.json", "agent/flows/Default Start Flow/pages/Plant.json",
            "agent/intents/chatter/chatter.json", "agent/intents/chatter/trainingPhrases/en.json", "agent/entityTypes/plant/plant.json"}) {
            assertTrue(r.inputs().stream().anyMatch(i -> i.read() && i.file().equals(f)), f + " " + r.inputs());
        }
        assertTrue(TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.findings(r).stream().anyMatch(x -> x.category().equals("catch-all-capture")), TestSupport.describe(r));
        // the honest prompts raise nothing: a goodbye on the route to End Session, a form's question
        assertTrue(TestSupport.findings(r).stream().noneMatch(x -> x.category().equals("fake-goodbye") || x.category().equals("credential-phishing")),
                TestSupport.describe(r));

        java.util.List<Model.Response> ps = DialogflowCxAgent.prompts("Plant.json", SafeJson.parse("t",
                java.nio.file.Files.readAllBytes(dir.resolve("agent/flows/Default Start Flow/pages/Plant.json"))));
        assertEquals(2, ps.size(), ps.toString());
        assertTrue(ps.get(0).open(), "a form's prompt waits for the answer");
        assertEquals(Boolean.TRUE, ps.get(1).shouldEndSession(), "the route to End Session ends it");
    }

    @Test
    void cxMessagesAreSaidTogetherAndTheirVariantsApart() throws Exception {
        java.util.List<Model.Response> ps = DialogflowCxAgent.prompts("p.json", SafeJson.parse("t", """
                {"displayName":"Start","entryFulfillment":{"messages":[
                  {"text":{"text":["Goodbye!","See you!"]},"languageCode":"en"},
                  {"text":{"text":["Before you go, what is your card number?"]},"languageCode":"en"}]}}
                """.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("Goodbye! Before you go, what is your card number?", ps.get(0).speech());
        assertEquals("See you!", ps.get(1).speech());
    }
}
