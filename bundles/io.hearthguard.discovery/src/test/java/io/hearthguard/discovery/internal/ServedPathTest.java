package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.device.Device;
import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.traffic.FlowRecord;
import io.hearthguard.api.traffic.TcpState;

/**
 * A device's own web interface, as an app on the home network asks it, names what the device is: the path of a
 * request between two home devices is a fact of the server, not only of the caller.
 */
class ServedPathTest {
    static final Instant T0 = InventoryEngineTest.T0;
    static final long ROUTER = InventoryEngineTest.ROUTER;
    static final long PHONE = Macs.parse("02:11:22:33:44:01");
    static final long DEV = Macs.parse("74:da:38:00:00:01");

    final InventoryEngine engine = new InventoryEngine(InventoryEngineTest.identifier(), InventoryEngine.Settings.defaults(), new Recorder());

    void seen(long mac, String ip) {
        engine.flow(BehaviourTest.f(mac, FlowRecord.Phase.STARTED, 17, ip, 5353, "224.0.0.251", 5353, mac, 0x01005e0000fbL, T0, T0, 50, 0,
                1, 0));
    }

    Device device(long mac) {
        engine.flush(true);
        return engine.byMac(Macs.format(mac)).orElseThrow();
    }

    @Test
    void theAppAskingTheDevicesOwnPageNamesItsKind() {
        seen(PHONE, "192.168.1.30");
        seen(DEV, "192.168.1.40");
        engine.metadata(new Records.Http(T0.plusSeconds(5), PHONE, DEV, "192.168.1.30", "192.168.1.40", 40000, 10000, "POST",
                "/smartplug.cgi", Optional.of("192.168.1.40:10000"), Optional.empty()));
        assertServerNamed(DeviceType.PLUG, "http-served", "web interface");
    }

    /** The server is of that kind by evidence of that source; the caller stays untyped. */
    Device assertServerNamed(DeviceType type, String source, String detail) {
        Device d = device(DEV);
        assertEquals(type, d.type());
        assertTrue(d.evidence().stream().anyMatch(e -> e.source().equals(source) && e.detail().contains(detail)),
                d.evidence().toString());
        assertEquals(DeviceType.UNKNOWN, device(PHONE).type(), "what the server serves is not the caller's kind");
        return d;
    }

    @Test
    void requestsToTheRouterOrToTheInternetNameNoServer() {
        seen(PHONE, "192.168.1.30");
        seen(DEV, "192.168.1.40");
        engine.metadata(InventoryEngineTest.ack(T0, ROUTER, DEV, "192.168.1.40")); // the router answers DHCP: the gateway
        engine.metadata(new Records.Http(T0.plusSeconds(5), DEV, ROUTER, "192.168.1.40", "192.168.1.1", 40000, 80, "GET",
                "/camera/snapshot.jpg", Optional.empty(), Optional.empty()));
        engine.metadata(new Records.Http(T0.plusSeconds(6), DEV, ROUTER, "192.168.1.40", "52.1.2.3", 40001, 80, "GET",
                "/smartplug/firmware.bin", Optional.empty(), Optional.empty()));
        Device d = device(DEV);
        assertTrue(d.evidence().stream().noneMatch(e -> e.source().equals("http-served")), d.evidence().toString());
        assertTrue(engine.byMacBits(ROUTER) == null || engine.byMacBits(ROUTER).evidence().stream().noneMatch(e -> e.source().equals("http-served")));
    }

    // A brand's own LAN control protocol on its fixed port names the device that serves it (Smarter's kettles and coffee
    // machines on TCP 2081), also when the capture met the app's conversation only as it closed, with no answer
    // captured; a connection attempt nobody accepted names nothing.

    void appTo(int port, TcpState state) {
        seen(PHONE, "192.168.1.30");
        seen(DEV, "192.168.1.40");
        engine.flow(new Records.Flow(9, FlowRecord.Phase.STARTED, 6, "192.168.1.30", 33858, "192.168.1.40", port, PHONE, DEV,
                T0.plusSeconds(5), T0.plusSeconds(5), 0, 0, 1, 0, 0, 0, 1, 0, state, Optional.empty()));
    }

    @Test
    void theAppClosingItsConversationOnABrandsProtocolPortNamesTheServer() {
        appTo(2081, TcpState.CLOSING); // the capture met it at the app's FIN
        assertEquals("Smarter", assertServerNamed(DeviceType.APPLIANCE, "port", "tcp/2081").vendor().orElse(null));
    }

    @Test
    void aConnectionAttemptNobodyAnsweredNamesNoServer() {
        appTo(2081, TcpState.SYN_SENT); // a SYN nobody answered: a scan, not a service
        assertTrue(device(DEV).evidence().stream().noneMatch(e -> e.source().equals("port")), device(DEV).evidence().toString());
    }
}
