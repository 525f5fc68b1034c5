package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Security advisories in the OSV format (https://ossf.github.io/osv-schema/), read from the
 * {@code *.json} files of a directory: one advisory per file, or a JSON array of them. Only
 * the fields below are used: {@code id}, {@code summary}, {@code aliases},
 * {@code affected[].package.name}, {@code affected[].versions}, and
 * {@code affected[].ranges[]} of type {@code ECOSYSTEM} or {@code SEMVER} with
 * {@code introduced}, {@code fixed} and {@code last_affected} events. Package names are
 * matched case-insensitively with the product read from a banner ({@link Software}).
 * Bounded: at most {@value #MAX_FILES} files of {@value #MAX_FILE_BYTES} bytes; a bad file is
 * skipped and named in {@link #problems()}. Immutable.
 */
final class Advisories {
    static final int MAX_FILES = 500;
    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final Advisories NONE = new Advisories(List.of(), List.of());

    /** One affected range of one package: versions from {@code introduced} up to (not including) {@code fixed}. */
    record Entry(String id, String summary, List<String> aliases, String product, String introduced, String fixed, String lastAffected,
            List<String> versions) {
        /** @return true when {@code version} of {@code product} is affected */
        boolean affects(Software s) {
            if (!product.equals(s.product())) {
                return false;
            }
            if (versions.contains(s.version())) {
                return true;
            }
            if (introduced == null) {
                return false;
            }
            boolean from = "0".equals(introduced) || Software.compare(s.version(), introduced) >= 0;
            boolean upTo = fixed != null ? Software.compare(s.version(), fixed) < 0
                    : lastAffected != null && Software.compare(s.version(), lastAffected) <= 0;
            return from && upTo;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final List<Entry> entries;
    private final List<String> problems;

    private Advisories(List<Entry> entries, List<String> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** @return the advisories of the directory; none (with a problem) when it is missing or unreadable */
    static Advisories load(Path dir) {
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return new Advisories(out, dir == null ? problems : List.of(dir + ": no such directory"));
        }
        int files = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path f : ds) {
                if (++files > MAX_FILES) {
                    problems.add(dir + ": more than " + MAX_FILES + " files; the rest were not read");
                    break;
                }
                try {
                    readFile(f, out);
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(dir + ": " + e.getMessage());
        }
        return new Advisories(out, problems);
    }

    private static void readFile(Path f, List<Entry> out) throws IOException {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a regular file");
        }
        if (Files.size(f) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("larger than " + MAX_FILE_BYTES + " bytes");
        }
        try (InputStream in = Files.newInputStream(f)) {
            read(in, out);
        }
    }

    /**
     * Reads the advisories of files another bundle carries ({@link VendorAdvisories}).
     *
     * @param files each file's name and a way to open it; at most {@value #MAX_FILES} are read,
     *              each cut (and refused) beyond {@value #MAX_FILE_BYTES} bytes
     * @param origin named in problems, e.g. the bundle's symbolic name
     */
    static Advisories read(String origin, List<Map.Entry<String, IoSupplier>> files) {
        List<Entry> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, IoSupplier> f : files) {
            if (++n > MAX_FILES) {
                problems.add(origin + ": more than " + MAX_FILES + " files; the rest were not read");
                break;
            }
            try (InputStream in = f.getValue().open()) {
                byte[] b = in.readNBytes(MAX_FILE_BYTES + 1);
                if (b.length > MAX_FILE_BYTES) {
                    throw new IllegalArgumentException("larger than " + MAX_FILE_BYTES + " bytes");
                }
                read(new java.io.ByteArrayInputStream(b), out);
            } catch (IOException | IllegalArgumentException e) {
                problems.add(origin + " " + f.getKey() + ": " + e.getMessage());
            }
        }
        return new Advisories(out, problems);
    }

    /** Opens one advisory file. */
    @FunctionalInterface
    interface IoSupplier {
        InputStream open() throws IOException;
    }

    /** @return these advisories and {@code other}'s, problems of both */
    Advisories plus(Advisories other) {
        if (other.entries.isEmpty() && other.problems.isEmpty()) {
            return this;
        }
        List<Entry> e = new ArrayList<>(entries);
        e.addAll(other.entries);
        List<String> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new Advisories(e, p);
    }

    private static void read(InputStream in, List<Entry> out) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !(root.isObject() || root.isArray())) {
            throw new IllegalArgumentException("expected an OSV advisory object or an array of them");
        }
        for (JsonNode adv : root.isArray() ? root : List.of(root)) {
            addAdvisory(adv, out);
        }
    }

    private static void addAdvisory(JsonNode adv, List<Entry> out) {
        String id = adv.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("advisory without a valid id: '" + shorten(id) + "'");
        }
        String summary = shorten(adv.path("summary").asText(adv.path("details").asText("")));
        List<String> aliases = new ArrayList<>();
        adv.path("aliases").forEach(a -> aliases.add(shorten(a.asText())));
        for (JsonNode aff : adv.path("affected")) {
            String product = aff.path("package").path("name").asText("").strip().toLowerCase(Locale.ROOT);
            if (product.isEmpty()) {
                continue;
            }
            List<String> versions = new ArrayList<>();
            aff.path("versions").forEach(v -> versions.add(v.asText()));
            boolean ranged = false;
            for (JsonNode range : aff.path("ranges")) {
                String type = range.path("type").asText("");
                if (!type.equals("ECOSYSTEM") && !type.equals("SEMVER")) {
                    continue;
                }
                String introduced = null;
                for (JsonNode ev : range.path("events")) {
                    if (ev.has("introduced")) {
                        introduced = ev.get("introduced").asText();
                    } else if (ev.has("fixed") || ev.has("last_affected")) {
                        out.add(new Entry(id, summary, aliases, product, introduced == null ? "0" : introduced,
                                ev.has("fixed") ? ev.get("fixed").asText() : null,
                                ev.has("last_affected") ? ev.get("last_affected").asText() : null, versions));
                        ranged = true;
                        introduced = null;
                    }
                }
            }
            if (!ranged && !versions.isEmpty()) {
                out.add(new Entry(id, summary, aliases, product, null, null, null, versions));
            }
        }
    }

    /** @return the advisories that affect this software, each once */
    List<Entry> affecting(Software s) {
        List<Entry> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (e.affects(s) && hits.stream().noneMatch(h -> h.id().equals(e.id()))) {
                hits.add(e);
            }
        }
        return hits;
    }

    int size() {
        return entries.size();
    }

    List<String> problems() {
        return problems;
    }

    private static String shorten(String s) {
        return s.length() > 500 ? s.substring(0, 499) + "…" : s;
    }

    /** Product and version read from a banner, e.g. {@code vsFTPd 3.0.3}, {@code lighttpd/1.4.69}, {@code OpenSSH_9.2p1}. */
    record Software(String product, String version) {
        private static final Pattern FORM = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]{0,40}?)[ /_-]v?([0-9][A-Za-z0-9.+~-]{0,40})");

        /** @return the product (lower case) and version, or null when the text names none */
        static Software parse(String text) {
            Matcher m = FORM.matcher(text == null ? "" : text.strip());
            return m.find() ? new Software(m.group(1).toLowerCase(Locale.ROOT), m.group(2)) : null;
        }

        /**
         * Compares dotted versions part by part: runs of digits as numbers, other runs as text
         * (so {@code 1.4.9 < 1.4.10} and {@code 9.2p1 < 9.3}).
         */
        static int compare(String a, String b) {
            Matcher ma = PART.matcher(a);
            Matcher mb = PART.matcher(b);
            while (true) {
                boolean ha = ma.find();
                boolean hb = mb.find();
                if (!ha || !hb) {
                    return ha ? 1 : hb ? -1 : 0;
                }
                String pa = ma.group();
                String pb = mb.group();
                boolean na = Character.isDigit(pa.charAt(0));
                boolean nb = Character.isDigit(pb.charAt(0));
                int c;
                if (na && nb) {
                    c = new java.math.BigInteger(pa).compareTo(new java.math.BigInteger(pb));
                } else if (na != nb) {
                    c = na ? 1 : -1; // 1.0.1 > 1.0rc
                } else {
                    c = pa.compareTo(pb);
                }
                if (c != 0) {
                    return c;
                }
            }
        }

        private static final Pattern PART = Pattern.compile("[0-9]+|[A-Za-z]+");
    }
}
