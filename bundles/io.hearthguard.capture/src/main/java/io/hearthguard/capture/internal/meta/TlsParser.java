package io.hearthguard.capture.internal.meta;

import static io.hearthguard.capture.internal.io.Bytes.be16;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** TLS ClientHello parser with JA3 and JA4 fingerprints. */
public final class TlsParser {
    public static final int MAX_ITEMS = 512;

    private TlsParser() {
    }

    /** @return whether the bytes start a TLS handshake record carrying a ClientHello */
    public static boolean looksLikeClientHello(byte[] d, int o, int len) {
        return len >= 6 && d[o] == 0x16 && d[o + 1] == 3 && (d[o + 2] & 0xff) <= 4 && d[o + 5] == 1;
    }

    /** @return total bytes needed for the handshake message (record framing included) when it fits in one record, else -1 */
    public static int needed(byte[] d, int o, int len) {
        if (len < 9) {
            return 9;
        }
        int rec = be16(d, o + 3);
        return 5 + rec;
    }

    static boolean grease(int v) {
        return (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff);
    }

    /**
     * Parses a ClientHello record at {@code o} (TLS record header included).
     *
     * @param quic true for a ClientHello carried in QUIC (JA4 prefix "q"); capture itself
     *             only passes false today, since it does not decrypt QUIC Initial packets
     */
    public static Records.Tls parse(Head head, byte[] d, int o, int len, boolean quic) throws Malformed {
        if (!looksLikeClientHello(d, o, len) || len < 9) {
            throw new Malformed("tls: not a ClientHello");
        }
        int end = Math.min(o + len, o + 5 + be16(d, o + 3));
        int hsLen = ((d[o + 6] & 0xff) << 16) | ((d[o + 7] & 0xff) << 8) | (d[o + 8] & 0xff);
        end = Math.min(end, o + 9 + hsLen);
        int p = o + 9;
        need(p + 35, end);
        int legacy = be16(d, p);
        p += 34;
        p += 1 + (d[p] & 0xff);
        need(p + 2, end);
        int cl = be16(d, p);
        p += 2;
        need(p + cl, end);
        List<Integer> ciphers = new ArrayList<>();
        for (int i = 0; i + 1 < cl && ciphers.size() < MAX_ITEMS; i += 2) {
            int c = be16(d, p + i);
            if (!grease(c)) {
                ciphers.add(c);
            }
        }
        p += cl;
        need(p + 1, end);
        p += 1 + (d[p] & 0xff);
        List<Integer> exts = new ArrayList<>();
        List<Integer> groups = new ArrayList<>();
        List<Integer> formats = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        List<Integer> sigalgs = new ArrayList<>();
        List<String> alpn = new ArrayList<>();
        String sni = null;
        if (p + 2 <= end) {
            int el = be16(d, p);
            p += 2;
            int eend = Math.min(end, p + el);
            while (p + 4 <= eend && exts.size() < MAX_ITEMS) {
                int type = be16(d, p);
                int l = be16(d, p + 2);
                int q = p + 4;
                if (q + l > eend) {
                    throw new Malformed("tls: extension runs past the hello");
                }
                if (!grease(type)) {
                    exts.add(type);
                }
                switch (type) {
                    case 0:
                        if (l >= 5 && d[q + 2] == 0) {
                            int nl = be16(d, q + 3);
                            if (q + 5 + nl <= q + l) {
                                sni = new String(d, q + 5, Math.min(nl, 255), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                            }
                        }
                        break;
                    case 16:
                        for (int r = q + 2; r < q + l && alpn.size() < 32; ) {
                            int al = d[r] & 0xff;
                            if (r + 1 + al > q + l) {
                                break;
                            }
                            alpn.add(new String(d, r + 1, al, StandardCharsets.ISO_8859_1));
                            r += 1 + al;
                        }
                        break;
                    case 10:
                        list16(d, q + 2, Math.min(q + l, q + 2 + (l >= 2 ? be16(d, q) : 0)), groups, true);
                        break;
                    case 11:
                        for (int r = q + 1; l >= 1 && r < q + 1 + (d[q] & 0xff) && r < q + l; r++) {
                            formats.add(d[r] & 0xff);
                        }
                        break;
                    case 13:
                        list16(d, q + 2, Math.min(q + l, q + 2 + (l >= 2 ? be16(d, q) : 0)), sigalgs, false);
                        break;
                    case 43:
                        if (l >= 1) {
                            list16(d, q + 1, Math.min(q + l, q + 1 + (d[q] & 0xff)), versions, true);
                        }
                        break;
                    default:
                        break;
                }
                p = q + l;
            }
        }
        String ja3 = legacy + "," + join(ciphers, "-") + "," + join(exts, "-") + "," + join(groups, "-") + "," + join(formats, "-");
        String ja4 = ja4(quic, legacy, versions, sni != null, ciphers, exts, alpn, sigalgs);
        return new Records.Tls(head, Optional.ofNullable(sni), List.copyOf(alpn), legacy, List.copyOf(versions),
                List.copyOf(ciphers), ja3, hex(digest("MD5", ja3)), ja4);
    }

    private static void need(int p, int end) throws Malformed {
        if (p > end) {
            throw new Malformed("tls: ClientHello cut short");
        }
    }

    private static void list16(byte[] d, int from, int to, List<Integer> out, boolean dropGrease) {
        for (int r = from; r + 1 < to + 1 && r + 2 <= to && out.size() < MAX_ITEMS; r += 2) {
            int v = be16(d, r);
            if (!dropGrease || !grease(v)) {
                out.add(v);
            }
        }
    }

    private static String join(List<Integer> l, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < l.size(); i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(l.get(i));
        }
        return sb.toString();
    }

