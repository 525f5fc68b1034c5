package io.hearthguard.api.device;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact that contributed to identifying a device, e.g. "DHCP option 55 fingerprint
 * matches Amazon Echo" or "OUI 44:65:0D is Amazon Technologies Inc.".
 *
 * <p>Immutable and thread-safe. All components are non-null except {@code seen}, which is
 * null when the time is unknown.
 *
 * @param source    where the fact came from, e.g. {@code oui}, {@code dhcp}, {@code mdns},
 *                  {@code ssdp}, {@code dns}, {@code tls-sni}, {@code http-ua}, {@code rule}
 * @param attribute which device attribute it supports: {@code vendor}, {@code type},
 *                  {@code model}, {@code os} or {@code name}
 * @param value     the value it supports for that attribute, e.g. {@code smart-speaker}
 * @param detail    the observation in words a person can check, e.g. the matched hostname
 * @param weight    how strongly it supports the value, 0.0 (hint) to 1.0 (certain)
 * @param seen      capture time of the observation, or null
 */
public record Evidence(String source, String attribute, String value, String detail, double weight,
        Instant seen) {

    /** Validates the components; see the class description. */
    public Evidence {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(detail, "detail");
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new IllegalArgumentException("weight must be within [0,1]: " + weight);
        }
    }
}
