package io.hearthguard.capture.internal.meta;

import static io.hearthguard.capture.internal.io.Bytes.be16;
import static io.hearthguard.capture.internal.io.Bytes.be32;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * DHCPv4 (RFC 2131/2132, option overload 52) and DHCPv6 (RFC 8415) parser. Options whose
 * length runs past the packet end the option walk (what was read is kept); strings are
 * capped at {@value #MAX_STRING} chars and lists at {@value #MAX_LIST} entries.
 */
public final class DhcpParser {
    public static final int MAX_STRING = 255;
    public static final int MAX_LIST = 255;
    private static final int MAX_RELAY_DEPTH = 4;

    private DhcpParser() {
    }

    private static final class V4 {
        int type;
        String host;
        String clientId;
        String vendor;
        String requested;
        List<Integer> prl = List.of();
        final List<Integer> codes = new ArrayList<>();
        int overload;
    }

    public static Records.Dhcp parseV4(Head head, byte[] d, int off, int len) throws Malformed {
        if (len < 240) {
            throw new Malformed("dhcp: shorter than the fixed header and cookie");
        }
        if (be32(d, off + 236) != 0x63825363) {
            throw new Malformed("dhcp: bad magic cookie");
        }
        long xid = be32(d, off + 4) & 0xFFFFFFFFL;
        int htype = d[off + 1] & 0xff;
        int hlen = d[off + 2] & 0xff;
        String chaddr = htype == 1 && hlen == 6 ? Addr.mac(d, off + 28) : "";
        int yi = be32(d, off + 16);
        V4 v = new V4();
        options(d, off + 240, off + len, v);
        if ((v.overload & 1) != 0) {
            options(d, off + 108, off + 236, v);
        }
        if ((v.overload & 2) != 0) {
            options(d, off + 44, off + 108, v);
        }
        return new Records.Dhcp(head, 4, v.type, chaddr, xid, Optional.ofNullable(v.host), Optional.ofNullable(v.clientId),
                Optional.ofNullable(v.vendor), v.prl, Optional.ofNullable(v.requested),
                yi == 0 ? Optional.empty() : Optional.of(Addr.ipv4(yi)), List.copyOf(v.codes));
    }

    private static void options(byte[] d, int o, int end, V4 v) {
        while (o < end) {
            int code = d[o] & 0xff;
            if (code == 255) {
                return;
            }
            if (code == 0) {
                o++;
                continue;
            }
            if (o + 2 > end) {
                return;
            }
            int l = d[o + 1] & 0xff;
            int p = o + 2;
            if (p + l > end) {
                return;
            }
            if (v.codes.size() < MAX_LIST) {
                v.codes.add(code);
            }
            switch (code) {
                case 53:
                    if (l >= 1 && v.type == 0) {
                        v.type = d[p] & 0xff;
                    }
                    break;
                case 12:
                    if (v.host == null) {
                        v.host = str(d, p, l);
                    }
                    break;
                case 81:
                    if (v.host == null && l > 3) {
                        v.host = fqdn(d, p + 3, p + l, (d[p] & 0x04) != 0);
                    }
                    break;
                case 61:
                    if (v.clientId == null) {
                        v.clientId = Addr.hex(d, p, Math.min(l, MAX_STRING));
                    }
                    break;
                case 60:
                    if (v.vendor == null) {
                        v.vendor = str(d, p, l);
                    }
                    break;
                case 50:
                    if (l == 4) {
                        v.requested = Addr.ipv4(d, p);
                    }
                    break;
                case 55: {
                    List<Integer> prl = new ArrayList<>(l);
                    for (int i = 0; i < l; i++) {
                        prl.add(d[p + i] & 0xff);
                    }
                    v.prl = List.copyOf(prl);
                    break;
                }
                case 52:
                    if (l == 1) {
                        v.overload = d[p] & 3;
                    }
                    break;
                default:
                    break;
            }
            o = p + l;
        }
    }

    /** An option string without the trailing NULs some clients send, capped. */
    private static String str(byte[] d, int p, int l) {
        while (l > 0 && d[p + l - 1] == 0) {
            l--;
        }
        return DnsParser.text(d, p, Math.min(l, MAX_STRING));
    }

    /** FQDN option value: wire-format labels when {@code wire}, else ASCII. */
    private static String fqdn(byte[] d, int o, int end, boolean wire) {
        if (!wire) {
            return DnsParser.text(d, o, Math.min(end - o, MAX_STRING));
        }
        StringBuilder sb = new StringBuilder();
        while (o < end && sb.length() < MAX_STRING) {
            int l = d[o] & 0xff;
            if (l == 0 || l > 63 || o + 1 + l > end) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(DnsParser.text(d, o + 1, l));
            o += 1 + l;
        }
        return sb.toString();
    }

    public static Records.Dhcp parseV6(Head head, byte[] d, int off, int len) throws Malformed {
        return v6(head, d, off, off + len, 0);
    }

    private static Records.Dhcp v6(Head head, byte[] d, int off, int end, int depth) throws Malformed {
        if (end - off < 4) {
            throw new Malformed("dhcpv6: shorter than a header");
        }
        int type = d[off] & 0xff;
        int o;
        long xid = 0;
        if (type == 12 || type == 13) {
            if (end - off < 34) {
                throw new Malformed("dhcpv6: relay message cut short");
            }
            o = off + 34;
        } else {
            xid = ((d[off + 1] & 0xffL) << 16) | ((d[off + 2] & 0xff) << 8) | (d[off + 3] & 0xff);
            o = off + 4;
        }
        String mac = "";
        String host = null;
        String clientId = null;
        String vendor = null;
        String assigned = null;
        List<Integer> oro = List.of();
        List<Integer> codes = new ArrayList<>();
        while (o + 4 <= end) {
            int code = be16(d, o);
            int l = be16(d, o + 2);
            int p = o + 4;
            if (p + l > end) {
                break;
            }
            if (codes.size() < MAX_LIST) {
                codes.add(code);
            }
            switch (code) {
                case 9:
                    if ((type == 12 || type == 13) && depth < MAX_RELAY_DEPTH) {
                        return v6(head, d, p, p + l, depth + 1);
                    }
                    break;
                case 1:
                    if (l >= 2 && clientId == null) {
                        clientId = Addr.hex(d, p, Math.min(l, MAX_STRING));
                        int duid = be16(d, p);
                        if (duid == 1 && l >= 14 && be16(d, p + 2) == 1) {
                            mac = Addr.mac(d, p + 8);
                        } else if (duid == 3 && l >= 10 && be16(d, p + 2) == 1) {
                            mac = Addr.mac(d, p + 4);
                        }
                    }
                    break;
                case 39:
                    if (l > 1) {
                        host = fqdn(d, p + 1, p + l, true);
                    }
                    break;
                case 16:
                    if (l > 6) {
                        int sl = be16(d, p + 4);
                        vendor = DnsParser.text(d, p + 6, Math.min(Math.min(sl, l - 6), MAX_STRING));
                    }
                    break;
                case 6: {
                    List<Integer> list = new ArrayList<>();
                    for (int i = 0; i + 1 < l && list.size() < MAX_LIST; i += 2) {
                        list.add(be16(d, p + i));
                    }
                    oro = List.copyOf(list);
                    break;
                }
                case 3: // IA_NA: iaid, t1, t2, then options; take the first IA address (5)
                    for (int q = p + 12; q + 4 <= p + l; ) {
                        int c = be16(d, q);
                        int cl = be16(d, q + 2);
                        if (q + 4 + cl > p + l) {
                            break;
                        }
                        if (c == 5 && cl >= 16 && assigned == null) {
                            assigned = Addr.ipv6(d, q + 4);
                        }
                        q += 4 + cl;
                    }
                    break;
                default:
                    break;
            }
            o = p + l;
        }
        return new Records.Dhcp(head, 6, type, mac, xid, Optional.ofNullable(host), Optional.ofNullable(clientId),
                Optional.ofNullable(vendor), oro, Optional.empty(), Optional.ofNullable(assigned), List.copyOf(codes));
    }
}
