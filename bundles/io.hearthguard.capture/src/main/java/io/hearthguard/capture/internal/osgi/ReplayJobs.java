package io.hearthguard.capture.internal.osgi;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.capture.internal.Session;
import io.hearthguard.platform.replay.ReplayJob;
import io.hearthguard.platform.replay.ReplayOutcome;
import io.hearthguard.platform.replay.ReplayService;

/**
 * The {@link ReplayService}: jobs in memory, run one at a time on one thread (and never at
 * the same time as a configured {@link FileReplay}), each ending with its outcome once the
 * hub's observers completed what the file gave them.
 */
@Component(service = ReplayService.class)
public final class ReplayJobs implements ReplayService {
    private static final System.Logger LOG = System.getLogger(ReplayJobs.class.getName());
    static final String STOPPED = "stopped (the hub or the capture bundle stopped)";

    private final TrafficHub hub;
    private final ExecutorService runner;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Jobs not yet ended, so a stop can end them. */
    private final Set<Job> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /** One job and its outcome. */
    static final class Job implements ReplayJob {
        final Path file;
        final boolean paced;
        final CompletableFuture<ReplayOutcome> outcome = new CompletableFuture<>();
        volatile boolean started;
        volatile boolean cancelled;

        Job(Path file, boolean paced) {
            this.file = file;
            this.paced = paced;
        }

        @Override
        public Path file() {
            return file;
        }

        @Override
        public boolean started() {
            return started;
        }

        @Override
        public CompletionStage<ReplayOutcome> outcome() {
            return outcome.copy(); // callers cannot complete ours
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Activate
    public ReplayJobs(@Reference TrafficHub hub) {
        this.hub = hub;
        this.runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hearthguard-replay-jobs");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public ReplayJob submit(Path file, boolean paced) {
        Objects.requireNonNull(file, "file");
        if (stopping) {
            throw new IllegalStateException("the capture bundle is stopping; no replay started");
        }
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            throw new IllegalStateException(MAX_WAITING + " replays are waiting already; try again when they finished");
        }
        Job j = new Job(file, paced);
        open.add(j);
        try {
            runner.execute(() -> run(j));
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            end(j, ReplayOutcome.failed(STOPPED));
        }
        return j;
    }

    private void run(Job j) {
        waiting.decrementAndGet();
        if (j.cancelled || stopping) {
            end(j, ReplayOutcome.failed("stopped before it started"));
            return;
        }
        try {
            FileReplay.ONE_AT_A_TIME.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(j, ReplayOutcome.failed(STOPPED));
            return;
        }
        try {
            j.started = true;
            Session s = hub.replay(j.file, j.paced, () -> j.cancelled || stopping);
            if (j.cancelled || stopping) {
                end(j, new ReplayOutcome(false, "stopped after " + s.received() + " packets", s.received(), s.processed(), s.dropped()));
            } else {
                LOG.log(Level.INFO, "replay finished: " + s);
                end(j, new ReplayOutcome(true, null, s.received(), s.processed(), s.dropped()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end(j, ReplayOutcome.failed(STOPPED));
        } catch (Exception | StackOverflowError e) {
            String why = FileReplay.describe(e);
            LOG.log(Level.ERROR, "replay of " + j.file + " failed: " + why);
            end(j, ReplayOutcome.failed(why));
        } finally {
            FileReplay.ONE_AT_A_TIME.release();
        }
    }

    private void end(Job j, ReplayOutcome o) {
        open.remove(j);
        j.outcome.complete(o);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stopping = true;
        runner.shutdownNow();
        runner.awaitTermination(5, TimeUnit.SECONDS);
        for (Job j : open) {
            end(j, ReplayOutcome.failed(STOPPED));
        }
    }
}
