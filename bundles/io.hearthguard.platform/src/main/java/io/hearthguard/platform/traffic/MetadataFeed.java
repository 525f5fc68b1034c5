package io.hearthguard.platform.traffic;

import java.net.InetSocketAddress;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Traffic the hub handled itself rather than captured, handed to the same observers as
 * captured traffic. Today one kind: the DNS messages of the hub's own DNS forwarder, so a hub
 * that serves the home's DNS without capturing the LAN still tells discovery which names a
 * device looks up and lets the protections (threat intelligence) see its queries, exactly as
 * if the packets had been captured.
 *
 * <h2>What observers see</h2>
 * The capture bundle implements this service. It decodes each message with the parser it
 * uses for captured DNS (same limits, same {@code DnsMessage} records) and delivers it to the
 * {@code metadata} subscribers of one live session whose {@code source()} is
 * {@value #DNS_FORWARDER_SOURCE}, on that session's own thread, in the order offered. The
 * MAC addresses come from the kernel's neighbour table (a client the hub talks to is in
 * it); {@code -1} when it has none. The session is restarted, with a new id, when the set of
 * registered observers changes, so observers registered later are included.
 *
 * <h2>Threading</h2>
 * Safe from any thread; never blocks and never throws for a bad message: a message that
 * cannot be decoded or does not fit the bounded queue is dropped and counted.
 */
@ProviderType
public interface MetadataFeed {

    /** The {@code CaptureSession.source()} of the session that carries the DNS forwarder's messages. */
    String DNS_FORWARDER_SOURCE = "dns-forwarder";

    /** Longest message accepted, in bytes (the largest DNS message over TCP). */
    int MAX_MESSAGE = 65_535;

    /**
     * Offers one DNS message: a query a client sent to the hub, or the answer the hub sent
     * back. The bytes are copied before this returns.
     *
     * @param time    when it was received or sent; not null
     * @param from    who sent it (the client for a query, the hub's listening address for an answer); not null
     * @param to      who it was for; not null
     * @param message the wire bytes; not null
     * @param offset  where the message starts
     * @param length  its length, at most {@link #MAX_MESSAGE}
     * @return true when queued for delivery, false when dropped (queue full, too long, no session)
     */
    boolean offerDns(Instant time, InetSocketAddress from, InetSocketAddress to, byte[] message, int offset, int length);
}
