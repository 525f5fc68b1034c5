package io.hearthguard.web.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Keeps slow request bodies from taking the hub's request threads (slowloris on bodies).
 * A servlet reading a body blocks its thread until the bytes arrive, and a client sending
 * one byte every few seconds never trips Jetty's idle timeout; a few hundred such
 * connections used to take every thread, so {@code /api/health} stopped answering. Here:
 * <ul>
 * <li>at most {@value #PER_ADDRESS} requests with a body are read at once per client address
 * and {@value #TOTAL} in all (the rest are refused at once, unread, with 429 / 503), so most
 * of the thread pool always stays free for other requests;</li>
 * <li>a body must keep up an average of {@value #MIN_BYTES_PER_SECOND} bytes/s after a grace
 * of {@value #GRACE_MILLIS} ms (a 64 KiB JSON body may take 14 s, a 32 MiB upload 27 min at
 * most); a slower one is cut off with 408 and its connection closed;</li>
 * <li>between two reads Jetty's idle timeout (set by the launcher) bounds the wait.</li>
 * </ul>
 * Query parameters are read from the query string only: the hub has no form posts, and
 * container form parsing would read a body outside these rules.
 */
final class BodyGuard {
    static final int PER_ADDRESS = 8;
    static final int TOTAL = 48;
    static final long GRACE_MILLIS = 10_000;
    static final long MIN_BYTES_PER_SECOND = 20 * 1024;

    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final LongSupplier nanos;

    BodyGuard(LongSupplier nanos) {
        this.nanos = nanos;
    }

    static boolean hasBody(HttpServletRequest req) {
        return req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null;
    }

    /**
     * Takes a body slot for the address.
     *
     * @return null when taken (release it with {@link #release}), else the problem to answer
     */
    Problem enter(String address) {
        AtomicInteger n = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (n.incrementAndGet() > PER_ADDRESS) {
            release(address, false);
            return new Problem(429, "too-many-bodies", "Too many requests", "at most " + PER_ADDRESS
                    + " requests with a body are read at once from one address; wait for the others to finish", 2);
        }
        if (total.incrementAndGet() > TOTAL) {
            release(address, true);
            return new Problem(503, "busy", "Busy", "the hub is reading " + TOTAL + " request bodies already; try again shortly", 2);
        }
        return null;
    }

    void release(String address, boolean counted) {
        if (counted) {
            total.decrementAndGet();
        }
        perAddress.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
    }

    /** @return the request with a rate-checked body and query-string-only parameters */
    HttpServletRequest wrap(HttpServletRequest req) {
        return new Guarded(req, nanos);
    }

    /** Number of addresses holding a slot (for tests: nothing leaks). */
    int addresses() {
        return perAddress.size();
    }

    private static final class Guarded extends HttpServletRequestWrapper {
        private final LongSupplier nanos;
        private ServletInputStream in;
        private Map<String, String[]> params;

        Guarded(HttpServletRequest req, LongSupplier nanos) {
            super(req);
            this.nanos = nanos;
        }

        @Override
        public synchronized ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new RateChecked(super.getInputStream(), nanos);
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), cs == null ? "UTF-8" : cs));
        }

        private synchronized Map<String, String[]> params() {
            if (params == null) {
                Map<String, List<String>> m = new LinkedHashMap<>();
                String q = getQueryString();
                if (q != null) {
                    for (String pair : q.split("&")) {
                        if (pair.isEmpty()) {
                            continue;
                        }
                        int eq = pair.indexOf('=');
                        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                        m.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
                    }
                }
                Map<String, String[]> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
                params = Collections.unmodifiableMap(out);
            }
            return params;
        }

        private static String decode(String s) {
            try {
                return URLDecoder.decode(s, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw Problem.badRequest("the query string is not valid percent-encoding");
            }
        }

        @Override
        public String getParameter(String name) {
            String[] v = params().get(name);
            return v == null ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return params();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(params().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = params().get(name);
            return v == null ? null : v.clone();
        }
    }

    /** Refuses to go on once the body falls behind the minimum average rate. */
    static final class RateChecked extends ServletInputStream {
        private final ServletInputStream in;
        private final LongSupplier nanos;
        private final long start;
        private long bytes;

        RateChecked(ServletInputStream in, LongSupplier nanos) {
            this.in = in;
            this.nanos = nanos;
            this.start = nanos.getAsLong();
        }

        private void check() {
            long elapsedMillis = (nanos.getAsLong() - start) / 1_000_000;
            if (elapsedMillis > GRACE_MILLIS + bytes * 1000 / MIN_BYTES_PER_SECOND) {
                throw new Problem(408, "body-too-slow", "Request body too slow", "the request body arrived slower than "
                        + MIN_BYTES_PER_SECOND / 1024 + " KiB/s (" + bytes + " bytes in " + elapsedMillis / 1000
                        + " s); nothing was stored and the connection is closed");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            int b = in.read();
            if (b >= 0) {
                bytes++;
                check();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            int n = in.read(b, off, len);
            if (n > 0) {
                bytes += n;
                check();
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
