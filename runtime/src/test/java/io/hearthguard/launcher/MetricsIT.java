package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /metrics} of a whole hub process: live capture on the loopback interface (the
 * test's own requests to the hub are the traffic; needs CAP_NET_RAW, as the hub does), the
 * exposition checked by Prometheus' own {@code promtool check metrics} and by the Python
 * client library's parser (Debian's python3-prometheus-client) where they are installed
 * (.ci/run installs both), and the token
 * rule: a wrong bearer token is refused even from loopback.
 */
class MetricsIT {
    static final String TOKEN = "metrics-test-token-" + Long.toHexString(System.nanoTime()) + "-0123456789abcdef";

    @TempDir
    Path tmp;

    @Test
    void metricsCountLiveCaptureProtectionsAndFindingsAndPassPromtool() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("config"));
        Files.writeString(data.resolve("config/io.hearthguard.capture.live.cfg"), "enabled=true\ninterface=lo\nfilter=tcp\n");
        Files.writeString(data.resolve("config/io.hearthguard.health.metrics.cfg"), ".token=" + TOKEN + "\n");
        try (Hub hub = Hub.start(data)) {
            hub.awaitReady(Duration.ofSeconds(90));
            HttpResponse<String> r = null;
            long live = 0;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end) { // capture starts after config is read; our own requests are its traffic
                r = hub.get("/metrics");
                live = value(r.body(), "hearthguard_capture_packets_received_total{live=\"true\"}");
                if (r.statusCode() == 200 && live > 0) {
                    break;
                }
                Thread.sleep(200);
            }
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"), r.headers().toString());
            String text = r.body();
            assertTrue(live > 0, "live capture on lo counted packets:\n" + text + "\n" + hub.output());
            assertTrue(value(text, "hearthguard_capture_sessions{live=\"true\"}") == 1, text);
            assertTrue(text.contains("hearthguard_capture_packets_dropped_total{live=\"true\",reason=\"kernel\"}"), text);
            // the built-in protections are registered with the host: each has a queue depth and is not quarantined
            for (String p : List.of("eavesdrop", "upload", "intrusion")) {
                Matcher m = Pattern.compile("hearthguard_protection_quarantined\\{protection=\"[^\"]*" + p + "[^\"]*\",vendor=\"[^\"]*\"} 0").matcher(text);
                assertTrue(m.find(), p + " listed and not quarantined:\n" + text);
            }
            assertTrue(text.contains("hearthguard_metrics_rejected_samples 0\n"), text);

            check(text);

            HttpClient c = HttpClient.newHttpClient();
            HttpResponse<String> wrong = c.send(HttpRequest.newBuilder(URI.create(hub.url("/metrics")))
                    .header("Authorization", "Bearer not-the-token").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode(), wrong.body());
            assertTrue(wrong.body().contains("Authorization: Bearer"), wrong.body());
            HttpResponse<String> right = c.send(HttpRequest.newBuilder(URI.create(hub.url("/metrics")))
                    .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, right.statusCode());
            HttpResponse<String> post = c.send(HttpRequest.newBuilder(URI.create(hub.url("/metrics"))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(post.statusCode() == 405 || post.statusCode() == 403, post.statusCode() + " " + post.body());
            assertTrue(!hub.output().contains(TOKEN), "the token is never logged");
        }
    }

    /** The value of one sample line, or -1 when absent. */
    static long value(String text, String series) {
        for (String l : text.split("\n")) {
            if (l.startsWith(series + " ")) {
                return (long) Double.parseDouble(l.substring(series.length() + 1).trim());
            }
        }
        return -1;
    }

    static String find(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return null;
    }

    /** Validates with promtool and the Python client's parser, each when installed. */
    void check(String text) throws Exception {
        Path f = Hub.TARGET.resolve("metrics-sample.txt"); // kept as test output (docs/notifications.md shows an excerpt)
        Files.writeString(f, text);
        int checked = 0;
        String promtool = find("promtool");
        if (promtool != null) {
            Process p = new ProcessBuilder(promtool, "check", "metrics").redirectInput(f.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), "promtool check metrics:\n" + out + "\n" + text);
            checked++;
        }
        List<String> py = new ArrayList<>(List.of(Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3", "-c",
                "import sys\ntry:\n from prometheus_client.parser import text_string_to_metric_families as p\nexcept ImportError:\n sys.exit(3)\n"
                        + "n=sum(len(f.samples) for f in p(open(sys.argv[1]).read()))\nprint(n)\nsys.exit(0 if n>0 else 1)",
                f.toString()));
        Process p = new ProcessBuilder(py).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        if (p.exitValue() != 3) {
            assertEquals(0, p.exitValue(), "prometheus_client parser:\n" + out);
            checked++;
        }
        System.out.println("MetricsIT: exposition checked by " + checked + " parser(s), " + text.lines().count() + " lines");
    }
}
