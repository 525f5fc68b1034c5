package io.hearthguard.web.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.platform.store.Store;

/**
 * Devices as the family knows them: a name, a room and a corrected type per device, set on
 * the Devices page and kept in the hub's store (table {@code web_device_label}, owner
 * {@value #OWNER}). The dashboard and the API show them over what discovery found: the
 * family's name replaces the discovered one, and a corrected type is shown as the strongest
 * evidence ("you said"). Devices without a name of their own that share a discovered name
 * get unique default names (the end of their MAC address added).
 */
final class DeviceLabels {
    static final String OWNER = "io.hearthguard.web.devices";
    static final int MAX_LABELS = 4096;
    static final int MAX_NAME = 64;
    static final int MAX_ROOM = 40;
    /** Letters, digits, spaces and common punctuation; no control, format (bidi) or symbol characters that could disguise a name. */
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N} '’._,()&+#/-]*");

    private static final List<String> MIGRATIONS = List.of("CREATE TABLE IF NOT EXISTS web_device_label (device TEXT PRIMARY KEY, name TEXT, room TEXT, type TEXT,"
            + " updated TEXT NOT NULL, updated_by TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS web_device_forgotten (device TEXT PRIMARY KEY, at TEXT NOT NULL)");
    static final int MAX_FORGOTTEN = 4096;

    record Label(String device, String name, String room, DeviceType type, Instant updated, String by) {
    }

    private final Store store;
    private final Map<String, Label> labels = new ConcurrentHashMap<>();
    private final Map<String, Instant> forgotten = new ConcurrentHashMap<>();

    DeviceLabels(Store store) {
        this.store = store;
        store.migrate(OWNER, MIGRATIONS);
        store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT device, name, room, type, updated, updated_by FROM web_device_label")) {
                while (rs.next()) {
                    Label l = new Label(rs.getString(1), rs.getString(2), rs.getString(3), type(rs.getString(4)), Instant.parse(rs.getString(5)), rs.getString(6));
                    labels.put(l.device(), l);
                }
            }
            try (ResultSet rs = c.createStatement().executeQuery("SELECT device, at FROM web_device_forgotten")) {
                while (rs.next()) {
                    forgotten.put(rs.getString(1), Instant.parse(rs.getString(2)));
                }
            }
            return null;
        });
    }

    /**
     * Forgets a device: its name, room and type are dropped; with {@code hide} it is also
     * hidden from the dashboard until its inventory sees it again (a last-seen time after
     * now), for an inventory that could not forget it itself.
     */
    void forget(String deviceId, Instant at, boolean hide) {
        if (!hide) {
            set(deviceId, null, null, null, "forget");
            return;
        }
        if (!forgotten.containsKey(deviceId) && forgotten.size() >= MAX_FORGOTTEN) {
            throw Problem.badRequest("at most " + MAX_FORGOTTEN + " devices can be forgotten");
        }
        set(deviceId, null, null, null, "forget");
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO web_device_forgotten(device, at) VALUES (?,?)")) {
                ps.setString(1, deviceId);
                ps.setString(2, at.toString());
                ps.executeUpdate();
            }
            return null;
        });
        forgotten.put(deviceId, at);
    }

    /** @return true while a forgotten device has not been seen since it was forgotten */
    boolean hidden(Device d) {
        Instant at = forgotten.get(d.id());
        return at != null && !d.lastSeen().isAfter(at);
    }

    private static DeviceType type(String s) {
        if (s == null) {
            return null;
        }
        try {
            return DeviceType.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Optional<Label> of(String deviceId) {
        return deviceId == null ? Optional.empty() : Optional.ofNullable(labels.get(deviceId));
    }

    /** Checks a name or room: trimmed, at most {@code max} characters, plain text; empty means "clear". */
    static String clean(String field, String v, int max) {
        if (v == null) {
            return null;
        }
        String t = v.strip().replaceAll("\\s+", " ");
        if (t.length() > max) {
            throw Problem.badRequest("'" + field + "' has at most " + max + " characters");
        }
        if (!TEXT.matcher(t).matches()) {
            throw Problem.badRequest("'" + field + "' may hold letters, digits, spaces and . , ' ( ) & + # / - only");
        }
        return t.isEmpty() ? null : t;
    }

    /** Parses a type id ({@code smart-speaker}) or clears it with null or empty. */
    static DeviceType parseType(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        DeviceType t = type(v.strip());
        if (t == null) {
            List<String> ids = new ArrayList<>();
            for (DeviceType x : DeviceType.values()) {
                ids.add(x.id());
            }
            throw Problem.badRequest("'type' must be one of " + String.join(", ", ids));
        }
        return t;
    }

    /** Stores the family's name, room and type for a device (all null: the label is removed). */
    Optional<Label> set(String deviceId, String name, String room, DeviceType type, String by) {
        if (name == null && room == null && type == null) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_device_label WHERE device = ?")) {
                    ps.setString(1, deviceId);
                    ps.executeUpdate();
                }
                return null;
            });
            labels.remove(deviceId);
            return Optional.empty();
        }
        if (!labels.containsKey(deviceId) && labels.size() >= MAX_LABELS) {
            throw Problem.badRequest("at most " + MAX_LABELS + " devices can have a name of their own");
        }
        Label l = new Label(deviceId, name, room, type, Instant.now(), by);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO web_device_label(device, name, room, type, updated, updated_by) VALUES (?,?,?,?,?,?)")) {
                ps.setString(1, deviceId);
                ps.setString(2, name);
                ps.setString(3, room);
                ps.setString(4, type == null ? null : type.id());
                ps.setString(5, l.updated().toString());
                ps.setString(6, by);
                ps.executeUpdate();
            }
            return null;
        });
        labels.put(deviceId, l);
        return Optional.of(l);
    }

    /**
     * The names the dashboard shows: the family's name when set; otherwise the discovered name,
     * made unique with the end of the MAC address when other devices share it.
     */
    Map<String, String> names(List<Device> devices) {
        Map<String, Integer> count = new HashMap<>();
        for (Device d : devices) {
            if (of(d.id()).map(Label::name).isEmpty()) {
                count.merge(d.displayName(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Device d : devices) {
            String own = of(d.id()).map(Label::name).orElse(null);
            if (own != null) {
                out.put(d.id(), own);
            } else if (count.getOrDefault(d.displayName(), 0) > 1) {
                out.put(d.id(), d.displayName() + " (" + tail(d) + ")");
            } else {
                out.put(d.id(), d.displayName());
            }
        }
        return out;
    }

    private static String tail(Device d) {
        if (!d.macs().isEmpty()) {
            String m = d.macs().get(0);
            return "…" + m.substring(Math.max(0, m.length() - 5));
        }
        return d.ips().isEmpty() ? d.id() : d.ips().iterator().next();
    }
}
