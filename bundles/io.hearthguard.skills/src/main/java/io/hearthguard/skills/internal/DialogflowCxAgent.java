package io.hearthguard.skills.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Sample;
import io.hearthguard.skills.internal.Model.Slot;

/**
 * A Dialogflow CX agent as its export (a folder, or the zip the console writes) lays it out, read from the CX reference
 * (Agent, Flow, Page, Intent, EntityType resources) — one agent per folder above {@code flows/}, {@code intents/} and
 * {@code entityTypes/}:
 * <ul>
 * <li>{@code flows/<flow>/<flow>.json} and {@code flows/<flow>/pages/<page>.json}: what the agent says — a page's
 * {@code entryFulfillment}, each transition route's and event handler's {@code triggerFulfillment}, each form parameter's
 * {@code fillBehavior.initialPromptFulfillment} and re-prompt handlers. A fulfillment on a route to the End Session page
 * ends the session; a no-input handler's ({@code sys.no-input-*}) and a form prompt's words are said with the microphone
 * open (the agent waits for the user); any other words with the session state unknown, as an Actions Builder scene's;</li>
 * <li>{@code intents/<intent>/<intent>.json} (parameters, {@code entityType} such as {@code @sys.any}) with
 * {@code intents/<intent>/trainingPhrases/<lang>.json} (parts, a part with {@code parameterId} written {@code {id}});</li>
 * <li>{@code entityTypes/<type>/<type>.json} ({@code kind}, {@code autoExpansionMode}) with
 * {@code entityTypes/<type>/entities/<lang>.json} (values and synonyms): a type's values, and an auto-expanded type taking
 * speech beyond its list, as Dialogflow ES entities are read.</li>
 * </ul>
 * CX has no invocation name and no privacy-policy field: none is invented. Bounded by {@link #MAX_PROMPTS} prompts a file.
 */
final class DialogflowCxAgent {
    /** Prompts read of one flow or page file. */
    static final int MAX_PROMPTS = 1_000;
    static final Pattern FLOW = Pattern.compile("(?i)(.*?)flows/([^/]+)/(?:pages/([^/]+)|\\2)\\.json");
    static final Pattern INTENT = Pattern.compile("(?i)(.*?)intents/([^/]+)/(?:trainingPhrases/([a-z]{2,3}(?:-[a-z0-9]{2,4})?)|\\2)\\.json");
    static final Pattern ENTITY_TYPE = Pattern.compile("(?i)(.*?)entityTypes/([^/]+)/(?:entities/([a-z]{2,3}(?:-[a-z0-9]{2,4})?)|\\2)\\.json");

    private DialogflowCxAgent() {
    }

    /** @return true for a CX flow or page file: a {@code displayName} with something said or a way on */
    static boolean flowOrPage(JsonNode n) {
        return n.isObject() && n.path("displayName").isTextual() && (n.has("entryFulfillment") || n.has("form")
                || n.path("transitionRoutes").isArray() || n.path("eventHandlers").isArray());
    }

    /** The prompts of a flow or page, in file order, its no-input handlers live. */
    static List<Response> prompts(String file, JsonNode n) {
        return prompts(file, n, false);
    }

    /** @return true when the page (or one of its form parameters) answers the user's silence itself */
    static boolean handlesNoInput(JsonNode page) {
        if (noInput(page.path("eventHandlers"))) {
            return true;
        }
        JsonNode ps = page.path("form").path("parameters");
        for (int i = 0; ps.isArray() && i < ps.size(); i++) {
            if (!noInput(ps.get(i).path("fillBehavior").path("repromptEventHandlers"))) {
                return false;
            }
        }
        return ps.isArray() && ps.size() > 0;
    }

    private static boolean noInput(JsonNode hs) {
        for (int i = 0; hs.isArray() && i < hs.size(); i++) {
            if (hs.get(i).path("event").asText("").startsWith("sys.no-input")) {
                return true;
            }
        }
        return false;
    }

