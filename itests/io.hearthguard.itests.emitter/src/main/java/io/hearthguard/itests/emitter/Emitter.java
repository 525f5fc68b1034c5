package io.hearthguard.itests.emitter;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.platform.cli.Launch;

/**
 * While {@code <data>/emit.go} exists, publishes findings as fast as the hub accepts them (or
 * at the rate per second written in {@code emit.go}, e.g. {@code 500}) and appends each
 * acknowledged id — {@code publish()} returned it — to {@code <data>/emit.acks} (one line
 * each, flushed, so the lines survive a kill -9 of this process in the page cache). A second
 * number in {@code emit.go} ({@code 500 16}) spreads the rate over that many threads, as the
 * hub's protections publish from many threads (default 1). Each start of the bundle uses
 * fresh deduplication keys, so every acknowledgement is a new finding.
 */
@Component
public final class Emitter {

    private final List<Thread> threads = new ArrayList<>();
    private final PrintStream acks;
    private volatile boolean running = true;

    @Activate
    public Emitter(BundleContext context, @Reference FindingService findings) throws IOException {
        Path data = Path.of(context.getProperty(Launch.DATA_DIR));
        Path go = data.resolve("emit.go");
        long perSecond = 0;
        int count = 1;
        try {
            String[] words = Files.readString(go).trim().split("\\s+");
            perSecond = words[0].isEmpty() ? 0 : Long.parseLong(words[0]);
            count = words.length > 1 ? Math.max(1, Math.min(256, Integer.parseInt(words[1]))) : 1;
        } catch (IOException | NumberFormatException e) {
            perSecond = 0;
        }
        // PrintStream.println is synchronized: lines of different threads do not mix
        acks = new PrintStream(new FileOutputStream(data.resolve("emit.acks").toFile(), true), false, "US-ASCII");
        String run = Long.toString(System.currentTimeMillis(), 36);
        long period = perSecond > 0 ? count * 1_000_000_000L / perSecond : 0;
        for (int t = 0; t < count; t++) {
            String prefix = run + "-t" + t;
            threads.add(new Thread(() -> run(go, findings, prefix, period), "itest-emitter-" + t));
        }
        threads.forEach(Thread::start);
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(5_000);
        }
        acks.close();
    }

    private void run(Path go, FindingService findings, String run, long period) {
        long start = System.nanoTime();
        try {
            for (long i = 0; running && Files.exists(go) && i < 1_000_000; i++) {
                Instant t = Instant.parse("2026-11-20T00:00:00Z").plusSeconds(i);
                Finding f = Finding.builder("itest.emit", Categories.ABNORMAL_UPLOAD, Severity.LOW)
                        .device(new DeviceRef(null, "02:00:00:00:00:09", null, "emitter")).span(t, t)
                        .summary("finding number " + i).evidence(Map.of("n", i)).dedupKey(run + "-n" + i).source("itest-emitter").build();
                String id = findings.publish(f).id();
                acks.println(id);
                acks.flush();
                long wait = start + (i + 1) * period - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("emitter stopped: " + e);
        }
    }
}
