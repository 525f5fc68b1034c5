package io.hearthguard.capture.internal.live;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * The one libpcap call made per packet, {@code pcap_next_ex}, bound by JNA <em>direct mapping</em>
 * (a static native method registered on this class) instead of through the {@link LibPcap} interface
 * proxy: no reflection, no argument objects, pointers passed as raw addresses. The rest of libpcap
 * (called once per capture) stays on the interface binding. docs/capture.md, "Live capture: the
 * per-packet call".
 */
final class PcapNext {
    private static final Throwable UNAVAILABLE;

    static {
        UNAVAILABLE = register(PcapNext.class);
    }

    /**
     * Registers the native methods of {@code c} against the system libpcap (by its Debian name, else {@code libpcap.so}).
     *
     * @return null when done, else why not
     */
    static Throwable register(Class<?> c) {
        try {
            NativeLibrary lib;
            try {
                lib = NativeLibrary.getInstance("libpcap.so.0.8");
            } catch (UnsatisfiedLinkError e) {
                lib = NativeLibrary.getInstance("pcap");
            }
            Native.register(c, lib);
            return null;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | IllegalArgumentException e) {
            return e;
        }
    }

    private PcapNext() {
    }

    /** @return true when {@link #pcap_next_ex} is bound (else callers use the interface binding) */
    static boolean available() {
        return UNAVAILABLE == null;
    }

    /**
     * {@code int pcap_next_ex(pcap_t *p, struct pcap_pkthdr **pkt_header, const u_char **pkt_data)}, every
     * argument a native address: the handle, and two pointer-sized slots libpcap writes the header's and
     * the data's address into.
     */
    static native int pcap_next_ex(long p, long headerSlot, long dataSlot);
}
