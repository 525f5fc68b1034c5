package io.hearthguard.capture.internal.live;

import java.util.Locale;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

import io.hearthguard.capture.internal.io.RawPacket;

/**
 * Reads a capture file through libpcap both ways, interleaved, in one JVM: the per-packet {@code pcap_next_ex} loop of
 * {@link LivePcapSource} and batches of {@code pcap_dispatch} with a direct-mapped callback ({@link PcapDispatch}), each
 * copying every packet's bytes once as the live path does. Prints µs per packet for each round. Not a test: a benchmark.
 *
 * <pre>DispatchBench FILE [ROUNDS]</pre>
 *
 * Even rounds read with {@code pcap_next_ex} first, odd rounds with {@code pcap_dispatch} first (so that neither always
 * pays the first run's costs); two JVMs, one starting each way, compare the cold first reads.
 */
public final class DispatchBench {
    private DispatchBench() {
    }

    public static void main(String[] args) throws Exception {
        String file = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        LibPcap pcap = LibPcap.load();
        boolean dispatchFirst = args.length > 2 && "dispatch-first".equals(args[2]);
        for (int r = 0; r < rounds; r++) {
            long[] a = ((r & 1) == 0) != dispatchFirst ? new long[] {next(file), dispatch(pcap, file)} : swap(dispatch(pcap, file), next(file));
            System.out.println(String.format(Locale.ROOT, "round %d: pcap_next_ex %.3f us/packet, pcap_dispatch %.3f us/packet (%s first)", r,
                    a[0] / 1e3 / 200_000, a[1] / 1e3 / 200_000, ((r & 1) == 0) != dispatchFirst ? "pcap_next_ex" : "pcap_dispatch"));
        }
        System.out.println("pointer size " + Native.POINTER_SIZE);
    }

    private static long[] swap(long dispatchNanos, long nextNanos) {
        return new long[] {nextNanos, dispatchNanos};
    }

    static long packets;
    static long check;

    private static long next(String file) throws Exception {
            long t0 = System.nanoTime();
            long n1 = 0;
            long bytes1 = 0;
            try (LivePcapSource s = LivePcapSource.openOffline(file, true)) {
                RawPacket p = new RawPacket();
                while (s.next(p)) {
                    n1++;
                    bytes1 += p.buf[p.base + p.captureLength / 2];
                }
            }
            long t1 = System.nanoTime();
            verify(n1, bytes1);
            return t1 - t0;
    }

    private static void verify(long n, long sum) {
        if (packets == 0) {
            packets = n;
            check = sum;
        } else if (packets != n || check != sum) {
            throw new IllegalStateException("the reads differ: " + n + " packets vs " + packets);
        }
        if (n != 200_000) {
            throw new IllegalStateException("expected the 200,000-packet bench file, read " + n);
        }
    }

    private static long dispatch(LibPcap pcap, String file) {
            long t1 = System.nanoTime();
            long[] n2 = new long[2];
            byte[] batch = new byte[RawPacket.MAX_SNAPLEN];
            Pointer hdr = new Pointer(0);
            Pointer data = new Pointer(0);
            long[] h = new long[3];
            PcapDispatch.Handler cb = (user, header, bytes) -> {
                Pointer.nativeValue(hdr, header);
                Pointer.nativeValue(data, bytes);
                hdr.read(0, h, 0, 3);
                int cap = (int) h[2];
                data.read(0, batch, 0, cap);
                n2[0]++;
                n2[1] += batch[cap / 2];
            };
            byte[] err = new byte[LibPcap.PCAP_ERRBUF_SIZE];
            Pointer handle = pcap.pcap_open_offline_with_tstamp_precision(file, LibPcap.PCAP_TSTAMP_PRECISION_NANO, err);
            long addr = Pointer.nativeValue(handle);
            while (PcapDispatch.pcap_dispatch(addr, 256, cb, 0) > 0) {
                // the callback counts
            }
            pcap.pcap_close(handle);
            long t2 = System.nanoTime();
            verify(n2[0], n2[1]);
            return t2 - t1;
    }
}
