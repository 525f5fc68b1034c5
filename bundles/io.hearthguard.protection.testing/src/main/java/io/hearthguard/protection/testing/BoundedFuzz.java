package io.hearthguard.protection.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bounded fuzzing run of one Jazzer target, for the normal test run (not only for
 * {@code JAZZER_FUZZ=1} sessions at a desk).
 *
 * <p>jazzer-junit fuzzes one target per JVM and takes its time limit only from the
 * annotation, so a build cannot fuzz every target for a few seconds each through JUnit. This
 * class starts Jazzer's own driver ({@code com.code_intelligence.jazzer.Jazzer}, which must be
 * on the test class path — it comes with {@code jazzer-junit}) in a child JVM for one
 * {@code @FuzzTest} method, with libFuzzer's {@code -max_total_time}, starting from the
 * target's seed directory (read, never written: new inputs go to a scratch corpus under
 * {@code work}), and reports what happened. A finding is kept under {@code work} as the input
 * that caused it, so it can be added to the seeds and replayed by the regression run.
 *
 * <p>Reproducible by default: libFuzzer's random seed is fixed per target (derived from its
 * class and method name, {@link #seedFor}), so a commit gets the same verdict in every build
 * on every machine that fuzzes at least as long — a slower machine runs a prefix of the same
 * input sequence. A build can therefore not turn red from a finding that was always there and
 * merely not drawn before (CI of stop 30 failed that way on a test's own oracle). To explore
 * beyond that sequence, set {@value #SEED_PROPERTY} to {@code random} or to another number and
 * fuzz longer (docs/capture.md, "Fuzzing").
 *
 * <p>Threading: blocking; one call runs one child process. Nullness: no argument may be null.
 */
public final class BoundedFuzz {
    /** Seconds per target when the build does not say otherwise. */
    public static final int DEFAULT_SECONDS = 6;
    /** The system property holding the seconds per target; 0 turns bounded fuzzing off. */
    public static final String SECONDS_PROPERTY = "hearthguard.fuzz.seconds";
    /**
     * The system property naming the classes Jazzer instruments for coverage (its
     * {@code --instrumentation_includes} form, {@code :}-separated, e.g. {@code com.acme.**}); by default
     * the first two parts of the target's package and everything under them ({@code com.acme.**} for
     * {@code com.acme.plug.ParserFuzzTest}), so the code a vendor's target calls is instrumented.
     */
    public static final String INCLUDES_PROPERTY = "hearthguard.fuzz.includes";
    /**
     * The system property choosing libFuzzer's seed: unset or {@code fixed} for the per-target
     * seed of {@link #seedFor}, {@code random} for a new one per run, or a positive number.
     */
    public static final String SEED_PROPERTY = "hearthguard.fuzz.seed";
    private static final Pattern SEED = Pattern.compile("INFO: Seed: (\\d+)");
    private static final Pattern RUNS = Pattern.compile("Done (\\d+) runs in (\\d+) second");
    private static final Pattern COVERAGE = Pattern.compile("\\scov: (\\d+)\\s");
    private static final int KEPT_LINES = 60;

    private BoundedFuzz() {
    }

    /**
     * What one run did.
     *
     * @param exitCode the driver's exit code (0: time ran out without a finding)
     * @param runs     executions libFuzzer reported, -1 when it reported none
     * @param coverage the coverage (edges) libFuzzer last reported, 0 when none: a run without
     *                 coverage was not guided, only random
     * @param findings files libFuzzer wrote for crashes, timeouts and out-of-memory inputs
     * @param tail     the last lines of the driver's output (the stack trace of a finding)
     */
    public record Result(int exitCode, long runs, long coverage, List<Path> findings, String tail) {
        /** @return true when the run ended by its time limit, found nothing, executed the target and saw coverage */
        public boolean clean() {
            return exitCode == 0 && findings.isEmpty() && runs > 0 && coverage > 0;
        }

        /** @return a message for a failed assertion: the findings, how to replay them, the output */
        public String describe(String target) {
            return target + ": exit " + exitCode + ", " + runs + " runs, coverage " + coverage + ", findings " + findings
                + " (copy a finding into the target's inputs directory to replay it in the regression run)\n"
                + tail;
        }
    }

    /**
     * One {@code @FuzzTest} method of a test class, with its seed directory where jazzer-junit
     * keeps it ({@code src/test/resources/<package>/<Class>Inputs/<method>} of the module).
     */
    public record Target(Class<?> type, String method, Path seeds) {
        /** @return {@code Class#method} */
        public String name() {
            return type.getSimpleName() + "#" + method;
        }

        /**
         * Fuzzes this target for {@link #secondsPerTarget()} seconds under {@code work}.
         *
         * @throws AssertionError when the run found something, failed or executed nothing
         */
        public Result assertClean(Path work) throws IOException, InterruptedException {
            return check(run(type, method, Duration.ofSeconds(secondsPerTarget()), seeds, dirOf(work)));
        }

        private Path dirOf(Path work) {
            return work.resolve(type.getSimpleName()).resolve(method);
        }

        private Result check(Result r) {
            if (!r.clean()) {
                throw new AssertionError(r.describe(name()));
            }
            return r;
        }
    }

    /** A target whose run was started by {@link #startAll}; {@link #assertClean()} waits for it. */
    public record Pending(Target target, Future<Result> run) {
        /** @return {@link Target#name()} */
        public String name() {
            return target.name();
        }

        /**
         * Waits for the run and checks it.
         *
         * @throws AssertionError when the run found something, failed or executed nothing
         */
        public Result assertClean() throws IOException, InterruptedException {
            try {
                return target.check(run.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new AssertionError(name() + " could not run", e.getCause());
            }
        }
    }

    /**
     * Starts every target's run at once on as many threads as the machine has cores (each run
     * is one single-threaded child JVM), for {@link #secondsPerTarget()} seconds each, so a
     * module's targets together take about their share of the cores rather than their sum.
     */
    public static List<Pending> startAll(List<Target> targets, Path work) {
        int seconds = secondsPerTarget();
        if (seconds == 0) {
            return List.of(); // turned off: nothing to run, nothing to check
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "bounded-fuzz");
            t.setDaemon(true);
            return t;
        });
        try {
            return targets.stream()
                .map(t -> new Pending(t, pool.submit(() -> run(t.type(), t.method(), Duration.ofSeconds(seconds), t.seeds(), t.dirOf(work)))))
                .toList();
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The {@code @FuzzTest} methods of the given classes (found by the annotation's name, so
     * this kit needs no Jazzer at compile time), in a stable order.
     *
     * @param moduleDir the module's directory (the working directory of a Maven test run)
     */
    public static List<Target> targets(Path moduleDir, Class<?>... types) {
        List<Target> out = new ArrayList<>();
        for (Class<?> t : types) {
            Path inputs = moduleDir.resolve("src/test/resources").resolve(t.getPackageName().replace('.', '/'))
                .resolve(t.getSimpleName() + "Inputs");
            Stream.of(t.getDeclaredMethods())
                .filter(m -> Stream.of(m.getAnnotations())
                    .anyMatch(a -> a.annotationType().getName().equals("com.code_intelligence.jazzer.junit.FuzzTest")))
                .map(java.lang.reflect.Method::getName).sorted()
                .forEach(m -> out.add(new Target(t, m, inputs.resolve(m))));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no @FuzzTest method in " + List.of(types));
        }
        return List.copyOf(out);
    }

    /**
     * @return the classes to instrument for a target: {@value #INCLUDES_PROPERTY} when set, else the first
     *         two parts of the target's package followed by {@code .**}
     */
    public static String includesFor(Class<?> target) {
        String v = System.getProperty(INCLUDES_PROPERTY, "").trim();
        if (!v.isEmpty()) {
            return v;
        }
        String[] parts = target.getPackageName().split("\\.");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return "**"; // a class in the unnamed package: instrument everything on the class path
        }
        return (parts.length == 1 ? parts[0] : parts[0] + "." + parts[1]) + ".**";
    }

    /** @return the seconds per target the build asked for ({@value #SECONDS_PROPERTY}), 0 for none */
    public static int secondsPerTarget() {
        String v = System.getProperty(SECONDS_PROPERTY, "").trim();
        if (v.isEmpty()) {
            return DEFAULT_SECONDS;
        }
        try {
            return Math.max(0, Integer.parseInt(v));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SECONDS_PROPERTY + " must be a whole number of seconds, not '" + v + "'", e);
        }
    }

    /**
     * The seed a run of {@code target#method} uses ({@value #SEED_PROPERTY}): 0 asks libFuzzer
     * for a random one.
     *
     * @throws IllegalArgumentException when the property is neither {@code fixed}, {@code random}
     *                                  nor a positive whole number
     */
    public static long seedFor(Class<?> target, String method) {
        String v = System.getProperty(SEED_PROPERTY, "").trim();
        if (v.isEmpty() || v.equals("fixed")) {
            // String.hashCode is specified, so the seed is the same on every JVM
            long h = (target.getName() + "#" + method).hashCode() & 0x7fffffffL;
            return h == 0 ? 1 : h;
        }
        if (v.equals("random")) {
            return 0;
        }
        try {
            long n = Long.parseLong(v);
            if (n > 0 && n <= 0xffffffffL) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(SEED_PROPERTY + " must be 'fixed', 'random' or a number from 1 to 4294967295, not '" + v + "'");
    }

    /**
     * Fuzzes {@code target#method} for {@code budget}, with the seed of {@link #seedFor}.
     *
     * @param seeds the target's seed directory (may not exist: then only the empty input)
     * @param work  a directory this run may fill (scratch corpus, findings, output)
     * @throws IOException when the child cannot be started or does not end within the budget
     *                     plus a minute (it is then killed)
     */
    public static Result run(Class<?> target, String method, Duration budget, Path seeds, Path work)
            throws IOException, InterruptedException {
        Path dir = work.toAbsolutePath();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path found = dir.resolve("findings");
        if (Files.isDirectory(found)) { // an earlier run's findings are not this run's
            try (Stream<Path> old = Files.list(found)) {
                for (Path f : old.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(found);
        Path log = dir.resolve("jazzer.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(testClassPath());
        cmd.add("com.code_intelligence.jazzer.Jazzer");
        cmd.add("--target_class=" + target.getName());
        cmd.add("--target_method=" + method);
        String includes = includesFor(target);
        cmd.add("--instrumentation_includes=" + includes);
        cmd.add("-max_total_time=" + Math.max(1, budget.toSeconds()));
        long seed = seedFor(target, method);
        cmd.add("-seed=" + seed);
        // libFuzzer's memory limit reads getrusage's peak RSS, which on Linux the child inherits
        // from the JVM that started it (a test JVM of 1.5 GB made every target "run out of
        // memory" before its first input); the child's heap is bounded by -Xmx instead, and a
        // Java OutOfMemoryError is a finding like any other exception
        cmd.add("-rss_limit_mb=0");
        cmd.add("-artifact_prefix=" + found + File.separator);
        cmd.add(corpus.toString());
        if (Files.isDirectory(seeds)) {
            cmd.add(seeds.toAbsolutePath().toString());
        }
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        if (!p.waitFor(budget.toSeconds() + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IOException(target.getName() + "#" + method + " did not end within " + budget.toSeconds()
                + " s + 60 s; output in " + log);
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        long runs = -1;
        long coverage = 0;
        for (String l : lines) {
            Matcher m = RUNS.matcher(l);
            if (m.find()) {
                runs = Long.parseLong(m.group(1));
            }
            Matcher c = COVERAGE.matcher(l);
            if (c.find()) {
                coverage = Long.parseLong(c.group(1));
            }
        }
        List<Path> findings;
        try (Stream<Path> s = Files.list(found)) {
            findings = s.sorted().toList();
        }
        // a finding's report starts at libFuzzer's "== Java Exception" line; else the end matters
        int from = Math.max(0, lines.size() - KEPT_LINES);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("== Java Exception")) {
                from = i;
                break;
            }
        }
        String tail = String.join("\n", lines.subList(from, Math.min(lines.size(), from + 4 * KEPT_LINES)));
        // the seed libFuzzer used (chosen by it when 0 was asked), so a finding's run can be repeated
        long used = seed;
        for (String l : lines) {
            Matcher m = SEED.matcher(l);
            if (m.find()) {
                used = Long.parseLong(m.group(1));
                break;
            }
        }
        tail = "seed " + used + " (-D" + SEED_PROPERTY + "=" + used + " repeats this run's inputs)\n" + tail;
        if (runs > 0 && coverage == 0) {
            tail = "no coverage: the target ran but none of the code it reached was instrumented (instrumented: " + includes
                + "); name your code's packages with -D" + INCLUDES_PROPERTY + "=your.package.** (':' between several)\n" + tail;
        }
        return new Result(p.exitValue(), runs, coverage, findings, tail);
    }

    /**
     * Surefire starts tests with a manifest-only jar and names the real class path in
     * {@code surefire.test.class.path}; elsewhere {@code java.class.path} is the class path.
     */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp;
    }
}
