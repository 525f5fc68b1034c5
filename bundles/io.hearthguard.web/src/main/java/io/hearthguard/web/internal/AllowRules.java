package io.hearthguard.web.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.platform.allow.AllowList;
import io.hearthguard.platform.store.Store;

/**
 * "This is normal for this device": allow rules made from a finding, scoped to one device
 * and one kind of finding (rule id), optionally to one destination (a host name or address
 * the finding's evidence names). Kept in the store (table {@code web_allow_rule}). A
 * matching finding is muted (never notified again) with the actor {@code allow:<id>}:
 * findings already open when the rule is made, and new ones as they arrive. A rule without a
 * destination is also backed by a mute rule of the findings bundle, so a new matching
 * finding is stored muted and never notified at all; a rule with a destination is applied
 * when the finding arrives, so its first notification may already be out (docs/web.md).
 */
final class AllowRules implements AllowList {
    static final String OWNER = "io.hearthguard.web.allow";
    static final int MAX_RULES = 500;
    /** Evidence members that name where a device talked to. */
    static final List<String> DESTINATION_KEYS = io.hearthguard.platform.allow.AllowingContext.DESTINATION_KEYS;
    private static final Pattern DESTINATION = Pattern.compile("[A-Za-z0-9.:_\\[\\]/-]{1,253}");
    private static final List<String> MIGRATIONS = List.of("CREATE TABLE IF NOT EXISTS web_allow_rule (id TEXT PRIMARY KEY, device TEXT NOT NULL,"
            + " rule TEXT NOT NULL, destination TEXT, mute_rule TEXT, reason TEXT NOT NULL, created TEXT NOT NULL, created_by TEXT NOT NULL)");

    record Rule(String id, String device, String rule, String destination, String muteRule, String reason, Instant created, String by) {
        boolean matches(Finding f) {
            if (!rule.equals(f.rule()) || f.device() == null || !device.equals(f.device().id())) {
                return false;
            }
            return destination == null || destinations(f).contains(destination.toLowerCase(Locale.ROOT));
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", id);
            m.put("device", device);
            m.put("rule", rule);
            m.put("destination", destination);
            m.put("reason", reason);
            m.put("created", created.toString());
            m.put("createdBy", by);
            return m;
        }
    }

    private final Store store;
    private final Map<String, Rule> rules = new ConcurrentHashMap<>();

    AllowRules(Store store) {
        this.store = store;
        store.migrate(OWNER, MIGRATIONS);
        store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, device, rule, destination, mute_rule, reason, created, created_by FROM web_allow_rule")) {
                while (rs.next()) {
                    Rule r = new Rule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            Instant.parse(rs.getString(7)), rs.getString(8));
                    rules.put(r.id(), r);
                }
            }
            return null;
        });
    }

    /** The destinations a finding's evidence names, lower case (at most 64): the ones the protections compare with. */
    static List<String> destinations(Finding f) {
        return io.hearthguard.platform.allow.AllowingContext.destinations(f);
    }

    static String checkDestination(String d) {
        if (d == null || d.isBlank()) {
            return null;
        }
        if (!DESTINATION.matcher(d.strip()).matches()) {
            throw Problem.badRequest("'destination' is a host name or address (letters, digits, . : - _ / [ ]), at most 253 characters");
        }
        return d.strip().toLowerCase(Locale.ROOT);
    }

    List<Rule> list() {
        return rules.values().stream().sorted((a, b) -> a.created().compareTo(b.created())).toList();
    }

    Optional<Rule> matching(Finding f) {
        return rules.values().stream().filter(r -> r.matches(f)).findFirst();
    }

    Optional<Rule> get(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    Rule add(String device, String rule, String destination, String muteRule, String reason, String by) {
        for (Rule r : rules.values()) {
            if (r.device().equals(device) && r.rule().equals(rule) && java.util.Objects.equals(r.destination(), destination)) {
                return r; // the same rule twice is one rule
            }
        }
        if (rules.size() >= MAX_RULES) {
            throw Problem.badRequest("at most " + MAX_RULES + " allow rules can exist; remove some in Settings first");
        }
        Rule r = new Rule("a-" + UUID.randomUUID().toString().substring(0, 13), device, rule, destination, muteRule, reason, Instant.now(), by);
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO web_allow_rule(id, device, rule, destination, mute_rule, reason, created, created_by)"
                    + " VALUES (?,?,?,?,?,?,?,?)")) {
                ps.setString(1, r.id());
                ps.setString(2, device);
                ps.setString(3, rule);
                ps.setString(4, destination);
                ps.setString(5, muteRule);
                ps.setString(6, reason);
                ps.setString(7, r.created().toString());
                ps.setString(8, by);
                ps.executeUpdate();
            }
            return null;
        });
        rules.put(r.id(), r);
        return r;
    }

    Optional<Rule> remove(String id) {
        Rule r = rules.get(id);
        if (r == null) {
            return Optional.empty();
        }
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_allow_rule WHERE id = ?")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
            return null;
        });
        rules.remove(id);
        return Optional.of(r);
    }

    /** The platform contract the protections read: a rule for this device and rule id, for any destination or for this one. */
    @Override
    public boolean allows(String deviceId, String rule, String destination) {
        for (Rule r : rules.values()) {
            if (r.device().equals(deviceId) && r.rule().equals(rule)
                    && (r.destination() == null || destination != null && r.destination().equalsIgnoreCase(destination))) {
                return true;
            }
        }
        return false;
    }

    /** The rules about one device (for forgetting it). */
    List<Rule> ofDevice(String device) {
        return rules.values().stream().filter(r -> r.device().equals(device)).toList();
    }
}
