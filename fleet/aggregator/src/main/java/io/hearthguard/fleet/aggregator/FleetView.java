package io.hearthguard.fleet.aggregator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The operator's views, built from fleet messages (docs/fleet-schema.json, version 1) in the
 * order Kafka hands them over: per home (open findings, devices, health) and across the fleet
 * (open findings by category and severity, hubs silent too long, device models and firmware
 * across homes, voice skills flagged in many homes). A message already applied (same hub and
 * id) is counted as a duplicate and ignored; a finding change older than the one held is
 * ignored. Bounded: {@link #MAX_HUBS} homes, {@link #MAX_FINDINGS_PER_HUB} findings and
 * {@link #MAX_IDS_PER_HUB} remembered ids per home. Thread-safe (one lock).
 */
public final class FleetView {

    public static final int MAX_HUBS = 2_000_000;
    public static final int MAX_FINDINGS_PER_HUB = 5_000;
    public static final int MAX_IDS_PER_HUB = 20_000;
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;
    static final Pattern HUB = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SEVERITIES = List.of("info", "low", "medium", "high", "critical");

    record OpenFinding(String id, String rule, String category, String severity, String state, Instant updated, String device,
            String skill) {
        boolean open() {
            return state.equals("open") || state.equals("acknowledged");
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("rule", rule);
            m.put("category", category);
            m.put("severity", severity);
            m.put("state", state);
            m.put("updated", updated.toString());
            if (device != null) {
                m.put("device", device);
            }
            if (skill != null) {
                m.put("skill", skill);
            }
            return m;
        }
    }

    record DeviceSummary(String hash, String type, String vendor, String model, String firmware) {
    }

    static final class Home {
        final String hub;
        final Map<String, OpenFinding> findings = new HashMap<>();
        final LinkedHashMap<String, Boolean> ids = new LinkedHashMap<>(64, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> e) {
                return size() > MAX_IDS_PER_HUB;
            }
        };
        List<DeviceSummary> devices = List.of();
        Instant devicesSent = Instant.EPOCH;
        Instant lastHeard = Instant.EPOCH;
        int interval = 60;
        String version = "";
        long uptime;

        Home(String hub) {
            this.hub = hub;
        }
    }

    private final Object lock = new Object();
    private final Map<String, Home> homes = new HashMap<>();
    private final Clock clock;
    private final LagRecorder lag;
    private long applied;
    private long duplicates;
    private long rejected;
    private String lastRejection = "";

    public FleetView(Clock clock, LagRecorder lag) {
        this.clock = clock;
        this.lag = lag;
    }

    /**
     * Applies one message.
     *
     * @param hubFromKey the hub the transport vouches for (the Kafka key the bridge set from the
     *                   MQTT topic), or null
     * @return true when applied, false for a duplicate or a refused message
     */
    public boolean apply(String hubFromKey, byte[] payload) {
        JsonNode m;
        try {
            if (payload == null || payload.length > MAX_MESSAGE_BYTES) {
                return reject("message empty or larger than " + MAX_MESSAGE_BYTES + " bytes");
            }
            m = JSON.readTree(payload);
        } catch (java.io.IOException e) {
            return reject("not JSON");
        }
        if (m == null || !m.isObject() || m.path("v").asInt(-1) != 1) {
            return reject("not a version 1 fleet message");
        }
        String hub = m.path("hub").asText("");
        String id = m.path("id").asText("");
        String type = m.path("type").asText("");
        if (!HUB.matcher(hub).matches() || !ID.matcher(id).matches() || hubFromKey != null && !hubFromKey.equals(hub)) {
            return reject("bad hub or id, or hub differs from the topic's");
        }
        Instant sent;
        try {
            sent = Instant.parse(m.path("sent").asText(""));
        } catch (DateTimeParseException e) {
            return reject("bad sent time");
        }
        synchronized (lock) {
            Home h = homes.get(hub);
            if (h == null) {
                if (homes.size() >= MAX_HUBS) {
                    return reject("more than " + MAX_HUBS + " homes");
                }
                h = new Home(hub);
                homes.put(hub, h);
            }
            if (h.ids.containsKey(id)) {
                duplicates++;
                return false;
            }
            boolean ok = switch (type) {
                case "finding" -> finding(h, m);
                case "devices" -> devices(h, m, sent);
                case "health" -> health(h, m);
                default -> false;
            };
            if (!ok) {
                return reject("malformed " + type + " message");
            }
            h.ids.put(id, Boolean.TRUE);
            Instant now = clock.instant();
            if (now.isAfter(h.lastHeard)) {
                h.lastHeard = now;
            }
            applied++;
            if (lag != null && type.equals("finding")) {
                lag.record(Duration.between(sent, now).toNanos());
            }
            return true;
        }
    }

    private boolean reject(String why) {
        synchronized (lock) {
            rejected++;
            lastRejection = why;
        }
        return false;
    }

    private static boolean finding(Home h, JsonNode m) {
        JsonNode f = m.path("finding");
        String fid = f.path("id").asText("");
        String severity = f.path("severity").asText("");
        String state = f.path("state").asText("");
        if (!ID.matcher(fid).matches() || !SEVERITIES.contains(severity) || !List.of("open", "acknowledged", "muted", "resolved").contains(state)) {
            return false;
        }
        Instant updated;
        try {
            updated = Instant.parse(f.path("updated").asText(""));
        } catch (DateTimeParseException e) {
            return false;
        }
        OpenFinding held = h.findings.get(fid);
        if (held != null && held.updated().isAfter(updated)) {
            return true; // an older change arriving late: the newer one stays
        }
        if (held == null && h.findings.size() >= MAX_FINDINGS_PER_HUB && !evictClosed(h)) {
            return true; // counted as applied, not held: the home's list is full of open findings
        }
        // closed findings stay as tombstones, so a late older change cannot reopen them
        h.findings.put(fid, new OpenFinding(fid, clip(f.path("rule").asText("")), clip(f.path("category").asText("")), severity, state,
                updated, m.path("device").path("hash").asText(null), m.path("skill").asText(null)));
        return true;
    }

    private static boolean evictClosed(Home h) {
        for (var it = h.findings.values().iterator(); it.hasNext();) {
            if (!it.next().open()) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    private static boolean devices(Home h, JsonNode m, Instant sent) {
        JsonNode list = m.path("devices");
        if (!list.isArray() || list.size() > 500) {
            return false;
        }
        if (sent.isBefore(h.devicesSent)) {
            return true;
        }
        List<DeviceSummary> l = new ArrayList<>();
        for (JsonNode d : list) {
            l.add(new DeviceSummary(clip(d.path("hash").asText("")), clip(d.path("type").asText("unknown")), clip(d.path("vendor").asText("")),
                    clip(d.path("model").asText("")), clip(d.path("firmware").asText(""))));
        }
        h.devices = List.copyOf(l);
        h.devicesSent = sent;
        return true;
    }

    private static boolean health(Home h, JsonNode m) {
        int interval = m.path("interval").asInt(0);
        if (interval < 1) {
            return false;
        }
        h.interval = interval;
        h.version = clip(m.path("version").asText(""));
        h.uptime = m.path("uptimeSeconds").asLong(0);
        return true;
    }

    private static String clip(String s) {
        return s == null ? null : s.length() > 64 ? s.substring(0, 64) : s;
    }

    /** @return the fleet-wide view as a JSON-ready map */
    public Map<String, Object> fleet(int silentIntervals, int top) {
        synchronized (lock) {
            Instant now = clock.instant();
            Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
            Map<String, Integer> bySeverity = new LinkedHashMap<>();
            SEVERITIES.forEach(s -> bySeverity.put(s, 0));
            Map<String, Set<String>> skillHomes = new HashMap<>();
            Map<String, Set<String>> modelHomes = new HashMap<>();
            Set<String> eavesdrop = new HashSet<>();
            List<Map<String, Object>> silent = new ArrayList<>();
            int open = 0;
            for (Home h : homes.values()) {
                for (OpenFinding f : h.findings.values()) {
                    if (!f.open()) {
                        continue;
                    }
                    open++;
                    byCategory.computeIfAbsent(f.category(), k -> new LinkedHashMap<>()).merge(f.severity(), 1, Integer::sum);
                    bySeverity.merge(f.severity(), 1, Integer::sum);
                    if (f.skill() != null) {
                        skillHomes.computeIfAbsent(f.skill(), k -> new HashSet<>()).add(h.hub);
                    }
                    if (f.category().equals("eavesdrop")) {
                        eavesdrop.add(h.hub);
                    }
                }
                for (DeviceSummary d : h.devices) {
                    modelHomes.computeIfAbsent(String.join(" | ", d.type(), d.vendor(), d.model(), d.firmware()), k -> new HashSet<>()).add(h.hub);
                }
                if (Duration.between(h.lastHeard, now).getSeconds() > (long) silentIntervals * h.interval) {
                    if (silent.size() < top) {
                        silent.add(Map.of("hub", h.hub, "lastHeard", h.lastHeard.toString()));
                    }
                }
            }
            long silentCount = homes.values().stream()
                    .filter(h -> Duration.between(h.lastHeard, now).getSeconds() > (long) silentIntervals * h.interval).count();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("homes", homes.size());
            out.put("openFindings", open);
            out.put("openBySeverity", bySeverity);
            out.put("openByCategory", byCategory);
            out.put("homesWithEavesdropping", eavesdrop.size());
            out.put("silentHubs", silentCount);
            out.put("silent", silent);
            out.put("skillsFlaggedInManyHomes", ranked(skillHomes, "skill", top));
            out.put("deviceModels", ranked(modelHomes, "model", top));
            out.put("stats", statsLocked());
            return out;
        }
    }

    private static List<Map<String, Object>> ranked(Map<String, Set<String>> m, String key, int top) {
        return m.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size())).limit(top)
                .map(e -> Map.<String, Object>of(key, e.getKey(), "homes", e.getValue().size())).toList();
    }

    /** @return one home's view, or null when unknown */
    public Map<String, Object> home(String hub) {
        synchronized (lock) {
            Home h = homes.get(hub);
            if (h == null) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("hub", h.hub);
            out.put("lastHeard", h.lastHeard.toString());
            out.put("interval", h.interval);
            out.put("version", h.version);
            out.put("uptimeSeconds", h.uptime);
            out.put("openFindings", h.findings.values().stream().filter(OpenFinding::open).sorted((a, b) -> b.updated().compareTo(a.updated()))
                    .limit(500).map(OpenFinding::json).toList());
            out.put("devices", h.devices);
            return out;
        }
    }

    /** @return hub ids, sorted, at most {@code limit} */
    public List<String> hubs(int limit) {
        synchronized (lock) {
            String[] a = homes.keySet().toArray(String[]::new);
            Arrays.sort(a);
            return List.of(a).subList(0, Math.min(limit, a.length));
        }
    }

    /** @return whether the home holds this open finding */
    public boolean isOpen(String hub, String findingId) {
        synchronized (lock) {
            Home h = homes.get(hub);
            OpenFinding f = h == null ? null : h.findings.get(findingId);
            return f != null && f.open();
        }
    }

    /** @return counters (applied, duplicates, rejected) and lag percentiles */
    public Map<String, Object> stats() {
        synchronized (lock) {
            return statsLocked();
        }
    }

    private Map<String, Object> statsLocked() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("applied", applied);
        s.put("duplicates", duplicates);
        s.put("rejected", rejected);
        s.put("lastRejection", lastRejection);
        if (lag != null) {
            s.put("lagMillis", lag.percentiles());
        }
        return s;
    }
}
