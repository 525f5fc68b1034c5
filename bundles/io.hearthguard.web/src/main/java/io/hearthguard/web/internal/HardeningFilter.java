package io.hearthguard.web.internal;

import java.io.IOException;
import java.util.Enumeration;

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
 * TRACK, refuses header sections over {@value #MAX_HEADER_BYTES} bytes (431) and bodies
 * declared larger than the biggest route accepts (413) before any servlet reads them, and
 * adds the browser security headers.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public final class HardeningFilter implements Filter {
    static final int MAX_HEADER_BYTES = 8 * 1024;
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
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
        if (req.getContentLengthLong() > Api.MAX_UPLOAD) {
            WebServlet.problem(req, resp, Problem.tooLarge(Api.MAX_UPLOAD), uri);
            return;
        }
        chain.doFilter(request, response);
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
