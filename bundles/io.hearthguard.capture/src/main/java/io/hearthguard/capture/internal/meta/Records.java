package io.hearthguard.capture.internal.meta;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TlsClientHello;

/** The immutable metadata records capture delivers (lists and maps are unmodifiable copies). */
public final class Records {
    private Records() {
    }

    public record Dns(Head head, boolean multicast, int transactionId, boolean response, int rcode,
            List<Question> questions, List<Answer> answers) implements DnsMessage, Headed {
    }

    public record Dhcp(Head head, int version, int messageType, String clientMac, long transactionId,
            Optional<String> hostname, Optional<String> clientId, Optional<String> vendorClass,
            List<Integer> parameterRequestList, Optional<String> requestedIp, Optional<String> assignedIp,
            List<Integer> optionCodes) implements DhcpMessage, Headed {
    }

    public record Ssdp(Head head, Kind kind, Optional<String> location, Optional<String> server, Optional<String> usn,
            Optional<String> target, Optional<String> nts, Map<String, String> headers) implements SsdpMessage, Headed {
    }

    public record Tls(Head head, Optional<String> sni, List<String> alpn, int legacyVersion,
            List<Integer> supportedVersions, List<Integer> cipherSuites, String ja3, String ja3Hash, String ja4)
            implements TlsClientHello, Headed {
    }

    public record Http(Head head, String method, String uri, Optional<String> host, Optional<String> userAgent,
            boolean basicAuth) implements HttpRequest, Headed {
    }

    public record Neighbor(Head head, Operation operation, String senderMac, String senderIp, String targetMac,
            String targetIp) implements NeighborMessage, Headed {
    }
}
