package io.hearthguard.capture.internal.flow;

import java.util.Arrays;

import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.capture.internal.decode.Packet;

/**
 * Bidirectional 5-tuple flow table in primitive arrays: an open-addressing hash (linear
 * probing, backward-shift deletion) over at most {@code maxFlows} slots, and an LRU list by
 * last activity. The hot state of a flow is one 128-byte record in a single {@code long[]}
 * (two cache lines), so a packet touches few lines. Lookups and updates allocate nothing.
 * When full, the least recently active flow is evicted. All times are capture time.
 * Single-threaded (the capture thread).
 *
 * <p>The LRU list is relinked at most once per second of capture time per flow, so its
 * order (and idle expiry) is exact to within one second.
 */
public final class FlowTable {

    /** Receives flow snapshots; {@code idx} is valid only during the call. */
    public interface Listener {
        void flow(FlowTable table, int idx, Phase phase, EndReason reason);

        /** A flow was just created (before its STARTED snapshot): the place to name it. */
        default void created(FlowTable table, int idx) {
        }
    }

    static final TcpState[] STATES = TcpState.values();
    private static final long SECOND = 1_000_000_000L;

    // record layout (longs)
    private static final int W = 16;
    private static final int K0 = 0, K1 = 1, K2 = 2, K3 = 3, K4 = 4, FIRST = 5, LAST = 6, OB = 7, RB = 8, OP = 9, RP = 10,
            ID = 11, IMAC = 12, RMAC = 13, MISC = 14, LINKED = 15;
    // MISC bits: hash (low 32) | tcp state (8) | fins (2) | origIsA (1)
    private static final int TCP_SHIFT = 32, FIN_SHIFT = 40, ORIG_A_SHIFT = 42;

    private final Listener listener;
    private final int max;
    private final long idleTcp;
    private final long idleOther;
    private final long active;
    private final long linger;
    private final long update;
    private final long minTimeout;

    // Per-slot arrays are sized to the slots in use and grow by doubling up to max, so a small
    // home's capture does not hold the bound's worth of zeroed memory (26 MiB at 131,072 flows).
    private long[] f;
    // cold per-flow state
    private long[] sob, srb, sop, srp;
    /** scratch per-flow bits for the pipeline (e.g. a TLS hello seen); grows with the table: read through the field */
    public int[] bits;
    /** per-flow names; grow with the table: read through the field, never keep the array */
    public String[] sni, name, app;
    /** the ends' addresses as text, made at the flow's first snapshot and kept for its later ones */
    public String[] initText, respText;
    private int[] prev, next;
    private int head = -1, tail = -1;
    private int[] table;
    private int mask;
    /** slots freed by ended flows, reused first (last freed first) */
    private int[] free;
    private int freeTop;
    /** slots below this were handed out at least once; slots from here to the capacity are fresh */
    private int fresh;
    private int capacity;
    private int count;
    private long nextId = 1;
    private long nextSweep = Long.MIN_VALUE;
    private long nextUpdate = Long.MIN_VALUE;
    private long clock = Long.MIN_VALUE;
    private long evicted;
    /** direction of the packet last accounted by {@link #packet}: initiator → responder */
    public boolean lastFromOrig;
    private long created;

    public FlowTable(int maxFlows, long idleTcpNanos, long idleOtherNanos, long activeNanos, long updateNanos, Listener l) {
        this.listener = l;
        this.max = maxFlows;
        this.idleTcp = idleTcpNanos;
        this.idleOther = idleOtherNanos;
        this.active = activeNanos;
        this.linger = Math.min(5 * SECOND, idleOtherNanos);
        this.update = updateNanos;
        this.minTimeout = Math.min(linger, Math.min(idleTcp, idleOther));
        resize(Math.min(max, INITIAL_SLOTS));
    }

    /** Initial slots; the table doubles from here up to {@code maxFlows}. */
    static final int INITIAL_SLOTS = 4096;

    /** @return slots allocated now (grows by doubling up to the bound) */
    public int capacity() { return capacity; }

    private void resize(int slots) {
        f = f == null ? new long[slots * W] : Arrays.copyOf(f, slots * W);
        sob = grow(sob, slots); srb = grow(srb, slots); sop = grow(sop, slots); srp = grow(srp, slots);
        bits = bits == null ? new int[slots] : Arrays.copyOf(bits, slots);
        sni = grow(sni, slots); name = grow(name, slots); app = grow(app, slots);
        initText = grow(initText, slots); respText = grow(respText, slots);
        prev = prev == null ? new int[slots] : Arrays.copyOf(prev, slots);
        next = next == null ? new int[slots] : Arrays.copyOf(next, slots);
        free = free == null ? new int[slots] : Arrays.copyOf(free, slots);
        capacity = slots;
        // the hash keeps a load of at most one half, as it did when it was sized for max at once
        int cap = Integer.highestOneBit(Math.max(16, slots * 2 - 1)) << 1;
        table = new int[cap];
        mask = cap - 1;
        for (int i = head; i != -1; i = next[i]) {
            int s = hash(i) & mask;
            while (table[s] != 0) {
                s = (s + 1) & mask;
            }
            table[s] = i + 1;
        }
    }

