package io.hearthguard.discovery.internal;

/** Makes untrusted strings from the network safe to keep, show and match. */
public final class Text {
    /** Longest string kept from any observation. */
    public static final int MAX = 256;

    private Text() {
    }

    /**
     * Drops control, format (bidi overrides, zero-width) and unpaired surrogate characters,
     * collapses whitespace runs and cuts to {@code max} characters.
     *
     * @return the cleaned string, empty for null
     */
    public static String clean(String s, int max) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int limit = Math.min(s.length(), max * 4);
        StringBuilder b = new StringBuilder(Math.min(limit, max));
        boolean space = false;
        for (int i = 0; i < limit && b.length() < max; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b.length() + 2 > max) {
                    break;
                }
                b.append(c).append(s.charAt(++i));
                space = false;
                continue;
            }
            int type = Character.getType(c);
            if (Character.isSurrogate(c) || type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                if (Character.isWhitespace(c) && !space && b.length() > 0) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space && b.length() > 0) {
                    b.append(' ');
                    space = true;
                }
                continue;
            }
            b.append(c);
            space = false;
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    /** @return {@link #clean(String, int)} with {@link #MAX} */
    public static String clean(String s) {
        return clean(s, MAX);
    }
}