    /** @return true when a route of the flow stays on its start page (no target page or flow) */
    static boolean staysOnStart(JsonNode flow) {
        JsonNode routes = flow.path("transitionRoutes");
        for (int i = 0; routes.isArray() && i < routes.size(); i++) {
            if (!routes.get(i).has("targetPage") && !routes.get(i).has("targetFlow")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The prompts of a flow or page, in file order.
     *
     * @param shadowed true for a flow whose every page answers silence with its own handler and whose routes all lead to a
     *                 page: CX looks for an event's handler on the current page (its form parameter, then the page) before
     *                 the flow, so the flow's no-input handlers are never reached and their words are not read as said with
     *                 the microphone open
     */
    static List<Response> prompts(String file, JsonNode n, boolean shadowed) {
        List<Response> out = new ArrayList<>();
        String page = n.path("displayName").asText("");
        fulfillment(file, n.path("entryFulfillment"), "/entryFulfillment", page, null, false, out);
        JsonNode ps = n.path("form").path("parameters");
        for (int i = 0; ps.isArray() && i < ps.size(); i++) {
            JsonNode fb = ps.get(i).path("fillBehavior");
            String at = "/form/parameters/" + i + "/fillBehavior";
            // the agent asks for the parameter and waits for the answer
            fulfillment(file, fb.path("initialPromptFulfillment"), at + "/initialPromptFulfillment", page, null, true, out);
            handlers(file, fb.path("repromptEventHandlers"), at + "/repromptEventHandlers", page, false, out);
        }
        JsonNode routes = n.path("transitionRoutes");
        for (int i = 0; routes.isArray() && i < routes.size(); i++) {
            JsonNode r = routes.get(i);
            String trigger = r.path("intent").isTextual() ? DialogflowTurns.trigger(r.path("intent").asText(), null) : r.path("condition").asText(null);
            boolean ends = DialogflowTurns.endPage(r.path("targetPage").asText(""));
            fulfillment(file, r.path("triggerFulfillment"), "/transitionRoutes/" + i + "/triggerFulfillment", trigger, ends ? Boolean.TRUE : null,
                    false, out);
        }
        handlers(file, n.path("eventHandlers"), "/eventHandlers", page, shadowed, out);
        return out;
    }

    private static void handlers(String file, JsonNode hs, String base, String page, boolean shadowed, List<Response> out) {
        for (int i = 0; hs.isArray() && i < hs.size(); i++) {
            JsonNode h = hs.get(i);
            String event = h.path("event").asText("");
            boolean ends = DialogflowTurns.endPage(h.path("targetPage").asText(""));
            boolean noInput = event.startsWith("sys.no-input") && !shadowed;
            fulfillment(file, h.path("triggerFulfillment"), base + "/" + i + "/triggerFulfillment", event.isEmpty() ? page : event,
                    ends ? Boolean.TRUE : null, noInput && !ends, out);
        }
    }

    /** One fulfillment's messages, said together: each message's text once (a message per language is one prompt each). */
    private static void fulfillment(String file, JsonNode f, String at, String trigger, Boolean end, boolean open, List<Response> out) {
        JsonNode ms = f.path("messages");
        if (!ms.isArray() || out.size() >= MAX_PROMPTS) {
            return;
        }
        // one turn per language: each message's first text, joined (the agent says its messages one after another); the
        // other texts of a message are variants CX picks from at random, each read as a turn of its own
        java.util.Map<String, StringBuilder> turn = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> turnAt = new java.util.HashMap<>();
        List<String[]> variants = new ArrayList<>();
        boolean endInteraction = false;
        for (int i = 0; i < ms.size() && i < DialogflowTurns.MAX_MESSAGES; i++) {
            JsonNode m = ms.get(i);
            endInteraction |= m.has("endInteraction");
            String lang = m.path("languageCode").asText("");
            JsonNode tt = m.path("text").path("text");
            JsonNode oat = m.path("outputAudioText");
            String first = null;
            String firstAt = null;
            if (tt.isArray() && tt.size() > 0) {
                first = tt.get(0).asText("");
                firstAt = at + "/messages/" + i + "/text/text/0";
                for (int j = 1; j < tt.size() && variants.size() < MAX_PROMPTS; j++) {
                    variants.add(new String[] {tt.get(j).asText(""), at + "/messages/" + i + "/text/text/" + j});
                }
            } else if (oat.isObject()) {
                String field = oat.has("ssml") ? "ssml" : "text";
                first = oat.path(field).asText("");
                firstAt = at + "/messages/" + i + "/outputAudioText/" + field;
            }
            if (first != null) {
                StringBuilder b = turn.computeIfAbsent(lang, k -> new StringBuilder());
                b.append(b.length() > 0 ? " " : "").append(first);
                turnAt.putIfAbsent(lang, firstAt);
            }
        }
        Boolean ends = endInteraction ? Boolean.TRUE : end;
        boolean stays = open && !Boolean.TRUE.equals(ends);
        Boolean flag = Boolean.TRUE.equals(ends) ? Boolean.TRUE : stays ? Boolean.FALSE : null;
        for (var t : turn.entrySet()) {
            if (out.size() < MAX_PROMPTS) {
                String where = turnAt.get(t.getKey());
                out.add(new Response(file, where, trigger, t.getValue().toString(), where, null, null, flag, stays));
            }
        }
        for (String[] v : variants) {
            if (out.size() < MAX_PROMPTS) {
                out.add(new Response(file, v[1], trigger, v[0], v[1], null, null, flag, stays));
            }
        }
    }

    /** @return the intent of a CX intent file: its parameters ({@code id}, {@code entityType}) */
    static List<Slot> parameters(JsonNode n) {
        List<Slot> slots = new ArrayList<>();
        JsonNode ps = n.path("parameters");
        for (int j = 0; ps.isArray() && j < ps.size() && j < 1_000; j++) {
            slots.add(new Slot(ps.get(j).path("id").asText(""), ps.get(j).path("entityType").asText(""), "/parameters/" + j));
        }
        return slots;
    }

    /** Training phrases as samples, a part annotated with a parameter written {@code {id}}. */
    static List<Sample> phrases(String file, JsonNode n, List<Slot> slots, int[] samples) throws SkillInputException {
        List<Sample> out = new ArrayList<>();
        JsonNode tps = n.path("trainingPhrases");
        for (int i = 0; tps.isArray() && i < tps.size(); i++) {
            if (++samples[0] > PackageLoader.MAX_SAMPLES) {
                throw new SkillInputException(file + ": more than " + PackageLoader.MAX_SAMPLES + " training phrases");
            }
            StringBuilder t = new StringBuilder();
            JsonNode parts = tps.get(i).path("parts");
            for (int j = 0; parts.isArray() && j < parts.size(); j++) {
                JsonNode part = parts.get(j);
                String param = part.path("parameterId").asText("");
                t.append(param.isEmpty() ? part.path("text").asText("") : "{" + param + "}");
                if (!param.isEmpty() && slots.stream().noneMatch(x -> x.name().equals(param))) {
                    slots.add(new Slot(param, "", "/trainingPhrases/" + i + "/parts/" + j));
                }
            }
            out.add(new Sample(t.toString().strip(), file, "/trainingPhrases/" + i + "/parts"));
        }
        return out;
    }

    /** Values and synonyms of a CX entity type's entities file, at most {@code max}. */
    static List<String> entityValues(JsonNode n, int max) {
        List<String> values = new ArrayList<>();
        JsonNode es = n.path("entities");
        for (int i = 0; es.isArray() && i < es.size() && values.size() < max; i++) {
            String v = es.get(i).path("value").asText("").strip();
            if (!v.isEmpty()) {
                values.add(v);
            }
            JsonNode syn = es.get(i).path("synonyms");
            for (int j = 0; syn.isArray() && j < syn.size() && values.size() < max; j++) {
                String x = syn.get(j).asText("").strip();
                if (!x.isEmpty() && !x.equals(v)) {
                    values.add(x);
                }
            }
        }
        return values;
    }

    /** @return the pattern's match of {@code logical} when it matches, else null */
    static Matcher match(Pattern p, String logical) {
        Matcher m = p.matcher(logical);
        return m.matches() ? m : null;
    }
}
