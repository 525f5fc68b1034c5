package io.hearthguard.skills.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.internal.Model.Response;

/** Extracts responses from recorded envelopes: Alexa, Google conversation webhook, transcripts. */
public final class Responses {
    private Responses() {
    }

    /**
     * Adds the responses found in one JSON document.
     *
     * @param trigger the request that produced it when known from elsewhere (file name), else null
     */
    public static void fromEnvelope(String file, JsonNode n, String trigger, List<Response> out) {
        if (n.path("turns").isArray()) {
            JsonNode turns = n.get("turns");
            for (int i = 0; i < turns.size() && i < 10_000; i++) {
                JsonNode t = turns.get(i);
                alexa(file, "/turns/" + i + "/response", t.path("response"), triggerOf(t.path("request")), out);
            }
            return;
        }
        if (alexa(file, "", n, trigger, out)) {
            return;
        }
        int before = out.size();
        google(file, n, trigger, out);
        if (out.size() == before && DialogflowTurns.isResponse(n)) {
            DialogflowTurns.read(file, n, trigger, out);
        }
    }

    /**
     * Reports every permission a response asks the user to grant at run time: Alexa's {@code AskForPermissionsConsent}
     * card and {@code Connections.SendRequest} "AskFor" directive, Google's {@code actions.intent.PERMISSION} helper
     * (conversation webhook {@code possibleIntents[].inputValueData.permissions}, Dialogflow {@code systemIntent.data}).
     */
    static void permissions(JsonNode n, String base, PermissionSink into) {
        JsonNode r = n.path("response").isObject() ? n.path("response") : n;
        JsonNode card = r.path("card");
        if ("AskForPermissionsConsent".equals(card.path("type").asText(""))) {
            // round 28 (main): what the skill says beside the consent card is the reason it gives the user ("To send the
            // truck to your home I need your address. Please allow address access in the Alexa app.")
            String said = speechText(r.path("outputSpeech"));
            String spoken = said == null ? "" : Text.norm(said);
            int i = 0;
            for (JsonNode x : card.path("permissions")) {
                into.accept(x.asText(""), base + "/response/card/permissions/" + i++, "", spoken);
            }
        }
        int d = 0;
        for (JsonNode x : r.path("directives")) {
            if ("Connections.SendRequest".equals(x.path("type").asText("")) && "AskFor".equals(x.path("name").asText(""))) {
                into.accept(x.at("/payload/permissionScope").asText(""), base + "/response/directives/" + d + "/payload/permissionScope", "");
                // round 19: version 2 of the consent request names several scopes ("permissionScopes": [{"permissionScope": …}])
                int k = 0;
                for (JsonNode scope : x.at("/payload/permissionScopes")) {
                    if (k >= 100) {
                        break;
                    }
                    into.accept(scope.path("permissionScope").asText(""), base + "/response/directives/" + d + "/payload/permissionScopes/" + k++
                            + "/permissionScope", "");
                }
            }
            d++;
        }
        JsonNode g = n.has("payload") ? n.path("payload").path("google") : n;
        String gb = base + (n.has("payload") ? "/payload/google" : "");
        int e = 0;
        for (JsonNode in : g.path("expectedInputs")) {
            int k = 0;
            for (JsonNode pi : in.path("possibleIntents")) {
                if ("actions.intent.PERMISSION".equals(pi.path("intent").asText(""))) {
                    int i = 0;
                    String why = pi.path("inputValueData").path("optContext").asText("");
                    for (JsonNode x : pi.path("inputValueData").path("permissions")) {
                        into.accept(x.asText(""), gb + "/expectedInputs/" + e + "/possibleIntents/" + k + "/inputValueData/permissions/" + i++, why);
                    }
                }
                k++;
            }
            e++;
        }
        JsonNode si = g.path("systemIntent");
        if ("actions.intent.PERMISSION".equals(si.path("intent").asText(""))) {
            int i = 0;
            String why = si.path("data").path("optContext").asText("");
            for (JsonNode x : si.path("data").path("permissions")) {
                into.accept(x.asText(""), gb + "/systemIntent/data/permissions/" + i++, why);
            }
        }
    }

    /** Receives one permission asked for at run time: its name, where, and the reason the skill gives ("" when none). */
    interface PermissionSink {
        /**
         * @param reason the purpose the platform's consent request states (Google's {@code optContext}), "" when none
         * @param spoken round 28: what the skill says beside the request (Alexa's consent card), "" when none — free speech
         *               that usually names the data, so it is not a purpose text of its own
         */
        void accept(String permission, String pointer, String reason, String spoken);

        default void accept(String permission, String pointer, String reason) {
            accept(permission, pointer, reason, "");
        }
    }

    /** @return the intent name or request type of an Alexa request envelope, or null */
    public static String triggerOf(JsonNode request) {
        JsonNode r = request.path("request");
        String intent = r.path("intent").path("name").asText(null);
        if (intent != null) {
            return intent;
        }
        return r.path("type").asText(null);
    }

