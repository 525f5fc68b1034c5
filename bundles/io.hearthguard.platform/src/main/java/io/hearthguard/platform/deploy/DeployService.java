package io.hearthguard.platform.deploy;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Installs or updates one vendor bundle in the running hub, the same way whichever way it
 * came in:
 * <ol>
 * <li><b>stage</b>: the bytes are copied into the deploy bundle's private folder, never past
 * {@link #maxJarBytes()};</li>
 * <li><b>verify</b>: a complete jar within size limits, a valid bundle, signed over every
 * entry by a certificate in {@code <data>/trust} (unless signatures are switched off);</li>
 * <li><b>install or update</b> the bundle of that symbolic name (the previous jar is kept);</li>
 * <li><b>health check</b>: within a bound every DS component of the bundle is active (none
 * failed to activate or lacks a reference), and over a short observation its protections
 * threw nothing, are not quarantined and stay within the cost per event budget;</li>
 * <li><b>commit</b>, or <b>roll back</b>: the previous version is put back (a first install is
 * removed) and the attempt says why.</li>
 * </ol>
 * Attempts run one at a time. Every attempt, refused or not, is written to the audit log in
 * the store (bounded: the oldest entries are dropped), with the file name as the caller gave
 * it, never the staging name.
 *
 * <h2>Limits</h2>
 * A jar larger than {@link #maxJarBytes()}, more attempts at once than the hub allows, or
 * more per hour, are refused with {@link DeployAttempt.Verdict#LIMITED} before anything is
 * installed (and audited too).
 *
 * <h2>Threading</h2>
 * Thread-safe; {@link #deploy} blocks for the whole lifecycle (seconds: the health check
 * watches the bundle) and must not be called on a thread the hub's pipeline needs.
 */
@ProviderType
public interface DeployService {

    /** {@link DeployAttempt#via()} of the {@code deploy/} folder. */
    String VIA_FOLDER = "folder";
    /** {@link DeployAttempt#via()} of {@code POST /api/deploy}. */
    String VIA_REST = "rest";
    /** {@link DeployAttempt#via()} of {@code ./hearthguard deploy FILE} (it uses the REST upload). */
    String VIA_CLI = "cli";

    /**
     * Runs the lifecycle over one jar. Never throws for a bad jar: the returned attempt says
     * what happened and why.
     *
     * @param fileName the file name the caller gave, e.g. {@code acme.jar}: a plain name
     *                 (letters, digits, {@code . _ -}, ending in {@code .jar}, at most 100
     *                 characters); another name is refused
     * @param jar      the jar's bytes; read up to {@link #maxJarBytes()} + 1 bytes, not closed
     * @param who      who asked, e.g. {@code dashboard:admin}, {@code api:admin}; at most 100 characters are kept
     * @param via      one of {@link #VIA_REST}, {@link #VIA_CLI} (the folder is the service's own)
     * @return the audited attempt
     * @throws NullPointerException when an argument is null
     */
    DeployAttempt deploy(String fileName, InputStream jar, String who, String via);

    /**
     * @param limit at most this many entries (1 to 1,000)
     * @return the audit log, newest first
     * @throws IllegalArgumentException when limit is out of range
     */
    List<DeployAttempt> audit(int limit);

    /** @return the largest jar accepted, in bytes */
    long maxJarBytes();
}
