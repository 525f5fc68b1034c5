package io.hearthguard.response.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseService;

/**
 * Decides what to do about a finding, per category; every policy is off unless configured.
 * Each action taken is announced by a finding (rule {@code response.*}, the cause's category
 * and severity, the same device) that says what was done and how to undo it, so it reaches
 * the family through the usual notification channels. Findings of rule {@code response.*}
 * are never acted on (no loops).
 */
final class PolicyEngine {
    private static final Logger LOG = Logger.getLogger(PolicyEngine.class.getName());
    static final String ACTOR_EAVESDROP = "policy:eavesdrop-quarantine";
    static final String ACTOR_THREAT_INTEL = "policy:threat-intel-block";
    static final String ACTOR_RELEASE = "policy:finding-looked-at";

    /** The configured policies. */
    record Settings(boolean quarantineOnEavesdrop, Severity eavesdropMinSeverity, long eavesdropMinCount, boolean blockThreatIntel,
            Severity threatIntelMinSeverity, boolean releaseWhenLookedAt) {
    }

    private final ResponseService response;
    private final Consumer<Finding> publish;
    private final Settings settings;

    PolicyEngine(ResponseService response, Consumer<Finding> publish, Settings settings) {
        this.response = response;
        this.publish = publish;
        this.settings = settings;
    }

    /** A finding was created or recurred. */
    void onFinding(StoredFinding stored) {
        Finding f = stored.finding();
        if (f.rule().startsWith("response.") || stored.state() != FindingState.OPEN || f.device() == null) {
            return;
        }
        DeviceRef d = f.device();
        if (d.mac() == null && d.ip() == null) {
            LOG.info("response policy: finding " + stored.id() + " names no MAC or address of its device; no action");
            return;
        }
        List<String> ips = d.ip() == null ? List.of() : List.of(d.ip());
        try {
            if (settings.quarantineOnEavesdrop() && f.category().equals(Categories.EAVESDROP)
                    && f.severity().atLeast(settings.eavesdropMinSeverity()) && stored.count() >= settings.eavesdropMinCount()) {
                if (alreadyQuarantined(d)) {
                    return;
                }
                ResponseAction a = response.quarantine(d.mac(), ips, new Origin(ACTOR_EAVESDROP, f.summary(), stored.id()));
                announce(stored, a, "response.quarantine", "Hearthguard quarantined " + name(d)
                        + ": it may reach only the gateway's DNS and DHCP until you acknowledge or resolve the finding ("
                        + f.summary() + ")");
            } else if (settings.blockThreatIntel() && f.category().equals(Categories.THREAT_INTEL)
                    && f.severity().atLeast(settings.threatIntelMinSeverity())) {
                Object indicator = f.evidence().get("indicator");
                if (!(indicator instanceof String dest)) {
                    LOG.info("response policy: threat-intel finding " + stored.id() + " has no indicator; no action");
                    return;
                }
                ResponseAction a = response.block(d.mac(), ips, dest, new Origin(ACTOR_THREAT_INTEL, f.summary(), stored.id()));
                announce(stored, a, "response.block", "Hearthguard blocked " + dest + " for " + name(d) + " ("
                        + String.join(", ", a.destinations()) + ") after: " + f.summary());
            }
        } catch (RuntimeException e) {
            // a bad indicator, a domain that does not resolve, or the gateway refusing: say so, keep going
            LOG.log(Level.WARNING, "response policy could not act on finding " + stored.id() + ": " + e.getMessage());
        }
    }

    /** A finding changed state: quarantines it caused end once the family has looked at it. */
    void onStateChanged(String findingId, FindingState state, StoredFinding stored) {
        if (!settings.releaseWhenLookedAt() || state == FindingState.OPEN) {
            return;
        }
        for (ResponseAction a : response.active()) {
            if (a.kind() == ResponseAction.Kind.QUARANTINE && findingId.equals(a.origin().findingId())
                    && a.origin().actor().startsWith("policy:")) {
                try {
                    response.undo(a.id(), ACTOR_RELEASE);
                    if (stored != null) {
                        Map<String, Object> ev = new LinkedHashMap<>();
                        ev.put("actionId", a.id());
                        ev.put("causeFindingId", findingId);
                        ev.put("causeState", state.id());
                        publish.accept(Finding.builder("response.released", stored.finding().category(), Severity.INFO)
                                .device(stored.finding().device())
                                .summary("Hearthguard released " + ResponseManager.who(a) + " from quarantine: the finding was "
                                        + state.id())
                                .evidence(ev).dedupKey(a.id()).source("io.hearthguard.response").build());
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "response policy could not release " + a.id() + ": " + e.getMessage());
                }
            }
        }
    }

    private boolean alreadyQuarantined(DeviceRef d) {
        return response.active().stream().anyMatch(a -> a.kind() == ResponseAction.Kind.QUARANTINE
                && ((d.mac() != null && d.mac().equalsIgnoreCase(String.valueOf(a.mac()))) || (d.ip() != null && a.deviceIps().contains(d.ip()))));
    }

    private void announce(StoredFinding cause, ResponseAction a, String rule, String summary) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("actionId", a.id());
        ev.put("kind", a.kind().name().toLowerCase());
        ev.put("causeFindingId", cause.id());
        List<String> undo = new ArrayList<>();
        undo.add("ResponseService.undo(\"" + a.id() + "\")");
        if (a.kind() == ResponseAction.Kind.QUARANTINE && settings.releaseWhenLookedAt()) {
            undo.add("acknowledge or resolve finding " + cause.id());
        }
        ev.put("undo", undo);
        if (!a.destinations().isEmpty()) {
            ev.put("destinations", a.destinations());
        }
        publish.accept(Finding.builder(rule, cause.finding().category(), cause.finding().severity()).device(cause.finding().device())
                .summary(summary).evidence(ev).dedupKey(a.id()).source("io.hearthguard.response").build());
    }

    private static String name(DeviceRef d) {
        String id = d.mac() != null ? d.mac() : d.ip();
        return d.name() != null && !d.name().equals(id) ? d.name() + " (" + id + ")" : id;
    }
}
