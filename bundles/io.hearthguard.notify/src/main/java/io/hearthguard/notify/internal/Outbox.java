package io.hearthguard.notify.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.notify.Notification.Kind;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingJournal;
import io.hearthguard.platform.store.Store;

/**
 * The durable outbox: one ordered queue per channel in the store, filled from the findings
 * journal with a per-channel cursor that advances in the same transaction as the rows it
 * produced. A notification leaves the outbox only when its channel confirmed it (or it was
 * parked after a permanent failure). Plain class; thread-safe through the store.
 */
public final class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    static final String OWNER = "io.hearthguard.notify";
    static final List<String> SCHEMA = List.of(
            "CREATE TABLE notify_cursor (channel TEXT PRIMARY KEY, seq INTEGER NOT NULL, overflow INTEGER NOT NULL DEFAULT 0);"
                    + " CREATE TABLE notify_outbox (row INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, id TEXT NOT NULL,"
                    + " status TEXT NOT NULL, severity INTEGER NOT NULL, created INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                    + " next_attempt INTEGER NOT NULL DEFAULT 0, last_error TEXT, payload TEXT NOT NULL, UNIQUE(channel, id));"
                    + " CREATE INDEX notify_outbox_queue ON notify_outbox(channel, status, row)");

    /** Most journal entries moved per pump transaction. */
    static final int PUMP_BATCH = 200;
    /** Most held-back rows kept per channel; more are only counted for the digest. */
    static final int MAX_HELD = 1_000;

    /** Where a notification goes. */
    enum Status { READY, HELD, PARKED }

    /** One queued notification. */
    public record Row(long row, NotificationImpl notification, int attempts, long nextAttempt) {
    }

    private final Store store;
    private final FindingJournal journal;
    private final NotificationFactory factory;
    private final Clock clock;

    public Outbox(Store store, FindingJournal journal, NotificationFactory factory, Clock clock) {
        this.store = store;
        this.journal = journal;
        this.factory = factory;
        this.clock = clock;
        store.migrate(OWNER, SCHEMA);
    }

    /**
     * Gives a channel a cursor when it has none: a channel seen for the first time starts at
     * the journal's head (it is not flooded with history); a known one resumes where it was.
     *
     * @return the cursor
     */
    public long register(String channel) {
        return store.write(c -> {
            Optional<Long> cur = cursor(c, channel);
            if (cur.isPresent()) {
                return cur.get();
            }
            long head = journal.head(c);
            try (PreparedStatement i = c.prepareStatement("INSERT INTO notify_cursor(channel, seq) VALUES (?, ?)")) {
                i.setString(1, channel);
                i.setLong(2, head);
                i.executeUpdate();
            }
            LOG.info(() -> "notification channel " + channel + " registered for the first time; starts at journal entry " + head);
            return head;
        });
    }

    private static Optional<Long> cursor(Connection c, String channel) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT seq FROM notify_cursor WHERE channel = ?")) {
            q.setString(1, channel);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** @return true when the journal has entries past this channel's cursor */
    public boolean behind(String channel) {
        return store.read(c -> {
            Optional<Long> cur = cursor(c, channel);
            return cur.isPresent() && journal.head(c) > cur.get();
        });
    }

    /**
     * Moves journal entries past the channel's cursor into its queue, applying its policy, and
     * advances the cursor, all in one transaction.
     *
     * @return how many journal entries were consumed
     */
    int pump(String channel, ChannelPolicy policy, RateLimiter limiter) {
        return confirmAndPump(List.of(), channel, policy, limiter);
    }

    /**
     * Removes confirmed notifications and moves new journal entries into the queue in one
     * transaction (one disk sync instead of two on the delivery path).
     *
     * @return how many journal entries were consumed
     */
    int confirmAndPump(List<Long> confirmed, String channel, ChannelPolicy policy, RateLimiter limiter) {
        if (confirmed.isEmpty() && !behind(channel)) {
            return 0;
        }
        return store.write(c -> {
            delete(c, confirmed);
            Optional<Long> cur = cursor(c, channel);
            if (cur.isEmpty()) {
                return 0;
            }
            List<FindingChange> changes = journal.read(c, cur.get(), PUMP_BATCH);
            if (changes.isEmpty()) {
                return 0;
            }
            for (FindingChange ch : changes) {
                NotificationImpl n = factory.fromChange(ch);
                if (n != null) {
                    admit(c, channel, n, policy, limiter);
                }
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE notify_cursor SET seq = ? WHERE channel = ?")) {
                u.setLong(1, changes.get(changes.size() - 1).seq());
                u.setString(2, channel);
                u.executeUpdate();
            }
            return changes.size();
        });
    }

    /** Queues one notification that does not come from the journal (device changes). */
    void enqueue(String channel, NotificationImpl n, ChannelPolicy policy, RateLimiter limiter) {
        store.write(c -> {
            admit(c, channel, n, policy, limiter);
            return null;
        });
    }

    private void admit(Connection c, String channel, NotificationImpl n, ChannelPolicy policy, RateLimiter limiter)
            throws SQLException {
        if (!policy.kinds().contains(n.kind()) || !n.severity().atLeast(policy.minSeverity())) {
            return;
        }
        if (n.severity() == Severity.INFO && !policy.infoFindings() && (n.kind() == Kind.FINDING || n.kind() == Kind.FINDING_UPDATE)) {
            return; // an informational finding is a record, not a notification (ChannelPolicy#infoFindings)
        }
        Instant now = clock.instant();
        Status status;
        if (n.severity() == Severity.CRITICAL) {
            limiter.record(now);
            status = Status.READY;
        } else if (policy.quiet(now) || !limiter.tryAcquire(policy.maxPerHour(), now)) {
            status = Status.HELD;
            if (count(c, channel, Status.HELD) >= MAX_HELD) {
                try (PreparedStatement u = c.prepareStatement("UPDATE notify_cursor SET overflow = overflow + 1 WHERE channel = ?")) {
                    u.setString(1, channel);
                    u.executeUpdate();
                }
                return;
            }
        } else {
            status = Status.READY;
        }
        insert(c, channel, n, status);
    }

    private static void insert(Connection c, String channel, NotificationImpl n, Status status) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO notify_outbox(channel, id, status, severity, created, payload)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(channel, id) DO NOTHING")) {
            i.setString(1, channel);
            i.setString(2, n.id());
            i.setString(3, status.name());
            i.setInt(4, n.severity().ordinal());
            i.setLong(5, n.created().toEpochMilli());
            i.setString(6, n.json());
            i.executeUpdate();
        }
    }

    private static int count(Connection c, String channel, Status status) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT count(*) FROM notify_outbox WHERE channel = ? AND status = ?")) {
            q.setString(1, channel);
            q.setString(2, status.name());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Writes the outbox of every channel for {@code /metrics}: notifications waiting, held
     * back and parked, and the age of the oldest waiting one (the channel's delivery lag).
     */
    public void metrics(io.hearthguard.platform.metrics.MetricSink sink) {
        long now = clock.millis();
        store.read(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT channel, status, count(*), min(created) FROM notify_outbox GROUP BY channel, status")) {
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        String status = rs.getString(2).toLowerCase(java.util.Locale.ROOT);
                        sink.gauge("hearthguard_outbox_notifications", "Notifications in a channel's outbox, by status (ready = waiting to be sent)",
                                rs.getLong(3), "channel", rs.getString(1), "status", status);
                        if ("ready".equals(status)) {
                            sink.gauge("hearthguard_outbox_lag_seconds", "Age of the oldest notification waiting to be sent on a channel",
                                    Math.max(0, now - rs.getLong(4)) / 1000.0, "channel", rs.getString(1));
                        }
                    }
                }
            }
            return null;
        });
    }

    /** @return how many notifications of the channel are in this status */
    public int count(String channel, Status status) {
        return store.read(c -> count(c, channel, status));
    }

    /**
     * Replaces the held-back notifications of a channel by one digest, when there are any,
     * the channel is not in quiet hours and its rate limit allows one more.
     *
     * @return true when a digest was queued
     */
    boolean digest(String channel, ChannelPolicy policy, RateLimiter limiter) {
        Instant now = clock.instant();
        if (policy.quiet(now) || count(channel, Status.HELD) == 0) {
            return false;
        }
        if (!limiter.tryAcquire(policy.maxPerHour(), now)) {
            return false;
        }
        return store.write(c -> {
            List<NotificationFactory.Held> held = new ArrayList<>();
            long first = -1;
            long last = -1;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT row, payload FROM notify_outbox WHERE channel = ? AND status = 'HELD' ORDER BY row")) {
                q.setString(1, channel);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (first < 0) {
                            first = rs.getLong(1);
                        }
                        last = rs.getLong(1);
                        held.add(NotificationFactory.Held.of(NotificationImpl.fromJson(rs.getString(2))));
                    }
                }
            }
            if (held.isEmpty()) {
                return false;
            }
            long overflow;
            try (PreparedStatement q = c.prepareStatement("SELECT overflow FROM notify_cursor WHERE channel = ?")) {
                q.setString(1, channel);
                try (ResultSet rs = q.executeQuery()) {
                    overflow = rs.next() ? rs.getLong(1) : 0;
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM notify_outbox WHERE channel = ? AND status = 'HELD' AND row <= ?")) {
                d.setString(1, channel);
                d.setLong(2, last);
                d.executeUpdate();
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE notify_cursor SET overflow = 0 WHERE channel = ?")) {
                u.setString(1, channel);
                u.executeUpdate();
            }
            insert(c, channel, factory.digest(channel, first, last, held, overflow, now), Status.READY);
            return true;
        });
    }

    /** @return the oldest READY notification of the channel */
    public Optional<Row> next(String channel) {
        return next(channel, 1).stream().findFirst();
    }

    /** @return the oldest READY notifications of the channel, at most {@code max}, in order */
    public List<Row> next(String channel, int max) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT row, payload, attempts, next_attempt FROM notify_outbox"
                    + " WHERE channel = ? AND status = 'READY' ORDER BY row LIMIT ?")) {
                q.setString(1, channel);
                q.setInt(2, max);
                List<Row> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                    long row = rs.getLong(1);
                    NotificationImpl n;
                    try {
                        n = NotificationImpl.fromJson(rs.getString(2));
                    } catch (IllegalArgumentException e) {
                        // cannot happen for rows we wrote; keep the queue moving and the row for inspection
                        n = null;
                    }
                    out.add(new Row(row, n, rs.getInt(3), rs.getLong(4)));
                    }
                }
                return out;
            }
        });
    }

    /** Removes confirmed notifications, in one transaction. */
    public void confirm(List<Long> rows) {
        if (rows.isEmpty()) {
            return;
        }
        store.write(c -> {
            delete(c, rows);
            return null;
        });
    }

    private static void delete(Connection c, List<Long> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement d = c.prepareStatement("DELETE FROM notify_outbox WHERE row = ?")) {
            for (long r : rows) {
                d.setLong(1, r);
                d.addBatch();
            }
            d.executeBatch();
        }
    }

    /** Records a failed attempt; the row is retried at {@code nextAttempt} (epoch millis). */
    public void retryLater(long row, String error, long nextAttempt) {
        store.write(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE notify_outbox SET attempts = attempts + 1, next_attempt = ?, last_error = ? WHERE row = ?")) {
                u.setLong(1, nextAttempt);
                u.setString(2, NotificationFactory.truncate(String.valueOf(error), 500));
                u.setLong(3, row);
                return u.executeUpdate();
            }
        });
    }

    /**
     * Makes every ready notification of a channel that waits for a retry due now (the
     * channel's destination is back); attempts are kept.
     *
     * @return how many became due
     */
    public int retryNow(String channel) {
        long now = System.currentTimeMillis(); // the same clock as the delivery thread's retry times
        return store.write(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE notify_outbox SET next_attempt = ? WHERE channel = ? AND status = ? AND next_attempt > ?")) {
                u.setLong(1, now);
                u.setString(2, channel);
                u.setString(3, Status.READY.name());
                u.setLong(4, now);
                return u.executeUpdate();
            }
        });
    }

    /** Takes a notification out of the queue for good (kept for inspection), after a permanent failure. */
    public void park(long row, String error) {
        store.write(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE notify_outbox SET status = 'PARKED', attempts = attempts + 1, last_error = ? WHERE row = ?")) {
                u.setString(1, NotificationFactory.truncate(String.valueOf(error), 500));
                u.setLong(2, row);
                return u.executeUpdate();
            }
        });
    }
}
