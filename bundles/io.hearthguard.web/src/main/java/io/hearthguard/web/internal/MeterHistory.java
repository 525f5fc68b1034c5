package io.hearthguard.web.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.traffic.DeviceMeter;
import io.hearthguard.api.traffic.TrafficObserver;

/**
 * Keeps the recent traffic meters of each device (by MAC) for the dashboard's charts, in
 * memory: at most {@value #POINTS} windows per device and {@value #MACS} devices. Also tells
 * the capture jobs when a capture session starts and ends.
 */
final class MeterHistory implements TrafficObserver {
    private final CaptureJobs jobs;

    MeterHistory(CaptureJobs jobs) {
        this.jobs = jobs;
    }

    MeterHistory() {
        this(null);
    }

    @Override
    public void sessionStarted(io.hearthguard.api.traffic.CaptureSession session) {
        if (jobs != null) {
            jobs.session(session, false);
        }
    }

    @Override
    public void sessionEnded(io.hearthguard.api.traffic.CaptureSession session) {
        if (jobs != null) {
            jobs.session(session, true);
        }
    }

    static final int POINTS = 1_440;
    static final int MACS = 2_048;

    private final Map<Long, ArrayDeque<DeviceMeter>> byMac = new LinkedHashMap<>(64, 0.75f, true);

    @Override
    public synchronized void meter(DeviceMeter m) {
        ArrayDeque<DeviceMeter> q = byMac.computeIfAbsent(m.mac(), k -> new ArrayDeque<>());
        q.addLast(m);
        if (q.size() > POINTS) {
            q.removeFirst();
        }
        if (byMac.size() > MACS) {
            Iterator<Long> it = byMac.keySet().iterator();
            it.next();
            it.remove();
        }
    }

    /** @return the windows of one MAC ({@code aa:bb:cc:dd:ee:ff}), oldest first */
    synchronized List<DeviceMeter> of(String mac) {
        Long bits = macBits(mac);
        ArrayDeque<DeviceMeter> q = bits == null ? null : byMac.get(bits);
        return q == null ? List.of() : new ArrayList<>(q);
    }

    static Long macBits(String mac) {
        String hex = mac == null ? "" : mac.replace(":", "").replace("-", "");
        if (hex.length() != 12) {
            return null;
        }
        try {
            return Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
