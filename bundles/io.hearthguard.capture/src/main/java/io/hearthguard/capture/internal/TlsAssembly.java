package io.hearthguard.capture.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Reassembles a TLS ClientHello split over a few in-order TCP segments of the initiator.
 * Bounded: at most {@value #MAX_PENDING} flows at once and {@value #MAX_BYTES} bytes each;
 * a gap or reordering abandons the attempt.
 */
final class TlsAssembly {
    static final int MAX_PENDING = 256;
    static final int MAX_BYTES = 16_384;

    static final class Pending {
        final long flowId;
        final byte[] buf;
        int len;
        final int need;
        long nextSeq;

        Pending(long flowId, int need) {
            this.flowId = flowId;
            this.need = need;
            this.buf = new byte[need];
        }
    }

    private final Map<Integer, Pending> pending = new HashMap<>();
    long abandoned;

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Starts buffering; returns false when the hello is too large or too many are pending. */
    boolean start(int flow, long flowId, int need, byte[] d, int o, int len, long seq) {
        if (need > MAX_BYTES || pending.size() >= MAX_PENDING) {
            abandoned++;
            return false;
        }
        Pending p = new Pending(flowId, need);
        System.arraycopy(d, o, p.buf, 0, len);
        p.len = len;
        p.nextSeq = (seq + len) & 0xFFFFFFFFL;
        pending.put(flow, p);
        return true;
    }

    /** Adds a segment; returns the complete pending hello, or null while incomplete or abandoned. */
    Pending add(int flow, long flowId, byte[] d, int o, int len, long seq) {
        Pending p = pending.get(flow);
        if (p == null || len == 0) {
            return null;
        }
        if (p.flowId != flowId || seq != p.nextSeq) {
            if (p.flowId == flowId && ((p.nextSeq - seq) & 0xFFFFFFFFL) < 0x7FFFFFFFL && seq != p.nextSeq) {
                return null; // retransmission of data already held
            }
            pending.remove(flow);
            abandoned++;
            return null;
        }
        int n = Math.min(len, p.need - p.len);
        System.arraycopy(d, o, p.buf, p.len, n);
        p.len += n;
        p.nextSeq = (seq + len) & 0xFFFFFFFFL;
        if (p.len == p.need) {
            pending.remove(flow);
            return p;
        }
        return null;
    }

    boolean has(int flow) {
        return !pending.isEmpty() && pending.containsKey(flow);
    }

    void remove(int flow) {
        if (!pending.isEmpty()) {
            pending.remove(flow);
        }
    }
}
