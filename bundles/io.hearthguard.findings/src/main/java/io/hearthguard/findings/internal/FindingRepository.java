package io.hearthguard.findings.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingJournal;
import io.hearthguard.platform.findings.MuteRule;
import io.hearthguard.platform.store.Store;

/**
 * Findings in the store, deduplicated by (rule, device, dedup key) within a window of
 * capture time, with their lifecycle, mute rules and change journal. Every change and its
 * journal entry are written in one transaction. Plain class; thread-safety comes from the
 * store's serialized writes.
 */
public final class FindingRepository implements FindingJournal {

    static final String OWNER = "io.hearthguard.findings";
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE finding (id TEXT PRIMARY KEY, group_key TEXT NOT NULL, rule TEXT NOT NULL, category TEXT NOT NULL,"
                    + " severity INTEGER NOT NULL, device_id TEXT, first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
                    + " count INTEGER NOT NULL, state TEXT NOT NULL, updated INTEGER NOT NULL, latest TEXT NOT NULL);"
                    + " CREATE INDEX finding_group ON finding(group_key, last_seen);"
                    + " CREATE INDEX finding_last_seen ON finding(last_seen);"
                    + " CREATE INDEX finding_device ON finding(device_id)",
            "CREATE TABLE finding_mute (id TEXT PRIMARY KEY, device_id TEXT, rule TEXT, reason TEXT NOT NULL,"
                    + " created_by TEXT NOT NULL, created INTEGER NOT NULL);"
                    + " CREATE TABLE finding_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, finding_id TEXT NOT NULL,"
                    + " type TEXT NOT NULL, previous_state TEXT, actor TEXT, at INTEGER NOT NULL, snapshot TEXT NOT NULL);"
                    + " CREATE INDEX finding_change_at ON finding_change(at);"
                    + " CREATE INDEX finding_state_updated ON finding(state, updated);"
                    + " CREATE INDEX finding_device_state ON finding(device_id, state)");

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern RULE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    /** The result of a change: the finding after it and the journal entry, null when nothing changed. */
    public record Outcome(StoredFinding stored, FindingChange change) {
        /** @return true when a new finding was stored */
        public boolean created() {
            return change != null && change.type() == FindingChange.Type.CREATED;
        }
    }

    private final Store store;
    private final Duration window;
    private final Clock clock;

    public FindingRepository(Store store, Duration window) {
        this(store, window, Clock.systemUTC());
    }

