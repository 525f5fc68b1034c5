/**
 * Voice-skill analysis as a service: give it a skill package (a folder, a zip, a single
 * interaction model) and get a {@link io.hearthguard.skills.SkillReport} back.
 *
 * <p>The platform implements {@link io.hearthguard.skills.SkillAnalyzer}; other bundles
 * (the web UI, schedulers) consume it.
 */
@Export
@Version("1.1.0")
package io.hearthguard.skills;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
