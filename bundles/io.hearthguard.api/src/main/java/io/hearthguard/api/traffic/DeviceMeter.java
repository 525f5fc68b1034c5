package io.hearthguard.api.traffic;

import java.time.Instant;

/**
 * Traffic of one local device (by MAC) during one meter window. "Out" is traffic the
 * device sent, "in" traffic addressed to it. Delivered once per device with traffic when
 * each window closes (capture time).
 *
 * @param mac         the device MAC, 48 low bits
 * @param windowStart start of the window (inclusive)
 * @param windowEnd   end of the window (exclusive)
 */
public record DeviceMeter(long mac, Instant windowStart, Instant windowEnd, long bytesOut,
        long bytesIn, long packetsOut, long packetsIn) {
}
