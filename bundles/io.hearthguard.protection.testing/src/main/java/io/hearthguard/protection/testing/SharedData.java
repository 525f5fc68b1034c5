package io.hearthguard.protection.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The third-party data set shared between worktrees ({@code ../shared/data}, passed to tests as
 * the system property {@code hearthguard.shared} by the build). Never copied into the repository.
 */
public final class SharedData {
    private SharedData() {
    }

    /** @return the file or directory under {@code <hearthguard.shared>/data}, or empty when the data set or the entry is absent */
    public static Optional<Path> path(String relative) {
        String base = System.getProperty("hearthguard.shared");
        if (base == null || !Files.isDirectory(Path.of(base))) {
            return Optional.empty();
        }
        Path p = Path.of(base, "data").resolve(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }
}
