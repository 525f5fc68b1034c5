package io.hearthguard.skills.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/** Writes reports as text for people, JSON lines (one object per skill), or SARIF 2.1.0. */
public final class Output {
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private Output() {
    }

    /** Text: one block per skill, one line per finding plus evidence and fix. */
    public static void text(List<SkillReport> reports, PrintStream out) {
        int total = 0;
        for (SkillReport r : reports) {
            for (SkillReport.Skill s : r.skills()) {
                out.println(s.id() + "  [" + s.platform() + "]  invocation: " + (s.invocationNames().isEmpty() ? "-" : String.join(", ", s.invocationNames()))
                        + "  locales: " + (s.locales().isEmpty() ? "-" : String.join(", ", s.locales())));
                for (SkillFinding f : s.findings()) {
                    total++;
                    out.println("  " + f.severity().id().toUpperCase(java.util.Locale.ROOT) + "  " + f.rule() + "  [" + f.category() + "]  " + f.summary());
                    if (!f.file().isEmpty()) { // a name or the package's words as a whole have no one place
                        out.println("      at " + f.file() + (f.pointer().isEmpty() ? "" : " " + f.pointer()));
                    }
                    if (!f.text().isEmpty()) {
                        out.println("      text: " + f.text());
                    }
                    out.println("      why: " + f.rationale() + " (" + f.source() + ")");
                    out.println("      fix: " + f.fix());
                }
                if (s.findings().isEmpty()) {
                    out.println("  no findings");
                }
            }
            inputsText(r, out);
        }
        out.println(total + " finding(s)");
    }

    private static final int TEXT_INPUTS = 25;

    /** Lists what was read and what was skipped (at most {@value #TEXT_INPUTS} lines each). */
    static void inputsText(SkillReport r, PrintStream out) {
        if (r.inputs().isEmpty()) {
            return;
        }
        List<SkillReport.Input> read = r.inputs().stream().filter(SkillReport.Input::read).toList();
        List<SkillReport.Input> skipped = r.inputs().stream().filter(i -> !i.read()).toList();
        out.println("  read " + read.size() + " file(s), skipped " + skipped.size() + " (" + r.path() + ")");
        for (int i = 0; i < read.size() && i < TEXT_INPUTS; i++) {
            SkillReport.Input x = read.get(i);
            out.println("    read     " + x.file() + "  " + x.shape() + (x.responses() > 0 ? ", " + x.responses() + " response(s)" : "")
                    + (x.sessions() > 0 ? ", " + x.sessions() + " session(s)" : "") + (x.reason().isEmpty() ? "" : "; " + x.reason()));
        }
        if (read.size() > TEXT_INPUTS) {
            out.println("    … " + (read.size() - TEXT_INPUTS) + " more read (see --format json)");
        }
        for (int i = 0; i < skipped.size() && i < TEXT_INPUTS; i++) {
            SkillReport.Input x = skipped.get(i);
            out.println("    skipped  " + x.file() + "  " + x.reason() + (x.shape().isEmpty() ? "" : " (" + x.shape() + ")"));
        }
        if (skipped.size() > TEXT_INPUTS) {
            out.println("    … " + (skipped.size() - TEXT_INPUTS) + " more skipped (see --format json)");
        }
    }

    /** @return the inputs as a JSON object {@code {read: [...], skipped: [...]}} */
    static ObjectNode inputsJson(SkillReport r) {
        ObjectNode o = SafeJson.mapper().createObjectNode();
        ArrayNode read = o.putArray("read");
        ArrayNode skipped = o.putArray("skipped");
        for (SkillReport.Input x : r.inputs()) {
            ObjectNode j = (x.read() ? read : skipped).addObject();
            j.put("file", x.file());
            if (!x.shape().isEmpty()) {
                j.put("shape", x.shape());
            }
            if (x.read()) {
                j.put("responses", x.responses());
                j.put("sessions", x.sessions());
            }
            if (!x.reason().isEmpty()) {
                j.put("reason", x.reason());
            }
        }
        return o;
    }

