package io.hearthguard.discovery.internal;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.platform.cli.Command;

/** {@code hearthguard devices [--json] [--evidence]}: the known devices and why. */
@Component(property = {Command.PROP_NAME + "=devices",
        Command.PROP_SUMMARY + "=List the known devices: vendor, type, model and the evidence for them"})
public final class DevicesCommand implements Command {
    private final DeviceInventory inventory;

    @Activate
    public DevicesCommand(@Reference DeviceInventory inventory) {
        this.inventory = inventory;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        boolean json = false;
        boolean evidence = false;
        for (String a : args) {
            switch (a) {
                case "--json" -> json = true;
                case "--evidence" -> evidence = true;
                case "--help", "-h" -> {
                    out.println("usage: hearthguard devices [--json] [--evidence]");
                    out.println("  Lists the devices the hub knows (stored inventory), strongest evidence first.");
                    out.println("  --json      one JSON object per device and line");
                    out.println("  --evidence  show the evidence under each device in the table");
                    return OK;
                }
                default -> {
                    err.println("devices: unknown argument '" + a + "' (try --help)");
                    return USAGE;
                }
            }
        }
        if (inventory instanceof DiscoveryComponent dc && !dc.awaitStarted(Duration.ofSeconds(30))) {
            err.println("devices: the inventory did not finish loading within 30 s");
        }
        if (json) {
            DeviceReport.json(inventory.devices(), out);
        } else {
            DeviceReport.table(inventory.devices(), evidence, out);
        }
        return OK;
    }
}