    /** Reads an Alexa response envelope (or a bare response object) at {@code base}. */
    static boolean alexa(String file, String base, JsonNode env, String trigger, List<Response> out) {
        JsonNode r = env.path("response");
        String p = base + "/response";
        if (!r.isObject()) {
            if (env.has("outputSpeech") || env.has("shouldEndSession")) {
                r = env;
                p = base;
            } else {
                return false;
            }
        }
        if (!r.has("outputSpeech") && !r.has("reprompt") && !r.has("shouldEndSession") && !r.has("directives")) {
            return false;
        }
        String speech = speechText(r.path("outputSpeech"));
        String reprompt = r.path("reprompt").isObject() ? speechText(r.path("reprompt").path("outputSpeech")) : null;
        Boolean end = r.path("shouldEndSession").isBoolean() ? r.get("shouldEndSession").asBoolean() : null;
        boolean open = Boolean.FALSE.equals(end) || (reprompt != null && !Boolean.TRUE.equals(end)) || (!Boolean.TRUE.equals(end) && dialog(r));
        Shown shown = new Shown();
        if (r.path("card").isObject()) {
            shown.card(r.path("card"), p + "/card");
        }
        int d = 0;
        for (JsonNode x : r.path("directives")) {
            if (showsText(x.path("type").asText(""))) {
                // a screen's text: Display templates (title, textContent) and APL/APLT documents with their data sources
                shown.walk(x, p + "/directives/" + d, 0);
            }
            d++;
        }
        out.add(new Response(file, p, trigger, speech, p + "/outputSpeech/" + field(r.path("outputSpeech")), reprompt,
                p + "/reprompt/outputSpeech/" + field(r.path("reprompt").path("outputSpeech")), end, open).withDisplay(shown.text(), shown.pointer));
        return true;
    }

    /**
     * What a response shows beside its speech, collected in document order: the companion app's card (title and content or
     * text), a screen's text (Display templates, APL documents and data sources, Google's basic card and display text).
     * Bounded: {@value #MAX_SHOWN} strings, {@value #MAX_SHOWN_DEPTH} levels; data-binding expressions ({@code ${…}}) and
     * URLs are not text anyone reads.
     */
    static final class Shown {
        static final int MAX_SHOWN = 64;
        static final int MAX_SHOWN_DEPTH = 24;
        /** Keys whose string values are text on a card or screen. */
        private static final java.util.Set<String> TEXT_KEYS = java.util.Set.of("title", "content", "text", "subtitle", "headerTitle",
                "headerSubtitle", "primaryText", "secondaryText", "tertiaryText", "hintText", "formattedText", "displayText", "message",
                "header", "body", "footer", "caption");
        private final StringBuilder text = new StringBuilder();
        private int count;
        String pointer;

        void card(JsonNode card, String at) {
            String type = card.path("type").asText("");
            if (!card.isObject() || type.equals("AskForPermissionsConsent") || type.equals("LinkAccount")) {
                return;
            }
            for (String k : new String[] {"title", "content", "text"}) {
                add(card.path(k), at + "/" + k);
            }
        }

        /** Nodes a walk may visit: a screen's document may be large, and only its text is wanted. */
        static final int MAX_SHOWN_NODES = 4_000;
        private int nodes;
        /** The path of the node being walked (keys and indexes); a pointer is built only for text that is kept. */
        private final java.util.ArrayList<String> path = new java.util.ArrayList<>();
        private String base;

        void walk(JsonNode n, String at, int depth) {
            base = at;
            path.clear();
            walk(n, depth);
        }

        private void walk(JsonNode n, int depth) {
            if (depth > MAX_SHOWN_DEPTH || count >= MAX_SHOWN || ++nodes > MAX_SHOWN_NODES) {
                return;
            }
            if (n.isArray()) {
                for (int i = 0; i < n.size() && count < MAX_SHOWN; i++) {
                    if (n.get(i).isContainerNode()) {
                        path.add(Integer.toString(i));
                        walk(n.get(i), depth + 1);
                        path.remove(path.size() - 1);
                    }
                }
                return;
            }
            var it = n.fields();
            while (it.hasNext() && count < MAX_SHOWN) {
                var e = it.next();
                JsonNode v = e.getValue();
                if (v.isTextual() ? TEXT_KEYS.contains(e.getKey()) : v.isContainerNode()) {
                    path.add(e.getKey());
                    if (v.isTextual()) {
                        add(v, null);
                    } else {
                        walk(v, depth + 1);
                    }
                    path.remove(path.size() - 1);
                }
            }
        }

        /** @return the pointer of the node being walked */
        private String pointerHere() {
            StringBuilder b = new StringBuilder(base);
            for (String k : path) {
                b.append('/').append(k.replace("~", "~0").replace("/", "~1"));
            }
            return b.toString();
        }

        private void add(JsonNode v, String at) {
            String t = v.isTextual() ? v.asText().strip() : "";
            if (t.isEmpty() || t.contains("${") || t.startsWith("http://") || t.startsWith("https://") || count >= MAX_SHOWN) {
                return;
            }
            if (pointer == null) {
                pointer = at != null ? at : pointerHere();
            }
            if (text.length() > 0) {
                text.append(t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? " " : ". ");
            }
            text.append(t);
            count++;
        }

