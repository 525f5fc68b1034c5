package io.hearthguard.capture.internal.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import io.hearthguard.capture.internal.io.PacketSource;
import io.hearthguard.capture.internal.io.RawPacket;

/**
 * Packets from the system libpcap: a live interface (needs CAP_NET_RAW and CAP_NET_ADMIN)
 * or, for tests, a file opened by libpcap itself. Timestamps are requested in nanoseconds.
 * {@link #next} returns false only when the capture is stopped ({@link #breakLoop}) or fails.
 */
public final class LivePcapSource implements PacketSource {
    private final LibPcap pcap;
    private final Pointer handle;
    private final String source;
    private final int linkType;
    private final boolean nanos;
    private final PointerByReference hdrRef = new PointerByReference();
    private final PointerByReference dataRef = new PointerByReference();
    /** reused views of the header and data libpcap points to (no Pointer allocated per packet) */
    private final Pointer hdr = new Pointer(0);
    private final Pointer data = new Pointer(0);
    /**
     * The per-packet path, when {@link PcapNext} is bound: the handle's address, two pointer slots libpcap
     * fills (header, data), and reused arrays the slots and the header are read into with one native copy
     * each. {@code struct pcap_pkthdr} is a {@code struct timeval} (two C longs) and two 32-bit lengths.
     */
    private final boolean direct;
    private static final boolean LITTLE_ENDIAN = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
    private final long handleAddress;
    private final Memory slots = new Memory(2L * Native.POINTER_SIZE);
    private final long slotsAddress = Pointer.nativeValue(slots);
    private final long[] slotValues = new long[2];
    private final int[] slotValues32 = new int[2];
    private final long[] header64 = new long[3];
    private final int[] header32 = new int[4];
    private final LibPcap.PcapStat stat = new LibPcap.PcapStat();
    private final boolean live;
    private volatile boolean stopped;
    private boolean closed; // guarded by this: the handle must not be used after pcap_close
    private String error;

    private LivePcapSource(LibPcap pcap, Pointer handle, String source, boolean nanos, boolean live, boolean direct) {
        this.direct = direct && PcapNext.available();
        this.pcap = pcap;
        this.handle = handle;
        this.source = source;
        this.nanos = nanos;
        this.live = live;
        this.linkType = pcap.pcap_datalink(handle);
        this.handleAddress = Pointer.nativeValue(handle);
    }

    /**
     * Opens an interface.
     *
     * @throws CaptureUnavailableException with a clear message when the right is missing, the
     *         interface does not exist or the filter does not compile
     */
    public static LivePcapSource open(String iface, String filter, int snaplen, boolean promiscuous, int bufferBytes)
            throws CaptureUnavailableException {
        LibPcap pcap;
        try {
            pcap = LibPcap.load();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new CaptureUnavailableException("live capture needs the system libpcap (Debian package libpcap0.8) and JNA: " + e.getMessage());
        }
        byte[] err = new byte[LibPcap.PCAP_ERRBUF_SIZE];
        Pointer h = pcap.pcap_create(iface, err);
        if (h == null) {
            throw new CaptureUnavailableException("capture on " + iface + ": " + text(err));
        }
        pcap.pcap_set_snaplen(h, snaplen);
        pcap.pcap_set_promisc(h, promiscuous ? 1 : 0);
        pcap.pcap_set_timeout(h, 250);
        if (bufferBytes > 0 && pcap.pcap_set_buffer_size(h, bufferBytes) != 0) {
            String detail = pcap.pcap_geterr(h);
            pcap.pcap_close(h);
            throw new CaptureUnavailableException("capture on " + iface + ": libpcap refused a buffer of " + bufferBytes + " bytes: " + detail);
        }
        boolean nanos = pcap.pcap_set_tstamp_precision(h, LibPcap.PCAP_TSTAMP_PRECISION_NANO) == 0;
        int rc = pcap.pcap_activate(h);
        if (rc < 0) {
            String detail = pcap.pcap_geterr(h);
            pcap.pcap_close(h);
            throw new CaptureUnavailableException(activationMessage(iface, rc, detail));
        }
        LivePcapSource s = new LivePcapSource(pcap, h, iface, nanos, true, true);
        if (filter != null && !filter.isBlank()) {
            s.setFilter(filter);
        }
        return s;
    }

    static String activationMessage(String iface, int rc, String detail) {
        if (rc == LibPcap.PCAP_ERROR_PERM_DENIED || rc == LibPcap.PCAP_ERROR_PROMISC_PERM_DENIED) {
            return "capture on " + iface + " needs CAP_NET_RAW and CAP_NET_ADMIN (not root): grant them with systemd "
                    + "AmbientCapabilities=CAP_NET_RAW CAP_NET_ADMIN or setcap cap_net_raw,cap_net_admin=eip on the java binary; "
                    + "see docs/capture.md (" + detail + ")";
        }
        if (rc == LibPcap.PCAP_ERROR_NO_SUCH_DEVICE) {
            return "capture on " + iface + ": no such interface (" + detail + ")";
        }
        return "capture on " + iface + " could not start: " + detail;
    }

    /** Opens a capture file through libpcap (used to check the binding without privileges). */
    public static LivePcapSource openOffline(String file) throws CaptureUnavailableException {
        return openOffline(file, true);
    }

