package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.internal.Model.Response;

/**
 * What a Dialogflow agent said in a recorded turn, in the shapes Dialogflow ES (v2) and CX (v3) write — read from their
 * public API references, not from any evaluation set:
 * <ul>
 * <li>an ES webhook response: {@code fulfillmentText}, {@code fulfillmentMessages[]} ({@code text.text[]},
 * {@code simpleResponses.simpleResponses[]} of the Actions on Google platform, {@code card} / {@code basicCard} shown);
 * the session state is told only by {@code payload.google.expectUserResponse}, else it is unknown;</li>
 * <li>an ES {@code detectIntent} response ({@code queryResult} without the webhook request's {@code session}):
 * {@code queryResult.fulfillmentText} / {@code fulfillmentMessages}; the matched intent's {@code endInteraction}
 * (written only when it is set, so an intent without it keeps the conversation going only when it says so with
 * {@code false});</li>
 * <li>a CX webhook response: {@code fulfillmentResponse.messages[]} ({@code text.text[]}, {@code outputAudioText.text}
 * or {@code .ssml}); a {@code targetPage} (or {@code pageInfo.currentPage}) that is the {@code END_SESSION} page ends the
 * session, else its state is unknown;</li>
 * <li>a CX {@code detectIntent} response or a test case's turn: {@code queryResult.responseMessages[]} or
 * {@code virtualAgentOutput.textResponses[]}; an {@code endInteraction} message or the End Session page as the current
 * page ends it, and otherwise, the current page being known, the agent waits for the next input (the microphone stays
 * open on a voice gateway).</li>
 * </ul>
 * A request of either edition ({@link #request}) gives the intent matched and what the user said; a Stop or Cancel said,
 * or an intent named only so, is {@code actions.intent.CANCEL}. Pure functions; bounded by the messages read
 * ({@link #MAX_MESSAGES}).
 */
final class DialogflowTurns {
    /** Messages read per response. */
    static final int MAX_MESSAGES = 200;
    /** An intent named only "stop" or "cancel" (with "intent" around it): the user's Stop. */
    private static final Pattern STOP_INTENT = Pattern.compile("(?iu)(?:intent[ ._-]*)?(?:stop|cancel|exit|quit|abbrechen|beenden|annuler|"
            + "arr[eê]ter|cancelar|salir|annulla|esci|終了|キャンセル)(?:[ ._-]*intent)?");

    private DialogflowTurns() {
    }

    /** @return true for a response of an ES or CX webhook or of a detectIntent call (cheap tests of top-level keys) */
    static boolean isResponse(JsonNode n) {
        if (!n.isObject()) {
            return false;
        }
        if (n.has("fulfillmentText") || n.path("fulfillmentMessages").isArray() || n.path("fulfillmentResponse").isObject()
                || n.path("textResponses").isArray()) {
            return true;
        }
        JsonNode q = n.path("queryResult");
        return q.isObject() && !n.has("session") && (q.has("fulfillmentText") || q.path("fulfillmentMessages").isArray()
                || q.path("responseMessages").isArray());
    }

    /** @return true for a CX webhook request ({@code sessionInfo} with what matched, no response of its own) */
    static boolean isCxRequest(JsonNode n) {
        return n.isObject() && !n.has("fulfillmentResponse") && (n.has("detectIntentResponseId")
                || n.path("sessionInfo").isObject() && (n.path("intentInfo").isObject() || n.path("fulfillmentInfo").isObject()));
    }

