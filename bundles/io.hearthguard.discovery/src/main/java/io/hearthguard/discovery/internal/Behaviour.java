package io.hearthguard.discovery.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.device.Evidence;
import io.hearthguard.api.traffic.FlowRecord;

/**
 * What a device's own flows say about its kind, for devices whose names say nothing.
 *
 * <p>Fed once per flow record (start, 60-second update, end) under the engine lock, never per
 * packet: counters of the bytes and packets each way to internet hosts the device called, the
 * distinct hosts and service ports (bounded), and how many other home devices it opened
 * conversations with. {@link #conclusion()} turns them into one weak type guess with its
 * reason, from general knowledge of how kinds of home devices behave:
 *
 * <ul>
 * <li><b>plug</b> (or another small cloud-controlled device): repeated small exchanges with
 * one or two cloud services and nothing bulky (never more than {@value #KEEPALIVE_MAX_RECORD_UP} bytes
 * up in one record, where a speaker spoken to sends more) — a smart plug's or switch's keepalives;
 * <li><b>hub</b>: opens conversations with several other home devices and talks to a cloud —
 * a bridge between a phone app or cloud and the things behind it.
 * </ul>
 *
 * <p>No guess is made from uploads alone: steady upstream is what a camera does, and also what
 * a compromised speaker trickling audio does; calling that speaker a camera would take it out
 * of the eavesdrop protection's sight (which covers speakers and unknown devices).
 *
 * <p>Weights stay at or below 0.25, so any name, rule or database that names the kind wins;
 * the guess is used only when nothing else typed the device. The keepalive guess (0.2) is
 * also weaker than a brand's product line (0.25 and up): plugs, sensors, scales and small
 * hubs all keep such a line to their cloud, so it is the weakest hint of all. Memory: at most
 * {@value #MAX_PEERS} hosts, {@value #MAX_PORTS} ports and {@value #MAX_LOCAL} home peers.
 */
final class Behaviour {
    static final int MAX_PEERS = 64;
    static final int MAX_PORTS = 8;
    static final int MAX_LOCAL = 16;
    /** Most bytes up in one flow record (a minute) of a keepalive-only device. */
    static final long KEEPALIVE_MAX_RECORD_UP = 20_000;
    /** Largest mean packet size (each way) of a keepalive-only device. */
    static final int KEEPALIVE_MEAN_PACKET = 300;
    /** Most data an hour a keepalive-only device moves (both ways). */
    static final long KEEPALIVE_BYTES_PER_HOUR = 400_000;
    /** Flow records (starts and updates) to the cloud before repetition is believed. */
    static final int KEEPALIVE_MIN_RECORDS = 5;
    /** Home devices a bridge opens conversations with. */
    static final int HUB_LOCAL_PEERS = 3;

    private long upBytes;
    private long maxRecordUp;
    private long downBytes;
    private long upPackets;
    private long downPackets;
    private int records;
    private int flows;
    private Instant first;
    private Instant last;
    private final Set<String> peers = new HashSet<>();
    private boolean peersOverflow;
    private final int[] portKeys = new int[MAX_PORTS];
    private final int[] portCounts = new int[MAX_PORTS];
    private int portsUsed;
    private boolean portsOverflow;
    private final Set<String> localPeers = new HashSet<>();
    private String concluded = "";

    /**
     * One record of a flow between the device and an internet host.
     *
     * @param f the record
     * @param cloudFirst whether the internet host is the record's initiator (a conversation joined midway)
     * @param remote the internet host's address
     * @param t the record's time
     * @return whether the conclusion changed
     */
    boolean cloudFlow(FlowRecord f, boolean cloudFirst, String remote, Instant t) {
        long up = Math.max(0, cloudFirst ? f.deltaRespBytes() : f.deltaOrigBytes());
        upBytes += up;
        maxRecordUp = Math.max(maxRecordUp, up);
        downBytes += Math.max(0, cloudFirst ? f.deltaOrigBytes() : f.deltaRespBytes());
        upPackets += Math.max(0, cloudFirst ? f.deltaRespPackets() : f.deltaOrigPackets());
        downPackets += Math.max(0, cloudFirst ? f.deltaOrigPackets() : f.deltaRespPackets());
        records++;
        if (first == null || t.isBefore(first)) {
            first = t;
        }
        if (last == null || t.isAfter(last)) {
            last = t;
        }
        if (f.phase() == FlowRecord.Phase.STARTED) {
            flows++;
            int port = cloudFirst ? f.initiatorPort() : f.responderPort();
            if (!infrastructure(f.protocol(), port)) {
                if (peers.size() < MAX_PEERS) {
                    peers.add(remote);
                } else if (!peers.contains(remote)) {
                    peersOverflow = true;
                }
                port(f.protocol() << 16 | (port & 0xffff));
            }
        }
        return reconclude();
    }

