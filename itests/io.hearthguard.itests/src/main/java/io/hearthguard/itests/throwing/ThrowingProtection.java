package io.hearthguard.itests.throwing;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.traffic.FlowRecord;

/** A protection with a bug: every flow it is given makes it throw. */
public final class ThrowingProtection implements DeviceProtection {
    /** The message of what it throws; the health report must carry it. */
    public static final String BUG = "vendor bug: no parser for this flow";

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        throw new IllegalStateException(BUG);
    }
}
