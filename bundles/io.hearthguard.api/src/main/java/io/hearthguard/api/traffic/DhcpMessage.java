package io.hearthguard.api.traffic;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** A DHCPv4 or DHCPv6 message with the fields that identify the client. */
@ProviderType
public interface DhcpMessage extends TrafficMetadata {

    /** @return 4 or 6 */
    int version();

    /**
     * @return message type: DHCPv4 option 53 (1 DISCOVER, 2 OFFER, 3 REQUEST, 5 ACK, …) or
     *         the DHCPv6 msg-type (1 SOLICIT, 3 REQUEST, 7 REPLY, …); 0 when absent
     */
    int messageType();

    /** @return the client hardware address (chaddr, or the DUID's link-layer address), lower-case colon form, or empty */
    String clientMac();

    /** @return the transaction id */
    long transactionId();

    /** @return host name (option 12 / FQDN option 81 or DHCPv6 option 39) */
    Optional<String> hostname();

    /** @return client identifier (option 61 / DHCPv6 client DUID) as lower-case hex */
    Optional<String> clientId();

    /** @return vendor class identifier (option 60 / DHCPv6 option 16) */
    Optional<String> vendorClass();

    /** @return the parameter request list (option 55 / DHCPv6 option request 6), in order */
    List<Integer> parameterRequestList();

    /** @return requested IP (option 50), or empty */
    Optional<String> requestedIp();

    /** @return address offered/assigned to the client (yiaddr / IA address), or empty */
    Optional<String> assignedIp();

    /** @return the option codes present, in order (the DHCP "option fingerprint") */
    List<Integer> optionCodes();
}
