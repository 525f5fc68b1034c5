package io.hearthguard.hygiene.internal;

/**
 * The traffic bounds of one check, validated once.
 *
 * @param connectTimeoutMillis longest wait for a TCP connect
 * @param readMillis           longest time spent reading one answer (a banner, a reply),
 *                             counted from the first read: a server that drips bytes slowly
 *                             is cut at this time, not re-armed by every byte
 * @param maxBytes             most bytes read from one answer; the rest is not read
 */
public record Limits(int connectTimeoutMillis, int readMillis, int maxBytes) {
    public Limits {
        if (connectTimeoutMillis < 50 || connectTimeoutMillis > 30_000) {
            throw new IllegalArgumentException("connectTimeoutMillis must be 50 to 30000: " + connectTimeoutMillis);
        }
        if (readMillis < 50 || readMillis > 30_000) {
            throw new IllegalArgumentException("bannerMillis must be 50 to 30000: " + readMillis);
        }
        if (maxBytes < 16 || maxBytes > 65_536) {
            throw new IllegalArgumentException("bannerBytes must be 16 to 65536: " + maxBytes);
        }
    }

    /** @throws IllegalArgumentException naming the option when {@code value} is outside min..max */
    static void requireWithin(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be " + min + " to " + max + ": " + value);
        }
    }
}
