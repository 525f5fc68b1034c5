package io.hearthguard.discovery.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.hearthguard.api.device.Evidence;
import io.hearthguard.platform.store.Store;

/**
 * The inventory's tables in the hub's store. Lists are stored as newline-separated text
 * with {@code \\}, tab and newline escaped; evidence as one tab-separated line per item.
 */
public final class DeviceStore {
    /** Owner name for {@link Store#migrate}. */
    public static final String OWNER = "io.hearthguard.discovery";

    /** Schema steps; append only. */
    static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE discovery_device (id TEXT PRIMARY KEY, macs TEXT NOT NULL, ips TEXT NOT NULL, "
                    + "first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL, client_ids TEXT NOT NULL, "
                    + "services TEXT NOT NULL, facts TEXT NOT NULL, evidence TEXT NOT NULL);"
                    + "CREATE TABLE discovery_gateway (id INTEGER PRIMARY KEY CHECK (id = 1), mac TEXT NOT NULL, ip TEXT)");

    private final Store store;

    public DeviceStore(Store store) {
        this.store = store;
    }

    /** Creates or upgrades the tables. */
    public void migrate() {
        store.migrate(OWNER, MIGRATIONS);
    }

    /** @return every stored device; rows that cannot be read are skipped */
    public List<InventoryEngine.Stored> load() {
        return store.read(c -> {
            List<InventoryEngine.Stored> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, macs, ips, first_seen, last_seen, client_ids, services, facts, evidence FROM discovery_device");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(new InventoryEngine.Stored(rs.getString(1), list(rs.getString(2)), list(rs.getString(3)),
                                Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5)), list(rs.getString(6)),
                                list(rs.getString(7)), list(rs.getString(8)), evidence(rs.getString(9))));
                    } catch (RuntimeException e) {
                        // a damaged row loses that device only
                    }
                }
            }
            return out;
        });
    }

    /** @return {mac, ip} of the stored gateway, or null */
    public String[] gateway() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT mac, ip FROM discovery_gateway WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
            }
        });
    }

    /** Writes devices (insert or replace) and, when {@code gatewayMac} is not null, the gateway, in one transaction. */
    public void save(Collection<InventoryEngine.Stored> devices, String gatewayMac, String gatewayIp) {
        store.write(c -> {
            write(c, devices);
            if (gatewayMac != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO discovery_gateway (id, mac, ip) VALUES (1, ?, ?)")) {
                    ps.setString(1, gatewayMac);
                    ps.setString(2, gatewayIp);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Deletes one device. */
    public void delete(String id) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM discovery_device WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private static void write(Connection c, Collection<InventoryEngine.Stored> devices) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO discovery_device "
                + "(id, macs, ips, first_seen, last_seen, client_ids, services, facts, evidence) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (InventoryEngine.Stored d : devices) {
                ps.setString(1, d.id());
                ps.setString(2, join(d.macs()));
                ps.setString(3, join(d.ips()));
                ps.setLong(4, d.firstSeen().toEpochMilli());
                ps.setLong(5, d.lastSeen().toEpochMilli());
                ps.setString(6, join(d.clientIds()));
                ps.setString(7, join(d.services()));
                ps.setString(8, join(d.facts()));
                StringBuilder ev = new StringBuilder();
                for (Evidence e : d.evidence()) {
                    if (ev.length() > 0) {
                        ev.append('\n');
                    }
                    ev.append(esc(e.source())).append('\t').append(esc(e.attribute())).append('\t').append(esc(e.value()))
                            .append('\t').append(esc(e.detail())).append('\t').append(e.weight()).append('\t')
                            .append(e.seen() == null ? "" : Long.toString(e.seen().toEpochMilli()));
                }
                ps.setString(9, ev.toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static String join(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String s : items) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(esc(s));
        }
        return b.toString();
    }

    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n", -1)) {
            out.add(unesc(line));
        }
        return out;
    }

    static List<Evidence> evidence(String text) {
        List<Evidence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (String line : text.split("\n", -1)) {
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                continue;
            }
            double w = Double.parseDouble(f[4]);
            Instant seen = f[5].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(f[5]));
            out.add(new Evidence(unesc(f[0]), unesc(f[1]), unesc(f[2]), unesc(f[3]), w, seen));
        }
        return out;
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\u0000' -> b.append("\\0");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String unesc(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '0' -> '\u0000';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
