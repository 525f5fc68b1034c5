package io.hearthguard.capture.internal.analyze;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.capture.internal.meta.Addr;

/** Writes analyze records as JSON lines (schema in docs/analyze-json.md) with jackson-core. */
final class JsonLines implements AutoCloseable {
    private final JsonGenerator g;

    JsonLines(OutputStream out) throws IOException {
        JsonFactory f = JsonFactory.builder().build();
        g = f.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setRootValueSeparator(null); // lines are separated by the '\n' written after each object
    }

    private void begin(String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", type);
    }

    private void end() throws IOException {
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private void time(String name, Instant t) throws IOException {
        if (t != null) {
            g.writeStringField(name, t.toString());
        }
    }

    private void head(TrafficMetadata m) throws IOException {
        time("ts", m.timestamp());
        g.writeNumberField("flow", m.flowId());
        if (m.srcMac() >= 0) {
            g.writeStringField("src_mac", Addr.mac(m.srcMac()));
        }
        if (m.dstMac() >= 0) {
            g.writeStringField("dst_mac", Addr.mac(m.dstMac()));
        }
        g.writeStringField("src_ip", m.srcIp());
        g.writeNumberField("src_port", m.srcPort());
        g.writeStringField("dst_ip", m.dstIp());
        g.writeNumberField("dst_port", m.dstPort());
    }

    private void ints(String name, List<Integer> l) throws IOException {
        g.writeArrayFieldStart(name);
        for (int i : l) {
            g.writeNumber(i);
        }
        g.writeEndArray();
    }

    private void strings(String name, java.util.Collection<String> l) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : l) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    private void opt(String name, java.util.Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(name, v.get());
        }
    }

    void flow(FlowRecord f) throws IOException {
        begin("flow");
        g.writeNumberField("id", f.flowId());
        g.writeNumberField("proto", f.protocol());
        g.writeStringField("orig_ip", f.initiatorIp());
        g.writeNumberField("orig_port", f.initiatorPort());
        g.writeStringField("resp_ip", f.responderIp());
        g.writeNumberField("resp_port", f.responderPort());
        if (f.initiatorMac() >= 0) {
            g.writeStringField("orig_mac", Addr.mac(f.initiatorMac()));
        }
        if (f.responderMac() >= 0) {
            g.writeStringField("resp_mac", Addr.mac(f.responderMac()));
        }
        if (f.vlan() >= 0) {
            g.writeNumberField("vlan", f.vlan());
        }
        time("start", f.firstSeen());
        time("end", f.lastSeen());
        g.writeNumberField("orig_bytes", f.origBytes());
        g.writeNumberField("resp_bytes", f.respBytes());
        g.writeNumberField("orig_pkts", f.origPackets());
        g.writeNumberField("resp_pkts", f.respPackets());
        if (f.protocol() == 6) {
            g.writeStringField("tcp_state", f.tcpState().name().toLowerCase(java.util.Locale.ROOT));
        }
        g.writeStringField("end_reason", f.endReason().name().toLowerCase(java.util.Locale.ROOT));
        opt("name", f.responderName());
        opt("app", f.application());
        opt("sni", f.sni());
        end();
    }

    void metadata(TrafficMetadata m) throws IOException {
        if (m instanceof DnsMessage d) {
            begin("dns");
            head(m);
            g.writeBooleanField("mdns", d.multicast());
            g.writeNumberField("id", d.transactionId());
            g.writeBooleanField("response", d.response());
            g.writeNumberField("rcode", d.rcode());
            g.writeArrayFieldStart("questions");
            for (DnsMessage.Question q : d.questions()) {
                g.writeStartObject();
                g.writeStringField("name", q.name());
                g.writeNumberField("qtype", q.type());
                g.writeNumberField("qclass", q.dnsClass());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("answers");
            for (DnsMessage.Answer a : d.answers()) {
                g.writeStartObject();
                g.writeNumberField("section", a.section());
                g.writeStringField("name", a.name());
                g.writeNumberField("rtype", a.type());
                g.writeNumberField("ttl", a.ttl());
                g.writeStringField("data", a.data());
                if (!a.txt().isEmpty()) {
                    strings("txt", a.txt());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            end();
        } else if (m instanceof DhcpMessage d) {
            begin("dhcp");
            head(m);
            g.writeNumberField("version", d.version());
            g.writeNumberField("msg_type", d.messageType());
            g.writeStringField("client_mac", d.clientMac());
            g.writeNumberField("xid", d.transactionId());
            opt("hostname", d.hostname());
            opt("client_id", d.clientId());
            opt("vendor_class", d.vendorClass());
            ints("param_list", d.parameterRequestList());
            opt("requested_ip", d.requestedIp());
            opt("assigned_ip", d.assignedIp());
            ints("options", d.optionCodes());
            end();
        } else if (m instanceof TlsClientHello t) {
            begin("tls");
            head(m);
            opt("sni", t.sni());
            strings("alpn", t.alpn());
            g.writeNumberField("version", t.legacyVersion());
            ints("supported_versions", t.supportedVersions());
            ints("ciphers", t.cipherSuites());
            g.writeStringField("ja3", t.ja3());
            g.writeStringField("ja3_hash", t.ja3Hash());
            g.writeStringField("ja4", t.ja4());
            end();
        } else if (m instanceof SsdpMessage s) {
            begin("ssdp");
            head(m);
            g.writeStringField("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            opt("location", s.location());
            opt("server", s.server());
            opt("usn", s.usn());
            opt("target", s.target());
            opt("nts", s.nts());
            end();
        } else if (m instanceof HttpRequest h) {
            begin("http");
            head(m);
            g.writeStringField("method", h.method());
            g.writeStringField("uri", h.uri());
            opt("host", h.host());
            opt("user_agent", h.userAgent());
            g.writeBooleanField("basic_auth", h.basicAuth());
            end();
        }
    }

    void device(Device d) throws IOException {
        begin("device");
        g.writeStringField("id", d.id());
        g.writeStringField("name", d.displayName());
        strings("macs", d.macs());
        strings("ips", new java.util.TreeSet<>(d.ips()));
        opt("vendor", d.vendor());
        g.writeStringField("device_type", String.valueOf(d.type()));
        opt("model", d.model());
        opt("os", d.os());
        g.writeNumberField("confidence", d.typeConfidence());
        time("first_seen", d.firstSeen());
        time("last_seen", d.lastSeen());
        g.writeArrayFieldStart("evidence");
        for (var e : d.evidence()) {
            g.writeStartObject();
            g.writeStringField("source", e.source());
            g.writeStringField("attribute", e.attribute());
            g.writeStringField("value", e.value());
            g.writeNumberField("weight", e.weight());
            g.writeStringField("detail", e.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        end();
    }

    private void deviceRef(io.hearthguard.api.finding.DeviceRef d) throws IOException {
        if (d != null) {
            g.writeObjectFieldStart("device");
            g.writeStringField("mac", d.mac());
            g.writeStringField("ip", d.ip());
            g.writeStringField("name", d.name());
            g.writeEndObject();
        }
    }

    void finding(StoredFinding s) throws IOException {
        var f = s.finding();
        begin("finding");
        g.writeStringField("rule", f.rule());
        g.writeStringField("category", f.category());
        g.writeStringField("severity", f.severity().id());
        deviceRef(f.device());
        time("start", s.firstSeen());
        time("end", s.lastSeen());
        g.writeStringField("summary", f.summary());
        g.writeFieldName("evidence");
        value(f.evidence());
        g.writeNumberField("count", s.count());
        end();
    }

    /** Rule id of the listening-session records the eavesdrop protection publishes (informational findings). */
    static final String VOICE_SESSION_RULE = "eavesdrop.voice-session";

    /** Evidence members of a session record copied to the line, under these names. */
    private static final String[][] SESSION_FIELDS = { { "upstreamBytes", "up_bytes" }, { "downstreamBytes", "down_bytes" },
            { "turnCount", "turn_count" }, { "answered", "answered" }, { "verdict", "verdict" }, { "alarm", "alarm" },
            { "reasons", "reasons" }, { "turns", "turns" }, { "recognisedBy", "recognised_by" }, { "remotes", "remotes" } };

    /** A listening session of a speaker, from the finding that records it. */
    void voiceSession(StoredFinding s) throws IOException {
        var f = s.finding();
        begin("voice_session");
        time("start", f.start());
        time("end", f.end());
        deviceRef(f.device());
        Map<String, Object> ev = f.evidence();
        for (String[] k : SESSION_FIELDS) {
            if (ev.containsKey(k[0])) {
                g.writeFieldName(k[1]);
                value(ev.get(k[0]));
            }
        }
        end();
    }

    private void value(Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                value(o);
            }
            g.writeEndArray();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof Double n) {
            g.writeNumber(n);
        } else {
            g.writeString(String.valueOf(v));
        }
    }

    /** Writes the summary line from a prepared tree of maps, lists and scalars. */
    void summary(Map<String, Object> s) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "summary");
        for (Map.Entry<String, Object> e : s.entrySet()) {
            g.writeFieldName(e.getKey());
            value(e.getValue());
        }
        end();
    }

    void flush() throws IOException {
        g.flush();
    }

    @Override
    public void close() throws IOException {
        g.close();
    }
}