        /** @return the shown text, or null when nothing is shown */
        String text() {
            return text.length() == 0 ? null : text.toString();
        }
    }

    /** @return true when the response carries a dialog directive (ElicitSlot, Delegate, ConfirmSlot …): the microphone reopens */
    private static boolean dialog(JsonNode r) {
        for (JsonNode d : r.path("directives")) {
            if (reopensMicrophone(d.path("type").asText(""))) {
                return true;
            }
        }
        return false;
    }

    /** @return true for a directive type that reopens the microphone (ElicitSlot, Delegate, ConfirmSlot …) */
    static boolean reopensMicrophone(String type) {
        return type.startsWith("Dialog.") && !type.equals("Dialog.UpdateDynamicEntities");
    }

    /** @return true for a directive type that puts text on a screen (Display templates, APL/APLT documents) */
    static boolean showsText(String type) {
        return type.startsWith("Display.Render") || type.startsWith("Alexa.Presentation.");
    }

    private static String field(JsonNode os) {
        return os.has("ssml") ? "ssml" : "text";
    }

    private static String speechText(JsonNode os) {
        if (os.isMissingNode() || os.isNull()) {
            return null;
        }
        if (os.has("ssml")) {
            return os.get("ssml").asText("");
        }
        return os.path("text").asText("");
    }

    private static void google(String file, JsonNode n, String trigger, List<Response> out) {
        JsonNode g = n.has("payload") ? n.path("payload").path("google") : n;
        String base = n.has("payload") ? "/payload/google" : "";
        if (g.has("expectUserResponse")) {
            boolean open = g.path("expectUserResponse").asBoolean(false);
            String sp = null;
            String pointer = base;
            JsonNode items = g.at("/expectedInputs/0/inputPrompt/richInitialPrompt/items");
            String ip = base + "/expectedInputs/0/inputPrompt/richInitialPrompt/items";
            if (!items.isArray()) {
                items = g.at("/richResponse/items");
                ip = base + "/richResponse/items";
            }
            if (!items.isArray()) {
                items = g.at("/finalResponse/richResponse/items");
                ip = base + "/finalResponse/richResponse/items";
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode s = items.get(i).path("simpleResponse");
                if (s.isObject()) {
                    sp = s.has("ssml") ? s.path("ssml").asText("") : s.path("textToSpeech").asText("");
                    pointer = ip + "/" + i + "/simpleResponse/" + (s.has("ssml") ? "ssml" : "textToSpeech");
                    break;
                }
            }
            String re = null;
            String rp = base;
            JsonNode nip = g.at("/expectedInputs/0/inputPrompt/noInputPrompts");
            String nipAt = base + "/expectedInputs/0/inputPrompt/noInputPrompts/0/";
            if (!nip.isArray() || nip.size() == 0) {
                // Dialogflow's Actions on Google payload keeps them at its top ("payload": {"google": {"noInputPrompts": […]}})
                nip = g.path("noInputPrompts");
                nipAt = base + "/noInputPrompts/0/";
            }
            if (nip.isArray() && nip.size() > 0) {
                JsonNode s = nip.get(0);
                re = s.has("ssml") ? s.path("ssml").asText("") : s.path("textToSpeech").asText("");
                rp = nipAt + (s.has("ssml") ? "ssml" : "textToSpeech");
            }
            if (sp != null || re != null) {
                Shown shown = new Shown();
                for (int i = 0; i < items.size(); i++) {
                    JsonNode it = items.get(i);
                    shown.add(it.path("simpleResponse").path("displayText"), ip + "/" + i + "/simpleResponse/displayText");
                    if (it.path("basicCard").isObject()) {
                        shown.walk(it.path("basicCard"), ip + "/" + i + "/basicCard", 0);
                    }
                }
                out.add(new Response(file, base, trigger, sp, pointer, re, rp, !open, open).withDisplay(shown.text(), shown.pointer));
            }
            return;
        }
        JsonNode prompt = n.path("prompt");
        if (prompt.isObject()) {
            String field = prompt.path("firstSimple").path("speech").isTextual() ? "speech" : "text";
            JsonNode fs = prompt.path("firstSimple").path(field);
            JsonNode ls = prompt.path("lastSimple").path(prompt.path("lastSimple").path("speech").isTextual() ? "speech" : "text");
            if (fs.isTextual() || ls.isTextual()) {
                boolean end = "actions.scene.END_CONVERSATION".equals(n.path("scene").path("next").path("name").asText(""));
                String speech = (fs.isTextual() ? fs.asText() : "") + (ls.isTextual() ? " " + ls.asText() : "");
                Shown shown = new Shown();
                if (prompt.path("content").isObject()) {
                    // Actions Builder: a card, image, table or list shown beside the speech
                    shown.walk(prompt.path("content"), "/prompt/content", 0);
                }
                out.add(new Response(file, "", trigger, speech.strip(), fs.isTextual() ? "/prompt/firstSimple/" + field : "/prompt/lastSimple/speech",
                        null, "", end, !end).withDisplay(shown.text(), shown.pointer));
            }
        }
    }
}