    static String ja4(boolean quic, int legacy, List<Integer> versions, boolean sni, List<Integer> ciphers,
            List<Integer> exts, List<String> alpn, List<Integer> sigalgs) {
        int v = versions.isEmpty() ? legacy : Collections.max(versions);
        String ver;
        switch (v) {
            case 0x0304: ver = "13"; break;
            case 0x0303: ver = "12"; break;
            case 0x0302: ver = "11"; break;
            case 0x0301: ver = "10"; break;
            case 0x0300: ver = "s3"; break;
            case 0x0002: ver = "s2"; break;
            case 0xfeff: ver = "d1"; break;
            case 0xfefd: ver = "d2"; break;
            case 0xfefc: ver = "d3"; break;
            default: ver = "00";
        }
        String a = "00";
        if (!alpn.isEmpty() && !alpn.get(0).isEmpty()) {
            String f = alpn.get(0);
            char c0 = f.charAt(0);
            char c1 = f.charAt(f.length() - 1);
            if (alnum(c0) && alnum(c1)) {
                a = "" + c0 + c1;
            } else {
                String h = hex(f.getBytes(StandardCharsets.ISO_8859_1));
                a = "" + h.charAt(0) + h.charAt(h.length() - 1);
            }
        }
        String partA = (quic ? "q" : "t") + ver + (sni ? "d" : "i") + two(Math.min(ciphers.size(), 99))
                + two(Math.min(exts.size(), 99)) + a;
        List<String> cs = new ArrayList<>();
        for (int c : ciphers) {
            cs.add(hex4(c));
        }
        Collections.sort(cs);
        List<String> es = new ArrayList<>();
        for (int e : exts) {
            if (e != 0 && e != 16) {
                es.add(hex4(e));
            }
        }
        Collections.sort(es);
        List<String> ss = new ArrayList<>();
        for (int s : sigalgs) {
            ss.add(hex4(s));
        }
        String b = cs.isEmpty() ? "000000000000" : hex(digest("SHA-256", String.join(",", cs))).substring(0, 12);
        String cInput = String.join(",", es) + (ss.isEmpty() ? "" : "_" + String.join(",", ss));
        String c = es.isEmpty() ? "000000000000" : hex(digest("SHA-256", cInput)).substring(0, 12);
        return partA + "_" + b + "_" + c;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v & 0xffff);
        return "0000".substring(h.length()) + h;
    }

    private static boolean alnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> digester("MD5"));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digester("SHA-256"));

    private static MessageDigest digester(String alg) {
        try {
            return MessageDigest.getInstance(alg);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(alg + " is required by every Java platform", e);
        }
    }

    private static byte[] digest(String alg, String s) {
        MessageDigest md = ("MD5".equals(alg) ? MD5 : SHA256).get();
        return md.digest(s.getBytes(StandardCharsets.US_ASCII)); // digest() resets it
    }

    private static String hex(byte[] b) {
        return Addr.hex(b, 0, b.length);
    }
}
