package io.hearthguard.capture.internal.flow;

import java.util.Arrays;
import java.util.function.Consumer;

import io.hearthguard.api.traffic.FlowActivity;

/**
 * Bursts of timed flows, kept in primitive arrays indexed by flow slot and an output buffer
 * that is reused; one {@link FlowActivity} is allocated per delivery, never per packet. A
 * burst closes when its flow is silent for {@code gapNanos}, when it has lasted
 * {@code maxSpanNanos}, or when the flow ends. Only flows the pipeline marks as timed reach
 * {@link #packet}; others cost nothing here.
 */
public final class Activity {
    private final long gap;
    private final long maxSpan;
    // per flow slot: the open burst
    // per-slot arrays grow with the flow table's slots (up to maxFlows), so subscribing costs
    // memory for the flows a capture really has, not for the bound
    private final int maxFlows;
    private long[] start, last, ob, rb;
    private int[] op, rp;
    private int[] openPos; // slot → index in openList, -1 when closed
    private int[] openList;
    private int openCount;
    // output buffer
    private final int cap;
    private final long[] oId, oIm, oRm, oS, oE, oOb, oRb;
    private final int[] oOp, oRp;
    private int n;
    private long bursts;

    public Activity(int maxFlows, int bufferBursts, long gapNanos, long maxSpanNanos) {
        this.gap = gapNanos;
        this.maxSpan = maxSpanNanos;
        this.maxFlows = maxFlows;
        int n = Math.min(maxFlows, FlowTable.INITIAL_SLOTS);
        start = new long[n];
        last = new long[n];
        ob = new long[n];
        rb = new long[n];
        op = new int[n];
        rp = new int[n];
        openPos = new int[n];
        Arrays.fill(openPos, -1);
        openList = new int[n];
        cap = bufferBursts;
        oId = new long[cap];
        oIm = new long[cap];
        oRm = new long[cap];
        oS = new long[cap];
        oE = new long[cap];
        oOb = new long[cap];
        oRb = new long[cap];
        oOp = new int[cap];
        oRp = new int[cap];
    }

    /** Accounts one packet of a timed flow. */
    public void packet(FlowTable t, int idx, long now, boolean orig, int ipBytes, Consumer<FlowActivity> out) {
        if (idx >= openPos.length) {
            grow(idx);
        }
        if (openPos[idx] >= 0 && (now - last[idx] >= gap || now - start[idx] >= maxSpan)) {
            close(t, idx, out);
        }
        if (openPos[idx] < 0) {
            openPos[idx] = openCount;
            openList[openCount++] = idx;
            start[idx] = now;
            last[idx] = now;
            ob[idx] = rb[idx] = 0;
            op[idx] = rp[idx] = 0;
        }
        if (now > last[idx]) {
            last[idx] = now;
        }
        if (orig) {
            ob[idx] += ipBytes;
            op[idx]++;
        } else {
            rb[idx] += ipBytes;
            rp[idx]++;
        }
    }

    /** Closes the flow's open burst, if any (before its slot is freed or reused). */
    public void close(FlowTable t, int idx, Consumer<FlowActivity> out) {
        if (idx >= openPos.length) {
            return; // a slot beyond the arrays never had a burst
        }
        int pos = openPos[idx];
        if (pos < 0) {
            return;
        }
        int moved = openList[--openCount];
        openList[pos] = moved;
        openPos[moved] = pos;
        openPos[idx] = -1;
        if (n == cap) {
            flush(out);
        }
        oId[n] = t.flowId(idx);
        oIm[n] = t.imac(idx);
        oRm[n] = t.rmac(idx);
        oS[n] = start[idx];
        oE[n] = last[idx];
        oOb[n] = ob[idx];
        oRb[n] = rb[idx];
        oOp[n] = op[idx];
        oRp[n] = rp[idx];
        n++;
        bursts++;
    }

    private void grow(int idx) {
        int n = openPos.length;
        while (n <= idx) {
            n = Math.min(maxFlows, n * 2);
        }
        int was = openPos.length;
        start = Arrays.copyOf(start, n);
        last = Arrays.copyOf(last, n);
        ob = Arrays.copyOf(ob, n);
        rb = Arrays.copyOf(rb, n);
        op = Arrays.copyOf(op, n);
        rp = Arrays.copyOf(rp, n);
        openPos = Arrays.copyOf(openPos, n);
        Arrays.fill(openPos, was, n, -1);
        openList = Arrays.copyOf(openList, n);
    }

    /** Closes bursts whose flow has been silent for the gap (or that reached the longest span). */
    public void sweep(FlowTable t, long now, Consumer<FlowActivity> out) {
        for (int k = openCount - 1; k >= 0; k--) {
            int idx = openList[k];
            if (now - last[idx] >= gap || now - start[idx] >= maxSpan) {
                close(t, idx, out);
            }
        }
    }

    /** Closes every open burst. */
    public void closeAll(FlowTable t, Consumer<FlowActivity> out) {
        while (openCount > 0) {
            close(t, openList[openCount - 1], out);
        }
    }

    /** Delivers what was closed (one allocation per call with bursts). */
    public void flush(Consumer<FlowActivity> out) {
        if (n == 0) {
            return;
        }
        FlowActivity a = FlowActivity.copyOf(n, oId, oIm, oRm, oS, oE, oOb, oRb, oOp, oRp);
        n = 0;
        out.accept(a);
    }

    /** @return bursts closed so far */
    public long bursts() {
        return bursts;
    }

    /** @return bursts open now (bounded by the flow table's size) */
    public int open() {
        return openCount;
    }
}
