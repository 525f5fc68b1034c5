package io.hearthguard.capture.internal.meta;

import static io.hearthguard.capture.internal.io.Bytes.be16;
import static io.hearthguard.capture.internal.io.Bytes.be32;

import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.traffic.DnsMessage.Answer;
import io.hearthguard.api.traffic.DnsMessage.Question;

/**
 * DNS / mDNS message parser. Compression pointers are followed at most
 * {@value #MAX_POINTERS} times per name (loops end there); names are capped at 255 bytes,
 * labels at 63; section counts are trusted only as far as the bytes go and at most
 * {@value #MAX_RECORDS} records and {@value #MAX_TXT} TXT strings per record are kept.
 */
public final class DnsParser {
    public static final int MAX_POINTERS = 16;
    public static final int MAX_RECORDS = 256;
    public static final int MAX_TXT = 64;
    public static final int MAX_TXT_LEN = 255;

    private DnsParser() {
    }

    public static Records.Dns parse(Head head, boolean multicast, byte[] d, int off, int len) throws Malformed {
        if (len < 12) {
            throw new Malformed("dns: shorter than a header");
        }
        int end = off + len;
        int id = be16(d, off);
        int flags = be16(d, off + 2);
        int qd = be16(d, off + 4);
        int total = be16(d, off + 6) + be16(d, off + 8) + be16(d, off + 10);
        int an = be16(d, off + 6);
        int ns = be16(d, off + 8);
        int o = off + 12;
        StringBuilder sb = new StringBuilder(64);
        List<Question> qs = new ArrayList<>(Math.min(qd, 4));
        for (int i = 0; i < qd; i++) {
            if (i >= MAX_RECORDS) {
                throw new Malformed("dns: too many questions");
            }
            o = name(d, off, end, o, end, sb);
            if (o + 4 > end) {
                throw new Malformed("dns: question cut short");
            }
            qs.add(new Question(sb.toString(), be16(d, o), be16(d, o + 2) & 0x7fff));
            o += 4;
        }
        List<Answer> as = new ArrayList<>(Math.min(total, 8));
        for (int i = 0; i < total && i < MAX_RECORDS; i++) {
            if (o >= end) {
                break; // counts larger than the message: keep what is there
            }
            int section = i < an ? 1 : i < an + ns ? 2 : 3;
            o = name(d, off, end, o, end, sb);
            String name = sb.toString();
            if (o + 10 > end) {
                throw new Malformed("dns: resource record cut short");
            }
            int type = be16(d, o);
            int cls = be16(d, o + 2) & 0x7fff;
            long ttl = be32(d, o + 4) & 0xFFFFFFFFL;
            int rdlen = be16(d, o + 8);
            o += 10;
            if (o + rdlen > end) {
                throw new Malformed("dns: rdata runs past the end");
            }
            String data = "";
            List<String> txt = List.of();
            switch (type) {
                case 1:
                    if (rdlen == 4) {
                        data = Addr.ipv4(d, o);
                    }
                    break;
                case 28:
                    if (rdlen == 16) {
                        data = Addr.ipv6(d, o);
                    }
                    break;
                case 2: case 5: case 12:
                    name(d, off, end, o, o + rdlen, sb);
                    data = sb.toString();
                    break;
                case 15:
                    if (rdlen > 2) {
                        name(d, off, end, o + 2, o + rdlen, sb);
                        data = be16(d, o) + " " + sb;
                    }
                    break;
                case 33:
                    if (rdlen > 6) {
                        name(d, off, end, o + 6, o + rdlen, sb);
                        data = be16(d, o) + " " + be16(d, o + 2) + " " + be16(d, o + 4) + " " + sb;
                    }
                    break;
                case 16: {
                    List<String> t = new ArrayList<>();
                    int p = o;
                    while (p < o + rdlen && t.size() < MAX_TXT) {
                        int l = d[p] & 0xff;
                        if (p + 1 + l > o + rdlen) {
                            throw new Malformed("dns: TXT string runs past the record");
                        }
                        t.add(text(d, p + 1, Math.min(l, MAX_TXT_LEN)));
                        p += 1 + l;
                    }
                    txt = List.copyOf(t);
                    break;
                }
                default:
                    break;
            }
            as.add(new Answer(section, name, type, cls, ttl, data, txt));
            o += rdlen;
        }
        return new Records.Dns(head, multicast, id, (flags & 0x8000) != 0, flags & 0x0f, List.copyOf(qs), List.copyOf(as));
    }

    /** Reads a (possibly compressed) name at {@code o} into {@code sb}; returns the offset after it. */
    static int name(byte[] d, int msg, int msgEnd, int o, int end, StringBuilder sb) throws Malformed {
        sb.setLength(0);
        int after = -1;
        int jumps = 0;
        int bytes = 0;
        while (true) {
            if (o >= end) {
                throw new Malformed("dns: name runs past the end");
            }
            int l = d[o] & 0xff;
            if (l == 0) {
                o++;
                break;
            }
            if ((l & 0xc0) == 0xc0) {
                if (o + 1 >= end) {
                    throw new Malformed("dns: compression pointer cut short");
                }
                if (++jumps > MAX_POINTERS) {
                    throw new Malformed("dns: compression pointers deeper than " + MAX_POINTERS);
                }
                if (after < 0) {
                    after = o + 2;
                }
                int target = msg + (((l & 0x3f) << 8) | (d[o + 1] & 0xff));
                if (target == o) {
                    throw new Malformed("dns: compression pointer to itself");
                }
                // a pointer may leave an rdata window but never the message
                end = msgEnd;
                o = target;
                continue;
            }
            if ((l & 0xc0) != 0) {
                throw new Malformed("dns: unsupported label type");
            }
            if (o + 1 + l > end) {
                throw new Malformed("dns: label runs past the end");
            }
            bytes += l + 1;
            if (bytes > 255) {
                throw new Malformed("dns: name longer than 255 bytes");
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            for (int i = 0; i < l; i++) {
                int c = d[o + 1 + i] & 0xff;
                if (c >= 'A' && c <= 'Z') {
                    sb.append((char) (c + 32));
                } else if (c > 0x20 && c < 0x7f) {
                    sb.append((char) c);
                } else {
                    sb.append('\\').append((char) ('0' + c / 100)).append((char) ('0' + c / 10 % 10)).append((char) ('0' + c % 10));
                }
            }
            o += 1 + l;
        }
        return after >= 0 ? after : o;
    }

    static String text(byte[] d, int o, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = d[o + i] & 0xff;
            sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
        }
        return sb.toString();
    }
}
