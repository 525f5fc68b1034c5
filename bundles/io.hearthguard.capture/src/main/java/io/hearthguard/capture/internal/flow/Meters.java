package io.hearthguard.capture.internal.flow;

import java.util.function.Consumer;

import io.hearthguard.api.traffic.DeviceMeter;

/**
 * Per-device (local MAC) byte and packet counters over fixed capture-time windows.
 * Primitive open addressing over at most {@code max} MACs per window; traffic of further
 * MACs in the same window is counted in {@link #overflow()}.
 */
public final class Meters {
    private final int max;
    private final long window;
    private final long[] macs;
    private final long[] bo, bi, po, pi;
    private final int[] used;
    private int n;
    private final int mask;
    private long start = Long.MIN_VALUE;
    private long overflow;

    public Meters(int maxDevices, long windowNanos) {
        this.max = maxDevices;
        this.window = windowNanos;
        int cap = Integer.highestOneBit(Math.max(16, maxDevices * 2 - 1)) << 1;
        macs = new long[cap];
        java.util.Arrays.fill(macs, -1);
        bo = new long[cap]; bi = new long[cap]; po = new long[cap]; pi = new long[cap];
        used = new int[maxDevices];
        mask = cap - 1;
    }

    public long overflow() {
        return overflow;
    }

    /** Counts one frame; closes the window first when {@code now} is past it. */
    public void packet(long now, long src, long dst, int bytes, Consumer<DeviceMeter> out) {
        if (start == Long.MIN_VALUE) {
            start = Math.floorDiv(now, window) * window;
        } else if (now >= start + window) {
            flush(out);
            start = Math.floorDiv(now, window) * window;
        }
        if (src >= 0 && (src & 0x010000000000L) == 0) {
            int s = slot(src);
            if (s >= 0) {
                bo[s] += bytes;
                po[s]++;
            }
        }
        if (dst >= 0 && (dst & 0x010000000000L) == 0) {
            int s = slot(dst);
            if (s >= 0) {
                bi[s] += bytes;
                pi[s]++;
            }
        }
    }

    private int slot(long mac) {
        int s = (int) ((mac * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (macs[s] != -1) {
            if (macs[s] == mac) {
                return s;
            }
            s = (s + 1) & mask;
        }
        if (n == max) {
            overflow++;
            return -1;
        }
        macs[s] = mac;
        used[n++] = s;
        return s;
    }

    /** Delivers and clears the current window. */
    public void flush(Consumer<DeviceMeter> out) {
        if (start == Long.MIN_VALUE) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int s = used[i];
            out.accept(new DeviceMeter(macs[s], FlowSnapshot.instant(start), FlowSnapshot.instant(start + window), bo[s], bi[s], po[s], pi[s]));
            macs[s] = -1;
            bo[s] = bi[s] = po[s] = pi[s] = 0;
        }
        n = 0;
    }
}
