package io.hearthguard.testsupport;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for servers a test starts itself (mosquitto, Kafka, Karaf, dropbear, a hub JVM, …).
 *
 * <p>
 * Such a port must stay free from the moment it is chosen until the server binds it, often seconds later. A port
 * {@code new ServerSocket(0)} finds free lies in the kernel's ephemeral range, from which every outgoing connection on the
 * machine takes its source port: in those seconds any connection may take it, and the server fails with "Address already
 * in use" — a clean-clone CI run failed so once ("Failed to bind to /127.0.0.1:39971 … Address already in use" in the
 * runtime's {@code SecurityIT}). {@link #freeLoopbackPort()} picks a random port <em>below</em> that range instead, where
 * the kernel never assigns source ports, and checks that it can be bound on loopback.
 *
 * <p>
 * What remains possible:
 * <ul>
 * <li>another process that binds that very port explicitly in between — a service started on the machine, or another test
 * JVM (Surefire or Failsafe forks) that drew the same random port: ports handed out are remembered per JVM only;</li>
 * <li>where the range cannot be read (not Linux) the usual lower bound 32768 is assumed; where the range starts at or below
 * 1024 there is no room below it and the port comes from {@code new ServerSocket(0)}, with the old race;</li>
 * <li>the check binds TCP on {@link InetAddress#getLoopbackAddress()} only ({@link #freeLoopbackUdpAndTcpPort()}: UDP too): a
 * server that binds another address or IPv6 on the port is not vouched for.</li>
 * </ul>
 * A test that keeps its own {@link ServerSocket} bound and hands out its port does not need this class: port 0 is fine there.
 */
public final class Ports {

    /** How many ports below the ephemeral range's lower bound are drawn from. */
    static final int SPAN = 12_000;
    /** Linux's default lower bound of the ephemeral range, used where the range cannot be read. */
    static final int USUAL_EPHEMERAL_LOW = 32_768;
    static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final int ATTEMPTS = 200;

    /** Ports handed out in this JVM: never twice, so two servers of one test (or a broker restarted later) never share one. */
    static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * @return a TCP port free on loopback now, below the kernel's ephemeral range where possible, never returned before by
     *         this JVM
     * @throws IOException when not even the kernel finds a free port
     */
    public static int freeLoopbackPort() throws IOException {
        int low = ephemeralLowerBound();
        return freeLoopbackPort(Math.max(1_024, low - SPAN), low);
    }

    /**
     * For a server that listens on UDP and TCP at once (a DNS server: dnsmasq, the hub's forwarder) or on UDP alone: the
     * same choice as {@link #freeLoopbackPort()}, checked free for both protocols on loopback. UDP source ports come from the
     * same ephemeral range as TCP ones (a resolver's queries take them), so the port lies below it for the same reason.
     *
     * @return a port free on loopback for TCP and UDP now, below the ephemeral range where possible, never returned before
     * @throws IOException when not even the kernel finds such a port
     */
    public static int freeLoopbackUdpAndTcpPort() throws IOException {
        int low = ephemeralLowerBound();
        return freePort(Math.max(1_024, low - SPAN), low, true);
    }

    /** A random port in [from, to) that is bindable on loopback and not handed out before; else one the kernel picks. */
    static int freeLoopbackPort(int from, int to) throws IOException {
        return freePort(from, to, false);
    }

    private static int freePort(int from, int to, boolean udpToo) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < ATTEMPTS && from < to; i++) {
            int p = random.nextInt(from, to);
            if (!HANDED_OUT.contains(p) && bindable(p) && (!udpToo || udpBindable(p)) && HANDED_OUT.add(p)) {
                return p;
            }
        }
        for (int i = 0; i < ATTEMPTS; i++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if ((!udpToo || udpBindable(s.getLocalPort())) && HANDED_OUT.add(s.getLocalPort())) {
                    return s.getLocalPort();
                }
            }
        }
        throw new IOException("no free loopback port that was not handed out before in " + ATTEMPTS + " attempts");
    }

    private static boolean udpBindable(int port) {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The lower bound of the kernel's ephemeral port range, or {@link #USUAL_EPHEMERAL_LOW} where it cannot be read. */
    static int ephemeralLowerBound() {
        try {
            // not Files.readString: on a sysctl file (size 0) it reads one byte, then reads on from offset 1, where the
            // kernel answers end of file — "3" for "32768 60999", which put every port in the ephemeral range
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).strip().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return USUAL_EPHEMERAL_LOW; // not Linux, or unreadable
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
