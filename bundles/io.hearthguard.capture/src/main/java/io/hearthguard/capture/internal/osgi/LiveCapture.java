package io.hearthguard.capture.internal.osgi;

import java.lang.System.Logger.Level;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.capture.internal.Dispatcher;
import io.hearthguard.capture.internal.Engine;
import io.hearthguard.capture.internal.EngineConfig;
import io.hearthguard.capture.internal.Session;
import io.hearthguard.capture.internal.io.RawPacket;
import io.hearthguard.capture.internal.live.CaptureUnavailableException;
import io.hearthguard.capture.internal.live.LivePcapSource;

/**
 * Live capture in the hub (PID {@code io.hearthguard.capture.live}, disabled by default):
 * reads an interface through the system libpcap on its own thread and feeds the hub's
 * traffic observers. Kernel drops from pcap_stats are added to the session's counters.
 */
@Component(configurationPid = LiveCapture.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LiveCapture.Config.class)
public final class LiveCapture {
    public static final String PID = "io.hearthguard.capture.live";
    private static final System.Logger LOG = System.getLogger(LiveCapture.class.getName());

    @ObjectClassDefinition(name = "Hearthguard live capture",
            description = "Captures an interface with libpcap. Needs CAP_NET_RAW and CAP_NET_ADMIN (see docs/capture.md).")
    public @interface Config {
        @AttributeDefinition(description = "Capture at all")
        boolean enabled() default false;

        @AttributeDefinition(name = "interface", description = "Interface name, e.g. eth0 or br-lan")
        String iface() default "eth0";

        @AttributeDefinition(description = "BPF capture filter (tcpdump syntax); empty for everything")
        String filter() default "";

        @AttributeDefinition(description = "Bytes captured per packet")
        int snaplen() default 1600;

        @AttributeDefinition(description = "Promiscuous mode")
        boolean promiscuous() default true;

        @AttributeDefinition(description = "Kernel buffer in bytes (0: libpcap default)")
        int bufferBytes() default 8 * 1024 * 1024;

        @AttributeDefinition(description = "Most flows kept in memory")
        int maxFlows() default 131_072;
    }

    private final Thread thread;
    private volatile LivePcapSource source;
    private volatile boolean stop;

    @Activate
    public LiveCapture(@Reference TrafficHub hub, Config c) {
        thread = new Thread(() -> run(hub, c), "hearthguard-capture-" + c.iface());
        thread.setDaemon(true);
        if (c.enabled()) {
            thread.start();
        }
    }

    private void run(TrafficHub hub, Config c) {
        LivePcapSource src;
        try {
            src = LivePcapSource.open(c.iface(), c.filter(), Math.max(64, Math.min(c.snaplen(), RawPacket.MAX_SNAPLEN)),
                    c.promiscuous(), c.bufferBytes());
        } catch (CaptureUnavailableException e) {
            LOG.log(Level.ERROR, e.getMessage());
            return;
        }
        source = src;
        if (stop) {
            src.close();
            return;
        }
        Session s = new Session(c.iface(), true);
        Engine e = new Engine(EngineConfig.defaults().withMaxFlows(c.maxFlows()), new Dispatcher(hub.observers()), s);
        RawPacket raw = new RawPacket();
        LOG.log(Level.INFO, "live capture on " + c.iface() + " started (link type " + src.linkType() + ")");
        var reg = hub.publish(s);
        e.start();
        try {
            long n = 0;
            while (src.next(raw)) {
                e.packet(raw);
                if ((++n & 0x3FFF) == 0) {
                    e.kernelDrops(src.kernelDrops());
                }
            }
        } catch (Exception x) {
            LOG.log(Level.ERROR, x.getMessage());
        } finally {
            e.kernelDrops(src.kernelDrops());
            e.finish();
            src.close();
            TrafficHub.unpublish(reg);
            LOG.log(Level.INFO, "live capture stopped: " + s);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        stop = true;
        LivePcapSource s = source;
        if (s != null) {
            s.breakLoop();
        }
        thread.join(5000);
    }
}
