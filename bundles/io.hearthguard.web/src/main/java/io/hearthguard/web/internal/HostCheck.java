package io.hearthguard.web.internal;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * DNS rebinding protection: a request is served only when its {@code Host} names this hub.
 * A page on {@code evil.example} whose name is re-pointed at the hub would otherwise be
 * "same-origin" with it (its Origin matches its Host). Accepted: {@code localhost}, loopback
 * addresses, the address the hub is bound to (any address of this machine when bound to
 * all), and the names given to the launcher with {@code --hostname}. The port is not part
 * of the decision (a rebinding page uses the hub's own port anyway).
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final long INTERFACES_TTL_NANOS = 30_000_000_000L;

    private final Set<String> names = new HashSet<>();
    private final InetAddress bound;
    private final boolean wildcard;
    private volatile Set<InetAddress> local = Set.of();
    private volatile long localRead = Long.MIN_VALUE;

    /**
     * @param bind      the address the hub listens on (null: all)
     * @param hostnames extra names of the hub, comma or space separated (may be null)
     */
    HostCheck(String bind, String hostnames) {
        names.add("localhost");
        if (hostnames != null) {
            for (String n : hostnames.split("[,\\s]+")) {
                if (!n.isBlank()) {
                    names.add(n.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        InetAddress b = bind == null || bind.isBlank() ? null : literal(bind.startsWith("[") ? bind : bind.contains(":") ? "[" + bind + "]" : bind);
        if (b == null && bind != null && !bind.isBlank()) {
            names.add(bind.toLowerCase(Locale.ROOT)); // bound by name
        }
        this.bound = b;
        this.wildcard = b == null ? bind == null || bind.isBlank() : b.isAnyLocalAddress();
    }

    /** @return true when the Host header (with or without port) names this hub */
    boolean allowed(String hostHeader) {
        if (hostHeader == null) {
            return true; // HTTP/1.0 without Host: no name, so no rebinding; Origin checks still need one
        }
        String h = host(hostHeader.trim().toLowerCase(Locale.ROOT));
        if (h == null) {
            return false;
        }
        if (names.contains(h) || (h.endsWith(".") && names.contains(h.substring(0, h.length() - 1)))) {
            return true;
        }
        InetAddress a = literal(h);
        if (a == null) {
            return false;
        }
        if (a.isLoopbackAddress() || a.equals(bound)) {
            return true;
        }
        return wildcard && localAddresses().contains(a);
    }

    /** @return the host part without port, IPv6 kept in brackets; null when malformed */
    static String host(String hostHeader) {
        if (hostHeader.startsWith("[")) {
            int end = hostHeader.indexOf(']');
            if (end < 0) {
                return null;
            }
            String rest = hostHeader.substring(end + 1);
            return rest.isEmpty() || rest.matches(":\\d{1,5}") ? hostHeader.substring(0, end + 1) : null;
        }
        int colon = hostHeader.indexOf(':');
        if (colon >= 0) {
            if (!hostHeader.substring(colon).matches(":\\d{1,5}")) {
                return null;
            }
            hostHeader = hostHeader.substring(0, colon);
        }
        return hostHeader.isEmpty() ? null : hostHeader;
    }

    /** @return the address of an IP literal ({@code 1.2.3.4} or {@code [::1]}) without any DNS lookup, else null */
    static InetAddress literal(String h) {
        try {
            if (h.startsWith("[") && h.endsWith("]") && h.length() > 2 && h.substring(1, h.length() - 1).matches("[0-9a-fA-F:.%a-zA-Z]+")) {
                return InetAddress.getByName(h.substring(1, h.length() - 1));
            }
            if (IPV4.matcher(h).matches()) {
                return InetAddress.getByName(h);
            }
        } catch (UnknownHostException e) {
            return null;
        }
        return null;
    }

    private Set<InetAddress> localAddresses() {
        long now = System.nanoTime();
        if (now - localRead > INTERFACES_TTL_NANOS || localRead == Long.MIN_VALUE) {
            Set<InetAddress> s = new HashSet<>();
            try {
                for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    s.addAll(Collections.list(ni.getInetAddresses()));
                }
            } catch (SocketException e) {
                // keep what we had
                return local;
            }
            local = Set.copyOf(s);
            localRead = now;
        }
        return local;
    }
}
