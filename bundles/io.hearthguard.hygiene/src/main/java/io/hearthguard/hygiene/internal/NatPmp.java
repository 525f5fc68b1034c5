package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the home router whether it takes NAT-PMP (RFC 6886) and PCP (RFC 6887) requests on
 * UDP 5351 from the home network: one NAT-PMP external-address request (opcode 0, it maps
 * nothing) and one PCP ANNOUNCE (opcode 0, maps nothing), each sent at most twice (250 ms,
 * then 500 ms wait), answers read only from the router's address and port, at most 1,100
 * bytes each. A router that answers lets any device at home open ports to the internet
 * without asking anyone.
 *
 * <p>Neither protocol can list the mappings made with it; routers that run one port-mapping
 * table for UPnP, NAT-PMP and PCP (miniupnpd does) show them in the IGD listing, where
 * miniupnpd names them {@code NAT-PMP <port> <proto>} or {@code PCP ...}:
 * {@link #openedBy(String)} reads that.
 */
final class NatPmp {
    static final int PORT = 5351;
    private static final int MAX_ANSWER = 1100;

    /**
     * What the router said.
     *
     * @param natPmp          the router answered the NAT-PMP request with success
     * @param pcp             the router answered the PCP ANNOUNCE with success
     * @param externalAddress the external address NAT-PMP named, or null
     * @param notes           what was odd, in plain words
     */
    record Result(String router, boolean natPmp, boolean pcp, String externalAddress, List<String> notes, long bytesSent, long bytesReceived) {
        boolean open() {
            return natPmp || pcp;
        }
    }

    private final HomeSubnets subnets;
    private final List<String> notes = new ArrayList<>();
    private long sent;
    private long received;

    NatPmp(HomeSubnets subnets) {
        this.subnets = subnets;
    }

    /** @return the protocol that opened a mapping, from miniupnpd's description, or null for UPnP */
    static String openedBy(String description) {
        if (description.startsWith("NAT-PMP ")) {
            return "NAT-PMP";
        }
        if (description.startsWith("PCP ")) {
            return "PCP";
        }
        return null;
    }

    /**
     * @return the default gateway of this machine from {@code /proc/net/route} (Linux) when it
     *         is inside the home subnets, or null
     */
    static String defaultGateway(HomeSubnets subnets) {
        java.nio.file.Path route = java.nio.file.Path.of("/proc/net/route");
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(route)) {
            String line;
            for (int n = 0; (line = r.readLine()) != null && n < 1000; n++) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 3 || !f[1].equals("00000000") || f[2].length() != 8) {
                    continue;
                }
                long g = Long.parseLong(f[2], 16); // little-endian
                String ip = (g & 255) + "." + ((g >> 8) & 255) + "." + ((g >> 16) & 255) + "." + ((g >> 24) & 255);
                if (subnets.contains(ip)) {
                    return ip;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** Asks {@code router}, which must be inside the home subnets (refused with a note otherwise). */
    Result query(String router) throws InterruptedException {
        if (router == null || HomeSubnets.parse(router) == null || !subnets.contains(router)) {
            notes.add("the router address " + router + " is not inside the home subnets " + subnets + "; NAT-PMP/PCP not asked");
            return new Result(router, false, false, null, List.copyOf(notes), 0, 0);
        }
        InetAddress local = UpnpIgd.localAddress(subnets);
        if (local == null) {
            notes.add("no address of this machine is inside the home subnets " + subnets + ", so NAT-PMP/PCP were not asked");
            return new Result(router, false, false, null, List.copyOf(notes), 0, 0);
        }
        boolean natPmp = false;
        boolean pcp = false;
        String external = null;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(local, 0))) {
            InetSocketAddress to = new InetSocketAddress(InetAddress.getByAddress(Conversation.octets(router)), PORT);
            byte[] a = ask(s, to, new byte[] { 0, 0 }, 12, (byte) 0, (byte) 128);
            if (a != null) {
                int result = ((a[2] & 255) << 8) | (a[3] & 255);
                if (result == 0) {
                    natPmp = true;
                    external = (a[8] & 255) + "." + (a[9] & 255) + "." + (a[10] & 255) + "." + (a[11] & 255);
                } else {
                    notes.add("NAT-PMP answered with result code " + result + " (refused)");
                }
            }
            byte[] announce = new byte[24];
            announce[0] = 2; // version 2, R=0, opcode 0 (ANNOUNCE), lifetime 0
            announce[16] = (byte) 0xff; // client address as IPv4-mapped IPv6
            announce[17] = (byte) 0xff;
            System.arraycopy(local.getAddress(), 0, announce, 20, 4);
            byte[] p = ask(s, to, announce, 24, (byte) 2, (byte) 0x80);
            if (p != null) {
                int result = p[3] & 255;
                if (result == 0) {
                    pcp = true;
                } else {
                    notes.add("PCP answered with result code " + result + " (refused)");
                }
            }
        } catch (IOException e) {
            notes.add("NAT-PMP/PCP could not be asked from " + local.getHostAddress() + ": " + e.getMessage());
        }
        return new Result(router, natPmp, pcp, external, List.copyOf(notes), sent, received);
    }

    /** @return the first answer from {@code to} of at least {@code minLength} bytes starting with {@code b0 b1}, or null */
    private byte[] ask(DatagramSocket s, InetSocketAddress to, byte[] req, int minLength, byte b0, byte b1) throws IOException, InterruptedException {
        byte[] buf = new byte[MAX_ANSWER];
        for (int wait : new int[] { 250, 500 }) {
            s.send(new DatagramPacket(req, req.length, to));
            sent += req.length;
            long end = System.nanoTime() + wait * 1_000_000L;
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                s.setSoTimeout((int) Math.max(1, left));
                DatagramPacket d = new DatagramPacket(buf, buf.length);
                try {
                    s.receive(d);
                } catch (SocketTimeoutException e) {
                    break;
                }
                received += d.getLength();
                if (!to.equals(d.getSocketAddress())) {
                    continue; // only the router's own port 5351 is believed
                }
                if (d.getLength() >= minLength && buf[0] == b0 && buf[1] == b1) {
                    return java.util.Arrays.copyOf(buf, d.getLength());
                }
            }
        }
        return null;
    }
}
