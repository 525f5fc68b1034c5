package io.hearthguard.api.traffic;

/** Coarse TCP connection state of a flow as seen from the capture point. */
public enum TcpState {
    /** Not a TCP flow. */
    NONE,
    /** Initiator sent SYN, no answer yet. */
    SYN_SENT,
    /** Responder answered SYN-ACK. */
    SYN_RECEIVED,
    /** Handshake complete (or the flow was joined mid-stream with data both ways). */
    ESTABLISHED,
    /** One side sent FIN. */
    CLOSING,
    /** Both sides sent FIN. */
    CLOSED,
    /** A RST was seen. */
    RESET,
    /** Joined after the handshake; state not known. */
    MIDSTREAM
}
