package io.hearthguard.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import io.hearthguard.platform.cli.Launch;

/**
 * Watches {@code <data>/deploy}: a verified jar dropped there is installed and started,
 * overwriting it updates the same bundle in place (its configuration is kept), deleting it
 * uninstalls it. A jar is only looked at once its size and time stopped changing and it
 * reads as a complete jar; the verified bytes are copied to {@code <data>/deploy-store}
 * first, so a file changing under us is never installed half-written. An update whose
 * bundle fails to start is rolled back to the previous version. Why a jar was refused is
 * written next to it as {@code <name>.rejected.txt} and logged.
 */
@Component(configurationPid = "io.hearthguard.deploy", service = {})
@Designate(ocd = Deployer.Config.class)
public final class Deployer {

    /** Hot deploy settings. */
    @ObjectClassDefinition(name = "Hearthguard hot deploy", description = "Vendor bundles dropped into <data>/deploy.")
    public @interface Config {
        @AttributeDefinition(name = "Poll interval (ms)", min = "100", max = "60000")
        long pollMillis() default 1000;

        @AttributeDefinition(name = "Require signature", description = "Install only jars signed by a certificate in <data>/trust.")
        boolean requireSignature() default true;

        @AttributeDefinition(name = "Allow downgrade", description = "Accept a jar whose version is lower than the installed one.")
        boolean allowDowngrade() default false;
    }

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

    @Activate
    public Deployer(BundleContext context, Config config) throws IOException {
        if (config.pollMillis() < 100) {
            throw new IllegalArgumentException("io.hearthguard.deploy pollMillis must be at least 100: " + config.pollMillis());
        }
        this.context = context;
        this.config = config;
        Path root = Launch.dataDirectory(context::getProperty);
        this.deploy = Files.createDirectories(root.resolve("deploy"));
        this.storeDir = Files.createDirectories(root.resolve("deploy-store"));
        this.trustDir = root.resolve("trust");
        this.index = storeDir.resolve("index.properties");
        if (Files.exists(index)) {
            try (InputStream in = Files.newInputStream(index)) {
                fileToBsn.load(in);
            }
        }
        this.thread = new Thread(this::loop, "hearthguard-deploy");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }

    private void loop() {
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
        seen.keySet().retainAll(present);
    }

    private void handle(Path jar, String file, Seen s) throws IOException {
        // copy first: verify and install the copy, so the original may change under us
        Path staged = storeDir.resolve(".staging-" + file);
        Files.copy(jar, staged, StandardCopyOption.REPLACE_EXISTING);
        try {
            BundleVerifier.Verified v;
            verifications++;
            List<X509Certificate> trust = BundleVerifier.loadTrust(trustDir);
            v = new BundleVerifier(trust, config.requireSignature(), BundleVerifier.Limits.DEFAULT).verify(staged);
            if (v.sha256().equals(s.handledSha)) {
                return; // installed already
            }
            if (Files.size(staged) != Files.size(jar) || Files.getLastModifiedTime(jar).toMillis() != s.mtime) {
                s.stable = 0; // changed while we copied: look again next time
                return;
            }
            install(file, v, staged);
            s.handledSha = v.sha256();
            Files.deleteIfExists(deploy.resolve(file + ".rejected.txt"));
        } catch (DeployException e) {
            String sha = sha(staged);
            if (sha.equals(s.handledSha)) {
                return; // already reported
            }
            s.handledSha = sha;
            // the verifier saw the staged copy: name the file the user dropped
            String why = String.valueOf(e.getMessage()).replace(staged.toString(), file).replace(staged.getFileName().toString(), file);
            LOG.warning(() -> "refused " + file + ": " + why);
            Files.writeString(deploy.resolve(file + ".rejected.txt"), why + "\n", StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(staged);
        }
    }

    /** @return names, sizes and times of the files in trust/: a new certificate is a reason to look at refused jars again */
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

    private void install(String file, BundleVerifier.Verified v, Path staged) throws DeployException, IOException {
        String previousBsn = fileToBsn.getProperty(file);
        if (previousBsn != null && !previousBsn.equals(v.symbolicName())) {
            throw new DeployException(file + " now holds " + v.symbolicName() + " instead of " + previousBsn
                    + "; remove the file and deploy the new bundle under its own name");
        }
        for (String other : fileToBsn.stringPropertyNames()) {
            if (!other.equals(file) && fileToBsn.getProperty(other).equals(v.symbolicName())) {
                throw new DeployException(file + ": " + v.symbolicName() + " is already deployed from " + other);
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
            return;
        }
        try {
            if (b == null) {
                try (InputStream in = Files.newInputStream(staged)) {
                    b = context.installBundle(LOCATION + v.symbolicName(), in);
                }
                try {
                    b.start();
                } catch (BundleException e) {
                    b.uninstall();
                    throw new DeployException(file + ": " + v.symbolicName() + " " + v.version() + " does not start: " + rootMessage(e), e);
                }
                Files.copy(staged, current, StandardCopyOption.REPLACE_EXISTING);
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
                            + rootMessage(e) + "); rolled back to " + old, e);
                }
                Files.copy(staged, current, StandardCopyOption.REPLACE_EXISTING);
                LOG.info(() -> "updated " + v.symbolicName() + " " + old + " -> " + v.version() + " from " + file);
            }
        } catch (BundleException e) {
            throw new DeployException(file + ": cannot install " + v.symbolicName() + ": " + rootMessage(e), e);
        }
        fileToBsn.setProperty(file, v.symbolicName());
        saveIndex();
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
                b.uninstall();
                refresh(null);
                LOG.info(() -> "uninstalled " + bsn + " (" + file + " was removed from deploy/)");
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
