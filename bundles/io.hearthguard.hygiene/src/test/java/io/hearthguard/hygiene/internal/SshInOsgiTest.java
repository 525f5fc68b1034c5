package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

import io.hearthguard.testsupport.Ports;

/**
 * JSch as the runtime runs it: the published bundle installed in a real Apache Felix, where it
 * must resolve with none of its optional imports and complete a key exchange with the real
 * dropbear (an ed25519 host key, which JSch implements only in its Java 15 multi-release
 * classes), on loopback. The login itself is meant to fail: the user does not exist.
 */
class SshInOsgiTest {

    @Test
    void theJschBundleResolvesInFelixAndCompletesAKeyExchangeWithDropbear(@TempDir Path dir) throws Exception {
        for (String bin : List.of("/usr/sbin/dropbear", "/usr/bin/dropbearkey")) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of(bin)), bin + " is missing (apt-get install dropbear-bin): skipped");
        }
        assertEquals(0, new ProcessBuilder("dropbearkey", "-t", "ed25519", "-f", dir.resolve("hostkey").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
        int port = Ports.freeLoopbackPort(); // dropbear binds it later
        Process dropbear = new ProcessBuilder("/usr/sbin/dropbear", "-F", "-E", "-p", "127.0.0.1:" + port, "-r", dir.resolve("hostkey").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dropbear.log").toFile()).start();
        Map<String, String> config = new HashMap<>();
        config.put("org.osgi.framework.storage", dir.resolve("felix").toString());
        config.put("org.osgi.framework.storage.clean", "onFirstInit");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
        framework.start();
        try {
            awaitPort(port, dropbear);
            String jar = com.jcraft.jsch.JSch.class.getProtectionDomain().getCodeSource().getLocation().toString();
            Bundle jsch = framework.getBundleContext().installBundle(jar);
            jsch.start();
            assertEquals(Bundle.ACTIVE, jsch.getState());
            Class<?> c = jsch.loadClass("com.jcraft.jsch.JSch");
            assertTrue(c.getClassLoader() != com.jcraft.jsch.JSch.class.getClassLoader(), "loaded by the bundle, not the test's class path");
            Object session = c.getMethod("getSession", String.class, String.class, int.class).invoke(c.getConstructor().newInstance(),
                    "hg-no-such-user", "127.0.0.1", port);
            session.getClass().getMethod("setPassword", String.class).invoke(session, "not-a-password");
            for (String[] kv : new String[][] { { "StrictHostKeyChecking", "no" }, { "PreferredAuthentications", "password" },
                    { "server_host_key", "ssh-ed25519" } }) {
                session.getClass().getMethod("setConfig", String.class, String.class).invoke(session, kv[0], kv[1]);
            }
            InvocationTargetException e = assertThrows(InvocationTargetException.class,
                    () -> session.getClass().getMethod("connect", int.class).invoke(session, 10_000));
            assertTrue(String.valueOf(e.getCause().getMessage()).startsWith("Auth fail"),
                    "the key exchange completed; only the login failed: " + e.getCause());
            Object hostKey = session.getClass().getMethod("getHostKey").invoke(session);
            assertEquals("ssh-ed25519", hostKey.getClass().getMethod("getType").invoke(hostKey));
            session.getClass().getMethod("disconnect").invoke(session);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
            dropbear.destroy();
            dropbear.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitPort(int port, Process p) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket()) {
                s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (java.io.IOException e) {
                assertTrue(p.isAlive(), "dropbear exited");
                Thread.sleep(100);
            }
        }
        throw new AssertionError("dropbear does not listen on " + port);
    }
}
