package io.hearthguard.api.traffic;

import java.util.Arrays;

/**
 * Fine-grained activity of flows: a batch of <em>bursts</em>, each the packets of one flow
 * that followed each other with gaps shorter than capture's burst gap (100 ms), cut after at
 * most one second so a continuous stream still reports every second. For each burst: the
 * flow, the MACs of its two ends, the times of its first and last packet, and bytes and
 * packets each way.
 *
 * <p>Bursts are listed in the order they closed; within one flow they are in time order and
 * do not overlap. "Orig" is the flow's initiator → responder direction, exactly as in the
 * {@link FlowRecord} with the same {@link #flowId(int) flow id}; bytes are IP-layer bytes.
 *
 * <p>Immutable and thread-safe: the values are copied in, so a batch may be queued and kept.
 * Index arguments must be {@code 0 <= i < size()}, otherwise an
 * {@link IndexOutOfBoundsException} is thrown. Capture delivers batches through
 * {@link ActivityObserver}; it builds them in reused primitive buffers and allocates one
 * batch per delivery (at most once per second of capture time, or when its buffer is full),
 * never per packet.
 *
 * @since 1.1
 */
public final class FlowActivity {

    private static final FlowActivity EMPTY = new FlowActivity(0, new long[0], new long[0], new long[0], new long[0],
            new long[0], new long[0], new long[0], new int[0], new int[0]);

    private final int size;
    private final long[] flowId;
    private final long[] initiatorMac;
    private final long[] responderMac;
    private final long[] startNanos;
    private final long[] endNanos;
    private final long[] origBytes;
    private final long[] respBytes;
    private final int[] origPackets;
    private final int[] respPackets;

    private FlowActivity(int size, long[] flowId, long[] initiatorMac, long[] responderMac, long[] startNanos,
            long[] endNanos, long[] origBytes, long[] respBytes, int[] origPackets, int[] respPackets) {
        this.size = size;
        this.flowId = flowId;
        this.initiatorMac = initiatorMac;
        this.responderMac = responderMac;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.origBytes = origBytes;
        this.respBytes = respBytes;
        this.origPackets = origPackets;
        this.respPackets = respPackets;
    }

    /** @return a batch without bursts */
    public static FlowActivity empty() {
        return EMPTY;
    }

    /**
     * Copies the first {@code n} entries of the given parallel arrays into a new batch.
     *
     * @param n            number of bursts, {@code 0 <= n <=} the length of every array
     * @param flowId       flow ids ({@link FlowRecord#flowId()})
     * @param initiatorMac initiator MACs (48 low bits, -1 when none)
     * @param responderMac responder MACs (48 low bits, -1 when none)
     * @param startNanos   first packet of each burst, nanoseconds since the epoch (capture time)
     * @param endNanos     last packet of each burst, {@code >= startNanos}
     * @param origBytes    IP bytes initiator → responder, {@code >= 0}
     * @param respBytes    IP bytes responder → initiator, {@code >= 0}
     * @param origPackets  packets initiator → responder, {@code >= 0}
     * @param respPackets  packets responder → initiator, {@code >= 0}
     * @return the batch; never null
     * @throws IllegalArgumentException when {@code n} is out of range or a value breaks the rules above
     * @throws NullPointerException     when an array is null
     */
    public static FlowActivity copyOf(int n, long[] flowId, long[] initiatorMac, long[] responderMac, long[] startNanos,
            long[] endNanos, long[] origBytes, long[] respBytes, int[] origPackets, int[] respPackets) {
        int min = Math.min(Math.min(Math.min(flowId.length, initiatorMac.length), Math.min(responderMac.length, startNanos.length)),
                Math.min(Math.min(endNanos.length, origBytes.length), Math.min(respBytes.length, Math.min(origPackets.length, respPackets.length))));
        if (n < 0 || n > min) {
            throw new IllegalArgumentException("n must be 0.." + min + ": " + n);
        }
        for (int i = 0; i < n; i++) {
            if (endNanos[i] < startNanos[i] || origBytes[i] < 0 || respBytes[i] < 0 || origPackets[i] < 0 || respPackets[i] < 0) {
                throw new IllegalArgumentException("burst " + i + " has a negative count or ends before it starts");
            }
        }
        return new FlowActivity(n, Arrays.copyOf(flowId, n), Arrays.copyOf(initiatorMac, n), Arrays.copyOf(responderMac, n),
                Arrays.copyOf(startNanos, n), Arrays.copyOf(endNanos, n), Arrays.copyOf(origBytes, n),
                Arrays.copyOf(respBytes, n), Arrays.copyOf(origPackets, n), Arrays.copyOf(respPackets, n));
    }

    /**
     * A batch of some of this batch's bursts, in the order given.
     *
     * @param indexes indexes into this batch; only the first {@code n} are used
     * @param n       how many
     * @return the selection; never null
     * @throws IndexOutOfBoundsException when an index is out of range
     */
    public FlowActivity select(int[] indexes, int n) {
        if (n < 0 || n > indexes.length) {
            throw new IllegalArgumentException("n must be 0.." + indexes.length + ": " + n);
        }
        long[] id = new long[n], im = new long[n], rm = new long[n], st = new long[n], en = new long[n], ob = new long[n], rb = new long[n];
        int[] op = new int[n], rp = new int[n];
        for (int k = 0; k < n; k++) {
            int i = checked(indexes[k]);
            id[k] = flowId[i];
            im[k] = initiatorMac[i];
            rm[k] = responderMac[i];
            st[k] = startNanos[i];
            en[k] = endNanos[i];
            ob[k] = origBytes[i];
            rb[k] = respBytes[i];
            op[k] = origPackets[i];
            rp[k] = respPackets[i];
        }
        return new FlowActivity(n, id, im, rm, st, en, ob, rb, op, rp);
    }

    private int checked(int i) {
        return java.util.Objects.checkIndex(i, size);
    }

    /** @return number of bursts, {@code >= 0} */
    public int size() {
        return size;
    }

    /** @return the flow of burst {@code i} ({@link FlowRecord#flowId()}) */
    public long flowId(int i) {
        return flowId[checked(i)];
    }

    /** @return the flow initiator's MAC (48 low bits), or -1 */
    public long initiatorMac(int i) {
        return initiatorMac[checked(i)];
    }

    /** @return the flow responder's MAC (48 low bits), or -1 */
    public long responderMac(int i) {
        return responderMac[checked(i)];
    }

    /** @return capture time of the burst's first packet, nanoseconds since the epoch */
    public long startNanos(int i) {
        return startNanos[checked(i)];
    }

    /** @return capture time of the burst's last packet, nanoseconds since the epoch ({@code >= startNanos(i)}) */
    public long endNanos(int i) {
        return endNanos[checked(i)];
    }

    /** @return IP bytes initiator → responder in the burst */
    public long origBytes(int i) {
        return origBytes[checked(i)];
    }

    /** @return IP bytes responder → initiator in the burst */
    public long respBytes(int i) {
        return respBytes[checked(i)];
    }

    /** @return packets initiator → responder in the burst */
    public int origPackets(int i) {
        return origPackets[checked(i)];
    }

    /** @return packets responder → initiator in the burst */
    public int respPackets(int i) {
        return respPackets[checked(i)];
    }

    @Override
    public String toString() {
        return "FlowActivity[" + size + " bursts]";
    }
}
