package io.hearthguard.findings.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.store.Store;

/**
 * Findings in the store, deduplicated by (rule, device, dedup key) within a window of
 * capture time. Plain class; thread-safety comes from the store's serialized writes.
 */
public final class FindingRepository {

    static final String OWNER = "io.hearthguard.findings";
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE finding (id TEXT PRIMARY KEY, group_key TEXT NOT NULL, rule TEXT NOT NULL, category TEXT NOT NULL,"
                    + " severity INTEGER NOT NULL, device_id TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
                    + " count INTEGER NOT NULL, state TEXT NOT NULL, updated INTEGER NOT NULL, latest TEXT NOT NULL);"
                    + " CREATE INDEX finding_group ON finding(group_key, last_seen);"
                    + " CREATE INDEX finding_last_seen ON finding(last_seen);"
                    + " CREATE INDEX finding_device ON finding(device_id)");

    /** The result of a publish: the stored finding and whether it is new. */
    public record Outcome(StoredFinding stored, boolean created, boolean reopened) {
    }

    private final Store store;
    private final Duration window;

    public FindingRepository(Store store, Duration window) {
        this.store = store;
        this.window = window;
        store.migrate(OWNER, SCHEMA);
    }

    static String groupKey(Finding f) {
        String device = f.device() == null ? "home"
                : f.device().id() != null ? f.device().id() : f.device().mac() != null ? f.device().mac()
                        : f.device().ip() != null ? f.device().ip() : f.device().name();
        return f.rule() + '\u0000' + device + '\u0000' + (f.dedupKey() == null ? "" : f.dedupKey());
    }

    /** Stores or merges one finding; durable when it returns. */
    public Outcome publish(Finding f) {
        String group = groupKey(f);
        String json = FindingJson.toJson(f);
        long now = System.currentTimeMillis();
        return store.write(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, first_seen, last_seen, count, state FROM finding WHERE group_key = ? ORDER BY last_seen DESC LIMIT 1")) {
                q.setString(1, group);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && f.start().toEpochMilli() - rs.getLong(3) <= window.toMillis()) {
                        String id = rs.getString(1);
                        long first = Math.min(rs.getLong(2), f.start().toEpochMilli());
                        long last = Math.max(rs.getLong(3), f.end().toEpochMilli());
                        long count = rs.getLong(4) + 1;
                        FindingState old = FindingState.valueOf(rs.getString(5));
                        FindingState state = old == FindingState.RESOLVED ? FindingState.OPEN : old;
                        try (PreparedStatement u = c.prepareStatement(
                                "UPDATE finding SET first_seen = ?, last_seen = ?, count = ?, state = ?, updated = ?, latest = ?, severity = max(severity, ?) WHERE id = ?")) {
                            u.setLong(1, first);
                            u.setLong(2, last);
                            u.setLong(3, count);
                            u.setString(4, state.name());
                            u.setLong(5, now);
                            u.setString(6, json);
                            u.setInt(7, f.severity().ordinal());
                            u.setString(8, id);
                            u.executeUpdate();
                        }
                        return new Outcome(new StoredFindingImpl(id, f, count, Instant.ofEpochMilli(first),
                                Instant.ofEpochMilli(last), state, Instant.ofEpochMilli(now)), false, old != state);
                    }
                }
            }
            String id = "f-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO finding(id, group_key, rule, category, severity, device_id, first_seen, last_seen, count, state, updated, latest)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 'OPEN', ?, ?)")) {
                i.setString(1, id);
                i.setString(2, group);
                i.setString(3, f.rule());
                i.setString(4, f.category());
                i.setInt(5, f.severity().ordinal());
                i.setString(6, f.device() == null ? null : f.device().id());
                i.setLong(7, f.start().toEpochMilli());
                i.setLong(8, f.end().toEpochMilli());
                i.setLong(9, now);
                i.setString(10, json);
                i.executeUpdate();
            }
            return new Outcome(new StoredFindingImpl(id, f, 1, f.start(), f.end(), FindingState.OPEN, Instant.ofEpochMilli(now)),
                    true, false);
        });
    }

    public Optional<StoredFinding> get(String id) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE id = ?")) {
                q.setString(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<StoredFinding>empty();
                }
            }
        });
    }

    private static final String SELECT = "SELECT id, first_seen, last_seen, count, state, updated, latest FROM finding";

    public List<StoredFinding> query(FindingFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (filter.deviceId() != null) {
            sql.append(" AND device_id = ?");
            args.add(filter.deviceId());
        }
        if (filter.categories() != null) {
            sql.append(" AND category IN ").append(placeholders(filter.categories().size()));
            args.addAll(filter.categories());
        }
        if (filter.minSeverity() != null) {
            sql.append(" AND severity >= ?");
            args.add(filter.minSeverity().ordinal());
        }
        if (filter.states() != null) {
            sql.append(" AND state IN ").append(placeholders(filter.states().size()));
            filter.states().forEach(s -> args.add(s.name()));
        }
        if (filter.since() != null) {
            sql.append(" AND last_seen >= ?");
            args.add(filter.since().toEpochMilli());
        }
        sql.append(" ORDER BY last_seen DESC, id LIMIT ").append(filter.limit());
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    q.setObject(i + 1, args.get(i));
                }
                List<StoredFinding> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    private static String placeholders(int n) {
        return n == 0 ? "(NULL)" : "(" + "?,".repeat(n - 1) + "?)";
    }

    private static StoredFinding row(ResultSet rs) throws SQLException {
        return new StoredFindingImpl(rs.getString(1), FindingJson.fromJson(rs.getString(7)), rs.getLong(4),
                Instant.ofEpochMilli(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)), FindingState.valueOf(rs.getString(5)),
                Instant.ofEpochMilli(rs.getLong(6)));
    }

}
