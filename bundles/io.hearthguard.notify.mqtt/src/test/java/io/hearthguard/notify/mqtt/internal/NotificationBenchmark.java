package io.hearthguard.notify.mqtt.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import io.hearthguard.api.notify.NotificationChannel;
import io.hearthguard.notify.internal.ChannelPolicy;

/**
 * Benchmark, not a test (docs/benchmarks.md, "Notifications"). Starts its own mosquitto on
 * loopback and a hub (SQLite synchronous=FULL, findings, outbox, MQTT channel), then:
 * <ol>
 * <li>latency: publishes findings at a fixed rate for some seconds; for each, the time from
 * calling FindingService.publish() to a subscriber receiving the event;</li>
 * <li>drain: publishes a burst as fast as possible and measures notifications/s reaching
 * the subscriber;</li>
 * <li>outbox alone: the same burst to a channel that confirms at once.</li>
 * </ol>
 * Arguments: {@code [rate/s] [seconds] [burst] [FULL|NORMAL]}, default 100 20 2000 FULL.
 */
public final class NotificationBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int burst = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        String sync = args.length > 3 ? args[3] : "FULL";
        Path dir = Files.createTempDirectory("hg-bench");
        try (Mosquitto broker = new Mosquitto(dir.resolve("broker")).start();
                Subscriber sub = new Subscriber(broker.uri(), "bench-sub", "hg/events/#");
                TestHub hub = new TestHub(dir.resolve("hub.db"), MqttSettings.local(broker.uri(), "bench-hub", "hg"), sync)) {
            // warm-up
            for (int i = 0; i < 200; i++) {
                hub.publish(-1 - i);
            }
            Subscriber.waitFor("warm-up", 30_000, () -> sub.on("hg/events/").size() >= 200);
            sub.messages.clear();

            int n = rate * seconds;
            Map<String, Long> sent = new HashMap<>();
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                long due = start + i * period;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long t = System.nanoTime();
                sent.put(hub.publish(i).id(), t);
            }
            double achieved = n / ((System.nanoTime() - start) / 1e9);
            Subscriber.waitFor("all latency events", 60_000, () -> sub.on("hg/events/").size() >= n);
            long[] lat = new long[n];
            int k = 0;
            for (Subscriber.Message m : sub.on("hg/events/")) {
                String id = Subscriber.MAPPER.readTree(m.payload()).get("finding").get("id").asText();
                Long t = sent.remove(id);
                if (t != null) {
                    lat[k++] = m.receivedNanos() - t;
                }
            }
            long[] l = Arrays.copyOf(lat, k);
            Arrays.sort(l);
            System.out.printf("latency publish->subscriber at %d/s for %d s (achieved %.1f/s, %d events): p50 %.2f ms, p90 %.2f ms,"
                    + " p99 %.2f ms, max %.2f ms%n", rate, seconds, achieved, k, pct(l, 50), pct(l, 90), pct(l, 99),
                    l[l.length - 1] / 1e6);

            sub.messages.clear();
            long b0 = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                hub.publish(1_000_000 + i);
            }
            long published = System.nanoTime();
            Subscriber.waitFor("burst delivered", 120_000, () -> sub.on("hg/events/").size() >= burst);
            long b1 = System.nanoTime();
            System.out.printf("burst of %d: publish %.0f findings/s (durable), end-to-end drain %.0f notifications/s%n", burst,
                    burst / ((published - b0) / 1e9), burst / ((b1 - b0) / 1e9));
            int dupes = sub.on("hg/events/").size() - new LinkedHashSet<>(sub.eventIds("hg")).size();
            System.out.println("duplicates seen: " + dupes);

            // the outbox alone: a channel that confirms at once
            int[] confirmed = {0};
            NotificationChannel instant = x -> {
                synchronized (confirmed) {
                    confirmed[0]++;
                }
            };
            hub.dispatcher.addChannel("instant", instant, ChannelPolicy.ALL);
            long o0 = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                hub.publish(2_000_000 + i);
            }
            Subscriber.waitFor("instant channel drained", 120_000, () -> {
                synchronized (confirmed) {
                    return confirmed[0] >= burst;
                }
            });
            System.out.printf("outbox alone (journal->outbox->confirm, FULL fsync) with 2 channels busy: %.0f notifications/s%n",
                    burst / ((System.nanoTime() - o0) / 1e9));
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
