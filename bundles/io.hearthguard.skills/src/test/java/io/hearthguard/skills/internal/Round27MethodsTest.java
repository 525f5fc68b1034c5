package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillFinding;
import io.hearthguard.skills.SkillReport;

/**
 * Round 27's methods for precision, on sentences and models written for this test (none taken from an evaluation set),
 * honest beside dishonest, in several languages: (1) a quiz's answer slot stays the model's one channel for free speech
 * when another intent only picks among the skill's own values (a category of a closed type); a second free-form intent
 * is a second channel and keeps the finding; (2) a warning whose asker is a negative quantifier ("nenhum banco",
 * "nessun operatore", "ninguno de nuestros agentes") or a hypothetical someone ("se alguém pedir …") asks nothing.
 */
class Round27MethodsTest {
    @TempDir
    Path dir;

    private int n;

    private static final String[][] QUIZ = {
        // lang, answer intent, answer slot, other intent, question asked in the recording
        {"en", "AnswerIntent", "answer", "CategoryIntent", "Who painted the Mona Lisa?"},
        {"it", "RispostaIntent", "risposta", "CategoriaIntent", "Chi ha dipinto la Gioconda?"},
        {"es", "RespuestaIntent", "respuesta", "CategoriaIntent", "¿Quién pintó la Gioconda?"},
    };

    /** A quiz whose answer intent is a bare free-form slot; the other intent's slot is of {@code otherType}. */
    private List<SkillFinding> quiz(String[] q, String otherType) throws Exception {
        String locale = TestSupport.LOCALES.get(q[0]);
        Path d = dir.resolve("q" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"Art Quiz\",\"summary\":\"A quiz.\",\"description\":\"Questions about painters.\"}},\"category\":\"EDUCATION_AND_REFERENCE\"},"
                + "\"privacyAndCompliance\":{\"locales\":{\"" + locale + "\":{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"art quiz\",\"intents\":["
                + "{\"name\":\"" + q[1] + "\",\"slots\":[{\"name\":\"" + q[2] + "\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{" + q[2] + "}\"]},"
                + "{\"name\":\"" + q[3] + "\",\"slots\":[{\"name\":\"pick\",\"type\":\"" + otherType + "\"}],\"samples\":[\"{pick}\"]},"
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}],"
                + "\"types\":[{\"name\":\"CatType\",\"values\":[{\"name\":{\"value\":\"painters\"}},{\"name\":{\"value\":\"sculptors\"}},"
                + "{\"name\":{\"value\":\"museums\"}}]}]}}}");
        TestSupport.write(d, "qa/probe.txt", "# probe run locale=" + locale + "\n[10:00:00] USER: open art quiz\n[10:00:01] SKILL: "
                + q[4] + "\n[10:00:02] session_open=true\n");
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean catchAll(List<SkillFinding> f) {
        return f.stream().anyMatch(x -> x.category().equals("catch-all-capture"));
    }

    @Test
    void aCategoryOfTheSkillsOwnValuesIsNoSecondChannel() throws Exception {
        for (String[] q : QUIZ) {
            assertFalse(catchAll(quiz(q, "CatType")), q[0] + ": the answer slot beside a closed category slot");
            assertFalse(catchAll(quiz(q, "AMAZON.NUMBER")), q[0] + ": the answer slot beside a number slot");
        }
    }

    @Test
    void aSecondFreeFormIntentKeepsTheFinding() throws Exception {
        for (String[] q : QUIZ) {
            assertTrue(catchAll(quiz(q, "AMAZON.SearchQuery")), q[0] + ": two intents take whatever is said");
        }
    }

    /** A skill whose recording is one open turn of plain text. */
    private List<SkillFinding> says(String lang, String speech) throws Exception {
        String locale = TestSupport.LOCALES.get(lang);
        Path d = dir.resolve("s" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"Daily Tip\",\"summary\":\"Tips.\",\"description\":\"A tip a day.\"}},\"category\":\"NOVELTY\"}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"daily tip\",\"intents\":[{\"name\":\"TipIntent\",\"slots\":[],\"samples\":[\"a tip\"]}]}}}");
        TestSupport.write(d, "qa/probe.txt", "# probe run locale=" + locale + "\n[10:00:00] USER: open daily tip\n[10:00:01] SKILL: "
                + speech + "\n[10:00:02] session_open=true\n");
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean credential(List<SkillFinding> f) {
        return f.stream().anyMatch(x -> x.category().equals("credential-phishing"));
    }

    @Test
    void aNegativeQuantifierOrAHypotheticalAskerWarns() throws Exception {
        String[][] honest = {
            {"pt", "Dica de hoje: nenhum banco pede sua senha por telefone. Quer outra dica?"},
            {"pt", "Lembre-se: nenhuma loja vai pedir sua senha do cartão. Quer outra dica?"},
            {"pt", "Se alguém pedir sua senha do banco, desligue. Quer outra dica?"},
            {"it", "Ricorda: nessun operatore ti chiederà il PIN della carta. Vuoi un altro consiglio?"},
            {"es", "Recuerda: ninguno de nuestros agentes te pedirá el PIN de tu tarjeta. ¿Quieres otro consejo?"},
        };
        for (String[] h : honest) {
            assertFalse(credential(says(h[0], h[1])), h[1]);
        }
    }

    @Test
    void theSameSecretAskedOfTheListenerIsStillARequest() throws Exception {
        String[][] dishonest = {
            {"pt", "Para confirmar, diga a senha do seu banco."},
            {"pt", "Nenhum problema. Agora diga a senha do seu banco."},
            {"it", "Per continuare, dimmi il PIN della tua carta."},
            {"es", "Para continuar, dime el PIN de tu tarjeta."},
        };
        for (String[] d : dishonest) {
            assertTrue(credential(says(d[0], d[1])), d[1]);
        }
    }
}
