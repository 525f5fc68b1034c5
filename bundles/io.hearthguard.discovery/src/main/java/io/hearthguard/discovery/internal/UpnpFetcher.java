package io.hearthguard.discovery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;


import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Fetches the UPnP device description an SSDP announcement points to, under strict rules:
 * plain {@code http} to an IPv4 literal that is the announcer's own address and inside the
 * allowed subnets; no redirects, no proxy, no name resolution; at most {@link #MAX_BYTES}
 * within {@link #DEADLINE}; one fetch per address per {@code minInterval}; at most one
 * fetch per second overall. Callers run {@link #fetch} on their own worker thread.
 */
public final class UpnpFetcher {
    /** Largest description read. */
    public static final int MAX_BYTES = 64 * 1024;
    /** Longest a fetch may take, connection included. */
    public static final Duration DEADLINE = Duration.ofSeconds(5);
    /** Description elements kept, as they appear under {@code <device>}. */
    static final Set<String> ELEMENTS = Set.of("devicetype", "friendlyname", "manufacturer", "modelname", "modelnumber",
            "modeldescription");

    /** Why a fetch did not happen or failed. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String why) {
            super(why);
        }
    }

    private final Subnets allowed;
    private final Duration minInterval;
    private final LongSupplier clock;
    private final Duration deadline;
    private final Map<String, Long> lastFetch = new ConcurrentHashMap<>();
    private volatile long lastAny = Long.MIN_VALUE / 2;

    /**
     * @param allowed     the subnets fetches may go to
     * @param minInterval least time between two fetches from one address
     * @param clock       nanoTime-like clock (tests pass their own)
     */
    public UpnpFetcher(Subnets allowed, Duration minInterval, LongSupplier clock) {
        this(allowed, minInterval, clock, DEADLINE);
    }

    UpnpFetcher(Subnets allowed, Duration minInterval, LongSupplier clock, Duration deadline) {
        this.allowed = allowed;
        this.minInterval = minInterval;
        this.clock = clock;
        this.deadline = deadline;
    }

    /**
     * Checks the rules for one announcement without fetching.
     *
     * @return the URI to fetch
     * @throws Refused naming the rule that forbids it
     */
    public URI check(String location, String announcerIp) throws Refused {
        if (location == null || location.length() > 512) {
            throw new Refused("no LOCATION or longer than 512 characters");
        }
        URI uri;
        try {
            uri = new URI(location.strip());
        } catch (Exception e) {
            throw new Refused("LOCATION is not a URI");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getRawUserInfo() != null) {
            throw new Refused("only plain http without credentials is fetched");
        }
        String host = Ips.canonical(uri.getHost());
        if (host == null || host.indexOf(':') >= 0) {
            throw new Refused("LOCATION host is not an IPv4 address");
        }
        if (!host.equals(Ips.canonical(announcerIp))) {
            throw new Refused("LOCATION " + host + " is not the announcer's own address " + announcerIp);
        }
        if (!allowed.contains(host)) {
            throw new Refused(host + " is outside the allowed subnets " + allowed);
        }
        int port = uri.getPort() < 0 ? 80 : uri.getPort();
        if (port < 1 || port > 65535) {
            throw new Refused("bad port");
        }
        return uri;
    }

    /**
     * Fetches and parses one description.
     *
     * @return the known elements, lower-case names, cleaned values
     * @throws Refused when a rule forbids the fetch, the rate limit applies, or the answer is bad
     */
    public Map<String, String> fetch(String location, String announcerIp) throws Refused {
        URI uri = check(location, announcerIp);
        long now = clock.getAsLong();
        synchronized (this) {
            Long last = lastFetch.get(uri.getHost());
            if (last != null && now - last < minInterval.toNanos()) {
                throw new Refused("fetched from " + uri.getHost() + " less than " + minInterval + " ago");
            }
            if (now - lastAny < 1_000_000_000L) {
                throw new Refused("rate limit: one description per second");
            }
            if (lastFetch.size() >= 4096) {
                lastFetch.clear();
            }
            lastFetch.put(uri.getHost(), now);
            lastAny = now;
        }
        byte[] body = get(uri, deadline);
        return parse(body);
    }

    private static byte[] get(URI uri, Duration limit) throws Refused {
        long deadline = System.nanoTime() + limit.toNanos();
        HttpURLConnection c = null;
        try {
            c = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            int timeout = (int) Math.min(2_000, limit.toMillis());
            c.setConnectTimeout(timeout);
            c.setReadTimeout(timeout);
            c.setRequestProperty("User-Agent", "Hearthguard discovery");
            int status = c.getResponseCode();
            if (status != 200) {
                throw new Refused("HTTP status " + status);
            }
            if (c.getContentLengthLong() > MAX_BYTES) {
                throw new Refused("description larger than " + MAX_BYTES + " bytes");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try (InputStream in = c.getInputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    out.write(buf, 0, n);
                    if (out.size() > MAX_BYTES) {
                        throw new Refused("description larger than " + MAX_BYTES + " bytes");
                    }
                    if (System.nanoTime() > deadline) {
                        throw new Refused("description took longer than " + limit);
                    }
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused("fetch failed: " + e.getClass().getSimpleName());
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    /** Parses a description; DTDs and entities are refused. */
    static Map<String, String> parse(byte[] xml) throws Refused {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            Xml.saxFactory(true).newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
                final StringBuilder text = new StringBuilder();
                String current;

                @Override
                public void startElement(String uri, String local, String q, Attributes a) {
                    String n = local.toLowerCase(Locale.ROOT);
                    current = ELEMENTS.contains(n) && !out.containsKey(n) ? n : null;
                    text.setLength(0);
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (current != null && text.length() < 1024) {
                        text.append(ch, start, Math.min(length, 1024 - text.length()));
                    }
                }

                @Override
                public void endElement(String uri, String local, String q) {
                    if (current != null && out.size() < ELEMENTS.size()) {
                        String v = Text.clean(text.toString());
                        if (!v.isEmpty()) {
                            out.put(current, v);
                        }
                    }
                    current = null;
                }
            });
        } catch (Exception e) {
            throw new Refused("description is not acceptable XML: " + e.getClass().getSimpleName());
        }
        if (out.isEmpty()) {
            throw new Refused("description names nothing");
        }
        return out;
    }
}
