package io.hearthguard.health.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.hearthguard.platform.metrics.MetricSource;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /metrics}: every registered {@link MetricSource} in the Prometheus text format.
 *
 * <p>Who may read it: a client on the hub's own machine (loopback) when {@code localOnly}
 * allows it, and anyone presenting {@code Authorization: Bearer <token>} with the configured
 * {@code .token} (at least 32 characters; compared in constant time; never logged). Without
 * a token, the metrics are loopback-only; with {@code localOnly=false} and no token, nobody
 * can read them. Everything else is answered 401 with a problem document.
 */
@Component(service = Servlet.class, configurationPid = MetricsServlet.PID)
@Designate(ocd = MetricsServlet.Config.class)
@HttpWhiteboardServletPattern("/metrics")
public final class MetricsServlet extends HttpServlet {
    static final String PID = "io.hearthguard.health.metrics";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MetricsServlet.class.getName());
    static final int MIN_TOKEN = 32;

    @ObjectClassDefinition(name = "Hearthguard metrics", description = "GET /metrics in the Prometheus text format.")
    public @interface Config {
        @AttributeDefinition(name = "Loopback without token", description = "Clients on this machine may read /metrics without a token.")
        boolean localOnly() default true;

        @AttributeDefinition(name = "Bearer token", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD, required = false,
                description = "At least 32 characters; a scraper elsewhere sends it as 'Authorization: Bearer <token>'. Empty: loopback only.")
        String _token() default "";
    }

    private final transient List<MetricSource> sources = new CopyOnWriteArrayList<>();
    private final boolean local;
    private final transient byte[] tokenDigest;

    @Activate
    public MetricsServlet(Config c) {
        this(c.localOnly(), c._token());
    }

    MetricsServlet(boolean local, String token) {
        this.local = local;
        String t = token == null ? "" : token.trim();
        if (!t.isEmpty() && t.length() < MIN_TOKEN) {
            throw new IllegalArgumentException(PID + ": .token must have at least " + MIN_TOKEN + " characters (it has " + t.length() + ")");
        }
        this.tokenDigest = t.isEmpty() ? null : sha256(t);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(MetricSource s) {
        sources.add(s);
    }

    void removeSource(MetricSource s) {
        sources.remove(s);
    }

    /** @return the exposition of every source */
    String scrape() {
        Exposition e = new Exposition();
        for (MetricSource s : sources) {
            try {
                s.collect(e);
            } catch (RuntimeException | LinkageError x) {
                e.sourceFailed();
                LOG.log(Level.WARNING, "metric source " + s.getClass().getName() + " failed: " + x);
            }
        }
        return e.text();
    }

    /** @return whether the request may read the metrics */
    boolean allowed(String remoteAddr, String authorization) {
        if (tokenDigest != null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return MessageDigest.isEqual(tokenDigest, sha256(authorization.substring(7).trim()));
        }
        return local && loopback(remoteAddr);
    }

    static boolean loopback(String addr) {
        if (addr == null || addr.isEmpty() || !addr.matches("[0-9a-fA-F:.%\\[\\]]{1,60}")) {
            return false; // only IP literals: never a name lookup
        }
        try {
            String a = addr.startsWith("[") && addr.endsWith("]") ? addr.substring(1, addr.length() - 1) : addr;
            return InetAddress.getByName(a).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws jakarta.servlet.ServletException, IOException {
        resp.setHeader("Cache-Control", "no-store");
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            resp.setHeader("Allow", "GET, HEAD");
            problem(resp, 405, "Method not allowed", "/metrics answers GET and HEAD only");
            return;
        }
        if (!allowed(req.getRemoteAddr(), req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Bearer realm=\"hearthguard-metrics\"");
            problem(resp, 401, "Not authorised", tokenDigest == null
                    ? "/metrics is readable from the hub's own machine only; set a .token in " + PID + " to scrape from elsewhere"
                    : "send the configured token as 'Authorization: Bearer <token>'");
            return;
        }
        byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(200);
        resp.setContentType("text/plain; version=0.0.4; charset=utf-8");
        resp.setContentLength(body.length);
        if ("GET".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    private static void problem(HttpServletResponse resp, int status, String title, String detail) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("UTF-8");
        String json = "{\"type\":\"https://hearthguard.invalid/problems/" + (status == 401 ? "unauthorized" : "method-not-allowed")
                + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\"/metrics\"}";
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
}
