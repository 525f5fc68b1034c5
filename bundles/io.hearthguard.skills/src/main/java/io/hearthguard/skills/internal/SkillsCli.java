package io.hearthguard.skills.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.platform.cli.Command;
import io.hearthguard.skills.SkillInputException;
import io.hearthguard.skills.SkillReport;

/** The {@code skills} command, independent of OSGi. */
public final class SkillsCli {
    static final String USAGE = String.join("\n",
            "usage: hearthguard skills scan PATH... [--format text|json|sarif] [--fail-on SEVERITY] [--catalog FILE]... [--jobs N] [--stats] [--no-model]",
            "       hearthguard skills probe URL [--package PATH] [--data DIR] [--transcript OUT] [--compare OLD] [--fail-on SEVERITY]",
            "       hearthguard skills features PATH... [--bits N]",
            "  scan   analyse skill packages (folders, zips, interaction models, recorded envelopes); the rules and the text",
            "         model stacked on them (--no-model: the rules alone)",
            "  features  the text model's features of each package, one JSON line each (for eval/stacker/train.py)",
            "  probe  converse with a skill endpoint like the voice service, record the transcript, apply the",
            "         response rules; with a data directory (--data DIR, or the hub's) every transcript is kept and",
            "         each new probe is compared with the last one of the same endpoint; --compare names another",
            "  --fail-on  exit 1 when a finding at or above this severity exists (default: high)",
            "exit codes: 0 ok, 1 findings at/above --fail-on, 2 usage or input error");

    private final List<Path> defaultCatalogs;
    private final Path dataDir;

    /** @param defaultCatalogs catalogs used when {@code --catalog} is not given (may be empty) */
    public SkillsCli(List<Path> defaultCatalogs) {
        this(defaultCatalogs, null);
    }

    /**
     * @param defaultCatalogs catalogs used when {@code --catalog} is not given (may be empty)
     * @param dataDir         the hub's data directory: {@code probe} keeps transcripts there unless
     *                        {@code --data} says otherwise; null for none
     */
    public SkillsCli(List<Path> defaultCatalogs, Path dataDir) {
        this.defaultCatalogs = List.copyOf(defaultCatalogs);
        this.dataDir = dataDir;
    }

