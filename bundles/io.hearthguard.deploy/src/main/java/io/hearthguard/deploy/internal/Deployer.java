package io.hearthguard.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.platform.cli.Launch;
import io.hearthguard.platform.deploy.DeployAttempt;
import io.hearthguard.platform.deploy.DeployAttempt.Verdict;
import io.hearthguard.platform.deploy.DeployService;
import io.hearthguard.platform.protection.ProtectionStatusService;
import io.hearthguard.platform.store.Store;

/**
 * The one deploy lifecycle (see {@link DeployService}) and its ways in: the
 * {@code <data>/deploy} folder watched here, and uploads through {@link #deploy} (REST,
 * CLI). In the folder a verified jar dropped there is installed and started, overwriting it
 * updates the same bundle in place (its configuration is kept), deleting it uninstalls it. A
 * jar is only looked at once its size and time stopped changing and it reads as a complete
 * jar; the bytes are copied to {@code <data>/deploy-store} first, so a file changing under
 * us is never installed half-written. An upload that commits is written into the folder
 * under its file name, so the folder stays the record of what is deployed (and a restart
 * finds it). An install or update that does not start or fails its health check is rolled
 * back. Why a dropped jar was refused is written next to it as {@code <name>.rejected.txt}
 * and logged; every attempt is audited in the store.
 */
@Component(configurationPid = "io.hearthguard.deploy", service = DeployService.class, immediate = true)
@Designate(ocd = Deployer.Config.class)
public final class Deployer implements DeployService {

    /** Hot deploy settings. */
    @ObjectClassDefinition(name = "Hearthguard hot deploy", description = "Vendor bundles dropped into <data>/deploy.")
    public @interface Config {
        @AttributeDefinition(name = "Poll interval (ms)", min = "100", max = "60000")
        long pollMillis() default 1000;

        @AttributeDefinition(name = "Require signature", description = "Install only jars signed by a certificate in <data>/trust.")
        boolean requireSignature() default true;

        @AttributeDefinition(name = "Allow downgrade", description = "Accept a jar whose version is lower than the installed one.")
        boolean allowDowngrade() default false;

        @AttributeDefinition(name = "Components active within (ms)", description = "Health check: every component of the new bundle active within this time.", min = "100", max = "120000")
        long activeWithinMillis() default 10_000;

        @AttributeDefinition(name = "Observe (ms)", description = "Health check: how long the new bundle's protections are watched (no exceptions, not quarantined, cost within budget).", min = "0", max = "60000")
        long observeMillis() default 1_000;

        @AttributeDefinition(name = "Cost budget per event (µs)", description = "Health check: mean time one event may take a new protection.", min = "1", max = "10000000")
        long maxMicrosPerEvent() default 2_000;

        @AttributeDefinition(name = "Largest jar (MiB)", min = "1", max = "64")
        int maxJarMegabytes() default 16;

        @AttributeDefinition(name = "Uploads at once", description = "Uploads running or waiting for the deployer; more are refused.", min = "1", max = "16")
        int maxUploadsAtOnce() default 2;

        @AttributeDefinition(name = "Uploads per hour", min = "1", max = "10000")
        int maxUploadsPerHour() default 60;

        @AttributeDefinition(name = "Audit entries kept", min = "10", max = "100000")
        int auditKeep() default 1_000;
    }

