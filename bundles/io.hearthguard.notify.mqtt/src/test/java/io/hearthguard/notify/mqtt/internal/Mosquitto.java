package io.hearthguard.notify.mqtt.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import io.hearthguard.testsupport.Ports;

/**
 * A real mosquitto broker on a free loopback port, with persistence in a temp dir so
 * sessions and queued QoS 1 messages survive a restart. Tests skip when the binary is
 * missing (install Debian's {@code mosquitto}).
 */
final class Mosquitto implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/sbin/mosquitto", "/usr/bin/mosquitto", "/usr/local/sbin/mosquitto");

    final Path dir;
    final int port;
    private final Path conf;
    private Process process;

    static Path binary() {
        for (String c : CANDIDATES) {
            if (Files.isExecutable(Path.of(c))) {
                return Path.of(c);
            }
        }
        Assumptions.assumeTrue(false, "mosquitto is not installed (apt-get install -y mosquitto mosquitto-clients); MQTT broker tests skipped");
        return null;
    }

    /** @param extraConf further mosquitto.conf lines (e.g. password_file) */
    Mosquitto(Path dir, String... extraConf) throws IOException {
        binary();
        this.dir = Files.createDirectories(dir);
        port = Ports.freeLoopbackPort(); // bound by mosquitto only at start(), again at each restart
        conf = dir.resolve("mosquitto.conf");
        StringBuilder b = new StringBuilder();
        b.append("listener ").append(port).append(" 127.0.0.1\n");
        b.append("persistence true\npersistence_location ").append(dir).append("/\n");
        // run as the test's user (as root, mosquitto would drop to user mosquitto and lose the temp dir)
        b.append("user ").append(System.getProperty("user.name")).append('\n');
        b.append("log_dest stdout\nlog_type all\n");
        b.append("max_queued_messages 100000\n");
        b.append("set_tcp_nodelay true\n"); // PUBACKs at once, not after a delayed ACK
        boolean auth = false;
        for (String l : extraConf) {
            b.append(l).append('\n');
            auth |= l.startsWith("password_file");
        }
        b.append("allow_anonymous ").append(!auth).append('\n');
        Files.writeString(conf, b.toString());
    }

    String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** @return the URI for a broker configured with certfile/keyfile (TLS on the one listener) */
    String sslUri() {
        return "ssl://127.0.0.1:" + port;
    }

    Mosquitto start() throws IOException, InterruptedException {
        process = new ProcessBuilder(binary().toString(), "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.txt").toFile())).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return this;
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new IOException("mosquitto exited: " + Files.readString(dir.resolve("stdout.txt")));
                }
                Thread.sleep(20);
            }
        }
        throw new IOException("mosquitto did not listen on port " + port + " within 10 s");
    }

    /** Stops gracefully (SIGTERM): mosquitto saves sessions and queued messages. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Kills the broker with SIGKILL: it saves nothing (only what its last autosave wrote survives). */
    void kill9() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
