package io.hearthguard.dns.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.hearthguard.platform.intel.IndicatorLines;

/**
 * The names the sinkhole answers, read from block-list folders, and the names it never
 * blocks ({@code allow} files). Immutable; a reload builds a new one and swaps it in.
 *
 * <p>Files: every regular file directly in each folder (no recursion, no symbolic links
 * followed out), at most {@value #MAX_FILE_BYTES} bytes each. Lines: {@code #} or {@code ;}
 * start a comment; a hosts line ({@code 0.0.0.0 bad.example [more names]}) names every
 * name after the address; any other line's first word is a name. A name matches itself and
 * every name below it. A file whose name starts with {@code allow} lists names never
 * blocked (an allow entry wins over a block entry for itself and the names below it).
 * A CSV file whose header (first line with content, or a {@code #} comment line as URLhaus
 * writes it) names a {@code url} column lists the hosts of those URLs, read as the
 * threat-intelligence protection reads them ({@code io.hearthguard.platform.intel}); URLs
 * whose host is an address are skipped (a sinkhole answers names).
 * Lines that are not host names, and names without a dot (a top-level domain alone would
 * block everything below it), are counted as problems and skipped; at most
 * {@value #MAX_ENTRIES} entries in all.
 */
final class Blocklist {
    static final int MAX_ENTRIES = 2_000_000;
    static final long MAX_FILE_BYTES = 128L << 20;
    static final int MAX_FILES = 256;
    private static final int MAX_LINE = 4096;
    private static final int MAX_PROBLEMS_KEPT = 20;

    static final Blocklist EMPTY = new Blocklist(Map.of(), Map.of(), List.of(), List.of(), 0, "");

    private final Map<String, String> blocked; // name -> file name
    private final Map<String, String> allowed;
    private final List<String> files;
    private final List<String> problems;
    private final int problemCount;
    private final String signature;

    private Blocklist(Map<String, String> blocked, Map<String, String> allowed, List<String> files, List<String> problems,
            int problemCount, String signature) {
        this.blocked = blocked;
        this.allowed = allowed;
        this.files = files;
        this.problems = problems;
        this.problemCount = problemCount;
        this.signature = signature;
    }

    /**
     * @param name a question name, any case, with or without the trailing dot
     * @return the file that blocks it, or null when it is not blocked (or allowed)
     */
    String match(String name) {
        if (blocked.isEmpty() || name == null || name.isEmpty()) {
            return null;
        }
        String n = normalise(name);
        String hit = null;
        for (int i = 0; i >= 0; i = nextLabel(n, i)) {
            String suffix = n.substring(i);
            if (allowed.containsKey(suffix)) {
                return null;
            }
            if (hit == null) {
                hit = blocked.get(suffix);
            }
        }
        return hit;
    }

    private static int nextLabel(String n, int from) {
        int dot = n.indexOf('.', from);
        return dot < 0 ? -1 : dot + 1;
    }

    int size() {
        return blocked.size();
    }

    int allowedSize() {
        return allowed.size();
    }

    List<String> files() {
        return files;
    }

    /** @return the first few problems found while reading, each naming file and line */
    List<String> problems() {
        return problems;
    }

    int problemCount() {
        return problemCount;
    }

    String signature() {
        return signature;
    }

