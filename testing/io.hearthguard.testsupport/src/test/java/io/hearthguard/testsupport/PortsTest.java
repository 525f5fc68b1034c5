package io.hearthguard.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

class PortsTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    void theReturnedPortCanBeBoundOnLoopback() throws IOException {
        for (int i = 0; i < 20; i++) {
            int port = Ports.freeLoopbackPort();
            assertTrue(port > 0 && port < 65_536, "port " + port);
            try (ServerSocket s = new ServerSocket(port, 1, LOOPBACK)) {
                assertEquals(port, s.getLocalPort());
            }
        }
    }

    @Test
    void onLinuxThePortLiesBelowTheEphemeralRange() throws IOException {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        assumeTrue(Files.isReadable(range), range + " absent: not Linux");
        // read here, not through Ports, so a reading mistake there cannot hide (Files.readString gives "3" for "32768 60999")
        String line;
        try (BufferedReader r = Files.newBufferedReader(range)) {
            line = r.readLine();
        }
        int low = Integer.parseInt(line.trim().split("\\s+")[0]);
        assertEquals(low, Ports.ephemeralLowerBound(), "the lower bound Ports read from " + range + " (" + line + ")");
        assumeTrue(low > 1_025, "the ephemeral range starts at " + low + ": no unprivileged room below it");
        for (int i = 0; i < 50; i++) {
            int port = Ports.freeLoopbackPort();
            assertTrue(port >= 1_024 && port < low, "port " + port + " is not below the ephemeral range starting at " + low);
        }
    }

    @Test
    void aPortForUdpAndTcpCanBeBoundWithBoth() throws IOException {
        for (int i = 0; i < 20; i++) {
            int port = Ports.freeLoopbackUdpAndTcpPort();
            try (ServerSocket s = new ServerSocket(port, 1, LOOPBACK); java.net.DatagramSocket u = new java.net.DatagramSocket(port, LOOPBACK)) {
                assertEquals(port, s.getLocalPort());
                assertEquals(port, u.getLocalPort());
            }
        }
        // a port taken for UDP only is not handed out for both
        try (java.net.DatagramSocket taken = new java.net.DatagramSocket(0, LOOPBACK)) {
            int p = taken.getLocalPort();
            Set<Integer> handed = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                handed.add(Ports.freeLoopbackUdpAndTcpPort());
            }
            assertTrue(!handed.contains(p), "port " + p + " is bound for UDP");
        }
    }

    @Test
    void noPortIsHandedOutTwice() throws IOException {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            int port = Ports.freeLoopbackPort();
            assertTrue(seen.add(port), "port " + port + " handed out twice");
        }
    }

    @Test
    void aPortSomeoneListensOnIsSkipped() throws IOException {
        int low = Ports.ephemeralLowerBound();
        int from = Math.max(1_024, low - Ports.SPAN);
        assumeTrue(from + 2 < low, "no room below the ephemeral range");
        for (int attempt = 0; attempt < 100; attempt++) {
            int taken = ThreadLocalRandom.current().nextInt(from, low - 2);
            int free = taken + 1;
            if (Ports.HANDED_OUT.contains(taken) || Ports.HANDED_OUT.contains(free) || !bindable(free)) {
                continue;
            }
            try (ServerSocket listening = new ServerSocket(taken, 1, LOOPBACK)) {
                for (int i = 0; i < 10; i++) {
                    Ports.HANDED_OUT.remove(free);
                    assertEquals(free, Ports.freeLoopbackPort(taken, free + 1), "the port listened on was handed out");
                }
                return;
            } catch (java.net.BindException busy) {
                // someone else has it: another pair
            }
        }
        fail("found no pair of free neighbouring ports below the ephemeral range in 100 attempts");
    }

    @Test
    void whenNoPortOfTheRangeIsFreeTheKernelPicksOne() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, LOOPBACK)) {
            int taken = listening.getLocalPort();
            int port = Ports.freeLoopbackPort(taken, taken + 1);
            assertNotEquals(taken, port);
            try (ServerSocket s = new ServerSocket(port, 1, LOOPBACK)) {
                assertEquals(port, s.getLocalPort());
            }
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, LOOPBACK)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
