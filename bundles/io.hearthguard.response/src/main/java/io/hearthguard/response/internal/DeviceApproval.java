package io.hearthguard.response.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceEvents;
import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.response.ResponseService;
import io.hearthguard.platform.cli.Launch;

/**
 * New-device approval mode ({@code config/io.hearthguard.response.approval.cfg}); off until
 * configured. Device events are handled on one worker thread behind a bounded queue.
 */
@Component(configurationPid = DeviceApproval.PID, configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + DeviceEvents.TOPIC_ADDED)
@Designate(ocd = DeviceApproval.Config.class)
public final class DeviceApproval implements EventHandler {
    static final String PID = "io.hearthguard.response.approval";
    private static final Logger LOG = Logger.getLogger(DeviceApproval.class.getName());

    @ObjectClassDefinition(name = "Hearthguard new-device approval", description = "Devices seen for the first time are held in quarantine until approved (undo the quarantine).")
    public @interface Config {
        @AttributeDefinition(name = "Learning period (min)", description = "Devices first seen within this time after the mode was first enabled are trusted.", min = "0", max = "10080")
        int learningMinutes() default 60;

        @AttributeDefinition(name = "State directory", description = "Empty: <hearthguard.data>/response.")
        String directory() default "";
    }

    private final ApprovalEngine engine;
    private final DeviceInventory inventory;
    private final EventWorker worker;

    @Activate
    public DeviceApproval(Config c, BundleContext bc, @Reference ResponseService response, @Reference FindingService findings,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY) DeviceInventory inventory)
            throws IOException {
        if (c.learningMinutes() < 0 || c.learningMinutes() > 10_080) {
            throw new IllegalArgumentException(PID + ": learningMinutes must be between 0 and 10080, was " + c.learningMinutes());
        }
        Path dir = c.directory().isBlank() ? Launch.dataDirectory(bc::getProperty).resolve("response") : Path.of(c.directory());
        this.engine = new ApprovalEngine(response, findings::publish, Clock.systemUTC(), dir, Duration.ofMinutes(c.learningMinutes()));
        this.inventory = inventory;
        this.worker = new EventWorker("hearthguard-response-approval");
        LOG.info("new-device approval on; devices first seen before " + engine.learningEnds() + " are trusted");
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.stop();
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(DeviceEvents.PROP_DEVICE_ID) instanceof String id)) {
            return;
        }
        String mac = event.getProperty(DeviceEvents.PROP_DEVICE_MAC) instanceof String m ? m : null;
        worker.submit("new device " + id, () -> {
            Device d = inventory == null ? null : inventory.byId(id).orElse(null);
            List<String> ips = d == null ? List.of()
                    : new ArrayList<>(d.ips()).stream().filter(Addresses::isAddress).sorted().limit(ResponseService.MAX_ADDRESSES).toList();
            String m = mac != null ? mac : d != null && !d.macs().isEmpty() ? d.macs().get(0) : null;
            engine.onDeviceAdded(id, m, ips, d == null ? null : d.displayName());
        });
    }
}
