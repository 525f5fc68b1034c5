package io.hearthguard.notify.mqtt.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Mosquitto's own {@code mosquitto_sub} as the consumer: a persistent session (QoS 1, clean
 * session off) that reconnects and resubscribes by itself. Used where the broker goes away
 * many times, so that what is measured is the hub and the broker, not a test client's reconnect
 * logic. Each payload is one line of its output file.
 */
final class CliSubscriber implements AutoCloseable {

    private final Process process;
    private final Path out;

    CliSubscriber(int port, String clientId, String filter, Path out) throws IOException {
        Path bin = Path.of("/usr/bin/mosquitto_sub");
        Assumptions.assumeTrue(Files.isExecutable(bin), "mosquitto_sub is not installed (apt-get install -y mosquitto-clients)");
        this.out = out;
        process = new ProcessBuilder(bin.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-t", filter, "-q", "1", "-c", "-i",
                clientId, "-k", "5").redirectErrorStream(false).redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** @return the payload "id" of every message received so far, in arrival order */
    List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                ids.add(Subscriber.MAPPER.readTree(line).get("id").asText());
            } catch (Exception e) {
                throw new AssertionError("bad payload: " + line, e);
            }
        }
        return ids;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
