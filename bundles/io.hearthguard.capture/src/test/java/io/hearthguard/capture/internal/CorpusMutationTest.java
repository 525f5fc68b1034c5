package io.hearthguard.capture.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The fuzz targets over the shared capture corpus and deterministic mutations of it
 * (truncation, bit flips, length-field smashing): a fast, seeded stand-in for a fuzzing run.
 */
class CorpusMutationTest {

    static List<Path> corpus() throws IOException {
        Path root = Shared.data().resolve("pcap");
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(pcap|pcapng)$"))
                    .filter(p -> !p.toString().contains("/expected/")).filter(p -> p.toFile().length() < 64_000).sorted().toList();
        }
    }

    @Test
    void mutatedCorpusFilesNeverEscapeTheTypedErrors() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() > 100);
        Random rnd = new Random(42);
        int[] runs = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (Path f : files) {
                byte[] orig = Files.readAllBytes(f);
                FuzzTargets.captureFile(orig);
                for (int m = 0; m < 4; m++) {
                    byte[] d = orig.clone();
                    switch (m) {
                        case 0 -> d = java.util.Arrays.copyOf(d, rnd.nextInt(d.length + 1));
                        case 1 -> {
                            for (int i = 0; i < 8 && d.length > 0; i++) {
                                d[rnd.nextInt(d.length)] ^= (byte) (1 << rnd.nextInt(8));
                            }
                        }
                        case 2 -> {
                            for (int i = 0; i < 4 && d.length > 4; i++) {
                                int at = rnd.nextInt(d.length - 3);
                                d[at] = d[at + 1] = (byte) 0xff;
                            }
                        }
                        default -> {
                            if (d.length > 64) {
                                int at = 24 + rnd.nextInt(d.length - 40);
                                System.arraycopy(new byte[] {0, 0, 0, 0}, 0, d, at, 4);
                            }
                        }
                    }
                    FuzzTargets.captureFile(d);
                    runs[0]++;
                }
            }
        });
        assertTrue(runs[0] > 300, "mutations run: " + runs[0]);
    }

    @Test
    void randomFramesAndPayloadsOnEveryLinkTypeAreHandled() {
        Random rnd = new Random(7);
        int[] links = {0, 1, 101, 108, 113, 228, 229, 276};
        for (int i = 0; i < 20_000; i++) {
            byte[] d = new byte[rnd.nextInt(200)];
            rnd.nextBytes(d);
            if (d.length > 14 && i % 2 == 0) {
                d[12] = 0x08;
                d[13] = 0;
                d[14] = 0x45;
            }
            FuzzTargets.frame(links[i % links.length], d);
            FuzzTargets.parsers(d);
        }
    }
}
