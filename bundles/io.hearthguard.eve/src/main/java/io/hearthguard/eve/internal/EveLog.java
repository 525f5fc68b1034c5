package io.hearthguard.eve.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.hearthguard.api.finding.FindingEvents;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TlsClientHello;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;

/**
 * Writes the hub's traffic and findings as an EVE-style JSON log ({@code logs/eve.json} in
 * the data directory), one event per line in the field names Suricata uses ({@code
 * timestamp}, {@code flow_id}, {@code event_type}, {@code src_ip}, {@code src_port}, {@code
 * dest_ip}, {@code dest_port}, {@code proto}, {@code community_id}, and a {@code flow},
 * {@code dns}, {@code tls} or {@code alert} object), so pipelines built for Suricata (Filebeat's
 * Suricata module, Logstash, jq) read it. Flows are written when they end; DNS queries and
 * answers and TLS ClientHellos as they are seen; every new finding as an {@code alert}.
 * Off unless configured ({@code enabled=true}): it costs disk on a small box. Like every
 * traffic observer it joins capture sessions that start after it (enable it, then start or
 * re-save live capture).
 *
 * <p>The capture thread only formats a line and enqueues it (never blocks; a full queue drops
 * the line and counts it in {@code /metrics}).
 */
@Component(service = {TrafficObserver.class, EventHandler.class, MetricSource.class}, configurationPid = EveLog.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {TrafficObserver.PROP_STREAMS + "=flow", TrafficObserver.PROP_STREAMS + "=metadata",
                EventConstants.EVENT_TOPIC + "=" + FindingEvents.TOPIC_CREATED})
@Designate(ocd = EveLog.Config.class)
public final class EveLog implements TrafficObserver, EventHandler, MetricSource {
    static final String PID = "io.hearthguard.eve";
    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxx", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @ObjectClassDefinition(name = "Hearthguard EVE log", description = "EVE-style JSON event log (flows, DNS, TLS, findings) for Suricata pipelines.")
    public @interface Config {
        @AttributeDefinition(description = "Write the log")
        boolean enabled() default false;

        @AttributeDefinition(description = "File; relative paths are in the data directory")
        String file() default "logs/eve.json";

        @AttributeDefinition(description = "Rotate when the file reaches this many MB", min = "1", max = "10240")
        int maxMegabytes() default 64;

        @AttributeDefinition(description = "Rotated files kept", min = "0", max = "100")
        int keep() default 3;

        @AttributeDefinition(description = "Community ID seed (0 as Suricata and Zeek by default)", min = "0", max = "65535")
        int communityIdSeed() default 0;

        @AttributeDefinition(description = "Lines waiting to be written before new ones are dropped", min = "1024", max = "1048576")
        int queueCapacity() default 65536;
    }

    private final EveWriter writer;
    private final int seed;

    @Activate
    public EveLog(Config c, BundleContext context) {
        this(c.enabled() ? resolve(Launch.dataDirectory(context::getProperty), c.file()) : null, c);
    }

    EveLog(Path file, Config c) {
        if (c.maxMegabytes() < 1 || c.keep() < 0 || c.keep() > 100 || c.communityIdSeed() < 0 || c.communityIdSeed() > 65535
                || c.queueCapacity() < 1024) {
            throw new IllegalArgumentException(PID + ": maxMegabytes >= 1, keep 0..100, communityIdSeed 0..65535, queueCapacity >= 1024");
        }
        this.seed = c.communityIdSeed();
        this.writer = file == null ? null : new EveWriter(file, c.maxMegabytes() * 1024L * 1024L, c.keep(), c.queueCapacity());
    }

    static Path resolve(Path data, String file) {
        Path f = Path.of(file.isBlank() ? "logs/eve.json" : file);
        return f.isAbsolute() ? f : data.resolve(f).normalize();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        if (writer != null) {
            writer.close();
        }
    }

    @Override
    public void flow(FlowRecord f) {
        if (writer == null || f.phase() != FlowRecord.Phase.ENDED) {
            return;
        }
        writer.line(line(g -> {
            header(g, f.lastSeen(), f.flowId(), "flow", f.initiatorIp(), f.initiatorPort(), f.responderIp(), f.responderPort(), f.protocol());
            if (f.application().isPresent()) {
                g.writeStringField("app_proto", f.application().get());
            }
            g.writeObjectFieldStart("flow");
            g.writeNumberField("pkts_toserver", f.origPackets());
            g.writeNumberField("pkts_toclient", f.respPackets());
            g.writeNumberField("bytes_toserver", f.origBytes());
            g.writeNumberField("bytes_toclient", f.respBytes());
            g.writeStringField("start", TS.format(f.firstSeen()));
            g.writeStringField("end", TS.format(f.lastSeen()));
            g.writeNumberField("age", Math.max(0, f.lastSeen().getEpochSecond() - f.firstSeen().getEpochSecond()));
            g.writeStringField("state", f.protocol() == 6 ? f.tcpState().name().toLowerCase(Locale.ROOT) : "closed");
            g.writeStringField("reason", reason(f.endReason()));
            g.writeEndObject();
            if (f.sni().isPresent() || f.responderName().isPresent()) {
                g.writeObjectFieldStart("hearthguard");
                if (f.responderName().isPresent()) {
                    g.writeStringField("responder_name", f.responderName().get());
                }
                if (f.sni().isPresent()) {
                    g.writeStringField("sni", f.sni().get());
                }
                g.writeEndObject();
            }
        }));
    }

    private static String reason(FlowRecord.EndReason r) {
        return switch (r) {
            case IDLE_TIMEOUT, ACTIVE_TIMEOUT -> "timeout";
            case END_OF_CAPTURE -> "shutdown";
            case EVICTED -> "forced";
            default -> "closed";
        };
    }

