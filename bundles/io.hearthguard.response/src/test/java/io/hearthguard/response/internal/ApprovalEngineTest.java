package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.response.ResponseAction;

/** New-device approval through the real response component (nft in a namespace the test creates). */
class ApprovalEngineTest {
    private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

    @TempDir
    Path data;
    NetnsLab.Gateway gateway;
    ResponseComponent response;
    final List<Finding> published = new ArrayList<>();

    @BeforeEach
    void up() throws Exception {
        gateway = new NetnsLab.Gateway("apr");
        response = gateway.component(data.resolve("response"));
    }

    @AfterEach
    void down() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private ApprovalEngine at(Instant now) throws IOException {
        return new ApprovalEngine(response, published::add, Clock.fixed(now, ZoneOffset.UTC), data.resolve("response"), Duration.ofMinutes(60));
    }

    @Test
    void givenTheLearningPeriod_whenDevicesJoin_thenTheyAreTrustedAndAfterItNewOnesAreHeldUntilApproved() throws IOException {
        at(T0).onDeviceAdded("dev-1", "02:00:00:00:00:11", List.of("10.213.1.11"), "Laptop");
        assertEquals(List.of(), response.active(), "a device seen while learning is trusted");

        // a restart after the period does not start a new one: the start is kept on disk
        ApprovalEngine later = at(T0.plus(Duration.ofMinutes(61)));
        assertEquals(T0.plus(Duration.ofMinutes(60)), later.learningEnds());
        later.onDeviceAdded("dev-2", "02:00:00:00:00:12", List.of("10.213.1.12"), "Unknown camera");

        ResponseAction held = response.active().get(0);
        assertEquals(ResponseAction.Kind.QUARANTINE, held.kind());
        assertEquals("02:00:00:00:00:12", held.mac());
        assertEquals(ApprovalEngine.ACTOR, held.origin().actor());
        assertTrue(response.listTable().contains("02:00:00:00:00:12"));
        Finding note = published.get(0);
        assertEquals(Categories.NEW_DEVICE, note.category());
        assertTrue(note.summary().contains("held in quarantine") && note.summary().contains("Unknown camera"), note.summary());
        assertTrue(note.evidence().get("undo").toString().contains(held.id()));

        response.undo(held.id(), "dashboard:alice"); // approval
        assertEquals(List.of(), response.active());
        assertEquals(null, response.listTable());
    }

    @Test
    void givenADamagedLearningFile_whenStarting_thenTheErrorNamesIt() throws IOException {
        Files.createDirectories(data.resolve("response"));
        Files.writeString(data.resolve("response/approval.since"), "yesterday\n");
        IOException e = assertThrows(IOException.class, () -> at(T0));
        assertTrue(e.getMessage().contains("approval.since"), e.getMessage());
    }
}