    private static long[] grow(long[] a, int n) { return a == null ? new long[n] : Arrays.copyOf(a, n); }

    private static String[] grow(String[] a, int n) { return a == null ? new String[n] : Arrays.copyOf(a, n); }

    public int size() { return count; }
    public long evicted() { return evicted; }
    public long created() { return created; }

    /** Last value of the capture clock. */
    public long clock() { return clock; }

    // accessors of slot i
    public long flowId(int i) { return f[i * W + ID]; }
    public int proto(int i) { return (int) (f[i * W + K4] >>> 16) & 0xff; }
    public int vlan(int i) { int v = (int) f[i * W + K4] & 0xffff; return v == 0xffff ? -1 : v; }
    public long first(int i) { return f[i * W + FIRST]; }
    public long last(int i) { return f[i * W + LAST]; }
    public long ob(int i) { return f[i * W + OB]; }
    public long rb(int i) { return f[i * W + RB]; }
    public long op(int i) { return f[i * W + OP]; }
    public long rp(int i) { return f[i * W + RP]; }
    public long dob(int i) { return f[i * W + OB] - sob[i]; }
    public long drb(int i) { return f[i * W + RB] - srb[i]; }
    public long dop(int i) { return f[i * W + OP] - sop[i]; }
    public long drp(int i) { return f[i * W + RP] - srp[i]; }
    public long imac(int i) { return f[i * W + IMAC]; }
    public long rmac(int i) { return f[i * W + RMAC]; }
    private boolean origIsA(int i) { return ((f[i * W + MISC] >>> ORIG_A_SHIFT) & 1) != 0; }
    private int hash(int i) { return (int) f[i * W + MISC]; }
    private int tcp(int i) { return (int) (f[i * W + MISC] >>> TCP_SHIFT) & 0xff; }

    private void setTcp(int i, TcpState s) {
        int b = i * W + MISC;
        f[b] = (f[b] & ~(0xffL << TCP_SHIFT)) | ((long) s.ordinal() << TCP_SHIFT);
    }

    public TcpState tcpState(int i) { return STATES[tcp(i)]; }

    /** Initiator / responder address of the flow as two longs (v4-mapped for IPv4), and ports. */
    public long initHi(int i) { return f[i * W + (origIsA(i) ? K0 : K2)]; }
    public long initLo(int i) { return f[i * W + (origIsA(i) ? K1 : K3)]; }
    public long respHi(int i) { return f[i * W + (origIsA(i) ? K2 : K0)]; }
    public long respLo(int i) { return f[i * W + (origIsA(i) ? K3 : K1)]; }
    public int initPort(int i) { long k = f[i * W + K4]; return (int) (origIsA(i) ? k >>> 40 : (k >>> 24) & 0xffff); }
    public int respPort(int i) { long k = f[i * W + K4]; return (int) (origIsA(i) ? (k >>> 24) & 0xffff : k >>> 40); }

    private static int mix(long a, long b, long c, long d, long e) {
        long h = a * 0x9E3779B97F4A7C15L;
        h = (h ^ b) * 0xC2B2AE3D27D4EB4FL;
        h = (h ^ c) * 0x165667B19E3779F9L;
        h = (h ^ d) * 0x9E3779B97F4A7C15L;
        h = (h ^ e) * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }

    /** Runs timers up to {@code now}: idle/linger expiry once per second, periodic updates. */
    public void advance(long now) {
        if (now <= clock) {
            return;
        }
        clock = now;
        if (nextSweep == Long.MIN_VALUE) {
            nextSweep = now + SECOND;
            nextUpdate = now + update;
            return;
        }
        if (now >= nextSweep) {
            nextSweep = now + SECOND;
            int i = head;
            while (i != -1 && f[i * W + LAST] + minTimeout <= now + SECOND) {
                int n = next[i];
                if (f[i * W + LAST] + timeout(i) <= now) {
                    int st = tcp(i);
                    end(i, st == TcpState.CLOSED.ordinal() || st == TcpState.RESET.ordinal() ? EndReason.CLOSED : EndReason.IDLE_TIMEOUT);
                }
                i = n;
            }
        }
        if (now >= nextUpdate) {
            nextUpdate = now + update;
            for (int i = head; i != -1; ) {
                int n = next[i];
                int b = i * W;
                if (now - f[b + FIRST] >= active) {
                    end(i, EndReason.ACTIVE_TIMEOUT);
                } else if (f[b + OB] != sob[i] || f[b + RB] != srb[i] || f[b + OP] != sop[i] || f[b + RP] != srp[i]) {
                    emit(i, Phase.UPDATED, EndReason.NONE);
                }
                i = n;
            }
        }
    }

