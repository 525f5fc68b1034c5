package io.hearthguard.capture.internal.decode;

import static io.hearthguard.capture.internal.io.Bytes.be16;
import static io.hearthguard.capture.internal.io.Bytes.be32;

/**
 * Decodes link, network and transport headers into a {@link Packet} without allocating.
 * Every length read from the packet is checked against the captured bytes; stacks of VLAN
 * tags and IPv6 extension headers are bounded.
 */
public final class Decoder {
    public static final int MAX_VLAN_TAGS = 8;
    public static final int MAX_IPV6_EXTENSIONS = 8;

    public static final int LINK_NULL = 0;
    public static final int LINK_ETHERNET = 1;
    public static final int LINK_RAW = 101;
    public static final int LINK_LOOP = 108;
    public static final int LINK_SLL = 113;
    public static final int LINK_IPV4 = 228;
    public static final int LINK_IPV6 = 229;
    public static final int LINK_SLL2 = 276;

    private Decoder() {
    }

    /** @return whether the link type is one this decoder understands */
    public static boolean supports(int linkType) {
        switch (linkType) {
            case LINK_NULL: case LINK_ETHERNET: case LINK_RAW: case LINK_LOOP: case LINK_SLL:
            case LINK_IPV4: case LINK_IPV6: case LINK_SLL2: case 12: case 14:
                return true;
            default:
                return false;
        }
    }

