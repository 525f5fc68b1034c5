package io.hearthguard.capture.internal.flow;

import io.hearthguard.api.traffic.FlowRecord.EndReason;
import io.hearthguard.api.traffic.FlowRecord.Phase;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.capture.internal.decode.Packet;

/**
 * Bidirectional 5-tuple flow table in primitive arrays: an open-addressing hash (linear
 * probing, backward-shift deletion) over at most {@code maxFlows} slots, and an LRU list by
 * last activity. Lookups and updates allocate nothing. When full, the least recently active
 * flow is evicted. All times are capture time. Single-threaded (the capture thread).
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

    private final Listener listener;
    private final int max;
    private final long idleTcp;
    private final long idleOther;
    private final long active;
    private final long linger;
    private final long update;
    private final long minTimeout;

    // keys
    private final long[] k0, k1, k2, k3, k4;
    private final int[] hash;
    // state
    public final boolean[] origIsA;
    public final long[] flowId;
    public final long[] first, last;
    public final long[] ob, rb, op, rp;
    public final long[] sob, srb, sop, srp;
    public final byte[] tcp;
    private final byte[] fins;
    public final long[] imac, rmac;
    public final int[] vlan, proto;
    /** scratch per-flow bits for the pipeline (e.g. a TLS hello seen) */
    public final int[] bits;
    public final String[] sni, name, app;
    private final int[] prev, next;
    private int head = -1, tail = -1;
    private final int[] table;
    private final int mask;
    private final int[] free;
    private int freeTop;
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
        this.linger = Math.min(5_000_000_000L, idleOtherNanos);
        this.update = updateNanos;
        this.minTimeout = Math.min(linger, Math.min(idleTcp, idleOther));
        k0 = new long[max]; k1 = new long[max]; k2 = new long[max]; k3 = new long[max]; k4 = new long[max];
        hash = new int[max];
        origIsA = new boolean[max];
        flowId = new long[max];
        first = new long[max]; last = new long[max];
        ob = new long[max]; rb = new long[max]; op = new long[max]; rp = new long[max];
        sob = new long[max]; srb = new long[max]; sop = new long[max]; srp = new long[max];
        tcp = new byte[max]; fins = new byte[max];
        imac = new long[max]; rmac = new long[max];
        vlan = new int[max]; proto = new int[max]; bits = new int[max];
        sni = new String[max]; name = new String[max]; app = new String[max];
        prev = new int[max]; next = new int[max];
        int cap = Integer.highestOneBit(Math.max(16, max * 2 - 1)) << 1;
        table = new int[cap];
        mask = cap - 1;
        free = new int[max];
        for (int i = 0; i < max; i++) {
            free[i] = max - 1 - i;
        }
        freeTop = max;
    }

    public int size() {
        return count;
    }

    public long evicted() {
        return evicted;
    }

    public long created() {
        return created;
    }

    /** Last value of the capture clock. */
    public long clock() {
        return clock;
    }

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
            nextSweep = now + 1_000_000_000L;
            nextUpdate = now + update;
            return;
        }
        if (now >= nextSweep) {
            nextSweep = now + 1_000_000_000L;
            int i = head;
            while (i != -1 && last[i] + minTimeout <= now) {
                int n = next[i];
                if (last[i] + timeout(i) <= now) {
                    byte st = tcp[i];
                    end(i, st == TcpState.CLOSED.ordinal() || st == TcpState.RESET.ordinal() ? EndReason.CLOSED : EndReason.IDLE_TIMEOUT);
                }
                i = n;
            }
        }
        if (now >= nextUpdate) {
            nextUpdate = now + update;
            for (int i = head; i != -1; ) {
                int n = next[i];
                if (now - first[i] >= active) {
                    end(i, EndReason.ACTIVE_TIMEOUT);
                } else if (ob[i] != sob[i] || rb[i] != srb[i] || op[i] != sop[i] || rp[i] != srp[i]) {
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
        byte st = tcp[i];
        if (st == TcpState.CLOSED.ordinal() || st == TcpState.RESET.ordinal()) {
            return linger;
        }
        return proto[i] == 6 ? idleTcp : idleOther;
    }

    /**
     * Accounts the packet (which must be IP) to its flow.
     *
     * @return the flow slot; {@link #fromOrig} tells the direction
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
            if (hash[j] == h && k4[j] == key4 && k1[j] == a1 && k3[j] == b1 && k0[j] == a0 && k2[j] == b0) {
                idx = j;
                break;
            }
            s = (s + 1) & mask;
        }
        if (idx >= 0 && now - first[idx] >= active) {
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
            idx = free[--freeTop];
            count++;
            created++;
            table[s] = idx + 1;
            hash[idx] = h;
            k0[idx] = a0; k1[idx] = a1; k2[idx] = b0; k3[idx] = b1; k4[idx] = key4;
            boolean synAck = isTcp && (flags & 0x12) == 0x12;
            // like Zeek: a UDP flow first seen in the server's direction is initiated by the client
            // (but not towards a broadcast or multicast address, where the sender is the initiator)
            boolean groupDst = p.ipVersion == 4 ? (p.dstV4 == -1 || (p.dstV4 >>> 28) == 0xE) : (p.dstHi >>> 56) == 0xFF;
            boolean serverFirst = p.protocol == 17 && serverPort(sp) && !serverPort(dp) && !groupDst;
            origIsA[idx] = synAck || serverFirst ? !fromA : fromA;
            flowId[idx] = nextId++;
            first[idx] = now;
            last[idx] = now;
            ob[idx] = rb[idx] = op[idx] = rp[idx] = 0;
            sob[idx] = srb[idx] = sop[idx] = srp[idx] = 0;
            fins[idx] = 0;
            bits[idx] = 0;
            sni[idx] = null;
            name[idx] = null;
            app[idx] = null;
            boolean orig = fromA == origIsA[idx];
            imac[idx] = orig ? p.srcMac : p.dstMac;
            rmac[idx] = orig ? p.dstMac : p.srcMac;
            vlan[idx] = p.vlan;
            proto[idx] = p.protocol & 0xff;
            TcpState st = !isTcp ? TcpState.NONE
                    : (flags & 0x04) != 0 ? TcpState.RESET
                    : (flags & 0x12) == 0x02 ? TcpState.SYN_SENT
                    : synAck ? TcpState.SYN_RECEIVED : TcpState.MIDSTREAM;
            tcp[idx] = (byte) st.ordinal();
            linkTail(idx);
            count(idx, p, orig, now);
            lastFromOrig = orig;
            listener.created(this, idx);
            emit(idx, Phase.STARTED, EndReason.NONE);
            return idx;
        }
        boolean orig = fromA == origIsA[idx];
        lastFromOrig = orig;
        count(idx, p, orig, now);
        if (isTcp) {
            tcpState(idx, flags, orig);
        }
        if (idx != tail) {
            unlink(idx);
            linkTail(idx);
        }
        return idx;
    }

    private void count(int idx, Packet p, boolean orig, long now) {
        if (now > last[idx]) {
            last[idx] = now;
        }
        if (orig) {
            ob[idx] += p.ipBytes;
            op[idx]++;
        } else {
            rb[idx] += p.ipBytes;
            rp[idx]++;
        }
    }

    private void tcpState(int idx, int flags, boolean orig) {
        int st = tcp[idx];
        if ((flags & 0x04) != 0) {
            tcp[idx] = (byte) TcpState.RESET.ordinal();
            return;
        }
        if (st == TcpState.RESET.ordinal()) {
            return;
        }
        if ((flags & 0x01) != 0) {
            fins[idx] |= orig ? 1 : 2;
            tcp[idx] = (byte) (fins[idx] == 3 ? TcpState.CLOSED : TcpState.CLOSING).ordinal();
            return;
        }
        if (st == TcpState.SYN_SENT.ordinal() && !orig && (flags & 0x12) == 0x12) {
            tcp[idx] = (byte) TcpState.SYN_RECEIVED.ordinal();
        } else if (st == TcpState.SYN_RECEIVED.ordinal() && orig && (flags & 0x12) == 0x10) {
            tcp[idx] = (byte) TcpState.ESTABLISHED.ordinal();
        }
    }

    public TcpState tcpState(int idx) {
        return STATES[tcp[idx]];
    }

    /** Initiator address of the flow as two longs (v4-mapped for IPv4). */
    public long initHi(int idx) { return origIsA[idx] ? k0[idx] : k2[idx]; }
    public long initLo(int idx) { return origIsA[idx] ? k1[idx] : k3[idx]; }
    public long respHi(int idx) { return origIsA[idx] ? k2[idx] : k0[idx]; }
    public long respLo(int idx) { return origIsA[idx] ? k3[idx] : k1[idx]; }
    public int initPort(int idx) { return (int) (origIsA[idx] ? k4[idx] >>> 40 : (k4[idx] >>> 24) & 0xffff); }
    public int respPort(int idx) { return (int) (origIsA[idx] ? (k4[idx] >>> 24) & 0xffff : k4[idx] >>> 40); }

    private void emit(int idx, Phase phase, EndReason reason) {
        listener.flow(this, idx, phase, reason);
        sob[idx] = ob[idx];
        srb[idx] = rb[idx];
        sop[idx] = op[idx];
        srp[idx] = rp[idx];
    }

    /** Ends a flow, delivering its ENDED snapshot, and frees its slot. */
    public void end(int idx, EndReason reason) {
        emit(idx, Phase.ENDED, reason);
        // remove from the hash with backward-shift deletion
        int s = hash[idx] & mask;
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
            int k = hash[table[j] - 1] & mask;
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
