package io.hearthguard.platform.deploy;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited attempt to deploy a bundle.
 *
 * @param id           the audit entry's number, increasing
 * @param at           when the attempt ended
 * @param who          who asked ({@code dashboard:NAME}, {@code api:NAME}, {@code folder:OWNER})
 * @param via          the way in: {@link DeployService#VIA_FOLDER}, {@link DeployService#VIA_REST} or {@link DeployService#VIA_CLI}
 * @param fileName     the file name as uploaded or dropped (never the staging name)
 * @param sha256       the jar's SHA-256 in hex; null when it was refused before it was read in full
 * @param size         bytes read
 * @param symbolicName the bundle's symbolic name; null when it was refused before that was known
 * @param version      the bundle's version; null when unknown
 * @param verdict      what happened
 * @param reason       why, in words (for a refusal or rollback: what failed); never null
 */
public record DeployAttempt(long id, Instant at, String who, String via, String fileName, String sha256, long size,
        String symbolicName, String version, Verdict verdict, String reason) {

    /** What came of an attempt. */
    public enum Verdict {
        /** A new bundle was installed, passed its health check and was committed. */
        INSTALLED,
        /** An installed bundle was updated, passed its health check and was committed. */
        UPDATED,
        /** The same jar is installed already; nothing changed. */
        UNCHANGED,
        /** The jar was refused before anything was installed (not a bundle, unsigned, untrusted, tampered, a downgrade…). */
        REFUSED,
        /** Installed or updated, then failed to start or its health check: the previous version is back (a new one removed). */
        ROLLED_BACK,
        /** Refused by a limit (size, attempts at once, attempts per hour) before it was looked at. */
        LIMITED,
        /**
         * Its jar was removed from {@code deploy/} and the bundle uninstalled (folder only; who is
         * the owner of the folder). Since 1.1.
         */
        UNINSTALLED;

        /** @return the lower-case id used in JSON ({@code installed}, {@code rolled_back}, …) */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** @return whether the bundle asked for runs now */
        public boolean success() {
            return this == INSTALLED || this == UPDATED || this == UNCHANGED;
        }
    }

    /** @throws NullPointerException when at, who, via, fileName, verdict or reason is null */
    public DeployAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }
}
