package io.hearthguard.notify.fleet.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import io.hearthguard.testsupport.Ports;

/**
 * An operator's broker for the tests: Debian's mosquitto on a free loopback port, TLS with a CA
 * made by openssl for the test, one password per hub, and an ACL that lets a hub write only
 * under {@code fleet/<its user name>/} while the operator reads {@code #}. Persistence on, so
 * queued QoS 1 messages survive a graceful restart. Skips when mosquitto or openssl is absent.
 */
final class FleetBroker implements AutoCloseable {

    static final String OPERATOR = "operator";
    static final String OPERATOR_PASSWORD = "operator-pass-0123456789";

    final Path dir;
    final Path ca;
    final int port;
    private Process process;

    /** @param hubs user names; each hub's password is {@link #password(String)} */
    FleetBroker(Path dir, List<String> hubs) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/mosquitto")),
                "mosquitto is not installed (apt-get install -y mosquitto mosquitto-clients); fleet broker tests skipped");
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl absent; fleet TLS tests skipped");
        this.dir = Files.createDirectories(dir);
        port = Ports.freeLoopbackPort(); // bound by mosquitto only at start(), after the certificates are made
        run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=fleet test CA");
        run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
        Files.writeString(dir.resolve("ext.cnf"), "subjectAltName=IP:127.0.0.1\n");
        run("openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem",
                "-days", "2", "-extfile", "ext.cnf");
        ca = dir.resolve("ca.pem");
        List<String> users = new ArrayList<>(hubs);
        users.add(OPERATOR);
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "");
        for (String u : users) {
            run("mosquitto_passwd", "-b", passwd.toString(), u, u.equals(OPERATOR) ? OPERATOR_PASSWORD : password(u));
        }
        Files.writeString(dir.resolve("acl"), "user " + OPERATOR + "\ntopic read fleet/#\n\npattern write fleet/%u/#\n");
        String user = System.getProperty("user.name");
        Files.writeString(dir.resolve("mosquitto.conf"), String.join("\n",
                "listener " + port + " 127.0.0.1",
                "certfile " + dir.resolve("server.pem"), "keyfile " + dir.resolve("server.key"),
                "password_file " + passwd, "acl_file " + dir.resolve("acl"), "allow_anonymous false",
                "persistence true", "persistence_location " + dir + "/", "user " + user,
                "log_dest stdout", "log_type error", "log_type warning", "log_type notice",
                "max_queued_messages 200000", "set_tcp_nodelay true", ""));
    }

    /** The per-hub password the broker knows for a user. */
    static String password(String hub) {
        return "pw-" + hub + "-0123456789abcdef";
    }

    String uri() {
        return "ssl://127.0.0.1:" + port;
    }

    private void run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("setup.log").toFile())).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + Files.readString(dir.resolve("setup.log")));
        }
    }

    /** Starts mosquitto and returns once a TLS handshake with it (trusting the test CA) succeeds. */
    FleetBroker start() throws IOException, InterruptedException {
        Path log = dir.resolve("broker.log");
        process = new ProcessBuilder("/usr/sbin/mosquitto", "-c", dir.resolve("mosquitto.conf").toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        javax.net.ssl.SSLSocketFactory tls = Tls.context(ca.toString(), "", "").getSocketFactory();
        for (int i = 0; i < 200 && process.isAlive(); i++) {
            try (javax.net.ssl.SSLSocket s = (javax.net.ssl.SSLSocket) tls.createSocket("127.0.0.1", port)) {
                s.startHandshake();
                return this;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly().waitFor(); // never leave a broker behind
        throw new IOException("mosquitto did not come up: " + Files.readString(log));
    }

    /** SIGTERM: mosquitto writes its persistence file (sessions, queued messages) and exits. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
