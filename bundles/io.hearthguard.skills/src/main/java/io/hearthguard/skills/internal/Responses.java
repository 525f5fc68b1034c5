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
        google(file, n, trigger, out);
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
            int i = 0;
            for (JsonNode x : card.path("permissions")) {
                into.accept(x.asText(""), base + "/response/card/permissions/" + i++, "");
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
        void accept(String permission, String pointer, String reason);
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
        out.add(new Response(file, p, trigger, speech, p + "/outputSpeech/" + field(r.path("outputSpeech")), reprompt,
                p + "/reprompt/outputSpeech/" + field(r.path("reprompt").path("outputSpeech")), end, open));
        return true;
    }

    /** @return true when the response carries a dialog directive (ElicitSlot, Delegate, ConfirmSlot …): the microphone reopens */
    private static boolean dialog(JsonNode r) {
        for (JsonNode d : r.path("directives")) {
            String t = d.path("type").asText("");
            if (t.startsWith("Dialog.") && !t.equals("Dialog.UpdateDynamicEntities")) {
                return true;
            }
        }
        return false;
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
            if (nip.isArray() && nip.size() > 0) {
                JsonNode s = nip.get(0);
                re = s.has("ssml") ? s.path("ssml").asText("") : s.path("textToSpeech").asText("");
                rp = base + "/expectedInputs/0/inputPrompt/noInputPrompts/0/" + (s.has("ssml") ? "ssml" : "textToSpeech");
            }
            if (sp != null || re != null) {
                out.add(new Response(file, base, trigger, sp, pointer, re, rp, !open, open));
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
                out.add(new Response(file, "", trigger, speech.strip(), fs.isTextual() ? "/prompt/firstSimple/" + field : "/prompt/lastSimple/speech",
                        null, "", end, !end));
            }
        }
    }
}
