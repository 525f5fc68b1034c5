package io.hearthguard.notify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.notify.Notification.Kind;
import io.hearthguard.findings.FindingChange;

/** Turns finding changes, held notifications and device changes into notifications. Thread-safe. */
public final class NotificationFactory {

    /** Most evidence members listed in a body. */
    static final int MAX_EVIDENCE_LINES = 40;
    /** Longest rendered evidence value in a body. */
    static final int MAX_EVIDENCE_VALUE = 300;
    /** Most items listed in a digest. */
    static final int MAX_DIGEST_ITEMS = 100;

    private final String dashboardUrl;

    /** @param dashboardUrl base URL of the dashboard for links, or empty for none */
    public NotificationFactory(String dashboardUrl) {
        String u = dashboardUrl == null ? "" : dashboardUrl.trim();
        this.dashboardUrl = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /** @return the stable notification id of a journal entry */
    public static String idOf(FindingChange c) {
        return "n" + c.seq() + "-" + c.finding().id();
    }

    /**
     * @return the notification for a journal entry, or null when it is not notified (muted
     *         findings, recurrences of findings nobody needs to hear about again)
     */
    public NotificationImpl fromChange(FindingChange c) {
        StoredFinding s = c.finding();
        Kind kind;
        switch (c.type()) {
            case CREATED -> kind = s.state() == FindingState.OPEN ? Kind.FINDING : null;
            case UPDATED -> kind = s.state() == FindingState.OPEN ? Kind.FINDING_UPDATE : null;
            default -> kind = s.state() == FindingState.OPEN ? Kind.FINDING : Kind.FINDING_STATE;
        }
        if (kind == null) {
            return null;
        }
        Finding f = s.finding();
        String who = deviceName(f.device());
        String title = switch (kind) {
            case FINDING -> "[" + f.severity().name() + "] " + who + ": " + f.summary();
            case FINDING_UPDATE -> "[" + f.severity().name() + "] again (" + s.count() + "x) " + who + ": " + f.summary();
            default -> "Finding " + s.state().id() + (c.actor() == null ? "" : " by " + c.actor()) + ": " + f.summary();
        };
        Map<String, Object> extra = new LinkedHashMap<>();
        String link = link(s.id());
        if (link != null) {
            extra.put("link", link);
        }
        if (c.type() == FindingChange.Type.STATE_CHANGED) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("previousState", c.previousState() == null ? null : c.previousState().id());
            change.put("state", s.state().id());
            change.put("actor", c.actor());
            extra.put("change", change);
        }
        return NotificationImpl.create(idOf(c), kind, c.at(), f.severity(), truncate(title, 300), body(s, c, link), s,
                f.device() == null ? null : f.device().id(), List.of(), extra);
    }

    private String link(String findingId) {
        return dashboardUrl.isEmpty() ? null : dashboardUrl + "/#/findings/" + findingId;
    }

    static String deviceName(DeviceRef d) {
        if (d == null) {
            return "Home";
        }
        return d.name() != null ? d.name() : d.ip() != null ? d.ip() : d.mac() != null ? d.mac() : d.id();
    }

    static String body(StoredFinding s, FindingChange c, String link) {
        Finding f = s.finding();
        StringBuilder b = new StringBuilder();
        b.append(f.severity().name()).append(": ").append(f.summary()).append("\n\n");
        line(b, "Device", f.device() == null ? "the whole home" : describe(f.device()));
        line(b, "Rule", f.rule() + " (" + f.category() + ")");
        line(b, "State", s.state().id() + (c.actor() == null ? "" : " (by " + c.actor() + ")"));
        line(b, "Seen", s.count() + (s.count() == 1 ? " time" : " times") + ", first " + s.firstSeen() + ", last " + s.lastSeen());
        line(b, "Source", f.source());
        line(b, "Finding id", s.id());
        if (!f.evidence().isEmpty()) {
            b.append("\nEvidence:\n");
            int n = 0;
            for (Map.Entry<String, Object> e : f.evidence().entrySet()) {
                if (++n > MAX_EVIDENCE_LINES) {
                    b.append("  … and ").append(f.evidence().size() - MAX_EVIDENCE_LINES).append(" more\n");
                    break;
                }
                b.append("  ").append(e.getKey()).append(": ").append(render(e.getValue())).append('\n');
            }
        }
        if (link != null) {
            b.append("\nOpen in the dashboard: ").append(link).append('\n');
        }
        return b.toString();
    }

