package io.hearthguard.api.traffic;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** An SSDP (UPnP discovery) message. Header names in {@link #headers()} are upper case. */
@ProviderType
public interface SsdpMessage extends TrafficMetadata {

    /** SSDP message kinds. */
    enum Kind { NOTIFY, M_SEARCH, RESPONSE, OTHER }

    /** @return the kind */
    Kind kind();

    /** @return LOCATION header (the device description URL); untrusted, never fetch it off-subnet */
    Optional<String> location();

    /** @return SERVER header */
    Optional<String> server();

    /** @return USN header */
    Optional<String> usn();

    /** @return ST (search target, M-SEARCH and responses) or NT (notification type, NOTIFY) */
    Optional<String> target();

    /** @return NTS header (ssdp:alive, ssdp:byebye) for NOTIFY */
    Optional<String> nts();

    /** @return all headers (bounded count and length), upper-case names */
    Map<String, String> headers();
}