    /** @return the JSON object of one skill */
    public static ObjectNode skillJson(String path, SkillReport.Skill s) {
        ObjectNode o = SafeJson.mapper().createObjectNode();
        o.put("id", s.id());
        o.put("path", path);
        o.put("platform", s.platform());
        if (!s.name().isEmpty()) {
            o.put("name", s.name());
        }
        ArrayNode inv = o.putArray("invocationNames");
        s.invocationNames().forEach(inv::add);
        ArrayNode loc = o.putArray("locales");
        s.locales().forEach(loc::add);
        ArrayNode fs = o.putArray("findings");
        for (SkillFinding f : s.findings()) {
            ObjectNode j = fs.addObject();
            j.put("id", f.rule());
            j.put("category", f.category());
            j.put("severity", f.severity().id());
            j.put("summary", f.summary());
            j.put("rationale", f.rationale());
            j.put("source", f.source());
            ObjectNode ev = j.putObject("evidence");
            ev.put("file", f.file());
            ev.put("pointer", f.pointer());
            ev.put("text", f.text());
            j.put("fix", f.fix());
        }
        return o;
    }

    /** JSON lines: one object per skill. */
    public static void json(List<SkillReport> reports, PrintStream out) throws JsonProcessingException {
        for (SkillReport r : reports) {
            for (SkillReport.Skill s : r.skills()) {
                ObjectNode o = skillJson(r.path(), s);
                if (!r.inputs().isEmpty()) {
                    o.set("inputs", inputsJson(r));
                }
                out.println(SafeJson.mapper().writeValueAsString(o));
            }
            if (r.skills().isEmpty()) {
                ObjectNode o = SafeJson.mapper().createObjectNode();
                o.put("path", r.path());
                o.putNull("id");
                o.putArray("findings");
                o.set("inputs", inputsJson(r));
                out.println(SafeJson.mapper().writeValueAsString(o));
            }
        }
    }

    /** SARIF 2.1.0: one run, every rule described, one result per finding. */
    public static void sarif(List<SkillReport> reports, PrintStream out) throws JsonProcessingException {
        ObjectNode root = SafeJson.mapper().createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "hearthguard-skills");
        driver.put("informationUri", "https://hearthguard.invalid/docs/skills");
        driver.put("semanticVersion", "1.0.0");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Rule r : Rule.values()) {
            index.put(r.id, index.size());
            ObjectNode j = rules.addObject();
            j.put("id", r.id);
            j.put("name", r.name());
            j.putObject("shortDescription").put("text", r.rationale);
            j.putObject("help").put("text", r.fix + " Source: " + r.source);
            ObjectNode p = j.putObject("properties");
            p.put("category", r.category);
            p.put("source", r.source);
            p.putArray("tags").add("security").add(r.category);
        }
        ArrayNode results = run.putArray("results");
        for (SkillReport rep : reports) {
            for (SkillReport.Skill s : rep.skills()) {
                for (SkillFinding f : s.findings()) {
                    ObjectNode res = results.addObject();
                    res.put("ruleId", f.rule());
                    if (index.containsKey(f.rule())) {
                        res.put("ruleIndex", index.get(f.rule()));
                    }
                    res.put("level", level(f.severity()));
                    res.putObject("message").put("text", f.summary() + (f.text().isEmpty() ? "" : " Text: " + f.text()) + " Fix: " + f.fix());
                    ObjectNode loc = res.putArray("locations").addObject();
                    ObjectNode phys = loc.putObject("physicalLocation");
                    phys.putObject("artifactLocation").put("uri", uri(rep.path(), f.file()));
                    Matcher m = LINE.matcher(f.pointer());
                    if (m.matches()) {
                        phys.putObject("region").put("startLine", Integer.parseInt(m.group(1)));
                    }
                    if (!f.pointer().isEmpty() && !m.matches()) {
                        loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.pointer()).put("kind", "member");
                    }
                    ObjectNode p = res.putObject("properties");
                    p.put("severity", f.severity().id());
                    p.put("category", f.category());
                    p.put("skill", s.id());
                    p.put("jsonPointer", f.pointer());
                    p.put("text", f.text());
                    p.put("rationale", f.rationale());
                }
            }
        }
        out.println(SafeJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    static String uri(String input, String file) {
        String p = input.endsWith(file) ? input : input.replaceAll("/+$", "") + "/" + file;
        if (file.startsWith("http://") || file.startsWith("https://")) {
            p = file;
        }
        List<String> parts = new ArrayList<>();
        for (String seg : p.split("/", -1)) {
            parts.add(java.net.URLEncoder.encode(seg, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String joined = String.join("/", parts);
        return joined.replace("%3A", ":");
    }
}
