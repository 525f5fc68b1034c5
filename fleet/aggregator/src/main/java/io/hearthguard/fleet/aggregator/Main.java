package io.hearthguard.fleet.aggregator;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Command line of the operator backend (see docs/fleet.md):
 * <pre>
 * bridge     --mqtt ssl://host:8883 --kafka host:9092 [--user U --password-file F] [--ca ca.pem]
 *            [--prefix fleet] [--share GROUP] [--client-id ID]
 * aggregator --kafka host:9092 [--http 127.0.0.1:8088] [--group fleet-aggregator] [--silent-intervals 3]
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !args[0].equals("bridge") && !args[0].equals("aggregator")) {
            System.err.println("usage: (bridge|aggregator) --option value ...  (docs/fleet.md)");
            System.exit(2);
        }
        Map<String, String> o = options(args);
        CountDownLatch stop = new CountDownLatch(1);
        AutoCloseable running;
        if (args[0].equals("bridge")) {
            String password = o.containsKey("password-file")
                    ? Files.readString(Path.of(o.get("password-file")), StandardCharsets.UTF_8).strip() : "";
            running = new Bridge(required(o, "mqtt"), o.getOrDefault("client-id", "fleet-bridge"), o.getOrDefault("user", ""), password,
                    o.containsKey("ca") ? trusting(Path.of(o.get("ca"))) : null, o.getOrDefault("prefix", "fleet"), o.getOrDefault("share", ""),
                    required(o, "kafka")).start();
        } else {
            FleetView view = new FleetView(Clock.systemUTC(), new LagRecorder());
            Aggregator a = new Aggregator(required(o, "kafka"), o.getOrDefault("group", "fleet-aggregator"), view).start();
            String[] http = o.getOrDefault("http", "127.0.0.1:8088").split(":(?=[0-9]+$)");
            Api api = new Api(new InetSocketAddress(http[0], Integer.parseInt(http[1])), view,
                    Integer.parseInt(o.getOrDefault("silent-intervals", "3"))).start();
            System.out.println("operator page on http://" + http[0] + ":" + api.port() + "/");
            running = () -> {
                api.close();
                a.close();
            };
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                System.err.println("closing: " + e);
            }
            stop.countDown();
        }));
        stop.await();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + args[i] + "'");
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }

    private static String required(Map<String, String> o, String k) {
        String v = o.get(k);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + k + " is required");
        }
        return v;
    }

    /** A socket factory trusting exactly the CA certificates of a PEM file. */
    public static SSLSocketFactory trusting(Path ca) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        int i = 0;
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(Files.readAllBytes(ca)))) {
            ks.setCertificateEntry("ca" + i++, c);
        }
        if (i == 0) {
            throw new IllegalArgumentException(ca + " holds no certificate");
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx.getSocketFactory();
    }
}