    private static final java.util.regex.Pattern FILE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,95}\\.jar");

    static final String LOCATION = "hearthguard:deploy:";
    private static final Logger LOG = Logger.getLogger(Deployer.class.getName());

    private final BundleContext context;
    private final Config config;
    private final Path deploy;
    private final Path storeDir;
    private final Path trustDir;
    private final Path index;
    private final Map<String, Seen> seen = new HashMap<>();
    private final Properties fileToBsn = new Properties();
    private final Thread thread;
    private volatile boolean running = true;

    /** What the watcher knows about one file. */
    private static final class Seen {
        long size = -1;
        long mtime = -1;
        int stable;
        String handledSha; // sha of the content last installed or rejected
        long handledSize = -1; // size, time and trust/ state when it was last handled:
        long handledMtime = -1; // unchanged, the jar is not opened again (a rejected zip
        String handledTrust; // bomb would otherwise be inflated at every poll)
        Object handledKey;
    }

    /** Jars verified since activation (for tests: unchanged jars are not verified again). */
    int verifications;

    private final AuditLog audit;
    private final HealthCheck health;
    private final Semaphore uploads;
    private final Deque<Long> uploadTimes = new ArrayDeque<>();

    /** Reports on the protections; absent where no protection host runs (then their health is not checked). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ProtectionStatusService protectionStatus;

    @Activate
    public Deployer(BundleContext context, Config config, @Reference Store store, @Reference ServiceComponentRuntime scr) throws IOException {
        if (config.pollMillis() < 100) {
            throw new IllegalArgumentException("io.hearthguard.deploy pollMillis must be at least 100: " + config.pollMillis());
        }
        check("activeWithinMillis", config.activeWithinMillis(), 100, 120_000);
        check("observeMillis", config.observeMillis(), 0, 60_000);
        check("maxMicrosPerEvent", config.maxMicrosPerEvent(), 1, 10_000_000);
        check("maxJarMegabytes", config.maxJarMegabytes(), 1, 64);
        check("maxUploadsAtOnce", config.maxUploadsAtOnce(), 1, 16);
        check("maxUploadsPerHour", config.maxUploadsPerHour(), 1, 10_000);
        check("auditKeep", config.auditKeep(), 10, 100_000);
        this.context = context;
        this.config = config;
        this.audit = new AuditLog(store, config.auditKeep());
        this.health = new HealthCheck(context, scr, () -> protectionStatus);
        this.uploads = new Semaphore(config.maxUploadsAtOnce());
        Path root = Launch.dataDirectory(context::getProperty);
        this.deploy = Files.createDirectories(root.resolve("deploy"));
        this.storeDir = Files.createDirectories(root.resolve("deploy-store"));
        try { // the installed jars and their previous versions: the hub's own, like the rest of the data directory (0700)
            Files.setPosixFilePermissions(storeDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
        this.trustDir = root.resolve("trust");
        this.index = storeDir.resolve("index.properties");
        if (Files.exists(index)) {
            try (InputStream in = Files.newInputStream(index)) {
                fileToBsn.load(in);
            }
        }
        this.thread = new Thread(this::loop, "hearthguard-deploy");
        this.thread.setDaemon(true);
        // a one-shot command (./hearthguard deploy talks to the running hub) must not install from the hub's folder
        if (!Launch.MODE_CLI.equals(context.getProperty(Launch.MODE))) {
            this.thread.start();
        }
    }

    private static void check(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("io.hearthguard.deploy " + name + " must be between " + min + " and " + max + ": " + value);
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }

    private void loop() {
        // A jar installed while the framework is still raising its start level is not started until
        // that level is reached, and its health check would find it stopped: wait for the framework.
        try {
            awaitFrameworkStarted();
        } catch (InterruptedException e) {
            return;
        }
        while (running) {
            try {
                poll();
            } catch (RuntimeException | IOException | LinkageError e) {
                LOG.log(Level.WARNING, "deploy folder scan failed", e);
            }
            try {
                Thread.sleep(config.pollMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waits until the system bundle is ACTIVE: the framework has reached its beginning start level. */
    private void awaitFrameworkStarted() throws InterruptedException {
        Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
        long end = System.nanoTime() + 300_000_000_000L;
        while (running && system != null && system.getState() != Bundle.ACTIVE && System.nanoTime() < end) {
            Thread.sleep(100);
        }
    }

    /** One scan of the deploy folder. Package-visible for tests. */
    synchronized void poll() throws IOException {
        List<Path> jars;
        try (Stream<Path> s = Files.list(deploy)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        String trust = null;
        for (Path jar : jars) {
            String file = jar.getFileName().toString();
            present.add(file);
            Seen s = seen.computeIfAbsent(file, f -> new Seen());
            long size = Files.size(jar);
            long mtime = Files.getLastModifiedTime(jar).toMillis();
            if (size != s.size || mtime != s.mtime) {
                s.size = size;
                s.mtime = mtime;
                s.stable = 0;
                continue;
            }
            if (++s.stable < 1) {
                continue;
            }
            if (trust == null) {
                trust = trustStamp();
            }
            // the file key (inode) changes when a new jar is moved over the old one, even of the same size and time
            Object key = Files.readAttributes(jar, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (size == s.handledSize && mtime == s.handledMtime && trust.equals(s.handledTrust) && java.util.Objects.equals(key, s.handledKey)) {
                continue; // installed or refused already, and neither it nor trust/ changed since
            }
            handle(jar, file, s);
            if (s.stable > 0) { // not changed while we looked
                s.handledSize = size;
                s.handledMtime = mtime;
                s.handledTrust = trust;
                s.handledKey = key;
            }
        }
        // deleted files: uninstall their bundles
        for (String file : List.copyOf(fileToBsn.stringPropertyNames())) {
            if (!present.contains(file)) {
                uninstall(file, fileToBsn.getProperty(file));
            }
        }
        // a refused jar that was removed leaves no note behind
        try (Stream<Path> notes = Files.list(deploy)) {
            for (Path n : notes.filter(f -> f.getFileName().toString().endsWith(".jar.rejected.txt")).toList()) {
                String jarName = n.getFileName().toString().substring(0, n.getFileName().toString().length() - ".rejected.txt".length());
                if (!present.contains(jarName) && !fileToBsn.containsKey(jarName)) {
                    Files.deleteIfExists(n);
                }
            }
        }
        seen.keySet().retainAll(present);
    }

    private void handle(Path jar, String file, Seen s) throws IOException {
        // copy first: verify and install the copy, so the original may change under us
        Path staged = storeDir.resolve(".staging-" + file);
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        String who = "folder:" + owner(jar);
        BundleVerifier.Verified v = null;
        try {
            if (s.handledSha == null && refusedBefore(file, staged)) {
                return; // refused by an earlier run of the hub and unchanged since: not installed, rolled back and audited again
            }
            verifications++;
            v = verify(staged);
            if (v.sha256().equals(s.handledSha)) {
                return; // installed already
            }
            if (Files.size(staged) != Files.size(jar) || Files.getLastModifiedTime(jar).toMillis() != s.mtime) {
                s.stable = 0; // changed while we copied: look again next time
                return;
            }
            Outcome o = install(file, v, staged);
            s.handledSha = v.sha256();
            Files.deleteIfExists(deploy.resolve(file + ".rejected.txt"));
            if (o.verdict() == Verdict.UNCHANGED) {
                // nobody asked for anything: the folder holds what runs (after an upload wrote it, a restart of the hub or
                // of this component); an audit row here would only repeat the attempt that installed it
                LOG.fine(() -> "deploy/" + file + ": " + o.reason());
                return;
            }
            record(who, VIA_FOLDER, file, v, Files.size(staged), o.verdict(), o.reason());
        } catch (DeployException e) {
            String sha = sha(staged);
            if (sha.equals(s.handledSha)) {
                return; // already reported
            }
            s.handledSha = sha;
            String why = named(e, staged, file);
            LOG.warning(() -> "refused " + file + ": " + why);
            Files.writeString(deploy.resolve(file + ".rejected.txt"), why + "\n" + REFUSED_MARK + sha + " " + sha(trustStamp()) + "\n",
                    StandardCharsets.UTF_8);
            record(who, VIA_FOLDER, file, v, Files.size(staged), e.rolledBack() ? Verdict.ROLLED_BACK : Verdict.REFUSED, why, sha);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** The verifier saw the staged copy: name the file the user dropped or uploaded instead. */
    /**
     * A refusal of an upload names the file as it was uploaded: the lifecycle's messages name the
     * folder file that holds the bundle, which is another name when an upload updates it.
     */
    static String uploaded(String why, String folderFile, String uploadName) {
        if (folderFile.equals(uploadName) || !why.startsWith(folderFile)) {
            return why;
        }
        return uploadName + why.substring(folderFile.length()) + " (the installed bundle is kept in deploy/" + folderFile + ")";
    }

    private static String named(Exception e, Path staged, String file) {
        return String.valueOf(e.getMessage()).replace(staged.toString(), file).replace(staged.getFileName().toString(), file);
    }

    private BundleVerifier.Verified verify(Path staged) throws DeployException {
        List<X509Certificate> trust = BundleVerifier.loadTrust(trustDir);
        BundleVerifier.Limits d = BundleVerifier.Limits.DEFAULT;
        BundleVerifier.Limits limits = new BundleVerifier.Limits(maxJarBytes(), d.maxEntries(), d.maxUncompressedBytes(), d.maxRatio());
        return new BundleVerifier(trust, config.requireSignature(), limits).verify(staged);
    }

    private static String owner(Path p) {
        try {
            return Files.getOwner(p).getName();
        } catch (IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }

    private DeployAttempt record(String who, String via, String file, BundleVerifier.Verified v, long size, Verdict verdict, String reason) {
        return record(who, via, file, v, size, verdict, reason, v == null ? null : v.sha256());
    }

    private DeployAttempt record(String who, String via, String file, BundleVerifier.Verified v, long size, Verdict verdict, String reason, String sha) {
        DeployAttempt a = new DeployAttempt(0, Instant.now(), who, via, file, sha == null || sha.isEmpty() ? null : sha, size,
                v == null ? null : v.symbolicName(), v == null ? null : v.version(), verdict, reason);
        return audited(a);
    }

    /** Writes the attempt to the audit log; a store failure is logged, never lost silently, and does not undo the deploy. */
    private DeployAttempt audited(DeployAttempt a) {
        try {
            return audit.record(a);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "cannot write the deploy audit entry for " + a.fileName() + " (" + a.verdict() + ")", e);
            return a;
        }
    }

    // ---------------------------------------------------------------- uploads (REST, CLI)

    @Override
    public long maxJarBytes() {
        return (long) config.maxJarMegabytes() << 20;
    }

    @Override
    public List<DeployAttempt> audit(int limit) {
        if (limit < 1 || limit > 1_000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000: " + limit);
        }
        return audit.list(limit);
    }

    @Override
    public DeployAttempt deploy(String fileName, InputStream jar, String who, String via) {
        java.util.Objects.requireNonNull(fileName, "fileName");
        java.util.Objects.requireNonNull(jar, "jar");
        java.util.Objects.requireNonNull(who, "who");
        java.util.Objects.requireNonNull(via, "via");
        String shownName = fileName.length() > 100 ? fileName.substring(0, 100) : fileName;
        if (!VIA_REST.equals(via) && !VIA_CLI.equals(via)) {
            throw new IllegalArgumentException("via is rest or cli: " + via);
        }
        String limited = takeRate();
        if (limited != null) {
            return record(who, via, shownName, null, 0, Verdict.LIMITED, limited, null);
        }
        if (!FILE_NAME.matcher(fileName).matches() || fileName.contains("..")) {
            return record(who, via, shownName, null, 0, Verdict.REFUSED,
                    "the file name must be a plain name ending in .jar (letters, digits, . _ -; at most 100 characters)", null);
        }
        if (!uploads.tryAcquire()) {
            return record(who, via, fileName, null, 0, Verdict.LIMITED,
                    "busy: " + config.maxUploadsAtOnce() + " uploads are being deployed already; try again when they are done", null);
        }
        Path staged = null;
        try {
            staged = Files.createTempFile(storeDir, ".upload-", ".jar");
            long size;
            try (OutputStream out = Files.newOutputStream(staged)) {
                size = copy(jar, out, maxJarBytes());
            }
            if (size > maxJarBytes()) {
                return record(who, via, fileName, null, size, Verdict.LIMITED, "larger than the limit of " + maxJarBytes() + " bytes", null);
            }
            if (size == 0) {
                return record(who, via, fileName, null, 0, Verdict.REFUSED, "the upload is empty", null);
            }
            return deployStaged(fileName, staged, size, who, via);
        } catch (IOException e) {
            return record(who, via, fileName, null, 0, Verdict.REFUSED, "cannot read the upload: " + e.getMessage(), null);
        } finally {
            uploads.release();
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    LOG.warning(() -> "cannot remove a staged upload: " + e);
                }
            }
        }
    }

    /** @return null when one more upload fits in the hour, else why not (the attempt counts) */
    private String takeRate() {
        long now = System.nanoTime();
        synchronized (uploadTimes) {
            while (!uploadTimes.isEmpty() && now - uploadTimes.peekFirst() > 3_600_000_000_000L) {
                uploadTimes.removeFirst();
            }
            if (uploadTimes.size() >= config.maxUploadsPerHour()) {
                return "more than " + config.maxUploadsPerHour() + " uploads in the last hour; try again later";
            }
            uploadTimes.addLast(now);
            return null;
        }
    }

    /** @return bytes copied; stops after max + 1 */
    private static long copy(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(buf.length, max + 1 - total))) > 0) {
            out.write(buf, 0, n);
            total += n;
            if (total > max) {
                break;
            }
        }
        return total;
    }

    /**
     * Verifies and installs an upload under the folder's lock, then writes it into the
     * folder under the file name that holds its bundle (or the uploaded name for a new one)
     * and marks that file handled, so the watcher does not install it a second time.
     */
    private synchronized DeployAttempt deployStaged(String fileName, Path staged, long size, String who, String via) throws IOException {
        BundleVerifier.Verified v = null;
        String file = fileName;
        try {
            verifications++;
            v = verify(staged);
            file = fileFor(v.symbolicName()).orElse(fileName);
            Path target = deploy.resolve(file);
            if (!fileToBsn.containsKey(file) && Files.exists(target)) {
                throw new DeployException(fileName + ": deploy/" + file + " exists and holds another jar; remove it or upload under another name");
            }
            Outcome o = install(file, v, staged);
            Path part = deploy.resolve("." + file + ".part");
            Files.copy(staged, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Seen s = seen.computeIfAbsent(file, f -> new Seen());
            s.size = s.handledSize = Files.size(target);
            s.mtime = s.handledMtime = Files.getLastModifiedTime(target).toMillis();
            s.stable = 1;
            s.handledKey = Files.readAttributes(target, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            s.handledTrust = trustStamp();
            s.handledSha = v.sha256();
            Files.deleteIfExists(deploy.resolve(file + ".rejected.txt"));
            String where = file.equals(fileName) ? "" : " (kept as deploy/" + file + ", the file that holds " + v.symbolicName() + ")";
            return record(who, via, fileName, v, size, o.verdict(), o.reason() + where);
        } catch (DeployException e) {
            String why = uploaded(named(e, staged, fileName), file, fileName);
            LOG.warning(() -> "refused upload " + fileName + " from " + who + ": " + why);
            return record(who, via, fileName, v, size, e.rolledBack() ? Verdict.ROLLED_BACK : Verdict.REFUSED, why, sha(staged));
        }
    }

    private java.util.Optional<String> fileFor(String bsn) {
        return fileToBsn.stringPropertyNames().stream().filter(f -> bsn.equals(fileToBsn.getProperty(f))).sorted().findFirst();
    }

    /** What an install or update came to. */
    private record Outcome(Verdict verdict, String reason) {
    }

    /** @return names, sizes and times of the files in trust/: a new certificate is a reason to look at refused jars again */
    /** The last line of a {@code .rejected.txt}: the refused jar's SHA-256 and a digest of trust/ at the time. */
    static final String REFUSED_MARK = "refused-sha256-and-trust: ";

    /**
     * @return true when {@code file.rejected.txt} says an earlier run refused exactly these bytes with the
     *         trust/ folder as it is now (then the refusal stands without a new attempt)
     */
    private boolean refusedBefore(String file, Path staged) throws IOException {
        Path note = deploy.resolve(file + ".rejected.txt");
        if (!Files.isRegularFile(note) || Files.size(note) > 64 * 1024) {
            return false;
        }
        List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (!last.startsWith(REFUSED_MARK)) {
            return false;
        }
        String sha = sha(staged);
        if (!last.equals(REFUSED_MARK + sha + " " + sha(trustStamp()))) {
            return false;
        }
        LOG.info(() -> "deploy/" + file + " was refused by an earlier run and has not changed (see " + file
                + ".rejected.txt); replace the jar or change trust/ to try again");
        return true;
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String trustStamp() throws IOException {
        if (!Files.isDirectory(trustDir)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(trustDir)) {
            for (Path p : s.sorted().toList()) {
                b.append(p.getFileName()).append('/').append(Files.size(p)).append('/').append(Files.getLastModifiedTime(p).toMillis()).append(';');
            }
        }
        return b.toString();
    }

    private static String sha(Path p) {
        try {
            java.security.MessageDigest d = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(d.digest(Files.readAllBytes(p)));
        } catch (Exception e) {
            return "";
        }
    }

    private Bundle installed(String bsn) {
        return context.getBundle(LOCATION + bsn);
    }

    private Outcome install(String file, BundleVerifier.Verified v, Path staged) throws DeployException, IOException {
        String previousBsn = fileToBsn.getProperty(file);
        if (previousBsn != null && !previousBsn.equals(v.symbolicName())) {
            throw new DeployException(file + " now holds " + v.symbolicName() + " instead of " + previousBsn
                    + "; remove the file and deploy the new bundle under its own name");
        }
        for (String other : fileToBsn.stringPropertyNames()) {
            if (!other.equals(file) && fileToBsn.getProperty(other).equals(v.symbolicName())) {
                throw new DeployException(file + ": " + v.symbolicName() + " is already deployed from " + other
                        + "; to update it, put the new version over deploy/" + other + " (one file name for every version)");
            }
        }
        if (context.getBundles().length > 0) {
            for (Bundle b : context.getBundles()) {
                if (v.symbolicName().equals(b.getSymbolicName()) && !b.getLocation().startsWith(LOCATION)) {
                    throw new DeployException(file + ": " + v.symbolicName() + " is part of the hub and cannot be replaced from deploy/");
                }
            }
        }
        Path current = storeDir.resolve(v.symbolicName() + ".jar");
        Path previous = storeDir.resolve(v.symbolicName() + ".previous.jar");
        Bundle b = installed(v.symbolicName());
        if (b != null && Files.exists(current) && v.sha256().equals(sha(current))) {
            // the installed bundle already is this jar (e.g. after a hub restart): nothing to do
            fileToBsn.setProperty(file, v.symbolicName());
            saveIndex();
            return new Outcome(Verdict.UNCHANGED, v.symbolicName() + " " + v.version() + " is installed already");
        }
        Outcome outcome;
        try {
            if (b == null) {
                try (InputStream in = Files.newInputStream(staged)) {
                    b = context.installBundle(LOCATION + v.symbolicName(), in);
                }
                try {
                    b.start();
                } catch (BundleException e) {
                    b.uninstall();
                    throw new DeployException(file + ": " + v.symbolicName() + " " + v.version() + " does not start: " + rootMessage(e)
                            + "; removed again", true);
                }
                String sick = healthCheck(b);
                if (!sick.isEmpty()) {
                    b.uninstall();
                    refresh(null);
                    throw new DeployException(file + ": " + v.symbolicName() + " " + v.version() + " failed its health check (" + sick
                            + "); removed again", true);
                }
                Files.copy(staged, current, StandardCopyOption.REPLACE_EXISTING);
                outcome = new Outcome(Verdict.INSTALLED, "installed " + v.symbolicName() + " " + v.version()
                        + (v.signer() == null ? " (unsigned; signatures not required)" : ", signed by " + v.signer()) + "; " + health.passedNote(b));
                LOG.info(() -> "installed " + v.symbolicName() + " " + v.version() + " from " + file
                        + (v.signer() == null ? " (unsigned; signatures not required)" : " signed by " + v.signer()));
            } else {
                Version old = b.getVersion();
                Version neu = Version.parseVersion(v.version());
                if (neu.compareTo(old) < 0 && !config.allowDowngrade()) {
                    throw new DeployException(file + ": version " + neu + " is older than the installed " + old
                            + "; set allowDowngrade in io.hearthguard.deploy to accept it");
                }
                if (Files.exists(current)) {
                    Files.copy(current, previous, StandardCopyOption.REPLACE_EXISTING);
                }
                try (InputStream in = Files.newInputStream(staged)) {
                    b.update(in); // Felix restarts an active bundle here and throws when that fails
                    b.start();
                    refresh(b);
                } catch (BundleException e) {
                    rollback(b, previous, old);
                    throw new DeployException(file + ": " + v.symbolicName() + " " + v.version() + " does not start ("
                            + rootMessage(e) + "); rolled back to " + old, true);
                }
                String sick = healthCheck(b);
                if (!sick.isEmpty()) {
                    rollback(b, previous, old);
                    throw new DeployException(file + ": " + v.symbolicName() + " " + v.version() + " failed its health check (" + sick
                            + "); rolled back to " + old, true);
                }
                Files.copy(staged, current, StandardCopyOption.REPLACE_EXISTING);
                outcome = new Outcome(Verdict.UPDATED, "updated " + v.symbolicName() + " " + old + " -> " + v.version()
                        + (v.signer() == null ? " (unsigned; signatures not required)" : ", signed by " + v.signer()) + "; " + health.passedNote(b));
                LOG.info(() -> "updated " + v.symbolicName() + " " + old + " -> " + v.version() + " from " + file);
            }
        } catch (BundleException e) {
            throw new DeployException(file + ": cannot install " + v.symbolicName() + ": " + rootMessage(e), e);
        }
        fileToBsn.setProperty(file, v.symbolicName());
        saveIndex();
        return outcome;
    }

    /** @return empty when the bundle passed the health check, else why not */
    private String healthCheck(Bundle b) {
        try {
            return health.check(b, new HealthCheck.Settings(config.activeWithinMillis(), config.observeMillis(), config.maxMicrosPerEvent()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted (the deployer is stopping)";
        } catch (RuntimeException e) {
            return "the check itself failed: " + e;
        }
    }

    private void rollback(Bundle b, Path previous, Version old) {
        if (!Files.exists(previous)) {
            LOG.severe(() -> "cannot roll back " + b.getSymbolicName() + ": no copy of " + old + " kept");
            return;
        }
        try (InputStream in = Files.newInputStream(previous)) {
            b.update(in);
            b.start();
            refresh(b);
            LOG.warning(() -> "rolled back " + b.getSymbolicName() + " to " + old);
        } catch (IOException | BundleException e) {
            LOG.log(Level.SEVERE, "rolling back " + b.getSymbolicName() + " to " + old + " failed", e);
        }
    }

    private void uninstall(String file, String bsn) throws IOException {
        Bundle b = installed(bsn);
        if (b != null) {
            try {
                String version = b.getVersion().toString();
                b.uninstall();
                refresh(null);
                LOG.info(() -> "uninstalled " + bsn + " (" + file + " was removed from deploy/)");
                String who = "folder:" + owner(deploy);
                audited(new DeployAttempt(0, Instant.now(), who, VIA_FOLDER, file, null, 0, bsn, version, Verdict.UNINSTALLED,
                        "uninstalled " + bsn + " " + version + ": " + file + " was removed from deploy/"));
            } catch (BundleException e) {
                LOG.log(Level.WARNING, "uninstalling " + bsn + " failed", e);
            }
        }
        fileToBsn.remove(file);
        Files.deleteIfExists(storeDir.resolve(bsn + ".jar"));
        Files.deleteIfExists(storeDir.resolve(bsn + ".previous.jar"));
        Files.deleteIfExists(deploy.resolve(file + ".rejected.txt"));
        saveIndex();
    }

    /**
     * Refreshes only when an old revision is still wired to other bundles (a protection that
     * exports nothing needs no refresh), and waits for it, so the bundle is settled when the
     * deployer moves on.
     */
    private void refresh(Bundle b) {
        FrameworkWiring fw = context.getBundle(0).adapt(FrameworkWiring.class);
        java.util.Collection<Bundle> pending = fw.getRemovalPendingBundles();
        if (pending.isEmpty()) {
            return;
        }
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        fw.refreshBundles(pending, e -> done.countDown());
        try {
            if (!done.await(30, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.warning("refreshing after " + (b == null ? "uninstall" : "update of " + b.getSymbolicName()) + " took more than 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void saveIndex() throws IOException {
        Path tmp = storeDir.resolve("index.properties.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            fileToBsn.store(out, "deploy/ file -> installed bundle");
        }
        Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r == t ? String.valueOf(t.getMessage()) : t.getMessage() + ": " + r;
    }
}
