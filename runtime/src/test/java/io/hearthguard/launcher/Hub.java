package io.hearthguard.launcher;

import java.io.IOException;
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

import io.hearthguard.testsupport.Ports;

/** A hub running as its own process, started the way ./hearthguard starts it. */
final class Hub implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("hearthguard.root", "..")).toAbsolutePath().normalize();
    static final Path TARGET = ROOT.resolve("runtime/target");

    final Path data;
    final int port;
    final Process process;
    final Path log;
    final long startedNanos = System.nanoTime();

    private Hub(Path data, int port, Process process, Path log) {
        this.data = data;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static Hub start(Path data, String javaHome) throws IOException {
        return start(data, javaHome, List.of());
    }

    /** @param extraArgs further launcher options, e.g. {@code --move-aside-damaged-store} */
    static Hub start(Path data, String javaHome, List<String> extraArgs) throws IOException {
        return start(data, javaHome, extraArgs, List.of());
    }

    /**
     * @param prefix a command the java command is run under, e.g. {@code ip netns exec NS setpriv …};
     *               each must exec the next so the process is the JVM itself
     */
    static Hub start(Path data, String javaHome, List<String> extraArgs, List<String> prefix) throws IOException {
        int port = Ports.freeLoopbackPort(); // below the ephemeral range: see Ports
        Files.createDirectories(data);
        Path log = data.resolve("hub-" + System.nanoTime() + ".out");
        List<String> cmd = new ArrayList<>(prefix);
        cmd.add(Path.of(javaHome, "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Dhearthguard.bundles=" + TARGET.resolve("export/hearthguard"));
        cmd.add("-cp");
        cmd.add(TARGET.resolve("hearthguard-launcher.jar") + ":" + TARGET.resolve("lib/*"));
        cmd.add("io.hearthguard.launcher.Main");
        cmd.addAll(List.of("--data", data.toString(), "--port", Integer.toString(port)));
        cmd.addAll(extraArgs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Hub(data, port, p, log);
    }

    static Hub start(Path data) throws IOException {
        return start(data, System.getProperty("java.home"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, Duration.ofSeconds(5));
    }

    HttpResponse<String> get(String path, Duration timeout) throws IOException, InterruptedException {
        return HttpClient.newBuilder().connectTimeout(timeout).build().send(HttpRequest.newBuilder(URI.create(url(path))).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Waits until the launcher says the hub is ready (health UP) or started with problems;
     * returns milliseconds since the process started.
     */
    long awaitReady(Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError("hub exited with " + process.exitValue() + ":\n" + output());
            }
            String out = output();
            if (out.contains("Hearthguard hub ready in") || out.contains("Hearthguard hub started in")) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("hub was not ready within " + timeout + ":\n" + output());
    }

    /** Completes first-run setup (user admin) through the API and returns a new API token. */
    String adminToken(HttpClient http) throws Exception {
        java.util.regex.Matcher m = SecurityIT.SETUP_CODE.matcher(output());
        if (!m.find()) {
            throw new AssertionError("no setup code on the console:\n" + output());
        }
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String origin = "http://127.0.0.1:" + port;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/api/setup"))).timeout(Duration.ofSeconds(30)).header("Origin", origin)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                        java.util.Map.of("code", m.group(1), "username", "admin", "password", SecurityIT.PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("setup: " + r.statusCode() + " " + r.body());
        }
        String[] s = SecurityIT.session(r);
        r = http.send(HttpRequest.newBuilder(URI.create(url("/api/tokens"))).timeout(Duration.ofSeconds(30)).header("Origin", origin).header("Cookie", s[0])
                .header("X-CSRF-Token", s[1]).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"it\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("token: " + r.statusCode() + " " + r.body());
        }
        return json.readTree(r.body()).get("token").asText();
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    int stop() throws InterruptedException {
        process.destroy(); // SIGTERM: the shutdown hook stops the framework
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hub did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
