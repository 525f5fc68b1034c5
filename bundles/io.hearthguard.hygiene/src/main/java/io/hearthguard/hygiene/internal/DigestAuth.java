package io.hearthguard.hygiene.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP (and RTSP) Digest access authentication as RFC 7616 describes it: reads a server's
 * {@code WWW-Authenticate: Digest} challenge and computes the {@code Authorization} answer for
 * one request, with MD5 or SHA-256, {@code qop=auth} when offered (else the RFC 2069 form).
 * Only what a login check needs; the password is used for the hash and not kept.
 */
final class DigestAuth {
    private static final Pattern CHALLENGE = Pattern.compile("(?im)^WWW-Authenticate:[ \\t]*Digest[ \\t]+([^\\r\\n]{1,2000})");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z][A-Za-z0-9_-]{0,40})\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.){0,500})\"|([^,\\s]{0,500}))");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A server's challenge: realm, nonce, optional opaque, qop and algorithm. */
    record Challenge(String realm, String nonce, String opaque, boolean qopAuth, String algorithm) {
    }

    private DigestAuth() {
    }

    /** @return the Digest challenge in {@code answer}'s headers, or null when there is none usable */
    static Challenge parse(String answer) {
        Matcher m = CHALLENGE.matcher(answer);
        if (!m.find()) {
            return null;
        }
        Map<String, String> p = new HashMap<>();
        Matcher pm = PARAM.matcher(m.group(1));
        while (pm.find() && p.size() < 16) {
            p.putIfAbsent(pm.group(1).toLowerCase(Locale.ROOT), pm.group(2) != null ? pm.group(2).replaceAll("\\\\(.)", "$1") : pm.group(3));
        }
        String alg = p.getOrDefault("algorithm", "MD5").toUpperCase(Locale.ROOT);
        if (p.get("nonce") == null || p.get("realm") == null || !(alg.equals("MD5") || alg.equals("SHA-256"))) {
            return null;
        }
        boolean qopAuth = false;
        if (p.containsKey("qop")) {
            for (String q : p.get("qop").split(",")) {
                qopAuth |= q.strip().equalsIgnoreCase("auth");
            }
            if (!qopAuth) {
                return null; // auth-int only: not for a login check
            }
        }
        return new Challenge(p.get("realm"), p.get("nonce"), p.get("opaque"), qopAuth, alg);
    }

    /** @return the value of the {@code Authorization} header answering {@code c} for {@code method uri} */
    static String authorization(Challenge c, String method, String uri, String user, String password) {
        String ha1 = hash(c.algorithm(), user + ":" + c.realm() + ":" + password);
        String ha2 = hash(c.algorithm(), method + ":" + uri);
        StringBuilder b = new StringBuilder("Digest username=\"").append(quote(user)).append("\", realm=\"").append(quote(c.realm()))
                .append("\", nonce=\"").append(quote(c.nonce())).append("\", uri=\"").append(quote(uri)).append('"');
        if (c.qopAuth()) {
            String cnonce = HexFormat.of().formatHex(randomBytes());
            String nc = "00000001";
            String response = hash(c.algorithm(), ha1 + ":" + c.nonce() + ":" + nc + ":" + cnonce + ":auth:" + ha2);
            b.append(", qop=auth, nc=").append(nc).append(", cnonce=\"").append(cnonce).append("\", response=\"").append(response).append('"');
        } else {
            b.append(", response=\"").append(hash(c.algorithm(), ha1 + ":" + c.nonce() + ":" + ha2)).append('"');
        }
        if (c.opaque() != null) {
            b.append(", opaque=\"").append(quote(c.opaque())).append('"');
        }
        if (!c.algorithm().equals("MD5")) {
            b.append(", algorithm=").append(c.algorithm());
        }
        return b.toString();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "");
    }

    static String hash(String algorithm, String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java", e);
        }
    }
}
