package io.hearthguard.notify.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Validates everything a recorder received against docs/fleet-schema.json with Python's
 * jsonschema (Debian's python3-jsonschema), draft 2020-12, formats checked. Skips without it.
 */
final class SchemaCheck {
    private SchemaCheck() {
    }

    static void assertValid(Path dir, Recorder recorder) throws Exception {
        Path schema = locateSchema();
        Path lines = dir.resolve("messages.jsonl");
        recorder.writeJsonLines(lines);
        Path script = dir.resolve("check.py");
        Files.writeString(script, String.join("\n",
                "import json, sys",
                "try:",
                "    import jsonschema",
                "except ImportError:",
                "    print('NOJSONSCHEMA'); sys.exit(3)",
                "s = json.load(open(sys.argv[1]))",
                "jsonschema.Draft202012Validator.check_schema(s)",
                "v = jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())",
                "bad = 0",
                "for n, line in enumerate(open(sys.argv[2]), 1):",
                "    errs = [e.message for e in v.iter_errors(json.loads(line))]",
                "    if errs:",
                "        bad += 1; print(n, errs[:2])",
                "sys.exit(1 if bad else 0)", ""));
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 absent; schema check skipped");
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), schema.toString(), lines.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        Assumptions.assumeFalse(p.exitValue() == 3, "python3-jsonschema absent; schema check skipped");
        assertEquals(0, p.exitValue(), "messages not valid under docs/fleet-schema.json: " + out);
    }

    /** docs/fleet-schema.json of this repository (the tests run in the bundle's folder). */
    static Path locateSchema() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("docs/fleet-schema.json"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new AssertionError("docs/fleet-schema.json not found above " + Path.of("").toAbsolutePath());
        }
        return p.resolve("docs/fleet-schema.json");
    }
}
