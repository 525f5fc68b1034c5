package io.hearthguard.capture.internal.osgi;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Semaphore;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.capture.internal.Session;

/**
 * The hub's replay: when configured (PID {@code io.hearthguard.capture.replay}, singleton or
 * factory configurations), runs a capture file through the hub's traffic observers as if it
 * were live traffic, on its own thread, paced by the packet timestamps unless told otherwise.
 * <p>
 * A configuration with a {@code job} id is a one-shot job (the dashboard's uploads): it runs
 * only in the hub process that requested it ({@code requested} not before this JVM started),
 * never again after a restart, where the store and protections may not be up yet. Replays
 * run one at a time, in the order they were configured; the others wait (so two uploads of
 * the same file cannot cut each other short). The outcome — done or failed with the reason,
 * and the packet counts — is written as JSON to {@code resultFile} when one is given.
 */
@Component(configurationPid = FileReplay.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FileReplay.Config.class)
public final class FileReplay {
    public static final String PID = "io.hearthguard.capture.replay";
    private static final System.Logger LOG = System.getLogger(FileReplay.class.getName());
    /** One replay at a time in the hub; fair, so jobs run in the order they arrived. */
    static final Semaphore ONE_AT_A_TIME = new Semaphore(1, true);

    @ObjectClassDefinition(name = "Hearthguard capture replay", description = "Replays a capture file through the hub as if it were live.")
    public @interface Config {
        @AttributeDefinition(description = "Path of the pcap or pcapng file")
        String file();

        @AttributeDefinition(description = "Deliver packets at the pace of their timestamps")
        boolean paced() default true;

        @AttributeDefinition(description = "Run the replay")
        boolean enabled() default true;

        @AttributeDefinition(description = "One-shot job id (set by the dashboard); empty for a standing replay")
        String job() default "";

        @AttributeDefinition(description = "When the job was requested (epoch ms); a job older than the running hub is not run")
        long requested() default 0;

        @AttributeDefinition(description = "File to write the outcome to as JSON (state, reason, packet counts); empty for none")
        String resultFile() default "";
    }

    private final Thread thread;
    private volatile boolean stop;

    @Activate
    public FileReplay(@Reference TrafficHub hub, Config config, java.util.Map<String, Object> properties) {
        String name = config.file();
        Path file = name == null || name.isBlank() ? null : Path.of(name);
        Path result = config.resultFile() == null || config.resultFile().isBlank() ? null : Path.of(config.resultFile());
        thread = new Thread(() -> run(hub, file, config.paced(), result), "hearthguard-replay");
        thread.setDaemon(true);
        // "web.job": the persistent configuration earlier dashboards wrote; always stale now
        boolean oneShot = !config.job().isEmpty() || properties.containsKey("web.job");
        if (file == null) {
            LOG.log(Level.ERROR, "replay configured without a file (" + PID + ": file)");
            write(result, "failed", "no file configured", null);
        } else if (oneShot && config.requested() < ManagementFactory.getRuntimeMXBean().getStartTime()) {
            // a job left over from an earlier run of the hub: it ran (or was cut off) then
            LOG.log(Level.INFO, "replay job " + config.job() + properties.getOrDefault("web.job", "") + " of " + file.getFileName() + " is from an earlier run of the hub; not replayed again");
            if (result != null && !Files.exists(result)) {
                write(result, "failed", "interrupted by a restart of the hub; upload the capture again", null);
            }
        } else if (config.enabled()) {
            thread.start();
        }
    }

    private void run(TrafficHub hub, Path file, boolean paced, Path result) {
        try {
            ONE_AT_A_TIME.acquire();
        } catch (InterruptedException e) {
            write(result, "failed", "stopped before it started (the hub or the capture bundle stopped)", null);
            return;
        }
        try {
            if (stop) {
                write(result, "failed", "stopped before it started (the hub or the capture bundle stopped)", null);
                return;
            }
            Session s = hub.replay(file, paced, () -> stop);
            if (stop) {
                write(result, "failed", "stopped after " + s.received() + " packets (the hub or the capture bundle stopped)", s);
            } else {
                LOG.log(Level.INFO, "replay finished: " + s);
                write(result, "done", null, s);
            }
        } catch (InterruptedException e) {
            write(result, "failed", "stopped (the hub or the capture bundle stopped)", null);
            Thread.currentThread().interrupt();
        } catch (Exception | StackOverflowError e) {
            String why = describe(e);
            LOG.log(Level.ERROR, "replay of " + file + " failed: " + why);
            write(result, "failed", why, null);
        } finally {
            ONE_AT_A_TIME.release();
        }
    }

    /** @return the exception's message, or its kind when it has none (never "null") */
    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return (e instanceof IOException ? "unreadable capture file" : "the capture file could not be processed") + " ("
                    + e.getClass().getSimpleName() + ")";
        }
        return m;
    }

    /** Writes the outcome atomically (temp file, then rename); failures to write are logged only. */
    static void write(Path result, String state, String reason, Session s) {
        if (result == null) {
            return;
        }
        StringBuilder b = new StringBuilder(200).append("{\"state\":\"").append(state).append('"');
        if (reason != null) {
            b.append(",\"reason\":\"").append(escape(reason)).append('"');
        }
        b.append(",\"packetsReceived\":").append(s == null ? 0 : s.received());
        b.append(",\"packetsProcessed\":").append(s == null ? 0 : s.processed());
        b.append(",\"packetsDropped\":").append(s == null ? 0 : s.dropped()).append("}\n");
        try {
            Path tmp = result.resolveSibling(result.getFileName() + ".tmp");
            Files.writeString(tmp, b, StandardCharsets.UTF_8);
            Files.move(tmp, result, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not write the replay result " + result + ": " + e.getMessage());
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join(5000);
    }
}
