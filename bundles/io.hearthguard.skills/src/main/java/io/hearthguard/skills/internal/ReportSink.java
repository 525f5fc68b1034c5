package io.hearthguard.skills.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.platform.store.Store;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/** Stores reports in the hub's {@link Store} and publishes their findings; plain code, no OSGi. */
public final class ReportSink {
    /** Owner name of the schema in the store. */
    public static final String OWNER = "io.hearthguard.skills";
    /** Schema steps; append only. */
    public static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE skill_report (id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, analyzed_at TEXT NOT NULL,"
                    + " skills INTEGER NOT NULL, findings INTEGER NOT NULL, worst TEXT, report_json TEXT NOT NULL);"
                    + " CREATE INDEX skill_report_path ON skill_report(path, analyzed_at)",
            "CREATE TABLE skill_transcript (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL, recorded_at TEXT NOT NULL,"
                    + " transcript_json TEXT NOT NULL); CREATE INDEX skill_transcript_url ON skill_transcript(url, id)");
    private static final String SOURCE = "io.hearthguard.skills";

    private ReportSink() {
    }

    /** @return the report as one JSON document */
    public static String json(SkillReport r) throws JsonProcessingException {
        ObjectNode o = SafeJson.mapper().createObjectNode();
        o.put("path", r.path());
        ArrayNode a = o.putArray("skills");
        for (SkillReport.Skill s : r.skills()) {
            a.add(Output.skillJson(r.path(), s));
        }
        return SafeJson.mapper().writeValueAsString(o);
    }

