package io.hearthguard.platform.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Access to the hub's embedded SQL database (SQLite in WAL mode).
 *
 * <h2>Durability</h2>
 * {@link #write} runs its work in one transaction and returns only after the commit is
 * durable on disk: once it returns, a kill -9 or power loss cannot take the change back.
 *
 * <h2>Threading</h2>
 * Thread-safe. Writes are serialized (one writer at a time, as SQLite requires); reads run
 * concurrently with each other and with the writer, on a snapshot. Do not keep the
 * {@link Connection} beyond the call, and do not call the store from inside a work item.
 * A write's work may run on the store's own thread, in one transaction with other writes
 * queued at the same time (each in its own savepoint, so its failure undoes only its own
 * changes); the caller waits for that shared, durable commit. Work must therefore use only
 * the connection and what it was given, not the caller's thread-local state.
 */
@ProviderType
public interface Store {

    /** Work to run with a connection. */
    @FunctionalInterface
    interface Work<T> {
        /** @return a result for the caller; may be null */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs read-only work on a consistent snapshot.
     *
     * @throws StoreException wrapping any {@link SQLException}
     */
    <T> T read(Work<T> work);

    /**
     * Runs work in one transaction; commits durably when it returns normally, rolls back
     * when it throws.
     *
     * @throws StoreException wrapping any {@link SQLException}; nothing was written
     */
    <T> T write(Work<T> work);

    /**
     * Brings the schema of one owner up to date: statement {@code i} of {@code migrations}
     * (each may hold several SQL statements separated by {@code ;}) is the step from
     * version {@code i} to {@code i + 1}. Steps already applied are skipped; each step runs
     * in its own transaction with its version bump. Never edit a published step: append.
     *
     * @param owner      the owner's name, usually its bundle symbolic name
     * @param migrations the steps, oldest first
     * @return the schema version after migrating
     * @throws StoreException when a step fails (that step is rolled back) or the stored
     *                        version is newer than the steps known (a downgrade)
     */
    int migrate(String owner, List<String> migrations);
}
