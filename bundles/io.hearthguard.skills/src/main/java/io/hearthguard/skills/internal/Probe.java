package io.hearthguard.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.internal.Model.Intent;
import io.hearthguard.skills.internal.Model.Response;
import io.hearthguard.skills.internal.Model.Sample;
import io.hearthguard.skills.internal.Model.Skill;
import io.hearthguard.skills.internal.Model.Slot;

/**
 * Converses with a skill endpoint the way the voice service would: LaunchRequest, every
 * intent of the package with slot values taken from its samples and slot types, Help,
 * Fallback, Stop (and, when the session stays open after Stop, up to three follow-up
 * utterances into the skill's catch-all intent), Cancel, SessionEndedRequest.
 *
 * <p>Safety: requests go only to the given URL (http or https, no user info); redirects
 * are never followed (a 3xx is an error); each request has a connect and a response
 * timeout; responses are read up to {@link #MAX_RESPONSE} bytes; at most {@link #MAX_TURNS}
 * requests and {@link #MAX_TOTAL} overall. The endpoint is not signature-verified by us,
 * and we do not sign requests (real endpoints reject unsigned requests; this probes
 * endpoints you run or test).
 */
public final class Probe {
    /** Largest response body read. */
    public static final int MAX_RESPONSE = 256 * 1024;
    /** Most requests in one probe. */
    public static final int MAX_TURNS = 120;
    /** Short Launch + Stop sessions after the main conversation, to catch a skill that changes after its first sessions. */
    public static final int REPEAT_SESSIONS = 12;
    /** Longest probe. */
    public static final Duration MAX_TOTAL = Duration.ofSeconds(90);

    private static final Pattern SLOT = Pattern.compile("\\{([^{}]{1,100})\\}");
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    /** One request and what came back. */
    public record Turn(ObjectNode request, int status, JsonNode response, String error, long millis) {
    }

