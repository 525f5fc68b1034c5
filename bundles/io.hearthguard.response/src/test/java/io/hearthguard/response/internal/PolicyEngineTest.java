package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.api.response.ResponseAction;

/**
 * Policies acting through the real response component, whose nft runs in a network
 * namespace the test creates (the packet-level effect of the rules is GatewayNetnsTest's
 * job). The findings are values built here; what the engine publishes is collected.
 */
class PolicyEngineTest {
    private static final DeviceRef SPEAKER = new DeviceRef("dev-1", "02:00:00:00:00:01", "10.213.1.7", "Kitchen speaker");

    @TempDir
    Path data;
    NetnsLab.Gateway gateway;
    ResponseComponent response;
    final List<Finding> published = new ArrayList<>();

    record Stored(String id, Finding finding, long count, FindingState state) implements StoredFinding {
        public Instant firstSeen() {
            return finding.start();
        }

        public Instant lastSeen() {
            return finding.end();
        }

        public Instant updated() {
            return finding.end();
        }
    }

    @BeforeEach
    void up() throws Exception {
        gateway = new NetnsLab.Gateway("pol");
        response = gateway.component(data.resolve("response"));
    }

    @AfterEach
    void down() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private PolicyEngine engine(boolean eavesdrop, boolean intel) {
        return new PolicyEngine(response, published::add,
                new PolicyEngine.Settings(eavesdrop, Severity.HIGH, 1, intel, Severity.HIGH, true));
    }

    private static Stored eavesdrop(String id, Severity sev) {
        return new Stored(id, Finding.builder("eavesdrop.long-listening", Categories.EAVESDROP, sev).device(SPEAKER)
                .summary("Kitchen speaker kept listening without a spoken answer").build(), 1, FindingState.OPEN);
    }

    private static Stored intel(String id, String indicator) {
        return new Stored(id, Finding.builder("threatintel.contact", Categories.THREAT_INTEL, Severity.HIGH).device(SPEAKER)
                .summary("Kitchen speaker contacted " + indicator).evidence(Map.of("indicator", indicator)).build(), 1, FindingState.OPEN);
    }

    @Test
    void givenPoliciesOff_whenFindingsArrive_thenNothingIsDone() {
        PolicyEngine off = engine(false, false);
        off.onFinding(eavesdrop("f-1", Severity.CRITICAL));
        off.onFinding(intel("f-2", "203.0.113.9"));
        assertEquals(List.of(), response.active());
        assertEquals(List.of(), published);
    }

    @Test
    void givenEavesdropPolicy_whenAHighFindingArrives_thenTheSpeakerIsQuarantinedAnnouncedAndReleasedWhenAcknowledged() {
        PolicyEngine p = engine(true, false);
        p.onFinding(eavesdrop("f-low", Severity.MEDIUM));
        assertEquals(List.of(), response.active(), "a medium finding is below the configured severity");

        Stored cause = eavesdrop("f-1", Severity.HIGH);
        p.onFinding(cause);
        p.onFinding(cause); // a recurrence does not quarantine twice

        assertEquals(1, response.active().size());
        ResponseAction q = response.active().get(0);
        assertEquals(ResponseAction.Kind.QUARANTINE, q.kind());
        assertEquals(SPEAKER.mac(), q.mac());
        assertEquals("f-1", q.origin().findingId());
        assertTrue(response.listTable().contains(SPEAKER.mac()));
        assertEquals(1, published.size());
        Finding note = published.get(0);
        assertEquals("response.quarantine", note.rule());
        assertEquals(Categories.EAVESDROP, note.category());
        assertTrue(note.summary().startsWith("Hearthguard quarantined Kitchen speaker (02:00:00:00:00:01)"), note.summary());
        assertTrue(note.evidence().get("undo").toString().contains(q.id()), note.evidence().toString());

        p.onFinding(new Stored("f-x", note, 1, FindingState.OPEN)); // its own announcement is never acted on
        assertEquals(1, response.active().size());

        p.onStateChanged("f-1", FindingState.ACKNOWLEDGED, cause);

        assertEquals(List.of(), response.active());
        assertEquals(null, response.listTable());
        assertEquals("response.released", published.get(1).rule());
        assertEquals(PolicyEngine.ACTOR_RELEASE, response.audit(1).get(0).actor());
    }

    @Test
    void givenThreatIntelPolicy_whenADeviceContactsAListedAddress_thenItIsBlockedForThatDeviceOnly() {
        PolicyEngine p = engine(false, true);
        p.onFinding(intel("f-2", "203.0.113.9"));

        ResponseAction b = response.active().get(0);
        assertEquals(ResponseAction.Kind.BLOCK, b.kind());
        assertEquals(List.of("203.0.113.9"), b.destinations());
        assertEquals(SPEAKER.mac(), b.mac());
        assertEquals("response.block", published.get(0).rule());

        p.onStateChanged("f-2", FindingState.RESOLVED, intel("f-2", "203.0.113.9"));
        assertEquals(1, response.active().size(), "blocks stay until undone explicitly");

        p.onFinding(intel("f-3", "not a destination; flush ruleset"));
        assertEquals(1, response.active().size(), "a malformed indicator is refused");
    }

    @Test
    void givenABadPolicyConfiguration_whenActivated_thenItFailsNamingTheProperty() {
        ResponsePolicies.Config c = Configs.of(ResponsePolicies.Config.class, Map.of("eavesdropMinSeverity", "low"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ResponsePolicies(c, response, null));
        assertTrue(e.getMessage().contains("eavesdropMinSeverity"), e.getMessage());
    }
}
