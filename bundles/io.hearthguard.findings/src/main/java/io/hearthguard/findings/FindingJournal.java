package io.hearthguard.findings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The durable, ordered log of finding changes. Each change is appended in the same store
 * transaction that makes it, so the log and the findings can never disagree, whatever the
 * moment of a crash.
 *
 * <p>A consumer keeps its own cursor (the last {@link FindingChange#seq()} it handled) in
 * its own table and advances it in the same transaction in which it records what it did
 * with the changes: it then handles every change exactly once. Entries older than the
 * findings retention are purged, so a consumer that stays away longer misses them.
 *
 * <p>Both methods take the caller's connection (from
 * {@link io.hearthguard.platform.store.Store#read} or {@code write}) and do not keep it.
 * Thread-safe.
 */
@ProviderType
public interface FindingJournal {

    /** Most entries returned by one {@link #read}. */
    int MAX_READ = 1_000;

    /**
     * @param connection a connection of the hub's store, inside the caller's work item
     * @param afterSeq   return entries with a larger seq
     * @param max        at most this many (1 to {@value #MAX_READ})
     * @return entries in seq order
     */
    List<FindingChange> read(Connection connection, long afterSeq, int max) throws SQLException;

    /** @return the largest seq written so far, 0 when none */
    long head(Connection connection) throws SQLException;
}
