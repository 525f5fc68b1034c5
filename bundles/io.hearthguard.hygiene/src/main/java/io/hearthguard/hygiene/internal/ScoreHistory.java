package io.hearthguard.hygiene.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.score.HomeScore;
import io.hearthguard.platform.store.Store;

/**
 * The home score's history in the hub's store: one row each time the score changes, at most
 * {@link #MAX_POINTS} (the oldest are dropped), so a home whose score moves every hour keeps
 * about three weeks and a quiet home years. Thread-safe (the store serializes writes).
 */
final class ScoreHistory {
    static final String OWNER = "io.hearthguard.hygiene";
    static final int MAX_POINTS = 500;
    private static final List<String> SCHEMA = List.of(
            "CREATE TABLE hygiene_score_history (at_ms INTEGER NOT NULL, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100));"
                    + "CREATE INDEX hygiene_score_history_at ON hygiene_score_history (at_ms)");

    private final Store store;

    ScoreHistory(Store store) {
        this.store = store;
        store.migrate(OWNER, SCHEMA);
    }

    /**
     * Keeps {@code score} as of {@code at} when it differs from the last kept value.
     *
     * @return true when a point was added
     */
    boolean record(int score, Instant at) {
        return store.write(c -> {
            try (PreparedStatement last = c.prepareStatement("SELECT score FROM hygiene_score_history ORDER BY at_ms DESC, rowid DESC LIMIT 1");
                    ResultSet r = last.executeQuery()) {
                if (r.next() && r.getInt(1) == score) {
                    return false;
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO hygiene_score_history (at_ms, score) VALUES (?, ?)")) {
                ins.setLong(1, at.toEpochMilli());
                ins.setInt(2, score);
                ins.executeUpdate();
            }
            try (PreparedStatement trim = c.prepareStatement("DELETE FROM hygiene_score_history WHERE rowid NOT IN "
                    + "(SELECT rowid FROM hygiene_score_history ORDER BY at_ms DESC, rowid DESC LIMIT ?)")) {
                trim.setInt(1, MAX_POINTS);
                trim.executeUpdate();
            }
            return true;
        });
    }

    /** @return the kept points, oldest first */
    List<HomeScore.Point> points() {
        return store.read(c -> {
            List<HomeScore.Point> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT at_ms, score FROM hygiene_score_history ORDER BY at_ms, rowid");
                    ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new HomeScore.Point(Instant.ofEpochMilli(r.getLong(1)), r.getInt(2)));
                }
            }
            return out;
        });
    }
}
