package io.hearthguard.api.response;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Acts on the home's gateway: quarantines devices and blocks destinations, reversibly.
 * Registered only where response is configured (the hub runs on the gateway and has
 * {@code CAP_NET_ADMIN}); absent otherwise.
 *
 * <h2>Guarantees</h2>
 * Each call changes the gateway atomically: either the whole new rule set is in force
 * when it returns, or nothing changed and it throws. An action is durable when the call
 * returns: it is re-applied when the hub starts again. Every call that changes something,
 * and every failure, is in {@link #audit}.
 *
 * <h2>Threading</h2>
 * Thread-safe; calls are serialized. They run a short child process (milliseconds) and may
 * resolve a domain name: do not call from the capture thread or a protection's worker.
 */
@ProviderType
public interface ResponseService {

    /** Most actions in force at once; beyond it new actions are refused. */
    int MAX_ACTIONS = 1_024;
    /** Most addresses one action may name (device or destination). */
    int MAX_ADDRESSES = 64;

    /**
     * Quarantines a device: it may reach only the gateway's DNS and DHCP.
     *
     * @param mac    the device's MAC ({@code aa:bb:cc:dd:ee:ff}, any case), or null
     * @param ips    the device's IPv4/IPv6 addresses; at least one of mac and ips is needed
     * @param origin who asks and why
     * @return the action, or the one already in force for this device (not applied twice)
     * @throws IllegalArgumentException naming the bad value when an input is malformed or a
     *                                  limit is exceeded
     * @throws ResponseException        when the gateway refused the change; nothing changed
     */
    ResponseAction quarantine(String mac, Collection<String> ips, Origin origin);

    /**
     * Blocks a destination for one device or for every device.
     *
     * @param mac         the device's MAC, or null together with empty {@code ips} for
     *                    every device
     * @param ips         the device's addresses; may be empty
     * @param destination an IPv4/IPv6 address, a CIDR prefix, or a domain name (resolved
     *                    now; its addresses at this moment are blocked)
     * @param origin      who asks and why
     * @return the action
     * @throws IllegalArgumentException when an input is malformed, a limit is exceeded or a
     *                                  domain does not resolve
     * @throws ResponseException        when the gateway refused the change; nothing changed
     */
    ResponseAction block(String mac, Collection<String> ips, String destination, Origin origin);

    /**
     * Undoes an action.
     *
     * @param actionId the action's id
     * @param actor    who undoes it, as in {@link Origin#actor()}
     * @return the action undone, or empty when no such action is in force
     * @throws ResponseException when the gateway refused the change; the action stays
     */
    Optional<ResponseAction> undo(String actionId, String actor);

    /** @return the actions in force, oldest first */
    List<ResponseAction> active();

    /**
     * @param limit most entries to return (capped at 10,000)
     * @return the newest audit entries, newest first
     */
    List<AuditEntry> audit(int limit);
}
