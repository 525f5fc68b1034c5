package io.hearthguard.hygiene.internal;

/** Turns bytes a device sent into text that is safe to store, show and log. */
final class Banner {
    /** Longest banner kept in a finding. */
    static final int MAX_CHARS = 240;

    private Banner() {
    }

    /**
     * Keeps printable ASCII; drops Telnet IAC sequences and ANSI escape sequences; writes other
     * control and non-ASCII bytes as {@code ?}; folds line breaks and runs of blanks into one
     * space; cuts at {@link #MAX_CHARS} with an ellipsis.
     */
    static String clean(byte[] b, int len) {
        StringBuilder sb = new StringBuilder(Math.min(len, MAX_CHARS + 1));
        boolean space = false;
        for (int i = 0; i < len && sb.length() <= MAX_CHARS; i++) {
            int c = b[i] & 255;
            if (c == 255 && i + 1 < len) { // Telnet IAC: command (+ option)
                int cmd = b[i + 1] & 255;
                i += cmd >= 251 && cmd <= 254 ? 2 : 1;
                continue;
            }
            if (c == 27) { // ESC [ ... final byte
                i++;
                if (i < len && b[i] == '[') {
                    while (i + 1 < len && ((b[i + 1] & 255) < 0x40 || (b[i + 1] & 255) > 0x7e)) {
                        i++;
                    }
                    i++;
                }
                continue;
            }
            if (c == '\r' || c == '\n' || c == '\t' || c == ' ') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.append(c >= 0x20 && c < 0x7f ? (char) c : '?');
        }
        if (sb.length() > MAX_CHARS) {
            sb.setLength(MAX_CHARS - 1);
            sb.append('…');
        }
        return sb.toString();
    }
}
