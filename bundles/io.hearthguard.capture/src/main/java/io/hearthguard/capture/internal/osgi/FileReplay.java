package io.hearthguard.capture.internal.osgi;

import java.lang.System.Logger.Level;
import java.nio.file.Path;

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
 * The hub's replay: when configured (PID {@code io.hearthguard.capture.replay}), runs a
 * capture file through the hub's traffic observers as if it were live traffic, on its own
 * thread, paced by the packet timestamps unless told otherwise.
 */
@Component(configurationPid = FileReplay.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = FileReplay.Config.class)
public final class FileReplay {
    public static final String PID = "io.hearthguard.capture.replay";
    private static final System.Logger LOG = System.getLogger(FileReplay.class.getName());

    @ObjectClassDefinition(name = "Hearthguard capture replay", description = "Replays a capture file through the hub as if it were live.")
    public @interface Config {
        @AttributeDefinition(description = "Path of the pcap or pcapng file")
        String file();

        @AttributeDefinition(description = "Deliver packets at the pace of their timestamps")
        boolean paced() default true;

        @AttributeDefinition(description = "Run the replay")
        boolean enabled() default true;
    }

    private final Thread thread;
    private volatile boolean stop;

    @Activate
    public FileReplay(@Reference TrafficHub hub, Config config) {
        String name = config.file();
        Path file = name == null || name.isBlank() ? null : Path.of(name);
        thread = new Thread(() -> {
            try {
                Session s = hub.replay(file, config.paced(), () -> stop);
                LOG.log(Level.INFO, "replay finished: " + s);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.log(Level.ERROR, "replay of " + file + " failed: " + e.getMessage());
            }
        }, "hearthguard-replay");
        thread.setDaemon(true);
        if (file == null) {
            LOG.log(Level.ERROR, "replay configured without a file (" + PID + ": file)");
        } else if (config.enabled()) {
            thread.start();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join(5000);
    }
}