    /** UDP ports of well-known services (the server side of a flow). */
    static boolean serverPort(int port) {
        switch (port) {
            case 53: case 67: case 69: case 123: case 137: case 138: case 161: case 162: case 443: case 500:
            case 514: case 547: case 1900: case 3478: case 4500:
                return true;
            default:
                return false;
        }
    }

    private long timeout(int i) {
        int st = tcp(i);
        if (st == TcpState.CLOSED.ordinal() || st == TcpState.RESET.ordinal()) {
            return linger;
        }
        return proto(i) == 6 ? idleTcp : idleOther;
    }

    /**
     * Accounts the packet (which must be IP) to its flow.
     *
     * @return the flow slot; {@link #lastFromOrig} tells the direction
     */
    public int packet(Packet p) {
        long now = p.tsNanos;
        advance(now);
        int sp = p.srcPort < 0 ? 0 : p.srcPort;
        int dp = p.dstPort < 0 ? 0 : p.dstPort;
        boolean fromA;
        long a0, a1, b0, b1;
        int pa, pb;
        int c = Long.compareUnsigned(p.srcHi, p.dstHi);
        if (c == 0) {
            c = Long.compareUnsigned(p.srcLo, p.dstLo);
        }
        if (c == 0) {
            c = Integer.compare(sp, dp);
        }
        if (c <= 0) {
            fromA = true;
            a0 = p.srcHi; a1 = p.srcLo; b0 = p.dstHi; b1 = p.dstLo; pa = sp; pb = dp;
        } else {
            fromA = false;
            a0 = p.dstHi; a1 = p.dstLo; b0 = p.srcHi; b1 = p.srcLo; pa = dp; pb = sp;
        }
        long key4 = ((long) pa << 40) | ((long) pb << 24) | ((long) (p.protocol & 0xff) << 16) | (p.vlan & 0xffff);
        int h = mix(a0, a1, b0, b1, key4);
        int s = h & mask;
        int idx = -1;
        while (table[s] != 0) {
            int j = table[s] - 1;
            int b = j * W;
            if (f[b + K4] == key4 && f[b + K1] == a1 && f[b + K3] == b1 && f[b + K0] == a0 && f[b + K2] == b0) {
                idx = j;
                break;
            }
            s = (s + 1) & mask;
        }
        if (idx >= 0 && now - f[idx * W + FIRST] >= active) {
            end(idx, EndReason.ACTIVE_TIMEOUT);
            idx = -1;
            s = h & mask;
            while (table[s] != 0) {
                s = (s + 1) & mask;
            }
        }
        int flags = p.tcpFlags;
        boolean isTcp = p.protocol == 6;
        if (idx < 0) {
            if (count == max) {
                end(head, EndReason.EVICTED);
                evicted++;
                s = h & mask;
                while (table[s] != 0) {
                    s = (s + 1) & mask;
                }
            }
            if (freeTop > 0) {
                idx = free[--freeTop];
            } else {
                if (fresh == capacity) {
                    resize(Math.min(max, capacity * 2));
                    s = h & mask;
                    while (table[s] != 0) {
                        s = (s + 1) & mask;
                    }
                }
                idx = fresh++;
            }
            count++;
            created++;
            table[s] = idx + 1;
            int b = idx * W;
            f[b + K0] = a0; f[b + K1] = a1; f[b + K2] = b0; f[b + K3] = b1; f[b + K4] = key4;
            boolean synAck = isTcp && (flags & 0x12) == 0x12;
            // like Zeek: a UDP flow first seen in the server's direction is initiated by the client
            // (but not towards a broadcast or multicast address, where the sender is the initiator)
            boolean groupDst = p.ipVersion == 4 ? (p.dstV4 == -1 || (p.dstV4 >>> 28) == 0xE) : (p.dstHi >>> 56) == 0xFF;
            boolean serverFirst = p.protocol == 17 && serverPort(sp) && !serverPort(dp) && !groupDst;
            boolean origA = synAck || serverFirst ? !fromA : fromA;
            TcpState st = !isTcp ? TcpState.NONE
                    : (flags & 0x04) != 0 ? TcpState.RESET
                    : (flags & 0x12) == 0x02 ? TcpState.SYN_SENT
                    : synAck ? TcpState.SYN_RECEIVED : TcpState.MIDSTREAM;
            f[b + MISC] = (h & 0xFFFFFFFFL) | ((long) st.ordinal() << TCP_SHIFT) | ((origA ? 1L : 0L) << ORIG_A_SHIFT);
            f[b + ID] = nextId++;
            f[b + FIRST] = now;
            f[b + LAST] = now;
            f[b + OB] = f[b + RB] = f[b + OP] = f[b + RP] = 0;
            sob[idx] = srb[idx] = sop[idx] = srp[idx] = 0;
            bits[idx] = 0;
            sni[idx] = null;
            name[idx] = null;
            app[idx] = null;
            initText[idx] = null;
            respText[idx] = null;
            boolean orig = fromA == origA;
            f[b + IMAC] = orig ? p.srcMac : p.dstMac;
            f[b + RMAC] = orig ? p.dstMac : p.srcMac;
            f[b + LINKED] = now;
            linkTail(idx);
            count(b, p, orig, now);
            lastFromOrig = orig;
            listener.created(this, idx);
            emit(idx, Phase.STARTED, EndReason.NONE);
            return idx;
        }
        int b = idx * W;
        boolean orig = fromA == origIsA(idx);
        lastFromOrig = orig;
        count(b, p, orig, now);
        if (isTcp) {
            tcpState(idx, flags, orig);
        }
        if (idx != tail && now - f[b + LINKED] >= SECOND) {
            f[b + LINKED] = now;
            unlink(idx);
            linkTail(idx);
        }
        return idx;
    }

