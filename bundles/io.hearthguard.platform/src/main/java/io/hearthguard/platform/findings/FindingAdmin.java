package io.hearthguard.platform.findings;

import java.util.List;
import java.util.NoSuchElementException;

import org.osgi.annotation.versioning.ProviderType;

import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;

/**
 * Manages the lifecycle of stored findings and the mute rules. Registered once by the
 * findings bundle, beside {@link io.hearthguard.api.finding.FindingService}.
 *
 * <h2>Contract</h2>
 * Every change is durable when the method returns, is recorded in the
 * findings journal in the same transaction, and is announced on EventAdmin
 * ({@link io.hearthguard.api.finding.FindingEvents#TOPIC_STATE_CHANGED}). A call that would
 * not change anything (acknowledging an acknowledged finding) returns the finding unchanged
 * and records nothing.
 *
 * <p>Allowed transitions: {@code acknowledge} from OPEN; {@code mute} from OPEN or
 * ACKNOWLEDGED; {@code resolve} from OPEN, ACKNOWLEDGED or MUTED; {@code reopen} from
 * ACKNOWLEDGED, MUTED or RESOLVED.
 *
 * <p>An actor names who asked ({@code dashboard:alice}, {@code mqtt:home-assistant}): 1 to
 * 64 printable characters, no control characters.
 *
 * <h2>Threading</h2>
 * Thread-safe; every method does disk I/O. Arguments must not be null unless stated.
 */
@ProviderType
public interface FindingAdmin {

    /** Longest accepted actor name. */
    int MAX_ACTOR_LENGTH = 64;
    /** Most mute rules kept at once. */
    int MAX_MUTE_RULES = 1_000;

    /**
     * Moves a finding to {@code target} (ACKNOWLEDGED, MUTED, RESOLVED, or OPEN to reopen).
     *
     * @return the finding after the change
     * @throws NoSuchElementException   when no finding has this id
     * @throws IllegalStateException    when the transition is not allowed, naming both states
     * @throws IllegalArgumentException when the actor or id is malformed
     */
    StoredFinding transition(String findingId, FindingState target, String actor);

    /** Same as {@code transition(findingId, ACKNOWLEDGED, actor)}. */
    default StoredFinding acknowledge(String findingId, String actor) {
        return transition(findingId, FindingState.ACKNOWLEDGED, actor);
    }

    /** Same as {@code transition(findingId, MUTED, actor)}. */
    default StoredFinding mute(String findingId, String actor) {
        return transition(findingId, FindingState.MUTED, actor);
    }

    /** Same as {@code transition(findingId, RESOLVED, actor)}. */
    default StoredFinding resolve(String findingId, String actor) {
        return transition(findingId, FindingState.RESOLVED, actor);
    }

    /** Same as {@code transition(findingId, OPEN, actor)}. */
    default StoredFinding reopen(String findingId, String actor) {
        return transition(findingId, FindingState.OPEN, actor);
    }

    /**
     * Adds a mute rule. From then on, a new finding it matches is stored as MUTED and never
     * notified; findings it matches that are OPEN or ACKNOWLEDGED now are muted too.
     *
     * @param deviceId the device id to mute, or null for every device
     * @param rule     the rule id to mute, or null for every rule; not both null
     * @param reason   why, for people (at most 200 chars; may be empty)
     * @return the stored rule
     * @throws IllegalArgumentException when both are null, a value is malformed, or
     *                                  {@value #MAX_MUTE_RULES} rules exist already
     */
    MuteRule addMuteRule(String deviceId, String rule, String reason, String actor);

    /**
     * Removes a mute rule. Findings it muted stay muted until reopened.
     *
     * @return true when it existed
     */
    boolean removeMuteRule(String muteRuleId, String actor);

    /** @return every mute rule, oldest first */
    List<MuteRule> muteRules();

    /**
     * Counts the findings of one device that need attention, cheaply (no finding is loaded).
     *
     * @param deviceId the device id
     * @return the counts; zeros when the device has no findings
     */
    DeviceSummary summary(String deviceId);

    /**
     * What is active on one device.
     *
     * @param open               findings in state OPEN
     * @param acknowledged       findings in state ACKNOWLEDGED
     * @param activeCategories   categories of the OPEN and ACKNOWLEDGED findings
     */
    record DeviceSummary(int open, int acknowledged, java.util.Set<String> activeCategories) {
        /** Copies the set. */
        public DeviceSummary {
            activeCategories = java.util.Set.copyOf(activeCategories);
        }
    }
}
