package io.hearthguard.capture.internal.io;

/** Endian-aware reads from byte arrays. */
public final class Bytes {
    private Bytes() {
    }

    public static int u16(byte[] b, int o, boolean be) {
        return be ? ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff) : ((b[o + 1] & 0xff) << 8) | (b[o] & 0xff);
    }

    public static long u32(byte[] b, int o, boolean be) {
        return be
                ? ((long) (b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff)
                : ((long) (b[o + 3] & 0xff) << 24) | ((b[o + 2] & 0xff) << 16) | ((b[o + 1] & 0xff) << 8) | (b[o] & 0xff);
    }

    public static int be16(byte[] b, int o) {
        return ((b[o] & 0xff) << 8) | (b[o + 1] & 0xff);
    }

    public static int be32(byte[] b, int o) {
        return ((b[o] & 0xff) << 24) | ((b[o + 1] & 0xff) << 16) | ((b[o + 2] & 0xff) << 8) | (b[o + 3] & 0xff);
    }
}
