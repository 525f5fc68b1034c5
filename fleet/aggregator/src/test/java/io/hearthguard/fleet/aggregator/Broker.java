package io.hearthguard.fleet.aggregator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;

import io.hearthguard.testsupport.Ports;

/**
 * The operator's MQTT broker in the backend tests and the benchmark: Debian's mosquitto on a
 * loopback port, one password for all simulated hubs plus the bridge's, an ACL (hubs write
 * under {@code fleet/<user>/}, the bridge reads), persistence for restarts. TLS and per-hub
 * credentials of real hubs are tested with the hub's channel (io.hearthguard.notify.fleet).
 */
public final class Broker implements AutoCloseable {

    public static final String BRIDGE_USER = "bridge";
    public static final String BRIDGE_PASSWORD = "bridge-password-0123456789";
    final Path dir;
    final int port;
    private Process process;

    public Broker(Path dir, int maxConnections) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mosquitto")), "mosquitto is not installed; fleet backend tests skipped");
        this.dir = Files.createDirectories(dir);
        port = Ports.freeLoopbackPort(); // bound by mosquitto only at start(), again at each restart
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "");
        Process p = new ProcessBuilder("mosquitto_passwd", "-b", passwd.toString(), BRIDGE_USER, BRIDGE_PASSWORD).redirectErrorStream(true)
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mosquitto_passwd failed: " + new String(p.getInputStream().readAllBytes()));
        }
        // simulated hubs connect anonymously as "hub" users would: the ACL pattern still binds them by client id
        Files.writeString(dir.resolve("acl"), "user " + BRIDGE_USER + "\ntopic read fleet/#\n\npattern write fleet/%c/#\n");
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n", "listener " + port + " 127.0.0.1",
                "allow_anonymous true", "password_file " + passwd, "acl_file " + dir.resolve("acl"), "persistence true",
                "persistence_location " + dir + "/", "user " + System.getProperty("user.name"), "log_dest stdout", "log_type error",
                "log_type warning", "max_queued_messages 1000000", "max_inflight_messages 1000", "set_tcp_nodelay true",
                "max_connections " + maxConnections, ""));
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Starts mosquitto and returns once it accepts an MQTT login (the bridge's). */
    public Broker start() throws IOException, InterruptedException {
        process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("broker.log").toFile())).start();
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName(BRIDGE_USER);
        o.setPassword(BRIDGE_PASSWORD.toCharArray());
        o.setConnectionTimeout(2);
        for (int attempt = 0; attempt < 100 && process.isAlive(); attempt++) {
            try (MqttClient probe = new MqttClient(uri(), "probe-" + port, new MemoryPersistence())) {
                probe.connect(o);
                probe.disconnect();
                return this;
            } catch (MqttException e) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly().waitFor(); // never leave a broker behind
        throw new IOException("mosquitto did not accept a login: " + Files.readString(dir.resolve("broker.log")));
    }

    public long pid() {
        return process.pid();
    }

    /** SIGTERM; mosquitto saves sessions and queued messages. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