    /** Appends the report as one row; returns its id. */
    public static long store(Store store, SkillReport r, Instant at) throws JsonProcessingException {
        String json = json(r);
        int findings = r.skills().stream().mapToInt(s -> s.findings().size()).sum();
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO skill_report (path, analyzed_at, skills, findings, worst, report_json) VALUES (?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, r.path());
                ps.setString(2, at.toString());
                ps.setInt(3, r.skills().size());
                ps.setInt(4, findings);
                ps.setString(5, r.worst().map(w -> w.id()).orElse(null));
                ps.setString(6, json);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : -1L;
                }
            }
        });
    }

    /** @return "Alexa", "Google Assistant" or "voice assistant" for a report platform */
    static String assistant(String platform) {
        if (platform.startsWith("alexa")) {
            return "Alexa";
        }
        if (platform.startsWith("google")) {
            return "Google Assistant";
        }
        return "voice assistant";
    }

    /** @return how the family calls the skill: its invocation name, else its display name, else "an unnamed skill" */
    static String callName(SkillReport.Skill skill) {
        if (!skill.invocationNames().isEmpty()) {
            return skill.invocationNames().get(0);
        }
        return skill.name().isEmpty() ? "" : skill.name();
    }

    /** @return one sentence in plain words: what the skill does that matters to the family */
    static String plainWords(String category) {
        return switch (category) {
            case "silent-keepalive" -> "it can keep the speaker listening silently after it seems to have finished";
            case "fake-goodbye" -> "it pretends to say goodbye or to stop, but keeps the microphone open";
            case "masquerade" -> "it pretends to be the assistant or the device, for example with a fake \"security update\"";
            case "credential-phishing" -> "it asks for passwords, PINs, card numbers or codes by voice; never say these to a skill";
            case "pii-request" -> "it asks for personal details such as names, addresses, phone numbers, e-mail, birthdays or health";
            case "catch-all-capture" -> "it can write down whatever is said in the room, not only answers to its own questions";
            case "squatting" -> "its name sounds like a well-known skill, so asking for that skill may open this one instead";
            case "excessive-permissions" -> "it asks for access to personal information it does not need";
            case "drift" -> "it now behaves differently from when it was checked before";
            default -> "it does something a skill should not";
        };
    }

    /** @return step-by-step advice for the family to switch the skill off, for its platform */
    static List<String> steps(SkillReport.Skill skill) {
        String name = callName(skill);
        String quoted = name.isEmpty() ? "the skill" : "\"" + name + "\"";
        String a = assistant(skill.platform());
        List<String> alexa = List.of(
                "Open the Alexa app on your phone.",
                "Tap More, then Skills & Games, then Your Skills.",
                "Find " + quoted + (skill.name().isEmpty() || skill.name().equals(name) ? "" : " (listed as \"" + skill.name() + "\")")
                        + ", open it and tap Disable Skill.",
                "Or say: \"Alexa, disable " + (name.isEmpty() ? "this skill" : name) + "\".",
                "Then check Settings, Alexa Privacy, Manage Skill Permissions, and switch off what it should not have.");
        List<String> google = List.of(
                "Open the Google Home app on your phone.",
                "Tap your profile picture, then Assistant settings (Google Assistant settings).",
                "Open Services or Your apps / Works with Google, find " + quoted + " and tap Unlink or Stop using.",
                "While it talks, you can always say: \"Hey Google, stop\" or \"Hey Google, cancel\".",
                "Review My Activity in your Google Account and delete what it recorded.");
        return switch (a) {
            case "Alexa" -> alexa;
            case "Google Assistant" -> google;
            default -> {
                List<String> both = new java.util.ArrayList<>();
                both.add("If it is an Alexa skill:");
                both.addAll(alexa);
                both.add("If it is a Google Assistant action:");
                both.addAll(google);
                yield both;
            }
        };
    }

    /** @return the skill's id without the server-side path of the input (an upload's temporary folder) */
    static String publicId(SkillReport.Skill skill) {
        String id = skill.id();
        int hash = id.indexOf('#');
        String root = hash < 0 ? "" : id.substring(hash + 1);
        String name = callName(skill);
        return (skill.platform() + ":" + (name.isEmpty() ? "unnamed" : name) + (root.isEmpty() ? "" : "#" + root));
    }

    /** @return the hub finding for one skill finding: the skill is the subject, the family gets plain words and steps */
    public static Finding finding(SkillReport.Skill skill, SkillFinding f, Instant at) {
        String a = assistant(skill.platform());
        String name = callName(skill);
        String who = a + " skill" + (name.isEmpty() ? "" : " \"" + name + "\"");
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("kind", "voice-skill");
        subject.put("platform", skill.platform());
        subject.put("assistant", a);
        subject.put("invocationNames", skill.invocationNames());
        if (!skill.name().isEmpty()) {
            subject.put("name", skill.name());
        }
        subject.put("locales", skill.locales());
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("subject", subject);
        ev.put("skillPlatform", a.equals("Alexa") ? "alexa" : a.equals("Google Assistant") ? "google" : "unknown");
        ev.put("whatItDoes", who + ": " + plainWords(f.category()) + ".");
        ev.put("whatToDo", steps(skill));
        ev.put("seenIn", f.file().startsWith("/") ? f.file().substring(f.file().lastIndexOf('/') + 1) : f.file());
        ev.put("pointer", f.pointer());
        ev.put("text", f.text());
        ev.put("detail", f.summary());
        ev.put("rationale", f.rationale());
        ev.put("source", f.source());
        ev.put("developerFix", f.fix());
        String summary = who + ": " + plainWords(f.category()) + ". " + f.summary();
        if (summary.length() > Finding.MAX_SUMMARY_LENGTH) {
            summary = summary.substring(0, Finding.MAX_SUMMARY_LENGTH - 1) + "…";
        }
        String key = publicId(skill) + "|" + f.rule() + "|" + f.file() + "|" + f.pointer();
        return Finding.builder(f.rule(), f.category(), f.severity()).summary(summary).evidence(ev).span(at, at)
                .dedupKey(key.length() > 512 ? key.substring(0, 512) : key).source(SOURCE).build();
    }

    /** Publishes every finding of the report; returns how many were published. */
    public static int publish(FindingService service, SkillReport r, Instant at) {
        int n = 0;
        for (SkillReport.Skill s : r.skills()) {
            for (SkillFinding f : s.findings()) {
                service.publish(finding(s, f, at));
                n++;
            }
        }
        return n;
    }
}
