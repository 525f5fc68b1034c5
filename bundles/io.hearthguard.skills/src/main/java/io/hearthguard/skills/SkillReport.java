package io.hearthguard.skills;

import java.util.List;
import java.util.Optional;

import io.hearthguard.api.finding.Severity;

/**
 * The result of analysing one input path.
 *
 * @param path   the input as given
 * @param skills one entry per skill found (a folder may hold several); never null
 */
public record SkillReport(String path, List<Skill> skills) {

    /** Copies the list. */
    public SkillReport {
        skills = List.copyOf(skills);
    }

    /**
     * One skill and what was found in it.
     *
     * @param id              stable id: the input path plus the skill's root inside it
     * @param platform        {@code alexa}, {@code alexa-legacy}, {@code google-actions} or
     *                        {@code recording}
     * @param invocationNames every invocation name over all locales, sorted
     * @param locales         locales with an interaction model, sorted
     * @param findings        the rule hits, most severe first
     */
    public record Skill(String id, String platform, List<String> invocationNames, List<String> locales,
            List<SkillFinding> findings) {
        /** Copies the lists. */
        public Skill {
            invocationNames = List.copyOf(invocationNames);
            locales = List.copyOf(locales);
            findings = List.copyOf(findings);
        }
    }

    /** @return the highest severity over all findings, if any */
    public Optional<Severity> worst() {
        return skills.stream().flatMap(s -> s.findings().stream()).map(SkillFinding::severity)
                .max(Enum::compareTo);
    }
}
