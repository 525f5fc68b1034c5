package io.hearthguard.discovery.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.hearthguard.api.device.DeviceType;
import io.hearthguard.api.traffic.SsdpMessage;

/** UPnP description fetching against a description server on loopback only. */
class UpnpFetcherTest {
    static final String DESCRIPTION = """
            <?xml version="1.0"?>
            <root xmlns="urn:schemas-upnp-org:device-1-0">
              <specVersion><major>1</major><minor>0</minor></specVersion>
              <device>
                <deviceType>urn:schemas-upnp-org:device:MediaRenderer:1</deviceType>
                <friendlyName>Living room TV</friendlyName>
                <manufacturer>Acme Displays</manufacturer>
                <modelName>Acme Vision 55</modelName>
                <modelNumber>AV55-2026</modelNumber>
              </device>
            </root>
            """;

    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    String base;
    final AtomicLong clock = new AtomicLong(10_000_000_000L);
    final Subnets loopback = Subnets.of(List.of("127.0.0.0/16"));

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/desc.xml", x -> reply(x, 200, DESCRIPTION.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge.xml", x -> reply(x, 200, ("<root>" + "x".repeat(200_000) + "</root>").getBytes(StandardCharsets.UTF_8)));
        server.createContext("/moved", x -> {
            requests.incrementAndGet();
            x.getResponseHeaders().add("Location", "http://192.0.2.1/desc.xml");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/entity.xml", x -> reply(x, 200, ("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><root><device><modelName>&b;</modelName></device></root>")
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/slow.xml", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, 0);
            try (OutputStream o = x.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    o.write("<".getBytes(StandardCharsets.UTF_8));
                    o.flush();
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                // the client gave up
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void reply(com.sun.net.httpserver.HttpExchange x, int status, byte[] body) throws java.io.IOException {
        requests.incrementAndGet();
        x.sendResponseHeaders(status, body.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(body);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    UpnpFetcher fetcher() {
        return new UpnpFetcher(loopback, Duration.ofHours(1), () -> clock.addAndGet(2_000_000_000L), Duration.ofSeconds(1));
    }

    @Test
    void readsTheModelFromTheAnnouncersOwnDescription() throws Exception {
        Map<String, String> d = fetcher().fetch(base + "/desc.xml", "127.0.0.1");
        assertEquals("urn:schemas-upnp-org:device:MediaRenderer:1", d.get("devicetype"));
        assertEquals("Acme Vision 55", d.get("modelname"));
        assertEquals("Living room TV", d.get("friendlyname"));
    }

    @Test
    void neverFetchesAnotherHostANameOrAnAddressOutsideTheSubnets() {
        UpnpFetcher f = fetcher();
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch(base + "/desc.xml", "127.0.0.2"));
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch("http://localhost:" + server.getAddress().getPort() + "/desc.xml", "127.0.0.1"));
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch("https://127.0.0.1/desc.xml", "127.0.0.1"));
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch("file:///etc/passwd", "127.0.0.1"));
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch("http://user:pw@127.0.0.1/desc.xml", "127.0.0.1"));
        UpnpFetcher elsewhere = new UpnpFetcher(Subnets.of(List.of("192.168.1.0/24")), Duration.ofHours(1), clock::get);
        assertThrows(UpnpFetcher.Refused.class, () -> elsewhere.fetch(base + "/desc.xml", "127.0.0.1"));
        assertEquals(0, requests.get());
        assertThrows(IllegalArgumentException.class, () -> Subnets.of(List.of("0.0.0.0/0")));
        assertThrows(IllegalArgumentException.class, () -> Subnets.of(List.of("10.0.0.0/8")));
    }

    @Test
    void fetchesOneAddressAtMostOncePerInterval() throws Exception {
        UpnpFetcher f = fetcher();
        f.fetch(base + "/desc.xml", "127.0.0.1");
        assertThrows(UpnpFetcher.Refused.class, () -> f.fetch(base + "/desc.xml", "127.0.0.1"));
        assertEquals(1, requests.get());
    }

    @Test
    void hostileServersGetNothingIn() {
        assertThrows(UpnpFetcher.Refused.class, () -> fetcher().fetch(base + "/huge.xml", "127.0.0.1"));
        assertThrows(UpnpFetcher.Refused.class, () -> fetcher().fetch(base + "/moved", "127.0.0.1"));
        assertThrows(UpnpFetcher.Refused.class, () -> fetcher().fetch(base + "/entity.xml", "127.0.0.1"));
        assertTimeoutPreemptively(Duration.ofSeconds(4),
                () -> assertThrows(UpnpFetcher.Refused.class, () -> fetcher().fetch(base + "/slow.xml", "127.0.0.1")));
        assertEquals(4, requests.get(), "the redirect was not followed");
    }

    @Test
    void anAnnouncedDescriptionIdentifiesTheDeviceThroughTheComponent() throws Exception {
        DiscoveryComponent c = new DiscoveryComponent(DiscoveryComponentTest.config(null), DiscoveryComponentTest.context(null), null);
        try {
            c.activeSubnets(loopback);
            long tv = Macs.parse("00:09:b0:12:34:56");
            c.metadata(new Records.Ssdp(Instant.parse("2026-01-01T10:00:00Z"), tv, -1, "127.0.0.1", "239.255.255.250", 1900, 1900,
                    SsdpMessage.Kind.NOTIFY, Optional.of(base + "/desc.xml"), Optional.of("Linux/5.4 UPnP/1.0 AcmeRenderer/2"),
                    Optional.empty(), Optional.of("urn:schemas-upnp-org:device:MediaRenderer:1"), Optional.of("ssdp:alive"), Map.of()));
            long[] ms = {Instant.parse("2026-01-01T10:00:00Z").toEpochMilli()};
            DiscoveryComponentTest.waitFor(() -> {
                ms[0] += 2000; // capture time goes on; the engine flushes once per second of it
                c.tick(ms[0] * 1_000_000L);
                return c.byMacBits(tv).model().isPresent();
            }, "description fetched");
            var d = c.byMacBits(tv);
            assertEquals("Acme Vision 55", d.model().orElseThrow());
            assertEquals("Acme Displays", d.vendor().orElseThrow());
            assertEquals(DeviceType.TV, d.type());
            assertTrue(d.names().contains("Living room TV"), d.names().toString());
            assertEquals(1, requests.get());
        } finally {
            c.deactivate();
        }
    }
}
