package io.hearthguard.skills;

import java.util.List;
import java.util.Optional;

import io.hearthguard.api.finding.Severity;

/**
 * The result of analysing one input path.
 *
 * @param path   the input as given
 * @param skills one entry per skill found (a folder may hold several); never null
 * @param inputs what was done with each file of the input (read with its shape, or skipped
 *               and why); empty when not tracked
 */
public record SkillReport(String path, List<Skill> skills, List<Input> inputs) {

    /** Copies the lists. */
    public SkillReport {
        skills = List.copyOf(skills);
        inputs = List.copyOf(inputs);
    }

    /**
     * A report without the list of files read.
     *
     * @param path   the input as given
     * @param skills one entry per skill found
     */
    public SkillReport(String path, List<Skill> skills) {
        this(path, skills, List.of());
    }

    /**
     * What was done with one file of the input.
     *
     * @param file      the file inside the input (logical path)
     * @param read      true when its content was used
     * @param shape     what it was recognised as (e.g. {@code request/response pair}, {@code HAR},
     *                  {@code SMAPI invocation}, {@code interaction model}); {@code ""} when skipped
     * @param responses recorded or extracted responses taken from it
     * @param sessions  distinct conversation sessions seen in it
     * @param reason    why it was skipped or only partly read; {@code ""} otherwise
     * @since 1.1
     */
    public record Input(String file, boolean read, String shape, int responses, int sessions, String reason) {
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
            List<SkillFinding> findings, String name) {
        /** Copies the lists; a null name becomes {@code ""}. */
        public Skill {
            invocationNames = List.copyOf(invocationNames);
            locales = List.copyOf(locales);
            findings = List.copyOf(findings);
            name = name == null ? "" : name;
        }

        /**
         * A skill without a display name.
         *
         * @param id              stable id
         * @param platform        platform
         * @param invocationNames invocation names
         * @param locales         locales
         * @param findings        the rule hits
         */
        public Skill(String id, String platform, List<String> invocationNames, List<String> locales, List<SkillFinding> findings) {
            this(id, platform, invocationNames, locales, findings, "");
        }
    }

    /** @return the highest severity over all findings, if any */
    public Optional<Severity> worst() {
        return skills.stream().flatMap(s -> s.findings().stream()).map(SkillFinding::severity)
                .max(Enum::compareTo);
    }
}
