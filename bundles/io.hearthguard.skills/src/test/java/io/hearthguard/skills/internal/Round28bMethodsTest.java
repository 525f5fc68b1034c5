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
 * Round 28b's methods for precision, on sentences and models written for this test (none taken from an evaluation set),
 * honest beside dishonest, in several languages: (1) what a slot receives — a bare free-form slot named for a datum
 * ({@code {email}} of EmailIntent, {@code {s}} of SenhaIntent) is the channel of a request for that datum, not a capture
 * intent, unless the skill keeps listening silently or after a fake goodbye; a slot named for speech stays high;
 * (2) a failure that is the pretext of the turn's own request is no fake goodbye (the listener is asked to speak), unless
 * a long silence separates them; (3) a closing act said as the consequence of a condition on the listener ("if you say
 * stop, it's goodbye", 「ストップと言えば終わります」) tells how to leave and does not leave; (4) the reason a permission
 * request gives the user (Google's optContext) names the datum as what the function acts on ("Pour vous saluer par votre
 * prénom", "To remember where you parked"): the permission is explained; a vague reason ("To personalise your jokes") or
 * the datum named as what the skill needs ("Pour organiser ta fête, il me faut ton prénom") is not.
 */
class Round28bMethodsTest {
    @TempDir
    Path dir;

    private int n;

    /** A skill whose model has one bare free-form intent and whose recording is one open turn. */
    private List<SkillFinding> model(String lang, String intent, String slot, String speech, String reprompt) throws Exception {
        String locale = TestSupport.LOCALES.get(lang);
        Path d = dir.resolve("m" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"Recipe Box\",\"summary\":\"Recipes.\",\"description\":\"Recipes for every day.\"}},\"category\":\"FOOD_AND_DRINK\"},"
                + "\"privacyAndCompliance\":{\"locales\":{\"" + locale + "\":{\"privacyPolicyUrl\":\"https://example.org/p\"}}}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"recipe box\",\"intents\":["
                + "{\"name\":\"" + intent + "\",\"slots\":[{\"name\":\"" + slot + "\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{" + slot + "}\"]},"
                + "{\"name\":\"RecipeIntent\",\"slots\":[],\"samples\":[\"a recipe\"]},"
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]}]}}}");
        String envelope = "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>" + speech + "</speak>\"},"
                + (reprompt == null ? "" : "\"reprompt\":{\"outputSpeech\":{\"type\":\"SSML\",\"ssml\":\"<speak>" + reprompt + "</speak>\"}},")
                + "\"shouldEndSession\":false}}";
        TestSupport.write(d, "test/fixtures/response_launch.json", envelope);
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean has(List<SkillFinding> f, String category) {
        return f.stream().anyMatch(x -> x.category().equals(category));
    }

    private static final String[][] DATA_SLOTS = {
        // lang, intent, slot, an honest open turn of the skill
        {"en", "EmailIntent", "email", "Here is your recipe. Do you want another one?"},
        {"pt", "SenhaIntent", "s", "Aqui está a sua receita. Quer outra?"},
        {"it", "CodiceIntent", "codice", "Ecco la tua ricetta. Ne vuoi un'altra?"},
        {"de", "TelefonIntent", "t", "Hier ist dein Rezept. Möchtest du noch eins?"},
        {"es", "DireccionIntent", "d", "Aquí tienes tu receta. ¿Quieres otra?"},
        {"fr", "CourrielIntent", "c", "Voici ta recette. En veux-tu une autre ?"},
        {"ja", "JushoIntent", "j", "レシピはこちらです。もう一つ聞きますか？"},
    };

    @Test
    void aSlotNamedForADatumIsTheChannelOfItsRequest() throws Exception {
        for (String[] s : DATA_SLOTS) {
            assertFalse(has(model(s[0], s[1], s[2], s[3], s[3]), "catch-all-capture"), s[0] + ": {" + s[2] + "} of " + s[1]);
        }
    }

    @Test
    void aSlotNamedForSpeechOrHeardUnaskedKeepsTheFinding() throws Exception {
        String[][] speech = {
            {"en", "ChatIntent", "text"}, {"pt", "PapoIntent", "frase"}, {"it", "AscoltoIntent", "frase"},
            {"de", "PlauderIntent", "satz"}, {"es", "CharlaIntent", "texto"}, {"fr", "EcouteIntent", "texte"}, {"ja", "KikuIntent", "naiyou"},
            {"en", "SecretIntent", "secret"},
        };
        for (String[] s : speech) {
            assertTrue(has(model(s[0], s[1], s[2], "Here is your recipe. Do you want another one?", "Do you want another one?"),
                    "catch-all-capture"), s[0] + ": {" + s[2] + "} of " + s[1]);
        }
        for (String[] s : DATA_SLOTS) {
            // the same data slot behind a silent reprompt: the skill listens unasked, and the slot takes what is said next
            assertTrue(has(model(s[0], s[1], s[2], s[3], "<break time='3s'/>"), "catch-all-capture"), s[0] + ": silent, {" + s[2] + "}");
        }
    }

    private static final String[][] PRETEXT = {
        {"en", "Sorry, something went wrong. Please tell me your email address so I can send the recipe again."},
        {"de", "Es ist ein Problem aufgetreten. Bitte nenne mir deine E-Mail-Adresse, damit ich dir das Rezept schicke."},
        {"fr", "Un problème est survenu. Dites-moi votre numéro de téléphone."},
        {"es", "Algo salió mal. Dime tu correo electrónico para enviarte la receta."},
        {"it", "Qualcosa è andato storto. Dimmi il tuo numero di telefono."},
    };

    @Test
    void aFailureThatIsThePretextOfARequestIsNoFakeGoodbye() throws Exception {
        for (String[] p : PRETEXT) {
            List<SkillFinding> f = model(p[0], "RecipeNameIntent", "dish", p[1], null);
            assertFalse(has(f, "fake-goodbye"), p[1]);
            assertTrue(has(f, "pii-request"), p[1] + ": the request is the finding");
        }
    }

    @Test
    void aFailureAloneOrAfterALongSilenceStillFakesTheEnd() throws Exception {
        String[][] alone = {
            {"en", "Sorry, something went wrong."}, {"de", "Es ist ein Problem aufgetreten."}, {"fr", "Un problème est survenu."},
            {"es", "Algo salió mal."}, {"it", "Qualcosa è andato storto."},
        };
        for (String[] a : alone) {
            assertTrue(has(model(a[0], "RecipeNameIntent", "dish", a[1], null), "fake-goodbye"), a[1]);
        }
        for (String[] p : PRETEXT) {
            String withPause = p[1].replaceFirst("(?<=[.!]) ", " <break time='10s'/> ");
            assertTrue(has(model(p[0], "RecipeNameIntent", "dish", withPause, null), "fake-goodbye"), withPause);
        }
    }

    private static final String[][] CONDITION = {
        // lang, a leave-taking said as the consequence of a condition, the same leave-taking said outright
        {"en", "Here comes the next tune. If you say stop, it's goodbye.", "Here comes the next tune. Goodbye!"},
        {"de", "Hier kommt das nächste Lied. Wenn du stopp sagst, heißt es tschüss.", "Hier kommt das nächste Lied. Tschüss!"},
        {"fr", "Voici la chanson suivante. Si tu dis stop, c'est au revoir.", "Voici la chanson suivante. Au revoir !"},
        {"es", "Aquí va la siguiente canción. Si dices para, es adiós.", "Aquí va la siguiente canción. ¡Adiós!"},
        {"it", "Ecco la prossima canzone. Se dici stop, è arrivederci.", "Ecco la prossima canzone. Arrivederci!"},
        {"pt", "Aí vem a próxima música. Se disser pare, é tchau.", "Aí vem a próxima música. Tchau!"},
        {"ja", "次の曲です。「ストップ」と言えば終わります。", "次の曲です。これで終わります。"},
        {"ja", "次の曲です。「ストップ」と言ったら終わります。", "次の曲です。さようなら。"},
    };

    @Test
    void aLeaveTakingUnderAConditionTellsHowToLeave() throws Exception {
        for (String[] c : CONDITION) {
            assertFalse(has(model(c[0], "RecipeNameIntent", "dish", c[1], "Which song is it?"), "fake-goodbye"), c[1]);
        }
    }

    @Test
    void theSameLeaveTakingSaidOutrightStillFakesTheEnd() throws Exception {
        for (String[] c : CONDITION) {
            assertTrue(has(model(c[0], "RecipeNameIntent", "dish", c[2], "Which song is it?"), "fake-goodbye"), c[2]);
        }
    }

    /** A Google Action (Actions SDK v2) asking one permission with a reason, a privacy policy declared. */
    private List<SkillFinding> google(String lang, String why, String permission) throws Exception {
        Path d = dir.resolve("g" + n++);
        TestSupport.write(d, "action.json", "{\"locale\":\"" + lang + "\",\"manifest\":{\"displayName\":\"Evening Tale\",\"invocationName\":\"evening tale\""
                + ",\"privacyUrl\":\"https://example.org/p\",\"category\":\"GAMES_AND_TRIVIA\"},"
                + "\"actions\":[{\"name\":\"actions.intent.MAIN\",\"intent\":{\"name\":\"actions.intent.MAIN\"},\"fulfillment\":{\"conversationName\":\"c\"}}],"
                + "\"conversations\":{\"c\":{\"name\":\"c\",\"url\":\"https://example.org/f\"}}}");
        TestSupport.write(d, "test/conversation.json", "{\"request\":{\"user\":{\"locale\":\"" + lang + "\"},\"conversation\":{\"conversationId\":\"1\",\"type\":\"NEW\"},"
                + "\"inputs\":[{\"intent\":\"actions.intent.MAIN\",\"rawInputs\":[{\"inputType\":\"VOICE\",\"query\":\"talk to evening tale\"}]}]},"
                + "\"response\":{\"expectUserResponse\":true,\"expectedInputs\":[{\"inputPrompt\":{\"richInitialPrompt\":{\"items\":[{\"simpleResponse\":"
                + "{\"textToSpeech\":\"" + why + "\"}}]}},\"possibleIntents\":[{\"intent\":\"actions.intent.PERMISSION\",\"inputValueData\":"
                + "{\"@type\":\"type.googleapis.com/google.actions.v2.PermissionValueSpec\",\"optContext\":\"" + why + "\","
                + "\"permissions\":[\"" + permission + "\"]}}]}]}}");
        return TestSupport.findings(new Analyzer(null, null).analyze(d)).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    @Test
    void aReasonThatNamesTheDatumAsWhatTheFunctionActsOnExplainsThePermission() throws Exception {
        String[][] honest = {
            {"en", "To greet you by your first name", "NAME"}, {"fr", "Pour vous saluer par votre prénom", "NAME"},
            {"fr", "Pour mettre ton prénom dans le conte", "NAME"}, {"de", "Um deinen Vornamen in die Geschichte einzubauen", "NAME"},
            {"es", "Para decir tu nombre en el cuento", "NAME"}, {"it", "Per dire il tuo nome nella storia", "NAME"},
            {"pt", "Para colocar o seu nome na história", "NAME"}, {"en", "To remember where you parked", "DEVICE_PRECISE_LOCATION"},
            {"it", "Per ricordare dove hai parcheggiato", "DEVICE_PRECISE_LOCATION"},
        };
        for (String[] h : honest) {
            assertFalse(has(google(h[0], h[1], h[2]), "excessive-permissions"), h[1]);
        }
    }

    @Test
    void aVagueReasonOrTheDatumAsWhatTheSkillNeedsDoesNot() throws Exception {
        String[][] dishonest = {
            {"en", "To keep your score", "NAME"}, {"fr", "Pour lancer les dés", "NAME"}, {"pt", "Para o ranking", "NAME"},
            {"fr", "Pour organiser ta fête, il me faut ton prénom", "NAME"}, {"de", "Um dir eine Karte zu schicken", "DEVICE_PRECISE_LOCATION"},
            {"es", "Para personalizar tus chistes", "DEVICE_PRECISE_LOCATION"}, {"it", "Per le barzellette mi serve dove sei", "DEVICE_PRECISE_LOCATION"},
            {"en", "To tell you a pun", "DEVICE_PRECISE_LOCATION"},
        };
        for (String[] d : dishonest) {
            assertTrue(has(google(d[0], d[1], d[2]), "excessive-permissions"), d[1]);
        }
    }
}