    private static String describe(DeviceRef d) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {d.id(), d.mac(), d.ip()}) {
            if (p != null) {
                parts.add(p);
            }
        }
        return deviceName(d) + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(label).append(':').append(" ".repeat(Math.max(1, 12 - label.length()))).append(value).append('\n');
    }

    private static String render(Object v) {
        String s;
        if (v instanceof String str) {
            s = str;
        } else {
            try {
                s = NotificationImpl.MAPPER.writeValueAsString(v);
            } catch (JsonProcessingException e) {
                s = String.valueOf(v);
            }
        }
        // one line per member, and no control characters from the evidence in mails or logs
        s = s.replaceAll("\\p{Cntrl}", " ");
        return truncate(s, MAX_EVIDENCE_VALUE);
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** What a digest keeps of one held-back notification (the rest is dropped at once). */
    public record Held(String id, Kind kind, Severity severity, String title, String findingId, Instant created) {
        /** @return the summary of a notification */
        public static Held of(NotificationImpl n) {
            return new Held(n.id(), n.kind(), n.severity(), n.title(), n.finding().map(StoredFinding::id).orElse(null), n.created());
        }
    }

    /**
     * @param channel  the channel the digest is for
     * @param held     the notifications held back, oldest first
     * @param overflow how many more were held back than could be kept
     */
    public NotificationImpl digest(String channel, long firstRow, long lastRow, List<Held> held, long overflow,
            Instant now) {
        Severity max = Severity.INFO;
        LinkedHashSet<String> findings = new LinkedHashSet<>();
        List<Map<String, Object>> items = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        long total = held.size() + overflow;
        body.append(total).append(total == 1 ? " notification was" : " notifications were")
                .append(" held back by quiet hours or the rate limit:\n\n");
        for (Held n : held) {
            if (n.severity().compareTo(max) > 0) {
                max = n.severity();
            }
            if (n.findingId() != null) {
                findings.add(n.findingId());
            }
            if (items.size() < MAX_DIGEST_ITEMS) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", n.id());
                item.put("kind", NotificationImpl.kindId(n.kind()));
                item.put("severity", n.severity().id());
                item.put("title", n.title());
                if (n.findingId() != null) {
                    item.put("findingId", n.findingId());
                }
                items.add(item);
                body.append("- ").append(n.created()).append(' ').append(n.title()).append('\n');
            }
        }
        if (total > items.size()) {
            body.append("- … and ").append(total - items.size()).append(" more\n");
        }
        if (!dashboardUrl.isEmpty()) {
            body.append("\nOpen in the dashboard: ").append(dashboardUrl).append("/#/findings\n");
        }
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("count", total);
        digest.put("items", items);
        return NotificationImpl.create("d-" + channel + "-" + firstRow + "-" + lastRow, Kind.DIGEST, now, max,
                "Digest: " + total + " held-back notification" + (total == 1 ? "" : "s"), body.toString(), null, null,
                List.copyOf(findings), Map.of("digest", digest));
    }

    /**
     * A device notification.
     *
     * @param event  added, changed, online, offline or removed
     * @param device the device members for the payload (id, name, type, …); id required
     */
    public NotificationImpl device(String id, String event, Map<String, Object> device, Instant now) {
        String deviceId = (String) device.get("id");
        String name = device.get("name") == null ? deviceId : device.get("name").toString();
        String title = "Device " + name + " " + switch (event) {
            case "added" -> "joined the network";
            case "online" -> "came online";
            case "offline" -> "went offline";
            case "removed" -> "was removed";
            default -> "changed";
        };
        StringBuilder body = new StringBuilder(title).append("\n\n");
        device.forEach((k, v) -> line(body, k, render(v)));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("event", event);
        extra.put("device", device);
        return NotificationImpl.create(id, Kind.DEVICE, now, "added".equals(event) ? Severity.LOW : Severity.INFO, title,
                body.toString(), null, deviceId, List.of(), extra);
    }
}
