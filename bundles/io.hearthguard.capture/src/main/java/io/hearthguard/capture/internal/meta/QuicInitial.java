package io.hearthguard.capture.internal.meta;

import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client Initial packets of QUIC v1 (RFC 9001) and v2 (RFC 9369): removes header protection,
 * decrypts with the keys every observer can derive from the destination connection id, and
 * collects the CRYPTO frame data that carries the TLS ClientHello. Bounded: CRYPTO data up
 * to {@value #MAX_CRYPTO} bytes, at most {@value #MAX_FRAMES} frames a packet.
 */
public final class QuicInitial {
    public static final int MAX_CRYPTO = 16_384;
    private static final int MAX_FRAMES = 64;
    private static final int V1 = 0x00000001;
    private static final int V2 = 0x6b3343cf;
    private static final byte[] SALT_V1 = hex("38762cf7f55934b34d179ae6a4c80cadccbb7f0a");
    private static final byte[] SALT_V2 = hex("0dede3def700a6db819381be6e269dcbf9bd2ed9");

    private QuicInitial() {
    }

    /** CRYPTO stream bytes of one connection's client Initials, reassembled by offset. */
    public static final class Crypto {
        final byte[] data = new byte[MAX_CRYPTO];
        final boolean[] have = new boolean[MAX_CRYPTO];

        /** @return the ClientHello handshake message (type, length, body) once complete, else null */
        public byte[] clientHello() {
            if (!have[0] || !have[1] || !have[2] || !have[3] || data[0] != 1) {
                return null;
            }
            int len = 4 + (((data[1] & 0xff) << 16) | ((data[2] & 0xff) << 8) | (data[3] & 0xff));
            if (len > MAX_CRYPTO) {
                return null;
            }
            for (int i = 0; i < len; i++) {
                if (!have[i]) {
                    return null;
                }
            }
            return Arrays.copyOf(data, len);
        }
    }

    /** @return whether the UDP payload starts with a long-header QUIC Initial of a version we decrypt */
    public static boolean looksLikeInitial(byte[] d, int o, int len) {
        if (len < 1200 - 28 || (d[o] & 0xc0) != 0xc0) {
            return false;
        }
        int v = (d[o + 1] & 0xff) << 24 | (d[o + 2] & 0xff) << 16 | (d[o + 3] & 0xff) << 8 | (d[o + 4] & 0xff);
        int type = (d[o] & 0x30) >> 4;
        return (v == V1 && type == 0) || (v == V2 && type == 1);
    }

    /** Decrypts the Initial packets in one datagram and adds their CRYPTO data to {@code c}. */
    public static void add(byte[] d, int o, int len, Crypto c) throws Malformed {
        int end = o + len;
        int p = o;
        while (p < end && looksLikeHeader(d, p, end)) {
            p = packet(d, p, end, c);
        }
    }

    private static boolean looksLikeHeader(byte[] d, int p, int end) {
        return end - p > 7 && (d[p] & 0xc0) == 0xc0;
    }

    private static int packet(byte[] d, int start, int end, Crypto c) throws Malformed {
        int version = (d[start + 1] & 0xff) << 24 | (d[start + 2] & 0xff) << 16 | (d[start + 3] & 0xff) << 8 | (d[start + 4] & 0xff);
        int type = (d[start] & 0x30) >> 4;
        boolean v2 = version == V2;
        int p = start + 5;
        int dcidLen = d[p++] & 0xff;
        if (dcidLen > 20 || p + dcidLen >= end) {
            throw new Malformed("quic: bad connection id");
        }
        byte[] dcid = Arrays.copyOfRange(d, p, p + dcidLen);
        p += dcidLen;
        int scidLen = d[p++] & 0xff;
        if (scidLen > 20 || p + scidLen >= end) {
            throw new Malformed("quic: bad connection id");
        }
        p += scidLen;
        boolean initial = (version == V1 && type == 0) || (v2 && type == 1);
        long[] v = new long[2];
        if (initial) {
            p = varint(d, p, end, v);
            if (v[0] > end - p) {
                throw new Malformed("quic: token runs past the packet");
            }
            p += (int) v[0];
        }
        p = varint(d, p, end, v);
        long length = v[0];
        if (length > end - p || length < 20) {
            throw new Malformed("quic: length runs past the datagram");
        }
        int pnOffset = p;
        int next = (int) (pnOffset + length);
        if (!initial || (version != V1 && !v2)) {
            return next; // 0-RTT or Handshake coalesced behind the Initial: not decryptable here
        }
        try {
            byte[] secret = hkdfExtract(v2 ? SALT_V2 : SALT_V1, dcid);
            byte[] client = expandLabel(secret, "client in", 32);
            String prefix = v2 ? "quicv2 " : "quic ";
            byte[] key = expandLabel(client, prefix + "key", 16);
            byte[] iv = expandLabel(client, prefix + "iv", 12);
            byte[] hp = expandLabel(client, prefix + "hp", 16);
            Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
            ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(hp, "AES"));
            byte[] mask = ecb.doFinal(d, pnOffset + 4, 16);
            byte[] header = Arrays.copyOfRange(d, start, pnOffset + 4);
            header[0] ^= (byte) (mask[0] & 0x0f);
            int pnLen = (header[0] & 0x03) + 1;
            long pn = 0;
            for (int i = 0; i < pnLen; i++) {
                header[pnOffset - start + i] ^= mask[1 + i];
                pn = (pn << 8) | (header[pnOffset - start + i] & 0xff);
            }
            byte[] aad = Arrays.copyOf(header, pnOffset - start + pnLen);
            byte[] nonce = iv.clone();
            for (int i = 0; i < 8; i++) {
                nonce[11 - i] ^= (byte) (pn >>> (8 * i));
            }
            Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
            gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            gcm.updateAAD(aad);
            byte[] plain = gcm.doFinal(d, pnOffset + pnLen, (int) length - pnLen);
            frames(plain, c);
        } catch (GeneralSecurityException e) {
            throw new Malformed("quic: Initial does not decrypt");
        }
        return next;
    }

    private static void frames(byte[] f, Crypto c) throws Malformed {
        int p = 0;
        long[] v = new long[2];
        for (int n = 0; p < f.length && n < MAX_FRAMES; n++) {
            int type = f[p] & 0xff;
            if (type == 0x00 || type == 0x01) { // PADDING (runs of them count as one frame), PING
                while (++p < f.length && f[p] == 0) {
                    // skip the padding run
                }
                continue;
            }
            if (type == 0x02 || type == 0x03) { // ACK: largest, delay, range count, first range, ranges, [ECN]
                p++;
                p = varint(f, p, f.length, v);
                p = varint(f, p, f.length, v);
                p = varint(f, p, f.length, v);
                long ranges = v[0];
                p = varint(f, p, f.length, v);
                for (long r = 0; r < Math.min(ranges, 256) * 2; r++) {
                    p = varint(f, p, f.length, v);
                }
                if (type == 0x03) {
                    for (int k = 0; k < 3; k++) {
                        p = varint(f, p, f.length, v);
                    }
                }
                continue;
            }
            if (type == 0x06) { // CRYPTO: offset, length, data
                p = varint(f, p + 1, f.length, v);
                long off = v[0];
                p = varint(f, p, f.length, v);
                long len = v[0];
                if (len > f.length - p) {
                    throw new Malformed("quic: CRYPTO frame runs past the packet");
                }
                for (int i = 0; i < len && off + i < MAX_CRYPTO; i++) {
                    c.data[(int) off + i] = f[p + i];
                    c.have[(int) off + i] = true;
                }
                p += (int) len;
                continue;
            }
            return; // CONNECTION_CLOSE or anything else: stop
        }
    }

    /** Reads a QUIC variable-length integer into v[0]; returns the offset after it. */
    static int varint(byte[] d, int p, int end, long[] v) throws Malformed {
        if (p >= end) {
            throw new Malformed("quic: varint past the end");
        }
        int n = 1 << ((d[p] & 0xc0) >> 6);
        if (p + n > end) {
            throw new Malformed("quic: varint past the end");
        }
        long x = d[p] & 0x3f;
        for (int i = 1; i < n; i++) {
            x = (x << 8) | (d[p + i] & 0xff);
        }
        v[0] = x;
        return p + n;
    }

    private static byte[] hkdfExtract(byte[] salt, byte[] ikm) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        return mac.doFinal(ikm);
    }

    /** HKDF-Expand-Label of TLS 1.3 with an empty context, for outputs up to 32 bytes. */
    private static byte[] expandLabel(byte[] secret, String label, int length) throws GeneralSecurityException {
        byte[] full = ("tls13 " + label).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] info = new byte[2 + 1 + full.length + 1];
        info[0] = (byte) (length >> 8);
        info[1] = (byte) length;
        info[2] = (byte) full.length;
        System.arraycopy(full, 0, info, 3, full.length);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private static byte[] hex(String s) {
        byte[] b = new byte[s.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
