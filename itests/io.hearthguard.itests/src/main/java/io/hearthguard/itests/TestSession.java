package io.hearthguard.itests;

import io.hearthguard.api.traffic.CaptureSession;

/** A capture session as capture would announce it: offline (a file) or live. */
record TestSession(String id, boolean live) implements CaptureSession {
    @Override
    public String source() {
        return id;
    }

    @Override
    public long received() {
        return 0;
    }

    @Override
    public long processed() {
        return 0;
    }

    @Override
    public long dropped() {
        return 0;
    }
}
