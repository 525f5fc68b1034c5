package io.hearthguard.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hearthguard.testsupport.Ports;

/** The assembled hub (runtime/target) started as its own process on a free loopback port. */
final class HubProcess implements AutoCloseable {
    static final Path ROOT = Path.of(System.getProperty("hearthguard.root", "../..")).toAbsolutePath().normalize();
    private static final Pattern SETUP_CODE = Pattern.compile("setup code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");

    final Path data;
    final int port;
    final Process process;
    final Path log;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HubProcess(Path data, int port, Process process, Path log) {
        this.data = data;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static HubProcess start(Path data) throws IOException {
        Path target = ROOT.resolve("runtime/target");
        if (!Files.isDirectory(target.resolve("export/hearthguard"))) {
            throw new IllegalStateException(target + "/export/hearthguard is missing: build the runtime module first");
        }
        int port = Ports.freeLoopbackPort(); // the hub's JVM binds it seconds later
        Files.createDirectories(data);
        Path log = data.getParent().resolve("hub-" + port + ".out");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dhearthguard.bundles=" + target.resolve("export/hearthguard"), "-cp",
                target.resolve("hearthguard-launcher.jar") + ":" + target.resolve("lib/*"), "io.hearthguard.launcher.Main",
                "--data", data.toString(), "--port", Integer.toString(port));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new HubProcess(data, port, p, log);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!output().contains("Hearthguard hub ready in")) {
            if (!process.isAlive() || System.nanoTime() > end) {
                throw new AssertionError("hub not ready:\n" + output());
            }
            Thread.sleep(50);
        }
    }

    /** @return the one-time setup code the hub printed to its console */
    String setupCode() throws IOException {
        Matcher m = SETUP_CODE.matcher(output());
        if (!m.find()) {
            throw new AssertionError("no setup code on the console:\n" + output());
        }
        return m.group(1);
    }

    HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        return send("GET", path, null, headers);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