    /** Runs the command; see {@link Command#run}. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h") || args.get(0).equals("help")) {
            out.println(USAGE);
            return args.isEmpty() ? Command.USAGE : Command.OK;
        }
        try {
            return switch (args.get(0)) {
                case "scan" -> scan(args.subList(1, args.size()), out, err);
                case "features" -> features(args.subList(1, args.size()), out, err);
                case "probe" -> new ProbeCli(dataDir).run(args.subList(1, args.size()), out, err);
                default -> usage(err, "unknown subcommand '" + args.get(0) + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        }
    }

    static int usage(PrintStream err, String message) {
        err.println("skills: " + message);
        err.println(USAGE);
        return Command.USAGE;
    }

    /** Bad command-line usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String m) {
            super(m);
        }
    }

    static String value(List<String> args, int i) {
        if (i + 1 >= args.size()) {
            throw new UsageException(args.get(i) + " needs a value");
        }
        return args.get(i + 1);
    }

    static Severity severity(String s) {
        try {
            return Severity.fromId(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private int scan(List<String> args, PrintStream out, PrintStream err) {
        String format = "text";
        Severity failOn = Severity.HIGH;
        List<Path> catalogs = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        int jobs = Runtime.getRuntime().availableProcessors();
        boolean stats = false;
        boolean useModel = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--format" -> {
                    format = value(args, i++);
                    if (!List.of("text", "json", "sarif").contains(format)) {
                        throw new UsageException("--format must be text, json or sarif");
                    }
                }
                case "--fail-on" -> failOn = severity(value(args, i++));
                case "--catalog" -> catalogs.add(Path.of(value(args, i++)));
                case "--jobs" -> {
                    try {
                        jobs = Integer.parseInt(value(args, i++));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--jobs needs a number");
                    }
                    if (jobs < 1 || jobs > 64) {
                        throw new UsageException("--jobs must be between 1 and 64");
                    }
                }
                case "--stats" -> stats = true;
                case "--no-model" -> useModel = false;
                case "--help" -> {
                    out.println(USAGE);
                    return Command.OK;
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a);
                    }
                    paths.add(a);
                }
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("scan needs at least one PATH");
        }
        Catalog catalog = null;
        List<Path> cats = catalogs.isEmpty() ? defaultCatalogs : catalogs;
        int rc = Command.OK;
        try {
            if (!cats.isEmpty()) {
                catalog = new Catalog();
                for (Path c : cats) {
                    catalog.load(c);
                }
            }
        } catch (SkillInputException e) {
            err.println("skills: " + e.getMessage());
            return Command.USAGE;
        }
        Analyzer analyzer = new Analyzer(catalog, useModel ? TextModel.shipped() : null);
        List<SkillReport> reports = new ArrayList<>();
        // several inputs are analysed in parallel (--jobs, default: all cores); output keeps the order given
        List<java.util.concurrent.Future<Object>> results = new ArrayList<>();
        int threads = Math.max(1, Math.min(jobs, paths.size()));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.LongAdder scanCpu = new java.util.concurrent.atomic.LongAdder();
        java.util.Set<String> busyThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        long started = System.nanoTime();
        // when half the inputs are done: the second half's rate is the scan's once the JIT compiler has done most of its
        // work (what a long-running hub sees), the whole run's includes the warm-up (what one command sees)
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong halfAt = new java.util.concurrent.atomic.AtomicLong();
        int half = paths.size() / 2;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "skills-scan");
            t.setDaemon(true);
            return t;
        });
        try {
            for (String p : paths) {
                results.add(pool.submit(() -> {
                    long cpu = mx.getCurrentThreadCpuTime();
                    try {
                        return analyzer.analyze(Path.of(p));
                    } catch (SkillInputException e) {
                        return "skills: " + e.getMessage();
                    } catch (RuntimeException e) {
                        return "skills: " + p + ": internal error while analysing: " + e;
                    } finally {
                        scanCpu.add(mx.getCurrentThreadCpuTime() - cpu);
                        if (done.incrementAndGet() == half) {
                            halfAt.set(System.nanoTime());
                        }
                        busyThreads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
                    }
                }));
            }
            for (int i = 0; i < paths.size(); i++) {
                Object o;
                try {
                    o = results.get(i).get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    err.println("skills: interrupted");
                    return Command.USAGE;
                } catch (java.util.concurrent.ExecutionException e) {
                    o = "skills: " + paths.get(i) + ": internal error while analysing: " + e.getCause();
                }
                if (o instanceof SkillReport r) {
                    if (r.skills().isEmpty()) {
                        err.println("skills: " + paths.get(i) + ": no skill package content found (manifest, interaction model, intent schema,"
                                + " action.json or recorded conversations); see the files read and skipped in the output");
                    }
                    reports.add(r);
                } else {
                    err.println(o);
                    rc = Command.USAGE;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (stats) {
            // the scan alone, without the framework start: inputs, wall time, CPU time of the scanning threads
            double wall = (System.nanoTime() - started) / 1e9;
            double cpu = scanCpu.sum() / 1e9;
            err.printf(java.util.Locale.ROOT, "skills: stats: %d inputs in %.2f s wall = %.0f inputs/s with %d scanning threads (%d used);"
                    + " scanning CPU %.2f s = %.0f inputs per CPU second; %d cores%n", paths.size(), wall, paths.size() / Math.max(wall, 1e-9),
                    threads, busyThreads.size(), cpu, paths.size() / Math.max(cpu, 1e-9), Runtime.getRuntime().availableProcessors());
            if (half > 0 && halfAt.get() != 0) {
                double second = (System.nanoTime() - halfAt.get()) / 1e9;
                err.printf(java.util.Locale.ROOT, "skills: stats: second half (warm): %d inputs in %.2f s = %.0f inputs/s%n", paths.size() - half,
                        second, (paths.size() - half) / Math.max(second, 1e-9));
            }
        }
        try {
            switch (format) {
                case "json" -> Output.json(reports, out);
                case "sarif" -> Output.sarif(reports, out);
                default -> Output.text(reports, out);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            err.println("skills: cannot write output: " + e.getOriginalMessage());
            return Command.USAGE;
        }
        if (rc != Command.OK) {
            return rc;
        }
        final Severity threshold = failOn;
        boolean fail = reports.stream().map(SkillReport::worst).anyMatch(w -> w.isPresent() && w.get().atLeast(threshold));
        return fail ? Command.FINDINGS : Command.OK;
    }

    /** {@code features PATH... [--bits N]}: the text model's raw features, for training. */
    private int features(List<String> args, PrintStream out, PrintStream err) {
        TextModel shipped = TextModel.shipped();
        int bits = shipped == null ? 16 : shipped.bits();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--bits")) {
                try {
                    bits = Integer.parseInt(value(args, i++));
                } catch (NumberFormatException e) {
                    throw new UsageException("--bits needs a number");
                }
                if (bits < 8 || bits > 20) {
                    throw new UsageException("--bits must be between 8 and 20");
                }
            } else if (a.startsWith("--")) {
                throw new UsageException("unknown option " + a);
            } else {
                paths.add(a);
            }
        }
        if (paths.isEmpty()) {
            throw new UsageException("features needs at least one PATH");
        }
        int rc = Command.OK;
        TextModel.Scratch scratch = new TextModel.Scratch(2 << bits);
        for (String p : paths) {
            String text;
            try {
                text = CaseText.of(PackageReader.read(Path.of(p)));
            } catch (SkillInputException e) {
                err.println("skills: " + e.getMessage());
                rc = Command.USAGE;
                continue;
            }
            scratch.clear();
            TextModel.count(text, bits, scratch);
            int[] b = scratch.buckets();
            StringBuilder words = new StringBuilder();
            StringBuilder chars = new StringBuilder();
            for (int x : b) {
                StringBuilder sb = x < (1 << bits) ? words : chars;
                sb.append(sb.length() == 0 ? "" : ",").append('[').append(x & ((1 << bits) - 1)).append(',').append((int) scratch.count[x]).append(']');
            }
            try {
                out.println("{\"path\":" + SafeJson.mapper().writeValueAsString(p) + ",\"bits\":" + bits + ",\"textChars\":" + text.length()
                        + ",\"words\":[" + words + "],\"chars\":[" + chars + "]}");
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return rc;
    }
}
