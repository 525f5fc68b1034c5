package io.hearthguard.deploy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import io.hearthguard.platform.protection.ProtectionStatus;
import io.hearthguard.platform.protection.ProtectionStatusService;

/**
 * The check after a bundle was installed or updated and started: its DS components active
 * within a bound, then, over a short observation, its protections (as the protection host
 * reports them) not quarantined, without exceptions and within the cost budget per event.
 */
final class HealthCheck {

    /**
     * @param activeWithinMillis how long components may take to become active
     * @param observeMillis      how long the bundle is watched after that
     * @param maxMicrosPerEvent  the mean cost of one event a protection may reach
     */
    record Settings(long activeWithinMillis, long observeMillis, long maxMicrosPerEvent) {
    }

    /** Events a protection must have handled in the observation before its cost per event is judged. */
    static final long MIN_EVENTS = 100;

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Supplier<ProtectionStatusService> status;

    HealthCheck(BundleContext context, ServiceComponentRuntime scr, Supplier<ProtectionStatusService> status) {
        this.context = context;
        this.scr = scr;
        this.status = status;
    }

    /** @return empty when healthy, else why not (for people) */
    String check(Bundle b, Settings s) throws InterruptedException {
        String components = components(b, s.activeWithinMillis());
        if (!components.isEmpty()) {
            return components;
        }
        // watched throughout the window, not only at its end: a protection quarantined in the
        // first milliseconds is rolled back then, not a window later
        long end = System.nanoTime() + s.observeMillis() * 1_000_000;
        while (true) {
            String problem = judge(b, s);
            long left = end - System.nanoTime();
            if (!problem.isEmpty() || left <= 0) {
                return problem;
            }
            Thread.sleep(Math.max(1, Math.min(WATCH_MILLIS, left / 1_000_000)));
        }
    }

    /** How often a bundle is looked at during its observation. */
    static final long WATCH_MILLIS = 50;

    private String judge(Bundle b, Settings s) {
        if (b.getState() != Bundle.ACTIVE) {
            return "the bundle stopped during its health check";
        }
        ProtectionStatusService p = status.get();
        if (p == null) {
            return ""; // no protection host in this hub: nothing runs the bundle's protections
        }
        for (ProtectionStatus st : p.protections()) {
            if (!ownedBy(st.serviceId(), b)) {
                continue;
            }
            if (st.state() == ProtectionStatus.State.QUARANTINED) {
                return "protection " + st.name() + " was quarantined during its health check: " + st.reason();
            }
            if (st.failures() > 0) {
                return "protection " + st.name() + " threw " + st.failures() + " times during its health check";
            }
            long micros = st.costNanosPerEvent() / 1_000;
            // the first events of a new revision pay for class loading and a cold JIT: a mean over a
            // handful says nothing (3 events once averaged 14.6 ms on a loaded machine), so judge from MIN_EVENTS on
            if (st.eventsHandled() >= MIN_EVENTS && micros > s.maxMicrosPerEvent()) {
                return "protection " + st.name() + " took " + micros + " µs per event over " + st.eventsHandled()
                        + " events, more than the budget of " + s.maxMicrosPerEvent() + " µs";
            }
        }
        return "";
    }

    /**
     * What a passed check could judge, for the verdict people read: a protection that received no
     * event while it was watched was judged on its activation alone (it may still fail on traffic).
     */
    String passedNote(Bundle b) {
        ProtectionStatusService p = status.get();
        long events = 0;
        int protections = 0;
        if (p != null) {
            for (ProtectionStatus st : p.protections()) {
                if (ownedBy(st.serviceId(), b)) {
                    protections++;
                    events += st.eventsHandled();
                }
            }
        }
        if (protections == 0) {
            return "health check passed (its components are active; it runs no protection yet)";
        }
        if (events == 0) {
            return "health check passed on activation only (no traffic reached its protections while it was watched; "
                    + "one that fails on traffic is quarantined later, see /api/health)";
        }
        return "health check passed (" + events + " events handled without a failure)";
    }

    private boolean ownedBy(long serviceId, Bundle b) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            return refs != null && refs[0].getBundle() != null && refs[0].getBundle().getBundleId() == b.getBundleId();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until every enabled component of the bundle is active. A component that failed to
     * activate fails at once; one still unsatisfied at the bound fails; one that is
     * satisfied but not activated (a delayed service nobody uses yet) passes at the bound,
     * as does one waiting for a configuration it requires.
     */
    private String components(Bundle b, long withinMillis) throws InterruptedException {
        long end = System.nanoTime() + withinMillis * 1_000_000;
        while (true) {
            List<String> waiting = new ArrayList<>();
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (!scr.isComponentEnabled(d)) {
                    continue;
                }
                Collection<ComponentConfigurationDTO> configs = scr.getComponentConfigurationDTOs(d);
                for (ComponentConfigurationDTO c : configs) {
                    switch (c.state) {
                        case ComponentConfigurationDTO.FAILED_ACTIVATION:
                            return "component " + d.name + " failed to activate: " + cause(c.failure);
                        case ComponentConfigurationDTO.ACTIVE:
                            break;
                        case ComponentConfigurationDTO.SATISFIED:
                            waiting.add(d.name + " (satisfied, not activated yet)");
                            break;
                        default:
                            waiting.add(d.name + " (" + unsatisfied(c) + ")");
                    }
                }
                if (configs.isEmpty() && !"require".equals(d.configurationPolicy)) {
                    waiting.add(d.name + " (no configuration)");
                }
            }
            if (waiting.isEmpty()) {
                return "";
            }
            if (System.nanoTime() > end) {
                List<String> bad = waiting.stream().filter(w -> !w.endsWith("(satisfied, not activated yet)")).toList();
                return bad.isEmpty() ? "" : "not active within " + withinMillis + " ms: " + String.join(", ", bad);
            }
            Thread.sleep(20);
        }
    }

    private static String unsatisfied(ComponentConfigurationDTO c) {
        if (c.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
            return "missing configuration";
        }
        if (c.unsatisfiedReferences != null && c.unsatisfiedReferences.length > 0) {
            List<String> names = new ArrayList<>();
            for (var r : c.unsatisfiedReferences) {
                names.add(r.name + " " + r.target);
            }
            return "missing " + String.join(", ", names);
        }
        return "state " + c.state;
    }

    /**
     * @return what made a component fail, from SCR's stack trace text: its innermost "Caused by"
     *         (SCR wraps a constructor's or an activate method's exception in an
     *         InvocationTargetException, whose own line says nothing), else the first line
     */
    static String cause(String failure) {
        if (failure == null) {
            return "(no reason given)";
        }
        String last = null;
        for (String line : failure.split("\n")) {
            String t = line.strip();
            if (t.startsWith("Caused by: ")) {
                last = t.substring("Caused by: ".length());
            }
        }
        return last != null ? firstLine(last) : firstLine(failure);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "(no reason given)";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 500 ? line.substring(0, 500) + "…" : line.strip();
    }
}
