package io.hearthguard.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.hearthguard.api.traffic.CaptureSession;
import io.hearthguard.platform.replay.ReplayJob;
import io.hearthguard.platform.replay.ReplayOutcome;
import io.hearthguard.platform.replay.ReplayService;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Capture files uploaded through the dashboard: kept under {@code <data>/captures} (at most
 * {@value #KEEP}; the oldest go), replayed through the hub's traffic observers by the
 * capture bundle's {@link ReplayService}, unpaced, and followed as jobs through the capture
 * sessions the observers see. Each upload is its own job; its outcome (done, or failed with
 * the reason, and the final counts) comes from the service once the observers completed.
 * The service runs jobs one at a time and keeps them in memory only, so nothing is replayed
 * again after a restart.
 */
final class CaptureJobs {
    static final int KEEP = 20;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(pcap|pcapng|cap)");

    /** One replay the hub ran or runs. */
    private static final class Job {
        final String id;
        final String name;
        final Instant submitted = Instant.now();
        volatile CaptureSession session;
        volatile boolean ended;
        volatile ReplayJob replay;

        Job(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }

    private final Path dir;
    private final List<Job> jobs = new ArrayList<>();

    CaptureJobs(Path dataDir) {
        this.dir = dataDir.resolve("captures");
    }

    /** Stores the upload and starts its replay; the file is removed again when anything fails. */
    Map<String, Object> submit(ReplayService replays, HttpServletRequest req, String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw Problem.badRequest("'name' must be a plain file name ending in .pcap, .pcapng or .cap (letters, digits, . _ -; no folders)");
        }
        if (req.getContentLengthLong() > Api.MAX_UPLOAD) {
            throw Problem.tooLarge(Api.MAX_UPLOAD);
        }
        Files.createDirectories(dir);
        String id = Passwords.randomToken(9).toLowerCase().replaceAll("[^a-z0-9]", "x");
        Path part = dir.resolve("." + id + ".part");
        Path file = dir.resolve(id + "-" + name);
        Job j = new Job(id, name);
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                Json.copyBody(req, out, Api.MAX_UPLOAD);
            }
            checkMagic(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            j.replay = replays.submit(file, false);
        } catch (IllegalStateException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(file);
            throw new Problem(503, "replay-busy", "Replays are busy", e.getMessage());
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(file);
            throw e;
        }
        synchronized (jobs) {
            jobs.add(0, j);
            while (jobs.size() > KEEP) {
                jobs.remove(jobs.size() - 1);
            }
        }
        prune();
        return json(j);
    }

    static void checkMagic(Path f) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(f)) {
            b = in.readNBytes(4);
        }
        if (b.length < 4) {
            throw Problem.badRequest("the upload is too short to be a capture file");
        }
        int m = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        boolean pcap = m == 0xa1b2c3d4 || m == 0xd4c3b2a1 || m == 0xa1b23c4d || m == 0x4d3cb2a1;
        if (!pcap && m != 0x0a0d0d0a) {
            throw new Problem(415, "not-a-capture", "Not a capture file", "the upload is neither pcap nor pcapng (its first bytes are "
                    + String.format("%08x", m) + ")");
        }
    }

    /** Keeps the newest {@value #KEEP} capture files. */
    private void prune() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(Comparator.comparing(CaptureJobs::mtime).reversed())
                    .toList();
            for (Path p : files.subList(Math.min(KEEP, files.size()), files.size())) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Called by the hub's observer when any capture session starts or ends. */
    void session(CaptureSession s, boolean ended) {
        synchronized (jobs) {
            for (Job j : jobs) {
                if (s.source() != null && s.source().endsWith(j.id + "-" + j.name)) {
                    j.session = s;
                    j.ended |= ended;
                }
            }
        }
    }

    /** @return the replay job of that id while it is kept (the newest {@value #KEEP}), as {@link #list} shows it */
    java.util.Optional<Map<String, Object>> get(String id) {
        synchronized (jobs) {
            return jobs.stream().filter(j -> j.id.equals(id)).findFirst().map(CaptureJobs::json);
        }
    }

    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (jobs) {
            for (Job j : jobs) {
                out.add(json(j));
            }
        }
        return out;
    }

    private static Map<String, Object> json(Job j) {
        ReplayOutcome outcome = j.replay == null ? null : j.replay.outcome().toCompletableFuture().getNow(null);
        Map<String, Object> m = new LinkedHashMap<>();
        CaptureSession s = j.session;
        m.put("id", j.id);
        m.put("name", j.name);
        m.put("submitted", j.submitted.toString());
        if (outcome != null) {
            // the capture bundle's own account, with the final counts
            m.put("state", outcome.done() ? "done" : "failed");
            if (outcome.reason() != null) {
                m.put("reason", outcome.reason());
            }
            m.put("packetsReceived", outcome.packetsReceived());
            m.put("packetsProcessed", outcome.packetsProcessed());
            m.put("packetsDropped", outcome.packetsDropped());
            return m;
        }
        // an ended session without a result yet is still finishing: never "done" before the result
        m.put("state", s == null ? "queued" : "running");
        m.put("packetsReceived", s == null ? 0 : s.received());
        m.put("packetsProcessed", s == null ? 0 : s.processed());
        m.put("packetsDropped", s == null ? 0 : s.dropped());
        return m;
    }
}
