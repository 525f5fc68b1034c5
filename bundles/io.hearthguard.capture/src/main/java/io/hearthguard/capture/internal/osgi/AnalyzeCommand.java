package io.hearthguard.capture.internal.osgi;

import java.io.PrintStream;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.hearthguard.api.device.DeviceInventory;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.capture.internal.analyze.Analyzer;
import io.hearthguard.platform.cli.Command;

/** {@code ./hearthguard analyze FILE [--json] [--progress]}: thin adapter over {@link Analyzer}. */
@Component(service = Command.class, property = {Command.PROP_NAME + "=analyze",
    Command.PROP_SUMMARY + "=Analyse a pcap/pcapng capture: flows, DNS, TLS, devices and findings"})
public final class AnalyzeCommand implements Command {
    private final TrafficHub hub;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceInventory inventory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile FindingService findings;

    @Activate
    public AnalyzeCommand(@Reference TrafficHub hub) {
        this.hub = hub;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return new Analyzer(hub.observers(), () -> inventory, () -> findings).run(args, out, err);
    }
}
