package io.hearthguard.web.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseException;
import io.hearthguard.api.response.ResponseService;
import io.hearthguard.api.score.HomeScoreService;
import io.hearthguard.platform.device.DeviceAdmin;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.platform.hygiene.WifiSecurityCheck;
import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.replay.ReplayService;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The authenticated routes of the API. Callers have passed authentication and CSRF checks. */
final class Api {
    /** Largest skill package or capture upload. */
    static final int MAX_UPLOAD = 32 * 1024 * 1024;
    static final int DEFAULT_LIMIT = 200;
    private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,128}");

    private final BundleContext context;
    private final FindingService findings;
    private final Supplier<DeviceInventory> inventory;
    private final MeterHistory meters;
    private final Accounts accounts;
    private final Sessions sessions;
    private final ServiceTracker<Object, Object> skillAnalyzer;
    private final SkillUploads skillUploads;
    private final Supplier<ReplayService> replays;
    /** Channels are configured through ConfigurationAdmin; optional so the API works without it. */
    private final Supplier<ConfigurationAdmin> configAdmin;
    private final Supplier<ProtectionStatusService> protectionStatus;
    private final Supplier<DeployService> deploys;
    private final Supplier<HomeScoreService> scores;
    private final Supplier<DeviceAdmin> deviceAdmin;
    private final CaptureJobs captures;
    private final Investigations investigations;
    private final DeviceLabels labels;
    private final Supplier<FindingAdmin> findingAdmin;
    private final Channels channels;
    private final CaptureInterface capture;
    private final AllowRules allow;
    private final Supplier<ResponseService> response;
    private final ServiceTracker<Object, Object> routerCheck;
    private final Supplier<WifiSecurityCheck> wifi;

    Api(BundleContext context, FindingService findings, Supplier<DeviceInventory> inventory, MeterHistory meters, Accounts accounts,
            Sessions sessions, ServiceTracker<Object, Object> skillAnalyzer, SkillUploads skillUploads, Supplier<ReplayService> replays,
            Supplier<ConfigurationAdmin> configAdmin, CaptureJobs captures, Investigations investigations, DeviceLabels labels,
            Supplier<FindingAdmin> findingAdmin, Supplier<ResponseService> response, ServiceTracker<Object, Object> routerCheck, AllowRules allow,
            Supplier<ProtectionStatusService> protectionStatus, Supplier<DeployService> deploys, Supplier<HomeScoreService> scores,
            Supplier<DeviceAdmin> deviceAdmin, Supplier<WifiSecurityCheck> wifi) {
        this.wifi = wifi;
        this.deploys = deploys;
        this.deviceAdmin = deviceAdmin;
        this.scores = scores;
        this.response = response;
        this.routerCheck = routerCheck;
        this.configAdmin = configAdmin;
        this.labels = labels;
        this.channels = new Channels(context);
        this.capture = new CaptureInterface(context, java.nio.file.Path.of("/sys/class/net"));
        this.allow = allow;
        this.investigations = investigations;
        this.findingAdmin = findingAdmin;
        this.replays = replays;
        this.protectionStatus = protectionStatus;
        this.captures = captures;
        this.skillAnalyzer = skillAnalyzer;
        this.skillUploads = skillUploads;
        this.context = context;
        this.findings = findings;
        this.inventory = inventory;
        this.meters = meters;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    void handle(String method, String route, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        String[] p = route.length() <= 1 ? new String[0] : route.substring(1).split("/", -1);
        String head = p.length == 0 ? "" : p[0];
        switch (head) {
            case "summary" -> {
                only(method, "GET", p, 1);
                WebServlet.json(resp, 200, summary());
            }
            case "devices" -> {
                if (p.length == 3 && "forget".equals(p[2])) {
                    only(method, "POST", p, 3);
                    forget(id(p[1]), caller);
                    resp.setStatus(204);
                    return;
                }
                if (p.length == 3 && "quarantine".equals(p[2])) {
                    only(method, "POST", p, 3);
                    WebServlet.json(resp, 201, quarantine(id(p[1]), req, caller));
                    return;
                }
                if (p.length == 3 && "voice-sessions".equals(p[2])) {
                    only(method, "GET", p, 3);
                    WebServlet.json(resp, 200, voiceSessions(id(p[1])));
                    return;
                }
                if (p.length == 3 && "label".equals(p[2])) {
                    only(method, "POST", p, 3);
                    WebServlet.json(resp, 200, label(id(p[1]), req, caller));
                    return;
                }
                only(method, "GET", p, 1, 2);
                WebServlet.json(resp, 200, p.length == 1 ? devices() : device(id(p[1])));
            }
            case "findings" -> findings(method, p, req, resp, caller);
            case "mute-rules" -> muteRules(method, p, req, resp, caller);
            case "allow-rules" -> allowRules(method, p, req, resp, caller);
            case "protections" -> {
                only(method, "GET", p, 1);
                WebServlet.json(resp, 200, Map.of("items", protections()));
            }
            case "settings" -> {
                only(method, "GET", p, 1);
                WebServlet.json(resp, 200, settings(caller));
            }
            case "account" -> {
                if (p.length != 2 || !"password".equals(p[1])) {
                    throw Problem.notFound("no route " + route);
                }
                only(method, "POST", p, 2);
                changePassword(req, resp, caller);
            }
            case "tokens" -> tokens(method, p, req, resp, caller);
            case "channels" -> channels(method, p, req, resp, caller);
            case "capture-interface" -> {
                if ("POST".equals(method)) {
                    only(method, "POST", p, 1);
                    try {
                        WebServlet.json(resp, 200, capture.save(configAdmin.get(), Json.object(req)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new Problem(503, "interrupted", "Interrupted", "the hub is stopping");
                    }
                    return;
                }
                only(method, "GET", p, 1);
                WebServlet.json(resp, 200, capture.state(configAdmin.get()));
            }
            case "router-password" -> {
                only(method, "POST", p, 1);
                WebServlet.json(resp, 200, routerPassword(req));
            }
            case "wifi-security" -> {
                only(method, "POST", p, 1);
                WebServlet.json(resp, 200, wifiSecurity(req, caller));
            }
            case "response" -> response(method, p, req, resp, caller);
            case "skills" -> skills(method, p, req, resp);
            case "captures" -> captures(method, p, req, resp);
            case "deploy" -> deploy(method, p, req, resp, caller);
            case "score" -> {
                only(method, "GET", p, 1);
                WebServlet.json(resp, 200, score());
            }
            default -> throw Problem.notFound("no API route " + route + "; see docs/openapi.yaml");
        }
    }

    /**
     * Uploads are investigations (analysed in their own sandbox, docs/web.md); only with
     * {@code into=home} is a capture replayed through the home's live pipeline.
     */
    private void captures(String method, String[] p, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (p.length >= 2 && "jobs".equals(p[1])) {
            only(method, "GET", p, 2, 3);
            if (p.length == 3) {
                String id = id(p[2]);
                // one id space for the list's two kinds: an investigation, or a replay into the home
                Map<String, Object> job = investigations.get(id).or(() -> captures.get(id).map(r -> {
                    r.put("kind", "replay");
                    return r;
                })).orElseThrow(() -> Problem.notFound("no investigation or replay job " + id + " (only the last " + Investigations.KEEP
                        + " investigations and " + CaptureJobs.KEEP + " replays are kept)"));
                WebServlet.json(resp, 200, job);
                return;
            }
            List<Map<String, Object>> items = new ArrayList<>(investigations.list());
            for (Map<String, Object> r : captures.list()) {
                r.put("kind", "replay");
                items.add(r);
            }
            WebServlet.json(resp, 200, Map.of("items", items));
            return;
        }
        only(method, "POST", p, 1);
        String into = req.getParameter("into");
        if (into != null && !"home".equals(into)) {
            throw Problem.badRequest("'into' is 'home' (replay into the home's live state) or absent (an investigation of its own)");
        }
        if (into == null) {
            if (!investigations.available()) {
                upload(req);
                throw Problem.notImplemented("investigations need the standalone hub (./hearthguard), which runs each one in its own analysis process; the upload was discarded");
            }
            WebServlet.json(resp, 202, investigations.submit(req, req.getParameter("name")));
            return;
        }
        ReplayService rs = replays.get();
        if (rs == null) {
            upload(req);
            throw Problem.notImplemented("capture analysis is not installed in this hub (no replay service of the capture bundle); the upload was discarded");
        }
        WebServlet.json(resp, 202, captures.submit(rs, req, req.getParameter("name")));
    }

    private static void only(String method, String allowed, String[] p, int... lengths) {
        if (Arrays.stream(lengths).noneMatch(l -> l == p.length)) {
            throw Problem.notFound("no such route");
        }
        if (!allowed.equals(method)) {
            throw new Problem(405, "method-not-allowed", "Method not allowed", "this route answers " + allowed + " only");
        }
    }

    private static String id(String s) {
        if (!ID.matcher(s).matches()) {
            throw Problem.badRequest("ids are 1 to 128 characters of a-z, 0-9 and '-'");
        }
        return s;
    }

    /** Reads and discards an upload within the limit (used while no analyser is installed). */
    private static void upload(HttpServletRequest req) throws IOException {
        if (Json.copyBody(req, java.io.OutputStream.nullOutputStream(), MAX_UPLOAD) == 0) {
            throw Problem.badRequest("the upload is empty");
        }
    }

    // ------------------------------------------------------------------ notification channels

    /** GET lists, POST adds or changes, DELETE /{id} removes, POST /{id}/test sends a test (docs/web.md). */
    private void channels(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        ConfigurationAdmin cm = configAdmin.get();
        if (p.length == 1 && "GET".equals(method)) {
            WebServlet.json(resp, 200, Map.of("items", channels.list(cm), "configurable", cm != null));
            return;
        }
        if (p.length == 3 && "test".equals(p[2])) {
            only(method, "POST", p, 3);
            WebServlet.json(resp, 200, channels.test(p[1], caller.user()));
            return;
        }
        if (cm == null) {
            throw Problem.notImplemented("channels are configured through ConfigurationAdmin, which is not running in this hub; nothing was changed");
        }
        if (p.length == 1) {
            only(method, "POST", p, 1);
            try {
                WebServlet.json(resp, 200, channels.save(cm, Json.object(req)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Problem(503, "interrupted", "Interrupted", "the hub is stopping");
            }
            return;
        }
        only(method, "DELETE", p, 2);
        if (!channels.remove(cm, p[1])) {
            throw Problem.notFound("no configured channel " + p[1]);
        }
        resp.setStatus(204);
    }

    // ------------------------------------------------------------------ router password, Wi-Fi mode, response

    /** POST {mode}: the household's answer about the Wi-Fi's security mode, scored; only the mode is taken. */
    private Map<String, Object> wifiSecurity(HttpServletRequest req, WebServlet.Caller caller) throws IOException {
        WifiSecurityCheck check = wifi.get();
        if (check == null) {
            throw Problem.notImplemented("the Wi-Fi security answer needs the hygiene bundle, which is not running in this hub");
        }
        JsonNode body = Json.object(req);
        JsonNode mode = body.get("mode");
        if (body.size() != 1 || mode == null || !mode.isTextual()) {
            throw Problem.badRequest("send only 'mode', one of " + WifiSecurityCheck.MODES + " (never the Wi-Fi password)");
        }
        WifiSecurityCheck.Verdict v;
        try {
            v = check.tell(mode.textValue(), (caller.token() ? "api:" : "dashboard:") + caller.user());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", v.mode());
        m.put("points", v.points());
        m.put("severity", v.severity());
        m.put("verdict", v.verdict());
        m.put("action", v.action());
        return m;
    }

    static final String ROUTER_PASSWORD_CHECK = "io.hearthguard.platform.hygiene.RouterPasswordCheck";

    /** POST {password}: the verdict only; the password is neither stored nor logged, its bytes are zeroed after parsing. */
    private Map<String, Object> routerPassword(HttpServletRequest req) throws IOException {
        byte[] raw = Json.body(req, 4096);
        char[] pw = null;
        try {
            Object check = routerCheck.getService();
            if (check == null) {
                throw Problem.notImplemented("the router password check needs the hygiene bundle, which is not running in this hub; the password was not kept");
            }
            JsonNode body = Json.parseObject(raw);
            JsonNode v = body.get("password");
            if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
                throw Problem.badRequest("'password' is required: type the router's password to check it");
            }
            if (v.textValue().length() > RouterPasswordForm.MAX_LENGTH) {
                throw Problem.badRequest("'password' has at most " + RouterPasswordForm.MAX_LENGTH + " characters");
            }
            pw = v.textValue().toCharArray();
            try {
                return RouterPasswordForm.check(check, pw);
            } catch (LinkageError | ClassCastException e) {
                throw Problem.notImplemented("the hygiene bundle was installed after the web bundle; restart the hub to connect them");
            }
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (pw != null) {
                Arrays.fill(pw, '\0');
            }
        }
    }

    private ResponseService responseService() {
        ResponseService r = response.get();
        if (r == null) {
            throw Problem.notImplemented("response (quarantine and blocks on the gateway) is not running in this hub: it works only where the hub "
                    + "runs on the home's gateway and config/io.hearthguard.response.cfg exists (docs/response.md)");
        }
        return r;
    }

    /** GET: actions in force and the audit; POST /{actionId}/undo. */
    private void response(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        if (p.length == 1) {
            only(method, "GET", p, 1);
            ResponseService r = response.get();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("available", r != null);
            List<Map<String, Object>> active = new ArrayList<>();
            List<Map<String, Object>> audit = new ArrayList<>();
            if (r != null) {
                Map<String, String> names = deviceNames();
                for (ResponseAction a : r.active()) {
                    active.add(actionJson(a, names));
                }
                for (AuditEntry e : r.audit(200)) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("time", e.time().toString());
                    x.put("actor", e.actor());
                    x.put("operation", e.operation().name().toLowerCase(Locale.ROOT));
                    x.put("actionId", e.actionId());
                    x.put("summary", e.summary());
                    audit.add(x);
                }
            }
            m.put("active", active);
            m.put("audit", audit);
            WebServlet.json(resp, 200, m);
            return;
        }
        only(method, "POST", p, 3);
        if (!"undo".equals(p[2])) {
            throw Problem.notFound("no response action " + p[2] + "; use undo");
        }
        String id = id(p[1]);
        try {
            ResponseAction a = responseService().undo(id, actor(caller))
                    .orElseThrow(() -> Problem.notFound("no action " + id + " is in force (it may have been undone already)"));
            WebServlet.json(resp, 200, actionJson(a, deviceNames()));
        } catch (ResponseException e) {
            throw new Problem(502, "gateway-refused", "The gateway refused", "the gateway refused to undo it, so it stays in force: " + e.getMessage());
        }
    }

    /** POST /api/devices/{id}/quarantine {reason}: the device may reach only the gateway's DNS and DHCP until undone. */
    private Map<String, Object> quarantine(String deviceId, HttpServletRequest req, WebServlet.Caller caller) throws IOException {
        JsonNode body = Json.object(req);
        String reason = body.hasNonNull("reason") ? Json.text(body, "reason", 300) : "";
        ResponseService r = responseService();
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            throw Problem.notImplemented("device discovery is not running, so the device's addresses are unknown");
        }
        Device d = inv.byId(deviceId).orElseThrow(() -> Problem.notFound("no device " + deviceId));
        try {
            ResponseAction a = r.quarantine(d.macs().isEmpty() ? null : d.macs().get(0), d.ips(), new Origin(actor(caller), reason, null));
            return actionJson(a, deviceNames());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        } catch (ResponseException e) {
            throw new Problem(502, "gateway-refused", "The gateway refused", "the gateway refused the quarantine, nothing changed: " + e.getMessage());
        }
    }

    private static String actor(WebServlet.Caller caller) {
        String a = (caller.token() ? "api:" : "dashboard:") + caller.user();
        return a.substring(0, Math.min(a.length(), FindingAdmin.MAX_ACTOR_LENGTH));
    }

    /** Device names by MAC and by address, for showing actions by the family's names. */
    private Map<String, String> deviceNames() {
        Map<String, String> out = new java.util.HashMap<>();
        DeviceInventory inv = inventory.get();
        if (inv != null) {
            List<Device> all = inv.devices();
            Map<String, String> names = labels.names(all);
            for (Device d : all) {
                String n = names.get(d.id());
                d.macs().forEach(m -> out.put(m.toLowerCase(Locale.ROOT), n));
                d.ips().forEach(ip -> out.putIfAbsent(ip, n));
                out.put("id:" + n, d.id());
            }
        }
        return out;
    }

    private static Map<String, Object> actionJson(ResponseAction a, Map<String, String> names) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        String name = a.mac() != null ? names.get(a.mac()) : a.deviceIps().stream().map(names::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        m.put("deviceName", a.everyDevice() ? null : name != null ? name : a.mac() != null ? a.mac() : String.join(", ", a.deviceIps()));
        m.put("deviceId", name == null ? null : names.get("id:" + name));
        m.put("everyDevice", a.everyDevice());
        m.put("mac", a.mac());
        m.put("deviceIps", a.deviceIps());
        m.put("destinations", a.destinations());
        m.put("domain", a.domain());
        m.put("actor", a.origin().actor());
        m.put("reason", a.origin().reason());
        m.put("findingId", a.origin().findingId());
        m.put("created", a.created().toString());
        return m;
    }

    // ------------------------------------------------------------------ deploy

    /**
     * {@code POST /api/deploy?name=FILE.jar} with the jar as the body: the deploy lifecycle
     * (docs/web.md); 201 installed, 200 updated or unchanged, 422 refused or rolled back, 413
     * too large, 429 over the count limits. {@code GET /api/deploy/audit?limit=N}: the audit log.
     */
    private void deploy(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        DeployService d = deploys.get();
        if (p.length == 2 && "audit".equals(p[1])) {
            only(method, "GET", p, 2);
            int limit = limit(req);
            if (d == null) {
                throw Problem.notImplemented("hot deploy is not installed in this hub (no io.hearthguard.deploy bundle)");
            }
            WebServlet.json(resp, 200, Map.of("items", d.audit(limit).stream().map(Api::attempt).toList()));
            return;
        }
        only(method, "POST", p, 1);
        if (d == null) {
            upload(req);
            throw Problem.notImplemented("hot deploy is not installed in this hub (no io.hearthguard.deploy bundle); the upload was discarded");
        }
        String name = req.getParameter("name");
        if (name == null) {
            throw Problem.badRequest("'name' is the jar's file name, e.g. ?name=acme-camera.jar");
        }
        String via = req.getParameter("via");
        if (via != null && !(DeployService.VIA_CLI.equals(via) && caller.token())) {
            throw Problem.badRequest("'via' is 'cli' (for ./hearthguard deploy, which authenticates with an API token) or absent");
        }
        String who = (caller.token() ? "api:" : "dashboard:") + caller.user();
        DeployAttempt a = d.deploy(name, req.getInputStream(), who, via == null ? DeployService.VIA_REST : via);
        int status = switch (a.verdict()) {
            case INSTALLED -> 201;
            case UPDATED, UNCHANGED, UNINSTALLED -> 200;
            case REFUSED, ROLLED_BACK -> 422;
            case LIMITED -> a.size() > d.maxJarBytes() ? 413 : 429;
        };
        if (status == 413 || status == 429) {
            resp.setHeader("Connection", "close"); // the rest of the body is not read
        }
        WebServlet.json(resp, status, attempt(a));
    }

    static Map<String, Object> attempt(DeployAttempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("at", a.at().toString());
        m.put("who", a.who());
        m.put("via", a.via());
        m.put("fileName", a.fileName());
        m.put("sha256", a.sha256());
        m.put("size", a.size());
        m.put("symbolicName", a.symbolicName());
        m.put("version", a.version());
        m.put("verdict", a.verdict().id());
        m.put("reason", a.reason());
        return m;
    }

    // ------------------------------------------------------------------ skills

    static final String SKILL_ANALYZER = "io.hearthguard.skills.SkillAnalyzer";

    private void skills(String method, String[] p, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (p.length >= 2 && "reports".equals(p[1])) {
            only(method, "GET", p, 2, 3);
            if (p.length == 2) {
                WebServlet.json(resp, 200, Map.of("items", skillUploads.list()));
            } else {
                String id = id(p[2]);
                WebServlet.json(resp, 200, skillUploads.get(id).orElseThrow(() -> Problem.notFound("no skill report " + id + " (only the last "
                        + SkillUploads.KEEP + " uploads are kept, until the hub restarts)")));
            }
            return;
        }
        only(method, "POST", p, 1);
        Object analyzer = skillAnalyzer.getService();
        if (analyzer == null) {
            upload(req);
            throw Problem.notImplemented("skill analysis is not installed in this hub (no io.hearthguard.skills.SkillAnalyzer service); the upload was discarded");
        }
        try {
            WebServlet.json(resp, 200, skillUploads.analyze(analyzer, req, req.getParameter("name")));
        } catch (LinkageError | ClassCastException e) {
            throw Problem.notImplemented("the skills bundle was installed after the web bundle; restart the hub to connect them");
        }
    }

    // ------------------------------------------------------------------ findings

    private void findings(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        if (p.length == 1) {
            only(method, "GET", p, 1);
            FindingFilter f = filter(req);
            List<Map<String, Object>> items = new ArrayList<>();
            for (StoredFinding s : findings.query(f)) {
                items.add(titled(relabel(Views.finding(s, false)), s));
            }
            WebServlet.json(resp, 200, Map.of("items", items));
            return;
        }
        String id = id(p[1]);
        if (p.length == 2) {
            only(method, "GET", p, 2);
            StoredFinding s = findings.get(id).orElseThrow(() -> Problem.notFound("no finding " + id));
            WebServlet.json(resp, 200, detail(s));
            return;
        }
        only(method, "POST", p, 3);
        if (!Set.of("acknowledge", "mute", "resolve", "reopen").contains(p[2])) {
            throw Problem.notFound("no finding action " + p[2] + "; use acknowledge, mute, resolve or reopen");
        }
        FindingAdmin admin = findingAdmin.get();
        if (admin == null) {
            findings.get(id).orElseThrow(() -> Problem.notFound("no finding " + id));
            throw Problem.notImplemented("changing a finding's state needs the FindingAdmin service of the findings bundle, which is not running; the finding was not changed");
        }
        FindingState target = switch (p[2]) {
            case "acknowledge" -> FindingState.ACKNOWLEDGED;
            case "mute" -> FindingState.MUTED;
            case "resolve" -> FindingState.RESOLVED;
            default -> FindingState.OPEN;
        };
        String actor = ((caller.token() ? "api:" : "dashboard:") + caller.user());
        actor = actor.substring(0, Math.min(actor.length(), FindingAdmin.MAX_ACTOR_LENGTH));
        try {
            WebServlet.json(resp, 200, detail(admin.transition(id, target, actor)));
        } catch (java.util.NoSuchElementException e) {
            throw Problem.notFound("no finding " + id);
        } catch (IllegalStateException e) {
            throw new Problem(409, "transition", "This change is not allowed now", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest(e.getMessage());
        }
    }

    /** A finding with its household explanation and the actions its state allows. */
    private Map<String, Object> detail(StoredFinding s) {
        Map<String, Object> m = relabel(Views.finding(s, true));
        var d = s.finding().device();
        String name = d == null ? null : labels.of(d.id()).map(DeviceLabels.Label::name).orElse(d.name() != null ? d.name() : d.ip() != null ? d.ip() : d.mac());
        m.put("explanation", Explanations.of(s.finding().rule(), s.finding().category(), name));
        m.put("actions", actions(s.state()));
        return m;
    }

    /** The transitions FindingAdmin allows from a state (acknowledge from open; mute from open or acknowledged; ...). */
    static List<String> actions(FindingState state) {
        return switch (state) {
            case OPEN -> List.of("acknowledge", "mute", "resolve");
            case ACKNOWLEDGED -> List.of("mute", "resolve", "reopen");
            case MUTED -> List.of("reopen", "resolve");
            case RESOLVED -> List.of("reopen");
        };
    }

    /**
     * Allow rules ("this is normal for this device"): GET lists, POST {finding, destination?}
     * makes one from a finding, DELETE /{id} removes it. docs/web.md.
     */
    private void allowRules(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        if (p.length == 1 && "GET".equals(method)) {
            Map<String, String> names = deviceNamesById();
            List<Map<String, Object>> items = new ArrayList<>();
            for (AllowRules.Rule r : allow.list()) {
                Map<String, Object> m = r.json();
                m.put("deviceName", names.getOrDefault(r.device(), r.device()));
                m.put("title", Explanations.of(r.rule(), "", null).get("title"));
                items.add(m);
            }
            WebServlet.json(resp, 200, Map.of("items", items));
            return;
        }
        FindingAdmin admin = findingAdmin.get();
        if (admin == null) {
            throw Problem.notImplemented("allow rules need the FindingAdmin service of the findings bundle, which is not running; nothing was changed");
        }
        String actor = actor(caller);
        if (p.length == 1) {
            only(method, "POST", p, 1);
            JsonNode body = Json.object(req);
            String fid = id(Json.text(body, "finding", 128));
            StoredFinding s = findings.get(fid).orElseThrow(() -> Problem.notFound("no finding " + fid));
            var f = s.finding();
            if (f.device() == null || f.device().id() == null) {
                throw Problem.badRequest("this finding is about the whole home, not one device; an allow rule needs a device");
            }
            String destination = AllowRules.checkDestination(optional(body, "destination", 253));
            if (destination != null && !AllowRules.destinations(f).contains(destination)) {
                throw Problem.badRequest("'destination' must be one the finding names (" + String.join(", ", AllowRules.destinations(f).stream().limit(8).toList()) + ")");
            }
            String title = String.valueOf(Explanations.of(f.rule(), f.category(), null).get("title"));
            String reason = "This is normal for this device" + (destination == null ? "" : " when it talks to " + destination) + ": " + title;
            reason = reason.length() > 200 ? reason.substring(0, 200) : reason;
            String mute = null;
            if (destination == null) {
                try {
                    mute = admin.addMuteRule(f.device().id(), f.rule(), reason, actor).id();
                } catch (IllegalArgumentException e) {
                    throw Problem.badRequest(e.getMessage());
                }
            }
            AllowRules.Rule r = allow.add(f.device().id(), f.rule(), destination, mute, reason, actor);
            int muted = 0;
            for (StoredFinding x : findings.query(FindingFilter.all().withDevice(f.device().id()).withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED)))) {
                if (r.matches(x.finding())) {
                    admin.transition(x.id(), FindingState.MUTED, "allow:" + r.id());
                    muted++;
                }
            }
            Map<String, Object> m = r.json();
            m.put("mutedNow", muted);
            WebServlet.json(resp, 201, m);
            return;
        }
        only(method, "DELETE", p, 2);
        String id = p[1];
        if (!id.matches("a-[a-z0-9-]{1,64}")) {
            throw Problem.badRequest("allow rule ids look like a-…");
        }
        AllowRules.Rule r = allow.remove(id).orElseThrow(() -> Problem.notFound("no allow rule " + id));
        if (r.muteRule() != null) {
            admin.removeMuteRule(r.muteRule(), actor); // false when removed in Mute rules already
        }
        resp.setStatus(204);
    }

    /**
     * A finding that arrives or comes back open and matches an allow rule is muted (called
     * for every finding event; never throws).
     */
    void applyAllowRules(String findingId) {
        FindingAdmin admin = findingAdmin.get();
        if (admin == null) {
            return;
        }
        try {
            findings.get(findingId).filter(s -> s.state() == FindingState.OPEN || s.state() == FindingState.ACKNOWLEDGED)
                    .ifPresent(s -> allow.matching(s.finding()).ifPresent(r -> admin.transition(findingId, FindingState.MUTED, "allow:" + r.id())));
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(Api.class.getName()).log(java.util.logging.Level.WARNING, "allow rule not applied to " + findingId + ": " + e.getMessage());
        }
    }

    /**
     * Forget: the family's name, room and type and the allow rules go, and discovery drops the
     * device from its inventory (through {@link DeviceAdmin}): seen again, it is a new device.
     * An inventory that cannot forget (another bundle's, or discovery missing) gets the device
     * hidden here until it is seen again.
     */
    private void forget(String id, WebServlet.Caller caller) {
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            throw Problem.notImplemented("device discovery is not running in this hub, so there is no device to forget");
        }
        inv.byId(id).orElseThrow(() -> Problem.notFound("no device " + id));
        FindingAdmin admin = findingAdmin.get();
        for (AllowRules.Rule r : allow.ofDevice(id)) {
            allow.remove(r.id());
            if (admin != null && r.muteRule() != null) {
                admin.removeMuteRule(r.muteRule(), actor(caller));
            }
        }
        DeviceAdmin devices = deviceAdmin.get();
        boolean dropped = devices != null && devices.forget(id);
        labels.forget(id, Instant.now(), !dropped);
    }

    private Map<String, String> deviceNamesById() {
        DeviceInventory inv = inventory.get();
        return inv == null ? Map.of() : labels.names(inv.devices());
    }

    /** Mute rules: GET lists, POST adds ({device} and/or {rule}, reason), DELETE /{id} removes. */
    private void muteRules(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        FindingAdmin admin = findingAdmin.get();
        if (p.length == 1 && "GET".equals(method)) {
            if (admin == null) {
                throw Problem.notImplemented("mute rules need the FindingAdmin service of the findings bundle, which is not running");
            }
            WebServlet.json(resp, 200, Map.of("items", admin.muteRules().stream().map(Api::muteJson).toList()));
            return;
        }
        String actor = ((caller.token() ? "api:" : "dashboard:") + caller.user());
        actor = actor.substring(0, Math.min(actor.length(), FindingAdmin.MAX_ACTOR_LENGTH));
        if (p.length == 1) {
            only(method, "POST", p, 1);
            JsonNode body = Json.object(req);
            String device = optional(body, "device", 128);
            String rule = optional(body, "rule", 128);
            String reason = body.has("reason") ? Json.text(body, "reason", 200) : "";
            if (device == null && rule == null) {
                throw Problem.badRequest("a mute rule needs 'device', 'rule' or both");
            }
            if (device != null) {
                id(device);
            }
            if (admin == null) {
                throw Problem.notImplemented("mute rules need the FindingAdmin service of the findings bundle, which is not running; nothing was muted");
            }
            try {
                WebServlet.json(resp, 201, muteJson(admin.addMuteRule(device, rule, reason, actor)));
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest(e.getMessage());
            }
            return;
        }
        only(method, "DELETE", p, 2);
        String id = p[1];
        if (!id.matches("m-[a-z0-9-]{1,64}")) {
            throw Problem.badRequest("mute rule ids look like m-…");
        }
        if (admin == null) {
            throw Problem.notImplemented("mute rules need the FindingAdmin service of the findings bundle, which is not running");
        }
        if (!admin.removeMuteRule(id, actor)) {
            throw Problem.notFound("no mute rule " + id);
        }
        resp.setStatus(204);
    }

    /** @return a text field when present and not null, else null */
    static String optional(JsonNode body, String field, int max) {
        return body.hasNonNull(field) ? Json.text(body, field, max) : null;
    }

    private static Map<String, Object> muteJson(io.hearthguard.platform.findings.MuteRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("device", r.deviceId());
        m.put("rule", r.rule());
        m.put("reason", r.reason());
        m.put("createdBy", r.createdBy());
        m.put("created", r.created().toString());
        return m;
    }

    /** @return the {@code limit} parameter (1 to 1,000), {@link #DEFAULT_LIMIT} when absent */
    static int limit(HttpServletRequest req) {
        int limit = DEFAULT_LIMIT;
        String l = req.getParameter("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 1000) {
                throw Problem.badRequest("'limit' must be a number from 1 to 1000");
            }
        }
        return limit;
    }

    static FindingFilter filter(HttpServletRequest req) {
        int limit = limit(req);
        Severity min = null;
        String sev = req.getParameter("severity");
        if (sev != null) {
            try {
                min = Severity.fromId(sev);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("'severity': " + e.getMessage());
            }
        }
        Set<FindingState> states = null;
        String st = req.getParameter("state");
        if (st != null) {
            states = EnumSet.noneOf(FindingState.class);
            for (String s : st.split(",", 10)) {
                try {
                    states.add(FindingState.valueOf(s.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw Problem.badRequest("'state' must list open, acknowledged, muted or resolved, separated by commas");
                }
            }
        }
        Set<String> categories = null;
        String cat = req.getParameter("category");
        if (cat != null) {
            categories = new LinkedHashSet<>(List.of(cat.split(",", 20)));
            if (categories.stream().anyMatch(c -> c.length() > 64)) {
                throw Problem.badRequest("'category' names have at most 64 characters");
            }
        }
        Instant since = null;
        String si = req.getParameter("since");
        if (si != null) {
            try {
                since = Instant.parse(si);
            } catch (DateTimeParseException e) {
                throw Problem.badRequest("'since' must be an ISO-8601 instant like 2026-11-25T10:00:00Z");
            }
        }
        String device = req.getParameter("device");
        if (device != null) {
            id(device);
        }
        return new FindingFilter(device, categories, min, states, since, limit);
    }

    /** @return the SSE event for a finding event, when the finding still exists */
    Optional<Map<String, Object>> findingEvent(String id, String change) {
        return findings.get(id).map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("change", change);
            m.put("finding", titled(relabel(Views.finding(s, false)), s));
            return m;
        });
    }

    // ------------------------------------------------------------------ devices and summary

    /** A finding's device shown by the family's name for it, when it has one. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> relabel(Map<String, Object> finding) {
        Object dev = finding.get("device");
        if (dev instanceof Map<?, ?> dm && dm.get("id") instanceof String id) {
            labels.of(id).map(DeviceLabels.Label::name).ifPresent(n -> ((Map<String, Object>) dm).put("name", n));
        }
        return finding;
    }

    /** Adds the household title of the finding's kind (the list shows it and searches it). */
    private static Map<String, Object> titled(Map<String, Object> m, StoredFinding s) {
        m.put("title", Explanations.of(s.finding().rule(), s.finding().category(), null).get("title"));
        return m;
    }

    private DeviceType typeOf(Device d) {
        return labels.of(d.id()).map(DeviceLabels.Label::type).orElse(d.type());
    }

    /** A device as the family knows it: its own name (or a unique default one), its room, its corrected type. */
    private Map<String, Object> deviceView(Device d, Map<String, String> names) {
        Map<String, Object> m = Views.device(d, Instant.now());
        m.put("name", names.getOrDefault(d.id(), d.displayName()));
        m.put("discoveredName", d.displayName());
        m.put("type", typeOf(d).id());
        m.put("discoveredType", d.type().id());
        var l = labels.of(d.id());
        m.put("room", l.map(DeviceLabels.Label::room).orElse(null));
        m.put("namedByYou", l.map(DeviceLabels.Label::name).isPresent());
        m.put("typeSetByYou", l.map(DeviceLabels.Label::type).isPresent());
        return m;
    }

    /** POST /api/devices/{id}/label {name, room, type}: empty or missing values clear that part. */
    private Map<String, Object> label(String id, HttpServletRequest req, WebServlet.Caller caller) throws IOException {
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            throw Problem.notImplemented("device discovery is not running in this hub, so devices cannot be named");
        }
        JsonNode body = Json.object(req);
        inv.byId(id).orElseThrow(() -> Problem.notFound("no device " + id));
        String name = DeviceLabels.clean("name", optional(body, "name", DeviceLabels.MAX_NAME * 4), DeviceLabels.MAX_NAME);
        String room = DeviceLabels.clean("room", optional(body, "room", DeviceLabels.MAX_ROOM * 4), DeviceLabels.MAX_ROOM);
        DeviceType type = DeviceLabels.parseType(optional(body, "type", 32));
        labels.set(id, name, room, type, (caller.token() ? "api:" : "dashboard:") + caller.user());
        return device(id);
    }

    private Map<String, Object> devices() {
        DeviceInventory inv = inventory.get();
        List<Map<String, Object>> items = new ArrayList<>();
        if (inv != null) {
            List<Device> all = inv.devices().stream().filter(d -> !labels.hidden(d)).toList();
            Map<String, String> names = labels.names(all);
            for (Device d : all) {
                items.add(deviceView(d, names));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("available", inv != null);
        m.put("items", items);
        return m;
    }

    private Map<String, Object> device(String id) {
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            throw Problem.notImplemented("device discovery is not running in this hub, so no device details are known");
        }
        Device d = inv.byId(id).orElseThrow(() -> Problem.notFound("no device " + id));
        Map<String, Object> m = deviceView(d, labels.names(inv.devices()));
        List<Map<String, Object>> evidence = Views.evidence(d.evidence());
        labels.of(id).filter(l -> l.type() != null).ifPresent(l -> {
            Map<String, Object> you = new LinkedHashMap<>();
            you.put("source", "you");
            you.put("attribute", "type");
            you.put("value", l.type().name());
            you.put("detail", "set by you (" + l.by() + "); the strongest evidence, shown over what discovery found (" + d.type().id() + ")");
            you.put("weight", 1.0);
            you.put("seen", l.updated().toString());
            evidence.add(0, you);
        });
        m.put("evidence", evidence);
        m.put("traffic", Views.traffic(d.macs().isEmpty() ? List.of() : meters.of(d.macs().get(0))));
        List<Map<String, Object>> open = new ArrayList<>();
        for (StoredFinding s : findings.query(FindingFilter.all().withDevice(id).withStates(Set.of(FindingState.OPEN)))) {
            // a speaker's session records are shown under "When it listened", not as open findings on the chart
            if (open.size() < 50 && !VoiceSessions.RULE.equals(s.finding().rule())) {
                Map<String, Object> v = titled(relabel(Views.finding(s, false)), s);
                v.put("start", s.finding().start().toString()); // the chart marks it at its own time
                open.add(v);
            }
        }
        m.put("openFindings", open);
        // what it runs, where that was read, and the advisory that matches (hygiene findings, open or acknowledged)
        m.put("software", SoftwareView.of(d, findings.query(FindingFilter.all().withDevice(id).withCategories(Set.of(Categories.HYGIENE))
                .withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED)))));
        return m;
    }

    /** A speaker's listening sessions (the eavesdrop protection's records, read through FindingService). */
    private Map<String, Object> voiceSessions(String id) {
        DeviceInventory inv = inventory.get();
        if (inv == null) {
            throw Problem.notImplemented("device discovery is not running in this hub, so no device details are known");
        }
        Device d = inv.byId(id).orElseThrow(() -> Problem.notFound("no device " + id));
        Map<String, Object> m = VoiceSessions.of(findings.query(FindingFilter.all().withDevice(d.id()).withCategories(Set.of(Categories.EAVESDROP))));
        m.put("device", d.id());
        return m;
    }

    /** The home score with its history and the reasons of its last change (the hygiene bundle's {@link HomeScoreService}). */
    private Map<String, Object> score() {
        HomeScoreService s = scores.get();
        if (s == null) {
            throw Problem.notImplemented("the home score needs the hygiene bundle, which is not running in this hub");
        }
        var now = s.score(); // first: reading the score records a change in its history
        List<StoredFinding> hygiene = findings.query(FindingFilter.all().withCategories(Set.of(Categories.HYGIENE)));
        return ScoreView.of(now, s.history(), hygiene, deviceNamesById());
    }

    private Map<String, Object> summary() {
        DeviceInventory inv = inventory.get();
        Map<String, Integer> byType = new TreeMap<>();
        List<Device> devices = inv == null ? List.of() : inv.devices().stream().filter(d -> !labels.hidden(d)).toList();
        for (Device d : devices) {
            byType.merge(typeOf(d).id(), 1, Integer::sum);
        }
        Map<String, String> names = labels.names(devices);
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.id(), 0);
        }
        Map<String, Integer> openByDevice = new LinkedHashMap<>();
        Map<String, StoredFinding> worstByDevice = new LinkedHashMap<>();
        List<StoredFinding> open = findings.query(FindingFilter.all().withStates(Set.of(FindingState.OPEN)));
        for (StoredFinding s : open) {
            if (VoiceSessions.RULE.equals(s.finding().rule())) {
                continue; // a speaker's session records (its page lists them), not something to look at
            }
            bySeverity.merge(s.finding().severity().id(), 1, Integer::sum);
            if (s.finding().device() != null && s.finding().device().id() != null) {
                openByDevice.merge(s.finding().device().id(), 1, Integer::sum);
                worstByDevice.merge(s.finding().device().id(), s, (a, b) -> b.finding().severity().compareTo(a.finding().severity()) > 0 ? b : a);
            }
        }
        List<Map<String, Object>> speakers = new ArrayList<>();
        for (Device d : devices) {
            if (typeOf(d) == DeviceType.SMART_SPEAKER) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("name", names.get(d.id()));
                m.put("room", labels.of(d.id()).map(DeviceLabels.Label::room).orElse(null));
                StoredFinding worst = worstByDevice.get(d.id());
                if (worst != null) {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("id", worst.id());
                    w.put("severity", worst.finding().severity().id());
                    w.put("title", Explanations.of(worst.finding().rule(), worst.finding().category(), names.get(d.id())).get("title"));
                    m.put("worstFinding", w);
                }
                m.put("vendor", d.vendor().orElse(null));
                m.put("online", Views.onlineNow(d, Instant.now()));
                m.put("openFindings", openByDevice.getOrDefault(d.id(), 0));
                speakers.add(m);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inventoryAvailable", inv != null);
        m.put("devices", devices.size());
        m.put("devicesByType", byType);
        m.put("openFindings", bySeverity.values().stream().mapToInt(Integer::intValue).sum());
        m.put("openFindingsBySeverity", bySeverity);
        m.put("speakers", speakers);
        return m;
    }

    // ------------------------------------------------------------------ protections, settings, account

    private List<Map<String, Object>> protections() {
        List<Map<String, Object>> out = new ArrayList<>();
        ServiceReference<?>[] refs;
        try {
            refs = context.getAllServiceReferences(DeviceProtection.class.getName(), null);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceReference<?> r : refs == null ? new ServiceReference<?>[0] : refs) {
            Bundle b = r.getBundle();
            if (b == null) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("bundle", b.getSymbolicName());
            m.put("version", b.getVersion().toString());
            m.put("state", b.getState() == Bundle.ACTIVE ? "active" : "stopping");
            m.put("component", r.getProperty("component.name"));
            m.put("vendor", r.getProperty(ProtectionService.PROP_VENDOR));
            m.put("deviceTypes", r.getProperty(ProtectionService.PROP_DEVICE_TYPES));
            m.put("streams", r.getProperty(ProtectionService.PROP_STREAMS));
            ProtectionStatusService status = protectionStatus.get();
            if (status != null && r.getProperty(Constants.SERVICE_ID) instanceof Long id) {
                status.byServiceId(id).ifPresent(st -> {
                    if (st.state() == ProtectionStatus.State.QUARANTINED) {
                        m.put("state", st.state().id()); // the host's verdict wins over the bundle's state
                        m.put("reason", st.reason());
                    }
                    m.put("queued", st.queued());
                    m.put("eventsHandled", st.eventsHandled());
                    m.put("eventsDropped", st.dropped());
                    m.put("failures", st.failures());
                    m.put("findings", st.findings());
                    m.put("costNanosPerEvent", st.costNanosPerEvent());
                });
            }
            out.add(m);
        }
        out.sort((a, c) -> String.valueOf(a.get("bundle")).compareTo(String.valueOf(c.get("bundle"))));
        return out;
    }

    private Map<String, Object> settings(WebServlet.Caller caller) {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("deviceInventory", inventory.get() != null);
        features.put("findingLifecycle", findingAdmin.get() != null);
        features.put("skillAnalysis", skillAnalyzer.getService() != null);
        features.put("captureAnalysis", replays.get() != null);
        features.put("tls", false);
        features.put("routerPasswordCheck", routerCheck.getService() != null);
        features.put("wifiSecurity", wifi.get() != null);
        features.put("response", response.get() != null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", caller.user());
        m.put("httpUrl", context.getProperty("hearthguard.http.url"));
        m.put("hubVersion", context.getBundle().getVersion().toString());
        m.put("sessionIdleMinutes", Sessions.IDLE_MINUTES);
        m.put("maxUploadBytes", MAX_UPLOAD);
        m.put("features", features);
        return m;
    }

    private void changePassword(HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        if (caller.token()) {
            throw Problem.forbidden("session-required", "passwords can only be changed from a logged-in browser session, not with an API token");
        }
        JsonNode body = Json.object(req);
        String current = Json.text(body, "currentPassword", Passwords.MAX_LENGTH);
        String next = Json.text(body, "newPassword", Passwords.MAX_LENGTH);
        if (!Passwords.verify(current, accounts.passwordHash(caller.user()).orElse(""))) {
            throw Problem.forbidden("wrong-password", "the current password is wrong");
        }
        Passwords.checkPolicy(next);
        accounts.setPassword(caller.user(), Passwords.hash(next));
        // a new password ends everything the old one opened: other sessions and the user's API tokens
        sessions.removeUser(caller.user(), caller.cookie());
        accounts.deleteTokens(caller.user());
        resp.setStatus(204);
    }

    private void tokens(String method, String[] p, HttpServletRequest req, HttpServletResponse resp, WebServlet.Caller caller) throws IOException {
        if (p.length == 1 && "GET".equals(method)) {
            WebServlet.json(resp, 200, Map.of("items", accounts.tokens().stream().map(Accounts::json).toList()));
            return;
        }
        if (p.length == 1) {
            only(method, "POST", p, 1);
            if (caller.token()) {
                throw Problem.forbidden("session-required", "API tokens can only be created from a logged-in browser session");
            }
            JsonNode body = Json.object(req);
            var created = accounts.createToken(caller.user(), Json.text(body, "name", 64));
            Map<String, Object> m = Accounts.json(created.getValue());
            m.put("token", created.getKey());
            WebServlet.json(resp, 201, m);
            return;
        }
        only(method, "DELETE", p, 2);
        if (!accounts.deleteToken(id(p[1]))) {
            throw Problem.notFound("no API token " + p[1]);
        }
        resp.setStatus(204);
    }
}
