package io.hearthguard.findings;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service told about each finding change right after it was committed. A hint
 * for low latency only: a listener that is not registered at that moment, or whose bundle
 * dies before acting, catches up from the {@link FindingJournal}.
 *
 * <p>Called on the thread that made the change (a producer's or an admin caller's), so it
 * must return at once: hand the work to your own thread. Exceptions are logged and
 * ignored.
 */
@ConsumerType
public interface FindingChangeListener {

    /** @param change the committed change */
    void changed(FindingChange change);
}