    private void count(int b, Packet p, boolean orig, long now) {
        if (now > f[b + LAST]) {
            f[b + LAST] = now;
        }
        if (orig) {
            f[b + OB] += p.ipBytes;
            f[b + OP]++;
        } else {
            f[b + RB] += p.ipBytes;
            f[b + RP]++;
        }
    }

    private void tcpState(int idx, int flags, boolean orig) {
        int st = tcp(idx);
        if ((flags & 0x04) != 0) {
            setTcp(idx, TcpState.RESET);
            return;
        }
        if (st == TcpState.RESET.ordinal()) {
            return;
        }
        if ((flags & 0x01) != 0) {
            int bIdx = idx * W + MISC;
            long fins = ((f[bIdx] >>> FIN_SHIFT) & 3) | (orig ? 1 : 2);
            f[bIdx] = (f[bIdx] & ~(3L << FIN_SHIFT)) | (fins << FIN_SHIFT);
            setTcp(idx, fins == 3 ? TcpState.CLOSED : TcpState.CLOSING);
            return;
        }
        if (st == TcpState.SYN_SENT.ordinal() && !orig && (flags & 0x12) == 0x12) {
            setTcp(idx, TcpState.SYN_RECEIVED);
        } else if (st == TcpState.SYN_RECEIVED.ordinal() && orig && (flags & 0x12) == 0x10) {
            setTcp(idx, TcpState.ESTABLISHED);
        }
    }

    private void emit(int idx, Phase phase, EndReason reason) {
        listener.flow(this, idx, phase, reason);
        int b = idx * W;
        sob[idx] = f[b + OB];
        srb[idx] = f[b + RB];
        sop[idx] = f[b + OP];
        srp[idx] = f[b + RP];
    }

    /** Ends a flow, delivering its ENDED snapshot, and frees its slot. */
    public void end(int idx, EndReason reason) {
        emit(idx, Phase.ENDED, reason);
        // remove from the hash with backward-shift deletion
        int s = hash(idx) & mask;
        while (table[s] != idx + 1) {
            s = (s + 1) & mask;
        }
        int i = s;
        table[i] = 0;
        int j = i;
        while (true) {
            j = (j + 1) & mask;
            if (table[j] == 0) {
                break;
            }
            int k = hash(table[j] - 1) & mask;
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                table[i] = table[j];
                table[j] = 0;
                i = j;
            }
        }
        unlink(idx);
        sni[idx] = null;
        name[idx] = null;
        app[idx] = null;
        initText[idx] = null;
        respText[idx] = null;
        free[freeTop++] = idx;
        count--;
    }

    /** Ends every flow (end of capture). */
    public void endAll(EndReason reason) {
        while (head != -1) {
            end(head, reason);
        }
    }

    private void linkTail(int idx) {
        prev[idx] = tail;
        next[idx] = -1;
        if (tail != -1) {
            next[tail] = idx;
        } else {
            head = idx;
        }
        tail = idx;
    }

    private void unlink(int idx) {
        int p = prev[idx];
        int n = next[idx];
        if (p != -1) {
            next[p] = n;
        } else {
            head = n;
        }
        if (n != -1) {
            prev[n] = p;
        } else {
            tail = p;
        }
    }
}
