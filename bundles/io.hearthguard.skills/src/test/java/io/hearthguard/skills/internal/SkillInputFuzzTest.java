package io.hearthguard.skills.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;

import io.hearthguard.skills.SkillInputException;

/**
 * Jazzer targets for what a skill package or recording upload hands the skills bundle.
 * Contract (SkillInputException's documentation): the only failure is
 * {@link SkillInputException}, with a message naming the file; what loads respects the
 * loader's caps ({@link PackageLoader#MAX_INTENTS}, {@link PackageLoader#MAX_SAMPLES},
 * {@link PackageLoader#MAX_SLOT_VALUES}). Regression mode over
 * {@code src/test/resources/.../SkillInputFuzzTestInputs/<method>/}; fuzzing for real:
 * docs/capture.md, section "Fuzzing".
 */
class SkillInputFuzzTest {
    /** Layouts {@link PackageLoader} recognises; the first input byte picks one, NUL bytes split the files. */
    private static final String[][] LAYOUTS = {
        {"s/skill-package/skill.json", "s/skill-package/interactionModels/custom/en-US.json"},
        {"s/skill.json", "s/models/de-DE.json"},
        {"s/speechAssets/IntentSchema.json", "s/speechAssets/SampleUtterances_en_US.txt", "s/speechAssets/SkillBuilder.json"},
        {"g/action.json", "g/webhook-response.json"},
        {"s/skill.json", "s/recordings/session.jsonl", "s/lambda/index.js"},
        {"r/response.json", "r/cloudwatch.log"},
    };

    @FuzzTest(maxDuration = "30s")
    void skillPackage(byte[] data) {
        if (data.length == 0) {
            return;
        }
        String[] names = LAYOUTS[(data[0] & 0xff) % LAYOUTS.length];
        List<PackageReader.VFile> files = new ArrayList<>();
        int from = 1;
        for (int i = 0; i < names.length && from <= data.length; i++) {
            int to = from;
            while (to < data.length && data[to] != 0) {
                to++;
            }
            files.add(new PackageReader.VFile(names[i], Arrays.copyOfRange(data, from, to)));
            from = to + 1;
        }
        PackageLoader.Loaded l;
        try {
            l = PackageLoader.loadAll("fuzz", files);
        } catch (SkillInputException expected) {
            check(expected.getMessage() != null && !expected.getMessage().isBlank(), "error without a message");
            return;
        }
        int samples = 0;
        int values = 0;
        for (Model.Skill s : l.skills()) {
            for (Model.Locale loc : s.locales.values()) {
                check(loc.intents.size() <= PackageLoader.MAX_INTENTS, "intents " + loc.intents.size());
                for (Model.Intent in : loc.intents) {
                    samples += in.samples().size();
                }
                for (Model.SlotType t : loc.types.values()) {
                    values += t.values().size();
                }
            }
            s.invocationNames();
        }
        check(samples <= PackageLoader.MAX_SAMPLES * Math.max(1, l.skills().size()), "samples " + samples);
        check(values <= PackageLoader.MAX_SLOT_VALUES * Math.max(1, l.skills().size()), "slot values " + values);
    }

    @FuzzTest(maxDuration = "30s")
    void recording(byte[] data) {
        JsonNode n = null;
        try {
            n = SafeJson.parse("rec.json", data);
        } catch (SkillInputException expected) {
            check(expected.getMessage().startsWith("rec.json: "), "error does not name the file: " + expected.getMessage());
        }
        try {
            Recordings.Found f = n != null ? Recordings.json("rec.json", n, "LaunchRequest")
                    : Recordings.text("rec.json", new String(data, StandardCharsets.UTF_8), "LaunchRequest");
            check(f.responses.size() <= Recordings.MAX_NODES, "responses " + f.responses.size());
            f.shape();
        } catch (SkillInputException expected) {
            check(expected.getMessage() != null && expected.getMessage().contains("rec.json"), "error does not name the file: " + expected.getMessage());
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("contract broken: " + what);
        }
    }
}