    /** @param direct false to read through the interface binding even where direct mapping is available (tests, benchmarks) */
    static LivePcapSource openOffline(String file, boolean direct) throws CaptureUnavailableException {
        LibPcap pcap = LibPcap.load();
        byte[] err = new byte[LibPcap.PCAP_ERRBUF_SIZE];
        Pointer h = pcap.pcap_open_offline_with_tstamp_precision(file, LibPcap.PCAP_TSTAMP_PRECISION_NANO, err);
        if (h == null) {
            throw new CaptureUnavailableException(file + ": " + text(err));
        }
        return new LivePcapSource(pcap, h, file, true, false, direct);
    }

    private void setFilter(String filter) throws CaptureUnavailableException {
        LibPcap.BpfProgram prog = new LibPcap.BpfProgram();
        if (pcap.pcap_compile(handle, prog, filter, 1, 0xffffffff) < 0) {
            String e = pcap.pcap_geterr(handle);
            close();
            throw new CaptureUnavailableException("capture filter '" + filter + "' on " + source + " does not compile: " + e);
        }
        try {
            if (pcap.pcap_setfilter(handle, prog) < 0) {
                String e = pcap.pcap_geterr(handle);
                close();
                throw new CaptureUnavailableException("capture filter '" + filter + "' on " + source + " cannot be set: " + e);
            }
        } finally {
            pcap.pcap_freecode(prog);
        }
    }

    private static String text(byte[] err) {
        int n = 0;
        while (n < err.length && err[n] != 0) {
            n++;
        }
        return new String(err, 0, n, StandardCharsets.UTF_8);
    }

    @Override
    public boolean next(RawPacket p) throws IOException {
        while (!stopped) {
            int rc = direct ? PcapNext.pcap_next_ex(handleAddress, slotsAddress, slotsAddress + Native.POINTER_SIZE)
                    : pcap.pcap_next_ex(handle, hdrRef, dataRef);
            if (rc == 1) {
                if (direct) {
                    readDirect(p);
                } else {
                    readThroughInterface(p);
                }
                p.own();
                p.linkType = linkType;
                p.offset = -1;
                return true;
            }
            if (rc == 0) {
                if (live) {
                    continue; // read timeout: poll the stop flag
                }
                return false;
            }
            if (rc == LibPcap.PCAP_ERROR_BREAK) {
                return false;
            }
            error = pcap.pcap_geterr(handle);
            throw new IOException("capture on " + source + " failed: " + error);
        }
        return false;
    }

    /** After the direct-mapped call: three more native calls (the slots, the header, the data). */
    private void readDirect(RawPacket p) {
        if (Native.POINTER_SIZE == 8) {
            slots.read(0, slotValues, 0, 2);
            Pointer.nativeValue(hdr, slotValues[0]);
            Pointer.nativeValue(data, slotValues[1]);
        } else {
            slots.read(0, slotValues32, 0, 2);
            Pointer.nativeValue(hdr, slotValues32[0] & 0xFFFFFFFFL);
            Pointer.nativeValue(data, slotValues32[1] & 0xFFFFFFFFL);
        }
        long sec;
        long frac;
        int cap;
        int wire;
        if (Native.LONG_SIZE == 8) {
            hdr.read(0, header64, 0, 3);
            sec = header64[0];
            frac = header64[1];
            // caplen is the first 32-bit field after the timeval, in the platform's byte order
            cap = (int) (LITTLE_ENDIAN ? header64[2] : header64[2] >>> 32);
            wire = (int) (LITTLE_ENDIAN ? header64[2] >>> 32 : header64[2]);
        } else {
            hdr.read(0, header32, 0, 4);
            sec = header32[0] & 0xFFFFFFFFL;
            frac = header32[1] & 0xFFFFFFFFL;
            cap = header32[2];
            wire = header32[3];
        }
        fill(p, sec, frac, cap, wire);
    }

    /** The interface binding's reading (when direct mapping is not available; 64-bit layout). */
    private void readThroughInterface(RawPacket p) {
        Pointer.nativeValue(hdr, hdrRef.getPointer().getLong(0));
        Pointer.nativeValue(data, dataRef.getPointer().getLong(0));
        fill(p, hdr.getLong(0), hdr.getLong(8), hdr.getInt(16), hdr.getInt(20));
    }

    private void fill(RawPacket p, long sec, long frac, int caplen, int wire) {
        int cap = Math.max(0, Math.min(caplen, RawPacket.MAX_SNAPLEN));
        data.read(0, p.data, 0, cap);
        p.captureLength = cap;
        p.wireLength = Math.max(cap, wire);
        p.timestampNanos = sec * 1_000_000_000L + (nanos ? frac : frac * 1000L);
    }

    /** @return packets dropped by the kernel and the interface since the capture started, or 0 */
    public long kernelDrops() {
        if (!live || pcap.pcap_stats(handle, stat) != 0) {
            return 0;
        }
        stat.read();
        return (stat.ps_drop & 0xFFFFFFFFL) + (stat.ps_ifdrop & 0xFFFFFFFFL);
    }

    /** Makes {@link #next} return false; safe from another thread, also after {@link #close}. */
    public synchronized void breakLoop() {
        stopped = true;
        if (!closed) {
            pcap.pcap_breakloop(handle);
        }
    }

    /** @return true when packets are read through the direct-mapped {@code pcap_next_ex} */
    public boolean direct() {
        return direct;
    }

    public int linkType() {
        return linkType;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pcap.pcap_close(handle);
        }
    }
}
