package io.hearthguard.platform.protection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One protection's state, a snapshot taken by the host. Built by the provider of
 * {@link ProtectionStatusService}; readers only read it.
 *
 * @param name        the protection's component name (or class name when it has none)
 * @param vendor      its {@code hearthguard.protection.vendor} property, {@code unknown} when absent
 * @param serviceId   the {@code service.id} of its {@code DeviceProtection} service
 * @param deviceTypes ids of the device types it covers; empty means every device
 * @param state       active, or quarantined (it receives nothing until its bundle is updated or restarted)
 * @param reason      why it is quarantined (e.g. {@code it threw 20 times, last: …}); null when active
 * @param queued      events waiting for its worker now
 * @param delivered   events it handled without throwing, since it was bound
 * @param dropped     live events it lost because its queue was full
 * @param failures    calls that threw
 * @param findings    findings it published
 * @param busyNanos   total time its calls ran, in nanoseconds (for {@link #costNanosPerEvent})
 */
public record ProtectionStatus(String name, String vendor, long serviceId, List<String> deviceTypes, State state, String reason,
        long queued, long delivered, long dropped, long failures, long findings, long busyNanos) {

    /** Whether the host feeds the protection. */
    public enum State {
        /** Receives the traffic it subscribed to. */
        ACTIVE,
        /** Threw too often or ran past its call budget; receives nothing until its bundle is updated or restarted. */
        QUARANTINED;

        /** @return the lower-case id used in JSON and metrics ({@code active}, {@code quarantined}) */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @throws NullPointerException     when name, vendor, deviceTypes or state is null
     * @throws IllegalArgumentException when a quarantined status has no reason, an active one
     *                                  has one, or a counter is negative
     */
    public ProtectionStatus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(state, "state");
        deviceTypes = List.copyOf(deviceTypes);
        if ((state == State.QUARANTINED) != (reason != null)) {
            throw new IllegalArgumentException("a quarantined protection has a reason, an active one none: " + state + " / " + reason);
        }
        if (queued < 0 || delivered < 0 || dropped < 0 || failures < 0 || findings < 0 || busyNanos < 0) {
            throw new IllegalArgumentException("negative counter in the status of " + name);
        }
    }

    /** @return why it is quarantined; empty when active */
    public Optional<String> quarantineReason() {
        return Optional.ofNullable(reason);
    }

    /** @return events handled (without or with an exception) since it was bound */
    public long eventsHandled() {
        return delivered + failures;
    }

    /** @return the mean time one event took, in nanoseconds; 0 before the first event */
    public long costNanosPerEvent() {
        long n = eventsHandled();
        return n == 0 ? 0 : busyNanos / n;
    }
}
