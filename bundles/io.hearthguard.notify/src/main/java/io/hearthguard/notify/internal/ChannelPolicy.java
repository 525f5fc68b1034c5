package io.hearthguard.notify.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.notify.Notification.Kind;

/**
 * What one channel wants: read from the channel's service properties (which DS fills from
 * its configuration). Immutable.
 *
 * @param minSeverity notifications below it are not sent
 * @param kinds       the kinds sent
 * @param quietStart  start of quiet hours, or null for none
 * @param quietEnd    end of quiet hours (exclusive); may be before the start (over midnight)
 * @param zone        the zone quiet hours are in
 * @param maxPerHour  most notifications admitted in any hour, 0 for no limit
 * @param infoFindings whether informational findings are notified; by default they are records — stored, listed in
 *                    the dashboard and by {@code analyze}, not pushed: every listening session of every speaker is one
 *                    ({@code eavesdrop.voice-session}, dozens a day per speaker). Device notifications are not findings
 *                    and are unaffected.
 */
public record ChannelPolicy(Severity minSeverity, Set<Kind> kinds, LocalTime quietStart, LocalTime quietEnd, ZoneId zone,
        int maxPerHour, boolean infoFindings) {

    /** Service property: minimum severity ({@code info} … {@code critical}); default info. */
    public static final String MIN_SEVERITY = "notify.minSeverity";
    /** Service property: {@code true} to notify informational findings too (new, recurring); default false. */
    public static final String INFO_FINDINGS = "notify.infoFindings";
    /** Service property: kinds to send (String or String[] of {@code finding, finding-update, …}); default all. */
    public static final String KINDS = "notify.kinds";
    /** Service property: quiet hours {@code HH:mm-HH:mm}; empty for none. */
    public static final String QUIET_HOURS = "notify.quietHours";
    /** Service property: zone of the quiet hours (e.g. {@code Europe/Berlin}); default the system zone. */
    public static final String QUIET_ZONE = "notify.quietHoursZone";
    /** Service property: most notifications per hour (0 = unlimited). */
    public static final String MAX_PER_HOUR = "notify.maxPerHour";

    /** Sends everything at once. */
    public static final ChannelPolicy ALL = new ChannelPolicy(Severity.INFO, EnumSet.allOf(Kind.class), null, null,
            ZoneId.systemDefault(), 0, true);

    /**
     * Reads a policy from service properties.
     *
     * @throws IllegalArgumentException naming the property and the accepted values
     */
    public static ChannelPolicy from(Map<String, ?> p) {
        Severity min = Severity.INFO;
        Object v = p.get(MIN_SEVERITY);
        if (v != null && !v.toString().isBlank()) {
            try {
                min = Severity.fromId(v.toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(MIN_SEVERITY + ": " + e.getMessage(), e);
            }
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        Object k = p.get(KINDS);
        String[] names = k == null ? new String[0] : k instanceof String[] a ? a : k.toString().split(",");
        for (String n : names) {
            if (n.isBlank()) {
                continue;
            }
            try {
                kinds.add(NotificationImpl.kindOf(n.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(KINDS + ": unknown kind '" + n.trim()
                        + "'; expected finding, finding-update, finding-state, digest, device", e);
            }
        }
        if (kinds.isEmpty()) {
            kinds = EnumSet.allOf(Kind.class);
        }
        LocalTime qs = null;
        LocalTime qe = null;
        Object q = p.get(QUIET_HOURS);
        if (q != null && !q.toString().isBlank()) {
            String[] parts = q.toString().trim().split("-");
            try {
                if (parts.length != 2) {
                    throw new DateTimeException("two times expected");
                }
                qs = LocalTime.parse(parts[0].trim());
                qe = LocalTime.parse(parts[1].trim());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(QUIET_HOURS + " must look like 22:00-07:00, not '" + q + "'", e);
            }
        }
        ZoneId zone = ZoneId.systemDefault();
        Object z = p.get(QUIET_ZONE);
        if (z != null && !z.toString().isBlank()) {
            try {
                zone = ZoneId.of(z.toString().trim());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(QUIET_ZONE + " is not a time zone id: '" + z + "'", e);
            }
        }
        int max = 0;
        Object m = p.get(MAX_PER_HOUR);
        if (m != null && !m.toString().isBlank()) {
            try {
                max = Integer.parseInt(m.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(MAX_PER_HOUR + " must be a whole number, not '" + m + "'", e);
            }
            if (max < 0 || max > 100_000) {
                throw new IllegalArgumentException(MAX_PER_HOUR + " must be between 0 and 100000, not " + max);
            }
        }
        Object inf = p.get(INFO_FINDINGS);
        boolean info = false;
        if (inf != null && !inf.toString().isBlank()) {
            String b = inf.toString().trim();
            if (!b.equalsIgnoreCase("true") && !b.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(INFO_FINDINGS + " must be true or false, not '" + inf + "'");
            }
            info = Boolean.parseBoolean(b);
        }
        return new ChannelPolicy(min, kinds, qs, qe, zone, max, info);
    }

    /** @return true when {@code at} falls in the quiet hours */
    public boolean quiet(Instant at) {
        if (quietStart == null || quietStart.equals(quietEnd)) {
            return false;
        }
        LocalTime t = at.atZone(zone).toLocalTime();
        return quietStart.isBefore(quietEnd) ? !t.isBefore(quietStart) && t.isBefore(quietEnd)
                : !t.isBefore(quietStart) || t.isBefore(quietEnd);
    }
}
