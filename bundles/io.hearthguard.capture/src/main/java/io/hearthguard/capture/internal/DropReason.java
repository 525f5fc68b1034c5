package io.hearthguard.capture.internal;

/** Why a received packet was not processed. */
public enum DropReason {
    /** The link type is not one capture decodes (e.g. 802.11 radiotap). */
    UNSUPPORTED_LINK_TYPE,
    /** The frame is shorter than its link header. */
    TRUNCATED_LINK_HEADER,
    /** The last record of a file was cut short. */
    TRUNCATED_RECORD,
    /** Dropped by the kernel or the interface (live capture, from pcap_stats). */
    KERNEL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
