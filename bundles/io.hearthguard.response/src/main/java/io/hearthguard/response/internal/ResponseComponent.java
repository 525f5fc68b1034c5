package io.hearthguard.response.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.response.AuditEntry;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseEvents;
import io.hearthguard.api.response.ResponseService;
import io.hearthguard.platform.cli.Launch;

/**
 * The {@link ResponseService} on this machine's nftables. Exists only when configured
 * ({@code config/io.hearthguard.response.cfg}): a hub that is not the home's gateway never
 * touches the firewall. At activation the stored actions are put in force again; at
 * deactivation the table stays (the protection holds while the hub is updated or down)
 * unless {@code removeOnStop} is set. Immediate: the stored actions must be re-applied at
 * start even when nobody uses the service yet.
 */
@Component(configurationPid = ResponseComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, service = ResponseService.class, immediate = true)
@Designate(ocd = ResponseComponent.Config.class)
public final class ResponseComponent implements ResponseService {
    static final String PID = "io.hearthguard.response";
    private static final Logger LOG = Logger.getLogger(ResponseComponent.class.getName());

    @ObjectClassDefinition(name = "Hearthguard response on the gateway", description = "Quarantine and block with the nftables table inet hearthguard. Needs CAP_NET_ADMIN (docs/response.md).")
    public @interface Config {
        @AttributeDefinition(name = "nft command", description = "Path or name of nft.")
        String nftCommand() default "nft";

        @AttributeDefinition(name = "Command prefix", description = "Words put before nft, separated by spaces, e.g. 'ip netns exec gw' or 'sudo -n'. Empty: run nft directly.")
        String commandPrefix() default "";

        @AttributeDefinition(name = "State directory", description = "Empty: <hearthguard.data>/response.")
        String directory() default "";

        @AttributeDefinition(name = "nft timeout (ms)", min = "100", max = "60000")
        int timeoutMillis() default 10_000;

        @AttributeDefinition(name = "Remove the table when the hub stops", description = "false: the rules stay in force while the hub is stopped or updated and are re-applied at start.")
        boolean removeOnStop() default false;
    }

    private final ResponseManager manager;
    private final boolean removeOnStop;

    @Activate
    public ResponseComponent(Config c, BundleContext bc,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) EventAdmin events)
            throws IOException {
        this(c, c.directory().isBlank() ? Launch.dataDirectory(bc::getProperty).resolve("response") : Path.of(c.directory()), events);
    }

    ResponseComponent(Config c, Path dir, EventAdmin events) throws IOException {
        if (c.timeoutMillis() < 100 || c.timeoutMillis() > 60_000) {
            throw new IllegalArgumentException(PID + ": timeoutMillis must be between 100 and 60000, was " + c.timeoutMillis());
        }
        if (c.nftCommand().isBlank()) {
            throw new IllegalArgumentException(PID + ": nftCommand must not be empty");
        }
        List<String> prefix = c.commandPrefix().isBlank() ? List.of() : Arrays.asList(c.commandPrefix().trim().split("\\s+"));
        this.removeOnStop = c.removeOnStop();
        this.manager = new ResponseManager(new Nft(prefix, c.nftCommand().trim(), c.timeoutMillis()), new StateFiles(dir),
                ResponseComponent::resolve, Clock.systemUTC(), change -> post(events, change));
        manager.start();
    }

    @Deactivate
    void deactivate() {
        if (removeOnStop) {
            try {
                manager.withdraw("hub");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not remove the response table on stop: " + e.getMessage());
            }
        }
    }

    @Override
    public ResponseAction quarantine(String mac, Collection<String> ips, Origin origin) {
        return manager.quarantine(mac, ips, origin);
    }

    @Override
    public ResponseAction block(String mac, Collection<String> ips, String destination, Origin origin) {
        return manager.block(mac, ips, destination, origin);
    }

    @Override
    public Optional<ResponseAction> undo(String actionId, String actor) {
        return manager.undo(actionId, actor);
    }

    @Override
    public List<ResponseAction> active() {
        return manager.active();
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return manager.audit(limit);
    }

    /** @return the listing of the hub's table, or null when absent (for tests and diagnostics) */
    String listTable() {
        return manager.listTable();
    }

    private static List<String> resolve(String domain) {
        try {
            return Arrays.stream(InetAddress.getAllByName(domain)).map(InetAddress::getHostAddress).distinct().limit(MAX_ADDRESSES).toList();
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    private static void post(EventAdmin events, ResponseManager.Change change) {
        if (events == null) {
            return;
        }
        Map<String, Object> p = new HashMap<>();
        ResponseAction a = change.action();
        p.put(ResponseEvents.PROP_ACTION_ID, a.id());
        p.put(ResponseEvents.PROP_KIND, a.kind().name());
        p.put(ResponseEvents.PROP_ACTOR, change.actor());
        if (a.mac() != null) {
            p.put(ResponseEvents.PROP_DEVICE_MAC, a.mac());
        }
        if (a.origin().findingId() != null) {
            p.put(ResponseEvents.PROP_FINDING_ID, a.origin().findingId());
        }
        events.postEvent(new Event(change.applied() ? ResponseEvents.TOPIC_APPLIED : ResponseEvents.TOPIC_UNDONE, p));
    }
}
