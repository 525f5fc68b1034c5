package io.hearthguard.discovery.internal;

/** MAC addresses as the 48 low bits of a long, the way capture hands them over. */
public final class Macs {
    private Macs() {
    }

    /**
     * @param text {@code aa:bb:cc:dd:ee:ff}, {@code aa-bb-...}, or 12 bare hex digits, any case
     * @return the 48-bit value, or -1 when the text is not a MAC address
     */
    public static long parse(String text) {
        if (text == null) {
            return -1;
        }
        int n = text.length();
        if (n != 17 && n != 12) {
            return -1;
        }
        long v = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (n == 17 && i % 3 == 2) {
                if (c != ':' && c != '-') {
                    return -1;
                }
                continue;
            }
            int d = Character.digit(c, 16);
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
            digits++;
        }
        return digits == 12 ? v : -1;
    }

    /** @return lower-case colon form of the 48 low bits */
    public static String format(long mac) {
        char[] out = new char[17];
        for (int i = 0; i < 6; i++) {
            int b = (int) (mac >>> (40 - 8 * i)) & 0xff;
            out[i * 3] = Character.forDigit(b >>> 4, 16);
            out[i * 3 + 1] = Character.forDigit(b & 0xf, 16);
            if (i < 5) {
                out[i * 3 + 2] = ':';
            }
        }
        return new String(out);
    }

    /** @return 12 lower-case hex digits, safe in ids */
    public static String hex(long mac) {
        return format(mac).replace(":", "");
    }

    /** @return true for a locally administered address (U/L bit set): often a randomized MAC */
    public static boolean locallyAdministered(long mac) {
        return (mac & 0x0200_0000_0000L) != 0;
    }

    /** @return true for group (multicast and broadcast) addresses */
    public static boolean group(long mac) {
        return (mac & 0x0100_0000_0000L) != 0;
    }

    /** @return true when the value can name one interface: 48 bits, unicast, not all zero */
    public static boolean unicast(long mac) {
        return mac > 0 && (mac >>> 48) == 0 && !group(mac);
    }
}
