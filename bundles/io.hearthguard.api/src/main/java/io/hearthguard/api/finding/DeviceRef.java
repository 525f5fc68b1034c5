package io.hearthguard.api.finding;

/**
 * The device a finding is about, as it was known when the finding was made. Components
 * are null when unknown; at least one of them is set.
 *
 * @param id   {@link io.hearthguard.api.device.Device#id()}
 * @param mac  lower-case colon MAC
 * @param ip   textual IP
 * @param name display name
 */
public record DeviceRef(String id, String mac, String ip, String name) {

    /** Validates that at least one component is set. */
    public DeviceRef {
        if (id == null && mac == null && ip == null && name == null) {
            throw new IllegalArgumentException("a device reference needs an id, mac, ip or name");
        }
    }

    /** @return a reference from a device snapshot */
    public static DeviceRef of(io.hearthguard.api.device.Device d) {
        return new DeviceRef(d.id(), d.macs().isEmpty() ? null : d.macs().get(0),
                d.ips().isEmpty() ? null : d.ips().iterator().next(), d.displayName());
    }
}
