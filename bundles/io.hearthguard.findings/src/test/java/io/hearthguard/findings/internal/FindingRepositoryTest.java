package io.hearthguard.findings.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.store.internal.SqliteStore;

class FindingRepositoryTest {

    @TempDir
    Path dir;
    SqliteStore store;
    FindingRepository repo;

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final DeviceRef ECHO = new DeviceRef("d-echo", "44:65:0d:00:00:01", "192.168.1.20", "Kitchen Echo");

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("db"), "NORMAL");
        repo = new FindingRepository(store, Duration.ofHours(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Finding upload(Instant at, Severity s, String key) {
        return Finding.builder("upload.abnormal", Categories.ABNORMAL_UPLOAD, s).device(ECHO).span(at, at.plusSeconds(60))
                .summary("Kitchen Echo sent 40 MB to " + key).evidence(Map.of("bytes", 40_000_000, "remote", key,
                        "timeline", List.of(Map.of("t", at, "up", 1.5))))
                .dedupKey(key).source("test").build();
    }

    @Test
    void repeatsWithinTheWindowMergeIntoOneFindingWithACount() {
        StoredFinding a = repo.publish(upload(T0, Severity.MEDIUM, "cdn.example")).stored();
        FindingRepository.Outcome b = repo.publish(upload(T0.plusSeconds(600), Severity.HIGH, "cdn.example"));
        assertFalse(b.created());
        assertEquals(a.id(), b.stored().id());
        assertEquals(2, b.stored().count());
        StoredFinding back = repo.get(a.id()).orElseThrow();
        assertEquals(2, back.count());
        assertEquals(T0, back.firstSeen());
        assertEquals(T0.plusSeconds(660), back.lastSeen());
        assertEquals(Severity.HIGH, back.finding().severity());
        assertEquals(40_000_000L, back.finding().evidence().get("bytes"));
    }

    @Test
    void anotherKeyOrAnOccurrenceAfterTheWindowIsANewFinding() {
        String a = repo.publish(upload(T0, Severity.MEDIUM, "cdn.example")).stored().id();
        String b = repo.publish(upload(T0, Severity.MEDIUM, "other.example")).stored().id();
        String c = repo.publish(upload(T0.plus(Duration.ofHours(3)), Severity.MEDIUM, "cdn.example")).stored().id();
        assertNotEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(3, repo.query(FindingFilter.all()).size());
    }

    @Test
    void queriesFilterByDeviceCategoryAndSeverity() {
        repo.publish(upload(T0, Severity.LOW, "a"));
        repo.publish(upload(T0, Severity.HIGH, "b"));
        repo.publish(Finding.builder("net.new-device", Categories.NEW_DEVICE, Severity.INFO).span(T0, null)
                .summary("A new device joined").source("test").build());
        assertEquals(1, repo.query(FindingFilter.all().withMinSeverity(Severity.HIGH)).size());
        assertEquals(2, repo.query(FindingFilter.all().withDevice("d-echo")).size());
        assertEquals(1, repo.query(FindingFilter.all().withCategories(Set.of(Categories.NEW_DEVICE))).size());
        assertEquals(0, repo.query(FindingFilter.all().withCategories(Set.of())).size());
        List<StoredFinding> all = repo.query(FindingFilter.all());
        assertTrue(all.get(0).lastSeen().compareTo(all.get(2).lastSeen()) >= 0);
    }

    @Test
    void oversizedOrMalformedFindingsAreRejectedWithTheLimitNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Finding
                .builder("Bad Rule", Categories.EAVESDROP, Severity.LOW).summary("x").build());
        assertTrue(e.getMessage().contains("rule id"), e.getMessage());
        Object deep = "leaf";
        for (int i = 0; i < 20; i++) {
            deep = Map.of("k", deep);
        }
        Object tooDeep = deep;
        e = assertThrows(IllegalArgumentException.class, () -> Finding.builder("r", Categories.EAVESDROP, Severity.LOW)
                .summary("x").evidence(Map.of("deep", tooDeep)).build());
        assertTrue(e.getMessage().contains("nested deeper"), e.getMessage());
    }
}