    /**
     * Decodes the packet already {@link Packet#reset reset} with its bytes.
     *
     * @return false when the link header itself is missing or the link type is unsupported
     */
    public static boolean decode(Packet p, int linkType) {
        byte[] d = p.data;
        int b = p.base;
        int end = b + p.capLen;
        int off;
        int type;
        switch (linkType) {
            case LINK_ETHERNET: {
                if (end - b < 14) {
                    return false;
                }
                p.dstMac = mac(d, b);
                p.srcMac = mac(d, b + 6);
                type = be16(d, b + 12);
                off = b + 14;
                int tags = 0;
                while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && off + 4 <= end) {
                    if (++tags > MAX_VLAN_TAGS) {
                        p.malformed = true;
                        p.etherType = type;
                        return true;
                    }
                    p.vlan = be16(d, off) & 0x0fff;
                    type = be16(d, off + 2);
                    off += 4;
                }
                if (type == 0x8100 || type == 0x88a8 || type == 0x9100) {
                    p.malformed = true;
                    return true;
                }
                if (type < 0x0600) { // 802.3 length field: LLC, not decoded further
                    p.etherType = -1;
                    return true;
                }
                break;
            }
            case LINK_NULL:
            case LINK_LOOP: {
                if (end - b < 4) {
                    return false;
                }
                int fam = linkType == LINK_LOOP ? be32(d, b) : (d[b] != 0 ? (d[b] & 0xff) | ((d[b + 1] & 0xff) << 8) : be32(d, b));
                type = fam == 2 ? 0x0800 : (fam == 24 || fam == 28 || fam == 30 ? 0x86dd : -1);
                off = b + 4;
                break;
            }
            case LINK_RAW:
            case 12:
            case 14: {
                if (end - b < 1) {
                    return false;
                }
                int v = (d[b] & 0xf0) >> 4;
                type = v == 4 ? 0x0800 : v == 6 ? 0x86dd : -1;
                off = b;
                break;
            }
            case LINK_IPV4:
                type = 0x0800;
                off = b;
                break;
            case LINK_IPV6:
                type = 0x86dd;
                off = b;
                break;
            case LINK_SLL: {
                if (end - b < 16) {
                    return false;
                }
                if (be16(d, b + 2) == 1 && be16(d, b + 4) == 6) {
                    p.srcMac = mac(d, b + 6);
                }
                type = be16(d, b + 14);
                off = b + 16;
                break;
            }
            case LINK_SLL2: {
                if (end - b < 20) {
                    return false;
                }
                type = be16(d, b);
                if (be16(d, b + 8) == 1 && (d[b + 11] & 0xff) == 6) {
                    p.srcMac = mac(d, b + 12);
                }
                off = b + 20;
                break;
            }
            default:
                return false;
        }
        p.etherType = type;
        p.l3Offset = off;
        p.ipBytes = Math.max(0, p.wireLen - (off - b));
        if (type == 0x0800) {
            ipv4(p, d, off, end);
        } else if (type == 0x86dd) {
            ipv6(p, d, off, end);
        }
        return true;
    }

    private static long mac(byte[] d, int o) {
        return ((long) (d[o] & 0xff) << 40) | ((long) (d[o + 1] & 0xff) << 32) | ((long) (d[o + 2] & 0xff) << 24)
                | ((d[o + 3] & 0xff) << 16) | ((d[o + 4] & 0xff) << 8) | (d[o + 5] & 0xff);
    }

    private static void ipv4(Packet p, byte[] d, int off, int cap) {
        if (off + 20 > cap || (d[off] & 0xf0) != 0x40) {
            p.malformed = true;
            return;
        }
        int ihl = (d[off] & 0x0f) * 4;
        int total = be16(d, off + 2);
        if (ihl < 20 || off + ihl > cap || total < ihl) {
            p.malformed = true;
            return;
        }
        p.ipVersion = 4;
        p.srcV4 = be32(d, off + 12);
        p.dstV4 = be32(d, off + 16);
        p.srcHi = 0;
        p.srcLo = 0xFFFF00000000L | (p.srcV4 & 0xFFFFFFFFL);
        p.dstHi = 0;
        p.dstLo = 0xFFFF00000000L | (p.dstV4 & 0xFFFFFFFFL);
        p.protocol = d[off + 9] & 0xff;
        p.ipBytes = total;
        int fragOff = be16(d, off + 6) & 0x1fff;
        if (fragOff != 0) {
            p.fragment = true;
            return;
        }
        int end = Math.min(cap, off + total);
        transport(p, d, off + ihl, end);
    }

    private static void ipv6(Packet p, byte[] d, int off, int cap) {
        if (off + 40 > cap || (d[off] & 0xf0) != 0x60) {
            p.malformed = true;
            return;
        }
        p.ipVersion = 6;
        p.srcHi = be64(d, off + 8);
        p.srcLo = be64(d, off + 16);
        p.dstHi = be64(d, off + 24);
        p.dstLo = be64(d, off + 32);
        int plen = be16(d, off + 4);
        p.ipBytes = 40 + plen;
        int end = Math.min(cap, off + 40 + plen);
        int next = d[off + 6] & 0xff;
        int o = off + 40;
        for (int i = 0; ; i++) {
            if (next == 0 || next == 43 || next == 60 || next == 51 || next == 44) {
                if (i >= MAX_IPV6_EXTENSIONS || o + 8 > end) {
                    p.malformed = true;
                    p.protocol = next;
                    return;
                }
                int nh = d[o] & 0xff;
                int len;
                if (next == 44) {
                    len = 8;
                    if ((be16(d, o + 2) & 0xfff8) != 0) {
                        p.protocol = nh;
                        p.fragment = true;
                        return;
                    }
                } else if (next == 51) {
                    len = ((d[o + 1] & 0xff) + 2) * 4;
                } else {
                    len = ((d[o + 1] & 0xff) + 1) * 8;
                }
                next = nh;
                o += len;
                continue;
            }
            break;
        }
        p.protocol = next;
        if (o > end) {
            p.malformed = true;
            return;
        }
        transport(p, d, o, end);
    }

    private static long be64(byte[] d, int o) {
        return ((long) be32(d, o) << 32) | (be32(d, o + 4) & 0xFFFFFFFFL);
    }

    private static void transport(Packet p, byte[] d, int o, int end) {
        p.l4Offset = o;
        switch (p.protocol) {
            case 6: {
                if (o + 20 > end) {
                    p.malformed = true;
                    return;
                }
                int doff = ((d[o + 12] & 0xf0) >> 4) * 4;
                p.srcPort = be16(d, o);
                p.dstPort = be16(d, o + 2);
                p.tcpSeq = be32(d, o + 4) & 0xFFFFFFFFL;
                p.tcpFlags = d[o + 13] & 0xff;
                if (doff < 20 || o + doff > end) {
                    p.malformed = true;
                    return;
                }
                p.payloadOffset = o + doff;
                p.payloadLength = end - (o + doff);
                return;
            }
            case 17:
            case 136: { // UDP, UDP-Lite
                if (o + 8 > end) {
                    p.malformed = true;
                    return;
                }
                p.srcPort = be16(d, o);
                p.dstPort = be16(d, o + 2);
                int ulen = be16(d, o + 4);
                int pend = end;
                if (p.protocol == 17 && ulen >= 8 && o + ulen < end) {
                    pend = o + ulen;
                }
                p.payloadOffset = o + 8;
                p.payloadLength = pend - (o + 8);
                return;
            }
            case 1:
            case 58: {
                if (o + 4 > end) {
                    p.malformed = true;
                    return;
                }
                p.payloadOffset = o + 4;
                p.payloadLength = end - (o + 4);
                return;
            }
            default:
                p.payloadOffset = o;
                p.payloadLength = end - o;
        }
    }
}
