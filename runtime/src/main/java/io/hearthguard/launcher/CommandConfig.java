package io.hearthguard.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The data directory's {@code config/*.cfg} settings for a one-shot command. The hub reads that
 * folder with Felix FileInstall; a command runs without it (FileInstall's first scan is
 * asynchronous, so a command could start before its settings arrived), and until this class a
 * command ignored the folder: {@code hearthguard --data DIR analyze F} judged traffic with the
 * defaults, not with the settings the hub in DIR uses.
 *
 * <p>Only the settings of how traffic, devices, findings and skills are judged and stored
 * reach a command ({@link #PIDS}); those of what the hub runs in the background — live capture,
 * file replay, the EVE log, the skill drift monitor, notifications, response, the DNS forwarder,
 * the web server — never do, so that {@code analyze} never starts a capture or sends a message.
 * Values are strings, as FileInstall gives a {@code .cfg} file's values (DS converts them to
 * the components' types); {@code ${…}} substitution is not done. The configurations are made
 * at start level 2, where ConfigAdmin runs, before the components (level 3) start, so each
 * component activates once, with its settings. A command's bundle data areas are emptied before
 * each run ({@link CommandCache}), so nothing of one run's settings reaches the next.
 *
 * <p>A file that cannot be read (too large, malformed escapes, unreadable) is named on standard
 * error with the reason and skipped; the command goes on with the others and the defaults.
 */
final class CommandConfig {
    private CommandConfig() {
    }

    /** The PIDs whose {@code .cfg} files a command takes. */
    static final Set<String> PIDS = Set.of("io.hearthguard.store", "io.hearthguard.findings", "io.hearthguard.guard",
            "io.hearthguard.discovery", "io.hearthguard.protection.eavesdrop", "io.hearthguard.protection.intrusion",
            "io.hearthguard.protection.threatintel", "io.hearthguard.protection.upload", "io.hearthguard.skills",
            "io.hearthguard.deploy");

    /** Files looked at in config/ at most, and the size of one. */
    static final int MAX_FILES = 200;
    static final long MAX_BYTES = 64 * 1024;
    /** Keys of one file at most. */
    static final int MAX_KEYS = 500;

    /** One configuration to make: its PID, the file it came from, its values. */
    record Entry(String pid, String file, Hashtable<String, Object> properties) {
    }

    /**
     * @param dir the data directory's config folder (need not exist)
     * @param err where a skipped file is named, with why
     * @return the configurations a command takes, in file-name order
     */
    static List<Entry> read(Path dir, PrintStream err) {
        List<Entry> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".cfg")).sorted().limit(MAX_FILES + 1L).toList();
        } catch (IOException e) {
            err.println("hearthguard: " + dir + " not read (" + e.getMessage() + "); the command runs with default settings");
            return out;
        }
        if (files.size() > MAX_FILES) {
            err.println("hearthguard: more than " + MAX_FILES + " files in " + dir + "; the first " + MAX_FILES + " by name are read");
            files = files.subList(0, MAX_FILES);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String pid = name.substring(0, name.length() - ".cfg".length());
            if (!PIDS.contains(pid)) {
                continue; // a factory configuration (PID-NAME.cfg) or a setting of the hub only
            }
            try {
                if (!Files.isRegularFile(f)) {
                    throw new IOException("not a regular file");
                }
                long size = Files.size(f);
                if (size > MAX_BYTES) {
                    throw new IOException(size + " bytes, more than " + MAX_BYTES + " a settings file may have");
                }
                Entry e = parse(pid, name, Files.readString(f, StandardCharsets.UTF_8));
                out.add(e);
            } catch (IOException | IllegalArgumentException e) {
                err.println("hearthguard: " + dir.getFileName() + "/" + name + " not used (" + e.getMessage()
                        + "); the command runs with that component's defaults");
            }
        }
        return out;
    }

    /** @throws IllegalArgumentException for a malformed file (bad {@code \\u} escape, too many keys) */
    static Entry parse(String pid, String file, String text) throws IOException {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        }
        if (p.size() > MAX_KEYS) {
            throw new IllegalArgumentException(p.size() + " keys, more than " + MAX_KEYS);
        }
        Hashtable<String, Object> props = new Hashtable<>();
        for (String k : p.stringPropertyNames()) {
            if (k.equals("service.pid") || k.equals("service.factoryPid") || k.equals("service.bundleLocation")) {
                continue; // ConfigAdmin's own
            }
            props.put(k, p.getProperty(k));
        }
        return new Entry(pid, file, props);
    }

    /**
     * Makes each configuration through the framework's ConfigurationAdmin (called reflectively:
     * its classes are the configadmin bundle's, not the launcher's). Location {@code "?"}: any
     * bundle may take it, as FileInstall's do.
     *
     * @return the number of configurations made
     * @throws IllegalStateException when ConfigurationAdmin is not running
     */
    static int apply(BundleContext ctx, List<Entry> entries) throws ReflectiveOperationException {
        ServiceReference<?> ref = ctx.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (ref == null || ref.getBundle() == null) {
            throw new IllegalStateException("ConfigurationAdmin is not running");
        }
        Class<?> adminType = ref.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Class<?> configType = ref.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Method get = adminType.getMethod("getConfiguration", String.class, String.class);
        Method update = configType.getMethod("update", java.util.Dictionary.class);
        Object admin = ctx.getService(ref);
        try {
            for (Entry e : entries) {
                update.invoke(get.invoke(admin, e.pid(), "?"), e.properties());
            }
        } finally {
            ctx.ungetService(ref);
        }
        return entries.size();
    }
}
