package io.hearthguard.skills.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.hearthguard.skills.SkillInputException;

/**
 * Reads the files of one input (folder, zip, single file) into memory, bounded: file count,
 * per-file and total size, folder depth; zip entry count, compression ratio, entry names
 * (no {@code ..}, no absolute paths, no drive letters) and symbolic links (zip entries with
 * a Unix link mode, and links on disk) are rejected with a {@link SkillInputException}.
 *
 * <p>Only files the analyser reads are kept: {@code .json}, {@code .txt}, {@code .js},
 * {@code .mjs}, {@code .ts}, {@code .py}. Paths are returned with {@code /} separators.
 */
public final class PackageReader {
    /** Most files kept from one input. */
    public static final int MAX_FILES = 10_000;
    /** Most entries a zip may list (kept or not). */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** Largest single kept file. */
    public static final long MAX_FILE = SafeJson.MAX_DOCUMENT;
    /** Largest total of kept files. */
    public static final long MAX_TOTAL = 64L * 1024 * 1024;
    /** Largest zip file read. */
    public static final long MAX_ZIP = 64L * 1024 * 1024;
    /** Highest uncompressed/compressed ratio of one zip entry. */
    public static final long MAX_RATIO = 100;
    /** Deepest folder walked. */
    public static final int MAX_DEPTH = 32;

    /** A file read from the input. */
    public record VFile(String path, byte[] bytes) {
        /** @return the content as UTF-8 (malformed bytes replaced) */
        public String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private PackageReader() {
    }

    /** Tooling files that are never skill content (a big package-lock.json must not fail a scan). */
    private static final Set<String> TOOLING = Set.of("package.json", "package-lock.json", "npm-shrinkwrap.json", "tsconfig.json",
            "jsconfig.json", ".eslintrc.json", "ask-resources.json", "ask-states.json", "settings.json", "composer.json",
            "requirements.txt", "license.txt", "notice.txt", "third-party-licenses.txt", "cmakelists.txt");

