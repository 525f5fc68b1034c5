package io.hearthguard.deploy.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.store.Store;

/** The deploy attempts in the store, at most {@code keep} of them (the oldest go first). */
final class AuditLog {
    static final String OWNER = "io.hearthguard.deploy";
    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE deploy_audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT NOT NULL, via TEXT NOT NULL,"
                    + " file TEXT NOT NULL, sha256 TEXT, size INTEGER NOT NULL, bsn TEXT, version TEXT, verdict TEXT NOT NULL, reason TEXT NOT NULL)");

    private final Store store;
    private final int keep;

    AuditLog(Store store, int keep) {
        this.store = store;
        this.keep = keep;
        store.migrate(OWNER, MIGRATIONS);
    }

    /** Stores an attempt (texts cut to their bounds) and drops what is beyond {@code keep}; @return it with its id */
    DeployAttempt record(DeployAttempt a) {
        DeployAttempt cut = new DeployAttempt(0, a.at(), cut(a.who(), 100), cut(a.via(), 16), cut(a.fileName(), 255), a.sha256(), a.size(),
                cut(a.symbolicName(), 255), cut(a.version(), 100), a.verdict(), cut(a.reason(), 2000));
        Long id = store.write(c -> {
            long newId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO deploy_audit(at, who, via, file, sha256, size, bsn, version, verdict, reason)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, cut.at().toString());
                s.setString(2, cut.who());
                s.setString(3, cut.via());
                s.setString(4, cut.fileName());
                s.setString(5, cut.sha256());
                s.setLong(6, cut.size());
                s.setString(7, cut.symbolicName());
                s.setString(8, cut.version());
                s.setString(9, cut.verdict().name());
                s.setString(10, cut.reason());
                s.executeUpdate();
                try (ResultSet k = s.getGeneratedKeys()) {
                    k.next();
                    newId = k.getLong(1);
                }
            }
            try (PreparedStatement d = c.prepareStatement("DELETE FROM deploy_audit WHERE id <= ?")) {
                d.setLong(1, newId - keep);
                d.executeUpdate();
            }
            return newId;
        });
        return new DeployAttempt(id, cut.at(), cut.who(), cut.via(), cut.fileName(), cut.sha256(), cut.size(), cut.symbolicName(), cut.version(),
                cut.verdict(), cut.reason());
    }

    /** @return at most limit entries, newest first */
    List<DeployAttempt> list(int limit) {
        return store.read(c -> {
            List<DeployAttempt> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, at, who, via, file, sha256, size, bsn, version, verdict, reason"
                    + " FROM deploy_audit ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new DeployAttempt(r.getLong(1), Instant.parse(r.getString(2)), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getLong(7), r.getString(8), r.getString(9), DeployAttempt.Verdict.valueOf(r.getString(10)),
                                r.getString(11)));
                    }
                }
            }
            return out;
        });
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
