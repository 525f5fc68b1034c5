package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A network namespace with one veth pair that the test creates and removes: the host end
 * {@code 10.231.N.1/24}, the namespace end {@code 10.231.N.2/24}. Services started with
 * {@link #start} run inside it, so a check's packets stay on this veth pair. Skips the test
 * (assumption) when not root or when {@code ip netns} does not work.
 */
final class Netns implements AutoCloseable {
    final String name;
    final String hostIp;
    final String nsIp;
    final String subnet;
    private final String hostIf;
    private final List<Process> processes = new ArrayList<>();

    private Netns(int n) {
        this.name = "hghyg" + n;
        this.hostIf = "hghy" + n + "a";
        this.hostIp = "10.231." + n + ".1";
        this.nsIp = "10.231." + n + ".2";
        this.subnet = "10.231." + n + ".0/24";
    }

    static Netns create() throws IOException, InterruptedException {
        Assumptions.assumeTrue(run(List.of("id", "-u")).strip().equals("0"), "not root: network-namespace tests skipped");
        Assumptions.assumeTrue(exit(List.of("ip", "netns", "list")) == 0, "`ip netns` is not available: network-namespace tests skipped");
        Netns ns = new Netns(ThreadLocalRandom.current().nextInt(100, 250));
        String peer = "hghy" + ns.name.substring(5) + "b";
        try {
            must(List.of("ip", "netns", "add", ns.name));
            must(List.of("ip", "link", "add", ns.hostIf, "type", "veth", "peer", "name", peer));
            must(List.of("ip", "link", "set", peer, "netns", ns.name));
            must(List.of("ip", "addr", "add", ns.hostIp + "/24", "dev", ns.hostIf));
            must(List.of("ip", "link", "set", ns.hostIf, "up"));
            must(List.of("ip", "netns", "exec", ns.name, "ip", "addr", "add", ns.nsIp + "/24", "dev", peer));
            must(List.of("ip", "netns", "exec", ns.name, "ip", "link", "set", peer, "up"));
            must(List.of("ip", "netns", "exec", ns.name, "ip", "link", "set", "lo", "up"));
        } catch (IOException | RuntimeException e) {
            ns.close();
            throw e;
        }
        return ns;
    }

    /** @return the namespace end of the veth pair (its name inside the namespace) */
    String nsIf() {
        return "hghy" + name.substring(5) + "b";
    }

    /** Runs {@code command} inside the namespace and fails when it does not succeed. */
    void exec(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name));
        cmd.addAll(List.of(command));
        must(cmd);
    }

    /** @return the host end of the veth pair */
    String hostIf() {
        return hostIf;
    }

    /** Starts {@code command} inside the namespace; its output goes to {@code log}. */
    Process start(Path log, String... command) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", name));
        cmd.addAll(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(p);
        return p;
    }

    /** Waits until something accepts TCP connections on {@code port} of the namespace end. */
    void awaitPort(int port, Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("service for port " + port + " exited with " + p.exitValue());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(nsIp, port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nothing listens on " + nsIp + ":" + port + " after 10 s");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        // what our services started (e.g. a Telnet login session) lives only in this namespace
        for (String pid : run(List.of("ip", "netns", "pids", name)).split("\\s+")) {
            if (!pid.isBlank()) {
                exit(List.of("kill", "-9", pid.strip()));
            }
        }
        exit(List.of("ip", "netns", "del", name)); // removes the veth pair with it
        exit(List.of("ip", "link", "del", hostIf)); // in case the namespace never got its end
    }

    private static void must(List<String> cmd) throws IOException, InterruptedException {
        if (exit(cmd) != 0) {
            throw new IOException("failed: " + String.join(" ", cmd));
        }
    }

    static int exit(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** Skips the test (assumption) unless every one of {@code binaries} is installed. */
    static void assumeInstalled(String... binaries) {
        for (String bin : binaries) {
            Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of(bin)), bin + " is missing (see the test's class comment): skipped");
        }
    }

    /** @return how many times {@code regex} occurs in the file {@code log} (a service's own log) */
    static int count(Path log, String regex) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(java.nio.file.Files.readString(log));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }
}
