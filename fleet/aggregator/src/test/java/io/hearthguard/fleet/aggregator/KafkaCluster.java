package io.hearthguard.fleet.aggregator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import io.hearthguard.testsupport.Ports;

/**
 * A real Apache Kafka cluster in KRaft mode (every node broker and controller), each node a
 * child JVM started from Maven Central's jars on this test's class path ({@code kafka.Kafka}),
 * formatted with {@code kafka.tools.StorageTool}, listening on loopback only. Its folder is
 * removed on close. Also the benchmark's cluster ({@link #main}).
 */
public final class KafkaCluster implements AutoCloseable {

    final Path dir;
    final int size;
    private final int[] brokerPorts;
    private final int[] controllerPorts;
    private final Process[] nodes;
    private final String heap;

    public KafkaCluster(Path dir, int size, String heap) throws IOException, InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.size = size;
        this.heap = heap;
        brokerPorts = new int[size];
        controllerPorts = new int[size];
        nodes = new Process[size];
        for (int i = 0; i < size; i++) {
            // bound only when the nodes start, and again when a node is restarted: below the ephemeral range
            brokerPorts[i] = Ports.freeLoopbackPort();
            controllerPorts[i] = Ports.freeLoopbackPort();
        }
        StringBuilder voters = new StringBuilder();
        for (int i = 0; i < size; i++) {
            voters.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(controllerPorts[i]);
        }
        String cluster = Uuid.randomUuid().toString();
        for (int i = 0; i < size; i++) {
            Path node = Files.createDirectories(dir.resolve("node" + (i + 1)));
            int rf = Math.min(3, size);
            Files.writeString(node.resolve("server.properties"), String.join("\n",
                    "process.roles=broker,controller", "node.id=" + (i + 1),
                    "listeners=PLAINTEXT://127.0.0.1:" + brokerPorts[i] + ",CONTROLLER://127.0.0.1:" + controllerPorts[i],
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPorts[i], "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT", "controller.quorum.voters=" + voters,
                    "log.dirs=" + node.resolve("data"), "offsets.topic.replication.factor=" + rf, "offsets.topic.num.partitions=6",
                    "transaction.state.log.replication.factor=" + rf, "transaction.state.log.min.isr=" + Math.max(1, rf - 1),
                    "default.replication.factor=" + rf, "min.insync.replicas=" + Math.max(1, rf - 1), "auto.create.topics.enable=false",
                    "group.initial.rebalance.delay.ms=0", "num.network.threads=2", "num.io.threads=2", "log.flush.interval.messages=9223372036854775807",
                    "share.coordinator.state.topic.replication.factor=" + rf, "share.coordinator.state.topic.min.isr=1", ""));
            run(List.of("kafka.tools.StorageTool", "format", "-t", cluster, "-c", node.resolve("server.properties").toString()),
                    node.resolve("format.log"));
        }
    }

    private List<String> java(List<String> main) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
        cmd.addAll(main);
        return cmd;
    }

    private void run(List<String> main, Path log) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(java(main)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(main + " failed: " + Files.readString(log));
        }
    }

    public KafkaCluster start() throws Exception {
        try {
            for (int i = 0; i < size; i++) {
                startNode(i);
            }
            awaitBrokers(size, 120);
            return this;
        } catch (Exception e) {
            close(); // never leave nodes behind
            throw e;
        }
    }

    /** Starts node i (0-based) again, on the same data folder. */
    public void startNode(int i) throws IOException {
        Path node = dir.resolve("node" + (i + 1));
        nodes[i] = new ProcessBuilder(java(List.of("kafka.Kafka", node.resolve("server.properties").toString()))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(node.resolve("server.log").toFile())).start();
    }

    /** SIGKILL: the node saves nothing; its log is recovered on the next start. */
    public void kill9(int i) throws InterruptedException {
        nodes[i].destroyForcibly();
        nodes[i].waitFor(20, TimeUnit.SECONDS);
    }

    /** @return the process ids of the running nodes */
    public List<Long> pids() {
        List<Long> l = new ArrayList<>();
        for (Process p : nodes) {
            if (p != null && p.isAlive()) {
                l.add(p.pid());
            }
        }
        return l;
    }

    public String bootstrap() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : ",").append("127.0.0.1:").append(brokerPorts[i]);
        }
        return b.toString();
    }

    public Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
        return Admin.create(p);
    }

    public void awaitBrokers(int n, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Exception last = null;
        try (Admin a = admin()) {
            while (System.nanoTime() < end) {
                for (int i = 0; i < size; i++) {
                    if (nodes[i] != null && !nodes[i].isAlive() && nodes[i].exitValue() != 137) {
                        throw new IOException("Kafka node " + (i + 1) + " exited: " + tail(dir.resolve("node" + (i + 1)).resolve("server.log")));
                    }
                }
                try {
                    if (a.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() >= n) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                Thread.sleep(500);
            }
        }
        throw new IOException("Kafka: " + n + " brokers not up within " + seconds + " s (" + last + "): "
                + tail(dir.resolve("node1").resolve("server.log")));
    }

    /** Creates the fleet topics: replication over min(3, size) nodes, acks=all needs min(2, size) in sync. */
    public void createFleetTopics(int partitions) throws Exception {
        short rf = (short) Math.min(3, size);
        try (Admin a = admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (String t : Bridge.TYPES) {
                topics.add(new NewTopic(Bridge.kafkaTopic(t), partitions, rf)
                        .configs(Map.of("min.insync.replicas", String.valueOf(Math.max(1, rf - 1)), "retention.ms", "604800000")));
            }
            a.createTopics(topics).all().get(60, TimeUnit.SECONDS);
        }
    }

    static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.substring(Math.max(0, s.length() - 3000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (Process p : nodes) {
            if (p != null && p.isAlive()) {
                p.destroy();
            }
        }
        for (Process p : nodes) {
            if (p != null && !p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (!Boolean.getBoolean("fleet.keep")) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
