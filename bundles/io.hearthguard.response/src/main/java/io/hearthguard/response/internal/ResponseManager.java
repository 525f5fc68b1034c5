package io.hearthguard.response.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseException;
import io.hearthguard.api.response.ResponseService;

/**
 * The response state machine: validates a request, computes the whole new rule set, has nft
 * apply it in one transaction, then persists the new list and audits. If nft refuses,
 * nothing changed; if persisting fails afterwards, the previous rule set is put back and the
 * call fails, so the gateway and {@code actions.tsv} never disagree after a returned call.
 */
final class ResponseManager implements ResponseService {
    private static final Logger LOG = Logger.getLogger(ResponseManager.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Nft nft;
    private final StateFiles files;
    private final Function<String, List<String>> resolver;
    private final Clock clock;
    private final Consumer<Change> listener;
    private final List<ResponseAction> active = new ArrayList<>();

    /** An applied or undone action, for events. */
    record Change(boolean applied, ResponseAction action, String actor) {
    }

    /**
     * @param resolver a domain's addresses (textual literals), for blocks by name
     * @param listener told of every change after it is in force and recorded
     */
    ResponseManager(Nft nft, StateFiles files, Function<String, List<String>> resolver, Clock clock, Consumer<Change> listener) {
        this.nft = nft;
        this.files = files;
        this.resolver = resolver;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Loads the stored actions and puts them in force (the table is replaced as a whole, so a
     * table changed or lost while the hub was down is restored).
     *
     * @throws IOException when the stored state is damaged; the gateway is left untouched
     */
    synchronized void start() throws IOException {
        List<ResponseAction> stored = files.loadActions();
        active.clear();
        active.addAll(stored);
        try {
            nft.apply(Ruleset.script(active));
            audit("hub", AuditEntry.Operation.REAPPLY, "-", stored.isEmpty() ? "no action in force; the hub's table is absent"
                    : "re-applied " + stored.size() + " action(s) in force");
        } catch (ResponseException e) {
            audit("hub", AuditEntry.Operation.FAILED, "-", "re-applying " + stored.size() + " action(s) failed: " + e.getMessage());
            throw e;
        }
    }

    /** Removes the hub's table, keeping the stored actions (they return at the next start). */
    synchronized void withdraw(String actor) {
        nft.apply(Ruleset.script(List.of()));
        audit(actor, AuditEntry.Operation.UNDO, "-", "removed the hub's table on stop; " + active.size() + " action(s) kept for the next start");
    }

    @Override
    public synchronized ResponseAction quarantine(String mac, Collection<String> ips, Origin origin) {
        Objects.requireNonNull(origin, "origin");
        String m = mac == null || mac.isBlank() ? null : Addresses.mac(mac);
        List<String> addrs = addresses(ips, "device address");
        if (m == null && addrs.isEmpty()) {
            throw new IllegalArgumentException("a quarantine needs the device's MAC or at least one address");
        }
        for (ResponseAction a : active) {
            if (a.kind() == ResponseAction.Kind.QUARANTINE && (m != null ? m.equals(a.mac()) : a.deviceIps().equals(addrs))) {
                return a;
            }
        }
        ResponseAction a = new ResponseAction(newId("q"), ResponseAction.Kind.QUARANTINE, m, addrs, List.of(), null, origin,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return add(a, "quarantined " + who(a) + ": only DNS and DHCP to the gateway are allowed");
    }

    @Override
    public synchronized ResponseAction block(String mac, Collection<String> ips, String destination, Origin origin) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        String m = mac == null || mac.isBlank() ? null : Addresses.mac(mac);
        List<String> addrs = addresses(ips, "device address");
        String domain = null;
        List<String> dst;
        if (Addresses.isAddress(destination)) {
            dst = List.of(Addresses.address(destination));
        } else {
            domain = Addresses.domain(destination);
            List<String> resolved = resolver.apply(domain);
            if (resolved == null || resolved.isEmpty()) {
                throw new IllegalArgumentException("domain '" + domain + "' did not resolve to any address");
            }
            dst = addresses(resolved, "address of " + domain);
        }
        for (ResponseAction a : active) {
            if (a.kind() == ResponseAction.Kind.BLOCK && Objects.equals(a.mac(), m) && a.deviceIps().equals(addrs)
                    && a.destinations().equals(dst) && Objects.equals(a.domain(), domain)) {
                return a;
            }
        }
        ResponseAction a = new ResponseAction(newId("b"), ResponseAction.Kind.BLOCK, m, addrs, dst, domain, origin, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return add(a, "blocked " + (domain != null ? domain + " (" + String.join(", ", dst) + ")" : dst.get(0)) + " for "
                + (a.everyDevice() ? "every device" : who(a)));
    }

    @Override
    public synchronized Optional<ResponseAction> undo(String actionId, String actor) {
        new Origin(actor, "", null); // validates the actor
        ResponseAction found = active.stream().filter(a -> a.id().equals(actionId)).findFirst().orElse(null);
        if (found == null) {
            return Optional.empty();
        }
        List<ResponseAction> next = new ArrayList<>(active);
        next.remove(found);
        commit(next, actor, AuditEntry.Operation.UNDO, found.id(), "undid: " + describe(found));
        listener.accept(new Change(false, found, actor));
        return Optional.of(found);
    }

    @Override
    public synchronized List<ResponseAction> active() {
        return List.copyOf(active);
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        try {
            return files.audit(Math.max(0, Math.min(limit, 10_000)));
        } catch (IOException e) {
            throw new ResponseException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    /** @return the listing of the hub's table, or null when it is absent */
    String listTable() {
        return nft.listTable();
    }

    static String describe(ResponseAction a) {
        return switch (a.kind()) {
            case QUARANTINE -> "quarantine of " + who(a);
            case BLOCK -> "block of " + (a.domain() != null ? a.domain() : String.join(", ", a.destinations())) + " for "
                    + (a.everyDevice() ? "every device" : who(a));
        };
    }

    static String who(ResponseAction a) {
        List<String> parts = new ArrayList<>();
        if (a.mac() != null) {
            parts.add(a.mac());
        }
        parts.addAll(a.deviceIps());
        return String.join(" ", parts);
    }

    private ResponseAction add(ResponseAction a, String summary) {
        if (active.size() >= MAX_ACTIONS) {
            throw new IllegalArgumentException("already " + MAX_ACTIONS + " actions in force; undo some first");
        }
        List<ResponseAction> next = new ArrayList<>(active);
        next.add(a);
        String reason = a.origin().reason().isEmpty() ? "" : " (reason: " + a.origin().reason() + ")";
        commit(next, a.origin().actor(), AuditEntry.Operation.APPLY, a.id(), summary + reason);
        listener.accept(new Change(true, a, a.origin().actor()));
        return a;
    }

    private void commit(List<ResponseAction> next, String actor, AuditEntry.Operation op, String id, String summary) {
        try {
            nft.apply(Ruleset.script(next));
        } catch (ResponseException e) {
            audit(actor, AuditEntry.Operation.FAILED, id, "refused by the gateway, nothing changed: " + summary + ": " + e.getMessage());
            throw e;
        }
        try {
            files.saveActions(next);
        } catch (IOException e) {
            try {
                nft.apply(Ruleset.script(active));
            } catch (ResponseException again) {
                e.addSuppressed(again);
            }
            audit(actor, AuditEntry.Operation.FAILED, id, "could not be stored, rolled back: " + summary + ": " + e.getMessage());
            throw new ResponseException("cannot store the response state in " + files.directory() + ": " + e.getMessage(), e);
        }
        active.clear();
        active.addAll(next);
        audit(actor, op, id, summary);
    }

    private void audit(String actor, AuditEntry.Operation op, String id, String summary) {
        String s = summary.length() > 2_000 ? summary.substring(0, 2_000) + "…" : summary;
        try {
            files.append(new AuditEntry(clock.instant(), actor, op, id, s));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot append to the response audit log: " + e.getMessage() + "; entry: " + actor + " " + op + " " + id
                    + " " + s);
        }
        LOG.info("response " + op.name().toLowerCase() + " by " + actor + ": " + s);
    }

    private static List<String> addresses(Collection<String> in, String what) {
        if (in == null) {
            return List.of();
        }
        if (in.size() > MAX_ADDRESSES) {
            throw new IllegalArgumentException("more than " + MAX_ADDRESSES + " " + what + "es");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String s : in) {
            if (s == null || s.isBlank()) {
                throw new IllegalArgumentException("empty " + what);
            }
            out.add(Addresses.address(s));
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    private static String newId(String prefix) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return prefix + "-" + HexFormat.of().formatHex(b);
    }
}
