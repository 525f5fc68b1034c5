package io.hearthguard.skills.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.internal.Model.Intent;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Sample;
import io.hearthguard.skills.internal.Model.Skill;
import io.hearthguard.skills.internal.Model.Slot;
import io.hearthguard.skills.internal.Model.SlotType;
import io.hearthguard.skills.internal.PackageReader.VFile;

/**
 * Turns the files of one input into skills. Recognised layouts (paths are matched after
 * turning {@code __} into {@code /}, which is how the shared corpus flattens repositories):
 * <ul>
 * <li>ASK CLI: {@code [X/]skill-package/skill.json} + {@code .../interactionModels/custom/<locale>.json}</li>
 * <li>older ASK: {@code [X/]skill.json} + {@code [X/]models/<locale>.json}, or {@code [X/]<locale>.json}</li>
 * <li>legacy: {@code [X/]speechAssets/IntentSchema.json} + {@code SampleUtterances*.txt}
 * (+ {@code SkillBuilder.json})</li>
 * <li>Google Actions SDK: {@code [X/]action.json}; conversation webhook responses ({@code expectUserResponse})</li>
 * <li>Alexa response envelopes ({@code {"response": {...}}}) anywhere: recorded responses</li>
 * <li>skill code ({@code .js}, {@code .ts}, {@code .py}): speech literals, see {@link CodeScanner}</li>
 * </ul>
 * Skills are grouped by the folder prefix {@code X/}; recordings and code attach to the
 * skill whose prefix is the longest match.
 */
public final class PackageLoader {
    /** Most intents per locale. */
    public static final int MAX_INTENTS = 2_000;
    /** Most samples (over all intents and locales) per skill. */
    public static final int MAX_SAMPLES = 200_000;
    /** Most custom slot values per skill. */
    public static final int MAX_SLOT_VALUES = 200_000;

    private static final Pattern LOCALE = Pattern.compile("([a-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\\.json");
    /** Legacy slot syntax {@code {example words|SlotName}} (compiled once, not per sample line). */
    private static final Pattern LEGACY_SLOT = Pattern.compile("\\{[^{}|]*\\|([^{}|]+)\\}");
    private static final Pattern GOOGLE_PARAM = Pattern.compile("\\$([A-Za-z0-9_.]+):([A-Za-z0-9_]+)");

    private PackageLoader() {
    }

    /** The skills of an input, what was done with each file, and the files read (for the text model). */
    public record Loaded(List<Skill> skills, List<Model.Seen> seen, List<VFile> files) {
    }

    /** Loads every skill of an input. */
    public static List<Skill> load(Path input) throws SkillInputException {
        return loadAll(input).skills();
    }

    /** Loads every skill of an input and says which files were read and which skipped. */
    public static Loaded loadAll(Path input) throws SkillInputException {
        List<Model.Seen> seen = new ArrayList<>();
        List<VFile> files = PackageReader.read(input, seen);
        Loaded l = loadAll(input.toString(), files);
        seen.addAll(l.seen());
        seen.sort(java.util.Comparator.comparing(Model.Seen::file));
        return new Loaded(l.skills(), seen, files);
    }

    /** Loads every skill from files already read. */
    public static List<Skill> load(String inputId, List<VFile> files) throws SkillInputException {
        return loadAll(inputId, files).skills();
    }