    public FindingRepository(Store store, Duration window, Clock clock) {
        this.store = store;
        this.window = window;
        this.clock = clock;
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
        long now = clock.millis();
        return store.write(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id, first_seen, last_seen, count, state, severity FROM finding WHERE group_key = ? ORDER BY last_seen DESC LIMIT 1")) {
                q.setString(1, group);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next() && f.start().toEpochMilli() - rs.getLong(3) <= window.toMillis()) {
                        String id = rs.getString(1);
                        long first = Math.min(rs.getLong(2), f.start().toEpochMilli());
                        long last = Math.max(rs.getLong(3), f.end().toEpochMilli());
                        long count = rs.getLong(4) + 1;
                        FindingState old = FindingState.valueOf(rs.getString(5));
                        FindingState state = old != FindingState.RESOLVED ? old
                                : muted(c, f) ? FindingState.MUTED : FindingState.OPEN;
                        int severity = Math.max(rs.getInt(6), f.severity().ordinal());
                        // the stored latest occurrence carries the group's highest severity
                        Finding latest = severity == f.severity().ordinal() ? f : withSeverity(f, severity);
                        try (PreparedStatement u = c.prepareStatement(
                                "UPDATE finding SET first_seen = ?, last_seen = ?, count = ?, state = ?, updated = ?, latest = ?, severity = ? WHERE id = ?")) {
                            u.setLong(1, first);
                            u.setLong(2, last);
                            u.setLong(3, count);
                            u.setString(4, state.name());
                            u.setLong(5, now);
                            u.setString(6, latest == f ? json : FindingJson.toJson(latest));
                            u.setInt(7, severity);
                            u.setString(8, id);
                            u.executeUpdate();
                        }
                        StoredFinding s = new StoredFindingImpl(id, latest, count, Instant.ofEpochMilli(first),
                                Instant.ofEpochMilli(last), state, Instant.ofEpochMilli(now));
                        return old == state ? new Outcome(s, journal(c, FindingChange.Type.UPDATED, s, null, null, now))
                                : new Outcome(s, journal(c, FindingChange.Type.STATE_CHANGED, s, old, "system", now));
                    }
                }
            }
            String id = "f-" + UUID.randomUUID().toString().toLowerCase(Locale.ROOT);
            FindingState state = muted(c, f) ? FindingState.MUTED : FindingState.OPEN;
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO finding(id, group_key, rule, category, severity, device_id, first_seen, last_seen, count, state, updated, latest)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)")) {
                i.setString(1, id);
                i.setString(2, group);
                i.setString(3, f.rule());
                i.setString(4, f.category());
                i.setInt(5, f.severity().ordinal());
                i.setString(6, f.device() == null ? null : f.device().id());
                i.setLong(7, f.start().toEpochMilli());
                i.setLong(8, f.end().toEpochMilli());
                i.setString(9, state.name());
                i.setLong(10, now);
                i.setString(11, json);
                i.executeUpdate();
            }
            StoredFinding s = new StoredFindingImpl(id, f, 1, Instant.ofEpochMilli(f.start().toEpochMilli()),
                    Instant.ofEpochMilli(f.end().toEpochMilli()), state, Instant.ofEpochMilli(now));
            return new Outcome(s, journal(c, FindingChange.Type.CREATED, s, null, null, now));
        });
    }

    private static Finding withSeverity(Finding f, int severity) {
        Map<String, Object> m = FindingJson.toMap(f);
        m.put("severity", io.hearthguard.api.finding.Severity.values()[severity].id());
        return FindingJson.fromMap(m);
    }

    private static boolean muted(Connection c, Finding f) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id, device_id, rule, reason, created_by, created FROM finding_mute"
                + " WHERE rule IS NULL OR rule = ?")) {
            q.setString(1, f.rule());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (muteRule(rs).matches(f)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static MuteRule muteRule(ResultSet rs) throws SQLException {
        return new MuteRule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6)));
    }

    private static FindingChange journal(Connection c, FindingChange.Type type, StoredFinding s, FindingState previous,
            String actor, long now) throws SQLException {
        try (PreparedStatement i = c.prepareStatement(
                "INSERT INTO finding_change(finding_id, type, previous_state, actor, at, snapshot) VALUES (?, ?, ?, ?, ?, ?)")) {
            i.setString(1, s.id());
            i.setString(2, type.name());
            i.setString(3, previous == null ? null : previous.name());
            i.setString(4, actor);
            i.setLong(5, now);
            i.setString(6, FindingJson.storedToJson(s));
            i.executeUpdate();
        }
        long seq;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            seq = rs.getLong(1);
        }
        return new FindingChange(seq, type, s, previous, actor, Instant.ofEpochMilli(now));
    }

    private static final Set<FindingState> ACK_FROM = EnumSet.of(FindingState.OPEN);
    private static final Set<FindingState> MUTE_FROM = EnumSet.of(FindingState.OPEN, FindingState.ACKNOWLEDGED);
    private static final Set<FindingState> RESOLVE_FROM = EnumSet.of(FindingState.OPEN, FindingState.ACKNOWLEDGED, FindingState.MUTED);
    private static final Set<FindingState> REOPEN_FROM = EnumSet.of(FindingState.ACKNOWLEDGED, FindingState.MUTED, FindingState.RESOLVED);

    static Set<FindingState> allowedFrom(FindingState target) {
        return switch (target) {
            case ACKNOWLEDGED -> ACK_FROM;
            case MUTED -> MUTE_FROM;
            case RESOLVED -> RESOLVE_FROM;
            case OPEN -> REOPEN_FROM;
        };
    }

    /** Validates an actor name; see {@link FindingAdmin}. */
    public static String checkActor(String actor) {
        if (actor == null || actor.isEmpty() || actor.length() > FindingAdmin.MAX_ACTOR_LENGTH
                || actor.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            throw new IllegalArgumentException("actor must be 1 to " + FindingAdmin.MAX_ACTOR_LENGTH
                    + " printable characters without control or format characters");
        }
        return actor;
    }

    static String checkFindingId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("finding id must match [a-z0-9][a-z0-9-]{0,99}");
        }
        return id;
    }

    /** Changes the state of one finding; see {@link FindingAdmin#transition}. */
    public Outcome transition(String id, FindingState target, String actor) {
        checkFindingId(id);
        checkActor(actor);
        long now = clock.millis();
        return store.write(c -> {
            StoredFinding s = get(c, id).orElseThrow(() -> new NoSuchElementException("no finding with id " + id));
            if (s.state() == target) {
                return new Outcome(s, null);
            }
            if (!allowedFrom(target).contains(s.state())) {
                throw new IllegalStateException("cannot move finding " + id + " from " + s.state().id() + " to "
                        + target.id() + "; allowed from " + allowedFrom(target).stream().map(FindingState::id).toList());
            }
            setState(c, id, target, now);
            StoredFinding after = new StoredFindingImpl(s.id(), s.finding(), s.count(), s.firstSeen(), s.lastSeen(), target,
                    Instant.ofEpochMilli(now));
            return new Outcome(after, journal(c, FindingChange.Type.STATE_CHANGED, after, s.state(), actor, now));
        });
    }

    private static void setState(Connection c, String id, FindingState target, long now) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE finding SET state = ?, updated = ? WHERE id = ?")) {
            u.setString(1, target.name());
            u.setLong(2, now);
            u.setString(3, id);
            u.executeUpdate();
        }
    }

    /** The result of adding a mute rule: the rule and the findings it muted at once. */
    public record MuteOutcome(MuteRule rule, List<Outcome> muted) {
    }

    /** Adds a mute rule and mutes the OPEN and ACKNOWLEDGED findings it matches. */
    public MuteOutcome addMuteRule(String deviceId, String rule, String reason, String actor) {
        checkActor(actor);
        if (deviceId != null && !ID.matcher(deviceId).matches()
                && !deviceId.matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}")) {
            throw new IllegalArgumentException("deviceId must be a device id ([a-z0-9-]) or a lower-case MAC");
        }
        if (rule != null && !RULE.matcher(rule).matches()) {
            throw new IllegalArgumentException("rule must match [a-z0-9][a-z0-9._-]* (at most 128 chars)");
        }
        String why = reason == null ? "" : reason;
        if (why.length() > 200 || why.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("reason must be at most 200 characters without control characters");
        }
        long now = clock.millis();
        MuteRule m = new MuteRule("m-" + UUID.randomUUID(), deviceId, rule, why, actor, Instant.ofEpochMilli(now));
        return store.write(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM finding_mute")) {
                rs.next();
                if (rs.getInt(1) >= FindingAdmin.MAX_MUTE_RULES) {
                    throw new IllegalArgumentException("there are already " + FindingAdmin.MAX_MUTE_RULES + " mute rules; remove some first");
                }
            }
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO finding_mute(id, device_id, rule, reason, created_by, created) VALUES (?, ?, ?, ?, ?, ?)")) {
                i.setString(1, m.id());
                i.setString(2, deviceId);
                i.setString(3, rule);
                i.setString(4, why);
                i.setString(5, actor);
                i.setLong(6, now);
                i.executeUpdate();
            }
            List<StoredFinding> candidates = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE state IN ('OPEN', 'ACKNOWLEDGED')"
                    + (rule == null ? "" : " AND rule = ?"))) {
                if (rule != null) {
                    q.setString(1, rule);
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        StoredFinding s = row(rs);
                        if (m.matches(s.finding())) {
                            candidates.add(s);
                        }
                    }
                }
            }
            List<Outcome> muted = new ArrayList<>();
            for (StoredFinding s : candidates) {
                setState(c, s.id(), FindingState.MUTED, now);
                StoredFinding after = new StoredFindingImpl(s.id(), s.finding(), s.count(), s.firstSeen(), s.lastSeen(),
                        FindingState.MUTED, Instant.ofEpochMilli(now));
                muted.add(new Outcome(after, journal(c, FindingChange.Type.STATE_CHANGED, after, s.state(), actor, now)));
            }
            return new MuteOutcome(m, muted);
        });
    }

    public FindingAdmin.DeviceSummary summary(String deviceId) {
        return store.read(c -> {
            int open = 0;
            int ack = 0;
            Set<String> categories = new java.util.TreeSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT state, category, count(*) FROM finding"
                    + " WHERE device_id = ? AND state IN ('OPEN', 'ACKNOWLEDGED') GROUP BY state, category")) {
                q.setString(1, deviceId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if ("OPEN".equals(rs.getString(1))) {
                            open += rs.getInt(3);
                        } else {
                            ack += rs.getInt(3);
                        }
                        categories.add(rs.getString(2));
                    }
                }
            }
            return new FindingAdmin.DeviceSummary(open, ack, categories);
        });
    }

    public boolean removeMuteRule(String id) {
        if (id == null || id.length() > 100) {
            return false;
        }
        return store.write(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM finding_mute WHERE id = ?")) {
                d.setString(1, id);
                return d.executeUpdate() > 0;
            }
        });
    }

    public List<MuteRule> muteRules() {
        return store.read(c -> {
            List<MuteRule> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id, device_id, rule, reason, created_by, created FROM finding_mute ORDER BY created, id")) {
                while (rs.next()) {
                    out.add(muteRule(rs));
                }
            }
            return out;
        });
    }

    /** What a purge removed. */
    public record Purged(int findings, int journalEntries) {
    }

    /**
     * Removes RESOLVED findings not changed for {@code retention}, and journal entries older
     * than {@code journalRetention}.
     */
    public Purged purge(Duration retention, Duration journalRetention) {
        long cutoff = clock.millis() - retention.toMillis();
        long journalCutoff = clock.millis() - journalRetention.toMillis();
        return store.write(c -> {
            int f;
            int j;
            try (PreparedStatement d = c.prepareStatement("DELETE FROM finding WHERE state = 'RESOLVED' AND updated < ?")) {
                d.setLong(1, cutoff);
                f = d.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM finding_change WHERE at < ?")) {
                d.setLong(1, journalCutoff);
                j = d.executeUpdate();
            }
            return new Purged(f, j);
        });
    }

    @Override
    public List<FindingChange> read(Connection c, long afterSeq, int max) throws SQLException {
        if (max < 1 || max > MAX_READ) {
            throw new IllegalArgumentException("max must be between 1 and " + MAX_READ + ": " + max);
        }
        List<FindingChange> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT seq, type, previous_state, actor, at, snapshot FROM finding_change WHERE seq > ? ORDER BY seq LIMIT ?")) {
            q.setLong(1, afterSeq);
            q.setInt(2, max);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String prev = rs.getString(3);
                    out.add(new FindingChange(rs.getLong(1), FindingChange.Type.valueOf(rs.getString(2)),
                            FindingJson.storedFromJson(rs.getString(6)), prev == null ? null : FindingState.valueOf(prev),
                            rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        }
        return out;
    }

    @Override
    public long head(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM finding_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Optional<StoredFinding> get(String id) {
        return store.read(c -> get(c, id));
    }

    private static Optional<StoredFinding> get(Connection c, String id) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(SELECT + " WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.<StoredFinding>empty();
            }
        }
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
