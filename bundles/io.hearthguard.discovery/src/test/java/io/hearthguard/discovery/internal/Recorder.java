package io.hearthguard.discovery.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.traffic.TrafficMetadata;

/** Test listener that records what the engine announces, plus engine builders. */
final class Recorder implements InventoryEngine.Listener {
    final List<String> events = new ArrayList<>();
    final List<Device> newDevices = new ArrayList<>();
    final List<InventoryEngine.Mitm> mitm = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    final List<InventoryEngine.Stored> stored = new ArrayList<>();

    @Override
    public void added(Device d) {
        events.add("ADDED " + d.id());
    }

    @Override
    public void changed(Device before, Device after) {
        events.add("CHANGED " + after.id());
    }

    @Override
    public void online(Device d) {
        events.add("ONLINE " + d.id());
    }

    @Override
    public void offline(Device d) {
        events.add("OFFLINE " + d.id());
    }

    @Override
    public void removed(Device d) {
        events.add("REMOVED " + d.id());
    }

    @Override
    public void newDevice(Device d) {
        newDevices.add(d);
    }

    @Override
    public void identityChanged(Device before, Device after, String what) {
        changes.add(after.id() + " " + what);
    }

    @Override
    public void mitm(InventoryEngine.Mitm alert) {
        mitm.add(alert);
    }

    @Override
    public void dirty(Device device, InventoryEngine.Stored s) {
        stored.removeIf(x -> x.id().equals(s.id()));
        stored.add(s);
    }

    /** @return an identifier over the shared copies of the IEEE registries and fingerprint databases */
    private static Identifier real;

    static synchronized Identifier realIdentifier() throws Exception {
        if (real == null) {
            real = loadRealIdentifier();
        }
        return real;
    }

    private static Identifier loadRealIdentifier() throws Exception {
        Path oui = Tshark.shared("oui/ieee-data");
        Path fp = Tshark.shared("other/fingerprints");
        List<String> problems = new ArrayList<>();
        DhcpFingerprints f = DhcpFingerprints.load(List.of(fp), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        UserAgentFingerprints ua = UserAgentFingerprints.load(List.of(fp), problems);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        return new Identifier(OuiRegistry.load(oui), f, RuleSources.builtIn(), ua);
    }

    /** Feeds every record of the captures into a new engine and flushes as at session end. */
    static InventoryEngine feed(Recorder r, Identifier id, Path... pcaps) throws Exception {
        InventoryEngine e = new InventoryEngine(id, InventoryEngine.Settings.defaults(), r);
        for (Path p : pcaps) {
            for (TrafficMetadata m : Tshark.records(p)) {
                e.metadata(m);
                e.tick(m.timestamp());
            }
            e.flush(true);
        }
        return e;
    }
}