    private static boolean textRecording(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".log") || name.endsWith(".txt")
                || name.endsWith(".snap") // Jest snapshots of skill responses: pretty-printed JSON after an exports[…] prefix
                || name.endsWith(".out") // the output of `sam local invoke` and other runners: log lines, then the response
                || name.endsWith(".yaml") || name.endsWith(".yml"); // recordings kept as YAML (checked for JSON responses first)
    }

    /** Loads every skill from files already read, recording what was read. */
    public static Loaded loadAll(String inputId, List<VFile> files) throws SkillInputException {
        Map<String, Skill> skills = new LinkedHashMap<>();
        List<Model.Seen> seen = new ArrayList<>();
        List<Object[]> later = new ArrayList<>();
        List<String[]> abNames = new ArrayList<>();
        // an Actions Builder project's settings files, {root, file, "policy" or ""}: where it declares its privacy policy
        List<String[]> abSettings = new ArrayList<>();
        int[] samples = {0};
        Map<String, JsonNode[]> dialogflow = new java.util.TreeMap<>();
        Map<String, String> dialogflowFiles = new java.util.HashMap<>();
        Map<String, String> dialogflowLang = new java.util.HashMap<>();
        // round 14: Dialogflow entities (entities/<name>.json, entities/<name>_entries_<lang>.json) by root + "\n" + name
        Map<String, JsonNode[]> dialogflowEntities = new java.util.LinkedHashMap<>();
        Map<String, String> dialogflowEntityFiles = new java.util.HashMap<>();
        // round 14: Actions Builder synonym types' values: {root, type, values, file}
        List<Object[]> abTypes = new ArrayList<>();
        // Dialogflow CX agent exports: intents and entity types by root + "\n" + name (the files of one are read together)
        Map<String, CxParts> cxIntents = new java.util.TreeMap<>();
        Map<String, CxParts> cxTypes = new java.util.TreeMap<>();
        // Dialogflow CX flows and their pages by root + "\n" + flow: {file, JsonNode, is a page}
        Map<String, List<Object[]>> cxFlows = new java.util.LinkedHashMap<>();
        for (VFile f : files) {
            String logical = logical(f.path());
            String lower = logical.toLowerCase(java.util.Locale.ROOT);
            String name = lower.substring(lower.lastIndexOf('/') + 1);
            if (name.endsWith(".js") || name.endsWith(".mjs") || name.endsWith(".ts") || name.endsWith(".py")) {
                later.add(new Object[] {logical, f, null, null});
                continue;
            }
            if (name.endsWith(".txt") && name.startsWith("sampleutterances")) {
                Skill s = skill(skills, inputId, rootOf(logical, "speechassets/"));
                s.platform = "alexa-legacy";
                legacyUtterances(s, f, samples);
                seen.add(new Model.Seen(f.path(), true, "sample utterances (legacy)", 0, 0, ""));
                continue;
            }
            Matcher abs = ACTIONS_BUILDER_SETTINGS.matcher(logical);
            if (abs.matches()) {
                // the project's privacy policy is declared in its (localized) settings: localizedSettings.privacyPolicyUrl
                Matcher pp = AB_PRIVACY_POLICY.matcher(f.text());
                boolean policy = false;
                while (!policy && pp.find()) {
                    policy = !unquote(pp.group(1)).isBlank();
                }
                // round 29: and its listing: the category and the descriptions say what the Action is for
                Matcher cat = AB_CATEGORY.matcher(f.text());
                StringBuilder described = new StringBuilder();
                Matcher desc = AB_DESCRIPTION.matcher(f.text());
                for (int k = 0; k < 20 && desc.find() && described.length() < MAX_LISTING; k++) {
                    described.append(unquote(desc.group(1).strip())).append(' ');
                }
                abSettings.add(new String[] {abs.group(1), f.path(), policy ? "policy" : "", cat.find() ? cat.group(1) : "", described.toString()});
                // the Action's display name is what users say: "Talk to <displayName>"
                Matcher dn = AB_DISPLAY_NAME.matcher(f.text());
                if (dn.find()) {
                    abNames.add(new String[] {abs.group(1), unquote(dn.group(1)).strip(), f.path(),
                        "line " + (f.text().substring(0, dn.start()).chars().filter(ch -> ch == '\n').count() + 1)});
                    seen.add(new Model.Seen(f.path(), true, "Actions Builder settings (display name)", 0, 0, ""));
                } else {
                    seen.add(new Model.Seen(f.path(), false, "", 0, 0, "Actions Builder settings without a display name"));
                }
                continue;
            }
            Matcher abt = (name.endsWith(".yaml") || name.endsWith(".yml")) && lower.contains("types/")
                    ? ACTIONS_BUILDER_TYPE.matcher(logical) : null;
            if (abt != null && abt.matches()) {
                // a type declared free text takes whatever is said; other types (synonyms, regular expressions) are not read
                Skill s = skill(skills, inputId, abt.group(1));
                s.platform = "google-actions";
                // round 14: a synonym type that accepts unknown values takes speech beyond its list, as free text does
                boolean free = AB_FREE_TEXT.matcher(f.text()).find() || AB_ACCEPT_UNKNOWN.matcher(f.text()).find();
                if (free) {
                    s.openTypes.put(abt.group(2), f.path());
                }
                List<String> values = actionsBuilderTypeValues(f.text());
                if (!values.isEmpty()) {
                    abTypes.add(new Object[] {abt.group(1), abt.group(2), values, f.path()});
                }
                seen.add(new Model.Seen(f.path(), true, free ? "Actions Builder type (free text)" : "Actions Builder type", 0, 0, ""));
                continue;
            }
            Matcher scene = (name.endsWith(".yaml") || name.endsWith(".yml")) && lower.contains("scenes/")
                    ? ACTIONS_BUILDER_SCENE.matcher(logical) : null;
            if (scene != null && scene.matches()) {
                // a scene's no-input prompts are what the Action says while it keeps listening (its reprompts); since round
                // 11 its other prompts (onEnter, intent and condition handlers, slot prompts) are read as what it says
                Skill s = skill(skills, inputId, scene.group(1));
                s.platform = "google-actions";
                List<Response> prompts = scenePrompts(f.path(), f.text(), null);
                s.responses.addAll(prompts);
                // round 29: a slot of type actions.type.Permission is how a scene asks for the user's data
                for (String[] perm : scenePermissions(f.text())) {
                    s.runtimePermissions.putIfAbsent(perm[0], new String[] {f.path(), perm[1], perm[2], ""});
                }
                seen.add(new Model.Seen(f.path(), true, "Actions Builder scene", prompts.size(), 0, ""));
                continue;
            }
            Matcher global = (name.endsWith(".yaml") || name.endsWith(".yml")) && lower.contains("global/")
                    ? ACTIONS_BUILDER_GLOBAL.matcher(logical) : null;
            if (global != null && global.matches()) {
                // round 11: a global intent handler (custom/global/<intent>.yaml: actions.intent.MAIN, NO_INPUT_1 …) is one
                // handler for the intent its file names: its prompts are read like a scene's
                Skill s = skill(skills, inputId, global.group(1));
                s.platform = "google-actions";
                List<Response> prompts = scenePrompts(f.path(), f.text(), global.group(2));
                s.responses.addAll(prompts);
                seen.add(new Model.Seen(f.path(), true, "Actions Builder global intent handler", prompts.size(), 0, ""));
                continue;
            }
            if ((name.endsWith(".yaml") || name.endsWith(".yml")) && lower.contains("intents/")) {
                Matcher ab = ACTIONS_BUILDER_INTENT.matcher(logical);
                if (ab.matches()) {
                    Skill s = skill(skills, inputId, ab.group(1));
                    s.platform = "google-actions";
                    String loc = "actions-builder-" + (ab.group(2) != null ? ab.group(2) : "en");
                    Model.Locale l = s.locales.computeIfAbsent(loc, k -> new Model.Locale(k, f.path()));
                    Intent in = actionsBuilderIntent(ab.group(3), f.path(), f.text(), samples);
                    l.intents.add(in);
                    seen.add(new Model.Seen(f.path(), true, "Actions Builder intent", 0, 0, ""));
                } else {
                    seen.add(new Model.Seen(f.path(), false, "", 0, 0, "YAML that is not an Actions Builder intent"));
                }
                continue;
            }
            if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                // other YAML is a recording when it holds JSON responses (request:/response: pairs as flow mappings)
                // or is a Bespoken test script (utterances with the prompts expected)
                if (f.text().contains("response") && f.text().indexOf('{') >= 0 || Recordings.bespokenScript(f.text())) {
                    later.add(new Object[] {logical, f, null, null});
                } else {
                    seen.add(new Model.Seen(f.path(), false, "", 0, 0, yamlSkipReason(lower, name)));
                }
                continue;
            }
            if (textRecording(name) || name.endsWith(".csv") || !PackageReader.wanted(name)) {
                // other types come here only when their text names a request or response envelope (PackageReader)
                later.add(new Object[] {logical, f, null, null});
                continue;
            }
            JsonNode n;
            try {
                n = SafeJson.parse(f.path(), f.bytes());
            } catch (SkillInputException e) {
                if (Recordings.hardError(e)) {
                    throw e;
                }
                // JSON lines or a log saved as .json: read line by line, fail with the parse error when nothing is found
                later.add(new Object[] {logical, f, null, e});
                continue;
            }
            if (!n.isObject() && !n.isArray()) {
                seen.add(new Model.Seen(f.path(), false, "", 0, 0, "JSON that is neither an object nor an array"));
                continue;
            }
            Matcher cx = n.isObject() && lower.contains("flows/") ? DialogflowCxAgent.match(DialogflowCxAgent.FLOW, logical) : null;
            if (cx != null && DialogflowCxAgent.flowOrPage(n)) {
                // a Dialogflow CX flow or page: read once all of the flow's files are seen (a page's handler shadows the flow's)
                cxFlows.computeIfAbsent(cx.group(1) + "\n" + cx.group(2), k -> new ArrayList<>()).add(new Object[] {f.path(), n, cx.group(3) != null});
                continue;
            }
            Matcher cxi = n.isObject() && lower.contains("intents/") ? DialogflowCxAgent.match(DialogflowCxAgent.INTENT, logical) : null;
            if (cxi != null && (cxi.group(3) != null ? n.path("trainingPhrases").isArray() : n.path("displayName").isTextual())) {
                cxIntents.computeIfAbsent(cxi.group(1) + "\n" + cxi.group(2), k -> new CxParts()).add(cxi.group(3), n, f.path());
                seen.add(new Model.Seen(f.path(), true, cxi.group(3) != null ? "Dialogflow CX training phrases" : "Dialogflow CX intent", 0, 0, ""));
                continue;
            }
            Matcher cxe = n.isObject() && lower.contains("entitytypes/") ? DialogflowCxAgent.match(DialogflowCxAgent.ENTITY_TYPE, logical) : null;
            if (cxe != null && (cxe.group(3) != null ? n.path("entities").isArray() : n.has("kind"))) {
                cxTypes.computeIfAbsent(cxe.group(1) + "\n" + cxe.group(2), k -> new CxParts()).add(cxe.group(3), n, f.path());
                seen.add(new Model.Seen(f.path(), true, cxe.group(3) != null ? "Dialogflow CX entities" : "Dialogflow CX entity type", 0, 0, ""));
                continue;
            }
            Matcher df = DIALOGFLOW_INTENT.matcher(logical);
            if (df.matches() && (n.isArray() ? df.group(3) != null : n.path("responses").isArray() && n.has("name"))) {
                // Dialogflow agent export: intents/<name>.json (parameters) + intents/<name>_usersays_<lang>.json (phrases)
                dialogflow.computeIfAbsent(df.group(1) + "\n" + df.group(2), k -> new JsonNode[2])[n.isArray() ? 1 : 0] = n;
                dialogflowFiles.put(df.group(1) + "\n" + df.group(2) + (n.isArray() ? "\nsays" : ""), f.path());
                if (n.isArray() && df.group(4) != null) {
                    dialogflowLang.putIfAbsent(df.group(1), df.group(4));
                }
                seen.add(new Model.Seen(f.path(), true, n.isArray() ? "Dialogflow training phrases" : "Dialogflow intent", 0, 0, ""));
                continue;
            }
            Matcher den = DIALOGFLOW_ENTITY.matcher(logical);
            if (den.matches() && (n.isArray() ? den.group(3) != null : den.group(3) == null && n.has("name")
                    && (n.has("automatedExpansion") || n.has("isEnum") || n.has("isRegexp")))) {
                // Dialogflow agent export: entities/<name>.json (how the entity matches) + entities/<name>_entries_<lang>.json (values)
                String key = den.group(1) + "\n" + den.group(2);
                dialogflowEntities.computeIfAbsent(key, k -> new JsonNode[2])[n.isArray() ? 1 : 0] = n;
                dialogflowEntityFiles.put(key + (n.isArray() ? "\nentries" : ""), f.path());
                seen.add(new Model.Seen(f.path(), true, n.isArray() ? "Dialogflow entity entries" : "Dialogflow entity", 0, 0, ""));
                continue;
            }
            if (n.isArray()) {
                later.add(new Object[] {logical, f, n, null});
                continue;
            }
            if (name.equals("agent.json") && (n.path("displayName").isTextual() && n.has("supportedLanguages") || n.path("googleAssistant").isObject())) {
                // a Dialogflow agent published as a Google Action is invoked by its display name ("Talk to <displayName>"), or
                // by the invocation name its Assistant settings give
                JsonNode ga = n.path("googleAssistant");
                boolean named = n.path("displayName").isTextual() && !n.path("displayName").asText().isBlank();
                String invocation = named ? n.path("displayName").asText().strip() : ga.path("invocationName").asText("").strip();
                abNames.add(new String[] {parent(logical), invocation, f.path(), named ? "/displayName" : "/googleAssistant/invocationName"});
                // round 30: a privacy policy the agent's settings declare counts (with its description as what it is for); an
                // export without one says nothing — Dialogflow's agent.json has no standard field for it (the Actions
                // console holds it), so its absence is no missing policy
                boolean policy = false;
                for (String k : new String[] {"privacyPolicyUrl", "privacyUrl", "privacyPolicy"}) {
                    policy |= !ga.path(k).asText("").isBlank() || !n.path(k).asText("").isBlank();
                }
                if (policy) {
                    String described = (n.path("description").asText("") + " " + n.path("shortDescription").asText("")).strip();
                    abSettings.add(new String[] {parent(logical), f.path(), "policy", "", described});
                }
                seen.add(new Model.Seen(f.path(), true, "Dialogflow agent (display name)", 0, 0, ""));
                continue;
            }
            // round 26b: an earlier version of the manifest or of a locale's model kept under a versioned copy of its file name
            // beside the current one ("skill.v1.json", "pt-BR.v1.json", "skill-2026-05.json", "de-DE.old.json") is a package
            // of its own, in a folder named by that version, compared with the current package as a folder version is
            Matcher copy = VERSIONED_COPY.matcher(name);
            String copyOf = copy.matches() ? versionedCopy(copy.group(2)) : null;
            if (copyOf != null && copy.group(1).equals("skill") && n.has("manifest")) {
                Skill s = skill(skills, inputId, stripSkillPackage(parent(logical)) + copyOf + "/");
                if (s.manifest == null) {
                    s.manifest = n;
                    s.manifestFile = f.path();
                }
                seen.add(new Model.Seen(f.path(), true, "skill manifest (an earlier version kept beside the current one)", 0, 0, ""));
                continue;
            }
            if (copyOf != null && !copy.group(1).equals("skill") && n.at("/interactionModel/languageModel").isObject()) {
                Skill s = skill(skills, inputId, modelRoot(logical) + copyOf + "/");
                Model.Locale l = new Model.Locale(localeOf(copy.group(1) + ".json", s.locales.size()), f.path());
                alexaModel(l, n.at("/interactionModel/languageModel"), "/interactionModel/languageModel", f.path(), samples);
                s.locales.put(l.locale, l);
                seen.add(new Model.Seen(f.path(), true, "interaction model (an earlier version kept beside the current one)", 0, 0, ""));
                continue;
            }
            if (name.equals("skill.json") && n.has("manifest")) {
                Skill s = skill(skills, inputId, stripSkillPackage(parent(logical)));
                if (s.manifest == null) {
                    s.manifest = n;
                    s.manifestFile = f.path();
                }
                seen.add(new Model.Seen(f.path(), true, "skill manifest", 0, 0, ""));
                continue;
            }
            JsonNode lm = n.at("/interactionModel/languageModel");
            if (lm.isMissingNode() && n.has("languageModel")) {
                lm = n.get("languageModel");
            }
            if (lm.isObject()) {
                String base = n.has("interactionModel") ? "/interactionModel/languageModel" : "/languageModel";
                String root = modelRoot(logical);
                Skill s = skill(skills, inputId, root);
                String loc = localeOf(name, s.locales.size());
                if (s.locales.containsKey(loc) && !loc.equals("legacy")) {
                    loc = loc + "#" + s.locales.size();
                }
                Model.Locale l = new Model.Locale(loc, f.path());
                alexaModel(l, lm, base, f.path(), samples);
                // SkillBuilder.json restates IntentSchema + SampleUtterances with the invocation name: it replaces them
                s.locales.put(loc, l);
                int before = s.responses.size();
                dialogPrompts(s, n, f.path());
                seen.add(new Model.Seen(f.path(), true, "interaction model", s.responses.size() - before, 0, ""));
                continue;
            }
            if (name.equals("intentschema.json") && n.has("intents")) {
                Skill s = skill(skills, inputId, rootOf(logical, "speechassets/"));
                s.platform = "alexa-legacy";
                legacySchema(s, n, f.path());
                seen.add(new Model.Seen(f.path(), true, "intent schema (legacy)", 0, 0, ""));
                continue;
            }
            if (n.has("actions") && n.get("actions").isArray() && (name.endsWith("action.json") || name.endsWith("actions.json"))) {
                Skill s = skill(skills, inputId, parent(logical));
                s.platform = "google-actions";
                googleActions(s, n, f.path(), samples);
                seen.add(new Model.Seen(f.path(), true, "Google Actions package", 0, 0, ""));
                continue;
            }
            later.add(new Object[] {logical, f, n, null});
        }
        dialogflowIntents(skills, inputId, dialogflow, dialogflowFiles, dialogflowLang, samples);
        for (Map.Entry<String, List<Object[]>> flow : cxFlows.entrySet()) {
            // what the agent says on entering, on each route, for each event; the flow's own no-input handlers only where a
            // page or its start page can reach them
            Skill s = skill(skills, inputId, flow.getKey().substring(0, flow.getKey().indexOf('\n')));
            s.platform = s.platform.equals("alexa") ? "dialogflow" : s.platform;
            boolean pages = false;
            boolean everyPageAnswersSilence = true;
            boolean staysOnStart = false;
            for (Object[] o : flow.getValue()) {
                JsonNode n = (JsonNode) o[1];
                if ((Boolean) o[2]) {
                    pages = true;
                    everyPageAnswersSilence &= DialogflowCxAgent.handlesNoInput(n);
                } else {
                    staysOnStart |= DialogflowCxAgent.staysOnStart(n);
                }
            }
            boolean shadowed = pages && everyPageAnswersSilence && !staysOnStart;
            for (Object[] o : flow.getValue()) {
                boolean page = (Boolean) o[2];
                List<Response> prompts = DialogflowCxAgent.prompts((String) o[0], (JsonNode) o[1], !page && shadowed);
                s.responses.addAll(prompts);
                seen.add(new Model.Seen((String) o[0], true, page ? "Dialogflow CX page" : "Dialogflow CX flow", prompts.size(), 0, ""));
            }
        }
        cxModel(skills, inputId, cxIntents, cxTypes, samples);
        dialogflowEntities(skills, inputId, dialogflowEntities, dialogflowEntityFiles, samples);
        for (Object[] t : abTypes) {
            // the values of an Actions Builder type are the values of the slots of that type in every Actions Builder locale
            Skill s = skills.get((String) t[0]);
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) t[2];
            for (Model.Locale l : s == null ? List.<Model.Locale>of() : s.locales.values()) {
                if (l.locale.startsWith("actions-builder-")) {
                    l.types.putIfAbsent((String) t[1], new Model.SlotType((String) t[1], values, (String) t[3], ""));
                }
            }
        }
        for (String[] an : abNames) {
            Skill s = skills.get(an[0]);
            if (s == null || an[1].isEmpty()) {
                continue;
            }
            for (Model.Locale l : s.locales.values()) {
                if (l.invocationName == null && (l.locale.startsWith("actions-builder") || l.locale.startsWith("dialogflow-"))) {
                    l.invocationName = an[1];
                    l.invocationPointer = an[3];
                }
            }
        }
        for (String[] st : abSettings) {
            Skill s = skills.get(st[0]);
            if (s != null) {
                // like an Actions SDK manifest (round 25a): the settings are where the project declares a policy, or does not
                s.googleManifestFile = s.googleManifestFile != null ? s.googleManifestFile : st[1];
                s.googlePolicy |= !st[2].isEmpty();
                s.googleCategory = s.googleCategory.isEmpty() ? st[3] : s.googleCategory;
                listing(s, st[4]);
            }
        }
        Map<String, Recordings.Req> lastRequest = new java.util.HashMap<>();
        // requests kept alone in files (events/stop.json), by logical path: a runner's output names the one it sent
        Map<String, Recordings.Req> requestFiles = new java.util.LinkedHashMap<>();
        for (Object[] o : later) {
            String logical = (String) o[0];
            VFile f = (VFile) o[1];
            JsonNode n = (JsonNode) o[2];
            SkillInputException parseError = (SkillInputException) o[3];
            String lower = logical.toLowerCase(java.util.Locale.ROOT);
            List<Response> rs = new ArrayList<>();
            Recordings.Found found = null;
            if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && Recordings.bespokenScript(f.text())) {
                Recordings.Found script = Recordings.bespoken(f.path(), f.text());
                if (script != null) {
                    seen.add(new Model.Seen(f.path(), true, script.shape(), script.responses.size(), script.sessions(), ""));
                    attach(skills, inputId, logical).responses.addAll(script.responses);
                } else {
                    seen.add(new Model.Seen(f.path(), false, "Bespoken test script", 0, 0, "test script without an expected prompt"));
                }
                continue;
            }
            if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
                Recordings.Found csv = Recordings.csvTranscript(f.path(), f.text());
                String rows = csv == null && f.text().indexOf('{') >= 0 ? Recordings.csvRows(f.path(), f.text()) : null;
                Recordings.Found logRows = rows == null ? null : Recordings.text(f.path(), rows, triggerFromName(logical), lastRequest.get(parent(logical)));
                Embedded.Unwrapped cells = csv == null && (logRows == null || logRows.responses.isEmpty()) ? Embedded.unwrap(f.path(), f.text()) : null;
                if (cells != null) {
                    // a spreadsheet whose cells hold the envelopes as JSON with doubled quotes
                    found = Recordings.text(f.path(), cells.text(), triggerFromName(logical), lastRequest.get(parent(logical)));
                    found.shapes.addAll(cells.shapes());
                    rs.addAll(found.responses);
                } else if (rows != null) {
                    // a log export as a spreadsheet (CloudWatch Logs Insights: @timestamp,@requestId,@message): its cells are log lines
                    found = logRows;
                    found.shapes.add("CSV log export");
                    rs.addAll(found.responses);
                } else if (csv == null) {
                    seen.add(new Model.Seen(f.path(), false, "", 0, 0, "CSV without speaker and text columns of a conversation"));
                    continue;
                } else {
                    seen.add(new Model.Seen(f.path(), true, csv.shape(), csv.responses.size(), csv.sessions(), ""));
                    attach(skills, inputId, logical).responses.addAll(csv.responses);
                    continue;
                }
            } else if (n == null && (parseError != null || textRecording(name(lower)) || !PackageReader.wanted(name(lower)))) {
                String text = f.text();
                // round 29: a Botium convo (#me / #bot blocks, JSON_PATH asserters) is a transcript, JSON values or not
                String convo = parseError == null ? Recordings.botiumConvo(text) : null;
                // round 35: a QA note in Markdown whose pipe table holds the turns, read as a sheet
                // (not when the note also holds the raw envelopes: they say more, and are read as such)
                // (round 37: a note without a JSON object holds none, whatever words its header uses: "shouldEndSession")
                String table = convo == null && (lower.endsWith(".md") || lower.endsWith(".markdown")) && (text.indexOf('{') < 0 || !Embedded.mayHold(text))
                        ? Recordings.markdownTable(text) : null;
                Recordings.Found sheet = table == null ? null : Recordings.csvTranscript(f.path(), table);
                if (sheet != null && !sheet.responses.isEmpty()) {
                    sheet.shapes.clear();
                    sheet.shapes.add("Markdown table of turns");
                    seen.add(new Model.Seen(f.path(), true, sheet.shape(), sheet.responses.size(), sheet.sessions(), ""));
                    attach(skills, inputId, logical).responses.addAll(sheet.responses);
                    continue;
                }
                Recordings.Found plain = convo != null ? Recordings.transcript(f.path(), convo)
                        : text.indexOf('{') < 0 && parseError == null ? Recordings.transcript(f.path(), text) : null;
                if (plain != null && convo != null) {
                    plain.shapes.clear();
                    plain.shapes.add("Botium convo");
                }
                if (plain != null) {
                    seen.add(new Model.Seen(f.path(), true, plain.shape(), plain.responses.size(), plain.sessions(), ""));
                    attach(skills, inputId, logical).responses.addAll(plain.responses);
                    continue;
                }
                if (text.indexOf('{') < 0) {
                    if (parseError != null) {
                        throw parseError;
                    }
                    seen.add(new Model.Seen(f.path(), false, "", 0, 0, "text without JSON objects"));
                    continue;
                }
                if (name(lower).endsWith(".snap")) {
                    // Jest's older snapshot format prints "Object {" and "Array [" and trailing commas: made JSON first
                    // round 12: and the template strings' escapes undone (Jest doubles each backslash: \\" is a JSON string's \")
                    text = Recordings.jestPrettyFormat(Recordings.jestTemplate(text));
                }
                if (name(lower).endsWith(".yaml") || name(lower).endsWith(".yml")) {
                    // vcrpy cassettes and similar keep bodies as quoted YAML scalars ("{\"version\": …}"): decoded first
                    text = Recordings.yamlScalars(text);
                }
                found = Recordings.text(f.path(), text, triggerFromName(logical), lastRequest.get(parent(logical)), requestFiles);
                Embedded.Unwrapped inner = found.responses.isEmpty() ? Embedded.unwrap(f.path(), text) : null;
                if (inner != null) {
                    // nothing read as it stands: envelopes inside CDATA, XML escapes, escaped JSON strings, CSV cells, Python dicts
                    Recordings.Found again = Recordings.text(f.path(), inner.text(), triggerFromName(logical), lastRequest.get(parent(logical)), requestFiles);
                    if (!again.responses.isEmpty() || found.shapes.isEmpty() && !again.shapes.isEmpty()) {
                        again.shapes.addAll(inner.shapes());
                        found = again;
                    }
                }
                if (found.responses.isEmpty() && parseError == null && Recordings.withinLineLimit(text)) {
                    // round 28: a QA transcript whose lines carry JSON (DIRECTIVE: {…}, CARD: {…}) is a transcript, not a log
                    Recordings.Found lines = Recordings.transcript(f.path(), text);
                    if (lines != null) {
                        found = lines;
                    }
                }
                if (parseError != null && found.responses.isEmpty() && found.shapes.isEmpty()) {
                    throw parseError;
                }
                rs.addAll(found.responses);
            } else if (n == null) {
                rs.addAll(CodeScanner.scan(f.path(), f.text()));
                seen.add(new Model.Seen(f.path(), !rs.isEmpty(), rs.isEmpty() ? "" : "skill code", rs.size(), 0,
                        rs.isEmpty() ? "code without recognisable speech responses" : ""));
            } else {
                found = Recordings.json(f.path(), n, triggerFromName(logical), lastRequest.get(parent(logical)));
                if (found.responses.isEmpty() && found.shapes.isEmpty()) {
                    // round 37: a chat channel's export where a QA relay pasted the turns
                    Recordings.Found chat = Recordings.chatExport(f.path(), n);
                    found = chat != null && !chat.responses.isEmpty() ? chat : found;
                }
                rs.addAll(found.responses);
            }
            if (found != null) {
                if (found.last != null) {
                    lastRequest.put(parent(logical), found.last);
                } else {
                    lastRequest.remove(parent(logical));
                }
                String note = found.note();
                if (rs.isEmpty() && found.last != null && requestFiles.size() < 10_000) {
                    requestFiles.put(logical, found.last);
                }
                if (rs.isEmpty()) {
                    seen.add(new Model.Seen(f.path(), false, found.shape(), 0, found.sessions(),
                            note != null ? note : found.shapes.isEmpty() ? "no skill content recognised (no manifest, model, request or response)"
                                    : "requests only, no responses"));
                } else {
                    seen.add(new Model.Seen(f.path(), true, found.shape(), rs.size(), found.sessions(), note == null ? "" : note));
                }
            }
            if (rs.isEmpty()) {
                continue;
            }
            Skill target = attach(skills, inputId, logical);
            target.responses.addAll(rs);
            if (found != null) {
                found.permissions.forEach(target.runtimePermissions::putIfAbsent);
            }
        }
        return new Loaded(new ArrayList<>(skills.values()), seen, files);
    }

    /** Round 26b: "skill" or a locale, then a version marker, as a file name ("skill.v1.json", "pt-br.2026-06.json"). */
    private static final Pattern VERSIONED_COPY = Pattern.compile("(skill|[a-z]{2,3}(?:[-_][a-z]{2,4})?)[._-]([a-z0-9][a-z0-9._-]{0,30})\\.json");

    /** @return the version a file name's marker names (a date, version or build number, a month or season, an earlier stage), or null */
    private static String versionedCopy(String marker) {
        RecordingDrift.Epoch e = RecordingDrift.epochOf(marker + "/");
        // of the stages, only an earlier one ("old", "previous") marks a copy; a later one ("new", "prod") is no earlier version
        return e == null || (e.key().charAt(0) == '4' && !e.key().equals("4 0")) ? null : e.label();
    }

    private static String name(String lowerLogical) {
        return lowerLogical.substring(lowerLogical.lastIndexOf('/') + 1);
    }

    /** @return the path with flattened {@code __} separators turned into folders */
    static String logical(String path) {
        return path.replace("__", "/");
    }

    private static String parent(String logical) {
        int i = logical.lastIndexOf('/');
        return i < 0 ? "" : logical.substring(0, i + 1);
    }

    private static String rootOf(String logical, String marker) {
        String lower = logical.toLowerCase(java.util.Locale.ROOT);
        int i = lower.lastIndexOf(marker);
        return i >= 0 ? logical.substring(0, i) : parent(logical);
    }

    private static String stripSkillPackage(String dir) {
        String d = dir;
        if (d.endsWith("/")) {
            String last = d.substring(0, d.length() - 1);
            int i = last.lastIndexOf('/');
            String seg = last.substring(i + 1).toLowerCase(java.util.Locale.ROOT);
            if (seg.startsWith("skill-package")) {
                return last.substring(0, i + 1);
            }
        }
        return d;
    }

    private static String modelRoot(String logical) {
        String lower = logical.toLowerCase(java.util.Locale.ROOT);
        for (String marker : new String[] {"interactionmodels/custom/", "interactionmodels/", "models/", "speechassets/"}) {
            int i = lower.lastIndexOf(marker);
            if (i >= 0) {
                return stripSkillPackage(logical.substring(0, i));
            }
        }
        return stripSkillPackage(parent(logical));
    }

    private static String localeOf(String name, int index) {
        Matcher m = LOCALE.matcher(name);
        if (m.matches()) {
            String[] p = m.group(1).split("[-_]");
            return p.length == 2 ? p[0] + "-" + p[1].toUpperCase(java.util.Locale.ROOT) : p[0];
        }
        return name.equals("skillbuilder.json") ? "legacy" : "model" + index;
    }

    private static String triggerFromName(String logical) {
        String l = logical.toLowerCase(java.util.Locale.ROOT);
        if (l.contains("stop")) {
            return "AMAZON.StopIntent";
        }
        if (l.contains("cancel")) {
            return "AMAZON.CancelIntent";
        }
        return null;
    }

    private static Skill skill(Map<String, Skill> skills, String inputId, String root) {
        return skills.computeIfAbsent(root, r -> new Skill(r.isEmpty() ? inputId : inputId + "#" + r.replaceAll("/$", ""), r));
    }

    private static Skill attach(Map<String, Skill> skills, String inputId, String logical) {
        Skill best = null;
        for (Skill s : skills.values()) {
            if (logical.startsWith(s.root) && (best == null || s.root.length() > best.root.length())) {
                best = s;
            }
        }
        if (best == null && skills.size() == 1) {
            best = skills.values().iterator().next();
        }
        if (best == null) {
            best = skill(skills, inputId, "");
            best.platform = "recording";
        }
        return best;
    }

    private static void alexaModel(Model.Locale l, JsonNode lm, String base, String file, int[] samples) throws SkillInputException {
        l.invocationName = lm.path("invocationName").asText(null);
        l.invocationPointer = base + "/invocationName";
        JsonNode intents = lm.path("intents");
        if (intents.size() > MAX_INTENTS) {
            throw new SkillInputException(file + ": " + intents.size() + " intents exceed the limit of " + MAX_INTENTS);
        }
        for (int i = 0; i < intents.size(); i++) {
            JsonNode in = intents.get(i);
            String p = base + "/intents/" + i;
            List<Slot> slots = new ArrayList<>();
            JsonNode sl = in.path("slots");
            for (int j = 0; j < sl.size() && j < 1_000; j++) {
                slots.add(new Slot(sl.get(j).path("name").asText(""), sl.get(j).path("type").asText(""), p + "/slots/" + j));
            }
            List<Sample> ss = new ArrayList<>();
            JsonNode sa = in.path("samples");
            for (int j = 0; j < sa.size(); j++) {
                if (++samples[0] > MAX_SAMPLES) {
                    throw new SkillInputException(file + ": more than " + MAX_SAMPLES + " sample utterances");
                }
                ss.add(new Sample(sa.get(j).asText(""), file, p + "/samples/" + j));
            }
            for (int j = 0; j < sl.size() && j < 1_000; j++) {
                JsonNode ssa = sl.get(j).path("samples");
                for (int k = 0; k < ssa.size(); k++) {
                    if (++samples[0] > MAX_SAMPLES) {
                        throw new SkillInputException(file + ": more than " + MAX_SAMPLES + " sample utterances");
                    }
                    ss.add(new Sample(ssa.get(k).asText(""), file, p + "/slots/" + j + "/samples/" + k));
                }
            }
            l.intents.add(new Intent(in.path("name").asText(""), slots, ss, file, p));
        }
        JsonNode types = lm.path("types");
        int values = 0;
        for (int i = 0; i < types.size(); i++) {
            JsonNode t = types.get(i);
            List<String> vs = new ArrayList<>();
            JsonNode v = t.path("values");
            for (int j = 0; j < v.size(); j++) {
                if (++values > MAX_SLOT_VALUES) {
                    throw new SkillInputException(file + ": more than " + MAX_SLOT_VALUES + " slot values");
                }
                vs.add(v.get(j).path("name").path("value").asText(""));
                JsonNode syn = v.get(j).path("name").path("synonyms");
                for (int k = 0; k < syn.size() && k < 1_000; k++) {
                    vs.add(syn.get(k).asText(""));
                }
            }
            String tn = t.path("name").asText("");
            l.types.put(tn, new SlotType(tn, vs, file, base + "/types/" + i));
        }
    }

    /** Dialog-model prompts are spoken by the platform with the microphone open afterwards. */
    private static void dialogPrompts(Skill s, JsonNode n, String file) {
        JsonNode prompts = n.at("/interactionModel/prompts");
        for (int i = 0; i < prompts.size() && i < 10_000; i++) {
            JsonNode vs = prompts.get(i).path("variations");
            for (int j = 0; j < vs.size() && j < 1_000; j++) {
                String p = "/interactionModel/prompts/" + i + "/variations/" + j + "/value";
                s.responses.add(new Response(file, p, "Dialog.Prompt", vs.get(j).path("value").asText(""), p, null, "", false, true));
            }
        }
    }

    private static void legacySchema(Skill s, JsonNode n, String file) throws SkillInputException {
        Model.Locale l = s.locales.computeIfAbsent("legacy", k -> new Model.Locale("legacy", file));
        JsonNode intents = n.path("intents");
        if (intents.size() > MAX_INTENTS) {
            throw new SkillInputException(file + ": " + intents.size() + " intents exceed the limit of " + MAX_INTENTS);
        }
        for (int i = 0; i < intents.size(); i++) {
            JsonNode in = intents.get(i);
            String name = in.path("intent").asText("");
            List<Slot> slots = new ArrayList<>();
            JsonNode sl = in.path("slots");
            for (int j = 0; j < sl.size() && j < 1_000; j++) {
                slots.add(new Slot(sl.get(j).path("name").asText(""), sl.get(j).path("type").asText(""), "/intents/" + i + "/slots/" + j));
            }
            Intent existing = find(l, name);
            if (existing != null) {
                existing.slots().addAll(slots);
            } else {
                l.intents.add(new Intent(name, slots, new ArrayList<>(), file, "/intents/" + i));
            }
        }
    }

    private static Intent find(Model.Locale l, String name) {
        for (Intent i : l.intents) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    private static void legacyUtterances(Skill s, VFile f, int[] samples) throws SkillInputException {
        Model.Locale l = s.locales.computeIfAbsent("legacy", k -> new Model.Locale("legacy", f.path()));
        String[] lines = f.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int sp = line.indexOf(' ');
            String intent = sp < 0 ? line : line.substring(0, sp);
            String text = sp < 0 ? "" : line.substring(sp + 1).strip();
            if (++samples[0] > MAX_SAMPLES) {
                throw new SkillInputException(f.path() + ": more than " + MAX_SAMPLES + " sample utterances");
            }
            Intent in = find(l, intent);
            if (in == null) {
                in = new Intent(intent, new ArrayList<>(), new ArrayList<>(), f.path(), "");
                l.intents.add(in);
            }
            // legacy slot syntax {example words|SlotName} becomes {SlotName}
            text = text.indexOf('|') < 0 ? text : LEGACY_SLOT.matcher(text).replaceAll("{$1}");
            in.samples().add(new Sample(text, f.path(), "line " + (i + 1)));
        }
    }

    /** {@code [X/]sdk/custom/intents/[<locale>/]<name>.yaml} of an Actions Builder project. */
    private static final Pattern ACTIONS_BUILDER_INTENT = Pattern.compile("(?i)(.*?)(?:sdk/)?custom/intents/(?:([a-z]{2}(?:-[a-z]{2})?)/)?([^/]+)\\.ya?ml");
    /** {@code [X/]sdk/custom/scenes/<name>.yaml} of an Actions Builder project. */
    /** @return true for a file whose prompts are a project's own (an Actions Builder scene or global handler, a CX flow or page) */
    static boolean projectPrompts(String file) {
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.contains("scenes/") || lower.contains("global/") || lower.contains("flows/"))) {
            return false;
        }
        String logical = logical(file);
        return ACTIONS_BUILDER_SCENE.matcher(logical).matches() || ACTIONS_BUILDER_GLOBAL.matcher(logical).matches()
                || DialogflowCxAgent.FLOW.matcher(logical).matches();
    }

    private static final Pattern ACTIONS_BUILDER_SCENE = Pattern.compile("(?i)(.*?)(?:sdk/)?custom/scenes/([^/]+)\\.ya?ml");
    private static final Pattern SCENE_SPEECH = Pattern.compile("^\\s*-?\\s*speech:\\s*(.+?)\\s*$");
    private static final Pattern SCENE_NEXT = Pattern.compile("^\\s*transitionToScene:\\s*(\\S+)");

    /** {@code [X/]sdk/custom/global/<intent>.yaml}: a global intent handler of an Actions Builder project. */
    private static final Pattern ACTIONS_BUILDER_GLOBAL = Pattern.compile("(?i)(.*?)(?:sdk/)?custom/global/([^/]+)\\.ya?ml");

    /**
     * @return why a YAML file that holds no recording is not read, named by its place in an Actions Builder project
     *         (Actions SDK file layout: {@code sdk/manifest.yaml}, {@code sdk/actions/}, {@code sdk/webhooks/},
     *         {@code sdk/resources/}, {@code sdk/settings/}), or a plain reason for any other YAML
     */
    static String yamlSkipReason(String lowerPath, String name) {
        if (name.equals("manifest.yaml") && lowerPath.contains("sdk/")) {
            return "Actions Builder manifest (the SDK version only: no prompts, intents or types)";
        }
        if (lowerPath.contains("actions/") && name.startsWith("actions.")) {
            return "Actions Builder actions list (which intents start the Action: no prompts; its intents are read from custom/intents)";
        }
        if (lowerPath.contains("webhooks/")) {
            return "Actions Builder webhook declaration (handler names only; the handler code is read as code)";
        }
        if (lowerPath.contains("resources/")) {
            return "Actions Builder resource file (strings, images or audio: not read as prompts)";
        }
        if (lowerPath.contains("settings/")) {
            return "Actions Builder settings without a display name";
        }
        if (name.equals(".gactionsrc.yaml") || name.equals(".gactionsrc.yml")) {
            return "gactions CLI settings (no prompts)";
        }
        return "YAML that is neither a recording (no JSON responses, no test script) nor an Actions Builder file with prompts, intents or types";
    }

    /**
     * The prompts of an Actions Builder scene or global intent handler ({@code staticPrompt … firstSimple.variants[].speech}),
     * read line by line (no YAML library), a folded speech over several lines joined. The no-input prompts
     * ({@code actions.intent.NO_INPUT_1}, {@code NO_INPUT_2}, {@code NO_INPUT_FINAL}) are answers the Action speaks while
     * the microphone stays open — the first two always, the final one only when the event moves to a scene other than
     * {@code actions.scene.END_CONVERSATION}. Since round 11 every other prompt (onEnter, intent and condition handlers,
     * slot prompts, a global handler) is read as what the Action says: ending the conversation when its handler moves to
     * {@code END_CONVERSATION}, else with the session state unknown (no keep-alive is assumed from a file).
     *
     * @param globalIntent the intent a global handler file is named after, or null for a scene (whose handlers are named
     *                     by their {@code - intent:} and {@code - condition:} items and top-level keys)
     */
    static List<Response> scenePrompts(String file, String text, String globalIntent) {
        List<Response> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        if (globalIntent != null) {
            handlerPrompts(file, lines, 0, lines.length, globalIntent, -1, out);
            return out;
        }
        // round 37: item by item, whatever the order of an item's keys — `gactions pull` writes them in alphabetical order,
        // so an event's prompts ("handler:") come before the intent it answers ("intent: actions.intent.NO_INPUT_1") and the
        // scene it moves to ("transitionToScene:")
        int i = 0;
        while (i < lines.length && out.size() < 1_000) {
            String line = lines[i];
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("-") || line.startsWith("#")) {
                i++;
                continue;
            }
            int colon = line.indexOf(':');
            String section = colon > 0 ? line.substring(0, colon).strip() : null;
            int end = i + 1;
            while (end < lines.length && (lines[end].isBlank() || Character.isWhitespace(lines[end].charAt(0)) || lines[end].startsWith("-"))) {
                end++;
            }
            int first = i + 1;
            while (first < end && lines[first].isBlank()) {
                first++;
            }
            if (first < end && YAML_ITEM.matcher(lines[first]).matches()) {
                // a list of events (intentEvents, conditionalEvents, systemIntents …): each item one handler
                int dash = indentOf(lines[first]);
                int a = first;
                while (a < end && out.size() < 1_000) {
                    int b = a + 1;
                    while (b < end && !(indentOf(lines[b]) <= dash && YAML_ITEM.matcher(lines[b]).matches())) {
                        b++;
                    }
                    handlerPrompts(file, lines, a, b, null, dash, out);
                    a = b;
                }
            } else {
                handlerPrompts(file, lines, i + 1, end, section, -1, out); // onEnter and other single handlers: named by their key
            }
            i = end;
        }
        return out;
    }

    private static final Pattern SCENE_EVENT_KEY = Pattern.compile("^\\s*-?\\s*(?:intent|condition):\\s*(.+?)\\s*$");
    /** Round 37: a no-input event, with or without the {@code actions.intent.} prefix ({@code NO_INPUT_1}, {@code NO_INPUT_FINAL}). */
    private static final Pattern NO_INPUT_EVENT = Pattern.compile("(?:actions\\.intent\\.)?NO_INPUT(?:_\\w+)?");

    /**
     * The prompts of one handler, lines {@code [from, to)}: its speech lines wherever they are; the event it answers and the
     * scene it moves to from the item's own keys (an item of a list at indent {@code dash}: keys on the dash line or at the
     * item's key indent), or {@code name} for a handler named by its file or section.
     */
    private static void handlerPrompts(String file, String[] lines, int from, int to, String name, int dash, List<Response> out) {
        String handler = name;
        String next = null;
        List<String[]> speech = new ArrayList<>();
        int keyIndent = -1;
        for (int i = from; i < to && speech.size() < 1_000; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (dash >= 0 && keyIndent < 0) {
                Matcher item = YAML_ITEM.matcher(line);
                keyIndent = item.matches() ? line.length() - item.group(2).length() : indentOf(line);
            }
            boolean itemLevel = dash >= 0 && (i == from || indentOf(line) <= keyIndent);
            Matcher ev = SCENE_EVENT_KEY.matcher(line);
            if (itemLevel && handler == null && ev.matches()) {
                handler = unquote(ev.group(1));
            }
            Matcher nx = SCENE_NEXT.matcher(line);
            if (nx.find()) {
                next = unquote(nx.group(1));
            }
            Matcher sp = SCENE_SPEECH.matcher(line);
            if (sp.find()) {
                int indent = line.indexOf("speech:");
                String at = "line " + (i + 1);
                StringBuilder said = new StringBuilder(sp.group(1));
                // a folded speech goes on over the lines indented deeper than its key that are no key themselves
                while (i + 1 < to && !lines[i + 1].isBlank() && indentOf(lines[i + 1]) > indent
                        && !YAML_KEY.matcher(lines[i + 1]).matches() && said.length() < Model.Response.MAX_SPEECH) {
                    said.append(' ').append(lines[++i].strip());
                }
                speech.add(new String[] {unquote(said.toString()), at});
            }
        }
        boolean ends = "actions.scene.END_CONVERSATION".equals(next);
        for (String[] sp : speech) {
            if (out.size() >= 1_000) {
                return;
            }
            if (handler != null && NO_INPUT_EVENT.matcher(handler).matches()) {
                // the first two no-input prompts keep listening; the last (NO_INPUT_FINAL, or any later one) ends the conversation
                // unless its handler moves to another scene
                boolean open = handler.endsWith("_1") || handler.endsWith("_2") || (next != null && !ends);
                out.add(new Response(file, sp[1], handler, sp[0], sp[1], null, null, null, open));
            } else {
                out.add(new Response(file, sp[1], handler, sp[0], sp[1], null, null, ends ? Boolean.TRUE : null, false));
            }
        }
    }

    private static final Pattern AB_PERMISSION_TYPE = Pattern.compile("^\\s*name:\\s*['\"]?actions\\.type\\.Permission['\"]?\\s*$");
    private static final Pattern AB_CONTEXT = Pattern.compile("^\\s*context:\\s*(.+?)\\s*$");
    private static final Pattern AB_PERMISSIONS = Pattern.compile("^(\\s*)permissions:\\s*(?:\\[(.*)\\])?\\s*$");

    /**
     * Round 29: the permissions an Actions Builder scene asks for — a slot of type {@code actions.type.Permission} whose
     * {@code config} ({@code PermissionValueSpec}) lists {@code permissions} ({@code NAME}, {@code DEVICE_PRECISE_LOCATION} …)
     * and gives the {@code context} the user hears as the reason; read line by line, as the scene's prompts are. Round 34:
     * the whole slot item is read, whatever the order of its keys ({@code gactions pull} writes them in alphabetical
     * order: {@code commitBehavior}, {@code config}, {@code name}, {@code required}, {@code type} — the list comes before
     * the type).
     *
     * @return {name, "line N", context or ""} for each permission, at most 20
     */
    static List<String[]> scenePermissions(String text) {
        List<String[]> out = new ArrayList<>();
        if (!text.contains("actions.type.Permission")) {
            return out;
        }
        String[] lines = text.split("\r?\n", -1);
        int doneUpTo = -1; // a slot item is read once, however many lines name the type
        for (int i = 0; i < lines.length && out.size() < 20; i++) {
            if (!AB_PERMISSION_TYPE.matcher(lines[i]).matches() || i < doneUpTo) {
                continue;
            }
            // the key that holds the type ("type:") is the nearest line above with less indent; the slot item is the
            // nearest list item above that with less indent than that key
            int typeIndent = indentOf(lines[i]);
            int key = i - 1;
            while (key >= 0 && (lines[key].isBlank() || indentOf(lines[key]) >= typeIndent)) {
                key--;
            }
            if (key < 0) {
                continue;
            }
            int keyIndent = indentOf(lines[key]);
            int start = key;
            while (start >= 0 && !(YAML_ITEM.matcher(lines[start]).matches() && indentOf(lines[start]) < keyIndent)) {
                if (!lines[start].isBlank() && indentOf(lines[start]) < keyIndent) {
                    start = -1; // left the item without finding its dash: not a list item
                    break;
                }
                start--;
            }
            if (start < 0) {
                continue;
            }
            int dash = indentOf(lines[start]);
            int end = start + 1;
            while (end < lines.length && (lines[end].isBlank() || indentOf(lines[end]) > dash)) {
                end++;
            }
            doneUpTo = end;
            String context = "";
            List<String[]> names = new ArrayList<>();
            for (int j = start; j < end && names.size() < 20; j++) {
                String line = j == start ? " ".repeat(dash + 1) + lines[j].substring(dash + 1) : lines[j]; // the item's first key
                Matcher c = AB_CONTEXT.matcher(line);
                if (c.matches()) {
                    context = unquote(c.group(1));
                }
                Matcher ps = AB_PERMISSIONS.matcher(line);
                if (ps.matches() && ps.group(2) != null) {
                    for (String x : ps.group(2).split(",")) {
                        if (!unquote(x.strip()).isEmpty()) {
                            names.add(new String[] {unquote(x.strip()), "line " + (j + 1)});
                        }
                    }
                } else if (ps.matches()) {
                    int pi = ps.group(1).length();
                    for (int k = j + 1; k < end && names.size() < 20; k++) {
                        Matcher li = YAML_ITEM.matcher(lines[k]);
                        if (!li.matches() || li.group(1).length() < pi) {
                            break;
                        }
                        names.add(new String[] {unquote(li.group(2).strip()), "line " + (k + 1)});
                    }
                }
            }
            for (String[] n : names) {
                if (out.size() < 20) {
                    out.add(new String[] {n[0], n[1], context});
                }
            }
        }
        return out;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** {@code [X/]sdk/custom/types/[<locale>/]<name>.yaml} of an Actions Builder project. */
    private static final Pattern ACTIONS_BUILDER_TYPE = Pattern.compile("(?i)(.*?)(?:sdk/)?custom/types/(?:[a-z]{2}(?:-[a-z]{2})?/)?([^/]+)\\.ya?ml");
    /** The top-level key that makes an Actions Builder type accept any text. */
    private static final Pattern AB_FREE_TEXT = Pattern.compile("(?m)^freeText:");
    private static final Pattern AB_ACCEPT_UNKNOWN = Pattern.compile("(?m)^\\s+acceptUnknownValues:\\s*true\\s*$");
    private static final Pattern AB_ENTITIES = Pattern.compile("^(\\s*)entities:\\s*$");
    private static final Pattern AB_ENTITY_KEY = Pattern.compile("^(\\s+)(\"[^\"]*\"|'[^']*'|[^#:\\s][^#:]*?):\\s*$");
    private static final Pattern AB_SYNONYM = Pattern.compile("^\\s+-\\s+(.+?)\\s*$");

    /**
     * Round 14: the values of an Actions Builder synonym type ({@code synonym: entities: <value>: synonyms: [- …]}), read
     * line by line like the intents (no YAML library), at most {@link #MAX_ENTITY_VALUES}; empty for other types.
     */
    static List<String> actionsBuilderTypeValues(String text) {
        java.util.Set<String> values = new java.util.LinkedHashSet<>();
        String[] lines = text.split("\r?\n", 20_000);
        int entities = -1;
        int keyIndent = -1;
        for (int i = 0; i < lines.length && values.size() < MAX_ENTITY_VALUES; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            Matcher e = AB_ENTITIES.matcher(line);
            if (e.matches()) {
                entities = indent;
                keyIndent = -1;
                continue;
            }
            if (entities < 0) {
                continue;
            }
            if (indent <= entities) {
                entities = -1;
                continue;
            }
            Matcher k = AB_ENTITY_KEY.matcher(line);
            if (k.matches() && (keyIndent < 0 || indent == keyIndent)) {
                keyIndent = indent;
                String v = unquote(k.group(2));
                if (!v.equals("synonyms") && !v.isEmpty()) {
                    values.add(v);
                }
                continue;
            }
            Matcher syn = AB_SYNONYM.matcher(line);
            if (syn.matches() && indent > keyIndent) {
                String v = unquote(syn.group(1));
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
        }
        return new ArrayList<>(values);
    }
    private static final Pattern ACTIONS_BUILDER_SETTINGS = Pattern.compile("(?i)(.*?)(?:sdk/)?settings/(?:[a-z]{2}(?:-[a-z]{2})?/)?settings\\.ya?ml");
    /** {@code privacyPolicyUrl: …} of an Actions Builder project's {@code localizedSettings} (Shared.Types/LocalizedSettings). */
    private static final Pattern AB_PRIVACY_POLICY = Pattern.compile("(?m)^\\s*privacyPolicyUrl:[ \\t]*([^\\r\\n]{0,300})$");
    private static final Pattern AB_DISPLAY_NAME = Pattern.compile("(?m)^\\s*displayName:\\s*(\\S[^\\r\\n]{0,200})$");
    private static final Pattern YAML_ITEM = Pattern.compile("^(\\s*)-\\s*(.*)$");
    private static final Pattern YAML_KEY = Pattern.compile("^(\\s*)(?:-\\s*)?([A-Za-z_]+):\\s*(.*)$");
    /** A parameter in an Actions Builder training phrase: {@code ($query 'some words' auto=true)}. */
    private static final Pattern AB_PARAM = Pattern.compile("\\(\\$([A-Za-z0-9_]+)\\s+'(?:[^']|'')*'(?:\\s+auto=\\w+)?\\)");
    /** A parameter written without an example, {@code $query} (hand-written training phrases do this too). */
    private static final Pattern AB_BARE_PARAM = Pattern.compile("(?<![\\w{])\\$([A-Za-z_][A-Za-z0-9_]*)\\b");

    /**
     * The parts of an Actions Builder intent YAML the rules need, read line by line (no YAML
     * library): {@code parameters: - name: x / type: name: actions.type.FreeText} and
     * {@code trainingPhrases: - …}, parameters written {@code {x}}.
     */
    static Intent actionsBuilderIntent(String name, String file, String text, int[] samples) throws SkillInputException {
        List<Slot> slots = new ArrayList<>();
        List<Sample> ss = new ArrayList<>();
        String section = "";
        String param = null;
        String[] lines = text.split("\r?\n", 20_000);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
                Matcher k = YAML_KEY.matcher(line);
                section = k.matches() ? k.group(2) : "";
                param = null;
                continue;
            }
            if (section.equals("parameters")) {
                Matcher k = YAML_KEY.matcher(line);
                if (k.matches() && k.group(2).equals("name")) {
                    String v = unquote(k.group(3));
                    if (line.strip().startsWith("-")) {
                        param = v;
                    } else if (param != null) {
                        slots.add(new Slot(param, v, "line " + (i + 1)));
                        param = null;
                    }
                }
            } else if (section.equals("trainingPhrases")) {
                Matcher it = YAML_ITEM.matcher(line);
                if (it.matches()) {
                    if (++samples[0] > MAX_SAMPLES) {
                        throw new SkillInputException(file + ": more than " + MAX_SAMPLES + " training phrases");
                    }
                    ss.add(new Sample(AB_BARE_PARAM.matcher(AB_PARAM.matcher(unquote(it.group(2))).replaceAll("{$1}")).replaceAll("{$1}").strip(),
                            file, "line " + (i + 1)));
                }
            }
        }
        return new Intent(name, slots, ss, file, "");
    }

    private static String unquote(String v) {
        String t = v.strip();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            return t.substring(1, t.length() - 1).replace("''", "'");
        }
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1).replace("\\\"", "\"");
        }
        return t;
    }

    /** {@code [X/]intents/<name>.json} and {@code [X/]intents/<name>_usersays_<lang>.json} of a Dialogflow agent export. */
    private static final Pattern DIALOGFLOW_INTENT = Pattern.compile("(?i)(.*?)intents/([^/]+?)(_usersays_([a-z]{2}(?:-[a-z]{2})?))?\\.json");

    /**
     * Dialogflow intents as a model: each intent's parameters (name, {@code dataType} such as
     * {@code @sys.any}) and its training phrases, the annotated parts ({@code alias}) written
     * as {@code {alias}}; one skill per folder above {@code intents/}.
     */
    private static void dialogflowIntents(Map<String, Skill> skills, String inputId, Map<String, JsonNode[]> intents,
            Map<String, String> files, Map<String, String> langs, int[] samples) throws SkillInputException {
        for (Map.Entry<String, JsonNode[]> e : intents.entrySet()) {
            String root = e.getKey().substring(0, e.getKey().indexOf('\n'));
            String name = e.getKey().substring(root.length() + 1);
            Skill s = skill(skills, inputId, root);
            if (s.platform.equals("alexa")) {
                s.platform = "dialogflow";
            }
            String loc = "dialogflow-" + langs.getOrDefault(root, "en");
            Model.Locale l = s.locales.computeIfAbsent(loc, k -> new Model.Locale(k, files.getOrDefault(e.getKey(), "")));
            JsonNode def = e.getValue()[0];
            String defFile = files.getOrDefault(e.getKey(), files.get(e.getKey() + "\nsays"));
            List<Slot> slots = new ArrayList<>();
            if (def != null) {
                name = def.path("name").asText(name);
                JsonNode ps = def.path("responses").path(0).path("parameters");
                for (int j = 0; j < ps.size() && j < 1_000; j++) {
                    slots.add(new Slot(ps.get(j).path("name").asText(""), ps.get(j).path("dataType").asText(""),
                            "/responses/0/parameters/" + j));
                }
            }
            List<Sample> ss = new ArrayList<>();
            JsonNode says = e.getValue()[1];
            String saysFile = files.get(e.getKey() + "\nsays");
            for (int i = 0; says != null && i < says.size(); i++) {
                if (++samples[0] > MAX_SAMPLES) {
                    throw new SkillInputException(saysFile + ": more than " + MAX_SAMPLES + " training phrases");
                }
                StringBuilder t = new StringBuilder();
                JsonNode data = says.get(i).path("data");
                for (int j = 0; j < data.size(); j++) {
                    JsonNode part = data.get(j);
                    String alias = part.path("alias").asText("");
                    t.append(alias.isEmpty() ? part.path("text").asText("") : "{" + alias + "}");
                    if (!alias.isEmpty() && slots.stream().noneMatch(x -> x.name().equals(alias))) {
                        slots.add(new Slot(alias, part.path("meta").asText(""), "/" + i + "/data/" + j));
                    }
                }
                ss.add(new Sample(t.toString().strip(), saysFile, "/" + i + "/data"));
            }
            l.intents.add(new Intent(name, slots, ss, defFile == null ? "" : defFile, ""));
        }
    }

    /** The files of one Dialogflow CX intent or entity type: its definition and its per-language file. */
    private static final class CxParts {
        JsonNode def;
        String defFile;
        final Map<String, JsonNode> byLanguage = new java.util.TreeMap<>();
        final Map<String, String> files = new java.util.HashMap<>();

        void add(String language, JsonNode n, String file) {
            if (language == null) {
                def = n;
                defFile = file;
            } else {
                byLanguage.putIfAbsent(language.toLowerCase(java.util.Locale.ROOT), n);
                files.putIfAbsent(language.toLowerCase(java.util.Locale.ROOT), file);
            }
        }
    }

    /**
     * A Dialogflow CX agent's intents and entity types as a model, one locale {@code dialogflow-<lang>} per language of its
     * training phrases (see {@link DialogflowCxAgent}): the same rules then judge its parameters and phrases as a Dialogflow
     * ES agent's.
     */
    private static void cxModel(Map<String, Skill> skills, String inputId, Map<String, CxParts> intents, Map<String, CxParts> types,
            int[] samples) throws SkillInputException {
        for (Map.Entry<String, CxParts> e : intents.entrySet()) {
            String root = e.getKey().substring(0, e.getKey().indexOf('\n'));
            CxParts parts = e.getValue();
            Skill s = skill(skills, inputId, root);
            s.platform = s.platform.equals("alexa") ? "dialogflow" : s.platform;
            String name = parts.def != null ? parts.def.path("displayName").asText(e.getKey().substring(root.length() + 1))
                    : e.getKey().substring(root.length() + 1);
            Map<String, JsonNode> langs = parts.byLanguage.isEmpty() ? Map.of("en", com.fasterxml.jackson.databind.node.MissingNode.getInstance())
                    : parts.byLanguage;
            for (Map.Entry<String, JsonNode> lang : langs.entrySet()) {
                String file = parts.files.getOrDefault(lang.getKey(), parts.defFile == null ? "" : parts.defFile);
                Model.Locale l = s.locales.computeIfAbsent("dialogflow-" + lang.getKey(), k -> new Model.Locale(k, file));
                if (l.intents.size() >= MAX_INTENTS) {
                    throw new SkillInputException(file + ": more than " + MAX_INTENTS + " intents");
                }
                List<Slot> slots = parts.def == null ? new ArrayList<>() : DialogflowCxAgent.parameters(parts.def);
                List<Sample> ss = DialogflowCxAgent.phrases(file, lang.getValue(), slots, samples);
                l.intents.add(new Intent(name, slots, ss, parts.defFile == null ? file : parts.defFile, ""));
            }
        }
        for (Map.Entry<String, CxParts> e : types.entrySet()) {
            String root = e.getKey().substring(0, e.getKey().indexOf('\n'));
            Skill s = skills.get(root);
            CxParts parts = e.getValue();
            if (s == null || parts.def != null && parts.def.path("kind").asText("").equals("KIND_REGEXP")) {
                continue; // entity types without the agent's intents say nothing about what is captured
            }
            String type = "@" + (parts.def != null ? parts.def.path("displayName").asText(e.getKey().substring(root.length() + 1))
                    : e.getKey().substring(root.length() + 1));
            List<String> values = new ArrayList<>();
            String file = parts.defFile == null ? "" : parts.defFile;
            for (Map.Entry<String, JsonNode> lang : parts.byLanguage.entrySet()) {
                samples[0] += lang.getValue().path("entities").size();
                if (samples[0] > MAX_SAMPLES) {
                    throw new SkillInputException(parts.files.get(lang.getKey()) + ": more than " + MAX_SAMPLES + " values");
                }
                values.addAll(DialogflowCxAgent.entityValues(lang.getValue(), MAX_ENTITY_VALUES - values.size()));
                file = parts.files.get(lang.getKey());
            }
            if (!values.isEmpty()) {
                for (Model.Locale l : s.locales.values()) {
                    l.types.putIfAbsent(type, new Model.SlotType(type, values, file, ""));
                }
            }
            if (parts.def != null && parts.def.path("autoExpansionMode").asText("").equals("AUTO_EXPANSION_MODE_DEFAULT")) {
                s.openTypes.putIfAbsent(type, parts.defFile);
            }
        }
    }

    /** {@code [X/]entities/<name>.json} and {@code [X/]entities/<name>_entries_<lang>.json} of a Dialogflow agent export. */
    private static final Pattern DIALOGFLOW_ENTITY = Pattern.compile("(?i)(.*?)entities/([^/]+?)(_entries_([a-z]{2}(?:-[a-z]{2})?))?\\.json");
    /** Values (and synonyms) read of one Dialogflow entity: enough to judge its shape, bounded like a slot type. */
    private static final int MAX_ENTITY_VALUES = 2_000;

    /**
     * Round 14: Dialogflow entities as slot types of the agent's model, so that the model's structure is judged the same way
     * on Dialogflow as on Alexa: an entity's values and synonyms become the values of the type {@code @<name>} in every
     * Dialogflow locale of the agent (whole sentences, nonsense values and word chains are then seen by the same rules),
     * and an entity with {@code automatedExpansion} (Dialogflow matches values that are not in its list) takes speech
     * beyond its values: its parameters are judged as free-form slots, where a purposeful carrier still excuses them.
     * A regular-expression entity ({@code isRegexp}) is neither.
     */
    private static void dialogflowEntities(Map<String, Skill> skills, String inputId, Map<String, JsonNode[]> entities,
            Map<String, String> files, int[] samples) throws SkillInputException {
        for (Map.Entry<String, JsonNode[]> e : entities.entrySet()) {
            String root = e.getKey().substring(0, e.getKey().indexOf('\n'));
            String name = e.getKey().substring(root.length() + 1);
            Skill s = skills.get(root);
            if (s == null || !s.platform.equals("dialogflow")) {
                continue; // entities without the agent's intents say nothing about what is captured
            }
            JsonNode def = e.getValue()[0];
            if (def != null && def.path("isRegexp").asBoolean(false)) {
                continue;
            }
            String type = "@" + (def != null ? def.path("name").asText(name) : name);
            JsonNode entries = e.getValue()[1];
            List<String> values = new ArrayList<>();
            for (int i = 0; entries != null && i < entries.size() && values.size() < MAX_ENTITY_VALUES; i++) {
                if (++samples[0] > MAX_SAMPLES) {
                    throw new SkillInputException(files.get(e.getKey() + "\nentries") + ": more than " + MAX_SAMPLES + " values");
                }
                String v = entries.get(i).path("value").asText("").strip();
                if (!v.isEmpty()) {
                    values.add(v);
                }
                JsonNode syn = entries.get(i).path("synonyms");
                for (int j = 0; j < syn.size() && values.size() < MAX_ENTITY_VALUES; j++) {
                    String x = syn.get(j).asText("").strip();
                    if (!x.isEmpty() && !x.equals(v)) {
                        values.add(x);
                    }
                }
            }
            String file = files.getOrDefault(e.getKey() + "\nentries", files.getOrDefault(e.getKey(), ""));
            if (!values.isEmpty()) {
                for (Model.Locale l : s.locales.values()) {
                    l.types.putIfAbsent(type, new Model.SlotType(type, values, file, ""));
                }
            }
            if (def != null && def.path("automatedExpansion").asBoolean(false)) {
                s.openTypes.putIfAbsent(type, files.getOrDefault(e.getKey(), file));
            }
        }
    }

    /** Keeps at most this much of a Google project's listing text. */
    private static final int MAX_LISTING = 8_000;

    private static void listing(Skill s, String text) {
        if (!text.isBlank() && s.googleListing.length() < MAX_LISTING) {
            s.googleListing.append(text, 0, Math.min(text.length(), MAX_LISTING - s.googleListing.length())).append(' ');
        }
    }

    /** An Actions Builder settings file's category and descriptions ({@code category:}, {@code shortDescription:} …). */
    private static final Pattern AB_CATEGORY = Pattern.compile("(?m)^\\s*category:\\s*['\"]?([A-Z_]{3,60})['\"]?\\s*$");
    private static final Pattern AB_DESCRIPTION = Pattern.compile("(?m)^\\s*(?:shortDescription|fullDescription):[ \\t]*([^\\r\\n]{1,4000})$");

    /** A welcome phrase that names the Action ("talk to fish facts", "let me talk to …", "ask …"). */
    private static final Pattern TALK_TO = Pattern.compile("(?i)\\s*(?:ok(?:ay)? google,?\\s*|hey google,?\\s*)?(?:let me )?(?:talk to|speak to|speak with|talk with|open)\\s+([\\p{L}\\p{N}' -]{2,80})");

    private static void googleActions(Skill s, JsonNode n, String file, int[] samples) throws SkillInputException {
        String loc = n.path("locale").asText("en");
        if (s.locales.containsKey(loc)) {
            loc = loc + "#" + s.locales.size();
        }
        Model.Locale l = new Model.Locale(loc, file);
        if (n.path("manifest").isObject()) {
            // round 25a: the project's own manifest, where its privacy policy is declared (or not)
            s.googleManifestFile = s.googleManifestFile != null ? s.googleManifestFile : file;
            for (String f : new String[] {"privacyUrl", "privacyPolicyUrl", "privacyPolicy"}) {
                s.googlePolicy |= !n.at("/manifest/" + f).asText("").isBlank();
            }
            // round 29: the listing it states (category, descriptions) says what the Action is for
            if (s.googleCategory.isEmpty()) {
                s.googleCategory = n.at("/manifest/category").asText("");
            }
            for (String f : new String[] {"shortDescription", "longDescription", "fullDescription", "description"}) {
                listing(s, n.at("/manifest/" + f).asText(""));
            }
        }
        JsonNode inv = n.at("/manifest/invocationName");
        if (inv.isTextual() && !inv.asText().isBlank()) {
            l.invocationName = inv.asText();
            l.invocationPointer = "/manifest/invocationName";
        } else if (n.at("/manifest/displayName").isTextual() && !n.at("/manifest/displayName").asText().isBlank()) {
            // Actions SDK: users invoke an Action by its display name ("Talk to <displayName>")
            l.invocationName = n.at("/manifest/displayName").asText();
            l.invocationPointer = "/manifest/displayName";
        }
        JsonNode actions = n.path("actions");
        if (actions.size() > MAX_INTENTS) {
            throw new SkillInputException(file + ": " + actions.size() + " actions exceed the limit of " + MAX_INTENTS);
        }
        for (int i = 0; i < actions.size(); i++) {
            JsonNode in = actions.get(i).path("intent");
            String p = "/actions/" + i + "/intent";
            List<Slot> slots = new ArrayList<>();
            JsonNode ps = in.path("parameters");
            for (int j = 0; j < ps.size() && j < 1_000; j++) {
                slots.add(new Slot(ps.get(j).path("name").asText(""), ps.get(j).path("type").asText(""), p + "/parameters/" + j));
            }
            List<Sample> ss = new ArrayList<>();
            JsonNode qp = in.at("/trigger/queryPatterns");
            for (int j = 0; j < qp.size(); j++) {
                if (++samples[0] > MAX_SAMPLES) {
                    throw new SkillInputException(file + ": more than " + MAX_SAMPLES + " query patterns");
                }
                ss.add(new Sample(GOOGLE_PARAM.matcher(qp.get(j).asText("")).replaceAll("{$2}"), file, p + "/trigger/queryPatterns/" + j));
            }
            l.intents.add(new Intent(in.path("name").asText(""), slots, ss, file, p));
            if (l.invocationName == null && "actions.intent.MAIN".equals(in.path("name").asText(""))) {
                // the welcome action's own trigger names the Action: "talk to fish facts", "speak to …", "ask …"
                for (int j = 0; j < qp.size(); j++) {
                    Matcher m = TALK_TO.matcher(qp.get(j).asText(""));
                    if (m.matches()) {
                        l.invocationName = m.group(1).strip();
                        l.invocationPointer = p + "/trigger/queryPatterns/" + j;
                        break;
                    }
                }
            }
        }
        s.locales.put(loc, l);
    }
}