    /**
     * @return {trigger, session, utterance} of a CX webhook request, a detectIntent request ({@code queryInput}) or the
     *         query part of a detectIntent response; null when {@code n} is none of them
     */
    static String[] request(JsonNode n) {
        if (isCxRequest(n)) {
            String said = text(n.path("text"), n.path("transcript"));
            String intent = n.path("intentInfo").path("displayName").asText(null);
            return new String[] {trigger(intent, said), n.path("sessionInfo").path("session").asText(null), said};
        }
        if (n.path("queryInput").isObject()) {
            JsonNode in = n.path("queryInput");
            String said = text(in.path("text").path("text"), in.path("transcript"));
            String event = in.path("event").path("event").asText(in.path("event").path("name").asText(null));
            return new String[] {trigger(event, said), n.path("session").asText(null), said};
        }
        JsonNode q = n.path("queryResult");
        if (q.isObject()) {
            String said = text(q.path("queryText"), q.path("text"), q.path("transcript"));
            String intent = q.path("intent").path("displayName").asText(q.path("match").path("intent").path("displayName").asText(
                    q.path("triggerIntent").asText(null)));
            return new String[] {trigger(intent, said), n.path("session").asText(null), said};
        }
        return null;
    }

    /** @return {trigger, utterance} of a CX test case turn's user input and the intent it triggered */
    static String[] testTurn(JsonNode turn) {
        JsonNode in = turn.path("userInput").path("input");
        String said = text(in.path("text").path("text"));
        String event = in.path("event").path("event").asText(null);
        String intent = turn.path("virtualAgentOutput").path("triggeredIntent").path("displayName").asText("");
        return new String[] {trigger(intent.isBlank() ? event : intent, said), said};
    }

    private static String text(JsonNode... candidates) {
        for (JsonNode c : candidates) {
            if (c.isTextual() && !c.asText().isBlank()) {
                return c.asText();
            }
        }
        return null;
    }

    /** @return Cancel when the user said Stop or Cancel or the intent is named only so; else the intent's name */
    static String trigger(String intent, String said) {
        if (said != null && Recordings.stopWords(said)) {
            return "actions.intent.CANCEL";
        }
        if (intent != null && STOP_INTENT.matcher(intent.strip()).matches()) {
            return "actions.intent.CANCEL";
        }
        return intent;
    }

    /** Reads the response {@code n} answering {@code trigger} into {@code out}; @return true when it held speech */
    static boolean read(String file, JsonNode n, String trigger, List<Response> out) {
        Said said = new Said();
        Boolean end = null;
        boolean open = false;
        if (n.path("fulfillmentResponse").isObject()) {
            // CX webhook response
            messages(n.path("fulfillmentResponse").path("messages"), "/fulfillmentResponse/messages", said);
            if (endPage(n.path("targetPage").asText("")) || endPage(n.path("pageInfo").path("currentPage").asText(""))) {
                end = Boolean.TRUE;
            }
        } else if (n.path("textResponses").isArray()) {
            // CX test case turn: virtualAgentOutput
            messages(n.path("textResponses"), "/textResponses", said);
            boolean ends = endPage(n.path("currentPage").path("name").asText("")) || endPage(n.path("currentPage").path("displayName").asText(""));
            end = ends ? Boolean.TRUE : n.path("currentPage").isObject() ? Boolean.FALSE : null;
        } else if (n.path("queryResult").isObject() && !n.has("session")) {
            JsonNode q = n.path("queryResult");
            if (q.path("responseMessages").isArray()) {
                // CX detectIntent response
                messages(q.path("responseMessages"), "/queryResult/responseMessages", said);
                boolean ends = said.endInteraction || endPage(q.path("currentPage").path("name").asText(""))
                        || endPage(q.path("currentPage").path("displayName").asText(""));
                end = ends ? Boolean.TRUE : q.path("currentPage").isObject() ? Boolean.FALSE : null;
            } else {
                // ES detectIntent response
                messages(q.path("fulfillmentMessages"), "/queryResult/fulfillmentMessages", said);
                said.add(q.path("fulfillmentText"), "/queryResult/fulfillmentText");
                JsonNode ei = q.path("intent").path("endInteraction");
                end = ei.isBoolean() ? Boolean.valueOf(ei.asBoolean()) : null;
                end = expectUserResponse(n.path("webhookPayload").path("google"), end);
            }
        } else {
            // ES webhook response
            messages(n.path("fulfillmentMessages"), "/fulfillmentMessages", said);
            said.add(n.path("fulfillmentText"), "/fulfillmentText");
            end = expectUserResponse(n.path("payload").path("google"), null);
        }
        if (said.endInteraction && end == null) {
            end = Boolean.TRUE;
        }
        open = Boolean.FALSE.equals(end);
        if (said.text.isEmpty() && said.shown.isEmpty()) {
            return false;
        }
        String speech = String.join(" ", said.text);
        String shown = said.shown.isEmpty() ? null : String.join(" ", said.shown);
        out.add(new Response(file, "", trigger, speech, said.pointer == null ? "" : said.pointer, null, null, end, open)
                .withDisplay(shown, said.shownPointer));
        return true;
    }

