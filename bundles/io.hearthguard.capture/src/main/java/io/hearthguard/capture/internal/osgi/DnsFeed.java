package io.hearthguard.capture.internal.osgi;

import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.meta.DnsParser;
import io.hearthguard.capture.internal.meta.Head;
import io.hearthguard.capture.internal.meta.Malformed;
import io.hearthguard.capture.internal.meta.Records;
import io.hearthguard.platform.metrics.MetricSink;
import io.hearthguard.platform.metrics.MetricSource;
import io.hearthguard.platform.traffic.MetadataFeed;

/**
 * {@link MetadataFeed}: the DNS forwarder's messages, decoded by the capture parser and
 * delivered to the hub's observers on one thread of this component, as a live session named
 * {@value MetadataFeed#DNS_FORWARDER_SOURCE}. At most {@value #QUEUE} messages wait; more
 * are dropped and counted. The session starts with the first message and restarts (new id)
 * when the observer set changes; observers get a {@code tick} each second while it runs.
 */
@Component(service = {MetadataFeed.class, MetricSource.class})
public final class DnsFeed implements MetadataFeed, MetricSource {
    static final int QUEUE = 4_096;
    private static final System.Logger LOG = System.getLogger(DnsFeed.class.getName());

    private record Item(Instant time, InetSocketAddress from, InetSocketAddress to, byte[] bytes) {
    }

    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Supplier<java.util.List<Dispatcher.Registration>> observers;
    private final java.util.function.LongSupplier generation;
    private final java.util.function.Function<Session, ServiceRegistration<CaptureSession>> publish;
    private final NeighbourTable neighbours;
    private final Thread thread;
    private final AtomicLong offered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private volatile long delivered;
    private volatile long malformed;
    private volatile boolean running = true;

    @Activate
    public DnsFeed(@Reference TrafficHub hub) {
        this(hub::observers, hub::generation, hub::publishFeed, Path.of("/proc/net/arp"));
    }

    /** For tests: the observers, their generation, how to publish a session, and the neighbour table file. */
    DnsFeed(Supplier<java.util.List<Dispatcher.Registration>> observers, java.util.function.LongSupplier generation,
            java.util.function.Function<Session, ServiceRegistration<CaptureSession>> publish, Path arp) {
        this.observers = observers;
        this.generation = generation;
        this.publish = publish;
        this.neighbours = new NeighbourTable(arp);
        this.thread = new Thread(this::run, "hearthguard-dns-feed");
        thread.setDaemon(true);
        thread.start();
    }

    @Deactivate
    public void deactivate() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }

    @Override
    public boolean offerDns(Instant time, InetSocketAddress from, InetSocketAddress to, byte[] message, int offset, int length) {
        offered.incrementAndGet();
        if (!running || time == null || from == null || to == null || message == null || length < 0 || length > MAX_MESSAGE
                || offset < 0 || offset > message.length - length) {
            refused.incrementAndGet();
            return false;
        }
        byte[] copy = java.util.Arrays.copyOfRange(message, offset, offset + length);
        if (!queue.offer(new Item(time, from, to, copy))) {
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    private void run() {
        Session session = null;
        Dispatcher dispatcher = null;
        ServiceRegistration<CaptureSession> reg = null;
        long gen = 0;
        long lastTick = System.nanoTime();
        try {
            while (running) {
                Item it;
                try {
                    it = queue.poll(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    break;
                }
                if (it != null && (session == null || gen != generation.getAsLong())) {
                    if (session != null) {
                        end(session, dispatcher, reg);
                    }
                    gen = generation.getAsLong();
                    session = new Session(DNS_FORWARDER_SOURCE, true);
                    dispatcher = new Dispatcher(observers.get());
                    reg = publish.apply(session);
                    dispatcher.sessionStarted(session);
                }
                if (it != null) {
                    deliver(it, dispatcher);
                    session.counters(delivered + malformed, delivered, malformed);
                }
                long now = System.nanoTime();
                if (session != null && now - lastTick >= 1_000_000_000L) {
                    lastTick = now;
                    Instant t = Instant.now();
                    dispatcher.tick(t.getEpochSecond() * 1_000_000_000L + t.getNano());
                }
            }
        } finally {
            if (session != null) {
                end(session, dispatcher, reg);
            }
        }
    }

    private void deliver(Item it, Dispatcher d) {
        int srcPort = it.from().getPort();
        int dstPort = it.to().getPort();
        String src = it.from().getAddress().getHostAddress();
        String dst = it.to().getAddress().getHostAddress();
        long nanos = System.nanoTime();
        Head head = new Head(it.time(), -1, neighbours.mac(src, nanos), neighbours.mac(dst, nanos), src, dst, srcPort, dstPort);
        Records.Dns m;
        try {
            m = DnsParser.parse(head, false, it.bytes(), 0, it.bytes().length);
        } catch (Malformed e) {
            malformed++;
            LOG.log(Level.DEBUG, () -> "dns feed: dropped a message from " + src + ": " + e.getMessage());
            return;
        }
        delivered++;
        if (d.wantsMetadata()) {
            d.metadata(m);
        }
    }

    private static void end(Session s, Dispatcher d, ServiceRegistration<CaptureSession> reg) {
        d.sessionEnded(s);
        if (reg != null) {
            TrafficHub.unpublish(reg);
        }
    }

    @Override
    public void collect(MetricSink sink) {
        sink.counter("hearthguard_capture_feed_messages_total", "Messages the hub handled itself (DNS forwarder) offered to the observers, by outcome",
                delivered, "outcome", "delivered");
        sink.counter("hearthguard_capture_feed_messages_total", "Messages the hub handled itself (DNS forwarder) offered to the observers, by outcome",
                malformed, "outcome", "malformed");
        sink.counter("hearthguard_capture_feed_messages_total", "Messages the hub handled itself (DNS forwarder) offered to the observers, by outcome",
                refused.get(), "outcome", "dropped");
    }
}
