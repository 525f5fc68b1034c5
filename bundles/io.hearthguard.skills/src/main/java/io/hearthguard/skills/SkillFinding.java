package io.hearthguard.skills;

import java.util.Objects;

import io.hearthguard.api.finding.Severity;

/**
 * One rule hit on one skill.
 *
 * @param rule      stable rule id, e.g. {@code skills.silent-keepalive.unpronounceable}
 * @param category  one of the voice-skill constants in {@link io.hearthguard.api.finding.Categories}
 * @param severity  how urgent
 * @param summary   one sentence for people
 * @param rationale why this matters, with its {@code source} (paper, advisory)
 * @param source    where the technique is documented
 * @param file      the file inside the package (logical path), or the probed URL
 * @param pointer   JSON pointer into {@code file} (RFC 6901), or {@code ""} for the whole file
 * @param text      the offending text with invisible characters made visible
 *                  ({@code \uD801}, {@code <U+200B>}); may be empty
 * @param fix       the suggested fix
 */
public record SkillFinding(String rule, String category, Severity severity, String summary, String rationale,
        String source, String file, String pointer, String text, String fix) {

    /** Checks that nothing is null. */
    public SkillFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fix, "fix");
    }
}
