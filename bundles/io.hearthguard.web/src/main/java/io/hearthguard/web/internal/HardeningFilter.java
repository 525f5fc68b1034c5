package io.hearthguard.web.internal;

import java.io.IOException;
import java.util.Enumeration;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every servlet of the hub (the health endpoint included): refuses TRACE and
 * TRACK, Host headers that do not name this hub (421, DNS rebinding: {@link HostCheck}),
 * header sections over {@value #MAX_HEADER_BYTES} bytes (431) and bodies declared larger
 * than the biggest route accepts (413) before any servlet reads them; bounds how many
 * bodies are read at once and how slowly ({@link BodyGuard}); turns clients hanging up into
 * a rate-limited log line ({@link ClientAborts}); and adds the browser security headers.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public final class HardeningFilter implements Filter {
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Framework property with the hub's extra host names (launcher option --hostname). */
    static final String HOSTNAMES = "hearthguard.http.hostnames";

    private final HostCheck hosts;
    private final BodyGuard bodies = new BodyGuard(System::nanoTime);
    private final ClientAborts aborts = new ClientAborts(System::nanoTime);

    @Activate
    public HardeningFilter(BundleContext context) {
        this(new HostCheck(context.getProperty("org.apache.felix.http.host"), context.getProperty(HOSTNAMES)));
    }

    HardeningFilter(HostCheck hosts) {
        this.hosts = hosts;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        try {
            filter(req, (HttpServletResponse) response, chain);
        } catch (IOException | RuntimeException e) {
            if (!ClientAborts.clientGone(e)) {
                throw e;
            }
            aborts.note(req.getMethod(), req.getRequestURI(), req.getRemoteAddr());
        }
    }

    private void filter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        resp.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (req.isSecure()) {
            resp.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        String uri = req.getRequestURI();
        String method = req.getMethod();
        if ("TRACE".equals(method) || "TRACK".equals(method)) {
            WebServlet.problem(req, resp, new Problem(405, "method-not-allowed", "Method not allowed", method + " is disabled on this hub"), uri);
            return;
        }
        if (headerBytes(req) > MAX_HEADER_BYTES) {
            WebServlet.problem(req, resp, new Problem(431, "headers-too-large", "Request header fields too large",
                    "the request headers exceed " + MAX_HEADER_BYTES + " bytes"), uri);
            return;
        }
        if (!hosts.allowed(req.getHeader("Host"))) {
            String h = req.getHeader("Host");
            WebServlet.problem(req, resp, new Problem(421, "unknown-host", "Misdirected request", "the Host header '"
                    + (h.length() > 100 ? h.substring(0, 100) : h).replaceAll("[^\\x20-\\x7e]", "?")
                    + "' does not name this hub (DNS rebinding protection); use its address or start it with --hostname NAME"), uri);
            return;
        }
        if (req.getContentLengthLong() > Api.MAX_UPLOAD) {
            WebServlet.problem(req, resp, Problem.tooLarge(Api.MAX_UPLOAD), uri);
            return;
        }
        String address = req.getRemoteAddr();
        boolean body = BodyGuard.hasBody(req);
        if (body) {
            Problem refused = bodies.enter(address);
            if (refused != null) {
                WebServlet.problem(req, resp, refused, uri);
                return;
            }
        }
        try {
            chain.doFilter(bodies.wrap(req), resp);
        } finally {
            if (body) {
                bodies.release(address, true);
            }
        }
    }

    private static long headerBytes(HttpServletRequest req) {
        long n = 0;
        Enumeration<String> names = req.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = req.getHeaders(name);
            while (values.hasMoreElements()) {
                n += name.length() + 4 + values.nextElement().length();
            }
        }
        return n;
    }
}
