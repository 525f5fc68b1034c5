package io.hearthguard.protection.threatintel.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.hearthguard.platform.intel.IndicatorLines;

/**
 * An immutable snapshot of the known-bad domains and addresses loaded from a directory.
 *
 * <p>Formats, recognised per line: hosts files ({@code 0.0.0.0 evil.example},
 * {@code 127.0.0.1 evil.example}), one domain or IP address per line, and CSV files whose
 * header names a {@code url} column (URLhaus style; the URL's host is taken). {@code #} and
 * {@code ;} start comments. A domain entry matches the name and every subdomain of it.
 * Bounded: files up to {@link #MAX_FILE_BYTES}, lines up to {@link #MAX_LINE}, at most
 * {@link #MAX_FILES} files and {@link #MAX_ENTRIES} entries; what exceeds a bound is
 * skipped and counted in {@link #problems()}.
 */
final class IntelLists {

    static final long MAX_FILE_BYTES = 128L << 20;
    static final int MAX_LINE = 4096;
    static final int MAX_FILES = 256;
    static final int MAX_ENTRIES = 4_000_000;
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))+");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Map<String, Short> domains;
    private final Map<String, Short> ips;
    private final List<String> files;
    private final List<String> problems;
    final String signature;

    static final IntelLists EMPTY = new IntelLists(Map.of(), Map.of(), List.of(), List.of(), "");

    private IntelLists(Map<String, Short> domains, Map<String, Short> ips, List<String> files, List<String> problems, String signature) {
        this.domains = domains;
        this.ips = ips;
        this.files = files;
        this.problems = problems;
        this.signature = signature;
    }

    /** @return a cheap description of the directory's files (names, sizes, times) to detect changes */
    static String signature(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        StringBuilder sb = new StringBuilder();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            TreeMap<String, String> sorted = new TreeMap<>();
            int n = 0;
            for (Path p : ds) {
                if (n++ > MAX_FILES * 4) {
                    break;
                }
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    sorted.put(p.getFileName().toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                }
            }
            sorted.forEach((k, v) -> sb.append(k).append('=').append(v).append(';'));
        } catch (IOException e) {
            return "unreadable:" + e.getMessage();
        }
        return sb.toString();
    }

    /** Loads every regular, non-hidden file in {@code dir} (a missing directory gives an empty snapshot). */
    static IntelLists load(Path dir) {
        String sig = signature(dir);
        if (!Files.isDirectory(dir)) {
            return new IntelLists(Map.of(), Map.of(), List.of(), List.of(), sig);
        }
        Map<String, Short> domains = new HashMap<>();
        Map<String, Short> ips = new HashMap<>();
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                    paths.add(p);
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": " + e.getMessage());
        }
        paths.sort(null);
        for (Path p : paths) {
            if (files.size() >= MAX_FILES) {
                problems.add("more than " + MAX_FILES + " files; the rest ignored");
                break;
            }
            try {
                if (Files.size(p) > MAX_FILE_BYTES) {
                    problems.add(p.getFileName() + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB, skipped");
                    continue;
                }
                short id = (short) files.size();
                files.add(p.getFileName().toString());
                readFile(p, id, domains, ips, problems);
            } catch (IOException e) {
                problems.add(p.getFileName() + ": " + e.getMessage());
            }
        }
        return new IntelLists(Map.copyOf(domains), Map.copyOf(ips), List.copyOf(files), List.copyOf(problems), sig);
    }

    private static void readFile(Path p, short id, Map<String, Short> domains, Map<String, Short> ips, List<String> problems)
            throws IOException {
        int urlColumn = -1;
        boolean first = true;
        long skipped = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder();
            while (readLine(r, line)) {
                String l = line.toString().trim();
                if (line.length() > MAX_LINE) {
                    skipped++;
                    continue;
                }
                if (first && l.toLowerCase(Locale.ROOT).contains("url") && l.indexOf(',') >= 0) {
                    urlColumn = IndicatorLines.urlColumn(l);
                    first = false;
                    continue;
                }
                if (l.startsWith("#") && urlColumn < 0 && l.toLowerCase(Locale.ROOT).contains(",url")) {
                    urlColumn = IndicatorLines.urlColumn(l);
                    continue;
                }
                first = false;
                if (l.isEmpty() || l.startsWith("#") || l.startsWith(";")) {
                    continue;
                }
                String entry;
                if (urlColumn >= 0) {
                    entry = IndicatorLines.hostOfRow(l, urlColumn);
                } else {
                    int hash = l.indexOf('#');
                    if (hash >= 0) {
                        l = l.substring(0, hash).trim();
                    }
                    String[] parts = l.split("\\s+");
                    entry = parts.length >= 2 && (parts[0].equals("0.0.0.0") || parts[0].equals("127.0.0.1") || parts[0].equals("::"))
                            ? parts[1] : parts[0];
                    if (entry.contains("://")) {
                        entry = IndicatorLines.host(entry);
                    }
                }
                if (entry == null || entry.isEmpty() || entry.equals("localhost") || entry.equals("0.0.0.0")) {
                    skipped++;
                    continue;
                }
                entry = entry.toLowerCase(Locale.ROOT);
                if (entry.endsWith(".")) {
                    entry = entry.substring(0, entry.length() - 1);
                }
                if (domains.size() + ips.size() >= MAX_ENTRIES) {
                    problems.add(p.getFileName() + ": more than " + MAX_ENTRIES + " entries in all; the rest ignored");
                    return;
                }
                if (IPV4.matcher(entry).matches() || entry.indexOf(':') >= 0) {
                    ips.putIfAbsent(entry, id);
                } else if (entry.length() <= 253 && DOMAIN.matcher(entry).matches()) {
                    domains.putIfAbsent(entry, id);
                } else {
                    skipped++;
                }
            }
        }
        if (skipped > 0) {
            problems.add(p.getFileName() + ": " + skipped + " lines not understood");
        }
    }

    /** Reads one line, keeping at most MAX_LINE + 1 chars of it (a huge line cannot exhaust memory). */
    private static boolean readLine(BufferedReader r, StringBuilder line) throws IOException {
        line.setLength(0);
        int c;
        boolean any = false;
        while ((c = r.read()) >= 0) {
            any = true;
            if (c == '\n') {
                return true;
            }
            if (c != '\r' && line.length() <= MAX_LINE) {
                line.append((char) c);
            }
        }
        return any;
    }

    /** @return the list file that names {@code name} or a parent domain of it, or null */
    String domain(String name) {
        if (name == null || name.isEmpty() || domains.isEmpty()) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0, dots = 0; i >= 0 && dots < 32; dots++) {
            Short id = domains.get(n.substring(i));
            if (id != null) {
                return files.get(id) + " (" + n.substring(i) + ")";
            }
            int d = n.indexOf('.', i);
            i = d < 0 ? -1 : d + 1;
        }
        return null;
    }

    /** @return the list file that names this address, or null */
    String ip(String ip) {
        Short id = ip == null ? null : ips.get(ip.toLowerCase(Locale.ROOT));
        return id == null ? null : files.get(id);
    }

    int domains() {
        return domains.size();
    }

    int ips() {
        return ips.size();
    }

    List<String> files() {
        return files;
    }

    List<String> problems() {
        return problems;
    }
}
