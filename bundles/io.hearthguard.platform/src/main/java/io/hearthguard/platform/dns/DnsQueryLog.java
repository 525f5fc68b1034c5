package io.hearthguard.platform.dns;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The recent queries of the hub's DNS forwarder, newest first. Registered only while the
 * forwarder runs (it exists only when configured). The log is bounded: it keeps the last
 * few thousand queries (the forwarder's {@code queryLogSize}), nothing older.
 *
 * <h2>Threading</h2>
 * Safe to call from any thread; each call returns an immutable snapshot.
 */
@ProviderType
public interface DnsQueryLog {

    /** What the forwarder did with a query. */
    enum Verdict {
        /** Sent upstream and the upstream's answer passed on (whatever its response code). */
        FORWARDED,
        /** Answered by the sinkhole because the name or a parent of it is on a block list. */
        BLOCKED,
        /** No upstream answered in time or the answer was unreadable: SERVFAIL sent. */
        FAILED,
        /** The query could not be read: FORMERR sent when the header was readable. */
        MALFORMED,
        /** Not answered: the client is outside the allowed networks. */
        REFUSED
    }

    /**
     * One query.
     *
     * @param time         when it arrived
     * @param client       the asking address in textual form
     * @param name         the question name, lower case without the trailing dot; empty when unreadable
     * @param type         the question type (1 A, 28 AAAA, …), or -1
     * @param verdict      what was done
     * @param list         for {@link Verdict#BLOCKED}, the block-list file that names it, else empty
     * @param rcode        the response code sent (0 NOERROR, 2 SERVFAIL, 3 NXDOMAIN, …), or -1 when none was sent
     * @param micros       time from arrival to answer, microseconds
     */
    record Query(Instant time, String client, String name, int type, Verdict verdict, String list, int rcode, long micros) {
    }

    /**
     * @param limit at most this many (1 to the log's size)
     * @return the newest queries first
     */
    List<Query> recent(int limit);

    /**
     * @param client an address in textual form
     * @param limit  at most this many
     * @return that client's newest queries first
     */
    List<Query> byClient(String client, int limit);
}
