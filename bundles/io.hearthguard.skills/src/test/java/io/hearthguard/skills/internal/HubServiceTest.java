package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;
import io.hearthguard.skills.SkillReport;

/** The hub service stores reports and publishes findings; both references are optional. */
class HubServiceTest {

    /** A minimal single-connection Store over a real SQLite file, standing in for the platform's. */
    static final class SqliteStore implements Store {
        private final Connection c;

        SqliteStore(Path file) throws SQLException {
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
        }

        @Override
        public synchronized <T> T read(Work<T> work) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }

        @Override
        public synchronized <T> T write(Work<T> work) {
            try {
                c.setAutoCommit(false);
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the original error is the one to report
                }
                throw new StoreException(e.getMessage(), e);
            }
        }

        @Override
        public synchronized int migrate(String owner, List<String> migrations) {
            return write(conn -> {
                try (var s = conn.createStatement()) {
                    for (String m : migrations) {
                        for (String part : m.split(";")) {
                            s.execute(part);
                        }
                    }
                }
                return migrations.size();
            });
        }
    }

    static final class RecordingFindings implements FindingService {
        final List<Finding> published = new ArrayList<>();

        @Override
        public StoredFinding publish(Finding finding) {
            published.add(finding);
            return null;
        }

        @Override
        public Optional<StoredFinding> get(String id) {
            return Optional.empty();
        }

        @Override
        public List<StoredFinding> query(FindingFilter filter) {
            return List.of();
        }
    }

    private static SkillAnalyzerComponent.Config config(String... catalogs) {
        return new SkillAnalyzerComponent.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SkillAnalyzerComponent.Config.class;
            }

            @Override
            public String[] catalogs() {
                return catalogs;
            }

            @Override
            public boolean textModel() {
                return true;
            }
        };
    }

    @Test
    void analyseStoresTheReportAndPublishesEveryFindingWithEvidence(@TempDir Path tmp) throws Exception {
        SqliteStore store = new SqliteStore(tmp.resolve("hub.db"));
        RecordingFindings fs = new RecordingFindings();
        SkillAnalyzerComponent svc = new SkillAnalyzerComponent(config(), null, store, fs);
        SkillReport r = svc.analyze(TestSupport.malicious("srlabs-horoscope"));
        svc.analyze(TestSupport.malicious("permissions-flashlight"));
        int total = r.skills().stream().mapToInt(s -> s.findings().size()).sum();
        assertTrue(fs.published.size() > total, "published " + fs.published.size());
        Finding silent = fs.published.stream().filter(f -> f.category().equals(Categories.SILENT_KEEPALIVE)).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, silent.severity());
        assertEquals("io.hearthguard.skills", silent.source());
        assertTrue(String.valueOf(silent.evidence().get("text")).contains("\\uD801"), silent.evidence().toString());
        assertTrue(silent.evidence().containsKey("pointer") && silent.evidence().containsKey("developerFix"));
        List<String> rows = store.read(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT path, worst, report_json FROM skill_report ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
            return out;
        });
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).contains("|critical|"), rows.get(0));
        JsonNode stored = SafeJson.parse("row", rows.get(0).substring(rows.get(0).indexOf("|{") + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(total, stored.at("/skills/0/findings").size());
    }

    @Test
    void analyseWorksWithoutStoreOrFindingService() throws Exception {
        SkillAnalyzerComponent svc = new SkillAnalyzerComponent(config(TestSupport.malicious("catalog-known-names.txt").toString()), null, null, null);
        SkillReport r = svc.analyze(TestSupport.malicious("squatting-capital-won"));
        assertTrue(TestSupport.has(r, "skills.squatting.confusable-name", Severity.MEDIUM), TestSupport.describe(r));
    }

    @Test
    void givenAnUploadedSkill_whenItsFindingsArePublished_thenTheSkillIsTheSubjectAndNoServerPathAppears(@TempDir Path tmp) throws Exception {
        Path upload = tmp.resolve("tmp/web-uploads/u123456");
        Path pkg = upload.resolve("horoscope.zip");
        java.nio.file.Files.createDirectories(upload);
        TestSupport.zip(TestSupport.malicious("srlabs-horoscope"), pkg);
        RecordingFindings fs = new RecordingFindings();
        SkillAnalyzerComponent svc = new SkillAnalyzerComponent(config(), null, null, fs);
        SkillReport r = svc.analyze(pkg);
        assertEquals("horoscope.zip", r.path());
        assertTrue(r.skills().stream().noneMatch(s -> s.id().contains(tmp.toString())), r.skills().toString());
        assertTrue(!fs.published.isEmpty());
        for (Finding f : fs.published) {
            String all = f.summary() + " " + f.evidence() + " " + f.dedupKey();
            assertTrue(!all.contains(tmp.toString()) && !all.contains("web-uploads"), all);
            assertTrue(f.summary().startsWith("Alexa skill \""), f.summary());
            @SuppressWarnings("unchecked")
            Map<String, Object> subject = (Map<String, Object>) f.evidence().get("subject");
            assertEquals("voice-skill", subject.get("kind"));
            // the skill is named by what the family says to it, and where in the package it was seen (no server path)
            assertTrue(String.valueOf(subject.get("invocationNames")).contains("horoscope"), subject.toString());
            assertTrue(!String.valueOf(f.evidence().get("seenIn")).isBlank() && !String.valueOf(f.evidence().get("seenIn")).startsWith("/"),
                    f.evidence().toString());
            assertEquals("alexa", f.evidence().get("skillPlatform"));
            assertTrue(String.valueOf(f.evidence().get("whatToDo")).contains("Disable Skill"), f.evidence().toString());
            assertEquals(null, f.device(), "a skill is not a device: it must not be attached to every speaker");
        }
        Finding fake = fs.published.stream().filter(f -> f.category().equals(Categories.FAKE_GOODBYE)).findFirst().orElseThrow();
        assertTrue(fake.summary().contains("pretends to say goodbye"), fake.summary());
    }

    @Test
    void givenAGoogleAction_whenPublished_thenTheStepsSpeakOfTheGoogleHomeApp() throws Exception {
        RecordingFindings fs = new RecordingFindings();
        new SkillAnalyzerComponent(config(), null, null, fs).analyze(TestSupport.malicious("google-catchall"));
        Finding f = fs.published.get(0);
        assertTrue(f.summary().startsWith("Google Assistant skill"), f.summary());
        // the eavesdrop protection links a skill finding only to speakers of the same assistant (SkillLinkTest)
        assertEquals("google", f.evidence().get("skillPlatform"));
        assertEquals(null, f.device());
        assertTrue(String.valueOf(f.evidence().get("whatToDo")).contains("Google Home app"), f.evidence().toString());
    }
}
