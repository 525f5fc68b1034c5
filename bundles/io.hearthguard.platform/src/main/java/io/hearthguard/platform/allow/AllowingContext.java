package io.hearthguard.platform.allow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.protection.ProtectionContext;

/**
 * A protection's context that leaves out the findings the family said are normal: a
 * protection hands it to its detector instead of the host's context, and a finding whose
 * device, rule and destination an {@link AllowList} rule covers is not raised at all. Every
 * other call goes to the host's context unchanged.
 *
 * <p>A finding is allowed when a rule for its device id and rule id has no destination, or
 * names one of the destinations the finding's evidence gives under {@link #DESTINATION_KEYS}
 * (the same ones the dashboard offers when the family makes the rule). A finding without a
 * device id is never allowed. Without an allow list (the dashboard is not running) nothing is
 * left out.
 *
 * <p>Threading: as the context it wraps; {@link #publish} asks the allow list, which answers
 * from memory. Keep one per host context ({@link Cache}): no allocation per event.
 *
 * @since 1.1.0
 */
public final class AllowingContext implements ProtectionContext {

    /** Evidence keys whose values (a string or a list of strings) name a finding's destinations. */
    public static final List<String> DESTINATION_KEYS = List.of("remote", "remotes", "indicator", "host", "domain");
    /** Most destinations read from one finding. */
    public static final int MAX_DESTINATIONS = 64;

    private final ProtectionContext host;
    private final Supplier<AllowList> allow;

    /**
     * @param host  the host's context
     * @param allow the allow list now, or null while there is none (asked at each publish)
     */
    public AllowingContext(ProtectionContext host, Supplier<AllowList> allow) {
        this.host = Objects.requireNonNull(host, "host");
        this.allow = Objects.requireNonNull(allow, "allow");
    }

    /**
     * For a protection: keeps the wrapper of the host's context (the host hands the same one
     * to every call), so wrapping costs nothing per event.
     */
    public static final class Cache {
        private final Supplier<AllowList> allow;
        private volatile AllowingContext last;

        /** @param allow the allow list now, or null while there is none */
        public Cache(Supplier<AllowList> allow) {
            this.allow = Objects.requireNonNull(allow, "allow");
        }

        /** @return a context over {@code host} that leaves out what the family said is normal */
        public ProtectionContext over(ProtectionContext host) {
            AllowingContext a = last;
            if (a == null || a.host != host) {
                a = new AllowingContext(host, allow);
                last = a;
            }
            return a;
        }
    }

    /** @return the context this one wraps */
    public ProtectionContext host() {
        return host;
    }

    /** Raises the finding through the host unless the family said it is normal. */
    @Override
    public void publish(Finding finding) {
        if (!allowed(allow.get(), finding)) {
            host.publish(finding);
        }
    }

    /**
     * @param list the allow list, or null
     * @return true when {@code list} covers the finding's device, rule and (no or one of its) destinations
     */
    public static boolean allowed(AllowList list, Finding f) {
        if (list == null || f.device() == null || f.device().id() == null) {
            return false;
        }
        String device = f.device().id();
        if (list.allows(device, f.rule(), null)) {
            return true;
        }
        for (String d : destinations(f)) {
            if (list.allows(device, f.rule(), d)) {
                return true;
            }
        }
        return false;
    }

    /** @return the destinations the finding's evidence names, lower case, at most {@value #MAX_DESTINATIONS} */
    public static List<String> destinations(Finding f) {
        List<String> out = new ArrayList<>();
        for (String k : DESTINATION_KEYS) {
            Object v = f.evidence().get(k);
            Collection<?> values = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
            for (Object o : values) {
                if (o instanceof String s && !s.isBlank() && out.size() < MAX_DESTINATIONS) {
                    String d = s.toLowerCase(Locale.ROOT);
                    if (!out.contains(d)) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    @Override
    public Instant now() {
        return host.now();
    }

    @Override
    public boolean live() {
        return host.live();
    }

    @Override
    public DeviceInventory inventory() {
        return host.inventory();
    }

    @Override
    public FindingService findings() {
        return host.findings();
    }
}
