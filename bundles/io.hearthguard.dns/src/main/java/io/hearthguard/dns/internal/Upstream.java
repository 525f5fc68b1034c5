package io.hearthguard.dns.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

import org.xbill.DNS.Message;

/** Where queries that are not blocked go. */
interface Upstream extends AutoCloseable {

    /**
     * Sends a query and completes with the upstream's answer, or exceptionally on timeout,
     * network failure or an unreadable answer. Never blocks the caller.
     *
     * @param query the query, with the transaction id the upstream should see
     */
    CompletableFuture<Message> ask(Message query);

    /** @return how the upstream is named in the configuration and in messages */
    String describe();

    @Override
    void close();

    /**
     * Parses one upstream: {@code 192.0.2.53}, {@code 192.0.2.53:5300}, {@code [2001:db8::53]:53}
     * for plain DNS (UDP, TCP when the answer is truncated) or {@code tls://192.0.2.53:853#dns.example}
     * for DNS over TLS, where the name after {@code #} is what the server's certificate must
     * name. Addresses must be literal: the forwarder must not need DNS to find its upstream.
     */
    static Spec parse(String text) {
        return parse("upstream", text);
    }

    /** As {@link #parse(String)}, naming the setting {@code what} in error messages. */
    static Spec parse(String what, String text) {
        String t = text.trim();
        boolean tls = false;
        String tlsName = "";
        if (t.regionMatches(true, 0, "tls://", 0, 6)) {
            tls = true;
            t = t.substring(6);
            int hash = t.indexOf('#');
            if (hash < 0 || hash == t.length() - 1) {
                throw new IllegalArgumentException(what + " '" + text + "': DNS over TLS needs the certificate's name after '#', e.g. tls://192.0.2.53:853#dns.example");
            }
            tlsName = t.substring(hash + 1);
            t = t.substring(0, hash);
            if (!Blocklist.isHostName(Blocklist.normalise(tlsName))) {
                throw new IllegalArgumentException(what + " '" + text + "': '" + tlsName + "' is not a host name");
            }
        }
        int defaultPort = tls ? 853 : 53;
        String host;
        int port = defaultPort;
        if (t.startsWith("[")) {
            int close = t.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException(what + " '" + text + "': missing ']'");
            }
            host = t.substring(1, close);
            if (close + 1 < t.length()) {
                if (t.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException(what + " '" + text + "': expected ':port' after ']'");
                }
                port = port(what, text, t.substring(close + 2));
            }
        } else if (t.indexOf(':') != t.lastIndexOf(':')) {
            host = t; // bare IPv6
        } else if (t.indexOf(':') > 0) {
            host = t.substring(0, t.indexOf(':'));
            port = port(what, text, t.substring(t.indexOf(':') + 1));
        } else {
            host = t;
        }
        InetAddress address = literal(what, text, host);
        return new Spec(new InetSocketAddress(address, port), tls, tlsName.toLowerCase(java.util.Locale.ROOT));
    }

    private static int port(String what, String text, String p) {
        try {
            int port = Integer.parseInt(p);
            if (port < ("listen".equals(what) ? 0 : 1) || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "': '" + p + "' is not a port (1–65535)");
        }
    }

    private static InetAddress literal(String what, String text, String host) {
        boolean v4 = host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = host.indexOf(':') >= 0 && host.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            throw new IllegalArgumentException(what + " '" + text + "': '" + host + "' is not an IP address (names are not allowed: the forwarder must not need DNS to reach its upstream)");
        }
        try {
            return InetAddress.getByName(host); // a literal: no lookup
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(what + " '" + text + "': '" + host + "' is not an IP address");
        }
    }

    /** A parsed upstream. */
    record Spec(InetSocketAddress address, boolean tls, String tlsName) {
        String describe() {
            String hp = address.getAddress().getHostAddress();
            hp = hp.indexOf(':') >= 0 ? "[" + hp + "]" : hp;
            return (tls ? "tls://" : "") + hp + ":" + address.getPort() + (tls ? "#" + tlsName : "");
        }
    }
}
