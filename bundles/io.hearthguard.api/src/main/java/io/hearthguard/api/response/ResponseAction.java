package io.hearthguard.api.response;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One action in force on the gateway. Immutable; thread-safe.
 *
 * @param id           stable id, unique in this hub ({@code [a-z0-9-]+}), used to undo it
 * @param kind         what the action does
 * @param mac          the device's lower-case colon MAC; null for a block that applies to
 *                     every device
 * @param deviceIps    the device's addresses the action also matches (a device is known by
 *                     its MAC on the LAN and by its addresses once routed); may be empty
 * @param destinations for {@link Kind#BLOCK}: the blocked remote addresses or CIDR prefixes
 *                     (a domain's addresses as resolved when the block was made); empty for
 *                     a quarantine
 * @param domain       for a block by domain name: the name; else null
 * @param origin       who asked for it, why, and which finding caused it
 * @param created      when it was applied (wall clock)
 */
public record ResponseAction(String id, Kind kind, String mac, List<String> deviceIps, List<String> destinations,
        String domain, Origin origin, Instant created) {

    /** What an action does. */
    public enum Kind {
        /**
         * The device may talk only to the gateway's DNS (53) and DHCP (67, 547) services and
         * neighbour discovery; everything it sends through the gateway, and everything
         * routed to it, is dropped.
         */
        QUARANTINE,
        /** Traffic between the device (or every device) and the destinations is dropped. */
        BLOCK
    }

    /** Validates presence and the id's form, and copies the lists. */
    public ResponseAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(created, "created");
        if (!id.matches("[a-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("action id must match [a-z0-9-]{1,64}");
        }
        deviceIps = List.copyOf(deviceIps);
        destinations = List.copyOf(destinations);
        if (kind == Kind.QUARANTINE && mac == null && deviceIps.isEmpty()) {
            throw new IllegalArgumentException("a quarantine needs the device's MAC or addresses");
        }
        if (kind == Kind.BLOCK && destinations.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one destination address");
        }
    }

    /** @return true when a block applies to every device of the home */
    public boolean everyDevice() {
        return mac == null && deviceIps.isEmpty();
    }
}