    /**
     * A conversation the device opened with another home device.
     *
     * @return whether the conclusion changed
     */
    boolean localFlow(String peer) {
        if (localPeers.size() >= MAX_LOCAL || localPeers.contains(peer)) {
            return false;
        }
        localPeers.add(peer);
        return reconclude();
    }

    /** DNS, NTP and DHCP are what every device does; they say nothing about its kind. */
    private static boolean infrastructure(int protocol, int port) {
        return port == 53 || port == 123 || port == 67 || port == 68 || port == 853;
    }

    private void port(int key) {
        for (int i = 0; i < portsUsed; i++) {
            if (portKeys[i] == key) {
                portCounts[i]++;
                return;
            }
        }
        if (portsUsed < MAX_PORTS) {
            portKeys[portsUsed] = key;
            portCounts[portsUsed++] = 1;
        } else {
            portsOverflow = true;
        }
    }

    private boolean reconclude() {
        String c = kind();
        if (c.equals(concluded)) {
            return false;
        }
        concluded = c;
        return true;
    }

    /** @return the kind the counters point to, or "" (allocation-free) */
    private String kind() {
        if (localPeers.size() >= HUB_LOCAL_PEERS && flows > 0) {
            return DeviceType.HUB.id();
        }
        if (records >= KEEPALIVE_MIN_RECORDS && portsUsed >= 1 && portsUsed <= 2 && !portsOverflow && upPackets > 0
                && downPackets > 0 && upBytes / upPackets <= KEEPALIVE_MEAN_PACKET
                && downBytes / downPackets <= KEEPALIVE_MEAN_PACKET && maxRecordUp <= KEEPALIVE_MAX_RECORD_UP
                && (upBytes + downBytes) <= perHourLimit()) {
            return DeviceType.PLUG.id();
        }
        return "";
    }

    private long perHourLimit() {
        long seconds = first == null ? 0 : Math.max(Duration.between(first, last).toSeconds(), 3600);
        return KEEPALIVE_BYTES_PER_HOUR * Math.max(1, seconds / 3600);
    }

    /** @return the type guess with its reason, or null when the flows point to no kind */
    Evidence conclusion() {
        String k = concluded;
        if (k.isEmpty()) {
            return null;
        }
        String hosts = peers.size() + (peersOverflow ? "+" : "") + " cloud host" + (peers.size() == 1 ? "" : "s");
        String detail;
        double weight;
        if (k.equals(DeviceType.HUB.id())) {
            detail = "bridges: opened conversations with " + localPeers.size() + " other home devices and talks to " + hosts;
            weight = 0.25;
        } else {
            StringBuilder ports = new StringBuilder();
            for (int i = 0; i < portsUsed; i++) {
                ports.append(i == 0 ? "" : ", ").append((portKeys[i] >>> 16) == 17 ? "udp/" : "tcp/").append(portKeys[i] & 0xffff);
            }
            detail = String.format(Locale.ROOT,
                    "small periodic keepalives to one cloud service (%s on %s): %d flow records, %d and %d bytes a packet up and down,"
                            + " %.0f KB in all",
                    hosts, ports, records, upBytes / upPackets, downBytes / downPackets, (upBytes + downBytes) / 1e3);
            // plugs, sensors, scales and small hubs all keep such a line open: below a brand's product line
            weight = 0.2;
        }
        return new Evidence("behaviour", "type", k, "probably a " + k + ": " + detail + " (flow behaviour)", weight, last);
    }
}
