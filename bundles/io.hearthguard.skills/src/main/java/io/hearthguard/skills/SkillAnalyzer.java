package io.hearthguard.skills;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Analyses voice-skill packages statically: Alexa ASK CLI layout
 * ({@code skill-package/skill.json} + {@code interactionModels/custom/<locale>.json}), the
 * legacy intent schema + sample utterances layout, Google Actions packages, zip archives of
 * any of them, and recorded request/response envelopes found beside them.
 *
 * <p>Thread-safe; {@link #analyze} may be called concurrently. It reads only below
 * {@code path}, never follows symbolic links, never fetches a URL found inside a package,
 * and bounds every size, depth and count (see {@link SkillInputException}).
 */
@ProviderType
public interface SkillAnalyzer {

    /**
     * Loads and analyses the package at {@code path}.
     *
     * @param path a folder, a {@code .zip}, or a single JSON/text file; not null
     * @return the report: one entry per skill found, each with its findings; never null
     * @throws SkillInputException when the input is missing, malformed or exceeds a limit;
     *                             the message names the file and the limit
     */
    SkillReport analyze(Path path) throws SkillInputException;
}
