package io.hearthguard.protection.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;

/**
 * Reads Cisco Joy flow records (one JSON object per line, as in the CESNET IoT data set under
 * {@code data/other/iot-flows}) as a STARTED and an ENDED {@link FlowRecord} each. Joy
 * records are whole-flow aggregates: there are no periodic updates, no MACs, and names only
 * where the record carries a DNS answer or TLS SNI. Lines that are not JSON objects, and
 * records without addresses, are skipped and counted.
 */
public final class JoyFlows {

    public final List<TestFlow> snapshots = new ArrayList<>();
    public int skipped;
    public final List<String> labels = new ArrayList<>();

    public static JoyFlows read(Path file, long firstId) throws IOException {
        JoyFlows out = new JoyFlows();
        ObjectMapper m = new ObjectMapper();
        long id = firstId;
        try (BufferedReader r = Files.newBufferedReader(file)) {
            for (String line; (line = r.readLine()) != null;) {
                line = line.trim();
                if (!line.startsWith("{") || line.length() > 10_000_000) {
                    out.skipped += line.isEmpty() ? 0 : 1;
                    continue;
                }
                JsonNode j;
                try {
                    j = m.readTree(line);
                } catch (IOException e) {
                    out.skipped++;
                    continue;
                }
                if (!j.hasNonNull("sa") || !j.hasNonNull("da") || !j.hasNonNull("time_start")) {
                    out.skipped++;
                    continue;
                }
                id++;
                long ob = j.path("bytes_out").asLong(0);
                long rb = j.path("bytes_in").asLong(0);
                long op = j.path("num_pkts_out").asLong(0);
                long rp = j.path("num_pkts_in").asLong(0);
                int proto = j.path("pr").asInt(0);
                String sni = null;
                JsonNode tls = j.path("tls").path("sni");
                if (tls.isArray() && tls.size() > 0) {
                    sni = tls.get(0).asText();
                } else if (tls.isTextual()) {
                    sni = tls.asText();
                }
                java.time.Instant start = GeneratedHouse.time(j.get("time_start").asDouble());
                java.time.Instant end = GeneratedHouse.time(j.path("time_end").asDouble(j.get("time_start").asDouble()));
                if (end.isBefore(start)) {
                    end = start;
                }
                TcpState st = proto == 6 ? TcpState.ESTABLISHED : TcpState.NONE;
                Optional<String> name = Optional.ofNullable(sni);
                String sa = j.get("sa").asText();
                String da = j.get("da").asText();
                int sp = j.path("sp").asInt(0);
                int dp = j.path("dp").asInt(0);
                out.snapshots.add(new TestFlow(id, FlowRecord.Phase.STARTED, FlowRecord.EndReason.NONE, proto, sa, sp, da, dp, -1, -1,
                        start, start, Math.min(ob, 1500), 0, Math.min(op, 1), 0, Math.min(ob, 1500), 0, Math.min(op, 1), 0,
                        proto == 6 ? TcpState.SYN_SENT : TcpState.NONE, name));
                out.snapshots.add(new TestFlow(id, FlowRecord.Phase.ENDED, FlowRecord.EndReason.IDLE_TIMEOUT, proto, sa, sp, da, dp, -1, -1,
                        start, end, ob, rb, op, rp, Math.max(0, ob - Math.min(ob, 1500)), rb, Math.max(0, op - 1), rp, st, name));
                out.labels.add(j.path("flow_type").asText(""));
            }
        }
        out.snapshots.sort(java.util.Comparator.comparing(TestFlow::lastSeen));
        return out;
    }
}
