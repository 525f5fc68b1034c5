package io.hearthguard.capture.internal.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.hearthguard.capture.internal.Shared;
import io.hearthguard.capture.internal.io.CaptureFiles;
import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;

/** The JNA binding of libpcap reads the same packets as capture's own reader (no privileges needed). */
class LibPcapBindingTest {

    static LibPcap lib() {
        try {
            return LibPcap.load();
        } catch (UnsatisfiedLinkError e) {
            assumeTrue(false, "libpcap.so.0.8 not installed");
            return null;
        }
    }

    @Test
    void libpcapThroughJnaReadsTheSamePacketsAsOurReader() throws Exception {
        assertTrue(lib().pcap_lib_version().startsWith("libpcap"));
        for (String f : new String[] {"zeek/tls__tls1.2.pcap", "zeek/pcapng-multi-interface.pcapng", "zeek/linuxsll-arp.pcap"}) {
            Path file = Shared.pcap(f);
            int n = 0;
            try (PacketSource ours = CaptureFiles.open(file); LivePcapSource theirs = LivePcapSource.openOffline(file.toString())) {
                RawPacket a = new RawPacket();
                RawPacket b = new RawPacket();
                while (ours.next(a)) {
                    assertTrue(theirs.next(b), f + " packet " + n);
                    assertEquals(a.timestampNanos, b.timestampNanos, f + " packet " + n);
                    assertEquals(a.captureLength, b.captureLength);
                    assertEquals(a.wireLength, b.wireLength);
                    assertEquals(a.linkType, b.linkType);
                    assertArrayEquals(a.bytes(), b.bytes());
                    n++;
                }
                assertFalse(theirs.next(b));
            }
            assertTrue(n > 0);
        }
    }

    /** The per-packet call bound by direct mapping reads exactly what the interface binding reads. */
    @Test
    void theDirectMappedPerPacketCallReadsTheSamePacketsAsTheInterfaceBinding() throws Exception {
        lib();
        assertTrue(PcapNext.available(), "pcap_next_ex could not be bound by direct mapping");
        for (String f : new String[] {"zeek/tls__tls1.2.pcap", "zeek/pcapng-multi-interface.pcapng", "zeek/linuxsll-arp.pcap",
                "iot-sentinel/Aria/Setup-A-1-STA.pcap"}) {
            Path file = Shared.pcap(f);
            int n = 0;
            try (LivePcapSource direct = LivePcapSource.openOffline(file.toString(), true);
                    LivePcapSource proxied = LivePcapSource.openOffline(file.toString(), false)) {
                assertTrue(direct.direct());
                assertFalse(proxied.direct());
                RawPacket a = new RawPacket();
                RawPacket b = new RawPacket();
                while (proxied.next(a)) {
                    assertTrue(direct.next(b), f + " packet " + n);
                    assertEquals(a.timestampNanos, b.timestampNanos, f + " packet " + n);
                    assertEquals(a.captureLength, b.captureLength, f + " packet " + n);
                    assertEquals(a.wireLength, b.wireLength, f + " packet " + n);
                    assertEquals(a.linkType, b.linkType);
                    assertArrayEquals(a.bytes(), b.bytes(), f + " packet " + n);
                    n++;
                }
                assertFalse(direct.next(b));
            }
            assertTrue(n > 0, f);
        }
    }

    @Test
    void aMissingInterfaceOrAMissingRightGivesAClearMessage() {
        lib();
        CaptureUnavailableException e = assertThrows(CaptureUnavailableException.class,
                () -> LivePcapSource.open("hg-no-such-if0", "", 1600, false, 0).close());
        assertTrue(e.getMessage().startsWith("capture on hg-no-such-if0"), e.getMessage());
        String perm = LivePcapSource.activationMessage("eth0", LibPcap.PCAP_ERROR_PERM_DENIED, "socket: Operation not permitted");
        assertTrue(perm.startsWith("capture on eth0 needs CAP_NET_RAW and CAP_NET_ADMIN"), perm);
        assertTrue(perm.contains("docs/capture.md"));
    }
}
