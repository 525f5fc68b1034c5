package io.hearthguard.response.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseAction;
import io.hearthguard.api.response.ResponseService;

/**
 * New-device approval: a device the hub sees for the first time is held in quarantine until
 * someone approves it, which is undoing that quarantine. So that turning the mode on does
 * not lock the whole home out, devices first seen within the learning period after the mode
 * was first enabled are trusted; the start of that period is kept in
 * {@code <state>/approval.since} so a restart does not begin a new one.
 */
final class ApprovalEngine {
    private static final Logger LOG = Logger.getLogger(ApprovalEngine.class.getName());
    static final String ACTOR = "policy:new-device-approval";

    private final ResponseService response;
    private final Consumer<Finding> publish;
    private final Clock clock;
    private final Instant learningEnds;

    ApprovalEngine(ResponseService response, Consumer<Finding> publish, Clock clock, Path stateDir, Duration learning) throws IOException {
        this.response = response;
        this.publish = publish;
        this.clock = clock;
        this.learningEnds = since(stateDir, clock).plus(learning);
    }

    Instant learningEnds() {
        return learningEnds;
    }

    /** A device joined the network. */
    void onDeviceAdded(String deviceId, String mac, List<String> ips, String name) {
        if (clock.instant().isBefore(learningEnds)) {
            LOG.info("new-device approval: " + deviceId + " first seen during the learning period (until " + learningEnds + "); trusted");
            return;
        }
        if (mac == null && ips.isEmpty()) {
            LOG.warning("new-device approval: device " + deviceId + " has neither MAC nor address; cannot hold it");
            return;
        }
        try {
            ResponseAction a = response.quarantine(mac, ips, new Origin(ACTOR, "new device waiting for approval", null));
            String shown = name != null ? name + " (" + ResponseManager.who(a) + ")" : ResponseManager.who(a);
            Map<String, Object> ev = new LinkedHashMap<>();
            ev.put("actionId", a.id());
            ev.put("kind", "quarantine");
            ev.put("undo", List.of("approve: ResponseService.undo(\"" + a.id() + "\")"));
            publish.accept(Finding.builder("response.held", Categories.NEW_DEVICE, Severity.MEDIUM)
                    .device(new DeviceRef(deviceId, a.mac(), ips.isEmpty() ? null : ips.get(0), name))
                    .summary("New device " + shown + " joined and is held in quarantine (DNS and DHCP only) until you approve it")
                    .evidence(ev).dedupKey(a.id()).source("io.hearthguard.response").build());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "new-device approval could not hold " + deviceId + ": " + e.getMessage());
        }
    }

    private static Instant since(Path dir, Clock clock) throws IOException {
        Path f = dir.resolve("approval.since");
        if (Files.exists(f)) {
            String s = Files.readString(f, StandardCharsets.UTF_8).strip();
            try {
                return Instant.parse(s);
            } catch (RuntimeException e) {
                throw new IOException(f + " does not hold an ISO-8601 instant: '" + Addresses.shorten(s) + "'", e);
            }
        }
        Instant now = clock.instant();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("approval.since.tmp");
        Files.writeString(tmp, now.toString() + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, f, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return now;
    }
}
