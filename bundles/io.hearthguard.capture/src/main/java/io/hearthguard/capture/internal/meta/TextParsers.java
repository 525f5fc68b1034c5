package io.hearthguard.capture.internal.meta;

import static io.hearthguard.capture.internal.io.Bytes.be16;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.hearthguard.api.traffic.NeighborMessage.Operation;
import io.hearthguard.api.traffic.SsdpMessage.Kind;

/** SSDP, HTTP/1.x request and neighbour (ARP, NDP) parsers. */
public final class TextParsers {
    public static final int MAX_HEADERS = 32;
    public static final int MAX_LINE = 1024;
    public static final int MAX_URI = 2048;

    private TextParsers() {
    }

    /** Splits header lines (CRLF or bare LF); stops at the empty line or the bounds. */
    private static Map<String, String> headers(byte[] d, int o, int end, String[] firstLine) throws Malformed {
        Map<String, String> h = new LinkedHashMap<>();
        boolean first = true;
        while (o < end && h.size() < MAX_HEADERS) {
            int e = o;
            while (e < end && d[e] != '\n') {
                e++;
            }
            int le = e > o && d[e - 1] == '\r' ? e - 1 : e;
            if (le == o) {
                break; // end of headers
            }
            String line = DnsParser.text(d, o, Math.min(le - o, first ? MAX_URI + 64 : MAX_LINE));
            if (first) {
                firstLine[0] = line;
                first = false;
            } else {
                int c = line.indexOf(':');
                if (c > 0) {
                    h.putIfAbsent(line.substring(0, c).trim().toUpperCase(Locale.ROOT), line.substring(c + 1).trim());
                }
            }
            o = e + 1;
        }
        if (first) {
            throw new Malformed("text: no request line");
        }
        return h;
    }

    public static Records.Ssdp ssdp(Head head, byte[] d, int o, int len) throws Malformed {
        String[] first = new String[1];
        Map<String, String> h = headers(d, o, o + len, first);
        String l = first[0];
        Kind kind = l.startsWith("NOTIFY ") ? Kind.NOTIFY : l.startsWith("M-SEARCH ") ? Kind.M_SEARCH
                : l.startsWith("HTTP/") ? Kind.RESPONSE : Kind.OTHER;
        String target = h.get(kind == Kind.NOTIFY ? "NT" : "ST");
        return new Records.Ssdp(head, kind, Optional.ofNullable(h.get("LOCATION")), Optional.ofNullable(h.get("SERVER")),
                Optional.ofNullable(h.get("USN")), Optional.ofNullable(target), Optional.ofNullable(h.get("NTS")),
                Collections.unmodifiableMap(h));
    }

    private static final String[] METHODS = {"GET ", "POST ", "PUT ", "HEAD ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ", "TRACE "};

    /** @return whether the payload starts like an HTTP/1.x request (cheap, no allocation) */
    public static boolean looksLikeHttp(byte[] d, int o, int len) {
        if (len < 16) {
            return false;
        }
        int c = d[o];
        if (c != 'G' && c != 'P' && c != 'H' && c != 'D' && c != 'O' && c != 'C' && c != 'T') {
            return false;
        }
        outer:
        for (String m : METHODS) {
            for (int i = 0; i < m.length(); i++) {
                if (d[o + i] != m.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static Records.Http http(Head head, byte[] d, int o, int len) throws Malformed {
        String[] first = new String[1];
        Map<String, String> h = headers(d, o, o + Math.min(len, 8192), first);
        String[] parts = first[0].split(" ", 3);
        if (parts.length < 2) {
            throw new Malformed("http: bad request line");
        }
        String auth = h.get("AUTHORIZATION");
        String host = h.get("HOST");
        return new Records.Http(head, parts[0], parts[1], Optional.ofNullable(host == null ? null : host.toLowerCase(Locale.ROOT)),
                Optional.ofNullable(h.get("USER-AGENT")), auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6));
    }

    /** ARP over Ethernet/IPv4, payload at {@code o}. */
    public static Records.Neighbor arp(Head head, byte[] d, int o, int len) throws Malformed {
        if (len < 28 || be16(d, o) != 1 || be16(d, o + 2) != 0x0800 || d[o + 4] != 6 || d[o + 5] != 4) {
            throw new Malformed("arp: not Ethernet/IPv4 or cut short");
        }
        int op = be16(d, o + 6);
        Operation operation = op == 1 ? Operation.ARP_REQUEST : op == 2 ? Operation.ARP_REPLY : Operation.OTHER;
        return new Records.Neighbor(head, operation, Addr.mac(d, o + 8), Addr.ipv4(d, o + 14), Addr.mac(d, o + 18),
                Addr.ipv4(d, o + 24));
    }

    /** ICMPv6 133–136; {@code o} points at the ICMPv6 header. */
    public static Records.Neighbor ndp(Head head, byte[] d, int o, int len) throws Malformed {
        int type = d[o] & 0xff;
        Operation op;
        int opts;
        String target = "";
        switch (type) {
            case 133: op = Operation.ROUTER_SOLICIT; opts = 8; break;
            case 134: op = Operation.ROUTER_ADVERT; opts = 16; break;
            case 135: op = Operation.NEIGHBOR_SOLICIT; opts = 24; break;
            case 136: op = Operation.NEIGHBOR_ADVERT; opts = 24; break;
            default: throw new Malformed("ndp: not a neighbour discovery message");
        }
        if (len < opts) {
            throw new Malformed("ndp: message cut short");
        }
        if (type >= 135) {
            target = Addr.ipv6(d, o + 8);
        }
        String mac = "";
        for (int p = o + opts; p + 2 <= o + len; ) {
            int ot = d[p] & 0xff;
            int ol = (d[p + 1] & 0xff) * 8;
            if (ol == 0 || p + ol > o + len) {
                break;
            }
            if ((ot == 1 || ot == 2) && ol >= 8 && mac.isEmpty()) {
                mac = Addr.mac(d, p + 2);
            }
            p += ol;
        }
        return new Records.Neighbor(head, op, mac, head.srcIp(), "", target);
    }
}
