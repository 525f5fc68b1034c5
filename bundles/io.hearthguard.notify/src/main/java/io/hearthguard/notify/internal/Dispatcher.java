package io.hearthguard.notify.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import io.hearthguard.api.notify.Notification.Kind;
import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.api.notify.NotificationOutbox;
import io.hearthguard.findings.FindingChange;
import io.hearthguard.findings.FindingChangeListener;

/**
 * Runs one {@link ChannelWorker} per registered channel over one {@link Outbox}. Plain
 * class (the DS component is a thin adapter); thread-safe.
 */
public final class Dispatcher implements FindingChangeListener, NotificationOutbox, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9-]{1,64}");

    private final Outbox outbox;
    private final NotificationFactory factory;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final Clock clock;
    private final Map<String, ChannelWorker> workers = new ConcurrentHashMap<>();

    /** @return the outbox, for metrics */
    Outbox outbox() {
        return outbox;
    }

    public Dispatcher(Outbox outbox, NotificationFactory factory, Duration backoffBase, Duration backoffMax, Clock clock) {
        this.outbox = outbox;
        this.factory = factory;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.clock = clock;
    }

    /**
     * Starts delivering to a channel.
     *
     * @throws IllegalArgumentException when the id is malformed or already taken
     */
    public void addChannel(String id, NotificationChannel channel, ChannelPolicy policy) {
        if (id == null || !CHANNEL_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(NotificationChannel.PROP_CHANNEL + " must match [a-z0-9-]{1,64}, not '" + id + "'");
        }
        if (workers.containsKey(id)) {
            throw new IllegalArgumentException("a notification channel with id " + id + " is already registered; ids must be unique");
        }
        outbox.register(id); // idempotent; may throw when the store fails, before anything is started
        ChannelWorker w = new ChannelWorker(id, channel, policy, outbox, backoffBase, backoffMax);
        if (workers.putIfAbsent(id, w) != null) {
            throw new IllegalArgumentException("a notification channel with id " + id + " is already registered; ids must be unique");
        }
        w.start();
        LOG.info(() -> "delivering notifications to channel " + id);
    }

    /** Stops delivering to a channel; its queue stays for when it returns. */
    public void removeChannel(String id, NotificationChannel channel) {
        ChannelWorker w = workers.get(id);
        if (w != null && w.channel == channel && workers.remove(id, w)) {
            w.stop();
            LOG.info(() -> "stopped delivering notifications to channel " + id);
        }
    }

    @Override
    public void channelAvailable(String channelId) {
        ChannelWorker w = channelId == null ? null : workers.get(channelId);
        if (w == null) {
            return;
        }
        try {
            int due = outbox.retryNow(channelId);
            if (due > 0) {
                LOG.info(() -> "channel " + channelId + " is reachable again: " + due + " waiting notifications are due now");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "channel " + channelId + " is back but its backlog could not be made due: " + e.getMessage(), e);
        }
        w.wake();
    }

    /** Wakes every worker (new journal entries). */
    public void wake() {
        workers.values().forEach(ChannelWorker::wake);
    }

    @Override
    public void changed(FindingChange change) {
        wake();
    }

    /** Queues a device notification for every channel that wants them. */
    public void device(String event, Map<String, Object> device) {
        NotificationImpl n = factory.device("dev-" + UUID.randomUUID(), event, device, clock.instant());
        for (ChannelWorker w : workers.values()) {
            if (w.policy.kinds().contains(Kind.DEVICE)) {
                outbox.enqueue(w.id, n, w.policy, w.limiter());
                w.wake();
            }
        }
    }

    @Override
    public void close() {
        workers.values().forEach(ChannelWorker::stop);
        workers.clear();
    }
}
