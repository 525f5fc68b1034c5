package io.hearthguard.capture.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.capture.internal.meta.DhcpParser;
import io.hearthguard.capture.internal.meta.DnsParser;
import io.hearthguard.capture.internal.meta.Head;
import io.hearthguard.capture.internal.meta.Malformed;
import io.hearthguard.capture.internal.meta.QuicInitial;
import io.hearthguard.capture.internal.meta.Records;
import io.hearthguard.capture.internal.meta.TextParsers;
import io.hearthguard.capture.internal.meta.TlsParser;

/**
 * One Jazzer target per application parser of untrusted payloads. Each asserts the parser's
 * documented contract: the only exception is {@link Malformed} (anything else fails the
 * target), and what comes back respects the documented caps. In {@code mvn verify} they run
 * in regression mode over {@code src/test/resources/.../ParserFuzzTestInputs/<method>/};
 * fuzzing for real is described in docs/capture.md, section "Fuzzing".
 */
class ParserFuzzTest {
    private static final Head HEAD = new Head(Instant.EPOCH, -1, -1, -1, "", "", 0, 0);
    /** A name is at most 255 wire bytes; a byte is shown in at most 4 chars ({@code \ddd}). */
    private static final int MAX_NAME_CHARS = 4 * 255;

    @FuzzTest(maxDuration = "30s")
    void dns(byte[] d) {
        for (boolean mdns : new boolean[] {false, true}) {
            Records.Dns m;
            try {
                m = DnsParser.parse(HEAD, mdns, d, 0, d.length);
            } catch (Malformed expected) {
                continue;
            }
            check(d.length >= 12, "parsed less than a header");
            check(m.transactionId() >= 0 && m.transactionId() <= 0xffff, "transaction id " + m.transactionId());
            check(m.rcode() >= 0 && m.rcode() <= 15, "rcode " + m.rcode());
            check(m.questions().size() <= DnsParser.MAX_RECORDS, "questions " + m.questions().size());
            check(m.answers().size() <= DnsParser.MAX_RECORDS, "answers " + m.answers().size());
            for (DnsMessage.Question q : m.questions()) {
                check(q.name() != null && q.name().length() <= MAX_NAME_CHARS, "question name");
                check(q.type() >= 0 && q.type() <= 0xffff, "question type");
            }
            for (DnsMessage.Answer a : m.answers()) {
                check(a.name() != null && a.name().length() <= MAX_NAME_CHARS, "answer name");
                check(a.ttl() >= 0 && a.ttl() <= 0xffffffffL, "ttl " + a.ttl());
                check(a.data() != null && a.data().length() <= Math.max(MAX_NAME_CHARS, 4 * d.length), "answer data");
                check(a.txt().size() <= DnsParser.MAX_TXT, "txt strings " + a.txt().size());
                for (String t : a.txt()) {
                    check(t.length() <= DnsParser.MAX_TXT_LEN, "txt string length " + t.length());
                }
            }
            unmodifiable(m.questions());
            unmodifiable(m.answers());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void dhcp(byte[] d) {
        try {
            dhcpRecord(DhcpParser.parseV4(HEAD, d, 0, d.length), 4);
        } catch (Malformed expected) {
            // allowed
        }
        try {
            dhcpRecord(DhcpParser.parseV6(HEAD, d, 0, d.length), 6);
        } catch (Malformed expected) {
            // allowed
        }
    }

    private static void dhcpRecord(Records.Dhcp m, int version) {
        check(m.version() == version, "version " + m.version());
        check(m.clientMac() != null, "client MAC");
        for (Optional<String> s : List.of(m.hostname(), m.clientId(), m.vendorClass(), m.requestedIp(), m.assignedIp())) {
            check(s != null && s.map(String::length).orElse(0) <= 2 * DhcpParser.MAX_STRING + 1, "string field " + s);
        }
        check(m.parameterRequestList().size() <= DhcpParser.MAX_LIST, "parameter request list " + m.parameterRequestList().size());
        unmodifiable(m.parameterRequestList());
        unmodifiable(m.optionCodes());
    }

    @FuzzTest(maxDuration = "30s")
    void tlsClientHello(byte[] d) {
        for (boolean quic : new boolean[] {false, true}) {
            Records.Tls t;
            try {
                t = TlsParser.parse(HEAD, d, 0, d.length, quic);
            } catch (Malformed expected) {
                continue;
            }
            tlsRecord(t, quic);
        }
        TlsParser.looksLikeClientHello(d, 0, d.length);
        int n = TlsParser.needed(d, 0, d.length);
        check(n == -1 || n >= 5, "needed " + n);
    }

    private static void tlsRecord(Records.Tls t, boolean quic) {
        check(t.cipherSuites().size() <= TlsParser.MAX_ITEMS, "cipher suites " + t.cipherSuites().size());
        check(t.supportedVersions().size() <= TlsParser.MAX_ITEMS, "versions " + t.supportedVersions().size());
        check(t.alpn().size() <= 32, "alpn " + t.alpn().size());
        check(t.sni().map(String::length).orElse(0) <= 255, "sni length");
        check(t.legacyVersion() >= 0 && t.legacyVersion() <= 0xffff, "legacy version");
        check(t.ja3Hash().matches("[0-9a-f]{32}"), "ja3 hash " + t.ja3Hash());
        // JA4 keeps the ALPN characters as sent (upper case included), or their hex when not alphanumeric
        check(t.ja4().matches((quic ? "q" : "t") + "[0-9a-z]{2}[di][0-9]{2}[0-9]{2}[0-9A-Za-z]{2}_[0-9a-f]{12}_[0-9a-f]{12}"),
                "ja4 " + t.ja4());
        unmodifiable(t.cipherSuites());
    }

    @FuzzTest(maxDuration = "30s")
    void quicInitial(byte[] d) {
        QuicInitial.looksLikeInitial(d, 0, d.length);
        QuicInitial.Crypto c = new QuicInitial.Crypto();
        try {
            QuicInitial.add(d, 0, d.length, c);
        } catch (Malformed expected) {
            return;
        }
        byte[] hello = c.clientHello();
        if (hello == null) {
            return;
        }
        check(hello.length >= 4 && hello.length <= QuicInitial.MAX_CRYPTO && hello[0] == 1, "client hello " + hello.length);
        // what the reassembly hands on goes to the TLS parser with a record header
        byte[] rec = new byte[hello.length + 5];
        rec[0] = 22;
        rec[1] = 3;
        rec[2] = 1;
        rec[3] = (byte) (hello.length >> 8);
        rec[4] = (byte) hello.length;
        System.arraycopy(hello, 0, rec, 5, hello.length);
        try {
            tlsRecord(TlsParser.parse(HEAD, rec, 0, rec.length, true), true);
        } catch (Malformed expected) {
            // allowed
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ssdp(byte[] d) {
        Records.Ssdp s;
        try {
            s = TextParsers.ssdp(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            return;
        }
        check(s.kind() != null, "kind");
        check(s.headers().size() <= TextParsers.MAX_HEADERS, "headers " + s.headers().size());
        for (Map.Entry<String, String> h : s.headers().entrySet()) {
            check(h.getKey().length() + h.getValue().length() < TextParsers.MAX_LINE, "header line");
        }
        for (Optional<String> o : List.of(s.location(), s.server(), s.usn(), s.target(), s.nts())) {
            check(o.map(String::length).orElse(0) < TextParsers.MAX_LINE, "field");
        }
        unmodifiable(s.headers());
    }

    @FuzzTest(maxDuration = "30s")
    void httpRequest(byte[] d) {
        TextParsers.looksLikeHttp(d, 0, d.length);
        Records.Http h;
        try {
            h = TextParsers.http(HEAD, d, 0, d.length);
        } catch (Malformed expected) {
            return;
        }
        check(h.method() != null && h.uri() != null, "request line");
        check(h.method().length() + h.uri().length() <= TextParsers.MAX_URI + 64, "request line length");
        check(h.host().map(String::length).orElse(0) < TextParsers.MAX_LINE, "host");
        check(h.userAgent().map(String::length).orElse(0) < TextParsers.MAX_LINE, "user agent");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }

    private static void unmodifiable(Object c) {
        try {
            if (c instanceof List<?> l) {
                l.clear();
            } else if (c instanceof Map<?, ?> m) {
                m.clear();
            }
        } catch (UnsupportedOperationException expected) {
            return;
        }
        if (c instanceof List<?> l && !l.isEmpty() || c instanceof Map<?, ?> m && !m.isEmpty()) {
            throw new AssertionError("contract broken: collection is modifiable");
        }
    }
}
