package io.hearthguard.platform.intel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lines of a threat-intelligence list in CSV form: a header (optionally behind {@code #},
 * as URLhaus writes it) naming a {@code url} column, then one quoted-or-plain CSV row per
 * line whose URL's host is the indicator. Pure functions, safe from any thread; bounded: at
 * most {@value #MAX_COLUMNS} columns are split per line.
 */
public final class IndicatorLines {
    /** Columns split per line at most; the rest of a longer line is one last column. */
    public static final int MAX_COLUMNS = 64;

    private IndicatorLines() {
    }

    /**
     * @param line a line of the file, trimmed or not
     * @return the index of its {@code url} column when the line is a CSV header naming one
     *         (with or without a leading {@code #}), else -1
     */
    public static int urlColumn(String line) {
        String l = line.trim();
        if (l.startsWith("#")) {
            l = l.substring(1).trim();
        }
        if (l.indexOf(',') < 0 || !l.toLowerCase(Locale.ROOT).contains("url")) {
            return -1;
        }
        List<String> cols = csv(l);
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).trim().equalsIgnoreCase("url")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Splits one CSV row: commas outside double quotes separate, {@code ""} inside quotes is a
     * quote; cells are trimmed.
     *
     * @return the cells, at most {@value #MAX_COLUMNS}
     */
    public static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (q && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    q = !q;
                }
            } else if (c == ',' && !q && out.size() < MAX_COLUMNS - 1) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }

    /**
     * @param url an absolute URL such as {@code http://bad.example:8080/x}
     * @return its host (an IPv6 literal without brackets), or null when it has none or is not a URL
     */
    public static String host(String url) {
        try {
            String h = URI.create(url.trim().replace(" ", "%20")).getHost();
            if (h != null && h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            return h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param line a row of a CSV list whose URL column is {@code urlColumn}
     * @return the host of that row's URL, or null
     */
    public static String hostOfRow(String line, int urlColumn) {
        List<String> cols = csv(line);
        return urlColumn >= 0 && urlColumn < cols.size() ? host(cols.get(urlColumn)) : null;
    }
}
