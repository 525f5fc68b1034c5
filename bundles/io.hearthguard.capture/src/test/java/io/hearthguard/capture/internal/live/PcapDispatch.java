package io.hearthguard.capture.internal.live;

import com.sun.jna.Callback;
import com.sun.jna.Native;

/**
 * For {@link DispatchBench} only (live capture reads with {@link PcapNext}, which measured as fast or faster):
 * {@code pcap_dispatch} bound by JNA direct mapping, with a callback whose arguments are raw addresses: libpcap calls
 * {@link Handler#callback} once per packet of the batch, on the calling thread. Compared with {@link PcapNext} in
 * docs/benchmarks.md, "Round 5".
 */
final class PcapDispatch {
    private static final Throwable UNAVAILABLE;

    static {
        UNAVAILABLE = PcapNext.register(PcapDispatch.class);
    }

    private PcapDispatch() {
    }

    static boolean available() {
        return UNAVAILABLE == null && Native.POINTER_SIZE == 8;
    }

    /** {@code void (*pcap_handler)(u_char *user, const struct pcap_pkthdr *h, const u_char *bytes)}, pointers as 64-bit addresses. */
    interface Handler extends Callback {
        void callback(long user, long header, long data);
    }

    /** {@code int pcap_dispatch(pcap_t *p, int cnt, pcap_handler callback, u_char *user)} */
    static native int pcap_dispatch(long p, int cnt, Handler callback, long user);
}
