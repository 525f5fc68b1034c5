package io.hearthguard.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts the hub, or runs one command, on any {@link FrameworkFactory} (Felix). Written
 * here instead of bnd's exported launcher because that one calls {@code Policy.setPolicy},
 * which Java 24+ refuses.
 *
 * <pre>
 * hearthguard [--data DIR] [--port N] [--bind ADDRESS]   start the hub
 * hearthguard COMMAND [ARGS...]                          run a command and exit
 * hearthguard --help                                     list the commands
 * </pre>
 */
public final class Main {

    /** Location prefix of the bundles the launcher manages (others came from deploy/). */
    static final String LOCATION_PREFIX = "hearthguard:runtime:";

    private final PrintStream out;
    private final PrintStream err;

    /** -Dhearthguard.timing=true: where the start-up time goes, one line per phase on standard error. */
    private static final boolean TIMING = Boolean.getBoolean("hearthguard.timing");

    static void phase(String what) {
        if (TIMING) {
            long since = ProcessHandle.current().info().startInstant()
                    .map(i -> java.time.Duration.between(i, java.time.Instant.now()).toMillis()).orElse(-1L);
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
            System.err.println("hearthguard.timing " + since + " ms " + what + " (process CPU " + cpu + " ms)");
        }
    }

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = new Main(System.out, System.err).run(args);
        } catch (UsageException e) {
            System.err.println("hearthguard: " + e.getMessage());
            System.err.println("Try 'hearthguard --help'.");
            code = 2;
        } catch (Refused e) {
            System.err.println("hearthguard: " + e.getMessage());
            code = 1;
        } catch (Exception e) {
            System.err.println("hearthguard: " + e);
            code = 1;
        }
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** @return the exit code, or -1 when the hub keeps running */
    int run(String[] args) throws Exception {
        phase("main");
        Options o = Options.parse(args);
        Path bundles = bundlesDir();
        if (o.command == null && o.help) {
            return help(bundles);
        }
        if (o.command != null) {
            return command(bundles, o);
        }
        hub(bundles, o);
        return -1;
    }

    static Path bundlesDir() throws UsageException {
        String dir = System.getProperty("hearthguard.bundles");
        if (dir == null) {
            throw new UsageException("system property hearthguard.bundles (the folder of the hub's bundles) is not set; start through ./hearthguard");
        }
        Path p = Path.of(dir);
        if (!Files.isDirectory(p)) {
            throw new UsageException("hearthguard.bundles " + p + " is not a folder; run 'mvn -DskipTests install' first");
        }
        return p;
    }

    // ---------------------------------------------------------------- hub

    private void hub(Path bundles, Options o) throws Exception {
        long t0 = System.nanoTime();
        Path data = o.data.toAbsolutePath().normalize();
        for (String sub : new String[] { "framework", "config", "deploy", "trust", "logs" }) {
            Files.createDirectories(data.resolve(sub));
        }
        ownerOnly(data);
        lockDataDirectory(data);
        checkPortFree(o.bind, o.port);
        Logs.configure(data.resolve("logs"), o.verbose);
        Map<String, String> props = baseProperties(data, "hub");
        props.put(Constants.FRAMEWORK_STORAGE, data.resolve("framework").toString());
        Path cache = cacheDir();
        if (cache != null) {
            prepareCache(cache, bundles, props);
        }
        props.put("felix.fileinstall.dir", data.resolve("config").toString());
        props.put("felix.fileinstall.filter", ".*\\.(cfg|config|json)");
        props.put("felix.fileinstall.poll", "1000");
        props.put("felix.fileinstall.noInitialDelay", "true");
        props.put("felix.fileinstall.enableConfigSave", "false");
        props.put("felix.fileinstall.log.level", "2");
        props.put("org.osgi.service.http.port", Integer.toString(o.port));
        props.put("org.apache.felix.http.host", o.bind);
        props.put("org.apache.felix.http.jetty.sendServerHeader", "false");
        props.put("org.apache.felix.http.name", "hearthguard");
        props.put("hearthguard.http.url", "http://" + hostForUrl(o.bind) + ":" + o.port + "/");
        // names besides its addresses that the hub answers to (Host header check against DNS rebinding)
        props.put("hearthguard.http.hostnames", String.join(",", o.hostnames));
        // idle timeout: bounds the wait for each read of a request (headers or body); must stay above the 15 s SSE ping
        props.put("org.apache.felix.http.timeout", "30000");
        if (o.moveAsideDamagedStore) { // explicit only: a damaged database is otherwise refused and left untouched
            props.put("hearthguard.store.moveAsideDamaged", "true");
        }

        Framework fw = newFramework(props);
        fw.init();
        phase("framework initialised");
        syncBundles(fw.getBundleContext(), bundles, false);
        phase("bundles installed");
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        fw.getBundleContext().addFrameworkListener(e -> {
            if (e.getType() == org.osgi.framework.FrameworkEvent.STARTED) {
                started.countDown();
            }
        });
        fw.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                long stopping = System.nanoTime();
                fw.stop();
                org.osgi.framework.FrameworkEvent stop = fw.waitForStop(20_000);
                out.println(stop.getType() == org.osgi.framework.FrameworkEvent.STOPPED
                        ? "Hearthguard hub stopped in " + (System.nanoTime() - stopping) / 1_000_000 + " ms"
                        : "Hearthguard hub: stopping did not finish within 20 s");
                out.flush();
            } catch (Exception e) {
                err.println("hearthguard: stopping failed: " + e);
            }
        }, "hearthguard-shutdown"));
        String url = props.get("hearthguard.http.url");
        out.println("Hearthguard hub starting; data in " + data);
        started.await(60, java.util.concurrent.TimeUnit.SECONDS);
        phase("framework started");
        int health = waitForHealth(url + "api/health", Duration.ofSeconds(30));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        phase("health answered " + health);
        if (health == 200) {
            boolean loopback = isLoopback(o.bind);
            out.println("Hearthguard hub ready in " + ms + " ms: dashboard and API at " + url
                    + (loopback ? " (loopback only; --bind ADDRESS to answer on the LAN)" : " (listening on " + o.bind + ")"));
        } else if (health == 503) {
            out.println("Hearthguard hub started in " + ms + " ms with problems: see " + url + "api/health and " + data.resolve("logs"));
        } else {
            out.println("Hearthguard hub started in " + ms + " ms, but " + url + "api/health does not answer; see " + data.resolve("logs"));
        }
        out.flush();
        fw.waitForStop(0);
    }

    /** A start that must not go on; the message says why and what to do. Exit code 1. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Held for the life of the hub process; the operating system releases it when the process ends, however it ends. */
    private static java.nio.channels.FileLock dataLock;

    /**
     * One hub per data directory: a second one would share the database, the framework cache
     * and the deploy folder with the first (and, on the same port, report the first one's
     * health as its own).
     */
    static void lockDataDirectory(Path data) throws IOException, Refused {
        Path file = data.resolve("hub.lock");
        java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new Refused("another Hearthguard hub is running with the data directory " + data + " (it holds " + file
                    + "); stop it first, or start this one with another --data");
        }
        dataLock = lock;
    }

    /** Refuses to start when something already listens on the hub's address and port. */
    static void checkPortFree(String bind, int port) throws Refused {
        if (port == 0) {
            return;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true); // a port in TIME_WAIT from the hub's last run is free
            s.bind(new java.net.InetSocketAddress(bind, port));
        } catch (IOException e) {
            throw new Refused("cannot listen on " + bind + " port " + port + " (" + e.getMessage() + "): another program, perhaps another hub, "
                    + "uses it; stop it or start with another --port");
        }
    }

    /**
     * The data directory holds the password hashes, API token hashes, configuration secrets
     * and logs: only the hub's user may read it (0700), and the database files are 0600
     * (SQLite gives its WAL and journal files the database file's mode, so the empty file is
     * created here with that mode first). Ignored on file systems without POSIX permissions.
     */
    static void ownerOnly(Path data) throws IOException {
        try {
            java.util.Set<java.nio.file.attribute.PosixFilePermission> dir = java.nio.file.attribute.PosixFilePermissions.fromString("rwx------");
            java.util.Set<java.nio.file.attribute.PosixFilePermission> file = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
            Files.setPosixFilePermissions(data, dir);
            for (String sub : new String[] { "framework", "config", "deploy", "trust", "logs", "captures", "tls" }) {
                if (Files.isDirectory(data.resolve(sub))) {
                    Files.setPosixFilePermissions(data.resolve(sub), dir);
                }
            }
            Path db = data.resolve("hearthguard.db");
            if (!Files.exists(db)) {
                Files.createFile(db, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(file));
            }
            for (String f : new String[] { "hearthguard.db", "hearthguard.db-wal", "hearthguard.db-shm", "hearthguard.db-journal" }) {
                if (Files.exists(data.resolve(f))) {
                    Files.setPosixFilePermissions(data.resolve(f), file);
                }
            }
        } catch (UnsupportedOperationException notPosix) {
            // e.g. FAT on a USB stick: nothing to set
        }
    }

    /** @return true when the hub listens on a loopback address only */
    static boolean isLoopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUrl(String bind) {
        if ("0.0.0.0".equals(bind) || "::".equals(bind)) {
            return "127.0.0.1";
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    /** @return 200 once the hub reports UP, else the last status seen (503 DEGRADED, 0 no answer) when time runs out */
    private static int waitForHealth(String url, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofMillis(500)).build();
        long end = System.nanoTime() + timeout.toNanos();
        int last = 0;
        while (System.nanoTime() < end) {
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return 200;
                }
                if (r.statusCode() == 503) { // our servlet answering: components may still be settling
                    last = 503;
                    if (System.nanoTime() > end - timeout.toNanos() * 2 / 3) {
                        return 503;
                    }
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        return last;
    }

    // ---------------------------------------------------------------- commands

    private int command(Path bundles, Options o) throws Exception {
        // Standard output belongs to the command (JSON, SARIF...): whatever else writes to
        // System.out — Felix EventAdmin's fallback warnings at shutdown, a bundle's stray
        // trace — goes to standard error. Not restored: framework threads may outlive stop().
        if (System.out == out) {
            System.setOut(err);
        }
        Path tmp = Files.createTempDirectory("hearthguard-cli");
        Path cache = cacheDir();
        // a command with --bundle jars runs in a framework of its own: a kept cache would keep them installed
        List<String> skip = cliSkip(o.command, !o.bundles.isEmpty());
        CommandCache slot = cache == null || !o.bundles.isEmpty() ? null : CommandCache.acquire(cache, bundles, skip);
        try {
            Logs.configureCli(o.verbose);
            Path data = o.dataGiven ? o.data.toAbsolutePath().normalize() : tmp.resolve("data");
            Files.createDirectories(data);
            Map<String, String> props = baseProperties(data, "cli");
            // the hub's settings in DATA/config that concern how things are judged: made at level 2, before the components start
            List<CommandConfig.Entry> settings = CommandConfig.read(data.resolve("config"), err);
            if (!settings.isEmpty()) {
                props.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "2");
            }
            if (slot != null) {
                props.put(Constants.FRAMEWORK_STORAGE, slot.dir().toString());
                if (!slot.reused()) {
                    props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
                }
            } else {
                props.put(Constants.FRAMEWORK_STORAGE, tmp.resolve("framework").toString());
                props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            }
            if (cache != null) {
                prepareCache(cache, bundles, props);
            }
            phase(slot == null ? "temporary framework cache" : slot.reused() ? "framework cache reused" : "framework cache new");
            Framework fw = newFramework(props);
            fw.init();
            phase("framework initialised");
            syncBundles(fw.getBundleContext(), bundles, skip);
            phase("bundles installed");
            fw.start();
            if (!settings.isEmpty()) {
                applySettings(fw, settings);
            }
            phase("framework started");
            try {
                String extra = startExtraBundles(fw.getBundleContext(), o.bundles);
                if (!extra.isEmpty()) {
                    err.println("hearthguard: " + extra);
                    return 1;
                }
                if (o.help) {
                    return commandHelp(fw.getBundleContext(), o.command);
                }
                int rc = runCommand(fw.getBundleContext(), o.command, o.rest);
                if (!o.bundles.isEmpty()) {
                    List<String> problems = new java.util.ArrayList<>();
                    String ran = extraBundlesRan(fw.getBundleContext(), problems);
                    if (!problems.isEmpty()) {
                        err.println("hearthguard: --bundle did not run as it should: " + String.join("; ", problems));
                        return rc == 0 ? 1 : rc;
                    }
                    err.println("hearthguard: --bundle ran: " + ran);
                }
                return rc;
            } finally {
                phase("command done");
                out.flush();
                fw.stop();
                org.osgi.framework.FrameworkEvent stop = fw.waitForStop(10_000);
                phase("framework stopped");
                if (slot != null && stop.getType() == org.osgi.framework.FrameworkEvent.STOPPED) {
                    slot.stoppedCleanly();
                }
            }
        } finally {
            if (slot != null) {
                slot.close();
            }
            deleteTree(tmp);
        }
    }

    /** Makes the command's settings while the framework is at start level 2, then starts the rest (level 3). */
    private void applySettings(Framework fw, List<CommandConfig.Entry> settings) throws InterruptedException {
        try {
            CommandConfig.apply(fw.getBundleContext(), settings);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable c = e instanceof java.lang.reflect.InvocationTargetException i && i.getCause() != null ? i.getCause() : e;
            err.println("hearthguard: settings from config/ not applied (" + c + "); the command runs with default settings");
        }
        java.util.concurrent.CountDownLatch raised = new java.util.concurrent.CountDownLatch(1);
        fw.adapt(FrameworkStartLevel.class).setStartLevel(3, event -> raised.countDown());
        if (!raised.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
            err.println("hearthguard: the bundles did not all start within 60 s");
        }
        phase("settings from config/ made (" + settings.size() + ")");
    }

    /**
     * Installs and starts the {@code --bundle} jars of a one-shot command, e.g. a vendor's protection
     * analysed against a recorded capture. Not verified against trust/: they run on the developer's
     * own machine, in a framework thrown away after the command; a household's hub takes bundles only
     * through its deploy lifecycle.
     *
     * @return empty when every one runs, else what went wrong
     */
    static String startExtraBundles(BundleContext ctx, List<Path> jars) throws IOException {
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                return "--bundle " + jar + ": no such file";
            }
            if (Files.size(jar) > 64L << 20) {
                return "--bundle " + jar + ": larger than 64 MiB";
            }
            Bundle b;
            try (java.io.InputStream in = Files.newInputStream(jar)) {
                b = ctx.installBundle("hearthguard:cli-bundle:" + jar.toAbsolutePath().normalize(), in);
            } catch (BundleException e) {
                return "--bundle " + jar + ": not installed: " + e.getMessage();
            }
            try {
                b.start();
            } catch (BundleException e) {
                Throwable c = e.getCause() == null ? e : e.getCause();
                return "--bundle " + jar + ": " + b.getSymbolicName() + " does not start: " + (c.getMessage() == null ? c : c.getMessage());
            }
        }
        return "";
    }

    /**
     * After a one-shot command with {@code --bundle} jars: did they run? Every one must be active, every
     * enabled DS component of theirs active or satisfied (one that failed to activate names its innermost
     * cause), and none of their protections quarantined. Read through the framework's services by
     * reflection: the launcher is outside the framework and does not share its classes.
     *
     * @param problems receives one line per problem
     * @return what ran, for the user: each bundle with its version and its components' states
     */
    static String extraBundlesRan(BundleContext ctx, List<String> problems) {
        List<Bundle> extra = java.util.Arrays.stream(ctx.getBundles()).filter(b -> b.getLocation().startsWith("hearthguard:cli-bundle:")).toList();
        List<String> ran = new java.util.ArrayList<>();
        for (Bundle b : extra) {
            String id = b.getSymbolicName() + " " + b.getVersion();
            if (b.getState() != Bundle.ACTIVE) {
                problems.add(id + " is not active");
            }
            List<String> states = new java.util.ArrayList<>();
            try {
                org.osgi.framework.ServiceReference<?> ref = ctx.getServiceReference("org.osgi.service.component.runtime.ServiceComponentRuntime");
                if (ref != null) {
                    Object scr = ctx.getService(ref);
                    Class<?> api = ref.getBundle().loadClass("org.osgi.service.component.runtime.ServiceComponentRuntime");
                    Class<?> descType = ref.getBundle().loadClass("org.osgi.service.component.runtime.dto.ComponentDescriptionDTO");
                    for (Object d : (java.util.Collection<?>) api.getMethod("getComponentDescriptionDTOs", Bundle[].class).invoke(scr, (Object) new Bundle[] {b})) {
                        String name = (String) d.getClass().getField("name").get(d);
                        if (!(Boolean) api.getMethod("isComponentEnabled", descType).invoke(scr, d)) {
                            states.add(name + " disabled");
                            continue;
                        }
                        for (Object c : (java.util.Collection<?>) api.getMethod("getComponentConfigurationDTOs", descType).invoke(scr, d)) {
                            int state = c.getClass().getField("state").getInt(c);
                            switch (state) {
                                case 16 -> problems.add(id + ": component " + name + " failed to activate: "
                                        + innermostCause((String) c.getClass().getField("failure").get(c)));
                                case 1, 2 -> problems.add(id + ": component " + name + " is not satisfied (a missing configuration or service)");
                                default -> states.add(name + (state == 8 ? " active" : " satisfied"));
                            }
                        }
                    }
                    ctx.ungetService(ref);
                }
                org.osgi.framework.ServiceReference<?> status = ctx.getServiceReference("io.hearthguard.platform.protection.ProtectionStatusService");
                if (status != null) {
                    Object svc = ctx.getService(status);
                    Class<?> api = status.getBundle().loadClass("io.hearthguard.platform.protection.ProtectionStatusService");
                    for (Object p : (List<?>) api.getMethod("quarantined").invoke(svc)) {
                        long serviceId = (Long) p.getClass().getMethod("serviceId").invoke(p);
                        org.osgi.framework.ServiceReference<?>[] refs = ctx.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
                        if (refs != null && refs.length > 0 && refs[0].getBundle() != null && refs[0].getBundle().equals(b)) {
                            problems.add(id + ": protection " + p.getClass().getMethod("name").invoke(p) + " was quarantined: "
                                    + p.getClass().getMethod("reason").invoke(p));
                        }
                    }
                    ctx.ungetService(status);
                }
            } catch (ReflectiveOperationException | org.osgi.framework.InvalidSyntaxException | RuntimeException e) {
                problems.add(id + ": its components could not be checked: " + e);
            }
            ran.add(id + (states.isEmpty() ? "" : " (" + String.join(", ", states) + ")"));
        }
        return String.join("; ", ran);
    }

    /** @return the innermost "Caused by" of a stack trace's text (SCR wraps a component's exception), else its first line */
    static String innermostCause(String trace) {
        if (trace == null) {
            return "(no reason given)";
        }
        String last = null;
        for (String line : trace.split("\n")) {
            if (line.strip().startsWith("Caused by: ")) {
                last = line.strip().substring("Caused by: ".length());
            }
        }
        String r = last != null ? last : trace.lines().findFirst().orElse("").strip();
        return r.length() > 500 ? r.substring(0, 500) + "…" : r;
    }

    /** -Dhearthguard.cache: the folder of what a run prepares once and keeps (./hearthguard sets it); null when not set. */
    static Path cacheDir() {
        String c = System.getProperty(Main.CACHE_PROPERTY);
        return c == null || c.isBlank() ? null : Path.of(c).toAbsolutePath().normalize();
    }

    static final String CACHE_PROPERTY = "hearthguard.cache";

    /** Tells the bundles where the cache is (the OUI index) and points sqlite-jdbc at its extracted library. */
    private static void prepareCache(Path cache, Path bundles, Map<String, String> props) {
        props.put(CACHE_PROPERTY, cache.toString());
        if (System.getProperty("org.sqlite.lib.path") == null) {
            Path lib = CommandCache.sqliteNative(cache, bundles);
            if (lib != null) {
                System.setProperty("org.sqlite.lib.path", lib.toString());
            }
        }
    }

    private int runCommand(BundleContext ctx, String name, List<String> args) throws Exception {
        String filter = "(&(objectClass=io.hearthguard.platform.cli.Command)(hearthguard.command=" + escape(name) + "))";
        ServiceTracker<Object, Object> t = new ServiceTracker<>(ctx, ctx.createFilter(filter), null);
        t.open(true);
        try {
            Object cmd = t.waitForService(15_000);
            phase("command service ready");
            if (cmd == null) {
                err.println("hearthguard: unknown command '" + name + "'");
                listCommands(ctx, err);
                return 2;
            }
            // Called reflectively: the launcher is outside the framework and does not share its classes.
            return (Integer) cmd.getClass().getMethod("run", List.class, PrintStream.class, PrintStream.class)
                    .invoke(cmd, List.copyOf(args), out, err);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable c = e.getCause();
            err.println("hearthguard " + name + ": " + (c.getMessage() == null ? c.toString() : c.getMessage()));
            return 1;
        } finally {
            t.close();
        }
    }

    private int commandHelp(BundleContext ctx, String name) throws Exception {
        return runCommand(ctx, name, List.of("--help"));
    }

    private int help(Path bundles) throws Exception {
        out.println("Usage:");
        out.println("  hearthguard [--data DIR] [--port N] [--bind ADDRESS] [--hostname NAME] [--verbose]   start the hub");
        out.println("  hearthguard COMMAND [ARGS...]                                                        run a command and exit");
        out.println("  hearthguard COMMAND --help                                                           usage of one command");
        out.println();
        out.println("Options:");
        out.println("  --data DIR      data directory: database, configuration (config/), bundles to deploy (deploy/), logs/");
        out.println("                  (default ./hearthguard-data)");
        out.println("  --port N        HTTP port of the dashboard and API (default 8088)");
        out.println("  --bind ADDRESS  address to listen on (default 127.0.0.1; give a LAN address to reach it from the LAN)");
        out.println("  --hostname NAME a name the hub is reached by besides its addresses and localhost, e.g. hub.lan (repeatable);");
        out.println("                  requests naming any other host are refused (DNS rebinding protection)");
        out.println("  --bundle JAR    (one-shot commands) run the command with this bundle too, e.g. your protection:");
        out.println("                  hearthguard --bundle acme-guard.jar analyze capture.pcap   (repeatable; not checked against trust/)");
        out.println("  --move-aside-damaged-store");
        out.println("                  when hearthguard.db fails its check at start, rename it to hearthguard.db.damaged-TIME and");
        out.println("                  start with an empty database (without it a damaged database is refused and left as it is)");
        out.println();
        Path tmp = Files.createTempDirectory("hearthguard-help");
        try {
            Logs.configureCli(false);
            Map<String, String> props = baseProperties(tmp.resolve("data"), "cli");
            props.put(Constants.FRAMEWORK_STORAGE, tmp.resolve("framework").toString());
            Framework fw = newFramework(props);
            fw.init();
            syncBundles(fw.getBundleContext(), bundles, true);
            fw.start();
            try {
                Thread.sleep(300); // let DS register the commands
                listCommands(fw.getBundleContext(), out);
            } finally {
                fw.stop();
                fw.waitForStop(10_000);
            }
        } finally {
            deleteTree(tmp);
        }
        return 0;
    }

    private static void listCommands(BundleContext ctx, PrintStream to) throws Exception {
        ServiceReference<?>[] refs = ctx.getAllServiceReferences("io.hearthguard.platform.cli.Command", null);
        to.println("Commands:");
        if (refs == null) {
            to.println("  (none installed)");
            return;
        }
        Arrays.sort(refs, Comparator.comparing(r -> String.valueOf(r.getProperty("hearthguard.command"))));
        for (ServiceReference<?> r : refs) {
            to.printf("  %-10s %s%n", r.getProperty("hearthguard.command"), r.getProperty("hearthguard.command.summary"));
        }
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == ')' || c == '*' || c == '\\') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- framework

    private static Map<String, String> baseProperties(Path data, String mode) {
        Map<String, String> p = new HashMap<>();
        p.put("hearthguard.data", data.toString());
        p.put("hearthguard.mode", mode);
        p.put(Constants.FRAMEWORK_BEGINNING_STARTLEVEL, "3");
        p.put("felix.startlevel.bundle", "3");
        p.put("felix.log.level", "1");
        p.put("ds.log.enabled", "true"); // SCR reports component failures to the OSGi log (io.hearthguard.logging forwards it)
        p.put("ds.loglevel", "warn");
        // The framework must not resolve the launcher's own JDK packages wrongly: export nothing extra.
        p.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*,jdk.internal.reflect");
        if ("cli".equals(mode)) {
            p.put("org.apache.felix.http.enable", "false");
            // A command stops its framework while EventAdmin may still wait on a delivery: EventAdmin then warns
            // "Event Task Processing Interrupted" on the console (it has no log service there). Only its errors, then.
            p.put("org.apache.felix.eventadmin.LogLevel", "1");
        }
        return p;
    }

    private static Framework newFramework(Map<String, String> props) {
        FrameworkFactory f = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        return f.newFramework(props);
    }

    /**
     * Not installed for a one-shot command: the hub's servers and folder watch, and what acts on
     * or sends findings outside the process (notifications, response, the DNS forwarder) --
     * a command stores its findings and reports them itself. The deploy bundle stays (it has
     * the deploy command; its folder watch runs in the hub only).
     */
    static final List<String> CLI_SKIP = List.of("org.apache.felix.http.jetty12", "org.apache.felix.fileinstall",
            "io.hearthguard.health", "io.hearthguard.web", "org.apache.felix.http.servlet-api",
            "org.apache.commons.commons-fileupload", "org.apache.commons.commons-io",
            "io.hearthguard.notify", "io.hearthguard.notify.email", "io.hearthguard.notify.mqtt", "io.hearthguard.notify.webhook",
            "io.hearthguard.notify.fleet", "org.eclipse.angus.jakarta.mail", "jakarta.activation-api", "org.eclipse.paho.client.mqttv3",
            "io.hearthguard.response", "io.hearthguard.dns", "org.xbill.dns");

    /**
     * Also left out for one command (issue 14, the fixed cost of a command): what that command
     * never reaches. {@code analyze} reads a capture through capture, discovery, the protection
     * host and the protections, the store and findings: it needs neither the skill analyser, nor
     * the hygiene checks (which, left in, would probe a capture's addresses on the live network
     * once a long analysis passed their new-device delay), nor deploy, nor the libraries only
     * they import (JSch, Commons Codec). None of these is imported by a bundle analyze keeps
     * (the web bundle imports skills, hygiene and deploy, and is already left out).
     */
    static final Map<String, List<String>> COMMAND_SKIP = Map.of(
            "analyze", List.of("io.hearthguard.skills", "io.hearthguard.hygiene", "io.hearthguard.deploy",
                    "com.github.mwiede.jsch", "org.apache.commons.commons-codec"));

    /**
     * The bundles left out for this command: {@link #CLI_SKIP}, plus {@link #COMMAND_SKIP}'s for
     * it unless the user adds bundles of their own ({@code --bundle}), which may import any of them.
     */
    static List<String> cliSkip(String command, boolean extraBundles) {
        List<String> more = extraBundles || command == null ? List.of() : COMMAND_SKIP.getOrDefault(command, List.of());
        if (more.isEmpty()) {
            return CLI_SKIP;
        }
        List<String> all = new ArrayList<>(CLI_SKIP);
        all.addAll(more);
        return List.copyOf(all);
    }

    /**
     * Makes the installed runtime bundles match the jars in {@code dir}: installs new ones,
     * updates changed ones, uninstalls ones no longer shipped. Bundles installed from the
     * deploy folder (other locations) are left alone.
     */
    static void syncBundles(BundleContext ctx, Path dir, boolean cli) throws IOException, BundleException {
        syncBundles(ctx, dir, cli ? CLI_SKIP : null);
    }

    /** @param skip the bundles a one-shot command leaves out; null for the hub (which installs all) */
    static void syncBundles(BundleContext ctx, Path dir, List<String> skip) throws IOException, BundleException {
        boolean cli = skip != null;
        // a command reads the jars in place (reference:), the hub copies them into its cache
        String prefix = cli ? "reference:" + dir.toUri() : LOCATION_PREFIX;
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : ctx.getBundles()) {
            if (b.getLocation().startsWith(prefix)) {
                installed.put(b.getLocation(), b);
            }
        }
        List<Bundle> toStart = new ArrayList<>();
        List<Path> jars;
        try (Stream<Path> s = Files.list(dir)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        boolean changed = false;
        for (Path jar : jars) {
            String bsn;
            try (JarFile jf = new JarFile(jar.toFile())) {
                bsn = jf.getManifest() == null ? null : jf.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            }
            if (bsn == null) {
                continue;
            }
            bsn = bsn.split(";")[0].trim();
            if (cli && skip.contains(bsn)) {
                continue;
            }
            String location = cli ? "reference:" + jar.toUri() : LOCATION_PREFIX + jar.getFileName();
            Bundle b = installed.remove(location);
            long stamp = Files.getLastModifiedTime(jar).toMillis();
            if (b == null) {
                if (cli) {
                    // a one-shot command's framework storage is disposable: read the jars in place, do not copy them
                    b = ctx.installBundle(location);
                } else {
                    try (InputStream in = Files.newInputStream(jar)) {
                        b = ctx.installBundle(location, in);
                    }
                }
                changed = true;
            } else if (b.getLastModified() < stamp) {
                try (InputStream in = Files.newInputStream(jar)) {
                    b.update(in);
                }
                changed = true;
            }
            b.adapt(BundleStartLevel.class).setStartLevel(startLevel(bsn));
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                toStart.add(b);
            }
        }
        for (Bundle gone : installed.values()) {
            gone.uninstall();
            changed = true;
        }
        if (changed) {
            ctx.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);
        }
        for (Bundle b : toStart) {
            b.start(Bundle.START_ACTIVATION_POLICY);
        }
        ctx.getBundle(0).adapt(FrameworkStartLevel.class).setInitialBundleStartLevel(3);
    }

    /** SPI Fly must weave before slf4j loads its provider; logging before everything else. */
    static int startLevel(String bsn) {
        if (bsn.startsWith("org.apache.aries.spifly") || bsn.startsWith("org.objectweb.asm")) {
            return 1;
        }
        if (bsn.startsWith("slf4j.") || bsn.equals("org.apache.felix.log") || bsn.equals("org.apache.felix.configadmin")) {
            return 2;
        }
        return 3;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
