package io.hearthguard.capture.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.osgi.framework.Constants;

import io.hearthguard.api.traffic.ActivityObserver;
import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.FlowActivity;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.PacketView;
import io.hearthguard.api.traffic.TrafficMetadata;
import io.hearthguard.api.traffic.TrafficObserver;
import io.hearthguard.platform.traffic.ObserverCompletion;

/**
 * Calls the observers of one session on its capture thread. Exceptions are caught, counted
 * and logged; an observer that throws {@value #MAX_CONSECUTIVE_FAILURES} times in a row is
 * removed from the session.
 */
public final class Dispatcher {
    public static final int MAX_CONSECUTIVE_FAILURES = 100;
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    static final int PACKET = 1, FLOW = 2, METADATA = 4, METER = 8, ACTIVITY = 16;

    private static final class Entry {
        final TrafficObserver observer;
        final int mask;
        int consecutive;
        long failures;

        Entry(TrafficObserver o, int mask) {
            this.observer = o;
            this.mask = mask;
        }
    }

    private Entry[] entries;
    private int wants;
    private long failures;
    private long removed;

    /** An observer and its service properties (for the streams property). */
    public record Registration(TrafficObserver observer, Map<String, ?> properties) {
        /** @return the {@code service.ranking} property when it is an Integer (as OSGi defines it), else 0 */
        public int ranking() {
            return properties != null && properties.get(Constants.SERVICE_RANKING) instanceof Integer i ? i : 0;
        }

        /** @return the {@code service.id} property, or {@link Long#MAX_VALUE} for an observer that is no service */
        public long serviceId() {
            return properties != null && properties.get(Constants.SERVICE_ID) instanceof Long l ? l : Long.MAX_VALUE;
        }
    }

    /**
     * @param observers the session's observers; they are called in {@code service.ranking}
     *                  order, highest first, and in the given order among equal rankings
     */
    public Dispatcher(Collection<Registration> observers) {
        List<Registration> ranked = new ArrayList<>(observers);
        ranked.sort(Comparator.comparingInt(Registration::ranking).reversed()); // stable: ties keep their order
        List<Entry> l = new ArrayList<>();
        for (Registration r : ranked) {
            int mask = streams(r.properties() == null ? null : r.properties().get(TrafficObserver.PROP_STREAMS));
            if (!(r.observer() instanceof ActivityObserver)) {
                mask &= ~ACTIVITY; // the stream needs the interface
            }
            l.add(new Entry(r.observer(), mask));
        }
        entries = l.toArray(new Entry[0]);
        recompute();
    }

    /** Parses the streams property (String, String[] or Collection); absent means flow+metadata+meter. */
    static int streams(Object v) {
        if (v == null) {
            return FLOW | METADATA | METER;
        }
        List<String> names = new ArrayList<>();
        if (v instanceof String s) {
            for (String x : s.split(",")) {
                names.add(x.trim());
            }
        } else if (v instanceof String[] a) {
            names.addAll(List.of(a));
        } else if (v instanceof Collection<?> c) {
            c.forEach(x -> names.add(String.valueOf(x)));
        }
        int m = 0;
        for (String n : names) {
            switch (n) {
                case TrafficObserver.STREAM_PACKET: m |= PACKET; break;
                case TrafficObserver.STREAM_FLOW: m |= FLOW; break;
                case TrafficObserver.STREAM_METADATA: m |= METADATA; break;
                case TrafficObserver.STREAM_METER: m |= METER; break;
                case ActivityObserver.STREAM_ACTIVITY: m |= ACTIVITY; break;
                default: break;
            }
        }
        return m;
    }

    private void recompute() {
        int w = 0;
        for (Entry e : entries) {
            w |= e.mask;
        }
        wants = w;
    }

    public boolean wantsPackets() { return (wants & PACKET) != 0; }
    public boolean wantsFlows() { return (wants & FLOW) != 0; }
    public boolean wantsMetadata() { return (wants & METADATA) != 0; }
    public boolean wantsMeters() { return (wants & METER) != 0; }
    public boolean wantsActivity() { return (wants & ACTIVITY) != 0; }

    /** @return exceptions thrown by observers */
    public long failures() { return failures; }

