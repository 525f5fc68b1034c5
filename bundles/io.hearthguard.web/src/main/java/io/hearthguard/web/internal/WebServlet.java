package io.hearthguard.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.response.ResponseService;
import io.hearthguard.api.score.HomeScoreService;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.platform.device.DeviceAdmin;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.replay.ReplayService;
import io.hearthguard.platform.store.Store;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Everything under {@code /}: the dashboard's static files and the JSON API under
 * {@code /api} (except {@code /api/health}, served by the health bundle). Decides who the
 * caller is (session cookie or API token), enforces CSRF and Origin on state-changing
 * requests, and turns every error into {@code application/problem+json}.
 */
@Component(service = { Servlet.class, EventHandler.class }, property = "event.topics=" + FindingEvents.TOPIC_PREFIX + "*")
@HttpWhiteboardServletPattern("/*")
public final class WebServlet extends HttpServlet implements EventHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(WebServlet.class.getName());
    static final String COOKIE = "hg_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final transient BundleContext context;
    private final transient Accounts accounts;
    private final transient Sessions sessions = new Sessions(Clock.systemUTC());
    private final transient Throttle throttle = new Throttle(Clock.systemUTC());
    private final transient RecoveryCode recovery = new RecoveryCode(System::nanoTime, System.out);
    private final transient CaptureJobs captures;
    private final transient Investigations investigations;
    private final transient MeterHistory meters;
    private final transient EventFeed feed = new EventFeed();
    private final transient Api api;
    private final transient ServiceRegistration<TrafficObserver> meterRegistration;
    private final transient ServiceRegistration<AllowList> allowRegistration;
    private final transient ServiceTracker<Object, Object> skillAnalyzer;
    private final transient ServiceTracker<Object, Object> routerCheck;
    /** Null once an administrator exists. */
    private transient volatile String setupCode;

    /** Discovery's inventory when installed; the highest-ranked one wins (greedy). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile DeviceInventory inventory;

    /** Acknowledge, mute, resolve, reopen; the routes answer 501 while it is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile FindingAdmin findingAdmin;

    /** Quarantines and blocks on the gateway; only where response is configured (docs/response.md). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ResponseService response;

    /** Notification channels are configured through it (Settings); optional so the API works without ConfigAdmin. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigurationAdmin configAdmin;

    /** The capture bundle's replays of uploads into the home; the route answers 501 while it is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ReplayService replays;

    /** The deploy lifecycle for {@code /api/deploy}; the routes answer 501 while it is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile DeployService deployService;

    /** The protection host's account of its protections (quarantine, queue, cost) for {@code /api/protections}. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ProtectionStatusService protectionStatus;

    /** The home score (the hygiene bundle); {@code /api/score} answers 501 while it is missing. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile HomeScoreService scores;

    /** Discovery's side of "Forget it": without it a forgotten device is only hidden. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile DeviceAdmin deviceAdmin;

    /** The hygiene bundle's Wi-Fi security answer (the router form's mode); without it the route answers 501. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile io.hearthguard.platform.hygiene.WifiSecurityCheck wifiSecurity;

    @Activate
    public WebServlet(BundleContext context, @Reference Store store, @Reference FindingService findings) {
        this.context = context;
        this.accounts = new Accounts(store);
        // by interface name: the skills package is an optional import, linked only when used
        this.skillAnalyzer = new ServiceTracker<>(context, Api.SKILL_ANALYZER, null);
        this.skillAnalyzer.open();
        this.routerCheck = new ServiceTracker<>(context, Api.ROUTER_PASSWORD_CHECK, null);
        this.routerCheck.open();
        Path data = Launch.dataDirectory(context::getProperty);
        this.captures = new CaptureJobs(data);
        this.investigations = new Investigations(data, Investigations.launcherCommand());
        this.meters = new MeterHistory(captures);
        AllowRules allowRules = new AllowRules(store);
        this.api = new Api(context, findings, () -> inventory, meters, accounts, sessions, skillAnalyzer, new SkillUploads(data),
                () -> replays, () -> configAdmin, captures, investigations, new DeviceLabels(store), () -> findingAdmin,
                () -> response, routerCheck, allowRules, () -> protectionStatus,
                () -> deployService, () -> scores, () -> deviceAdmin, () -> wifiSecurity);
        // the protections read the family's allow rules through the platform contract (and stop raising what is normal)
        this.allowRegistration = context.registerService(AllowList.class, allowRules, null);
        Hashtable<String, Object> p = new Hashtable<>();
        p.put(TrafficObserver.PROP_STREAMS, TrafficObserver.STREAM_METER);
        this.meterRegistration = context.registerService(TrafficObserver.class, meters, p);
        if (!accounts.hasUsers()) {
            setupCode = Passwords.setupCode();
            String url = Optional.ofNullable(context.getProperty("hearthguard.http.url")).orElseGet(() -> endpoint(context));
            // The code goes to the console only, never to the log files (they outlive it and may be readable by others).
            LOG.info("First-run setup: no administrator exists yet; the one-time setup code is printed on the hub's console (not in this log)");
            System.out.println("First-run setup: no administrator exists yet. Open " + url + "#/setup?code=" + setupCode
                    + " or enter the one-time setup code " + setupCode + " at " + url + "#/setup (a new code is printed at each start until setup is done)");
            System.out.flush();
        }
    }

    /**
     * The address the HTTP whiteboard says it serves ({@code osgi.http.endpoint} of its
     * runtime service): right in Karaf or openHAB, where the launcher's URL property is not
     * set and the port comes from the HTTP service's own configuration.
     */
    static String endpoint(BundleContext context) {
        try {
            org.osgi.framework.ServiceReference<?>[] refs = context.getServiceReferences("org.osgi.service.servlet.runtime.HttpServiceRuntime", null);
            if (refs != null) {
                for (org.osgi.framework.ServiceReference<?> r : refs) {
                    Object e = r.getProperty("osgi.http.endpoint");
                    String first = e instanceof String[] a && a.length > 0 ? a[0] : e instanceof java.util.Collection<?> c && !c.isEmpty()
                            ? String.valueOf(c.iterator().next()) : e instanceof String x ? x : null;
                    if (first != null && first.startsWith("http")) {
                        return first.endsWith("/") ? first : first + "/";
                    }
                }
            }
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            // no filter given: cannot happen
        }
        return "the hub's address (port set in the HTTP service's configuration) ";
    }

    @Deactivate
    void deactivate() {
        feed.close();
        investigations.close();
        skillAnalyzer.close();
        routerCheck.close();
        for (ServiceRegistration<?> r : List.of(meterRegistration, allowRegistration)) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }

    @Override
    public void handleEvent(Event event) {
        Object id = event.getProperty(FindingEvents.PROP_FINDING_ID);
        if (id instanceof String s) {
            String topic = event.getTopic().substring(FindingEvents.TOPIC_PREFIX.length()).toLowerCase(Locale.ROOT);
            api.applyAllowRules(s);
            api.findingEvent(s, topic).ifPresent(feed::publish);
        }
    }

    /** Who is calling; null user when nobody is logged in. */
    record Caller(String user, String cookie, Sessions.Session session, boolean token) {
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        try {
            if (path.contains("..") || path.contains("//") || path.contains("\\") || path.contains("%")) {
                throw Problem.badRequest("the path contains '..', '//', '\\' or escapes, which are never valid here");
            }
            if (path.equals("/api") || path.startsWith("/api/")) {
                resp.setHeader("Cache-Control", "no-store");
                api(req, resp, path.substring(4));
            } else if (!staticFile(req, resp, path)) {
                // only the dashboard's own files are public; anything else is 401 until logged in
                if (caller(req).user() == null) {
                    throw Problem.unauthorized("log in first");
                }
                throw Problem.notFound("no page at " + path + "; the dashboard lives at /");
            }
        } catch (Problem p) {
            problem(req, resp, p, path);
        } catch (RuntimeException e) {
            if (ClientAborts.clientGone(e)) {
                throw e; // the client hung up: HardeningFilter sums these up without stack traces
            }
            LOG.log(Level.WARNING, "request " + req.getMethod() + " " + path + " failed", e);
            problem(req, resp, new Problem(500, "internal", "Internal error", "the hub could not complete the request; see the hub log"), path);
        }
    }

    static void problem(HttpServletRequest req, HttpServletResponse resp, Problem p, String instance) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        if (req.getContentLengthLong() != 0 && p.status >= 400) {
            // the body may be unread: tell the client this connection cannot carry another request
            resp.setHeader("Connection", "close");
        }
        resp.resetBuffer(); // keeps the security headers the filter set
        resp.setHeader("Set-Cookie", null);
        resp.setStatus(p.status);
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (p.status == 401) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"hearthguard\"");
        }
        if (p.retryAfter > 0) {
            resp.setHeader("Retry-After", Long.toString(p.retryAfter));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "https://hearthguard.invalid/problems/" + p.type);
        m.put("title", p.title);
        m.put("status", p.status);
        m.put("detail", p.getMessage());
        m.put("instance", instance.length() > 200 ? instance.substring(0, 200) : instance);
        Json.MAPPER.writeValue(resp.getOutputStream(), m);
    }

    // ------------------------------------------------------------------ static files

    /** @return false when there is no such file */
    private boolean staticFile(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            throw new Problem(405, "method-not-allowed", "Method not allowed", "static files answer GET and HEAD only");
        }
        String name = path.equals("/") ? "index.html" : path.substring(1);
        URL url = name.matches("[a-z0-9-]{1,40}\\.(html|js|css|svg|png|ico)") ? context.getBundle().getEntry("static/" + name) : null;
        if (url == null) {
            return false;
        }
        resp.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        resp.setHeader("Cache-Control", "no-cache");
        try (InputStream in = url.openStream(); OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
        return true;
    }

    // ------------------------------------------------------------------ API

    private Caller caller(HttpServletRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth != null) {
            if (!auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Problem.unauthorized("only 'Authorization: Bearer <API token>' is accepted");
            }
            String user = accounts.tokenUser(auth.substring(7).trim())
                    .orElseThrow(() -> Problem.unauthorized("the API token is not valid (it may have been deleted)"));
            return new Caller(user, null, null, true);
        }
        String cookie = cookie(req);
        Optional<Sessions.Session> s = sessions.get(cookie);
        return s.map(x -> new Caller(x.user(), cookie, x, false)).orElse(new Caller(null, cookie, null, false));
    }

    private static String cookie(HttpServletRequest req) {
        Cookie[] cs = req.getCookies();
        if (cs != null) {
            for (Cookie c : cs) {
                if (COOKIE.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Rejects cross-site requests: Origin (or, lacking it, Referer) must be this hub's own origin. */
    static void checkOrigin(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host == null) {
            throw Problem.forbidden("origin", "the request has no Host header");
        }
        String self = (req.isSecure() ? "https://" : "http://") + host.toLowerCase(Locale.ROOT);
        String origin = req.getHeader("Origin");
        if (origin != null) {
            if (!origin.toLowerCase(Locale.ROOT).equals(self)) {
                throw Problem.forbidden("origin", "cross-origin request refused: Origin " + shorten(origin) + " is not " + self);
            }
            return;
        }
        String referer = req.getHeader("Referer");
        if (referer != null && (referer.toLowerCase(Locale.ROOT) + "/").startsWith(self + "/")) {
            return;
        }
        throw Problem.forbidden("origin", "state-changing requests must carry an Origin header of " + self
                + " (browsers do this; integrations should use an API token instead)");
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    private static boolean changesState(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private void api(HttpServletRequest req, HttpServletResponse resp, String route) throws IOException {
        String method = req.getMethod();
        Caller caller = caller(req);
        String ip = req.getRemoteAddr();
        // --- public routes: state, setup, login
        if (route.equals("/auth/state") && "GET".equals(method)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("setupRequired", setupCode != null);
            m.put("authenticated", caller.user() != null);
            m.put("user", caller.user());
            if (caller.session() != null) {
                m.put("csrfToken", caller.session().csrf());
            }
            json(resp, 200, m);
            return;
        }
        if (route.equals("/setup") && "POST".equals(method)) {
            checkOrigin(req);
            setup(req, resp, ip);
            return;
        }
        if (route.equals("/login") && "POST".equals(method)) {
            checkOrigin(req);
            login(req, resp, ip);
            return;
        }
        // --- everything else needs a user
        if (caller.user() == null) {
            throw Problem.unauthorized(setupCode != null
                    ? "no administrator exists yet: finish setup with the one-time code printed on the hub's console"
                    : "log in first (or send an API token as 'Authorization: Bearer …')");
        }
        if (changesState(method) && !caller.token()) {
            checkOrigin(req);
            if (!Passwords.same(req.getHeader(CSRF_HEADER), caller.session().csrf())) {
                throw Problem.forbidden("csrf", "missing or wrong " + CSRF_HEADER + " header; reload the page to get a fresh token");
            }
        }
        if (route.equals("/logout") && "POST".equals(method)) {
            sessions.remove(caller.cookie());
            resp.addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (req.isSecure() ? "; Secure" : ""));
            resp.setStatus(204);
            return;
        }
        if (route.equals("/events") && "GET".equals(method)) {
            feed.stream(req, resp, () -> caller.token() || sessions.alive(caller.cookie()));
            return;
        }
        api.handle(method, route, req, resp, caller);
    }

    private void setup(HttpServletRequest req, HttpServletResponse resp, String ip) throws IOException {
        String code = setupCode;
        if (code == null) {
            throw new Problem(409, "setup-done", "Setup is already done", "an administrator exists; log in instead");
        }
        throttled("setup", "ip:" + ip);
        JsonNode body = Json.object(req);
        String given = Json.text(body, "code", 64).trim().toUpperCase(Locale.ROOT);
        // counted before the comparison: parallel guesses get no more than the budget
        reserve("setup", "ip:" + ip);
        if (!Passwords.same(given, code)) {
            throttle.failed("ip:" + ip);
            throw Problem.forbidden("setup-code", "the setup code is wrong; copy it from the hub's console output");
        }
        throttle.success("ip:" + ip);
        String user = Json.text(body, "username", 64);
        Accounts.checkUserName(user);
        String password = Json.text(body, "password", Passwords.MAX_LENGTH);
        Passwords.checkPolicy(password);
        if (!accounts.createFirstUser(user, Passwords.hash(password))) {
            throw new Problem(409, "setup-done", "Setup is already done", "an administrator exists; log in instead");
        }
        setupCode = null;
        LOG.info("First-run setup done: administrator '" + user + "' created");
        startSession(req, resp, user);
    }

    /** Refuses (429) while any of the keys is locked, without counting an attempt (cheap early exit). */
    private void throttled(String what, String... keys) {
        long wait = 0;
        for (String k : keys) {
            wait = Math.max(wait, throttle.waitSeconds(k));
        }
        if (wait > 0) {
            throw tooMany(what, wait);
        }
    }

    /** Counts an attempt against every key before the secret is checked, or refuses (429) while one is locked. */
    private void reserve(String what, String... keys) {
        long wait = throttle.acquire(keys);
        if (wait > 0) {
            throw tooMany(what, wait);
        }
    }

    private static Problem tooMany(String what, long wait) {
        return new Problem(429, "too-many-attempts", "Too many attempts", "too many failed " + what + " attempts; try again in " + wait + " s", wait);
    }

    private void login(HttpServletRequest req, HttpServletResponse resp, String ip) throws IOException {
        if (setupCode != null) {
            throw Problem.unauthorized("no administrator exists yet: finish setup with the one-time code printed on the hub's console");
        }
        JsonNode body = Json.object(req);
        String user = Json.text(body, "username", 64);
        String password = Json.text(body, "password", Passwords.MAX_LENGTH);
        // Per address, and per user from that address: an attacker elsewhere cannot lock the
        // administrator out. The attempt is counted before the (slow) check, atomically, so
        // parallel guesses get at most the budget of checks; refused ones cost no hashing.
        String[] keys = { "ip:" + ip, "user:" + user + "@" + ip };
        JsonNode rc = body.get("recoveryCode");
        if (rc != null && !rc.isNull() && recovery.use(rc.asText(""))) {
            throttle.success(keys); // the console's code lifts the lock; the password is still checked
            throttle.acquire(keys);
        } else {
            try {
                reserve("login", keys);
            } catch (Problem locked) {
                recovery.offer(user, ip);
                throw locked;
            }
        }
        boolean ok = false;
        try {
            Optional<String> hash = accounts.passwordHash(user);
            // verify against a dummy hash for unknown users so timing does not reveal them
            ok = Passwords.verify(password, hash.orElse(DUMMY_HASH)) && hash.isPresent();
        } finally {
            if (!ok) {
                throttle.failed(keys);
            }
        }
        if (!ok) {
            LOG.warning("failed login for '" + (user.length() > 64 ? user.substring(0, 64) : user).replaceAll("[^\\x20-\\x7e]", "?") + "' from " + ip);
            throw Problem.unauthorized("wrong user name or password");
        }
        throttle.success(keys);
        startSession(req, resp, user);
    }

    private static final String DUMMY_HASH = Passwords.hash("not a password, only spends the same time", Passwords.ITERATIONS);

    private void startSession(HttpServletRequest req, HttpServletResponse resp, String user) throws IOException {
        String cookie = sessions.create(user);
        Sessions.Session s = sessions.get(cookie).orElseThrow();
        resp.addHeader("Set-Cookie", COOKIE + "=" + cookie + "; Path=/; HttpOnly; SameSite=Strict" + (req.isSecure() ? "; Secure" : ""));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", user);
        m.put("csrfToken", s.csrf());
        json(resp, 200, m);
    }

    static void json(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        byte[] b = Json.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
