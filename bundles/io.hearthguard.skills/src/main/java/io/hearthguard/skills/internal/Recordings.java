package io.hearthguard.skills.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.internal.Model.Response;

/**
 * Recognises recorded conversations by their content, whatever the file is called:
 * <ul>
 * <li>request/response pairs {@code {"request": …, "response": …}} (single, in arrays, one per line), which also
 * covers probe transcripts ({@code turns[]})</li>
 * <li>SMAPI simulation and invocation results ({@code invocationRequest.body} / {@code invocationResponse.body}
 * anywhere, e.g. {@code result.skillExecutionInfo.invocations[]}), and {@code ask dialog} output files holding them</li>
 * <li>HAR files ({@code log.entries[].request.postData.text} / {@code response.content.text}, base64 too)</li>
 * <li>ngrok inspector exchanges ({@code requests[].request.raw} / {@code response.raw}: whole HTTP messages in base64,
 * read oldest first)</li>
 * <li>Lambda / CloudWatch logs: text lines with a JSON object after a prefix (pretty-printed objects over
 * several lines too), and CloudWatch JSON exports ({@code events[].message})</li>
 * <li>Alexa request and response envelopes, Google conversation webhook v2 ({@code expectUserResponse},
 * {@code richInitialPrompt}, {@code systemIntent}), conversational {@code prompt.firstSimple} / {@code scene},
 * Dialogflow {@code payload.google}: a request sets the trigger of the responses after it in the same session</li>
 * <li>Voiceflow traces ({@code [{"type": "speak" | "text" | "no-reply" | "end", "payload": …}]}, with the user's requests
 * between them in transcript exports, or beside them as {@code {"action", "traces"}}): {@link VoiceflowTraces}</li>
 * </ul>
 * ASK CLI dialog replay files ({@code userInput[]} only) are recognised and reported as holding no responses.
 * Bounded: nodes visited per document, lines per file, characters per line, embedded documents per file.
 */
public final class Recordings {
    /** Most JSON nodes visited in one document. */
    public static final int MAX_NODES = 500_000;
    /** Most lines read from one text file. */
    public static final int MAX_LINES = 100_000;
    /** Most lines one pretty-printed log object may span. */
    public static final int MAX_OBJECT_LINES = 5_000;
    /** JSON strings inside JSON strings read at most this deep (a request body inside a collection inside an export). */
    static final int MAX_STRING_NESTING = 3;
    /** Most command lines per file whose event file is looked up among the package's request files ({@code -e FILE}). */
    static final int MAX_EVENT_ARGUMENTS = 1_000;
    /** Most embedded documents (HAR bodies, log messages) parsed per file. */
    public static final int MAX_EMBEDDED = 100_000;

    private static final Pattern INVOCATION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern STOP_WORDS = Pattern.compile("(?iu)^\\s*(?:alexa,?\\s*|ok google,?\\s*|hey google,?\\s*)?(?:stop|cancel|exit|quit|"
            + "stopp|halt|abbrechen|beenden|annuler|arrête|arrete|stop|cancelar|para|parar|salir|annulla|basta|esci|ferma|やめて|ストップ|キャンセル|終了"
            // round 35: Dutch and Hindi
            + "|stoppen|ophouden|annuleren|afsluiten|रुको|बंद करो|रोको|बस करो)"
            + "[.!]?\\s*$");

    private Recordings() {
    }

    /** What one file yielded. */
    public static final class Found {
        public final List<Response> responses = new ArrayList<>();
        /** Permissions the recorded responses ask the user for at run time: name → {file, pointer, reason given} of the first request. */
        public final java.util.Map<String, String[]> permissions = new java.util.LinkedHashMap<>();
        final Set<String> shapes = new LinkedHashSet<>();
        final Set<String> sessions = new TreeSet<>();
        String note;
        int skippedLines;
        /** The last request seen in the file (carried to the next file of the same folder). */
        Req last;

        /** @return the shapes recognised, comma-separated, or "" */
        public String shape() {
            return String.join(", ", shapes);
        }

        /** @return the number of distinct sessions seen */
        public int sessions() {
            return sessions.size();
        }

        /** @return why nothing (or not everything) was read, or null */
        public String note() {
            if (skippedLines > 0) {
                String s = skippedLines + " line(s) or bodies without a readable JSON object skipped";
                return note == null ? s : note + "; " + s;
            }
            return note;
        }
    }

    /** Walk state: the last request seen sets the trigger of the following responses. */
    private static final class State {
        final String file;
        final Found found;
        final String fallbackTrigger;
        /** Indexes of the responses given {@link #fallbackTrigger} because no request came before them (round 28). */
        final List<Integer> byName = new ArrayList<>();
        int nodes;
        int embedded;
        /** How many JSON-in-string documents enclose the one being walked (at most {@link #MAX_STRING_NESTING}). */
        int stringNesting;
        Req last;
        /** The last request has no response after it (yet). */
        boolean unanswered;
        final Map<String, Req> byInvocation = new HashMap<>();
        /** Command lines naming an event file looked up so far (each looks through the package's request files). */
        int eventArguments;
        /** Requests kept in files of the same package (logical path → request), for runner output that names its event file. */
        Map<String, Req> requestFiles = Map.of();
        /** Conversations of a file of Actions API test interactions begun so far (round 34). */
        int interactions;
        boolean interactionOpen;
        /**
         * Round 40: the request a Jest snapshot's name gives the object after it ({@code exports[`turn 2 AMAZON.StopIntent
         * (arrête) 1`] = `}), or null.
         */
        String exportTrigger;

        State(String file, Found found, String fallbackTrigger) {
            this.file = file;
            this.found = found;
            this.fallbackTrigger = fallbackTrigger;
        }
    }

    /** The parts of a request that matter: what triggered the answer, the session, when, what the user said. */
    record Req(String trigger, String session, String time, String utterance) {
    }

    /** Reads one parsed JSON document. */
    public static Found json(String file, JsonNode n, String fallbackTrigger) throws SkillInputException {
        return json(file, n, fallbackTrigger, null);
    }

    /**
     * @param before the last request of the file before it in the same folder ("request.json" then
     *               "response.json", "input.json" then "output.json"), or null
     */
    static Found json(String file, JsonNode n, String fallbackTrigger, Req before) throws SkillInputException {
        Found f = new Found();
        State st = new State(file, f, fallbackTrigger);
        st.last = before;
        walk(st, n, "", 0);
        nameTriggersLastOnly(st);
        f.last = st.unanswered ? st.last : null;
        return f;
    }

    /**
     * Round 28: a file named for Stop or Cancel ({@code stop.spec.ts.snap}) that holds several responses without their
     * requests tests a Stop handler through a conversation — the skill is opened first, then stopped: the name is the
     * trigger of its last such response only, not of the launch answer before it.
     */
    private static void nameTriggersLastOnly(State st) {
        for (int k = 0; k < st.byName.size() - 1; k++) {
            int i = st.byName.get(k);
            st.found.responses.set(i, st.found.responses.get(i).withTrigger(null));
        }
    }

    /**
     * Reads a text file line by line (JSON lines, Lambda/CloudWatch logs, a JSON document that
     * failed to parse as a whole): every line with a JSON object after an optional prefix.
     */
    public static Found text(String file, String text, String fallbackTrigger) throws SkillInputException {
        return text(file, text, fallbackTrigger, null);
    }

    static Found text(String file, String text, String fallbackTrigger, Req before) throws SkillInputException {
        return text(file, text, fallbackTrigger, before, Map.of());
    }

    /**
     * @param requestFiles requests kept in other files of the package by logical path: a runner's command line that names
     *                     its event file ({@code sam local invoke -e events/stop.json}) makes that request the trigger of the
     *                     responses printed after it
     */
    static Found text(String file, String text, String fallbackTrigger, Req before, Map<String, Req> requestFiles) throws SkillInputException {
        Found f = new Found();
        State st = new State(file, f, fallbackTrigger);
        st.last = before;
        st.requestFiles = requestFiles;
        lines(st, text, "", 0);
        nameTriggersLastOnly(st);
        f.last = st.unanswered ? st.last : null;
        return f;
    }

