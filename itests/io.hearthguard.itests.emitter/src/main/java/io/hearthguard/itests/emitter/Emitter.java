package io.hearthguard.itests.emitter;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
 * each, flushed, so the lines survive a kill -9 of this process in the page cache). Each
 * start of the bundle uses fresh deduplication keys, so every acknowledgement is a new finding.
 */
@Component
public final class Emitter {

    private final Thread thread;
    private volatile boolean running = true;

    @Activate
    public Emitter(BundleContext context, @Reference FindingService findings) {
        Path data = Path.of(context.getProperty(Launch.DATA_DIR));
        thread = new Thread(() -> run(data, findings), "itest-emitter");
        thread.start();
    }

    @Deactivate
    void stop() throws InterruptedException {
        running = false;
        thread.join(5_000);
    }

    private void run(Path data, FindingService findings) {
        Path go = data.resolve("emit.go");
        long perSecond = 0;
        try {
            String rate = Files.readString(go).trim();
            perSecond = rate.isEmpty() ? 0 : Long.parseLong(rate);
        } catch (IOException | NumberFormatException e) {
            perSecond = 0;
        }
        long period = perSecond > 0 ? 1_000_000_000L / perSecond : 0;
        String run = Long.toString(System.currentTimeMillis(), 36);
        long start = System.nanoTime();
        try (PrintStream acks = new PrintStream(new FileOutputStream(data.resolve("emit.acks").toFile(), true), false, "US-ASCII")) {
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
        } catch (IOException | RuntimeException e) {
            System.err.println("emitter stopped: " + e);
        }
    }
}
