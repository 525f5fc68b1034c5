package io.hearthguard.fleet.aggregator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The fleet benchmark (bench/fleet/fleet-bench.sh runs it): N simulated hubs → mosquitto →
 * bridge → Kafka (KRaft, 1 or 3 nodes) → aggregator, all on loopback. Every hub sends a health
 * message and a device summary, then findings at {@code findingsPerHubPerMinute} for
 * {@code seconds}. Prints one result line: hubs, findings, p50/p99 publish→view lag,
 * throughput, CPU seconds of every process, peak RSS. Bounded: at most 20,000 hubs, 600 s.
 *
 * <p>Arguments: {@code <workDir> <hubs> <seconds> <findingsPerHubPerMinute> <kafkaNodes> [faults]}.
 * With {@code faults} (and 3 nodes), Kafka node 1 is killed with SIGKILL a third of the way
 * through, mosquitto is stopped and started again half way, and node 1 is started again at
 * two thirds, as {@code FleetPipelineTest} does with 40 hubs; {@code missing} then counts
 * findings lost across those faults.
 */
public final class FleetBench {
    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int hubs = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        double perMinute = Double.parseDouble(args[3]);
        int nodes = Integer.parseInt(args[4]);
        boolean faults = args.length > 5 && "faults".equals(args[5]);
        if (hubs < 1 || hubs > SimHubs.MAX_HUBS || seconds < 5 || seconds > 600 || perMinute <= 0 || perMinute > 600 || nodes < 1 || nodes > 3) {
            throw new IllegalArgumentException("hubs 1..20000, seconds 5..600, findings per hub per minute (0, 600], nodes 1..3");
        }
        try (Backend b = new Backend(work, hubs + 100, nodes, "512m", 12)) {
            KafkaCluster kafka = b.kafka;
            Broker mqtt = b.mqtt;
            FleetView view = b.view;
            LagRecorder lag = b.lag;
            SimHubs sims = b.track(new SimHubs("127.0.0.1", mqtt.port, hubs, "hub").start());
            long t0 = System.nanoTime();
            for (int i = 0; i < hubs; i++) {
                sims.summary(i, 60);
            }
            // all hubs connected and their first messages through before the measurement
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (b.applied() < 2L * hubs && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            double connectSeconds = (System.nanoTime() - t0) / 1e9;
            lag.reset();
            Cpu before = Cpu.sample(kafka, mqtt);
            long start = System.nanoTime();
            double perSecond = hubs * perMinute / 60.0;
            long sent = 0;
            String[] categories = {"eavesdrop", "pii-request", "hygiene", "threat-intel"};
            int faultStep = 0;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(seconds)) {
                double done = (System.nanoTime() - start) / (double) TimeUnit.SECONDS.toNanos(seconds);
                if (faults && nodes == 3) {
                    if (faultStep == 0 && done >= 1.0 / 3) {
                        kafka.kill9(1);
                        System.err.println("fault: Kafka node 1 killed (SIGKILL)");
                        faultStep++;
                    } else if (faultStep == 1 && done >= 0.5) {
                        mqtt.stop();
                        Thread.sleep(1_000);
                        mqtt.start();
                        System.err.println("fault: mosquitto restarted");
                        faultStep++;
                    } else if (faultStep == 2 && done >= 2.0 / 3) {
                        kafka.startNode(1);
                        System.err.println("fault: Kafka node 1 started again");
                        faultStep++;
                    }
                }
                long due = (long) ((System.nanoTime() - start) / 1e9 * perSecond);
                while (sent < due) {
                    int h = (int) (sent % hubs);
                    sims.finding(h, categories[(int) (sent % 4)], "high", sent % 7 == 0 ? "skill-" + (sent % 5) : null);
                    sent++;
                }
                Thread.sleep(5);
            }
            long drainEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (FleetPipelineTest.missing(sims, view).size() > 0 && System.nanoTime() < drainEnd) {
                Thread.sleep(200);
            }
            double wall = (System.nanoTime() - start) / 1e9;
            Cpu after = Cpu.sample(kafka, mqtt);
            int missing = FleetPipelineTest.missing(sims, view).size();
            Map<String, Object> l = lag.percentiles();
            double cpu = after.total() - before.total();
            System.out.printf(java.util.Locale.ROOT,
                    "RESULT faults=%s hubs=%d kafkaNodes=%d findings=%d missing=%d connect_s=%.1f wall_s=%.1f rate_per_s=%.1f lag_p50_ms=%s lag_p99_ms=%s lag_max_ms=%s "
                            + "cpu_s=%.1f (bench_jvm=%.1f kafka=%.1f mosquitto=%.1f) findings_per_cpu_s=%.0f rss_mib(bench_jvm=%d kafka_each_max=%d mosquitto=%d)%n",
                    faults && nodes == 3, hubs, nodes, sent, missing, connectSeconds, wall, sent / wall, l.get("p50"), l.get("p99"), l.get("max"), cpu,
                    after.self - before.self, after.kafka - before.kafka, after.mosquitto - before.mosquitto, sent / Math.max(0.001, cpu),
                    after.selfRss, after.kafkaRss, after.mosquittoRss);
            Files.writeString(work.resolve("view-stats.txt"), view.stats().toString());
        }
    }

    /** CPU seconds and peak RSS (MiB) of this JVM, the Kafka nodes and mosquitto, from /proc. */
    record Cpu(double self, double kafka, double mosquitto, long selfRss, long kafkaRss, long mosquittoRss) {
        double total() {
            return self + kafka + mosquitto;
        }

        static Cpu sample(KafkaCluster k, Broker m) throws Exception {
            double kafka = 0;
            long kafkaRss = 0;
            for (long pid : k.pids()) {
                kafka += cpu(pid);
                kafkaRss = Math.max(kafkaRss, hwm(pid));
            }
            long self = ProcessHandle.current().pid();
            return new Cpu(cpu(self), kafka, cpu(m.pid()), hwm(self), kafkaRss, hwm(m.pid()));
        }

        static double cpu(long pid) throws Exception {
            String[] f = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll("^.*\\) ", "").split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime + stime, in clock ticks of 1/100 s
        }

        static long hwm(long pid) throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            return -1;
        }
    }
}