    @Override
    public void metadata(TrafficMetadata m) {
        if (writer == null) {
            return;
        }
        if (m instanceof DnsMessage d && !d.questions().isEmpty()) {
            writer.line(line(g -> {
                header(g, d.timestamp(), d.flowId(), "dns", d.srcIp(), d.srcPort(), d.dstIp(), d.dstPort(), 17);
                g.writeObjectFieldStart("dns");
                g.writeStringField("type", d.response() ? "answer" : "query");
                g.writeNumberField("id", d.transactionId());
                DnsMessage.Question q = d.questions().get(0);
                g.writeStringField("rrname", q.name());
                g.writeStringField("rrtype", rrtype(q.type()));
                if (d.response()) {
                    g.writeStringField("rcode", rcode(d.rcode()));
                    g.writeArrayFieldStart("answers");
                    int n = 0;
                    for (DnsMessage.Answer a : d.answers()) {
                        if (a.section() != 1 || ++n > 32) {
                            continue;
                        }
                        g.writeStartObject();
                        g.writeStringField("rrname", a.name());
                        g.writeStringField("rrtype", rrtype(a.type()));
                        g.writeNumberField("ttl", a.ttl());
                        g.writeStringField("rdata", a.data());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }));
        } else if (m instanceof TlsClientHello t) {
            writer.line(line(g -> {
                header(g, t.timestamp(), t.flowId(), "tls", t.srcIp(), t.srcPort(), t.dstIp(), t.dstPort(), 6);
                g.writeObjectFieldStart("tls");
                if (t.sni().isPresent()) {
                    g.writeStringField("sni", t.sni().get());
                }
                g.writeObjectFieldStart("ja3");
                g.writeStringField("hash", t.ja3Hash());
                g.writeStringField("string", t.ja3());
                g.writeEndObject();
                g.writeObjectFieldStart("ja4");
                g.writeStringField("hash", t.ja4());
                g.writeEndObject();
                g.writeEndObject();
            }));
        }
    }

    /** A new finding becomes an alert: signature = the rule, severity 1 (critical/high) to 3 (low/info) as in Suricata. */
    @Override
    public void handleEvent(Event e) {
        if (writer == null) {
            return;
        }
        Object rule = e.getProperty(FindingEvents.PROP_RULE);
        Object sev = e.getProperty(FindingEvents.PROP_SEVERITY);
        writer.line(line(g -> {
            g.writeStartObject();
            g.writeStringField("timestamp", TS.format(Instant.now()));
            g.writeStringField("event_type", "alert");
            g.writeObjectFieldStart("alert");
            g.writeStringField("action", "allowed");
            g.writeStringField("signature", String.valueOf(rule));
            g.writeStringField("category", String.valueOf(e.getProperty(FindingEvents.PROP_CATEGORY)));
            g.writeNumberField("severity", severity(String.valueOf(sev)));
            g.writeEndObject();
            g.writeObjectFieldStart("hearthguard");
            g.writeStringField("finding_id", String.valueOf(e.getProperty(FindingEvents.PROP_FINDING_ID)));
            Object device = e.getProperty(FindingEvents.PROP_DEVICE_ID);
            if (device != null) {
                g.writeStringField("device_id", device.toString());
            }
            g.writeStringField("severity", String.valueOf(sev).toLowerCase(Locale.ROOT));
            g.writeEndObject();
        }));
    }

    static int severity(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "critical", "high" -> 1;
            case "medium" -> 2;
            default -> 3;
        };
    }

    @Override
    public void collect(MetricSink sink) {
        if (writer != null) {
            sink.counter("hearthguard_eve_lines_written_total", "EVE log lines written", writer.written());
            sink.counter("hearthguard_eve_lines_dropped_total", "EVE log lines dropped (queue full or write error)", writer.dropped());
        }
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] line(Body body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256);
        try (JsonGenerator g = JSON.createGenerator(b)) {
            body.write(g);
            while (g.getOutputContext().inObject() || g.getOutputContext().inArray()) {
                if (g.getOutputContext().inObject()) {
                    g.writeEndObject();
                } else {
                    g.writeEndArray();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** Opens the event object with the common fields, source and destination as seen. */
    private void header(JsonGenerator g, Instant ts, long flowId, String type, String src, int sport, String dst, int dport, int proto)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("timestamp", TS.format(ts));
        g.writeNumberField("flow_id", flowId);
        g.writeStringField("event_type", type);
        g.writeStringField("src_ip", src);
        g.writeNumberField("src_port", sport);
        g.writeStringField("dest_ip", dst);
        g.writeNumberField("dest_port", dport);
        g.writeStringField("proto", proto == 6 ? "TCP" : proto == 17 ? "UDP" : proto == 1 ? "ICMP" : proto == 58 ? "IPv6-ICMP" : Integer.toString(proto));
        String cid = CommunityId.of(seed, src, sport, dst, dport, proto);
        if (cid != null) {
            g.writeStringField("community_id", cid);
        }
    }

    static String rrtype(int t) {
        return switch (t) {
            case 1 -> "A";
            case 2 -> "NS";
            case 5 -> "CNAME";
            case 6 -> "SOA";
            case 12 -> "PTR";
            case 15 -> "MX";
            case 16 -> "TXT";
            case 28 -> "AAAA";
            case 33 -> "SRV";
            case 65 -> "HTTPS";
            default -> "TYPE" + t;
        };
    }

    static String rcode(int r) {
        return switch (r) {
            case 0 -> "NOERROR";
            case 1 -> "FORMERR";
            case 2 -> "SERVFAIL";
            case 3 -> "NXDOMAIN";
            case 4 -> "NOTIMP";
            case 5 -> "REFUSED";
            default -> "RCODE" + r;
        };
    }
}