    private static Boolean expectUserResponse(JsonNode google, Boolean otherwise) {
        JsonNode e = google.path("expectUserResponse");
        return e.isBoolean() ? Boolean.valueOf(!e.asBoolean()) : otherwise;
    }

    /** @return true for CX's End Session page, by resource name ({@code …/pages/END_SESSION}) or as exported ("End Session") */
    static boolean endPage(String page) {
        String p = page.strip();
        return p.endsWith("END_SESSION") || p.equalsIgnoreCase("End Session");
    }

    /** The text of one response's messages, each once, in order. */
    private static final class Said {
        final List<String> text = new ArrayList<>();
        final List<String> shown = new ArrayList<>();
        String pointer;
        String shownPointer;
        boolean endInteraction;

        void add(JsonNode t, String at) {
            if (!t.isTextual() || t.asText().isBlank() || text.size() >= MAX_MESSAGES) {
                return;
            }
            String s = t.asText().strip();
            for (String x : text) {
                if (norm(x).equals(norm(s))) {
                    return; // the same text for another platform or in fulfillmentText again
                }
            }
            text.add(s);
            if (pointer == null) {
                pointer = at;
            }
        }

        void show(JsonNode t, String at) {
            if (t.isTextual() && !t.asText().isBlank() && shown.size() < MAX_MESSAGES) {
                shown.add(t.asText().strip());
                if (shownPointer == null) {
                    shownPointer = at;
                }
            }
        }

        private static String norm(String s) {
            return s.replaceAll("<[^>]*>", "").strip().toLowerCase(Locale.ROOT);
        }
    }

    /** Reads ES and CX message lists (and a CX test turn's {@code textResponses}, each {@code {text: [...]}}). */
    private static void messages(JsonNode ms, String base, Said said) {
        for (int i = 0; ms.isArray() && i < ms.size() && i < MAX_MESSAGES; i++) {
            JsonNode m = ms.get(i);
            String at = base + "/" + i;
            JsonNode t = m.path("text");
            if (t.isArray()) {
                // a CX test turn's text response: {"text": ["…"]}
                for (int j = 0; j < t.size(); j++) {
                    said.add(t.get(j), at + "/text/" + j);
                }
            }
            JsonNode tt = t.path("text");
            for (int j = 0; tt.isArray() && j < tt.size(); j++) {
                said.add(tt.get(j), at + "/text/text/" + j);
            }
            JsonNode oat = m.path("outputAudioText");
            if (oat.isObject()) {
                said.add(oat.has("ssml") ? oat.path("ssml") : oat.path("text"), at + "/outputAudioText/" + (oat.has("ssml") ? "ssml" : "text"));
            }
            JsonNode sr = m.path("simpleResponses").path("simpleResponses");
            for (int j = 0; sr.isArray() && j < sr.size(); j++) {
                JsonNode s = sr.get(j);
                said.add(s.has("ssml") ? s.path("ssml") : s.path("textToSpeech"), at + "/simpleResponses/simpleResponses/" + j);
                said.show(s.path("displayText"), at + "/simpleResponses/simpleResponses/" + j + "/displayText");
            }
            for (String card : new String[] {"card", "basicCard"}) {
                JsonNode c = m.path(card);
                if (c.isObject()) {
                    said.show(c.path("title"), at + "/" + card + "/title");
                    said.show(c.path("subtitle"), at + "/" + card + "/subtitle");
                    said.show(c.path("formattedText"), at + "/" + card + "/formattedText");
                }
            }
            if (m.has("endInteraction")) {
                said.endInteraction = true;
            }
        }
    }
}
