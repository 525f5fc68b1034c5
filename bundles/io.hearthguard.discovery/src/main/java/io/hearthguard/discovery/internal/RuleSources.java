package io.hearthguard.discovery.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the built-in rules and rules files from a directory. */
public final class RuleSources {
    /** Resource path of the built-in rules inside this bundle. */
    public static final String BUILT_IN = "/discovery/default.rules";
    /** Largest rules file read. */
    static final long MAX_FILE = 1L << 20;

    private RuleSources() {
    }

    /** @return the built-in rules; a broken resource is a build error, so this throws */
    public static RuleSet builtIn() {
        try (InputStream in = RuleSources.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return RuleSet.parse(in, "default.rules");
        } catch (IOException | RuleSet.RuleSyntaxException e) {
            throw new IllegalStateException("built-in rules are broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every {@code *.rules} file in {@code dir} (sorted by name). A file with an error
     * is skipped whole and reported in {@code problems}.
     */
    public static RuleSet directory(Path dir, List<String> problems) {
        RuleSet all = RuleSet.empty();
        if (dir == null || !Files.isDirectory(dir)) {
            return all;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.rules")) {
            ds.forEach(files::add);
        } catch (IOException e) {
            problems.add(dir + ": " + e.getMessage());
            return all;
        }
        files.sort(null);
        for (Path f : files) {
            try {
                if (Files.size(f) > MAX_FILE) {
                    problems.add(f + ": larger than " + MAX_FILE + " bytes");
                    continue;
                }
                try (InputStream in = Files.newInputStream(f)) {
                    all = all.plus(RuleSet.parse(in, f.getFileName().toString()));
                }
            } catch (IOException | RuleSet.RuleSyntaxException e) {
                problems.add(f + ": " + e.getMessage());
            }
        }
        return all;
    }
}