    /** @return true for names whose content the analyser reads */
    static boolean wanted(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.lastIndexOf('/');
        if (TOOLING.contains(slash < 0 ? n : n.substring(slash + 1))) {
            return false;
        }
        // YAML: Actions Builder intents, types and settings, and recordings kept as YAML (pairs of JSON request and response);
        // .out: what `sam local invoke` and other runners print (log lines, then the response)
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".txt") || n.endsWith(".log")
                || n.endsWith(".har") || n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".snap") || n.endsWith(".js") || n.endsWith(".mjs") || n.endsWith(".ts") || n.endsWith(".py")
                || n.endsWith(".out") || n.endsWith(".yaml") || n.endsWith(".yml")
                || n.endsWith(".ipynb"); // Jupyter notebooks: JSON whose cells keep requests and printed responses as lines of text
    }

    private static final java.util.regex.Pattern ASK_BUILD = java.util.regex.Pattern.compile("(?:^|.*/)\\.ask/(?:.*/)?(?:lambda|build|dist|cache|\\.aws)/.*");

    /**
     * Round 25a: the ASK CLI's own folder ({@code .ask/}) is read, since the CLI keeps recordings there ({@code ask dialog}
     * replays and their saved output, simulations: what the skill said), but not its build copies of the code ({@code
     * .ask/lambda/}, build, dist, cache) — the code is read where it is written — and not its state ({@code ask-states.json},
     * a tooling file: ids and profile names, never read).
     *
     * @param rel a path relative to the input, folders ending in '/'
     * @return true when the path lies in a build or cache folder of the ASK CLI's folder
     */
    static boolean askBuild(String rel) {
        return rel.contains(".ask/") && ASK_BUILD.matcher(rel).matches();
    }

    /** Most skipped files listed in a report. */
    static final int MAX_SKIPPED_LISTED = 1_000;

    /** @return why a file is not read */
    static String skipReason(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int slash = n.lastIndexOf('/');
        return TOOLING.contains(slash < 0 ? n : n.substring(slash + 1)) ? "tooling file" : "file type not read";
    }

    private static void skipped(List<Model.Seen> seen, String file, String reason) {
        if (seen != null && seen.size() < MAX_SKIPPED_LISTED) {
            seen.add(new Model.Seen(file, false, "", 0, 0, reason));
        }
    }

    /**
     * @param input a folder, a zip or a file
     * @return the kept files, sorted by path
     */
    public static List<VFile> read(Path input) throws SkillInputException {
        return read(input, null);
    }

    /**
     * @param input a folder, a zip or a file
     * @param seen  receives the files and folders not read, with the reason; may be null
     * @return the kept files, sorted by path
     */
    public static List<VFile> read(Path input, List<Model.Seen> seen) throws SkillInputException {
        if (Files.isSymbolicLink(input)) {
            throw new SkillInputException(input + ": is a symbolic link; pass the real path");
        }
        if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
            throw new SkillInputException(input + ": no such file or folder");
        }
        List<VFile> out = new ArrayList<>();
        long[] total = {0, 0}; // bytes kept; files of other types searched by content
        if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
            walk(input, out, total, seen);
        } else if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            readZip(input, out, seen);
        } else {
            if (!wanted(input.getFileName().toString())) {
                // a single file of another type is read when its content names a request or response envelope
                List<Model.Seen> why = new ArrayList<>();
                byContent(input.getFileName().toString(), input, sizeOf(input), out, total, why);
                if (out.isEmpty()) {
                    throw new SkillInputException(input + ": not a skill file (expected .json, .txt, .zip, a folder, or a text file holding"
                            + " a recorded request or response): " + (why.isEmpty() ? "not read" : why.get(0).reason()));
                }
            } else {
                out.add(new VFile(input.getFileName().toString(), readFile(input, total)));
            }
        }
        out.sort(java.util.Comparator.comparing(VFile::path));
        return out;
    }

    private static void walk(Path root, List<VFile> out, long[] total, List<Model.Seen> seen) throws SkillInputException {
        try {
            Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                            if (!dir.equals(root) && (n.equals("node_modules") || n.equals(".git") || n.equals(".vscode")
                                    || n.equals("__pycache__") || n.equals("venv") || n.equals(".venv")
                                    || askBuild(root.relativize(dir).toString().replace('\\', '/') + "/"))) {
                                skipped(seen, root.relativize(dir).toString().replace('\\', '/') + "/", "tooling folder");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (attrs.isDirectory()) {
                                // walkFileTree hands over folders past its depth limit as files
                                throw new Wrapped(new SkillInputException(file + ": folders nested deeper than " + MAX_DEPTH));
                            }
                            if (attrs.isSymbolicLink()) {
                                throw new Wrapped(new SkillInputException(file + ": symbolic links are not followed; replace the link by the file"));
                            }
                            if (attrs.isRegularFile() && wanted(root.relativize(file).toString().replace('\\', '/'))) {
                                if (out.size() >= MAX_FILES) {
                                    throw new Wrapped(new SkillInputException(root + ": more than " + MAX_FILES + " skill files"));
                                }
                                try {
                                    out.add(new VFile(root.relativize(file).toString().replace('\\', '/'), readFile(file, total)));
                                } catch (SkillInputException e) {
                                    throw new Wrapped(e);
                                }
                            } else if (attrs.isRegularFile()) {
                                String rel = root.relativize(file).toString().replace('\\', '/');
                                try {
                                    byContent(rel, file, attrs.size(), out, total, seen);
                                } catch (SkillInputException e) {
                                    throw new Wrapped(e);
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (Wrapped w) {
            throw w.inner;
        } catch (IOException e) {
            throw new SkillInputException(root + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static long sizeOf(Path file) throws SkillInputException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new SkillInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path file, long[] total) throws SkillInputException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                throw new SkillInputException(file + ": " + size + " bytes exceeds the per-file limit of " + MAX_FILE);
            }
            if (total[0] + size > MAX_TOTAL) {
                throw new SkillInputException(file + ": package exceeds the total limit of " + MAX_TOTAL + " bytes");
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] b = in.readNBytes((int) MAX_FILE + 1);
                if (b.length > MAX_FILE) {
                    throw new SkillInputException(file + ": grew past the per-file limit of " + MAX_FILE + " while reading");
                }
                total[0] += b.length;
                return b;
            }
        } catch (IOException e) {
            throw new SkillInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** File types that are never text (media, archives, fonts, compiled code): skipped by name before any byte is read. */
    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "svgz", "tif", "tiff", "mp3", "mp4",
            "m4a", "wav", "ogg", "oga", "flac", "aac", "mov", "webm", "avi", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "jar",
            "war", "class", "so", "dll", "exe", "dylib", "o", "a", "woff", "woff2", "ttf", "otf", "eot", "psd", "sqlite", "db", "pyc", "bin");
    /** Bytes looked at for a NUL before a file of another type is read whole. */
    private static final int SNIFF = 8 * 1024;

    private static String baseName(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static boolean binaryName(String path) {
        String n = baseName(path);
        int dot = n.lastIndexOf('.');
        return dot >= 0 && BINARY.contains(n.substring(dot + 1));
    }

    private static String otherReason(String path, long size, long total) {
        if (TOOLING.contains(baseName(path))) {
            return "tooling file";
        }
        if (binaryName(path)) {
            return "file type not read (binary)";
        }
        if (size > MAX_FILE) {
            return "file of another type larger than " + MAX_FILE + " bytes: not searched for recordings";
        }
        return "file of another type not searched: the package's " + MAX_TOTAL + " bytes are used up";
    }

    /** @return true for bytes without a NUL in their first {@link #SNIFF} bytes that name a request or response envelope */
    static boolean envelopeText(byte[] b) {
        for (int i = 0; i < Math.min(b.length, SNIFF); i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        return Embedded.mayHold(new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Round 35: a Markdown QA note whose pipe table has the columns of a conversation (read as a sheet of turns). */
    private static boolean markdownTurns(String rel, byte[] b) {
        String lower = rel.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) {
            return false;
        }
        String table = Recordings.markdownTable(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return table != null && Recordings.csvTranscript(rel, table) != null;
        } catch (SkillInputException e) {
            return false;
        }
    }

    private static String notEnvelope(byte[] b) {
        for (int i = 0; i < Math.min(b.length, SNIFF); i++) {
            if (b[i] == 0) {
                return "file type not read (binary)";
            }
        }
        return "text of another type without a request or response envelope";
    }

    /**
     * A file of a type the layouts do not name is read by content (round 10a): test reports, API-client exports, notes,
     * spreadsheets as TSV, XML, files without an extension. Binary types and files that would break the size limits are
     * skipped and listed, never an error; a text file is kept only when it names a request or response envelope.
     */
    private static void byContent(String rel, Path file, long size, List<VFile> out, long[] total, List<Model.Seen> seen) throws SkillInputException {
        if (TOOLING.contains(baseName(rel)) || binaryName(rel) || size > MAX_FILE || total[0] + size > MAX_TOTAL) {
            skipped(seen, rel, otherReason(rel, size, total[0]));
            return;
        }
        if (total.length > 1 && ++total[1] > MAX_FILES) {
            skipped(seen, rel, "more than " + MAX_FILES + " files of other types searched: not searched for recordings");
            return;
        }
        byte[] b;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(SNIFF);
            for (byte x : head) {
                if (x == 0) {
                    skipped(seen, rel, "file type not read (binary)");
                    return;
                }
            }
            byte[] rest = in.readNBytes((int) (MAX_FILE - head.length) + 1);
            if (head.length + rest.length > MAX_FILE) {
                skipped(seen, rel, otherReason(rel, MAX_FILE + 1, total[0]));
                return;
            }
            b = java.util.Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, b, head.length, rest.length);
        } catch (IOException e) {
            throw new SkillInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (!envelopeText(b) && !markdownTurns(rel, b)) {
            skipped(seen, rel, notEnvelope(b));
            return;
        }
        if (total[0] + b.length > MAX_TOTAL) {
            skipped(seen, rel, otherReason(rel, b.length, total[0]));
            return;
        }
        if (out.size() >= MAX_FILES) {
            throw new SkillInputException(file + ": more than " + MAX_FILES + " skill files");
        }
        total[0] += b.length;
        out.add(new VFile(rel, b));
    }

    /** Checks a zip entry name; returns it normalised. */
    static String checkEntryName(Path zip, String name) throws SkillInputException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.indexOf('\0') >= 0) {
            throw new SkillInputException(zip + ": entry '" + Text.visible(name) + "' has an absolute path (zip-slip)");
        }
        for (String seg : n.split("/")) {
            if (seg.equals("..")) {
                throw new SkillInputException(zip + ": entry '" + Text.visible(name) + "' escapes the archive root with '..' (zip-slip)");
            }
        }
        return n;
    }

    private static void readZip(Path zip, List<VFile> out, List<Model.Seen> skippedOut) throws SkillInputException {
        long size;
        try {
            size = Files.size(zip);
        } catch (IOException e) {
            throw new SkillInputException(zip + ": cannot read: " + e.getMessage(), e);
        }
        if (size > MAX_ZIP) {
            throw new SkillInputException(zip + ": zip of " + size + " bytes exceeds the limit of " + MAX_ZIP);
        }
        Set<String> links = symlinkEntries(zip);
        long total = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > MAX_ZIP_ENTRIES) {
                throw new SkillInputException(zip + ": " + zf.size() + " entries exceed the limit of " + MAX_ZIP_ENTRIES + " (zip bomb?)");
            }
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> en = zf.entries();
            int count = 0;
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (++count > MAX_ZIP_ENTRIES) {
                    throw new SkillInputException(zip + ": more than " + MAX_ZIP_ENTRIES + " entries (zip bomb?)");
                }
                String name = checkEntryName(zip, e.getName());
                if (links.contains(e.getName())) {
                    throw new SkillInputException(zip + ": entry '" + Text.visible(name) + "' is a symbolic link; links are not followed");
                }
                if (e.isDirectory()) {
                    continue;
                }
                boolean tooling = ("/" + name).matches(".*/(node_modules|\\.git|\\.vscode|__pycache__)/.*") || askBuild("/" + name);
                boolean other = !wanted(name) && !tooling;
                if (other && (TOOLING.contains(baseName(name)) || binaryName(name) || e.getSize() > MAX_FILE || total + Math.max(e.getSize(), 0) > MAX_TOTAL)) {
                    skipped(skippedOut, name, otherReason(name, e.getSize(), total));
                    continue;
                }
                if (tooling) {
                    skipped(skippedOut, name, wanted(name) ? "inside a tooling folder" : skipReason(name));
                    continue;
                }
                if (!seen.add(name)) {
                    throw new SkillInputException(zip + ": entry '" + Text.visible(name) + "' appears twice");
                }
                if (e.getSize() > MAX_FILE) {
                    throw new SkillInputException(zip + ": entry '" + name + "' declares " + e.getSize() + " bytes, over the per-file limit of " + MAX_FILE);
                }
                long comp = Math.max(e.getCompressedSize(), 1);
                long cap = Math.min(MAX_FILE, Math.max(comp * MAX_RATIO, 64 * 1024));
                byte[] b;
                try (InputStream in = zf.getInputStream(e)) {
                    b = in.readNBytes((int) cap + 1);
                }
                if (b.length > cap) {
                    throw new SkillInputException(zip + ": entry '" + name + "' expands beyond " + cap + " bytes (ratio over "
                            + MAX_RATIO + ":1 or over the per-file limit; zip bomb?)");
                }
                total += b.length;
                if (total > MAX_TOTAL) {
                    throw new SkillInputException(zip + ": expands beyond the total limit of " + MAX_TOTAL + " bytes (zip bomb?)");
                }
                if (other && !envelopeText(b)) {
                    // any other file is read by content: kept only when it is text naming a request or response envelope
                    skipped(skippedOut, name, notEnvelope(b));
                    total -= b.length;
                    continue;
                }
                if (out.size() >= MAX_FILES) {
                    throw new SkillInputException(zip + ": more than " + MAX_FILES + " skill files");
                }
                out.add(new VFile(name, b));
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: entry names that are not valid in the archive's encoding
            throw new SkillInputException(zip + ": not a valid zip archive: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SkillInputException(zip + ": cannot read zip: " + e.getMessage(), e);
        }
    }

    /**
     * Reads the central directory to find entries whose Unix mode says "symbolic link"
     * ({@link ZipEntry} does not expose the external attributes).
     */
    static Set<String> symlinkEntries(Path zip) throws SkillInputException {
        Set<String> links = new HashSet<>();
        try (SeekableByteChannel ch = Files.newByteChannel(zip)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 65_557);
            ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(size - tail);
            while (end.hasRemaining() && ch.read(end) > 0) {
                // fill
            }
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == 0x06054b50) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new SkillInputException(zip + ": not a valid zip archive (no end of central directory)");
            }
            long cdSize = end.getInt(eocd + 12) & 0xffffffffL;
            long cdOffset = end.getInt(eocd + 16) & 0xffffffffL;
            if (cdSize > MAX_ZIP || cdOffset + cdSize > size) {
                throw new SkillInputException(zip + ": corrupt central directory");
            }
            ByteBuffer cd = ByteBuffer.allocate((int) cdSize).order(ByteOrder.LITTLE_ENDIAN);
            ch.position(cdOffset);
            while (cd.hasRemaining() && ch.read(cd) > 0) {
                // fill
            }
            int p = 0;
            while (p + 46 <= cdSize && cd.getInt(p) == 0x02014b50) {
                int madeBy = cd.getShort(p + 4) & 0xffff;
                int nameLen = cd.getShort(p + 28) & 0xffff;
                int extraLen = cd.getShort(p + 30) & 0xffff;
                int commentLen = cd.getShort(p + 32) & 0xffff;
                long ext = cd.getInt(p + 38) & 0xffffffffL;
                if (p + 46 + nameLen > cdSize) {
                    break;
                }
                byte[] nb = new byte[nameLen];
                cd.get(p + 46, nb);
                if ((madeBy >> 8) == 3 && ((ext >> 16) & 0170000) == 0120000) {
                    links.add(new String(nb, java.nio.charset.StandardCharsets.UTF_8));
                }
                p += 46 + nameLen + extraLen + commentLen;
            }
            return links;
        } catch (IOException e) {
            throw new SkillInputException(zip + ": cannot read zip: " + e.getMessage(), e);
        }
    }

    /** Carries a checked error out of a file visitor. */
    private static final class Wrapped extends IOException {
        private static final long serialVersionUID = 1L;
        final transient SkillInputException inner;

        Wrapped(SkillInputException inner) {
            super(inner.getMessage());
            this.inner = inner;
        }
    }
}
