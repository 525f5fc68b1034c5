package io.hearthguard.api.device;

import java.util.Objects;

/**
 * A software or firmware version a device announced about itself, e.g. the {@code fwversion}
 * of an mDNS TXT record, {@code udhcp 1.36.1} in a DHCP vendor class, or {@code MiniUPnPd/2.3.3}
 * in an SSDP {@code SERVER} header. Taken as announced: nothing checks that it is true.
 *
 * <p>Immutable and thread-safe. All components are non-null; {@code product} is empty when
 * the announcement names only a version (an mDNS {@code fwversion=1.2.3} says the version
 * of the device's own firmware, whose name is then the device's model or vendor).
 *
 * @param product the software it names, e.g. {@code udhcp}, {@code MiniUPnPd}; empty when unnamed
 * @param version the version as announced, e.g. {@code 1.36.1}; never empty
 * @param source  where it was read: {@code mdns-txt.<key>}, {@code dhcp-vendor-class}, {@code ssdp-server}
 *                or {@code upnp.<element>}
 * @param detail  the announcement in words a person can check, e.g. {@code mDNS TXT fwversion=1.2.3}
 * @since 1.1
 */
public record SoftwareVersion(String product, String version, String source, String detail) {

    /** Longest product, version or source kept. */
    public static final int MAX_LENGTH = 64;
    /** Longest detail kept. */
    public static final int MAX_DETAIL = 240;

    /** Validates the components; see the class description. */
    public SoftwareVersion {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
        if (version.isBlank()) {
            throw new IllegalArgumentException("version must not be blank");
        }
        if (product.length() > MAX_LENGTH || version.length() > MAX_LENGTH || source.length() > MAX_LENGTH
                || detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("software version component too long");
        }
    }
}
