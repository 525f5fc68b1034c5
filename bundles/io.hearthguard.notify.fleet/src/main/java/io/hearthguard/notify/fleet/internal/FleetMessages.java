package io.hearthguard.notify.fleet.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.Notification;

/**
 * Builds the fleet messages of docs/fleet-schema.json (version 1). What leaves the hub is
 * chosen member by member (an allow-list): rule, category, severity, state, counts and times
 * of a finding; type, vendor, model and firmware of a device, its first MAC only as
 * HMAC-SHA256 with the operator's salt. Never the finding's summary, title, body or
 * evidence, never a name, IP or MAC. Thread-safe.
 */
final class FleetMessages {

    /** Schema version written in every message ({@code v}). */
    static final int VERSION = 1;
    /** Most devices in one summary (the schema's maxItems). */
    static final int MAX_DEVICES = 500;
    static final int MAX_TEXT = 64;
    private static final Pattern MAC_LIKE = Pattern.compile("(?i)[0-9a-f]{2}([:-]?[0-9a-f]{2}){5}");
    private static final Pattern IPV4_LIKE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String hub;
    private final byte[] salt;

    FleetMessages(String hub, byte[] salt) {
        this.hub = hub;
        this.salt = salt.clone();
    }

    /** @return lower-case hex HMAC-SHA256 of the text with the operator's salt */
    String hash(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** @return the hash of a MAC in any common spelling (normalised to lower-case colon form) */
    String macHash(String mac) {
        String hex = mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            b.append(i == 0 ? "" : ":").append(hex, i, Math.min(hex.length(), i + 2));
        }
        return hash(b.toString());
    }

    private Map<String, Object> envelope(String type, String id, Instant sent) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("message id must match [A-Za-z0-9._:-]{1,128}");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", VERSION);
        m.put("type", type);
        m.put("id", id);
        m.put("hub", hub);
        m.put("sent", sent.toString());
        return m;
    }

    /**
     * @return the finding message, or empty for kinds the fleet channel does not carry (digests
     *         and device notifications: both are built from names and titles)
     */
    Optional<Map<String, Object>> finding(Notification n, DeviceInventory inventory) {
        String kind = switch (n.kind()) {
            case FINDING -> "finding";
            case FINDING_UPDATE -> "finding-update";
            case FINDING_STATE -> "finding-state";
            default -> null;
        };
        if (kind == null || n.finding().isEmpty()) {
            return Optional.empty();
        }
        StoredFinding sf = n.finding().get();
        Map<String, Object> m = envelope("finding", n.id(), n.created());
        m.put("kind", kind);
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", sf.id());
        f.put("rule", sf.finding().rule());
        f.put("category", sf.finding().category());
        f.put("severity", sf.finding().severity().id());
        f.put("state", sf.state().name().toLowerCase(Locale.ROOT));
        f.put("count", sf.count());
        f.put("firstSeen", sf.firstSeen().toString());
        f.put("lastSeen", sf.lastSeen().toString());
        f.put("updated", sf.updated().toString());
        m.put("finding", f);
        DeviceRef ref = sf.finding().device();
        if (ref != null) {
            Device d = inventory == null ? null : inventory.byId(ref.id()).orElse(null);
            String mac = ref.mac() != null && !ref.mac().isBlank() ? ref.mac() : d != null && !d.macs().isEmpty() ? d.macs().get(0) : null;
            if (mac != null) {
                Map<String, Object> dev = d != null ? device(d, ref.name()) : new LinkedHashMap<>(Map.of("type", "unknown"));
                dev.put("hash", macHash(mac));
                m.put("device", ordered(dev));
            }
        }
        skill(sf.finding().evidence()).ifPresent(s -> m.put("skill", s));
        return Optional.of(m);
    }

    /** A voice skill's identity, hashed: platform and sorted invocation names from the finding's subject. */
    private Optional<String> skill(Map<String, Object> evidence) {
        if (evidence == null || !(evidence.get("subject") instanceof Map<?, ?> subject) || !"voice-skill".equals(subject.get("kind"))) {
            return Optional.empty();
        }
        TreeSet<String> names = new TreeSet<>();
        if (subject.get("invocationNames") instanceof Collection<?> c) {
            for (Object o : c) {
                names.add(String.valueOf(o).trim().toLowerCase(Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(hash("skill:" + subject.get("platform") + ":" + String.join("|", names)));
    }

    /** The devices summary: at most {@value #MAX_DEVICES}, with the inventory's total. */
    Map<String, Object> devices(String id, Instant sent, List<Device> all) {
        Map<String, Object> m = envelope("devices", id, sent);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Device d : all) {
            if (list.size() >= MAX_DEVICES) {
                break;
            }
            if (d.macs().isEmpty()) {
                continue;
            }
            Map<String, Object> dev = device(d, null);
            dev.put("hash", macHash(d.macs().get(0)));
            dev.put("online", d.online());
            list.add(ordered(dev));
        }
        m.put("devices", list);
        m.put("total", all.size());
        return m;
    }

    /** The health message. */
    Map<String, Object> health(String id, Instant sent, String version, long uptimeSeconds, Integer devices,
            Map<String, Integer> openFindings, int interval) {
        Map<String, Object> m = envelope("health", id, sent);
        m.put("version", clip(version));
        m.put("uptimeSeconds", Math.max(0, uptimeSeconds));
        if (devices != null) {
            m.put("devices", devices);
        }
        if (openFindings != null) {
            m.put("openFindings", openFindings);
        }
        m.put("interval", interval);
        return m;
    }

    /** Type, vendor, model, firmware of a device, each dropped when it could carry a name, MAC or IP. */
    private static Map<String, Object> device(Device d, String extraName) {
        List<String> names = new ArrayList<>(d.names());
        names.add(d.displayName());
        if (extraName != null) {
            names.add(extraName);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", d.type().id());
        safe(d.vendor(), names).ifPresent(v -> m.put("vendor", v));
        safe(d.model(), names).ifPresent(v -> m.put("model", v));
        safe(d.os(), names).ifPresent(v -> m.put("firmware", v));
        return m;
    }

    /** @return the text, cleaned and clipped, unless it contains one of the names, a MAC or an IPv4 address */
    static Optional<String> safe(Optional<String> value, Collection<String> names) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = clip(value.get());
        String lower = v.toLowerCase(Locale.ROOT);
        if (v.isBlank() || MAC_LIKE.matcher(v).find() || IPV4_LIKE.matcher(v).find()) {
            return Optional.empty();
        }
        for (String n : names) {
            if (n != null && n.strip().length() >= 3 && lower.contains(n.strip().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    private static String clip(String s) {
        String c = s == null ? "" : s.replaceAll("\\p{Cntrl}", " ").strip();
        return c.length() > MAX_TEXT ? c.substring(0, MAX_TEXT) : c;
    }

    /** hash first, as the schema lists it. */
    private static Map<String, Object> ordered(Map<String, Object> dev) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("hash", dev.get("hash"));
        dev.forEach((k, v) -> {
            if (!k.equals("hash")) {
                o.put(k, v);
            }
        });
        return o;
    }
}
