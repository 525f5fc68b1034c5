/**
 * The home security score: 0 to 100 with the reasons that cost points and the action that
 * wins each back ({@link io.hearthguard.api.score.HomeScoreService}).
 */
@Export
@Version("1.1.0")
package io.hearthguard.api.score;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
