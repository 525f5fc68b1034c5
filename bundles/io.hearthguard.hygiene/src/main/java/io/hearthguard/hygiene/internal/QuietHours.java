package io.hearthguard.hygiene.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The household's quiet hours for hygiene checks: {@code HH:MM-HH:MM} in the hub's time
 * zone, possibly across midnight ({@code 22:00-07:00}); empty for none. A check that falls
 * due inside waits until the window ends.
 */
record QuietHours(LocalTime from, LocalTime to) {
    static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("", text, 0);
            }
            QuietHours q = new QuietHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
            if (q.from.equals(q.to)) {
                throw new IllegalArgumentException("quietHours '" + text + "' starts and ends at the same time");
            }
            return q;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quietHours must look like 22:00-07:00, was '" + text + "'");
        }
    }

    /** @return how long from {@code now} until the quiet window ends; zero when outside it */
    Duration waitFrom(ZonedDateTime now) {
        if (from.equals(to)) {
            return Duration.ZERO;
        }
        LocalTime t = now.toLocalTime();
        boolean inside = from.isBefore(to) ? !t.isBefore(from) && t.isBefore(to) : !t.isBefore(from) || t.isBefore(to);
        if (!inside) {
            return Duration.ZERO;
        }
        ZonedDateTime end = now.with(to);
        if (!end.isAfter(now)) {
            end = end.plusDays(1);
        }
        return Duration.between(now, end);
    }
}
