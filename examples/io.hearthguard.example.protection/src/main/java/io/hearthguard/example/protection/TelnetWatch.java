package io.hearthguard.example.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.protection.DeviceProtection;
import io.hearthguard.api.protection.ProtectionContext;
import io.hearthguard.api.protection.ProtectionService;
import io.hearthguard.api.traffic.FlowRecord;

/**
 * Example vendor protection: a device that accepts or opens cleartext Telnet sessions can
 * be taken over by anyone who sees its password. Reports each Telnet flow once, when it
 * starts. Which ports count and how severe it is come from {@code acme-policy.properties}.
 */
@Component
@ProtectionService(vendor = "acme", streams = "flow")
public final class TelnetWatch implements DeviceProtection {

    private final Set<Integer> ports;
    private final Severity severity;

    public TelnetWatch() {
        Properties p = new Properties();
        try (InputStream in = TelnetWatch.class.getResourceAsStream("/acme-policy.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ports = Stream.of(p.getProperty("ports", "23").split(",")).map(String::trim).map(Integer::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        severity = Severity.fromId(p.getProperty("severity", "medium").toLowerCase(Locale.ROOT));
    }

    @Override
    public void flow(FlowRecord flow, Device device, ProtectionContext context) {
        if (flow.phase() != FlowRecord.Phase.STARTED || flow.protocol() != 6 || !ports.contains(flow.responderPort())) {
            return;
        }
        context.publish(Finding.builder("acme.telnet", Categories.CLEARTEXT_CREDENTIALS, severity)
                .device(DeviceRef.of(device))
                .span(flow.firstSeen(), flow.lastSeen())
                .summary(device.displayName() + " is in a cleartext Telnet session (" + flow.initiatorIp() + " to "
                        + flow.responderIp() + ":" + flow.responderPort() + ")")
                .evidence(Map.of("initiator", flow.initiatorIp(), "responder", flow.responderIp(), "port", flow.responderPort(),
                        "policyPorts", ports.stream().sorted().toList()))
                .dedupKey(flow.responderIp() + ":" + flow.responderPort())
                .build());
    }
}