    /**
     * @param url     the endpoint
     * @param timeout per request (connect and response)
     * @throws SkillInputException when the URL is not an absolute http(s) URL without user info
     */
    public Probe(String url, Duration timeout) throws SkillInputException {
        URI u;
        try {
            u = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new SkillInputException(url + ": not a URL: " + e.getMessage());
        }
        if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))
                || u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null) {
            throw new SkillInputException(url + ": probe needs an http:// or https:// URL with a host, without user info or fragment");
        }
        this.url = u;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .proxy(HttpClient.Builder.NO_PROXY).build();
    }

    /** @return the turns of one conversation driven by {@code skill} (may be null: generic turns only) */
    public List<Turn> converse(Skill skill) {
        Instant deadline = Instant.now().plus(MAX_TOTAL);
        Model.Locale loc = skill == null || skill.locales.isEmpty() ? null : skill.locales.values().iterator().next();
        String locale = loc == null || !loc.locale.matches("[a-z]{2}-[A-Z]{2}") ? "en-US" : loc.locale;
        List<Intent> intents = new ArrayList<>();
        Intent catchAll = null;
        if (loc != null) {
            for (Intent i : loc.intents) {
                if (!i.name().startsWith("AMAZON.") && intents.size() < 50) {
                    intents.add(i);
                    for (Slot s : i.slots()) {
                        if (catchAll == null && (s.type().equalsIgnoreCase("AMAZON.SearchQuery") || s.type().equalsIgnoreCase("AMAZON.LITERAL"))) {
                            catchAll = i;
                        }
                    }
                }
            }
        }
        if (catchAll == null && !intents.isEmpty()) {
            catchAll = intents.get(0);
        }
        Session s = new Session(locale, deadline);
        List<Turn> turns = new ArrayList<>();
        s.send(turns, launch(s));
        for (Intent i : intents) {
            s.send(turns, intent(s, i.name(), slots(loc, i)));
        }
        s.send(turns, intent(s, "AMAZON.HelpIntent", Map.of()));
        s.send(turns, intent(s, "AMAZON.FallbackIntent", Map.of()));
        s.send(turns, intent(s, "AMAZON.StopIntent", Map.of()));
        String follow = catchAll == null ? "AMAZON.FallbackIntent" : catchAll.name();
        Map<String, String> followSlots = catchAll == null ? Map.of() : slots(loc, catchAll);
        for (int k = 0; k < 3 && s.open; k++) {
            s.send(turns, intent(s, follow, followSlots));
        }
        s.send(turns, intent(s, "AMAZON.CancelIntent", Map.of()));
        for (int k = 0; k < 2 && s.open; k++) {
            s.send(turns, intent(s, follow, followSlots));
        }
        ObjectNode end = envelope(s, "SessionEndedRequest");
        ((ObjectNode) end.get("request")).put("reason", "USER_INITIATED");
        s.send(turns, end);
        // a skill can behave for its first sessions (review) and change later: open and stop it again and again
        for (int k = 0; k < REPEAT_SESSIONS && turns.size() + 2 <= MAX_TURNS; k++) {
            s.open = false;
            s.send(turns, launch(s));
            s.send(turns, intent(s, "AMAZON.StopIntent", Map.of()));
        }
        return turns;
    }

    private Map<String, String> slots(Model.Locale loc, Intent in) {
        Map<String, String> out = new LinkedHashMap<>();
        Sample best = in.samples().stream().max(java.util.Comparator.comparingInt(x -> countSlots(x.text()))).orElse(null);
        for (Slot s : in.slots()) {
            String v;
            Model.SlotType t = loc == null ? null : loc.types.get(s.type());
            if (t != null && !t.values().isEmpty()) {
                v = t.values().get(0);
            } else {
                v = switch (s.type()) {
                    case "AMAZON.NUMBER", "AMAZON.FOUR_DIGIT_NUMBER" -> "3";
                    case "AMAZON.DATE" -> "2026-01-01";
                    case "AMAZON.TIME" -> "10:00";
                    case "AMAZON.DURATION" -> "PT5M";
                    case "AMAZON.SearchQuery", "AMAZON.LITERAL" -> "what the family says next";
                    default -> "test";
                };
            }
            if (best != null && !best.text().contains("{" + s.name() + "}")) {
                continue;
            }
            out.put(s.name(), v);
        }
        return out;
    }

    private static int countSlots(String text) {
        Matcher m = SLOT.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private ObjectNode launch(Session s) {
        return envelope(s, "LaunchRequest");
    }

    private ObjectNode intent(Session s, String name, Map<String, String> slots) {
        ObjectNode e = envelope(s, "IntentRequest");
        ObjectNode in = ((ObjectNode) e.get("request")).putObject("intent");
        in.put("name", name);
        in.put("confirmationStatus", "NONE");
        ObjectNode so = in.putObject("slots");
        slots.forEach((k, v) -> so.putObject(k).put("name", k).put("value", v).put("confirmationStatus", "NONE"));
        return e;
    }

    private ObjectNode envelope(Session s, String type) {
        if (!s.open && !type.equals("SessionEndedRequest")) {
            s.newSession();
        }
        ObjectNode e = SafeJson.mapper().createObjectNode();
        e.put("version", "1.0");
        ObjectNode ses = e.putObject("session");
        ses.put("new", s.fresh);
        ses.put("sessionId", s.id);
        ses.putObject("application").put("applicationId", "amzn1.ask.skill.hearthguard-probe");
        ses.set("attributes", s.attributes.deepCopy());
        ses.putObject("user").put("userId", "amzn1.ask.account.hearthguard-probe");
        ObjectNode sys = e.putObject("context").putObject("System");
        sys.putObject("application").put("applicationId", "amzn1.ask.skill.hearthguard-probe");
        sys.putObject("user").put("userId", "amzn1.ask.account.hearthguard-probe");
        sys.putObject("device").put("deviceId", "hearthguard-probe-device").putObject("supportedInterfaces");
        sys.put("apiEndpoint", "https://api.amazonalexa.invalid");
        ObjectNode r = e.putObject("request");
        r.put("type", type);
        r.put("requestId", "hearthguard.probe." + UUID.randomUUID());
        r.put("timestamp", Instant.now().toString());
        r.put("locale", s.locale);
        s.fresh = false;
        return e;
    }

    /** Conversation state between requests. */
    private final class Session {
        final String locale;
        final Instant deadline;
        String id;
        boolean fresh = true;
        boolean open;
        ObjectNode attributes = SafeJson.mapper().createObjectNode();
        int transportErrors;

        Session(String locale, Instant deadline) {
            this.locale = locale;
            this.deadline = deadline;
            newSession();
        }

        void newSession() {
            id = "hearthguard.probe.session." + UUID.randomUUID();
            fresh = true;
            attributes = SafeJson.mapper().createObjectNode();
            open = true;
        }

        void send(List<Turn> turns, ObjectNode req) {
            if (turns.size() >= MAX_TURNS || Instant.now().isAfter(deadline) || transportErrors >= 2) {
                return;
            }
            Turn t = post(req);
            turns.add(t);
            // two timeouts/connection failures in a row: the endpoint is unreachable, stop
            transportErrors = t.status() == 0 ? transportErrors + 1 : 0;
            JsonNode r = t.response();
            if (r == null) {
                open = false;
                return;
            }
            JsonNode attrs = r.path("sessionAttributes");
            if (attrs.isObject() && attrs.toString().length() < 64 * 1024) {
                attributes = (ObjectNode) attrs;
            }
            List<Response> rs = new ArrayList<>();
            Responses.alexa("turn", "", r, null, rs);
            open = !rs.isEmpty() && rs.get(0).open();
        }
    }

    private Turn post(ObjectNode req) {
        long t0 = System.nanoTime();
        try {
            byte[] body = SafeJson.mapper().writeValueAsBytes(req);
            HttpRequest hr = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "hearthguard-skills-probe/1.0").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<InputStream> resp = http.send(hr, HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream in = resp.body()) {
                bytes = in.readNBytes(MAX_RESPONSE + 1);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (resp.statusCode() >= 300 && resp.statusCode() < 400) {
                return new Turn(req, resp.statusCode(), null, "redirect to " + resp.headers().firstValue("Location").orElse("?")
                        + " refused: the probe talks only to the given URL", ms);
            }
            if (bytes.length > MAX_RESPONSE) {
                return new Turn(req, resp.statusCode(), null, "response larger than " + MAX_RESPONSE + " bytes", ms);
            }
            if (resp.statusCode() != 200) {
                return new Turn(req, resp.statusCode(), null, "HTTP status " + resp.statusCode(), ms);
            }
            try {
                return new Turn(req, 200, SafeJson.parse("response", bytes), null, ms);
            } catch (SkillInputException e) {
                return new Turn(req, 200, null, e.getMessage() + ": " + Text.visible(new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.UTF_8)), ms);
            }
        } catch (java.net.http.HttpTimeoutException e) {
            return new Turn(req, 0, null, "timed out after " + timeout.toMillis() + " ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            return new Turn(req, 0, null, "I/O error: " + e.getMessage(), (System.nanoTime() - t0) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Turn(req, 0, null, "interrupted", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    /** @return the transcript document: {@code {"url", "recorded", "turns": [{request, status, response, error, millis}]}} */
    public ObjectNode transcript(List<Turn> turns) {
        ObjectNode o = SafeJson.mapper().createObjectNode();
        o.put("url", url.toString());
        o.put("recorded", Instant.now().toString());
        var arr = o.putArray("turns");
        for (Turn t : turns) {
            ObjectNode j = arr.addObject();
            j.set("request", t.request());
            j.put("status", t.status());
            if (t.response() != null) {
                j.set("response", t.response());
            }
            if (t.error() != null) {
                j.put("error", t.error());
            }
            j.put("millis", t.millis());
        }
        return o;
    }

    /** @return findings of the response rules (and endpoint errors) on a transcript */
    public static List<SkillFinding> analyze(String source, JsonNode transcript, Skill context) {
        Skill s = context != null ? context : new Skill(source, "");
        Skill copy = new Skill(s.id, s.root);
        copy.manifest = s.manifest;
        copy.manifestFile = s.manifestFile;
        Responses.fromEnvelope(source, transcript, null, copy.responses);
        List<SkillFinding> out = new ArrayList<>();
        Rules.Context c = new Rules.Context(copy);
        for (Response r : copy.responses) {
            Rules.response(c, r, out);
        }
        JsonNode turns = transcript.path("turns");
        int errors = 0;
        for (int i = 0; i < turns.size(); i++) {
            String err = turns.get(i).path("error").asText(null);
            if (err != null && errors++ < 5) {
                out.add(Rule.PROBE_ERROR.at(Severity.LOW, "Request " + Responses.triggerOf(turns.get(i).path("request")) + " failed: " + err + ".",
                        source, "/turns/" + i, err));
            }
        }
        try {
            Skill sessions = new Skill(s.id, s.root);
            sessions.responses.addAll(Recordings.json(source, transcript, null).responses);
            out.addAll(RecordingDrift.analyze(sessions, false)); // a probe's repeated sessions are meant to be compared
        } catch (SkillInputException e) {
            // a transcript this class wrote stays within the limits; nothing to compare otherwise
        }
        Rules.sort(out);
        return out;
    }

    /** @return drift findings between an older and a newer transcript of the same endpoint */
    public static List<SkillFinding> drift(String source, JsonNode older, JsonNode newer) {
        Map<String, Object[]> before = fingerprints(older);
        Map<String, Object[]> after = fingerprints(newer);
        List<SkillFinding> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : after.entrySet()) {
            Object[] was = before.get(e.getKey());
            if (was == null || was[0].equals(e.getValue()[0])) {
                continue;
            }
            Response now = (Response) e.getValue()[1];
            Response then = (Response) was[1];
            List<SkillFinding> nowF = new ArrayList<>();
            List<SkillFinding> thenF = new ArrayList<>();
            Rules.Context c = new Rules.Context(new Skill(source, ""));
            Rules.response(c, now, nowF);
            Rules.response(c, then, thenF);
            boolean worse = nowF.stream().map(SkillFinding::rule).anyMatch(r -> thenF.stream().noneMatch(f -> f.rule().equals(r)));
            out.add(Rule.DRIFT.at(worse ? Severity.HIGH : Severity.MEDIUM, "Answer to " + e.getKey() + " changed since the earlier transcript"
                    + (worse ? " and now triggers " + nowF.stream().map(SkillFinding::rule).distinct().toList() : "") + ".",
                    source, now.pointer(), "was: " + describe(then) + " | now: " + describe(now)));
        }
        // whatever the newer probe reached: a rule (any category) that no answer of the earlier probe triggered is a change,
        // also on requests the earlier transcript did not have (a new intent, more sessions)
        List<List<Response>> versions = new ArrayList<>();
        for (JsonNode t : new JsonNode[] {older, newer}) {
            List<Response> rs = new ArrayList<>();
            fingerprints(t).values().forEach(v -> rs.add((Response) v[1]));
            versions.add(rs);
        }
        out.addAll(RecordingDrift.newBehaviour(new Rules.Context(new Skill(source, "")), versions,
                List.of("earlier transcript", "this probe"), out));
        Rules.sort(out);
        return out;
    }

    private static String describe(Response r) {
        return "speech=\"" + (r.speech() == null ? "" : r.speech()) + "\" reprompt=" + (r.reprompt() == null ? "none" : "\"" + r.reprompt() + "\"")
                + " shouldEndSession=" + r.shouldEndSession();
    }

    /** Keys turns by request and occurrence ({@code AMAZON.StopIntent#1}); value = fingerprint and response. */
    private static Map<String, Object[]> fingerprints(JsonNode transcript) {
        Map<String, Object[]> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        JsonNode turns = transcript.path("turns");
        for (int i = 0; i < turns.size() && i < 10_000; i++) {
            JsonNode t = turns.get(i);
            String trig = Responses.triggerOf(t.path("request"));
            int k = seen.merge(String.valueOf(trig), 1, Integer::sum);
            List<Response> rs = new ArrayList<>();
            Responses.alexa("transcript", "/turns/" + i + "/response", t.path("response"), trig, rs);
            Response r = rs.isEmpty() ? new Response("transcript", "/turns/" + i, trig, null, "", null, "", null, false) : rs.get(0);
            String fp = Text.norm(r.speech()) + "\u0000" + Text.visible(r.speech()) + "\u0000" + Text.visible(r.reprompt()) + "\u0000" + r.shouldEndSession()
                    + "\u0000" + t.path("error").asText("");
            out.put(trig + "#" + k, new Object[] {fp, r});
        }
        return out;
    }
}
