package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework cache slots and SQLite's extracted library that one-shot commands keep ({@link CommandCache}). */
class CommandCacheTest {
    @TempDir
    Path tmp;

    private Path bundles() throws Exception {
        Path b = Files.createDirectories(tmp.resolve("bundles"));
        Files.writeString(b.resolve("a.jar"), "one");
        Files.writeString(b.resolve("b.jar"), "two");
        return b;
    }

    @Test
    void keyChangesWithAnyBundleJarAndWithTheBundlesLeftOut() throws Exception {
        Path b = bundles();
        String k = CommandCache.key(b, List.of("x"));
        assertEquals(k, CommandCache.key(b, List.of("x")));
        assertNotEquals(k, CommandCache.key(b, List.of("y")), "another set left out");
        Files.setLastModifiedTime(b.resolve("a.jar"), FileTime.fromMillis(Files.getLastModifiedTime(b.resolve("a.jar")).toMillis() - 5000));
        String touched = CommandCache.key(b, List.of("x"));
        assertNotEquals(k, touched, "a jar's time");
        Files.writeString(b.resolve("a.jar"), "three");
        assertNotEquals(touched, CommandCache.key(b, List.of("x")), "a jar's size");
        String before = CommandCache.key(b, List.of("x"));
        Files.writeString(b.resolve("c.jar"), "new");
        assertNotEquals(before, CommandCache.key(b, List.of("x")), "a jar added");
    }

    @Test
    void twoCommandsAtOnceGetTwoSlotsAndOnlyACleanStopIsReused() throws Exception {
        Path b = bundles();
        Path cache = tmp.resolve("cache");
        try (CommandCache first = CommandCache.acquire(cache, b, List.of()); CommandCache second = CommandCache.acquire(cache, b, List.of())) {
            assertNotNull(first);
            assertNotNull(second);
            assertNotEquals(first.dir(), second.dir(), "a held slot is not shared");
            assertFalse(first.reused());
            Files.createDirectories(first.dir().resolve("bundle3/data"));
            Files.writeString(first.dir().resolve("bundle3/data/state"), "left by the command");
            Files.writeString(first.dir().resolve("bundle3/bundle.info"), "kept");
            first.stoppedCleanly();
            Files.createDirectories(second.dir());
            // the second one did not stop cleanly
        }
        try (CommandCache again = CommandCache.acquire(cache, b, List.of()); CommandCache other = CommandCache.acquire(cache, b, List.of())) {
            assertTrue(again.reused(), "slot 0 stopped cleanly");
            assertTrue(Files.exists(again.dir().resolve("bundle3/bundle.info")));
            assertFalse(Files.exists(again.dir().resolve("bundle3/data")), "a bundle's private data does not carry over to the next command");
            assertFalse(other.reused(), "slot 1 was not stopped cleanly: wiped");
        }
    }

    @Test
    void allSlotsBusyMeansNoSlot() throws Exception {
        Path b = bundles();
        Path cache = tmp.resolve("cache");
        List<CommandCache> held = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < CommandCache.SLOTS; i++) {
                held.add(CommandCache.acquire(cache, b, List.of()));
            }
            assertNull(CommandCache.acquire(cache, b, List.of()), "the command falls back to a temporary cache");
        } finally {
            held.forEach(CommandCache::close);
        }
    }

    @Test
    void aChangedBundleSetRemovesTheOldCacheOnceFree() throws Exception {
        Path b = bundles();
        Path cache = tmp.resolve("cache");
        Path old;
        try (CommandCache c = CommandCache.acquire(cache, b, List.of())) {
            old = c.dir();
            Files.createDirectories(old);
            c.stoppedCleanly();
        }
        Files.writeString(b.resolve("a.jar"), "changed");
        try (CommandCache c = CommandCache.acquire(cache, b, List.of())) {
            assertNotEquals(old, c.dir());
        }
        assertFalse(Files.exists(old));
    }

    @Test
    void twoBundleSetsOfOneFolderKeepACacheEach() throws Exception {
        Path b = bundles();
        Path cache = tmp.resolve("cache");
        Path full;
        try (CommandCache c = CommandCache.acquire(cache, b, List.of("x"))) {
            full = c.dir();
            Files.createDirectories(full);
            c.stoppedCleanly();
        }
        Path fewer;
        try (CommandCache c = CommandCache.acquire(cache, b, List.of("x", "y"))) {
            fewer = c.dir();
            assertNotEquals(full, fewer);
            assertFalse(c.reused());
            Files.createDirectories(fewer);
            c.stoppedCleanly();
        }
        assertTrue(Files.isDirectory(full), "another command's set is not removed");
        try (CommandCache c = CommandCache.acquire(cache, b, List.of("x"))) {
            assertEquals(full, c.dir());
            assertTrue(c.reused(), "alternating commands reuse their own cache");
        }
        Files.writeString(b.resolve("a.jar"), "changed");
        try (CommandCache c = CommandCache.acquire(cache, b, List.of("x"))) {
            assertFalse(c.reused());
        }
        assertFalse(Files.exists(full), "a changed bundle folder removes the old caches of every set");
        assertFalse(Files.exists(fewer));
    }
}