    /** @return true when {@code text} has at most {@link #MAX_LINES} lines (a transcript reader would refuse more) */
    static boolean withinLineLimit(String text) {
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (++lines > MAX_LINES) {
                return false;
            }
        }
        return true;
    }

    /** The marks of a Bespoken test script: a test's title item, or the configuration document with interaction items. */
    private static final Pattern BESPOKEN_TEST = Pattern.compile("(?m)^-\\s+(?:test|Test)(?:\\.only|\\.skip)?\\s*:");
    private static final Pattern BESPOKEN_CONFIG = Pattern.compile("(?m)^configuration\\s*:\\s*$");
    /** An interaction: {@code - utterance: expected prompt} (the utterance may be quoted), or a bare {@code - utterance}. */
    private static final Pattern BESPOKEN_ITEM = Pattern.compile("^-\\s+(?:\"([^\"]*)\"|'([^']*)'|(.+?))\\s*(?::(?:\\s+(.*))?)?$");
    /** An assertion under an interaction: {@code - path: value}, {@code - path =~ value}, {@code - path == value}, {@code - path != value}. */
    private static final Pattern BESPOKEN_ASSERT = Pattern.compile("^\\s+(?:-\\s+)?([A-Za-z][\\w.\\[\\]]*)\\s*(:|=~|==|!=)\\s*(.*)$");
    /** A plain list item under an assertion that has no value of its own (alternatives of a prompt). */
    private static final Pattern BESPOKEN_ALT = Pattern.compile("^(\\s+)-\\s+(.*)$");

    private static final Pattern EXPECTED_REGEX = Pattern.compile("^/(.*)/[a-z]*$");
    private static final Pattern REGEX_ESCAPE = Pattern.compile("\\\\([.?!,'\"()\\[\\]])");
    private static final Pattern REGEX_ANCHOR = Pattern.compile("^\\^|\\$$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The first word of an interaction naming a request or intent ({@code AMAZON.StopIntent}, {@code GetFact Slot=x}). */
    private static final Pattern REQUEST_WORD = Pattern.compile("^(\\S+(?:Intent|Request))(?:\\s.*)?$");

    /** Round 37: a YAML scalar holding a JSON response ({@code '{"version": …}'}, {@code "{\"version\": …}"}), parsed; null when it is none. */
    private static JsonNode rawEnvelope(String file, int line, String value) throws SkillInputException {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
            v = v.substring(1, v.length() - 1).replace("''", "'");
        } else if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (!v.startsWith("{")) {
            return null;
        }
        try {
            return SafeJson.parse(file + " line " + line, v.getBytes(StandardCharsets.UTF_8));
        } catch (SkillInputException e) {
            if (hardError(e)) {
                throw e;
            }
            return null;
        }
    }

    /** @return an output speech object's SSML or text, or null */
    private static String outputText(JsonNode o) {
        return o.path("ssml").isTextual() ? o.path("ssml").asText() : o.path("text").isTextual() ? o.path("text").asText() : null;
    }

    /** @return true when a YAML text is a Bespoken test script (unit or end-to-end) */
    static boolean bespokenScript(String text) {
        return BESPOKEN_TEST.matcher(text).find() || (BESPOKEN_CONFIG.matcher(text).find() && text.contains("\n---"));
    }

    /**
     * Reads a Bespoken test script (YAML, {@code bst test}): each test is a session of interactions, an utterance or request
     * name with what the skill is expected to say ({@code prompt}, {@code response.outputSpeech.ssml}), to reprompt
     * ({@code reprompt}, {@code response.reprompt.outputSpeech.ssml}) and whether the session ends
     * ({@code response.shouldEndSession}). An expectation of anything ({@code "*"}) says nothing and is not a turn; an expected
     * empty prompt ({@code ""}, {@code /^$/}) is a silent one. Of several alternatives the first is taken. Read line by line
     * (no YAML library), bounded like every text recording. @return null when no turn with an expectation was found
     */
    static Found bespoken(String file, String text) throws SkillInputException {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new SkillInputException(file + ": more than " + MAX_LINES + " lines");
        }
        Found f = new Found();
        Bespoke b = new Bespoke(file, f);
        for (int i = 0; i < lines.length; i++) {
            String line = uncomment(lines[i]);
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().equals("---")) {
                b.flush();
                b.newSession();
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0))) {
                Matcher it = BESPOKEN_ITEM.matcher(line.stripTrailing());
                b.flush();
                b.list = null;
                if (!it.matches()) {
                    continue; // configuration: and other top-level keys
                }
                String key = it.group(1) != null ? it.group(1) : it.group(2) != null ? it.group(2) : it.group(3).strip();
                String k = key.toLowerCase(Locale.ROOT);
                if (k.matches("test(?:\\.only|\\.skip)?")) {
                    b.newSession();
                    continue;
                }
                if (k.equals("tags") || k.equals("description")) {
                    continue;
                }
                b.said = key;
                b.line = i + 1;
                if (it.group(4) != null && !it.group(4).isBlank()) {
                    b.speech = expected(it.group(4));
                }
                continue;
            }
            if (b.said == null) {
                continue;
            }
            Matcher a = BESPOKEN_ASSERT.matcher(line);
            if (a.matches()) {
                String path = a.group(1).toLowerCase(Locale.ROOT);
                String op = a.group(2);
                String value = a.group(3).strip();
                b.list = null;
                if (path.equals("raw") && value.length() > 2 && b.rawRead < 1_000) {
                    // round 37: the recorded response itself beside the expectations ("raw: '{"version": "1.0", "response": …}'")
                    b.rawRead++;
                    JsonNode x = rawEnvelope(file, i + 1, value);
                    JsonNode res = x == null ? null : x.path("response").isObject() ? x.path("response") : x;
                    if (res != null && res.isObject()) {
                        String sp = outputText(res.path("outputSpeech"));
                        String rp = outputText(res.path("reprompt").path("outputSpeech"));
                        b.speech = b.speech == null || b.speech.isEmpty() ? sp : b.speech;
                        if (rp != null && b.reprompt == null) {
                            b.reprompt = rp;
                            b.repromptLine = i + 1;
                        }
                        b.end = res.path("shouldEndSession").isBoolean() ? Boolean.valueOf(res.path("shouldEndSession").asBoolean()) : b.end;
                    }
                    continue;
                }
                if (path.endsWith("shouldendsession")) {
                    Boolean v = value.matches("(?i)true|false") ? Boolean.valueOf(value.toLowerCase(Locale.ROOT)) : null;
                    b.end = v == null ? b.end : op.equals("!=") ? !v : v;
                } else if (op.equals("!=")) {
                    continue;
                } else if (path.equals("reprompt") || path.contains("reprompt.outputspeech")) {
                    if (value.isEmpty()) {
                        b.list = "reprompt";
                    } else if (b.reprompt == null) {
                        b.reprompt = expected(value);
                        b.repromptLine = i + 1;
                    }
                } else if (path.equals("prompt") || path.equals("transcript") || path.contains("outputspeech")) {
                    if (value.isEmpty()) {
                        b.list = "speech";
                    } else if (b.speech == null) {
                        b.speech = expected(value);
                    }
                }
                continue;
            }
            Matcher alt = BESPOKEN_ALT.matcher(line);
            if (alt.matches()) {
                String v = expected(alt.group(2));
                if ("speech".equals(b.list) && b.speech == null) {
                    b.speech = v;
                } else if ("reprompt".equals(b.list) && b.reprompt == null) {
                    b.reprompt = v;
                    b.repromptLine = i + 1;
                } else if (b.list == null && b.speech == null) {
                    b.speech = v; // "- utterance:" followed by the expected prompts as a list
                }
            }
        }
        b.flush();
        if (f.responses.isEmpty()) {
            return null;
        }
        f.shapes.add("Bespoken test script");
        return f;
    }

    /** The turn being read from a Bespoken script. */
    private static final class Bespoke {
        final String file;
        final Found f;
        int session = 1;
        String said;
        String speech;
        String reprompt;
        int rawRead;
        Boolean end;
        int line;
        int repromptLine;
        String list;

        Bespoke(String file, Found f) {
            this.file = file;
            this.f = f;
        }

        void newSession() {
            if (f.sessions.contains(file + "#" + session)) {
                session++;
            }
        }

        void flush() {
            if (said != null && (speech != null || reprompt != null || end != null)) {
                boolean open = end != null ? !end : reprompt != null;
                String sess = file + "#" + session;
                String at = "line " + line;
                Matcher rq = REQUEST_WORD.matcher(said);
                f.responses.add(new Response(file, at, triggerOfText(rq.matches() ? rq.group(1) : said),
                        speech == null ? "" : speech, at, reprompt, reprompt == null ? null : "line " + repromptLine, end, open, sess, null, said));
                f.sessions.add(sess);
                if (!open) {
                    session++;
                }
            }
            said = null;
            speech = null;
            reprompt = null;
            end = null;
            list = null;
        }
    }

    /** A line without its YAML comment ({@code # …} after a space, outside quotes). */
    private static String uncomment(String line) {
        char quote = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (k == 0 || Character.isWhitespace(line.charAt(k - 1)))) {
                return line.substring(0, k);
            }
        }
        return line;
    }

    /**
     * What an expectation says the skill speaks: quotes removed; {@code "*"} (anything) is null; a regular expression
     * ({@code /…/i}) is read for its words ({@code .*}, anchors and escapes dropped), {@code /^$/} is silence; a partial
     * match's wildcards are dropped.
     */
    static String expected(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' && v.endsWith("\"") || v.charAt(0) == '\'' && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        Matcher re = EXPECTED_REGEX.matcher(v);
        if (re.matches()) {
            v = REGEX_ESCAPE.matcher(re.group(1).replace(".*", " ").replace(".+", " ")).replaceAll("$1");
            v = REGEX_ANCHOR.matcher(v).replaceAll("");
        }
        v = SPACES.matcher(v.replace("*", " ")).replaceAll(" ").strip();
        return v.isEmpty() && !value.strip().equals("\"\"") && !value.strip().equals("''") && !value.strip().equals("/^$/") ? null : v;
    }

    /** A speaker line of a plain-text transcript: {@code [ts] USER: …}, {@code SKILL (reprompt): …}, {@code Alexa > …}. */
    private static final Pattern SPEAKER = Pattern.compile(
            "(?iu)^\\s*(?:\\[([^\\]]{1,40})\\]\\s*)?(user|you|human|customer|child|kid|kind|enfant|niñ[oa]|bambin[oa]|criança|tester"
                    // round 37: the phone owner as a chat app's history names them ("10/03/2026, 09:00 - Me: …")
                    + "|me|moi|io|yo|ich|eu"
                    + "|skill|alexa|assistant|google|bot|agent|echo|device|speaker|(?=reprompt))"
                    + "(\\s*\\(reprompt\\)|\\s*reprompt|\\s*\\((?:if no answer|no answer|after silence|on silence|silence|if silent)\\))?\\s*(?::|>)\\s?(.*)$");
    /** Round 28: a line that opens a new session in a QA transcript ({@code --- new session 561b… ---}, {@code === Session 2 ===}). */
    private static final Pattern SESSION_MARK = Pattern.compile("(?iu)^\\s*[-=#*~]{2,}\\s*(?:new\\s+)?session\\b.{0,200}$");
    /** Round 28: what a transcript line says the skill sent beside its speech ({@code [ts] DIRECTIVE: {…}}, {@code CARD: {…}}). */
    private static final Pattern SENT_OBJECT = Pattern.compile("(?iu)^\\s*(?:\\[[^\\]]{1,40}\\]\\s*)?(directive|card)s?\\s*[:>]\\s*(\\{.*)$");
    private static final Pattern SESSION_OPEN = Pattern.compile("(?iu)^\\s*(?:\\[([^\\]]{1,40})\\]\\s*)?session[_ ]?open\\s*[=:]\\s*(true|false|yes|no|1|0)\\b");
    /**
     * Round 30: a turn's details on lines of their own under the skill's line, in brackets or not: {@code (reprompt) <speak>…},
     * {@code (shouldEndSession: False)}, {@code shouldEndSession = not set}. A flag not set leaves the reprompt to decide.
     */
    private static final Pattern REPROMPT_DETAIL = Pattern.compile("(?iu)^\\s*[(\\[]\\s*reprompt\\s*[)\\]]\\s*[:>]?\\s*(.+)$");
    /** The reprompt of a detail line: its text, or the text or SSML of the output-speech object printed there. */
    private static String detailSpeech(String file, String v, int line) throws SkillInputException {
        if (!v.startsWith("{") || !v.endsWith("}")) {
            return v;
        }
        JsonNode x;
        try {
            x = SafeJson.parse(file + " line " + line, v.getBytes(StandardCharsets.UTF_8));
        } catch (SkillInputException e) {
            if (hardError(e)) {
                throw e;
            }
            return v;
        }
        String t = outputText(x.path("outputSpeech").isObject() ? x.path("outputSpeech") : x);
        return t == null ? v : t;
    }

    private static final Pattern END_DETAIL = Pattern.compile(
            "(?iu)^\\s*[(\\[]?\\s*should[_ ]?end[_ ]?session\\s*[:=]\\s*(true|false|not set|unset|none|null|undefined|absent|missing)\\s*[)\\]]?\\s*$");

    /**
     * Reads a plain-text QA transcript: what the user said, what the skill answered (and its
     * reprompt), and whether the session stayed open ({@code session_open=…}; without it, a
     * reprompt or a dialog directive means open). A closed session starts a new one, and so does a marker line
     * ({@code --- new session … ---}). Round 28: {@code DIRECTIVE: {…}} and {@code CARD: {…}} lines after the skill's
     * speech add what it shows (a card's text, a screen's text). @return null when the text is
     * not a transcript (no user line followed by a skill line)
     */
    static Found transcript(String file, String text) throws SkillInputException {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            throw new SkillInputException(file + ": more than " + MAX_LINES + " lines");
        }
        Found f = new Found();
        int session = 1;
        String said = null;
        String time = null;
        StringBuilder speech = null;
        String reprompt = null;
        int speechLine = 0;
        int repromptLine = 0;
        Boolean open = null;
        Responses.Shown shown = null;
        boolean dialog = false;
        int objects = 0;
        // round 29: a transcript of one-shot answers has no user line; its session states and reprompts say it is one
        boolean statesSession = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('[') >= 0 || lines[i].indexOf(':') >= 0) {
                lines[i] = fieldNotes(lines[i]);
            }
        }
        for (int i = 0; i <= lines.length; i++) {
            Matcher sp = i < lines.length ? SPEAKER.matcher(lines[i]) : null;
            Matcher so = i < lines.length ? SESSION_OPEN.matcher(lines[i]) : null;
            boolean user = sp != null && sp.matches() && userLabel(sp.group(2));
            boolean sessionLine = so != null && so.find();
            boolean mark = i < lines.length && lines[i].length() < 300 && SESSION_MARK.matcher(lines[i]).matches();
            boolean closeTurn = i == lines.length || user || sessionLine || mark;
            if (sessionLine) {
                open = so.group(2).matches("(?i)true|yes|1");
                statesSession = true;
            }
            if (closeTurn && speech != null) {
                boolean isOpen = open != null ? open : reprompt != null || dialog;
                String trig = said == null ? null : triggerOfText(said);
                String sess = file + "#" + session;
                Response r = new Response(file, "line " + speechLine, trig, speech.toString(), "line " + speechLine, reprompt,
                        reprompt == null ? null : "line " + repromptLine, open == null ? null : !open, isOpen, sess, time, said);
                f.responses.add(shown == null ? r : r.withDisplay(shown.text(), shown.pointer));
                f.sessions.add(sess);
                if (!isOpen) {
                    session++;
                }
                speech = null;
                reprompt = null;
                open = null;
                shown = null;
                dialog = false;
                if (!user) {
                    said = null;
                }
            }
            if (mark) {
                // a new session begins here, whatever the last turn left open
                session++;
                said = null;
                time = null;
                continue;
            }
            Matcher so2 = speech != null && i < lines.length && lines[i].indexOf('{') >= 0 ? SENT_OBJECT.matcher(lines[i]) : null;
            if (so2 != null && so2.matches() && objects < MAX_EMBEDDED) {
                // what the skill sent beside its speech: a card's or a screen's text is shown; a dialog directive reopens the microphone
                objects++;
                JsonNode x;
                try {
                    x = SafeJson.parse(file + " line " + (i + 1), so2.group(2).strip().getBytes(StandardCharsets.UTF_8));
                } catch (SkillInputException e) {
                    if (hardError(e)) {
                        throw e;
                    }
                    x = null;
                }
                if (x != null && x.isObject()) {
                    String type = x.path("type").asText("");
                    shown = shown == null ? new Responses.Shown() : shown;
                    if (so2.group(1).equalsIgnoreCase("card")) {
                        shown.card(x, "line " + (i + 1));
                    } else if (Responses.showsText(type)) {
                        shown.walk(x, "line " + (i + 1), 0);
                    } else if (Responses.reopensMicrophone(type)) {
                        dialog = true;
                    }
                }
                continue;
            }
            if (speech != null && i < lines.length && (sp == null || !sp.matches()) && lines[i].length() < 4_000) {
                Matcher rd = REPROMPT_DETAIL.matcher(lines[i]);
                Matcher ed = rd.matches() ? null : END_DETAIL.matcher(lines[i]);
                if (rd.matches()) {
                    reprompt = detailSpeech(file, rd.group(1).strip(), i + 1);
                    repromptLine = i + 1;
                    statesSession = true;
                    continue;
                }
                if (ed != null && ed.matches()) {
                    String v = ed.group(1).toLowerCase(Locale.ROOT);
                    open = v.equals("true") ? Boolean.FALSE : v.equals("false") ? Boolean.TRUE : open;
                    statesSession = true;
                    continue;
                }
            }
            if (sp == null || !sp.matches()) {
                continue;
            }
            if (user) {
                said = sp.group(4).strip();
                time = sp.group(1) != null ? sp.group(1).strip() : null;
            } else if (sp.group(3) != null) {
                reprompt = sp.group(4).strip();
                repromptLine = i + 1;
                statesSession = true;
            } else if (speech == null) {
                speech = new StringBuilder(sp.group(4).strip());
                speechLine = i + 1;
                time = time == null && sp.group(1) != null ? sp.group(1).strip() : time;
            } else {
                speech.append(' ').append(sp.group(4).strip());
            }
        }
        if (f.responses.isEmpty() || !statesSession && f.responses.stream().allMatch(r -> r.utterance() == null)) {
            return null;
        }
        f.shapes.add("text transcript");
        return f;
    }

    private static final Pattern CSV_SPEAKER = Pattern.compile("(?i)speaker|role|who|from|actor|party|turn_?by|source|author|sender"
            // round 37: an analytics export's direction of each message (incoming: the user's, outgoing: the skill's)
            + "|direction|message_?direction");
    private static final Pattern CSV_TEXT = Pattern.compile("(?i)text|utterance|speech|message|said|output_?speech|transcript|content|line|prompt");
    private static final Pattern CSV_REPROMPT = Pattern.compile("(?i)reprompt|re_?prompt_?(?:text|ssml|speech)");
    private static final Pattern CSV_END = Pattern.compile("(?i)end_?session|should_?end_?session|session_?end(?:ed)?|ends?");
    private static final Pattern CSV_OPEN = Pattern.compile("(?i)session_?open|open|mic_?open|listening|expect_?user_?response"
            // round 35: a QA table's question as its header ("mic open after?", "session still open?")
            + "|(?:(?:mic(?:rophone)?|session|ring|light)_)?(?:(?:still|stays|is|remains)_)?(?:open|listening)(?:_after)?_?\\??");
    private static final Pattern CSV_SESSION = Pattern.compile("(?i)session(?:_?id)?|conversation(?:_?id)?");
    private static final Pattern CSV_TIME = Pattern.compile("(?i)timestamp|time|ts|date(?:_?time)?");
    private static final Pattern CSV_INTENT = Pattern.compile("(?i)intent(?:_?name)?");
    private static final Pattern CSV_REQUEST_TYPE = Pattern.compile("(?i)request_?type");
    private static final Pattern CSV_RAW = Pattern.compile("(?i).*(?:raw|json|envelope|body).*");
    /** A request's or intent's name as the platform writes it ({@code LaunchRequest}, {@code AMAZON.StopIntent}, {@code actions.intent.MAIN}). */
    private static final Pattern REQUEST_NAME = Pattern.compile("(?:[A-Za-z]+\\.)*[A-Za-z]+(?:Request|Intent)|actions\\.intent\\.[A-Z_]+");
    private static final Pattern CSV_USER = Pattern.compile("(?i)user|you|human|customer|tester|caller|child|kid|person|me"
            + "|incoming|inbound|in|received|request");

    /**
     * Reads a spreadsheet of a test conversation (QA exports: {@code timestamp,session_id,speaker,text,reprompt,end_session},
     * separated by commas, semicolons or tabs) as a text transcript. @return null when the header names no speaker and
     * text column
     */
    static Found csvTranscript(String file, String text) throws SkillInputException {
        char sep = separator(text);
        try (java.io.Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            List<String> header = Catalog.Csv.next(r, sep);
            if (header == null) {
                return null;
            }
            int speaker = column(header, CSV_SPEAKER);
            int said = column(header, CSV_TEXT);
            // or a voice-history sheet: what the user said and what the skill answered side by side in one row
            int userSaid = speaker < 0 || said < 0 ? column(header, CSV_USER_SAID) : -1;
            int skillSaid = speaker < 0 || said < 0 ? column(header, CSV_SKILL_SAID) : -1;
            // round 34: or an analytics export of turns, which names the request (intent, request type) instead of what the
            // user said, beside what the skill answered and its session state
            // (a sheet that also carries the raw envelopes is read from them, as log lines: they say more)
            boolean namedRequests = userSaid < 0 && skillSaid >= 0 && speaker < 0 && column(header, CSV_RAW) < 0
                    && (column(header, CSV_INTENT) >= 0 || column(header, CSV_REQUEST_TYPE) >= 0)
                    && (column(header, CSV_REPROMPT) >= 0 || column(header, CSV_END) >= 0 || column(header, CSV_OPEN) >= 0);
            boolean paired = skillSaid >= 0 && (userSaid >= 0 && userSaid != skillSaid || namedRequests);
            if ((speaker < 0 || said < 0) && !paired) {
                return null;
            }
            int reprompt = column(header, CSV_REPROMPT);
            int end = column(header, CSV_END);
            int open = end >= 0 ? -1 : column(header, CSV_OPEN);
            open = open < 0 && end < 0 && paired ? column(header, CSV_STATE) : open;
            int session = column(header, CSV_SESSION);
            int time = column(header, CSV_TIME);
            // round 17: a sheet whose rows name the request (an intent or request type column) carries the trigger even
            // where nobody said anything (a launch row): written as what the user did
            int intent = paired ? column(header, CSV_INTENT) : -1;
            int requestType = paired ? column(header, CSV_REQUEST_TYPE) : -1;
            StringBuilder b = new StringBuilder();
            String lastSession = null;
            int rows = 0;
            // round 29: the session state of the last skill row, written once its reprompt rows (speaker "assistant_reprompt")
            // are read: the transcript reader ends a turn at its state line
            String state = null;
            for (List<String> row = Catalog.Csv.next(r, sep); row != null; row = Catalog.Csv.next(r, sep)) {
                if (++rows > MAX_LINES) {
                    throw new SkillInputException(file + ": more than " + MAX_LINES + " rows");
                }
                String who = paired ? "skill" : cell(row, speaker);
                if (!paired && CSV_REPROMPT_SPEAKER.matcher(who.strip()).matches()) {
                    String t = cell(row, said).replace('\n', ' ').replace('\r', ' ');
                    if (!t.isBlank()) {
                        b.append("SKILL (reprompt): ").append(t).append('\n');
                    }
                    String st = rowState(row, end, open);
                    state = st != null ? st : state;
                    continue;
                }
                if (state != null) {
                    b.append(state);
                    state = null;
                }
                String t = cell(row, paired ? skillSaid : said).replace('\n', ' ').replace('\r', ' ');
                String ts = cell(row, time).replace(']', ')');
                String prefix = ts.isEmpty() ? "" : "[" + (ts.length() > 40 ? ts.substring(0, 40) : ts) + "] ";
                String sess = cell(row, session);
                if (lastSession != null && !sess.isEmpty() && !sess.equals(lastSession) && b.length() > 0) {
                    b.append("session_open=false\n"); // another session id: the previous session is over
                }
                lastSession = sess.isEmpty() ? lastSession : sess;
                String u = paired ? cell(row, userSaid).replace('\n', ' ').replace('\r', ' ') : "";
                String namedIntent = paired ? cell(row, intent).strip() : "";
                if (!u.isBlank() && STOP_INTENT.matcher(namedIntent).matches()) {
                    // round 35: the sheet names the platform's Stop or Cancel beside the words said ("रुको", "stoppen"): the
                    // intent is what the skill received, whatever language the words are in
                    u = namedIntent;
                }
                if (u.isBlank() && paired) {
                    String named = cell(row, intent).strip();
                    named = REQUEST_NAME.matcher(named).matches() ? named : cell(row, requestType).strip();
                    u = REQUEST_NAME.matcher(named).matches() ? named : "";
                }
                if (!u.isBlank()) {
                    b.append(prefix).append("USER: ").append(u).append('\n');
                }
                if (who.isBlank() || paired && t.isBlank()) {
                    continue;
                }
                if (CSV_USER.matcher(who.strip()).matches()) {
                    b.append(prefix).append("USER: ").append(t).append('\n');
                    continue;
                }
                b.append(prefix).append("SKILL: ").append(t).append('\n');
                String rp = cell(row, reprompt).replace('\n', ' ');
                if (!rp.isEmpty()) {
                    b.append("SKILL (reprompt): ").append(rp).append('\n');
                }
                state = rowState(row, end, open);
            }
            if (state != null) {
                b.append(state);
            }
            Found f = transcript(file, b.toString());
            if (f != null) {
                f.shapes.clear();
                f.shapes.add(paired ? "CSV transcript (utterance and response columns)" : "CSV transcript");
            }
            return f;
        } catch (java.io.IOException e) {
            throw new SkillInputException(file + ": " + e.getMessage());
        }
    }

    /** Round 37: a chat message's label for the user's words ({@code said: _…_}, {@code user: …}) or the skill's ({@code *device:* …}). */
    private static final Pattern CHAT_USER_LABEL = Pattern.compile("(?iu)^(?:user|you|me|human|customer|tester|child|kid|said|user said|i said|utterance|heard)\\s*[:>]\\s*(.*)$");
    private static final Pattern CHAT_SKILL_LABEL = Pattern.compile("(?iu)^(?:skill|alexa|assistant|google|bot|agent|echo|device|speaker|response|skill said"
            + "|alexa said|device said)\\s*[:>]\\s*(.*)$");
    private static final Pattern CHAT_REPROMPT = Pattern.compile("(?iu)^(?:re-?prompt\\s*[:>=]|\\(re-?prompt\\)\\s*[:>=]?)\\s*(.*)$");
    private static final Pattern CHAT_END = Pattern.compile("(?iu)^should[_ ]?end[_ ]?session\\s*[:=]\\s*(true|false)\\b.*$");
    private static final Pattern CHAT_OPEN = Pattern.compile("(?iu)^(?:session[_ ]?open|mic(?:rophone)?[_ ]?open)(?:[_ ]after(?:[_ ]turn)?)?\\s*[:=]\\s*(true|false|yes|no)\\b.*$");
    /** A relay's line that names the request and then what the user said ({@code *LaunchRequest* :speaking_head_in_silhouette: `open …`}). */
    private static final Pattern CHAT_REQUEST = Pattern.compile("^((?:[A-Za-z]+\\.)*[A-Za-z]+(?:Request|Intent))\\s*[:>-]?\\s*(.*)$");
    /** Chat emoji codes ({@code :speaking_head_in_silhouette:}). */
    private static final Pattern CHAT_EMOJI = Pattern.compile(":[a-z0-9_+-]{2,40}:");
    /** Chat markup: bold, italics and code marks around words, a quote mark at a line's start. */
    private static final Pattern CHAT_MARKS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_`~]+|[*_`~]+(?![\\p{L}\\p{N}])");
    private static final int MAX_CHAT_MESSAGES = 20_000;

    /**
     * Round 37: a chat channel's export where a QA relay pasted each turn (a Slack export: an array of messages, or an object
     * with one under {@code messages}; {@code text}, a bot's {@code bot_id} or {@code subtype: bot_message}, {@code thread_ts}):
     * the user's words ({@code said: _abre consulta em casa_}) and the skill's ({@code *device:* …}) with its reprompt and
     * session state on quoted lines ({@code > reprompt: `<speak>…</speak>`}, {@code > shouldEndSession: `false`}). Written as
     * a text transcript, one thread one session, and read as one. @return null when the document is no such export or holds
     * no turn
     */
    static Found chatExport(String file, JsonNode n) throws SkillInputException {
        JsonNode msgs = n.isArray() ? n : n.path("messages");
        if (!msgs.isArray() || msgs.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String thread = null;
        int read = 0;
        for (JsonNode m : msgs) {
            if (++read > MAX_CHAT_MESSAGES) {
                throw new SkillInputException(file + ": more than " + MAX_CHAT_MESSAGES + " chat messages");
            }
            if (!m.isObject() || !m.path("text").isTextual() || !(m.path("type").asText("").equals("message") || m.has("ts") || m.has("user") || m.has("bot_id"))) {
                return null; // not a chat export: other JSON arrays are someone else's
            }
            String th = m.path("thread_ts").asText(m.path("ts").asText(""));
            if (thread != null && !th.isEmpty() && !th.equals(thread) && m.path("thread_ts").isTextual()) {
                b.append("--- new session ").append(th.length() > 40 ? th.substring(0, 40) : th).append(" ---\n");
            }
            thread = m.path("thread_ts").isTextual() ? th : thread;
            boolean bot = m.has("bot_id") || m.path("subtype").asText("").equals("bot_message") || m.path("bot_profile").isObject();
            boolean first = true;
            for (String raw : m.path("text").asText("").split("\r?\n", 50)) {
                String line = CHAT_MARKS.matcher(CHAT_EMOJI.matcher(raw.strip().replaceFirst("^(?:>|&gt;)\\s*", "")).replaceAll(" ")).replaceAll("").strip();
                if (line.isEmpty()) {
                    continue;
                }
                Matcher x;
                if ((x = CHAT_REPROMPT.matcher(line)).matches()) {
                    b.append("(reprompt) ").append(x.group(1).strip()).append('\n');
                } else if ((x = CHAT_END.matcher(line)).matches()) {
                    b.append("shouldEndSession: ").append(x.group(1).toLowerCase(Locale.ROOT)).append('\n');
                } else if ((x = CHAT_OPEN.matcher(line)).matches()) {
                    b.append("session_open=").append(x.group(1).matches("(?i)true|yes")).append('\n');
                } else if ((x = CHAT_USER_LABEL.matcher(line)).matches()) {
                    b.append("USER: ").append(x.group(1).strip()).append('\n');
                } else if ((x = CHAT_SKILL_LABEL.matcher(line)).matches()) {
                    b.append("SKILL: ").append(x.group(1).strip()).append('\n');
                } else if (first && (x = CHAT_REQUEST.matcher(line)).matches()) {
                    // the relay names the request first, then what was said: the turn's user line
                    b.append("USER: ").append(x.group(2).isBlank() ? x.group(1) : x.group(2).strip()).append('\n');
                } else if (first) {
                    b.append(bot ? "SKILL: " : "USER: ").append(line).append('\n');
                } else if (bot) {
                    b.append("SKILL: ").append(line).append('\n'); // the skill's speech goes on over the message's lines
                }
                first = false;
            }
        }
        Found f = b.length() == 0 ? null : transcript(file, b.toString());
        if (f != null) {
            f.shapes.clear();
            f.shapes.add("chat export (turns pasted by a QA relay)");
        }
        return f;
    }

    /** The platforms' own Stop and Cancel intents, as a sheet's intent column names them. */
    private static final Pattern STOP_INTENT = Pattern.compile("(?:AMAZON\\.)?(?:Stop|Cancel)Intent|actions\\.intent\\.CANCEL");

    /** Lines of a Markdown table: a row between pipes; the line under the header is dashes, colons and pipes. */
    private static final Pattern MD_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
    private static final Pattern MD_RULE = Pattern.compile("^\\s*\\|?(?:\\s*:?-{3,}:?\\s*\\|)+\\s*(?::?-{3,}:?\\s*)?$");

    /**
     * Round 35: a manual QA note written in Markdown keeps its turns in a pipe table ({@code | user said | skill said |
     * reprompt | mic open after? |}). @return the first such table as tab-separated rows for {@link #csvTranscript} (cells
     * stripped, code marks taken off, the rule line dropped), or null when the text has no table with a rule line under its
     * header. Bounded like a sheet: at most {@link #MAX_LINES} lines are looked at.
     */
    static String markdownTable(String text) {
        if (text.indexOf('|') < 0 || text.indexOf("---") < 0) {
            return null;
        }
        String[] lines = text.split("\r?\n", MAX_LINES + 1);
        StringBuilder b = null;
        for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
            boolean row = MD_ROW.matcher(lines[i]).matches();
            if (b == null) {
                if (row && i + 1 < lines.length && MD_RULE.matcher(lines[i + 1]).matches()) {
                    b = new StringBuilder();
                    b.append(mdCells(lines[i])).append('\n');
                    i++; // the rule line
                }
                continue;
            }
            if (!row) {
                break; // the table ends at its first line that is not a row
            }
            b.append(mdCells(lines[i])).append('\n');
        }
        return b == null ? null : b.toString();
    }

    /** What a table writes in an empty cell: a dash of any kind, "n/a", "none" (a code span keeps what it holds). */
    private static final Pattern MD_EMPTY = Pattern.compile("(?i)[-–—]+|n/?a|none|\\(none\\)|\\(empty\\)|/");

    private static String mdCells(String line) {
        String t = line.strip();
        t = t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length());
        StringBuilder b = new StringBuilder();
        for (String c : t.split("(?<!\\\\)\\|", -1)) {
            String v = c.strip().replace("\\|", "|").replace('\t', ' ');
            if (v.length() >= 2 && v.startsWith("`") && v.endsWith("`")) {
                v = v.substring(1, v.length() - 1);
            } else if (MD_EMPTY.matcher(v).matches()) {
                v = ""; // a dash or "n/a" for a cell with nothing in it, not a reprompt of punctuation
            }
            b.append(v).append('\t');
        }
        b.setLength(Math.max(0, b.length() - 1));
        return b.toString();
    }

    /** A speaker column's value for the skill's reprompt ({@code assistant_reprompt}, {@code skill (reprompt)}, {@code reprompt}). */
    private static final Pattern CSV_REPROMPT_SPEAKER = Pattern.compile("(?i)(?:[a-z]+[ _-]?\\(?)?re-?_?prompt\\)?");

    /** @return the transcript line stating a row's session state ({@code session_open=…}), or null when its cells tell none */
    private static String rowState(List<String> row, int end, int open) {
        String e = cell(row, end).strip();
        String o = cell(row, open).strip();
        if (e.matches("(?i)true|yes|1|false|no|0")) {
            return "session_open=" + (e.matches("(?i)true|yes|1") ? "false" : "true") + "\n";
        }
        if (o.matches("(?i)true|yes|1|false|no|0|" + OPEN_WORDS + "|" + CLOSED_WORDS)) {
            return "session_open=" + (o.matches("(?i)true|yes|1|" + OPEN_WORDS) ? "true" : "false") + "\n";
        }
        return null;
    }

    private static final Pattern CSV_USER_SAID = Pattern.compile("(?i)(?:customer|user|you|human|tester|caller|child|person)_?(?:utterance|text|said|input|"
            + "request|speech|query|says)?|utterance|user_?input|what_?(?:was|i)_?said|question|input|request_?text");
    private static final Pattern CSV_SKILL_SAID = Pattern.compile("(?i)(?:alexa|skill|assistant|google|bot|device|echo|agent)_?(?:response|reply|text|speech|"
            + "output|said|says|answer)|response|reply|answer|output_?speech|response_?text"
            // round 10c: a QA sheet that names the column by what it holds, the speech as SSML or text ("speech_ssml")
            + "|(?:output_?)?speech_?(?:ssml|text)|(?:output_?)?ssml"
            // round 15: beside a column of what the user said, a column named only "speech" or "prompt" is the skill's
            // (a QA sheet: user_said, intent, speech, reprompt, should_end_session)
            + "|speech|prompt|output");
    private static final String OPEN_WORDS = "open|opened|listening|active|on|offen|ouverte?|abiert[ao]|apert[ao]|aberta|sim|sí|ja|oui|sì|はい";
    private static final String CLOSED_WORDS = "closed|ended|off|geschlossen|beendet|fermée?|cerrad[ao]|chius[ao]|fechad[ao]|não|nao|nein|non|いいえ";
    private static final Pattern CSV_STATE = Pattern.compile("(?i)session_?(?:state|status)|mic(?:rophone)?_?(?:state|status)?|state|status");

    /**
     * The rows of a CSV file as text lines, cells joined by tabs (a log export kept as a spreadsheet: the JSON objects in
     * its cells become log lines). Same separator detection and limits as {@link #csvTranscript}.
     */
    static String csvRows(String file, String text) throws SkillInputException {
        char sep = separator(text);
        StringBuilder b = new StringBuilder();
        int rows = 0;
        try (java.io.Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            for (List<String> row = Catalog.Csv.next(r, sep); row != null; row = Catalog.Csv.next(r, sep)) {
                if (++rows > MAX_LINES) {
                    throw new SkillInputException(file + ": more than " + MAX_LINES + " rows");
                }
                b.append(String.join("\t", row)).append('\n');
            }
        } catch (java.io.IOException e) {
            throw new SkillInputException(file + ": " + e.getMessage());
        }
        return b.toString();
    }

    /** @return the separator of a CSV file: comma, semicolon or tab, whichever its first line holds most of */
    private static char separator(String text) {
        String head = text.lines().findFirst().orElse("");
        char sep = ',';
        long best = head.chars().filter(ch -> ch == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long k = head.chars().filter(ch -> ch == c).count();
            if (k > best) {
                best = k;
                sep = c;
            }
        }
        return sep;
    }

    private static int column(List<String> header, Pattern p) {
        for (int i = 0; i < header.size(); i++) {
            if (p.matcher(header.get(i).strip().replace(' ', '_')).matches()) {
                return i;
            }
        }
        // rounds 26a/26b: a column named by what it holds and then by its format ("alexa_said_ssml", "skill_reply_text")
        for (int i = 0; i < header.size(); i++) {
            Matcher m = FORMAT_SUFFIX.matcher(header.get(i).strip().replace(' ', '_'));
            if (m.matches() && p.matcher(m.group(1)).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern FORMAT_SUFFIX = Pattern.compile("(?i)(.+?)_?(?:ssml|text|plain|plaintext|txt)");

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i);
    }

    /** A Botium convo's section line: {@code #me}, {@code #bot}, {@code #begin}, {@code #end} (a participant may follow). */
    private static final Pattern BOTIUM_SECTION = Pattern.compile("(?i)^#(me|bot|begin|end)\\b.*$");
    /** A Botium JSON_PATH assertion on the response: {@code JSON_PATH $.response.shouldEndSession|false}. */
    private static final Pattern BOTIUM_JSON_PATH = Pattern.compile("(?i)^JSON_PATH\\s+\\$\\.?(\\S+?)\\s*\\|\\s*(.*)$");

    /**
     * Round 29: a Botium convo file ({@code *.convo.txt}: a name line, then {@code #me} blocks of what the user says and
     * {@code #bot} blocks of what the bot answers, asserters under them) as a text transcript, line for line so that
     * evidence points at the convo's own lines: a {@code #bot} block's text is what the skill says, its {@code JSON_PATH}
     * asserters on the envelope give the speech ({@code response.outputSpeech.ssml|text}), the reprompt
     * ({@code response.reprompt.outputSpeech…}) and the session state ({@code response.shouldEndSession},
     * {@code expectUserResponse}), written where the block ends; {@code LAUNCH} said is the launch request. Other asserters
     * and {@code #begin}/{@code #end} sections are left out.
     *
     * @return the transcript text, or null when the text has no {@code #me} and {@code #bot} section lines
     */
    static String botiumConvo(String text) {
        String[] lines = text.split("\r?\n", -1);
        if (lines.length > MAX_LINES) {
            return null;
        }
        boolean me = false;
        boolean bot = false;
        for (String l : lines) {
            me |= l.strip().equalsIgnoreCase("#me");
            bot |= l.strip().equalsIgnoreCase("#bot");
        }
        if (!me || !bot) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String section = null;
        String state = null;
        boolean spoke = false;
        for (String raw : lines) {
            String l = raw.strip();
            Matcher sec = BOTIUM_SECTION.matcher(l);
            if (sec.matches()) {
                // the state of the bot block before is written here, where that block ends
                b.append(state == null ? "" : state).append('\n');
                state = null;
                section = sec.group(1).toLowerCase(Locale.ROOT);
                spoke = false;
                continue;
            }
            if (section == null || l.isEmpty() || section.equals("begin") || section.equals("end")) {
                b.append('\n');
                continue;
            }
            if (section.equals("me")) {
                b.append("USER: ").append(l.matches("(?i)launch(?:_?request)?") ? "LaunchRequest" : l).append('\n');
                continue;
            }
            Matcher jp = BOTIUM_JSON_PATH.matcher(l);
            if (jp.matches()) {
                String path = jp.group(1).toLowerCase(Locale.ROOT);
                String v = jp.group(2).strip();
                if (path.contains("reprompt") && (path.endsWith(".ssml") || path.endsWith(".text"))) {
                    b.append("SKILL (reprompt): ").append(v).append('\n');
                } else if (path.endsWith("shouldendsession") && v.matches("(?i)true|false")) {
                    state = "session_open=" + (v.equalsIgnoreCase("false") ? "true" : "false");
                    b.append('\n');
                } else if (path.endsWith("expectuserresponse") && v.matches("(?i)true|false")) {
                    state = "session_open=" + v.toLowerCase(Locale.ROOT);
                    b.append('\n');
                } else if (!spoke && path.contains("outputspeech") && (path.endsWith(".ssml") || path.endsWith(".text"))) {
                    b.append("SKILL: ").append(v).append('\n');
                    spoke = true;
                } else {
                    b.append('\n');
                }
                continue;
            }
            if (l.matches("[A-Z][A-Z_]{2,}(?:\\s.*)?") && !spoke) {
                b.append('\n'); // another asserter (BUTTONS, INTENT, …)
                continue;
            }
            b.append("SKILL: ").append(l).append('\n');
            spoke = true;
        }
        if (state != null) {
            b.append(state).append('\n');
        }
        return b.toString();
    }

    private static boolean userLabel(String label) {
        return label.matches("(?iu)user|you|human|customer|child|kid|kind|enfant|niñ[oa]|bambin[oa]|criança|tester|me|moi|io|yo|ich|eu");
    }

    /** Round 29: a time without brackets before a speaker ({@code 00:19 ECHO: …}), as people type transcripts from recordings. */
    private static final Pattern BARE_TIME = Pattern.compile("^\\s*(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d{1,3})?)\\s+(?=\\S)"
            // round 37: a chat app's exported history, a date and a time before a dash ("10/03/2026, 09:00 - Me: …")
            + "|^\\s*(\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4},?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?)\\s+[-–—]\\s+(?=\\S)");
    /** A note in brackets at the end of a line or alone on it ({@code [reprompt after 8 s of silence]}). */
    private static final Pattern NOTE_AT_END = Pattern.compile("^(.*?\\S)?\\s*\\[([^\\[\\]]{1,400})\\]\\s*$");
    private static final Pattern NOTE_REPROMPT = Pattern.compile("(?iu)\\breprompt\\b(?:[^:]{0,60}):\\s?(.*)$");
    private static final Pattern NOTE_LISTENING = Pattern.compile("(?iu)still listening|keeps? listening|ring stays on|light stays on"
            + "|micro(?:phone)? (?:stays |still )?open|mic (?:stays |still )?open|mic (?:stays |still )?on\\b|ring (?:stays |still )?on\\b");

    /**
     * Round 29: a transcript typed from a screen or video recording writes what was heard with notes in brackets: a note that
     * the line was the reprompt ({@code ECHO: Quer ouvir?   [reprompt after 8 s of silence]}), a note giving the reprompt
     * read off the developer console ({@code [nothing audible; … reprompt ssml in dev console: <speak>…</speak>]}), and a
     * note that the device kept listening ({@code [light ring stays on, still listening]}). @return the line as the
     * transcript reader's own syntax (a time in brackets, {@code SKILL (reprompt): …}, {@code session_open=true}), or the
     * line unchanged
     */
    static String fieldNotes(String line) {
        if (line.length() > 2_000) {
            return line;
        }
        String l = line;
        Matcher t = BARE_TIME.matcher(l);
        if (t.find()) {
            l = "[" + (t.group(1) != null ? t.group(1) : t.group(2)) + "] " + l.substring(t.end());
        }
        Matcher n = l.indexOf('[') >= 0 && l.endsWith("]") ? NOTE_AT_END.matcher(l.stripTrailing()) : null;
        if (n == null || !n.matches()) {
            return l;
        }
        String before = n.group(1) == null ? "" : n.group(1);
        String note = n.group(2);
        Matcher said = SPEAKER.matcher(before);
        if (said.matches() && !userLabel(said.group(2))) {
            // what the device said, with a note about it: the reprompt when the note says so
            boolean reprompt = note.toLowerCase(Locale.ROOT).contains("reprompt") && !NOTE_REPROMPT.matcher(note).find();
            return reprompt ? "SKILL (reprompt): " + said.group(4).strip() : l;
        }
        if (!before.isBlank() && !before.matches("\\s*\\[[^\\]]{1,40}\\]\\s*")) {
            return l;
        }
        Matcher rp = NOTE_REPROMPT.matcher(note);
        if (rp.find()) {
            return "SKILL (reprompt): " + rp.group(1);
        }
        return NOTE_LISTENING.matcher(note).find() ? "session_open=true" : l;
    }

    private static void lines(State st, String text, String at, int nesting) throws SkillInputException {
        String[] lines = text.split("\r?\n", -1);
        int limit = lines.length;
        if (lines.length > MAX_LINES) {
            // round 11: a long log is read up to the bound and the report says the rest was not read (it failed the package)
            limit = MAX_LINES;
            notRead(st, "only the first " + MAX_LINES + " of " + lines.length + " lines were read; the rest of the file was not read");
        }
        int resume = -1; // round 30: where the next object of the same line starts being looked for
        for (int i = 0; i < limit; i++) {
            String line = lines[i];
            boolean again = resume >= 0;
            int brace = line.indexOf('{', again ? resume : 0);
            resume = -1;
            if (brace < 0) {
                if (again) {
                    continue;
                }
                if (line.startsWith("exports[`")) {
                    Matcher w = EXPORT_REQUEST.matcher(line);
                    st.exportTrigger = w.find() ? w.group(1) : null;
                    continue;
                }
                if (!st.requestFiles.isEmpty() && st.eventArguments < MAX_EVENT_ARGUMENTS && (line.contains("-e ") || line.contains("--event"))) {
                    st.eventArguments++;
                    eventArgument(st, line);
                }
                continue;
            }
            String where = at.isEmpty() ? "line " + (i + 1) : at;
            String prefix = line.substring(0, brace);
            Scanner sc = new Scanner();
            String candidate = sc.feed(line, brace);
            int end = i;
            // a pretty-printed object starts with a line ending in its opening brace
            boolean multi = candidate == null && line.strip().endsWith("{");
            StringBuilder obj = multi ? new StringBuilder(line.substring(brace)) : null;
            while (multi && candidate == null && end + 1 < lines.length && end - i < MAX_OBJECT_LINES && obj.length() < SafeJson.MAX_DOCUMENT) {
                end++;
                obj.append('\n');
                int from = obj.length();
                obj.append(lines[end]);
                candidate = sc.feedMore(obj, from);
            }
            if (candidate == null) {
                st.found.skippedLines++;
                i = end; // lines swallowed by an object that never closed are not read again: linear time
                continue;
            }
            if (st.embedded >= MAX_EMBEDDED) {
                notRead(st, "only the first " + MAX_EMBEDDED + " JSON objects were read (up to " + where + "); the rest of the file was not read");
                return;
            }
            st.embedded++;
            JsonNode n;
            try {
                n = SafeJson.parse(st.file + " " + where, candidate.getBytes(StandardCharsets.UTF_8));
            } catch (SkillInputException e) {
                if (hardError(e)) {
                    throw e;
                }
                st.found.skippedLines++;
                if (end == i && line.indexOf('{', brace + candidate.length()) >= 0) {
                    resume = brace + candidate.length();
                    i--;
                }
                continue;
            }
            if (end == i && line.indexOf('{', brace + candidate.length()) >= 0) {
                // round 30: one line may hold several objects — an SQL dump's row keeps its slots as JSON before the
                // response envelope, a log line a request and then its response: the rest of the line is read too
                resume = brace + candidate.length();
            }
            i = resume >= 0 ? i - 1 : end;
            // a CloudWatch line export: {"timestamp": …, "message": "… {json}"}
            if (n.path("message").isTextual() && n.path("message").asText().indexOf('{') >= 0 && nesting < 2) {
                lines(st, n.path("message").asText(), where, nesting + 1);
                continue;
            }
            Matcher id = INVOCATION_ID.matcher(prefix);
            String invocation = id.find() ? id.group() : null;
            int from = st.found.responses.size();
            entry(st, n, where + " ", invocation);
            timeFromLine(st.found.responses, from, prefix);
            if (st.exportTrigger != null) {
                for (int k = from; k < st.found.responses.size(); k++) {
                    Response r = st.found.responses.get(k);
                    if (r.trigger() == null || r.trigger().equals(st.fallbackTrigger)) {
                        st.found.responses.set(k, r.withTrigger(st.exportTrigger));
                        st.byName.remove(Integer.valueOf(k));
                    }
                }
                st.exportTrigger = null;
            }
        }
    }

    /**
     * Round 40: a request named in a Jest snapshot's name ({@code exports[`… turn 2 AMAZON.StopIntent (arrête) 1`]}, the
     * test titles a spec gives its turns): an intent or request type, not the envelope's own "IntentRequest".
     */
    private static final Pattern EXPORT_REQUEST = Pattern.compile(
            "(?<![\\w.])((?:AMAZON\\.)?(?!IntentRequest\\b)[A-Za-z][A-Za-z0-9_]{0,80}(?:Intent|Request))(?![\\w.])");

    /** An ISO-8601 instant opening a log line, a spreadsheet row or a bracketed log prefix ({@code 2026-04-11T07:00:00Z …}). */
    private static final Pattern LINE_TIME = Pattern.compile(
            "^[\\s\\[\"']*(20[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:[.,][0-9]{1,9})?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)");

    /**
     * Round 14: the time a log line, CSV row or text export was written is the time of the responses read from it that
     * carry none of their own (a response logged without its request, a QA sheet's "when" column): recordings that name
     * no version in their paths are then still ordered, and compared, by when they were made. Only a timestamp at the
     * start of the line counts (a date inside the speech is not when the line was written); a time without a zone is
     * read as UTC, a date alone is not taken.
     */
    static void timeFromLine(List<Response> responses, int from, String prefix) {
        if (from >= responses.size() || prefix.isEmpty() || prefix.length() > 4_000) {
            return;
        }
        Matcher m = LINE_TIME.matcher(prefix);
        if (!m.find()) {
            return;
        }
        String t = m.group(1).replace(' ', 'T').replace(',', '.');
        java.time.Instant at = null;
        try {
            at = java.time.OffsetDateTime.parse(t.matches(".*[+-][0-9]{4}$") ? t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2) : t)
                    .toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                at = java.time.LocalDateTime.parse(t).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e2) {
                return;
            }
        }
        for (int i = from; i < responses.size(); i++) {
            Response r = responses.get(i);
            if (r.time() == null) {
                responses.set(i, r.in("", r.session(), at.toString(), r.utterance()));
            }
        }
    }

    private static final Pattern JEST_ESCAPE = Pattern.compile("\\\\([`\\\\]|\\$\\{)");

    /**
     * Undoes the escapes Jest writes into a snapshot's template strings ({@code exports[`name`] = `…`;}): a backslash, a
     * backtick and {@code ${} each get a backslash before them, so a JSON string's {@code \"} stands as {@code \\"} in the
     * file and the object is not JSON until they go. One pass, linear in the text.
     */
    static String jestTemplate(String text) {
        return text.indexOf('\\') < 0 ? text : JEST_ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }

    private static final Pattern JEST_LABEL = Pattern.compile("(?<=[\\s:\\[,]|^)(?:Object|Array) (?=[{\\[])", Pattern.MULTILINE);
    private static final Pattern TRAILING_COMMA = Pattern.compile(",(?=\\s*[}\\]])");

    /**
     * Turns Jest's pretty-format output ({@code Object {"a": 1,}}, {@code Array [..., ]}, the snapshot format before
     * Jest 29) into JSON: the prototype labels and the commas before a closing bracket go. Text inside strings that looks
     * the same would be changed too; a snapshot's speech rarely ends a string with {@code ", }"}. Round 13: Jest 29 drops
     * the labels but keeps the trailing commas ({@code "shouldEndSession": false,\n}}), so the commas go in every snapshot.
     */
    static String jestPrettyFormat(String text) {
        String unlabelled = text.contains("Object {") || text.contains("Array [") ? JEST_LABEL.matcher(text).replaceAll("") : text;
        return rawQuotes(text.indexOf(',') < 0 ? unlabelled : TRAILING_COMMA.matcher(unlabelled).replaceAll(""));
    }

    /** A pretty-printed member on one line: indent, key, the opening quote of a string value; its closing quote ends the line. */
    private static final Pattern MEMBER_LINE = Pattern.compile("^([ \t]*\"[^\"\n]{1,200}\": \")([^\n]*)\"(,?)[ \t]*$", Pattern.MULTILINE);

    /**
     * Round 15: Jest 29 prints strings without escaping (its default {@code snapshotFormat.escapeString} is false), so a
     * snapshot's SSML keeps its attribute quotes raw ({@code "ssml": "<speak><audio src="…"/></speak>",}) and the object is
     * not JSON. In a pretty-printed member that holds one string on one line, the string runs from the quote after the key
     * to the last quote of the line: the quotes between are escaped. Lines of any other form are left as they are; one
     * pass, linear in the text.
     */
    static String rawQuotes(String text) {
        if (text.indexOf("=\"") < 0 && text.indexOf("\"\"") < 0) {
            return text; // no attribute or empty-string quote inside a value: nothing to repair (cheap test first)
        }
        Matcher m = MEMBER_LINE.matcher(text);
        StringBuilder b = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String v = m.group(2);
            if (v.indexOf('"') < 0) {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
                continue;
            }
            StringBuilder e = new StringBuilder(v.length() + 16);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length()) {
                    e.append(c).append(v.charAt(++i)); // an escape already there stays one
                } else {
                    e.append(c == '"' ? "\\\"" : String.valueOf(c));
                }
            }
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + e + "\"" + m.group(3)));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * Decodes the quoted YAML scalars of a text that hold a JSON object ({@code body: "{\\"version\\": …}"}, {@code string:
     * '{"response": …}'}), as vcrpy cassettes and other YAML recordings keep request and response bodies, so the line reader
     * finds the JSON after the key. A double-quoted scalar may continue over following lines (YAML line folding: a line
     * break is a space, an escaped one nothing); a scalar that never closes is left as it was. Linear in the text.
     */
    static String yamlScalars(String text) {
        if (text.indexOf('{') < 0 || (text.indexOf("\"{") < 0 && text.indexOf("'{") < 0)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            int eol = text.indexOf('\n', i);
            int lineEnd = eol < 0 ? n : eol;
            int q = scalarStart(text, i, lineEnd);
            if (q < 0) {
                out.append(text, i, eol < 0 ? n : eol + 1);
                i = eol < 0 ? n : eol + 1;
                continue;
            }
            char quote = text.charAt(q);
            StringBuilder v = new StringBuilder();
            int end = quotedScalar(text, q + 1, v, quote);
            if (end < 0) {
                // a scalar that never closes: the rest is left as it is (scanning it again from every line would be quadratic)
                out.append(text, i, n);
                break;
            }
            out.append(text, i, q).append(v);
            i = end + 1; // the rest of the closing line follows as it is
        }
        return out.toString();
    }

    /** @return the offset of a quote that opens a scalar holding a JSON object on this line ({@code key: "{…}"}, {@code - '{…}'}), or -1 */
    private static int scalarStart(String text, int from, int lineEnd) {
        for (int k = from + 2; k + 1 < lineEnd; k++) {
            char q = text.charAt(k);
            if ((q == '"' || q == '\'') && text.charAt(k + 1) == '{' && text.charAt(k - 1) == ' '
                    && (text.charAt(k - 2) == ':' || text.charAt(k - 2) == '-')) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Decodes a YAML quoted scalar from {@code from} (after its opening {@code quote}) into {@code v}: escapes in a
     * double-quoted one, {@code ''} in a single-quoted one, line folding in both; @return the offset of its closing quote, or -1.
     */
    private static int quotedScalar(String t, int from, StringBuilder v, char quote) {
        int n = t.length();
        int k = from;
        while (k < n && v.length() <= SafeJson.MAX_DOCUMENT) {
            char c = t.charAt(k);
            if (c == quote) {
                if (quote == '\'' && k + 1 < n && t.charAt(k + 1) == '\'') {
                    v.append('\'');
                    k += 2;
                    continue;
                }
                return k;
            }
            if (c == '\\' && quote == '"' && k + 1 < n) {
                k = escape(t, k, v);
                if (k < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                k = fold(t, k, v);
                continue;
            }
            v.append(c);
            k++;
        }
        return -1;
    }

    /** Decodes the escape at {@code k} of a double-quoted YAML scalar into {@code v}; @return the offset after it, or -1. */
    private static int escape(String t, int k, StringBuilder v) {
        int n = t.length();
        char e = t.charAt(k + 1);
        int len = e == 'u' ? 4 : e == 'x' ? 2 : e == 'U' ? 8 : 0;
        if (len > 0) {
            if (k + 2 + len > n) {
                return -1;
            }
            try {
                v.appendCodePoint(Integer.parseInt(t.substring(k + 2, k + 2 + len), 16));
            } catch (IllegalArgumentException bad) {
                return -1;
            }
            return k + 2 + len;
        }
        if (e == '\n' || e == '\r') {
            // an escaped line break joins the lines; the next line's indentation goes
            k += e == '\r' && k + 2 < n && t.charAt(k + 2) == '\n' ? 3 : 2;
            while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
                k++;
            }
            return k;
        }
        v.append(switch (e) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'e' -> '\u001b';
            case 'N' -> '\u0085';
            case '_' -> '\u00a0';
            default -> e; // \" \\ \/ and a space
        });
        return k + 2;
    }

    /** YAML line folding inside a quoted scalar: one line break becomes a space, each further empty line a line break. */
    private static int fold(String t, int k, StringBuilder v) {
        int n = t.length();
        int breaks = 0;
        while (k < n) {
            char c = t.charAt(k);
            if (c == '\n') {
                breaks++;
                k++;
            } else if (c == '\r' || c == ' ' || c == '\t') {
                k++;
            } else {
                break;
            }
        }
        while (v.length() > 0 && (v.charAt(v.length() - 1) == ' ' || v.charAt(v.length() - 1) == '\t')) {
            v.setLength(v.length() - 1);
        }
        v.append(breaks <= 1 ? " " : "\n".repeat(breaks - 1));
        return k;
    }

    private static final Pattern EVENT_ARG = Pattern.compile("(?:^|\\s)(?:-e|--event)[ =]['\"]?([^\\s'\"]{1,300})");

    /**
     * A runner's command line naming the event it sends ({@code $ sam local invoke Fn -e events/02-stop.json}): the request
     * kept in that file of the package triggers the responses printed after it (matched by the end of its path).
     */
    private static void eventArgument(State st, String line) {
        Matcher m = EVENT_ARG.matcher(line);
        if (!m.find()) {
            return;
        }
        String named = m.group(1).replace('\\', '/');
        while (named.startsWith("./")) {
            named = named.substring(2);
        }
        String tail = "/" + named;
        for (Map.Entry<String, Req> e : st.requestFiles.entrySet()) {
            if (e.getKey().equals(named) || e.getKey().endsWith(tail)) {
                st.last = e.getValue();
                st.unanswered = true;
                return;
            }
        }
    }

    /** A log line's object: walk it, remembering the Lambda invocation id that links a response to its request. */
    private static void entry(State st, JsonNode n, String where, String invocation) throws SkillInputException {
        Req before = st.last;
        if (invocation != null && st.byInvocation.containsKey(invocation)) {
            st.last = st.byInvocation.get(invocation);
        }
        walk(st, n, where, 0);
        if (invocation != null && st.last != null && st.last != before) {
            st.byInvocation.put(invocation, st.last);
            if (st.byInvocation.size() > 10_000) {
                st.byInvocation.clear();
            }
        }
    }

    /** @return true for errors that must fail the scan (limits, duplicate keys), not just skip a line */
    static boolean hardError(SkillInputException e) {
        Throwable c = e.getCause();
        if (c instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return true;
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("Duplicate field") || m.contains("exceeds the limit");
    }

    /** Finds where the first JSON object of a text closes, fed line by line in linear time. */
    private static final class Scanner {
        private int depth;
        private boolean str;
        private boolean escape;

        /** @return the object starting at {@code from} when it closes on this line, else null */
        String feed(String line, int from) {
            int e = scan(line, from);
            return e < 0 ? null : line.substring(from, e + 1);
        }

        /** @return the whole object in {@code buf} once the part from {@code from} closes it, else null */
        String feedMore(StringBuilder buf, int from) {
            int e = scan(buf, from);
            return e < 0 ? null : buf.substring(0, e + 1);
        }

        private int scan(CharSequence s, int from) {
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (escape) {
                    escape = false;
                } else if (str) {
                    if (c == '\\') {
                        escape = true;
                    } else if (c == '"') {
                        str = false;
                    }
                } else if (c == '"') {
                    str = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** @return the log text of a Google Cloud Logging entry ({@code textPayload} or {@code jsonPayload.message}), or null */
    private static String logEntry(JsonNode e) {
        if (e.path("textPayload").isTextual() && (e.has("logName") || e.has("insertId") || e.has("resource"))) {
            return e.path("textPayload").asText();
        }
        if (e.path("jsonPayload").path("message").isTextual() && (e.has("logName") || e.has("insertId"))) {
            return e.path("jsonPayload").path("message").asText();
        }
        return null;
    }

    /** Says once per file (in the report's list of what was read) that a bound stopped the reading before the file's end. */
    private static void notRead(State st, String why) {
        if (st.found.note == null) {
            st.found.note = why;
        } else if (!st.found.note.contains(why) && st.found.note.length() < 1_000) {
            st.found.note = st.found.note + "; " + why;
        }
    }

    private static void walk(State st, JsonNode n, String p, int depth) throws SkillInputException {
        if (++st.nodes > MAX_NODES) {
            // a large data file (a list of colleges, a quiz bank) is not a recording: stop looking, say so, go on
            if (st.nodes == MAX_NODES + 1) {
                st.found.note = "only the first " + MAX_NODES + " JSON values were searched for recordings";
            }
            return;
        }
        if (n.isArray() && n.size() > 0 && logEntry(n.get(0)) != null) {
            // Google Cloud Logging export (gcloud logging read --format=json): LogEntry objects, newest first; read oldest first
            st.found.shapes.add("Google Cloud Logging export");
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing((Integer i) -> n.get(i).path("timestamp").asText("")).thenComparing(i -> -i));
            for (int i : order) {
                String m = logEntry(n.get(i));
                if (m != null && m.indexOf('{') >= 0) {
                    lines(st, m, p + "/" + i + "/textPayload", 1);
                } else if (m == null) {
                    walk(st, n.get(i), p + "/" + i, depth + 1);
                } else if (n.get(i).path("jsonPayload").size() > 1) {
                    // round 34: a structured entry's message only names it ("Conversation response"); the request or
                    // response is a field of its own beside it
                    walk(st, n.get(i).path("jsonPayload"), p + "/" + i + "/jsonPayload", depth + 1);
                }
            }
            return;
        }
        if (VoiceflowTraces.looksLike(n)) {
            voiceflow(st, n, p, null);
            return;
        }
        if (n.isArray() && n.size() > 1 && rawExchange(n.get(0)) && n.get(0).path("start").isTextual()) {
            // round 28: ngrok's inspector lists exchanges newest first: read them oldest first (by their start time)
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                order.add(i);
            }
            order.sort(java.util.Comparator.comparing((Integer i) -> n.get(i).path("start").asText("")).thenComparing(i -> -i));
            for (int i : order) {
                walk(st, n.get(i), p + "/" + i, depth + 1);
            }
            return;
        }
        if (n.isArray()) {
            String joined = st.stringNesting < MAX_STRING_NESTING ? textLines(n) : null;
            if (joined != null) {
                // text kept as an array of lines (a Jupyter notebook's cell source and printed output): requests and
                // responses in it are read like a log, after any prefix ("req = json.loads(r'{...}')")
                st.found.shapes.add("lines of text in JSON (notebook cells, log query results)");
                st.stringNesting++;
                try {
                    lines(st, joined, p, 1);
                } finally {
                    st.stringNesting--;
                }
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                walk(st, n.get(i), p + "/" + i, depth + 1);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (logEntry(n) != null && n.has("timestamp")) {
            String m = logEntry(n);
            st.found.shapes.add("Google Cloud Logging entry");
            if (m.indexOf('{') >= 0) {
                lines(st, m, p + "/textPayload", 1);
            } else if (n.path("jsonPayload").size() > 1) {
                walk(st, n.path("jsonPayload"), p + "/jsonPayload", depth + 1);
            }
            return;
        }
        // round 17: a body carried as bytes or base64 (Node Buffer JSON, e.g. a Newman run report's response.stream; an
        // API Gateway event or Lambda proxy response with isBase64Encoded): decoded when its first bytes open an object
        if (st.stringNesting < MAX_STRING_NESTING && (CarriedBodies.isBuffer(n) || n.has("isBase64Encoded") || CarriedBodies.jsonAttachment(n))) {
            boolean buffer = CarriedBodies.isBuffer(n);
            String text = buffer ? CarriedBodies.buffer(n) : CarriedBodies.base64Body(n);
            if (text != null && embeddedEnvelope(text)) {
                JsonNode x = parseEmbedded(st, text, p + (buffer ? "/data" : "/body"));
                if (x != null) {
                    st.found.shapes.add(buffer ? "body as Node Buffer bytes" : n.has("isBase64Encoded") ? "base64 body (isBase64Encoded)"
                            : "JSON attachment in base64 (test report)");
                    st.stringNesting++;
                    try {
                        walk(st, x, p + (buffer ? "/data" : "/body"), depth + 1);
                    } finally {
                        st.stringNesting--;
                    }
                    return;
                }
            }
            if (buffer) {
                return;
            }
        }
        // round 28: one exchange of ngrok's traffic inspector: the whole HTTP request and response, each in base64
        if (rawExchange(n) && st.stringNesting < MAX_STRING_NESTING) {
            JsonNode req = rawBody(st, n.path("request"), p + "/request/raw");
            JsonNode res = rawBody(st, n.path("response"), p + "/response/raw");
            if (req != null || res != null) {
                st.found.shapes.add("ngrok inspection (whole HTTP messages in base64)");
                st.stringNesting++;
                try {
                    if (req != null && res != null && isRequest(req, false)) {
                        pair(st, req, res, p + "/response/raw#");
                    } else {
                        if (req != null) {
                            walk(st, req, p + "/request/raw#", depth + 1);
                        }
                        if (res != null) {
                            walk(st, res, p + "/response/raw#", depth + 1);
                        }
                    }
                } finally {
                    st.stringNesting--;
                }
                return;
            }
        }
        // the answer of a Voiceflow runtime kept with the action that produced it ({"action": …, "traces": [...]})
        if (n.path("traces").isArray() && VoiceflowTraces.looksLike(n.path("traces"))) {
            JsonNode action = n.path("action").isObject() ? n.path("action") : n.path("request").isObject() ? n.path("request") : null;
            voiceflow(st, n.path("traces"), p + "/traces", action);
            return;
        }
        // round 30: a Voiceflow transcript export ({"projectID": …, "turns": [request entries and traces]})
        if (n.path("turns").isArray() && VoiceflowTraces.looksLike(n.path("turns"))) {
            voiceflow(st, n.path("turns"), p + "/turns", null);
            return;
        }
        // HAR
        JsonNode entries = n.path("log").path("entries");
        if (entries.isArray()) {
            st.found.shapes.add("HAR");
            for (int i = 0; i < entries.size(); i++) {
                JsonNode e = entries.get(i);
                JsonNode req = embedded(st, e.path("request").path("postData"), "text", null, p + "/log/entries/" + i + "/request/postData/text");
                JsonNode res = embedded(st, e.path("response").path("content"), "text", e.path("response").path("content").path("encoding").asText(""),
                        p + "/log/entries/" + i + "/response/content/text");
                if (req != null && res != null) {
                    pair(st, req, res, p + "/log/entries/" + i + "/response/content/text#");
                }
            }
            return;
        }
        // SMAPI simulation / invocation
        if (n.has("invocationRequest") && n.has("invocationResponse")) {
            st.found.shapes.add("SMAPI invocation");
            JsonNode req = n.path("invocationRequest").path("body");
            JsonNode res = n.path("invocationResponse").path("body");
            pair(st, req.isMissingNode() ? n.path("invocationRequest") : req, res.isMissingNode() ? n.path("invocationResponse") : res,
                    p + "/invocationResponse/body");
            return;
        }
        // CloudWatch JSON export
        JsonNode events = n.has("events") ? n.path("events") : n.path("logEvents");
        if (events.isArray() && events.size() > 0 && events.get(0).path("message").isTextual()) {
            st.found.shapes.add("CloudWatch export");
            for (int i = 0; i < events.size(); i++) {
                String m = events.get(i).path("message").asText("");
                if (m.indexOf('{') >= 0) {
                    lines(st, m, p + "/events/" + i + "/message", 1);
                }
            }
            return;
        }
        // a notebook cell (nbformat keeps its keys sorted, outputs before source): the code that sent the request first
        if (n.has("source") && n.path("outputs").isArray() && n.has("cell_type")) {
            walk(st, n.get("source"), p + "/source", depth + 1);
            walk(st, n.get("outputs"), p + "/outputs", depth + 1);
            return;
        }
        // probe transcript: its turns are request/response pairs
        if (n.path("turns").isArray()) {
            JsonNode turns = n.path("turns");
            for (int i = 0; i < turns.size(); i++) {
                walk(st, turns.get(i), p + "/turns/" + i, depth + 1);
            }
            return;
        }
        // ASK CLI dialog replay: user inputs only
        if (n.path("userInput").isArray() && (n.has("skillId") || n.has("locale") || n.has("type"))) {
            st.found.shapes.add("ASK CLI dialog replay");
            st.found.note = "dialog replay file: user inputs only, no recorded responses (record them with ask dialog --output)";
            return;
        }
        // request/response pair (probe transcript turns included)
        JsonNode rq = n.path("request");
        JsonNode rs = n.path("response");
        if (rq.isObject() && rs.isObject() && (mayBeResponse(rs) || DialogflowTurns.isResponse(rs) || isRequest(rq, true))) {
            // (round 17: an HTTP exchange whose request and response only carry the envelopes — a Newman execution's
            // request.body.raw and response.stream — is walked in order instead: the request found sets the trigger)
            st.found.shapes.add(p.contains("/turns/") ? "probe transcript" : "request/response pair");
            pair(st, rq, rs, p + "/response");
            return;
        }
        // what the user said (or the intent's name) as text beside the response: {"user": "stop", "response": {...}}
        if (rs.isObject()) {
            String said = null;
            for (String k : SAID_KEYS) {
                if (n.path(k).isTextual()) {
                    said = n.path(k).asText();
                    break;
                }
            }
            if (said != null) {
                st.found.shapes.add("utterance/response pair");
                Req r = new Req(triggerOfText(said), n.path("sessionId").asText(n.path("session").asText(null)), n.path("timestamp").asText(null), said);
                if (answer(st, r, rs, p + "/response") > 0) {
                    return;
                }
            }
        }
        // round 34: a test run of the Actions API (sendInteraction results, one per line: input.query, output.speech,
        // diagnostics.actionsBuilderEvents ending in waitingUserInput or endConversation)
        if (n.path("output").isObject() && n.path("diagnostics").path("actionsBuilderEvents").isArray()
                && (n.path("output").path("speech").isArray() || n.path("output").path("text").isTextual())) {
            st.found.shapes.add("Actions API test interaction");
            interaction(st, n, p);
            return;
        }
        // round 34: one turn as an analytics pipeline or a log writes it, flat: what the skill said, its reprompt and
        // whether the session ended in fields of their own ({"utterance", "intent", "output_ssml", "reprompt_ssml",
        // "should_end_session"})
        if (flatTurn(st, n, p)) {
            return;
        }
        // a Dialogflow CX test case (or a test result's conversation): its turns pair what the user said with the agent's answer
        JsonNode cxTurns = n.path("testCaseConversationTurns").isArray() ? n.path("testCaseConversationTurns") : n.path("conversationTurns");
        if (cxTurns.isArray() && cxTurns.size() > 0 && (cxTurns.get(0).path("virtualAgentOutput").isObject()
                || cxTurns.get(0).path("userInput").isObject())) {
            st.found.shapes.add("Dialogflow CX test case");
            String session = n.path("name").asText(n.path("displayName").asText(st.file + "#" + p));
            // when the case was written or last run: the order of two versions of a test case
            String time = n.path("creationTime").asText(n.path("lastTestResult").path("testTime").asText(null));
            String at = p + "/" + (n.path("testCaseConversationTurns").isArray() ? "testCaseConversationTurns" : "conversationTurns");
            st.nodes += cxTurns.size();
            // a turn holds the user's input and the agent's output, or (as some exports write them) one of the two
            String[] pending = null;
            for (int i = 0; i < cxTurns.size() && st.nodes < MAX_NODES; i++) {
                JsonNode turn = cxTurns.get(i);
                String[] t = DialogflowTurns.testTurn(turn);
                if (turn.path("userInput").isObject()) {
                    pending = t;
                }
                if (turn.path("virtualAgentOutput").isObject()) {
                    String[] said = pending == null ? t : pending;
                    String trig = t[0] != null ? t[0] : said[0];
                    answer(st, new Req(trig, session, time, said[1]), turn.path("virtualAgentOutput"), at + "/" + i + "/virtualAgentOutput");
                    pending = null;
                }
            }
            return;
        }
        // a Dialogflow detectIntent response (ES or CX: a conversation's history, an API client's log) holds its query too
        if (n.path("queryResult").isObject() && DialogflowTurns.isResponse(n)) {
            String[] q = DialogflowTurns.request(n);
            st.found.shapes.add("Dialogflow detectIntent response");
            answer(st, new Req(q[0], q[1], null, q[2]), n, p);
            return;
        }
        if ((n.has("request") || n.has("inputs") || n.has("handler") || n.has("queryResult") || n.has("sessionInfo")) && isRequest(n, false)) {
            Req r = request(n);
            st.last = r;
            st.unanswered = true;
            if (r.session() != null) {
                st.found.sessions.add(r.session());
            }
            st.found.shapes.add(googleRequest(n) ? "Google webhook request" : "Alexa request envelope");
            return;
        }
        List<Response> rsps = new ArrayList<>();
        String trig = st.last == null ? st.fallbackTrigger : st.last.trigger();
        if ((mayBeResponse(n) || DialogflowTurns.isResponse(n)) && !holdsEnvelopes(n)) {
            Responses.fromEnvelope(st.file, n, trig, rsps);
            if (!rsps.isEmpty()) {
                permissions(st, n, p);
            }
        }
        if (!rsps.isEmpty()) {
            st.found.shapes.add(shapeOf(n));
            for (Response r : rsps) {
                if (st.last == null && trig != null) {
                    st.byName.add(st.found.responses.size());
                }
                st.found.responses.add(r.in(p, st.last == null ? null : st.last.session(), st.last == null ? null : st.last.time(),
                        st.last == null ? null : st.last.utterance()));
            }
            st.unanswered = false;
            return;
        }
        var it = n.fields();
        while (it.hasNext()) {
            var e = it.next();
            String at = p + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
            if (e.getValue().isContainerNode()) {
                walk(st, e.getValue(), at, depth + 1);
            } else if (st.stringNesting < MAX_STRING_NESTING && e.getValue().isTextual() && embeddedEnvelope(e.getValue().asText())) {
                // a request or response kept as a JSON string inside another document (a Postman collection's request body
                // and saved responses, an API Gateway event's body, a test fixture): parsed and read like the rest
                JsonNode x = embedded(st, n, e.getKey(), null, at);
                if (x != null) {
                    st.stringNesting++;
                    try {
                        walk(st, x, at, depth + 1);
                    } finally {
                        st.stringNesting--;
                    }
                }
            } else if (st.stringNesting + 1 < MAX_STRING_NESTING && e.getValue().isTextual() && CarriedBodies.quotedJson(e.getValue().asText())
                    && e.getValue().asText().contains("\\\"")) {
                // round 17: a body serialised twice (a JSON string whose text is a JSON string literal of the document)
                JsonNode once = parseQuoted(st, e.getValue().asText(), at);
                if (once != null && embeddedEnvelope(once.asText())) {
                    JsonNode x = parseEmbedded(st, once.asText(), at);
                    if (x != null) {
                        st.found.shapes.add("JSON string holding a JSON string");
                        st.stringNesting += 2;
                        try {
                            walk(st, x, at, depth + 1);
                        } finally {
                            st.stringNesting -= 2;
                        }
                    }
                }
            } else if (st.stringNesting < MAX_STRING_NESTING && e.getValue().isTextual() && e.getValue().asText().length() >= 20
                    && envelopeKey(e.getValue().asText())) {
                // a text holding a request or response after other words (a notebook cell kept as one string, a log message)
                st.stringNesting++;
                try {
                    lines(st, e.getValue().asText(), at, 1);
                } finally {
                    st.stringNesting--;
                }
            }
        }
    }

    /** Reads an array of Voiceflow traces (a runtime's answers, a transcript export) as responses. */
    private static void voiceflow(State st, JsonNode a, String p, JsonNode action) {
        st.nodes += a.size();
        st.found.shapes.add("Voiceflow traces");
        st.found.responses.addAll(VoiceflowTraces.read(st.file, a, p, action, st.found.sessions));
        st.unanswered = false;
    }

    /**
     * @return the lines of an array of strings joined (each ends with its own line break, as in a notebook), when one of
     *         them holds a JSON key of a request or response; else null (cheap tests first: most arrays are not text)
     */
    private static String textLines(JsonNode a) {
        if (a.size() == 0 || a.size() > MAX_LINES || !a.get(0).isTextual()) {
            return null;
        }
        boolean key = false;
        long length = 0;
        for (JsonNode x : a) {
            if (!x.isTextual()) {
                return null;
            }
            String t = x.asText();
            length += t.length();
            key = key || (t.indexOf('"') >= 0 && envelopeKey(t));
        }
        if (!key || length > SafeJson.MAX_DOCUMENT) {
            return null;
        }
        StringBuilder b = new StringBuilder((int) length + a.size());
        for (JsonNode x : a) {
            String t = x.asText();
            b.append(t);
            if (!t.endsWith("\n")) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** @return true when the text names a key of a request or response envelope ({@code "response"}, {@code "outputSpeech"} …) */
    private static boolean envelopeKey(String s) {
        return s.indexOf('{') >= 0 && (s.contains("\"request\"") || s.contains("\"response\"") || s.contains("\"outputSpeech\"")
                || s.contains("\"expectUserResponse\"") || s.contains("\"queryResult\"") || s.contains("\"shouldEndSession\"")
                || s.contains("\"fulfillmentResponse\"") || s.contains("\"fulfillmentText\""));
    }

    /** @return true for a string that holds a JSON object with a request or response of either platform (cheap tests only) */
    private static boolean embeddedEnvelope(String s) {
        if (s.length() < 20) {
            return false;
        }
        int a = 0;
        while (a < s.length() && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        int b = s.length() - 1;
        while (b > a && Character.isWhitespace(s.charAt(b))) {
            b--;
        }
        return a < b && s.charAt(a) == '{' && s.charAt(b) == '}' && (s.contains("\"request\"") || s.contains("\"response\"")
                || s.contains("\"outputSpeech\"") || s.contains("\"expectUserResponse\"") || s.contains("\"queryResult\"")
                || s.contains("\"fulfillment") || s.contains("\"prompt\""));
    }

    /** A cheap test before the envelope readers: the keys every response shape has at its top. */
    /**
     * Round 34: a test runner's record of one interaction carries the raw request and response envelopes as fields and its
     * own expectations beside them (Bespoken's {@code rawRequest}, {@code rawResponse}, {@code shouldEndSession}): it is
     * not a response itself, its fields are walked.
     */
    private static boolean holdsEnvelopes(JsonNode n) {
        if (n.size() > 40 || n.path("response").isObject() && n.path("response").has("outputSpeech")) {
            return false;
        }
        for (var it = n.elements(); it.hasNext();) {
            JsonNode v = it.next();
            if (v.isObject() && (v.path("response").isObject() && (v.path("response").has("outputSpeech") || v.path("response").has("reprompt"))
                    || v.path("request").isObject() && v.path("request").path("type").isTextual())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mayBeResponse(JsonNode n) {
        return n.has("response") || n.has("outputSpeech") || n.has("shouldEndSession") || n.has("expectUserResponse") || n.has("payload")
                || n.has("prompt");
    }

    private static String shapeOf(JsonNode n) {
        if (n.has("expectUserResponse") || n.path("payload").has("google")) {
            return "Google conversation webhook response";
        }
        if (n.has("prompt")) {
            return "Google conversational webhook response";
        }
        if (n.has("fulfillmentText") || n.has("fulfillmentMessages")) {
            return "Dialogflow webhook response";
        }
        if (n.has("fulfillmentResponse")) {
            return "Dialogflow CX webhook response";
        }
        if (n.has("textResponses")) {
            return "Dialogflow CX agent output";
        }
        return "Alexa response envelope";
    }

    /** @return true for an object holding an HTTP request or response kept whole as text ({@code request.raw}, ngrok) */
    private static boolean rawExchange(JsonNode n) {
        return n.isObject() && (n.path("request").path("raw").isTextual() || n.path("response").path("raw").isTextual());
    }

    /** Parses the JSON body of a whole HTTP message kept in base64 at {@code holder.raw}; @return null when it holds none */
    private static JsonNode rawBody(State st, JsonNode holder, String where) throws SkillInputException {
        JsonNode raw = holder.path("raw");
        String body = raw.isTextual() ? CarriedBodies.httpMessageBody(raw.asText()) : null;
        return body == null ? null : parseEmbedded(st, body, where);
    }

    /** Parses a JSON body embedded as a string (HAR), base64 when marked so. */
    private static JsonNode embedded(State st, JsonNode holder, String field, String encoding, String where) throws SkillInputException {
        JsonNode t = holder.path(field);
        if (!t.isTextual()) {
            return null;
        }
        String s = t.asText();
        if ("base64".equalsIgnoreCase(encoding)) {
            try {
                byte[] b = Base64.getMimeDecoder().decode(s);
                s = new String(b, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                st.found.skippedLines++;
                return null;
            }
        }
        return parseEmbedded(st, s, where);
    }

    /** Parses a body carried as text (a JSON string's content, a decoded Buffer or base64 body), bounded like HAR bodies. */
    private static JsonNode parseEmbedded(State st, String s, String where) throws SkillInputException {
        String trimmed = s.strip();
        if (!trimmed.startsWith("{")) {
            st.found.skippedLines++;
            return null;
        }
        if (st.embedded >= MAX_EMBEDDED) {
            notRead(st, "only the first " + MAX_EMBEDDED + " embedded JSON bodies were read; the rest of the file was not read");
            return null;
        }
        st.embedded++;
        try {
            return SafeJson.parse(st.file + " " + where, trimmed.getBytes(StandardCharsets.UTF_8));
        } catch (SkillInputException e) {
            if (hardError(e)) {
                throw e;
            }
            st.found.skippedLines++;
            return null;
        }
    }

    /** Parses a JSON string literal (a body quoted once more); @return its text node, or null when it is not one */
    private static JsonNode parseQuoted(State st, String s, String where) throws SkillInputException {
        if (st.embedded >= MAX_EMBEDDED) {
            notRead(st, "only the first " + MAX_EMBEDDED + " embedded JSON bodies were read; the rest of the file was not read");
            return null;
        }
        st.embedded++;
        try {
            JsonNode t = SafeJson.parse(st.file + " " + where, s.strip().getBytes(StandardCharsets.UTF_8));
            return t.isTextual() ? t : null;
        } catch (SkillInputException e) {
            if (hardError(e)) {
                throw e;
            }
            st.found.skippedLines++;
            return null;
        }
    }

    private static void pair(State st, JsonNode req, JsonNode res, String pointer) {
        Req r = request(req);
        if (r.trigger() == null && r.utterance() == null && res.path("queryResult").isObject()) {
            // a Dialogflow detectIntent response names the query it answers (a conversation history's interaction)
            String[] q = DialogflowTurns.request(res);
            r = new Req(q[0], r.session(), r.time(), q[2]);
        }
        answer(st, r, res, pointer);
    }

    /** Records {@code r} as the last request and the responses in {@code res} as its answers; @return how many */
    private static int answer(State st, Req r, JsonNode res, String pointer) {
        answered(st, r);
        List<Response> rsps = new ArrayList<>();
        Responses.fromEnvelope(st.file, res, r.trigger() != null ? r.trigger() : st.fallbackTrigger, rsps);
        if (!rsps.isEmpty()) {
            permissions(st, res, pointer);
        }
        for (Response x : rsps) {
            st.found.responses.add(x.in(pointer, r.session(), r.time(), r.utterance()));
        }
        return rsps.size();
    }

    /** Records {@code r} as the last request, answered, and its session as seen. */
    private static void answered(State st, Req r) {
        st.last = r;
        st.unanswered = false;
        if (r.session() != null) {
            st.found.sessions.add(r.session());
        }
    }

    /** Notes the permissions a response asks for at run time (first occurrence of each, with its place). */
    private static void permissions(State st, JsonNode res, String base) {
        Responses.permissions(res, base, (name, pointer, reason, spoken) -> st.found.permissions.putIfAbsent(name, new String[] {st.file, pointer,
            reason.length() > 500 ? reason.substring(0, 500) : reason, spoken.length() > 500 ? spoken.substring(0, 500) : spoken}));
    }

    /** @return true for an Alexa request envelope (or bare request) or a Google webhook request */
    static boolean isRequest(JsonNode n, boolean bareOk) {
        JsonNode r = n.path("request");
        if (r.isObject() && r.path("type").isTextual() && !n.has("response")) {
            return true;
        }
        if (bareOk && n.path("type").isTextual() && (n.has("requestId") || n.has("intent") || n.has("timestamp"))) {
            return true;
        }
        return googleRequest(n);
    }

    private static boolean googleRequest(JsonNode n) {
        return (n.path("inputs").isArray() && n.has("conversation"))
                || (n.path("handler").isObject() && n.path("intent").isObject())
                || (n.path("queryResult").isObject() && n.has("session"))
                || DialogflowTurns.isCxRequest(n);
    }

    /** @return what triggered the answer, the session, time and utterance of any request shape */
    static Req request(JsonNode n) {
        if (DialogflowTurns.isCxRequest(n) || n.path("queryInput").isObject()) {
            String[] d = DialogflowTurns.request(n);
            return new Req(d[0], d[1], null, d[2]);
        }
        JsonNode alexa = n.path("request").isObject() ? n.path("request") : n.path("type").isTextual() ? n : null;
        if (alexa != null && !googleRequest(n)) {
            String intent = alexa.path("intent").path("name").asText(null);
            String trig = intent != null ? intent : alexa.path("type").asText(null);
            String session = n.path("session").path("sessionId").asText(null);
            String time = alexa.path("timestamp").asText(null);
            return new Req(trig, session, time, null);
        }
        if (n.path("inputs").isArray()) {
            JsonNode in = n.path("inputs").path(0);
            String trig = in.path("intent").asText(null);
            String said = in.path("rawInputs").path(0).path("query").asText(null);
            if (said != null && STOP_WORDS.matcher(said).matches()) {
                trig = "actions.intent.CANCEL";
            }
            return new Req(trig, n.path("conversation").path("conversationId").asText(null), null, said);
        }
        if (n.path("handler").isObject()) {
            String trig = n.path("intent").path("name").asText(null);
            String said = n.path("intent").path("query").asText(null);
            if (said != null && STOP_WORDS.matcher(said).matches()) {
                trig = "actions.intent.CANCEL";
            }
            return new Req(trig, n.path("session").path("id").asText(null), null, said);
        }
        if (n.path("queryResult").isObject()) {
            String said = n.path("queryResult").path("queryText").asText(null);
            String trig = n.path("queryResult").path("intent").path("displayName").asText(null);
            if (said != null && STOP_WORDS.matcher(said).matches()) {
                trig = "actions.intent.CANCEL";
            }
            return new Req(trig, n.path("session").asText(null), null, said);
        }
        return new Req(null, null, null, null);
    }

    private static final String[] SAID_KEYS = {"request", "utterance", "user", "userInput", "userSays", "input", "query", "said", "intent"};
    private static final Pattern INTENT_NAME = Pattern.compile("(?:AMAZON\\.)?[A-Za-z_]+Intent|LaunchRequest|SessionEndedRequest|actions\\.intent\\.[A-Z_]+");
    private static final Pattern CANCEL_WORDS = Pattern.compile("(?iu).*\\b(?:cancel|abbrechen|annuler|cancelar|annulla)\\b.*|.*キャンセル.*");

    /** @return the trigger for a request given as text: an intent or request name as is, Stop/Cancel from stop words, else null */
    static String triggerOfText(String said) {
        String t = said.strip();
        if (INTENT_NAME.matcher(t).matches()) {
            return t;
        }
        if (STOP_WORDS.matcher(t).matches()) {
            return CANCEL_WORDS.matcher(t).matches() ? "AMAZON.CancelIntent" : "AMAZON.StopIntent";
        }
        return null;
    }

    /** @return true when the user's words ask to stop, in the languages the analyser knows */
    static boolean stopWords(String said) {
        return said != null && STOP_WORDS.matcher(said.toLowerCase(Locale.ROOT)).matches();
    }

    // ---- round 34: turns written flat, and Actions API test interactions ----

    private static final Pattern FLAT_SAID = Pattern.compile("(?:output|response|skill|alexa|assistant|bot|agent)(?:ssml|speech|text|said|reply)?"
            + "|(?:output)?speech(?:ssml|text)?|(?:output)?ssml|prompt|reply|answer");
    private static final Pattern FLAT_REPROMPT = Pattern.compile("reprompt(?:ssml|speech|text)?");
    private static final Pattern FLAT_END = Pattern.compile("(?:should)?endsession|sessionend(?:ed)?");
    private static final Pattern FLAT_OPEN = Pattern.compile("sessionopen|micopen|expectuserresponse|listening");
    private static final Pattern FLAT_UTTERANCE = Pattern.compile("utterance|usersaid|userutterance|query|querytext|usertext|userinput|input|said|transcript");
    private static final Pattern FLAT_INTENT = Pattern.compile("intent(?:name)?|requesttype|request");
    private static final Pattern FLAT_SESSION = Pattern.compile("sessionid|session|conversationid|conversation");
    private static final Pattern FLAT_TIME = Pattern.compile("timestamp|eventtime|time|ts|datetime");

    /**
     * @return whether a field's name names a session state or a reprompt — the cheap test before the patterns, since
     *         every JSON object of a package that no other reader took comes here
     */
    private static boolean flatCandidate(JsonNode n) {
        for (var it = n.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (k.length() <= 40 && (containsIgnoreCase(k, "session") || containsIgnoreCase(k, "reprompt") || containsIgnoreCase(k, "expect")
                    || containsIgnoreCase(k, "open") || containsIgnoreCase(k, "listening"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String s, String lower) {
        for (int i = 0, n = s.length() - lower.length(); i <= n; i++) {
            if (s.regionMatches(true, i, lower, 0, lower.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value fields of an object (text, numbers, flags) by their names in lower case without {@code _ - .}, computed once
     * per object: {normalised, original} pairs.
     */
    private static List<String[]> valueFields(JsonNode n) {
        List<String[]> out = new ArrayList<>();
        for (var it = n.fields(); it.hasNext();) {
            var e = it.next();
            String k = e.getKey();
            if (k.length() <= 40 && e.getValue().isValueNode()) {
                StringBuilder b = new StringBuilder(k.length());
                for (int i = 0; i < k.length(); i++) {
                    char c = k.charAt(i);
                    if (c != '_' && c != '-' && c != '.') {
                        b.append(Character.toLowerCase(c));
                    }
                }
                out.add(new String[] {b.toString(), k});
            }
        }
        return out;
    }

    /** @return the original name of the first of {@code fields} whose normalised name matches, or null */
    private static String flatKey(List<String[]> fields, Pattern p) {
        for (String[] f : fields) {
            if (p.matcher(f[0]).matches()) {
                return f[1];
            }
        }
        return null;
    }

    /**
     * Reads a flat turn: an object with what the skill said as text and at least its reprompt or the session's state as
     * fields of their own; builds the response envelope they describe. @return false when {@code n} is not one
     */
    private static boolean flatTurn(State st, JsonNode n, String p) {
        if (n.size() < 2 || n.size() > 60 || !flatCandidate(n)) {
            return false;
        }
        List<String[]> fields = valueFields(n);
        String saidKey = flatKey(fields, FLAT_SAID);
        if (saidKey == null || !n.get(saidKey).isTextual()) {
            return false;
        }
        String repromptKey = flatKey(fields, FLAT_REPROMPT);
        String endKey = flatKey(fields, FLAT_END);
        String openKey = endKey == null ? flatKey(fields, FLAT_OPEN) : null;
        if (repromptKey == null && endKey == null && openKey == null) {
            return false;
        }
        // and a turn's context: what was said or asked, or the session or time it belongs to (a translation file's
        // {"speech", "reprompt"} entry is not a turn)
        String uKey = flatKey(fields, FLAT_UTTERANCE);
        String iKey = flatKey(fields, FLAT_INTENT);
        String sKey = flatKey(fields, FLAT_SESSION);
        String tKey = flatKey(fields, FLAT_TIME);
        if (uKey == null && iKey == null && sKey == null && tKey == null) {
            return false;
        }
        com.fasterxml.jackson.databind.node.ObjectNode res = SafeJson.mapper().createObjectNode();
        res.set("outputSpeech", speechNode(n.get(saidKey).asText()));
        String rp = repromptKey == null ? "" : n.get(repromptKey).asText("");
        if (!rp.isEmpty()) {
            res.putObject("reprompt").set("outputSpeech", speechNode(rp));
        }
        Boolean end = endKey != null ? flag(n.get(endKey)) : openKey != null ? negate(flag(n.get(openKey))) : null;
        if (end != null) {
            res.put("shouldEndSession", end);
        }
        com.fasterxml.jackson.databind.node.ObjectNode env = SafeJson.mapper().createObjectNode();
        env.put("version", "1.0");
        env.set("response", res);
        String said = uKey == null ? null : n.get(uKey).asText(null);
        String named = iKey == null ? null : n.get(iKey).asText(null);
        String trig = named != null && INTENT_NAME.matcher(named.strip()).matches() ? named.strip() : said != null ? triggerOfText(said) : null;
        if (trig == null && n.has("request_type") && n.get("request_type").isTextual()) {
            trig = triggerOfText(n.get("request_type").asText());
        }
        st.found.shapes.add("turn record (flat fields)");
        built(st, new Req(trig, sKey == null ? null : n.get(sKey).asText(null), tKey == null ? null : n.get(tKey).asText(null), said), env,
                p, p + "/" + esc(saidKey), repromptKey == null ? null : p + "/" + esc(repromptKey));
        return true;
    }

    private static String esc(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Records the responses of an envelope built from fields of the file (a flat turn, a test interaction) with the places
     * of those fields, not of the envelope, so a finding points at what the file holds.
     */
    private static void built(State st, Req r, JsonNode env, String pointer, String speechAt, String repromptAt) {
        answered(st, r);
        List<Response> rsps = new ArrayList<>();
        Responses.fromEnvelope(st.file, env, r.trigger() != null ? r.trigger() : st.fallbackTrigger, rsps);
        for (Response x : rsps) {
            st.found.responses.add(new Response(x.file(), pointer, x.trigger(), x.speech(), speechAt, x.reprompt(),
                    x.reprompt() == null ? null : repromptAt == null ? pointer : repromptAt, x.shouldEndSession(), x.open(), r.session(), r.time(),
                    r.utterance(), x.display(), null));
        }
    }

    private static JsonNode speechNode(String said) {
        com.fasterxml.jackson.databind.node.ObjectNode o = SafeJson.mapper().createObjectNode();
        if (said.strip().startsWith("<speak")) {
            o.put("type", "SSML");
            o.put("ssml", said);
        } else {
            o.put("type", "PlainText");
            o.put("text", said);
        }
        return o;
    }

    /** @return a flag written as a boolean, a number or a word, or null when it says neither */
    private static Boolean flag(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        String t = v.asText("").strip().toLowerCase(Locale.ROOT);
        return t.matches("true|yes|1|y") ? Boolean.TRUE : t.matches("false|no|0|n") ? Boolean.FALSE : null;
    }

    private static Boolean negate(Boolean b) {
        return b == null ? null : !b;
    }

    /**
     * Reads one Actions API test interaction ({@code sendInteraction}): what the user said, what the Action said, and
     * whether it then waited for the user ({@code waitingUserInput}) or ended ({@code endConversation}). Interactions of one
     * file form a conversation until one ends it.
     */
    private static void interaction(State st, JsonNode n, String p) {
        JsonNode out = n.path("output");
        StringBuilder said = new StringBuilder();
        if (out.path("speech").isArray()) {
            for (JsonNode x : out.path("speech")) {
                said.append(said.length() == 0 ? "" : " ").append(x.asText(""));
            }
        }
        if (said.length() == 0) {
            said.append(out.path("text").asText(""));
        }
        String intent = null;
        Boolean open = null;
        for (JsonNode e : n.path("diagnostics").path("actionsBuilderEvents")) {
            String id = e.path("intentMatch").path("intentId").asText(null);
            intent = id != null ? id : intent;
            if (e.has("waitingUserInput") || e.has("waitUserInput")) {
                open = true;
            }
            if (e.has("endConversation")) {
                open = false;
            }
        }
        String query = n.path("input").path("query").asText(null);
        String trig = query != null && STOP_WORDS.matcher(query.toLowerCase(Locale.ROOT)).matches() ? "actions.intent.CANCEL"
                : intent != null && INTENT_NAME.matcher(intent).matches() ? intent : null;
        if (!st.interactionOpen) {
            st.interactions++;
        }
        st.interactionOpen = open == null || open;
        com.fasterxml.jackson.databind.node.ObjectNode res = SafeJson.mapper().createObjectNode();
        res.set("outputSpeech", speechNode(said.toString()));
        if (open != null) {
            res.put("shouldEndSession", !open);
        }
        com.fasterxml.jackson.databind.node.ObjectNode env = SafeJson.mapper().createObjectNode();
        env.put("version", "1.0");
        env.set("response", res);
        String time = n.path("diagnostics").path("actionsBuilderEvents").path(0).path("eventTime").asText(null);
        built(st, new Req(trig, st.file + "#conversation-" + st.interactions, time, query), env, p, p + "/output/speech", null);
    }
}