    /** @return observers removed for throwing persistently */
    public long removed() { return removed; }

    private void ok(Entry e) {
        e.consecutive = 0;
    }

    private void failed(Entry e, String call, Throwable x) {
        failures++;
        e.failures++;
        if (e.failures <= 3) {
            LOG.log(Level.WARNING, "traffic observer " + e.observer.getClass().getName() + " threw in " + call, x);
        }
        if (++e.consecutive >= MAX_CONSECUTIVE_FAILURES) {
            LOG.log(Level.ERROR, "removing traffic observer " + e.observer.getClass().getName() + " from the session after "
                    + e.consecutive + " consecutive exceptions");
            List<Entry> l = new ArrayList<>(List.of(entries));
            l.remove(e);
            entries = l.toArray(new Entry[0]);
            removed++;
            recompute();
        }
    }

    public void packet(PacketView p) {
        for (Entry e : entries) {
            if ((e.mask & PACKET) != 0) {
                try {
                    e.observer.packet(p);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "packet", x);
                }
            }
        }
    }

    public void flow(FlowRecord f) {
        for (Entry e : entries) {
            if ((e.mask & FLOW) != 0) {
                try {
                    e.observer.flow(f);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "flow", x);
                }
            }
        }
    }

    /** @return true when some activity observer wants the flow timed (all are asked, so each sees every snapshot) */
    public boolean wantsActivity(FlowRecord f) {
        boolean any = false;
        for (Entry e : entries) {
            if ((e.mask & ACTIVITY) != 0) {
                try {
                    any |= ((ActivityObserver) e.observer).wantsActivity(f);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "wantsActivity", x);
                }
            }
        }
        return any;
    }

    public void activity(FlowActivity a) {
        for (Entry e : entries) {
            if ((e.mask & ACTIVITY) != 0) {
                try {
                    ((ActivityObserver) e.observer).activity(a);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "activity", x);
                }
            }
        }
    }

    public void metadata(TrafficMetadata m) {
        for (Entry e : entries) {
            if ((e.mask & METADATA) != 0) {
                try {
                    e.observer.metadata(m);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "metadata", x);
                }
            }
        }
    }

    public void meter(DeviceMeter m) {
        for (Entry e : entries) {
            if ((e.mask & METER) != 0) {
                try {
                    e.observer.meter(m);
                    ok(e);
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "meter", x);
                }
            }
        }
    }

    public void tick(long now) {
        for (Entry e : entries) {
            try {
                e.observer.tick(now);
                ok(e);
            } catch (RuntimeException | LinkageError x) {
                failed(e, "tick", x);
            }
        }
    }

    public void sessionStarted(CaptureSession s) {
        for (Entry e : entries) {
            try {
                e.observer.sessionStarted(s);
                ok(e);
            } catch (RuntimeException | LinkageError x) {
                failed(e, "sessionStarted", x);
            }
        }
    }

    public void sessionEnded(CaptureSession s) {
        for (Entry e : entries) {
            try {
                e.observer.sessionEnded(s);
                ok(e);
            } catch (RuntimeException | LinkageError x) {
                failed(e, "sessionEnded", x);
            }
        }
    }

    /**
     * After {@link #sessionEnded} of a file session: waits until every observer that finishes
     * its work on threads of its own ({@link ObserverCompletion}) has completed what it was
     * given. Never call it on a live capture thread.
     *
     * @return true when all completed within the timeout (false also when interrupted)
     */
    public boolean awaitCompleted(long timeoutMillis) {
        List<CompletableFuture<Void>> waiting = new ArrayList<>();
        for (Entry e : entries) {
            if (e.observer instanceof ObserverCompletion c) {
                try {
                    waiting.add(c.completed().toCompletableFuture());
                } catch (RuntimeException | LinkageError x) {
                    failed(e, "completed", x);
                }
            }
        }
        try {
            CompletableFuture.allOf(waiting.toArray(new CompletableFuture<?>[0])).get(timeoutMillis, TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException x) {
            LOG.log(Level.WARNING, "traffic observers did not complete within " + timeoutMillis + " ms: results may be incomplete", x);
            return false;
        }
    }
}
