package io.hearthguard.fleet.aggregator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator backend on loopback, as the pipeline test and the benchmark run it: mosquitto,
 * a Kafka cluster (KRaft), the fleet topics, one bridge, one aggregator with its view. Closes
 * everything it started (and anything {@link #track tracked}) in reverse order.
 */
final class Backend implements AutoCloseable {

    final Broker mqtt;
    final KafkaCluster kafka;
    final Bridge bridge;
    final LagRecorder lag = new LagRecorder();
    final FleetView view = new FleetView(Clock.systemUTC(), lag);
    private final List<AutoCloseable> open = new ArrayList<>();

    Backend(Path dir, int maxConnections, int kafkaNodes, String kafkaHeap, int partitions) throws Exception {
        try {
            mqtt = track(new Broker(dir.resolve("mqtt"), maxConnections).start());
            kafka = track(new KafkaCluster(dir.resolve("kafka"), kafkaNodes, kafkaHeap).start());
            kafka.createFleetTopics(partitions);
            bridge = track(new Bridge(mqtt.uri(), "bridge-1", Broker.BRIDGE_USER, Broker.BRIDGE_PASSWORD, null, "fleet", "", kafka.bootstrap())
                    .start());
            if (!bridge.awaitSubscribed(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the bridge did not subscribe at mosquitto within 60 s");
            }
            track(new Aggregator(kafka.bootstrap(), "fleet-aggregator", view).start());
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    <T extends AutoCloseable> T track(T t) {
        open.add(0, t);
        return t;
    }

    long applied() {
        return ((Number) view.stats().get("applied")).longValue();
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("closing " + c + ": " + e);
            }
        }
        open.clear();
    }
}
