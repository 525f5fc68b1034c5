package io.hearthguard.web.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Capture files uploaded for analysis, each analysed as an <em>investigation</em>: in its own
 * sandbox, never in the home's live state. The sandbox is the one {@code hearthguard analyze}
 * already uses: a child process of the launcher with a fresh framework and a throw-away data
 * folder (its own store, inventory, protections and findings), run as
 * {@code analyze FILE --json --progress}. Its JSON lines (docs/analyze-json.md) give the
 * investigation's devices, voice sessions, findings and summary, all in capture time; its
 * progress bar on standard error gives the percentage of the file read. Nothing of it reaches
 * the hub's inventory, gateway or findings.
 * <p>
 * One investigation runs at a time (the others wait as {@code queued}); each is bounded in time
 * ({@value #TIMEOUT_MINUTES} min) and in what is kept. Files and results live under
 * {@code <data>/investigations} (the newest {@value #KEEP}; results survive a restart).
 * Needs the standalone launcher (system property {@code hearthguard.bundles}); elsewhere
 * (Karaf) the route answers 501.
 */
final class Investigations {
    static final int KEEP = 20;
    static final int TIMEOUT_MINUTES = 30;
    static final int MAX_DEVICES = 2048;
    static final int MAX_FINDINGS = 2000;
    static final int MAX_SESSIONS = 2000;
    /** Investigations waiting or running at most; more uploads are refused (429) until one ends. */
    static final int MAX_PENDING = 4;
    private static final Logger LOG = Logger.getLogger(Investigations.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.(pcap|pcapng|cap)");
    private static final Pattern ID = Pattern.compile("[a-z0-9]{12}");
    private static final Pattern PERCENT = Pattern.compile("analyze \\[[# ]*\\] (\\d{1,3})%");

    /** One investigation; its fields are read by request threads while the worker fills them. */
    static final class Job {
        final String id;
        final String name;
        final long size;
        final Instant submitted;
        volatile String state = "queued";
        volatile int percent;
        volatile String reason;
        volatile Instant started;
        volatile Instant finished;
        final List<JsonNode> devices = new ArrayList<>();
        final List<JsonNode> findings = new ArrayList<>();
        final List<JsonNode> sessions = new ArrayList<>();
        volatile JsonNode summary;
        volatile Process process;

        Job(String id, String name, long size, Instant submitted) {
            this.id = id;
            this.name = name;
            this.size = size;
            this.submitted = submitted;
        }
    }

    private final Path dir;
    private final List<String> command;
    private final List<Job> jobs = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hearthguard-investigation");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /**
     * @param dataDir the hub's data folder
     * @param command the launcher command up to (excluding) the command name, or null when the
     *        hub was not started by the launcher
     */
    Investigations(Path dataDir, List<String> command) {
        this.dir = dataDir.resolve("investigations");
        this.command = command;
        load();
    }

    /** @return the launcher's command line when this JVM is the standalone hub, else null */
    static List<String> launcherCommand() {
        String bundles = System.getProperty("hearthguard.bundles");
        String cp = System.getProperty("java.class.path");
        if (bundles == null || cp == null || !cp.contains("hearthguard-launcher")) {
            return null;
        }
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (Runtime.version().feature() >= 23) {
            c.add("--sun-misc-unsafe-memory-access=allow");
        }
        // like ./hearthguard for one-shot commands: C1 only and the serial collector start faster
        c.addAll(List.of("--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Xmn16m", "-XX:SurvivorRatio=2",
                "-Dhearthguard.bundles=" + bundles, "-cp", cp, "io.hearthguard.launcher.Main"));
        return c;
    }

    boolean available() {
        return command != null;
    }

    /** Stores the upload and queues its investigation. */
    Map<String, Object> submit(HttpServletRequest req, String name) throws IOException {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw Problem.badRequest("'name' must be a plain file name ending in .pcap, .pcapng or .cap (letters, digits, . _ -; no folders)");
        }
        if (req.getContentLengthLong() > Api.MAX_UPLOAD) {
            throw Problem.tooLarge(Api.MAX_UPLOAD);
        }
        synchronized (jobs) {
            if (jobs.stream().filter(j -> "queued".equals(j.state) || "running".equals(j.state)).count() >= MAX_PENDING) {
                throw new Problem(429, "busy", "Too many investigations", MAX_PENDING
                        + " investigations are waiting or running; upload this capture again when one has finished");
            }
        }
        Files.createDirectories(dir);
        String id = Passwords.randomToken(9).toLowerCase().replaceAll("[^a-z0-9]", "x").substring(0, 12);
        Path part = dir.resolve("." + id + ".part");
        Path file = capture(id, name);
        long size;
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                size = Json.copyBody(req, out, Api.MAX_UPLOAD);
            }
            if (size == 0) {
                throw Problem.badRequest("the upload is empty");
            }
            CaptureJobs.checkMagic(part);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(file);
            throw e;
        }
        Job j = new Job(id, name, size, Instant.now());
        synchronized (jobs) {
            jobs.add(0, j);
        }
        prune();
        worker.submit(() -> run(j));
        return json(j, false);
    }

    private Path capture(String id, String name) {
        return dir.resolve(id + "-" + name);
    }

    private Path result(String id) {
        return dir.resolve(id + ".json");
    }

    /** Runs one investigation in the child process and keeps what it found. */
    private void run(Job j) {
        if (closed) {
            fail(j, "the hub stopped before the investigation started");
            return;
        }
        j.state = "running";
        j.started = Instant.now();
        Path file = capture(j.id, j.name);
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("analyze", file.toString(), "--json", "--progress"));
        Deque<String> errTail = new ArrayDeque<>();
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            j.process = p;
            Thread errReader = new Thread(() -> readProgress(p.getErrorStream(), j, errTail), "hearthguard-investigation-progress");
            errReader.setDaemon(true);
            errReader.start();
            readResults(p.getInputStream(), j);
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(j, "the analysis took longer than " + TIMEOUT_MINUTES + " minutes and was stopped");
                return;
            }
            errReader.join(5_000);
            int code = p.exitValue();
            if (closed) {
                fail(j, "stopped because the hub stopped");
            } else if (code == 0 || code == 1) {
                j.percent = 100;
                j.state = "done";
                j.finished = Instant.now();
                save(j);
            } else {
                String why = null;
                synchronized (errTail) {
                    for (String l : errTail) {
                        if (l.startsWith("analyze: ") && !l.startsWith("analyze: warning")) {
                            why = l.substring("analyze: ".length());
                        }
                    }
                    if (why == null && !errTail.isEmpty()) {
                        why = errTail.peekLast();
                    }
                }
                // the child names the file by its path under the data folder: keep only the name
                why = why == null ? "the analysis ended with exit code " + code : why.replace(file.toString(), j.name);
                fail(j, why);
            }
        } catch (IOException e) {
            fail(j, "could not start the analysis: " + e.getMessage());
        } catch (InterruptedException e) {
            Process p = j.process;
            if (p != null) {
                p.destroyForcibly();
            }
            fail(j, "stopped because the hub stopped");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warning("investigation " + j.id + " failed: " + e);
            fail(j, "the analysis output could not be read (" + e.getClass().getSimpleName() + ")");
        } finally {
            j.process = null;
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private void fail(Job j, String reason) {
        j.reason = reason;
        j.state = "failed";
        j.finished = Instant.now();
        save(j);
    }

    /** Standard error: the progress bar (carriage returns) and any messages; keeps the last lines. */
    static void readProgress(InputStream in, Job j, Deque<String> tail) {
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = r.read()) != -1) {
                if (c == '\r' || c == '\n') {
                    progressLine(line.toString(), j, tail);
                    line.setLength(0);
                } else if (line.length() < 2000) {
                    line.append((char) c);
                }
            }
            progressLine(line.toString(), j, tail);
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void progressLine(String l, Job j, Deque<String> tail) {
        if (l.isBlank()) {
            return;
        }
        Matcher m = PERCENT.matcher(l);
        if (m.find()) {
            j.percent = Math.max(j.percent, Math.min(99, Integer.parseInt(m.group(1))));
            return;
        }
        synchronized (tail) {
            tail.addLast(l.strip());
            while (tail.size() > 20) {
                tail.removeFirst();
            }
        }
    }

    /** Standard output: JSON lines; keeps devices, voice sessions, findings and the summary (bounded). */
    static void readResults(InputStream in, Job j) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String l;
            while ((l = r.readLine()) != null) {
                String head = l.length() > 40 ? l.substring(0, 40) : l;
                boolean device = head.contains("\"type\":\"device\"");
                boolean session = head.contains("\"type\":\"voice_session\"");
                boolean finding = head.contains("\"type\":\"finding\"");
                boolean summary = head.contains("\"type\":\"summary\"");
                if (!(device || session || finding || summary)) {
                    continue; // flows and metadata: not kept
                }
                JsonNode n = Json.MAPPER.readTree(l);
                synchronized (j) {
                    if (device && j.devices.size() < MAX_DEVICES) {
                        j.devices.add(n);
                    } else if (session && j.sessions.size() < MAX_SESSIONS) {
                        j.sessions.add(n);
                    } else if (finding && j.findings.size() < MAX_FINDINGS) {
                        j.findings.add(n);
                    } else if (summary) {
                        j.summary = n;
                    }
                }
            }
        }
    }

    List<Map<String, Object>> list() {
        List<Map<String, Object>> out = new ArrayList<>();
        synchronized (jobs) {
            for (Job j : jobs) {
                out.add(json(j, false));
            }
        }
        return out;
    }

    Optional<Map<String, Object>> get(String id) {
        synchronized (jobs) {
            return jobs.stream().filter(j -> j.id.equals(id)).findFirst().map(j -> explained(json(j, true)));
        }
    }

    /** Adds to each finding of a full answer its title and household explanation (not kept on disk: texts improve). */
    static Map<String, Object> explained(Map<String, Object> full) {
        List<JsonNode> out = new ArrayList<>();
        for (Object o : (List<?>) full.getOrDefault("findings", List.of())) {
            if (o instanceof com.fasterxml.jackson.databind.node.ObjectNode f) {
                com.fasterxml.jackson.databind.node.ObjectNode c = f.deepCopy();
                Map<String, Object> x = Explanations.of(f.path("rule").asText(null), f.path("category").asText(null),
                        f.path("device").path("name").asText(null));
                c.put("title", String.valueOf(x.get("title")));
                c.set("explanation", Json.MAPPER.valueToTree(x));
                out.add(c);
            }
        }
        full.put("findings", out);
        return full;
    }

    /** The investigation as the API shows it; with {@code full}, its devices, sessions and findings. */
    static Map<String, Object> json(Job j, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id);
        m.put("kind", "investigation");
        m.put("name", j.name);
        m.put("size", j.size);
        m.put("submitted", j.submitted.toString());
        m.put("state", j.state);
        m.put("percent", j.percent);
        if (j.reason != null) {
            m.put("reason", j.reason);
        }
        if (j.started != null) {
            m.put("started", j.started.toString());
        }
        if (j.finished != null) {
            m.put("finished", j.finished.toString());
        }
        synchronized (j) {
            JsonNode s = j.summary;
            Map<String, Object> sum = new LinkedHashMap<>();
            sum.put("devices", j.devices.size());
            sum.put("speakers", j.devices.stream().filter(d -> "SMART_SPEAKER".equals(d.path("device_type").asText())).count());
            sum.put("findings", j.findings.size());
            sum.put("voiceSessions", j.sessions.size());
            sum.put("alarmingSessions", j.sessions.stream().filter(x -> x.path("alarm").asBoolean()).count());
            Map<String, Integer> bySeverity = new LinkedHashMap<>();
            for (JsonNode f : j.findings) {
                bySeverity.merge(f.path("severity").asText("info"), 1, Integer::sum);
            }
            sum.put("findingsBySeverity", bySeverity);
            if (s != null) {
                sum.put("packets", s.path("packets").asLong());
                sum.put("flows", s.path("flows").asLong());
                sum.put("captureStart", s.path("first").isTextual() ? s.get("first").asText() : null);
                sum.put("captureEnd", s.path("last").isTextual() ? s.get("last").asText() : null);
            }
            m.put("summary", sum);
            if (full) {
                m.put("devices", List.copyOf(j.devices));
                m.put("voiceSessions", List.copyOf(j.sessions));
                m.put("findings", List.copyOf(j.findings));
            }
        }
        return m;
    }

    /** Writes a finished investigation next to its capture (atomically), so it outlives a restart. */
    private void save(Job j) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("." + j.id + ".json.tmp");
            Files.write(tmp, Json.MAPPER.writeValueAsBytes(json(j, true)));
            Files.move(tmp, result(j.id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.warning("could not keep the result of investigation " + j.id + ": " + e.getMessage());
        }
    }

    /** Reads the investigations kept from earlier runs of the hub (newest first). */
    private void load() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Job> found = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("[a-z0-9]{12}\\.json")).toList()) {
                try {
                    JsonNode n = Json.MAPPER.readTree(Files.readAllBytes(p));
                    Job j = new Job(n.path("id").asText(), n.path("name").asText(), n.path("size").asLong(), Instant.parse(n.path("submitted").asText()));
                    if (!ID.matcher(j.id).matches()) {
                        continue;
                    }
                    j.state = n.path("state").asText("failed");
                    j.percent = n.path("percent").asInt();
                    j.reason = n.hasNonNull("reason") ? n.get("reason").asText() : null;
                    j.started = n.hasNonNull("started") ? Instant.parse(n.get("started").asText()) : null;
                    j.finished = n.hasNonNull("finished") ? Instant.parse(n.get("finished").asText()) : null;
                    n.path("devices").forEach(j.devices::add);
                    n.path("voiceSessions").forEach(j.sessions::add);
                    n.path("findings").forEach(j.findings::add);
                    found.add(j);
                } catch (IOException | RuntimeException e) {
                    LOG.warning("ignoring unreadable investigation result " + p.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning("could not list " + dir + ": " + e.getMessage());
        }
        found.sort(Comparator.comparing((Job j) -> j.submitted).reversed());
        synchronized (jobs) {
            jobs.addAll(found.subList(0, Math.min(KEEP, found.size())));
        }
    }

    /** Keeps the newest {@value #KEEP} investigations: their captures and results. */
    private void prune() throws IOException {
        List<Job> gone;
        synchronized (jobs) {
            gone = jobs.size() > KEEP ? new ArrayList<>(jobs.subList(KEEP, jobs.size())) : List.of();
            jobs.removeAll(gone);
        }
        for (Job j : gone) {
            if ("queued".equals(j.state) || "running".equals(j.state)) {
                continue; // still needed; removed from the list only
            }
            Files.deleteIfExists(capture(j.id, j.name));
            Files.deleteIfExists(result(j.id));
        }
    }

    /** Stops the running analysis and the queue (the hub or the web bundle stops). */
    void close() {
        closed = true;
        worker.shutdownNow();
        synchronized (jobs) {
            for (Job j : jobs) {
                Process p = j.process;
                if (p != null) {
                    p.destroyForcibly();
                }
            }
        }
    }
}
