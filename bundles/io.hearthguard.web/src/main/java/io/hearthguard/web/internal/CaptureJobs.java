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
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import io.hearthguard.api.traffic.CaptureSession;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Capture files uploaded through the dashboard: kept under {@code <data>/captures} (at most
 * {@value #KEEP}; the oldest go), replayed through the hub's traffic observers by the
 * capture bundle's replay, unpaced, and followed as jobs through the capture sessions the
 * observers see. Each upload is its own one-shot job: a factory configuration of
 * {@value #REPLAY_PID} carrying the job id, the time it was requested (the capture bundle
 * never runs a job from an earlier run of the hub) and a result file where the capture
 * bundle writes the outcome (done, or failed with the reason, and the final counts). The
 * capture bundle runs jobs one at a time; the configuration is deleted once the result is in.
 */
final class CaptureJobs {
    static final int KEEP = 20;
    private static final Logger LOG = Logger.getLogger(CaptureJobs.class.getName());
    static final String REPLAY_PID = "io.hearthguard.capture.replay";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(pcap|pcapng|cap)");

    /** One replay the hub ran or runs. */
    private static final class Job {
        final String id;
        final String name;
        final Path result;
        final Instant submitted = Instant.now();
        volatile CaptureSession session;
        volatile boolean ended;
        volatile Configuration config;
        volatile Map<String, Object> outcome;

        Job(String id, String name, Path result) {
            this.id = id;
            this.name = name;
            this.result = result;
        }
    }

    private final Path dir;
    private final List<Job> jobs = new ArrayList<>();
    private volatile boolean cleaned;

    CaptureJobs(Path dataDir) {
        this.dir = dataDir.resolve("captures");
    }

    /** Stores the upload and starts its replay; the file is removed again when anything fails. */
    Map<String, Object> submit(ConfigurationAdmin cm, HttpServletRequest req, String name) throws IOException {
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
        Configuration config;
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                Json.copyBody(req, out, Api.MAX_UPLOAD);
            }
            checkMagic(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            cleanUp(cm);
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("file", file.toString());
            p.put("paced", Boolean.FALSE);
            p.put("enabled", Boolean.TRUE);
            p.put("job", id);
            p.put("requested", System.currentTimeMillis());
            p.put("resultFile", result(id).toString());
            config = cm.createFactoryConfiguration(REPLAY_PID, null);
            config.update(p);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(file);
            throw e;
        }
        Job j = new Job(id, name, result(id));
        j.config = config;
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

    private Path result(String id) {
        return dir.resolve("." + id + ".result.json");
    }

    /**
     * Once per hub run: deletes replay configurations left by earlier runs (the capture
     * bundle does not run them again; this keeps them from piling up), including the single
     * persistent one earlier versions wrote (with {@code web.job}).
     */
    private void cleanUp(ConfigurationAdmin cm) {
        if (cleaned) {
            return;
        }
        cleaned = true;
        try {
            Configuration[] old = cm.listConfigurations("(|(service.factoryPid=" + REPLAY_PID + ")(&(service.pid=" + REPLAY_PID + ")(web.job=*)))");
            for (Configuration c : old == null ? new Configuration[0] : old) {
                c.delete();
            }
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.warning("could not remove old capture replay configurations: " + e.getMessage());
        }
    }

    /** Keeps the newest {@value #KEEP} capture files (and their results). */
    private void prune() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(Comparator.comparing(CaptureJobs::mtime).reversed())
                    .toList();
            for (Path p : files.subList(Math.min(KEEP, files.size()), files.size())) {
                Files.deleteIfExists(p);
                String n = p.getFileName().toString();
                int dash = n.indexOf('-');
                if (dash > 0) {
                    Files.deleteIfExists(result(n.substring(0, dash)));
                }
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
        Map<String, Object> outcome = outcome(j);
        Map<String, Object> m = new LinkedHashMap<>();
        CaptureSession s = j.session;
        m.put("id", j.id);
        m.put("name", j.name);
        m.put("submitted", j.submitted.toString());
        if (outcome != null) {
            // the capture bundle's own account, with the final counts
            m.put("state", outcome.get("state"));
            if (outcome.get("reason") != null) {
                m.put("reason", outcome.get("reason"));
            }
            for (String k : new String[] { "packetsReceived", "packetsProcessed", "packetsDropped" }) {
                m.put(k, outcome.getOrDefault(k, 0));
            }
            return m;
        }
        // an ended session without a result yet is still finishing: never "done" before the result
        m.put("state", s == null ? "queued" : "running");
        m.put("packetsReceived", s == null ? 0 : s.received());
        m.put("packetsProcessed", s == null ? 0 : s.processed());
        m.put("packetsDropped", s == null ? 0 : s.dropped());
        return m;
    }

    /** @return the job's result once the capture bundle wrote it (its configuration is then deleted), else null */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> outcome(Job j) {
        if (j.outcome != null) {
            return j.outcome;
        }
        if (!Files.exists(j.result)) {
            return null;
        }
        try {
            j.outcome = Json.MAPPER.readValue(Files.readAllBytes(j.result), Map.class);
        } catch (IOException e) {
            return null; // being written: next time
        }
        Configuration c = j.config;
        j.config = null;
        if (c != null) {
            try {
                c.delete();
            } catch (IOException | IllegalStateException e) {
                LOG.fine("replay configuration of job " + j.id + " already gone: " + e.getMessage());
            }
        }
        return j.outcome;
    }
}