    /**
     * A cheap fingerprint of the folders (file names, sizes, modification times): when it
     * has not changed, there is nothing to reload.
     */
    static String signatureOf(List<Path> folders) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path folder : folders) {
            for (Map.Entry<String, BasicFileAttributes> e : listFiles(folder).entrySet()) {
                sb.append(e.getKey()).append('|').append(e.getValue().size()).append('|')
                        .append(e.getValue().lastModifiedTime().toMillis()).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Reads the folders. A folder that does not exist counts as empty. A file that cannot
     * be read is a problem, not a failure: the rest still loads.
     */
    static Blocklist load(List<Path> folders) throws IOException {
        Map<String, String> blocked = new HashMap<>();
        Map<String, String> allowed = new HashMap<>();
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] problemCount = {0};
        String signature = signatureOf(folders);
        int total = 0;
        for (Path folder : folders) {
            for (Map.Entry<String, BasicFileAttributes> e : listFiles(folder).entrySet()) {
                Path file = Path.of(e.getKey());
                String shortName = file.getFileName().toString();
                if (e.getValue().size() > MAX_FILE_BYTES) {
                    problem(problems, problemCount, file + ": larger than " + (MAX_FILE_BYTES >> 20) + " MiB, skipped");
                    continue;
                }
                boolean allow = shortName.toLowerCase(Locale.ROOT).startsWith("allow");
                files.add(file.toString());
                try {
                    total += read(file, shortName, allow ? allowed : blocked, MAX_ENTRIES - total, problems, problemCount);
                } catch (CharacterCodingException ex) {
                    problem(problems, problemCount, file + ": not UTF-8 text, skipped");
                } catch (IOException ex) {
                    problem(problems, problemCount, file + ": " + ex.getMessage());
                }
                if (total >= MAX_ENTRIES) {
                    problem(problems, problemCount, "more than " + MAX_ENTRIES + " entries: the rest is ignored");
                    return new Blocklist(Map.copyOf(blocked), Map.copyOf(allowed), List.copyOf(files), List.copyOf(problems),
                            problemCount[0], signature);
                }
            }
        }
        return new Blocklist(Map.copyOf(blocked), Map.copyOf(allowed), List.copyOf(files), List.copyOf(problems), problemCount[0],
                signature);
    }

    private static Map<String, BasicFileAttributes> listFiles(Path folder) throws IOException {
        Map<String, BasicFileAttributes> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            for (Path p : ds) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && !p.getFileName().toString().startsWith(".")) {
                    out.put(p.toString(), a);
                    if (out.size() >= MAX_FILES) {
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static int read(Path file, String shortName, Map<String, String> into, int room, List<String> problems, int[] problemCount)
            throws IOException {
        int added = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), decoder))) {
            int lineNo = 0;
            int urlColumn = -1;
            boolean header = true; // until the first line with content
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.length() > MAX_LINE) {
                    problem(problems, problemCount, shortName + ":" + lineNo + ": line longer than " + MAX_LINE + " characters");
                    continue;
                }
                if (urlColumn < 0 && (header || line.startsWith("#")) && IndicatorLines.urlColumn(line) >= 0) {
                    urlColumn = IndicatorLines.urlColumn(line); // a CSV list (URLhaus style): the URLs' hosts
                    continue;
                }
                if (urlColumn >= 0) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String host = IndicatorLines.hostOfRow(line, urlColumn);
                    String name = host == null ? "" : normalise(host);
                    if (isAddress(name) || name.indexOf(':') >= 0) {
                        continue; // an address, not a name: the sinkhole cannot answer for it (the protection still watches it)
                    }
                    if (!isHostName(name) || name.indexOf('.') < 0) {
                        problem(problems, problemCount, shortName + ":" + lineNo + ": no host name in the url column");
                        continue;
                    }
                    if (added >= room) {
                        return added;
                    }
                    if (into.putIfAbsent(name, shortName) == null) {
                        added++;
                    }
                    continue;
                }
                if (!line.isBlank()) {
                    header = false;
                }
                int hash = indexOfComment(line);
                String body = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (body.isEmpty()) {
                    continue;
                }
                String[] words = body.split("\\s+");
                int first = isAddress(words[0]) ? 1 : 0;
                if (first == 1 && words.length == 1) {
                    problem(problems, problemCount, shortName + ":" + lineNo + ": an address without a name");
                    continue;
                }
                if (first == 0 && words.length > 1) {
                    problem(problems, problemCount, shortName + ":" + lineNo + ": more than one word (a hosts line starts with an address)");
                    continue;
                }
                int last = first == 1 ? words.length : 1;
                for (int i = first; i < last; i++) {
                    String name = normalise(words[i]);
                    if (!isHostName(name) || name.indexOf('.') < 0) {
                        problem(problems, problemCount, shortName + ":" + lineNo + ": not a host name: " + printable(words[i]));
                        continue;
                    }
                    if (added >= room) {
                        return added;
                    }
                    if (into.putIfAbsent(name, shortName) == null) {
                        added++;
                    }
                }
            }
        }
        return added;
    }

    private static int indexOfComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' || c == ';') {
                return i;
            }
        }
        return -1;
    }

    private static void problem(List<String> problems, int[] count, String text) {
        count[0]++;
        if (problems.size() < MAX_PROBLEMS_KEPT) {
            problems.add(text);
        }
    }

    static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        if (n.startsWith("*.")) {
            n = n.substring(2);
        }
        return n;
    }

    /** Letters, digits, hyphen and underscore in labels of 1–63 characters, at most 253 in all. */
    static boolean isHostName(String n) {
        if (n.isEmpty() || n.length() > 253) {
            return false;
        }
        int label = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '.') {
                if (label == 0) {
                    return false;
                }
                label = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                if (++label > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return label > 0;
    }

    private static boolean isAddress(String w) {
        if (w.indexOf(':') >= 0) {
            return w.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
        }
        int dots = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return dots == 3;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7f ? '?' : c);
        }
        return sb.toString();
    }
}
