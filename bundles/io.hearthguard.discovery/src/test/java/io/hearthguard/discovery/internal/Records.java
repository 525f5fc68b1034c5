package io.hearthguard.discovery.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.hearthguard.api.traffic.DhcpMessage;
import io.hearthguard.api.traffic.DnsMessage;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.HttpRequest;
import io.hearthguard.api.traffic.NeighborMessage;
import io.hearthguard.api.traffic.SsdpMessage;
import io.hearthguard.api.traffic.TcpState;
import io.hearthguard.api.traffic.TlsClientHello;

/** Plain implementations of capture's API records, the way capture will hand them over. */
final class Records {
    private Records() {
    }

    record Dhcp(Instant timestamp, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort, int dstPort,
            int version, int messageType, String clientMac, Optional<String> hostname, Optional<String> clientId,
            Optional<String> vendorClass, List<Integer> parameterRequestList, Optional<String> requestedIp,
            Optional<String> assignedIp) implements DhcpMessage {
        @Override
        public long flowId() {
            return -1;
        }

        @Override
        public long transactionId() {
            return 0;
        }

        @Override
        public List<Integer> optionCodes() {
            return List.of();
        }
    }

    record Dns(Instant timestamp, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort, int dstPort,
            boolean multicast, boolean response, List<Question> questions, List<Answer> answers) implements DnsMessage {
        @Override
        public long flowId() {
            return -1;
        }

        @Override
        public int transactionId() {
            return 0;
        }

        @Override
        public int rcode() {
            return 0;
        }
    }

    record Neighbor(Instant timestamp, long srcMac, long dstMac, Operation operation, String senderMac, String senderIp,
            String targetMac, String targetIp) implements NeighborMessage {
        @Override
        public long flowId() {
            return -1;
        }

        @Override
        public String srcIp() {
            return "";
        }

        @Override
        public String dstIp() {
            return "";
        }

        @Override
        public int srcPort() {
            return 0;
        }

        @Override
        public int dstPort() {
            return 0;
        }
    }

    record Tls(Instant timestamp, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort, int dstPort,
            Optional<String> sni) implements TlsClientHello {
        @Override
        public long flowId() {
            return -1;
        }

        @Override
        public List<String> alpn() {
            return List.of();
        }

        @Override
        public int legacyVersion() {
            return 0x0303;
        }

        @Override
        public List<Integer> supportedVersions() {
            return List.of();
        }

        @Override
        public List<Integer> cipherSuites() {
            return List.of();
        }

        @Override
        public String ja3() {
            return "";
        }

        @Override
        public String ja3Hash() {
            return "";
        }

        @Override
        public String ja4() {
            return "";
        }
    }

    record Http(Instant timestamp, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort, int dstPort,
            String method, String uri, Optional<String> host, Optional<String> userAgent) implements HttpRequest {
        @Override
        public long flowId() {
            return -1;
        }

        @Override
        public boolean basicAuth() {
            return false;
        }
    }

    record Ssdp(Instant timestamp, long srcMac, long dstMac, String srcIp, String dstIp, int srcPort, int dstPort,
            Kind kind, Optional<String> location, Optional<String> server, Optional<String> usn, Optional<String> target,
            Optional<String> nts, Map<String, String> headers) implements SsdpMessage {
        @Override
        public long flowId() {
            return -1;
        }
    }

    /** A flow snapshot with every field a test may set. */
    record Flow(long flowId, Phase phase, int protocol, String initiatorIp, int initiatorPort, String responderIp,
            int responderPort, long initiatorMac, long responderMac, Instant firstSeen, Instant lastSeen, long origBytes,
            long respBytes, long origPackets, long respPackets, long deltaOrigBytes, long deltaRespBytes, long deltaOrigPackets,
            long deltaRespPackets, TcpState tcpState, Optional<String> sni) implements FlowRecord {
        /** A TCP flow to port 443 with the fields identification reads (no byte deltas). */
        Flow(long flowId, Phase phase, String initiatorIp, String responderIp, long initiatorMac, long responderMac,
                Instant firstSeen, Instant lastSeen, long respPackets, Optional<String> sni) {
            this(flowId, phase, 6, initiatorIp, 50000, responderIp, 443, initiatorMac, responderMac, firstSeen, lastSeen, 100, 100,
                    1, respPackets, 0, 0, 0, 0, TcpState.NONE, sni);
        }

        @Override
        public EndReason endReason() {
            return EndReason.NONE;
        }

        @Override
        public int vlan() {
            return -1;
        }

        @Override
        public Optional<String> responderName() {
            return Optional.empty();
        }

        @Override
        public Optional<String> application() {
            return Optional.empty();
        }
    }
}
