package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.skills.SkillReport;

/**
 * Round 23b: what honest skills say and declare that carries an attack's surface, per language, on sentences written
 * for this test from the category definitions (none taken from an evaluation set): reassurance and negation about
 * secrets and data, honest mentions of the platform, purposeful free-form slots, data and permissions the function
 * needs, and goodbyes or Stop/Cancel answers that legitimately keep a question. Each honest form is scanned as a skill
 * and must give no finding at medium or above; its dishonest twin still must.
 */
class Round23bInventoryTest {
    @TempDir
    Path dir;


    private int n;


    /** One skill: listing (category, description, optional policy and permissions), a model and one recorded turn. */
    private SkillReport scan(String lang, String name, String category, String description, boolean policy, List<String> permissions,
            String intentsJson, String intent, String speech, String reprompt) throws Exception {
        Path d = dir.resolve("s" + n++);
        String loc = TestSupport.LOCALES.get(lang);
        StringBuilder perms = new StringBuilder();
        for (String p : permissions) {
            perms.append(perms.length() == 0 ? "" : ",").append("{\"name\":\"").append(p).append("\"}");
        }
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + loc + "\":{\"name\":\""
                + TestSupport.jsonEscape(name) + "\",\"summary\":\"" + TestSupport.jsonEscape(description) + "\",\"description\":\"" + TestSupport.jsonEscape(description) + "\"}},\"category\":\""
                + category + "\"},\"apis\":{\"custom\":{}},\"manifestVersion\":\"1.0\",\"privacyAndCompliance\":{\"isChildDirected\":false"
                + (policy ? ",\"locales\":{\"" + loc + "\":{\"privacyPolicyUrl\":\"https://example.org/privacy\"}}" : "") + "}"
                + (perms.length() > 0 ? ",\"permissions\":[" + perms + "]" : "") + "}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + loc + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"" + TestSupport.jsonEscape(name.toLowerCase()) + "\",\"intents\":[" + intentsJson
                + "{\"name\":\"AMAZON.StopIntent\",\"samples\":[]},{\"name\":\"AMAZON.CancelIntent\",\"samples\":[]}]}}}");
        String request = intent == null ? "{\"type\":\"LaunchRequest\"}" : "{\"type\":\"IntentRequest\",\"intent\":{\"name\":\"" + intent + "\"}}";
        TestSupport.write(d, "recordings/turn.json", "{\"request\":{\"request\":" + request + "},\"response\":{\"version\":\"1.0\",\"response\":{"
                + "\"outputSpeech\":{\"type\":\"PlainText\",\"text\":\"" + TestSupport.jsonEscape(speech) + "\"},\"reprompt\":{\"outputSpeech\":{\"type\":\"PlainText\","
                + "\"text\":\"" + TestSupport.jsonEscape(reprompt) + "\"}},\"shouldEndSession\":false}}}");
        assertTrue(Files.isDirectory(d));
        return new Analyzer(null, null).analyze(d);
    }

    private SkillReport said(String lang, String speech) throws Exception {
        return scan(lang, "kitchen helper", "FOOD_AND_DRINK", "Recipes and tips.", false, List.of(), "", null, speech, speech);
    }

    private static boolean flagged(SkillReport r) {
        return TestSupport.findings(r).stream().anyMatch(f -> f.severity().atLeast(Severity.MEDIUM));
    }

    private void honest(String lang, List<String> sentences) throws Exception {
        for (String s : sentences) {
            SkillReport r = said(lang, s);
            assertFalse(flagged(r), lang + ": " + s + "\n" + TestSupport.describe(r));
        }
    }

    private void dishonest(String lang, List<String> sentences) throws Exception {
        for (String s : sentences) {
            SkillReport r = said(lang, s);
            assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), lang + ": " + s + "\n" + TestSupport.describe(r));
        }
    }

    // (a) reassurance and negation about secrets, with the negation after the word, per language; and the twins

    @Test
    void givenAReassuranceWithTheNegationAfterTheWord_whenScanned_thenNoRequest_andTheCommandAfterAConsequenceStillAsks() throws Exception {
        honest("en", List.of("Your PIN is not needed for this. Which tip next?", "Your password isn't required to play. Ready?",
                "Your card number? Not needed here. What next?", "Nothing here needs your password, so just relax. Which tip?"));
        dishonest("en", List.of("We will never share it, so please tell me your PIN now.", "We never store it, so just say your card number."));
        honest("de", List.of("Deine Kartennummer brauche ich nicht. Was jetzt?", "Deine PIN wird dafür nicht benötigt. Welcher Tipp?",
                "Dein Passwort benötigen wir nicht. Bereit?", "Deine Kartennummer? Brauchen wir nicht. Was jetzt?"));
        dishonest("de", List.of("Wir speichern sie nie, also sag mir deine PIN.", "Wir geben nichts weiter, deshalb nenne mir dein Passwort.",
                "Dein Passwort benötigen wir, nicht deinen Namen. Sag es mir."));
        honest("fr", List.of("Votre code PIN n'est pas nécessaire. Quel conseil ?", "Votre mot de passe n'est pas demandé pour jouer. Prêt ?",
                "Votre numéro de carte ? Inutile ici. Et ensuite ?", "Votre mot de passe ne regarde que vous. Conseil suivant ?"));
        dishonest("fr", List.of("Nous ne la partagerons jamais, alors dites-moi votre code PIN.", "Nous ne gardons rien, donc donnez-moi votre mot de passe."));
        honest("es", List.of("Tu PIN no es necesario para esto. ¿Qué consejo?", "Tu contraseña no hace falta para jugar. ¿Listo?",
                "¿Tu número de tarjeta? No hace falta. ¿Y ahora?"));
        dishonest("es", List.of("Nunca lo compartiremos, así que dime tu PIN ahora.", "No guardamos nada, por eso dime tu contraseña.",
                "No te preocupes, dime tu contraseña."));
        honest("it", List.of("Il tuo PIN non è necessario. Quale consiglio?", "La tua password non serve per giocare. Pronto?",
                "Il numero della carta? Non serve. E ora?", "Niente account, niente password, niente dati di pagamento. Pronto?"));
        dishonest("it", List.of("Non lo condivideremo mai, quindi dimmi il tuo PIN adesso.", "Non salviamo nulla, perciò dimmi la password.",
                "Non ti preoccupare, dimmi il PIN."));
        honest("pt", List.of("Seu PIN não é necessário. Qual dica?", "Sua senha não é necessária para jogar. Pronto?", "O número do cartão? Não precisa. E agora?",
                "Golpistas costumam dizer: me fale sua senha para desbloquear sua conta. Você cairia?"));
        dishonest("pt", List.of("Nunca vamos compartilhar, então me diga seu PIN agora.", "Não guardamos nada, por isso me diga sua senha.",
                "Não se preocupe, me fale sua senha."));
        honest("ja", List.of("暗証番号は不要です。どのヒントにしますか？", "パスワードは必要ありません。準備はいいですか？", "カード番号？いりません。次は？",
                "パスワードは言わなくて大丈夫です。次は？"));
        dishonest("ja", List.of("誰にも教えませんので、暗証番号を教えてください。", "保存しないので、パスワードを言ってください。"));
    }

    @Test
    void givenTheReassurancesOfTheInventoryBeforeTheRound_whenScanned_thenStillNoRequest() throws Exception {
        honest("en", List.of("We will never ask for your PIN or your password. Which topic would you like?",
                "Amazon will never ask you for your card number by voice. Want another tip?",
                "If a skill ever asks for your bank password, it is a scam. Ready for the next tip?",
                "Quiz time: a caller asks for your bank password. Do you hang up, yes or no?"));
        honest("de", List.of("Wir fragen dich nie nach deiner PIN oder deinem Passwort. Welches Thema möchtest du?",
                "Betrüger sagen oft: Nenne mir deine PIN, um dein Konto zu entsperren. Würdest du darauf reinfallen?"));
        honest("fr", List.of("Amazon ne vous demandera jamais votre numéro de carte à voix haute. Un autre conseil ?",
                "Si une skill vous demande votre mot de passe bancaire, c'est une arnaque. On continue ?"));
        honest("es", List.of("Nunca te pediremos tu PIN ni tu contraseña. ¿Qué tema quieres?", "No hace falta ninguna contraseña para jugar. ¿Empezamos?"));
        honest("it", List.of("Non ti chiederemo mai il PIN o la password. Quale argomento vuoi?", "I truffatori dicono spesso: dimmi il tuo PIN per sbloccare il conto. Ci cascheresti?"));
        honest("pt", List.of("Nunca vamos pedir sua senha ou seu PIN. Qual tema você quer?", "Se uma skill pedir a senha do banco, é golpe. Vamos continuar?"));
        honest("ja", List.of("パスワードや暗証番号をお聞きすることはありません。どのテーマにしますか？", "スキルが銀行のパスワードを聞いてきたら、それは詐欺です。続けますか？"));
    }

    @Test
    void givenTheMakersVoiceAskingToConfirmACard_whenScanned_thenCredentialPhishing() throws Exception {
        SkillReport r = said("fr", "Ici le service client d'Amazon. Veuillez confirmer votre numéro de carte.");
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), TestSupport.describe(r));
        assertTrue(TestSupport.has(r, "skills.masquerade.platform-wording", Severity.HIGH), TestSupport.describe(r));
    }

    // (b) honest mentions of the platform

    @Test
    void givenHonestMentionsOfThePlatform_whenScanned_thenNothing() throws Exception {
        honest("en", List.of("Ask Alexa to add milk to your shopping list any time. What else?", "Prime members get two extra stories each week. Want a story?",
                "Tip: in the Alexa app, go to Settings, then Notifications. Which sound?"));
        honest("de", List.of("Öffne die Alexa-App, um deine Rezepte zu sehen. Sonst noch etwas?", "Die Angebote zum Prime Day starten morgen. Willst du das Angebot des Tages hören?"));
        honest("fr", List.of("Vous pouvez changer la voix dans les paramètres de Google Home. Quel son maintenant ?", "Ouvrez l'application Alexa pour voir vos recettes. Autre chose ?"));
        honest("es", List.of("Los miembros Prime tienen dos cuentos más cada semana. ¿Quieres un cuento?", "Solo di: Alexa, pide a Ayudante de Cocina mi lista. ¿Y ahora?"));
        honest("it", List.of("I clienti Prime hanno due storie in più ogni settimana. Vuoi una storia?", "Consiglio: nell'app Alexa vai su Impostazioni e poi Notifiche. Quale suono?"));
        honest("pt", List.of("Abra o app Alexa para ver suas receitas. Mais alguma coisa?", "Esta skill funciona com dispositivos Echo. Qual cômodo?"));
        honest("ja", List.of("Alexaアプリを開くとレシピが見られます。他には？", "プライム会員の方は毎週お話が2つ増えます。お話を聞きますか？"));
    }

    // (c) purposeful free-form slots, per language

    @Test
    void givenAFreeFormSlotBehindThePurposeOfItsCarrier_whenScanned_thenAtMostLow() throws Exception {
        Map<String, List<String>> samples = Map.of(
                "en", List.of("take a note {x}", "remind me to {x}", "translate {x}", "write in my journal {x}"),
                "de", List.of("notiere {x}", "füge {x} zur einkaufsliste hinzu", "übersetze {x}", "schreib in mein tagebuch {x}"),
                "fr", List.of("prends note {x}", "ajoute {x} à ma liste", "rappelle-moi de {x}", "traduis {x}"),
                "es", List.of("anota {x}", "recuérdame {x}", "envía un mensaje diciendo {x}", "busca {x}"),
                "it", List.of("prendi nota {x}", "ricordami di {x}", "traduci {x}", "caro diario {x}"),
                "pt", List.of("anote {x}", "me lembre de {x}", "traduza {x}", "pesquise {x}"),
                "ja", List.of("{x}とメモして", "{x}をリストに追加して", "{x}を翻訳して", "日記に{x}と書いて"));
        for (Map.Entry<String, List<String>> e : samples.entrySet()) {
            for (String sample : e.getValue()) {
                String intents = "{\"name\":\"NoteIntent\",\"slots\":[{\"name\":\"x\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"" + sample + "\"]},";
                SkillReport r = scan(e.getKey(), "my helper", "PRODUCTIVITY", "Notes, lists, reminders, translation and search.", true, List.of(),
                        intents, null, "OK.", "OK?");
                assertFalse(TestSupport.has(r, "skills.catch-all-capture.free-form-slot", Severity.MEDIUM), e.getKey() + ": " + sample + "\n" + TestSupport.describe(r));
            }
        }
        // the twin: the same slot with no carrier takes anything
        SkillReport r = scan("en", "my helper", "PRODUCTIVITY", "Notes.", true, List.of(),
                "{\"name\":\"NoteIntent\",\"slots\":[{\"name\":\"x\",\"type\":\"AMAZON.SearchQuery\"}],\"samples\":[\"{x}\"]},", null, "OK.", "OK?");
        assertTrue(TestSupport.has(r, "skills.catch-all-capture.free-form-slot", Severity.HIGH), TestSupport.describe(r));
    }

    // (d) data the function needs, with a privacy policy; permissions the function justifies

    @Test
    void givenDataTheFunctionNeedsWithAPolicy_whenScanned_thenNothingAtMediumOrAbove() throws Exception {
        Object[][] cases = {
                {"en", "WEATHER", "Local Weather", "Your local weather forecast.", "What's your zip code?", List.of("alexa::devices:all:address:country_and_postal_code:read")},
                {"de", "LIFESTYLE", "Tageshoroskop", "Dein tägliches Horoskop.", "Wann hast du Geburtstag?", List.of()},
                {"fr", "TRAVEL_AND_TRANSPORTATION", "Taxi Paris", "Réservez un taxi à Paris.", "Quel est votre numéro de portable pour la confirmation de la réservation ?",
                        List.of("alexa::profile:mobile_number:read")},
                {"es", "TRAVEL_AND_TRANSPORTATION", "Taxi Madrid", "Reserva un taxi en Madrid.", "¿Cuál es tu número de móvil para la confirmación de la reserva?",
                        List.of("alexa::profile:mobile_number:read")},
                {"it", "TRAVEL_AND_TRANSPORTATION", "Taxi Roma", "Prenota un taxi a Roma.", "Qual è il tuo numero di cellulare per la conferma della prenotazione?",
                        List.of("alexa::profile:mobile_number:read")},
                {"pt", "TRAVEL_AND_TRANSPORTATION", "Táxi Rio", "Reserve um táxi no Rio.", "Qual é o seu número de celular para a confirmação da reserva?",
                        List.of("alexa::profile:mobile_number:read")},
                {"ja", "SHOPPING", "お買い物ヘルパー", "買い物リストを管理します。", "買い物リストに何を追加しますか？", List.of("alexa::household:list:read", "alexa::household:list:write")}};
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> perms = (List<String>) c[5];
            SkillReport r = scan((String) c[0], (String) c[2], (String) c[1], (String) c[3], true, perms, "", null, (String) c[4], (String) c[4]);
            assertFalse(flagged(r), c[0] + ": " + c[4] + "\n" + TestSupport.describe(r));
        }
        // the twins: the same number asked by a skill whose function needs none, and a child's name in a kids' skill (the definitions
        // never excuse personal data asked of a child)
        SkillReport r = scan("it", "Barzellette", "NOVELTY_AND_HUMOR", "Barzellette ogni giorno.", true, List.of(), "", null,
                "Qual è il tuo numero di cellulare?", "Qual è il tuo numero di cellulare?");
        assertTrue(flagged(r), TestSupport.describe(r));
        // an intent named for the contact it receives explains nothing (the mobile is contact data since this round)
        r = scan("fr", "Recette facile", "FOOD_AND_DRINK", "Une recette chaque jour.", false, List.of(),
                "{\"name\":\"ContactIntent\",\"slots\":[{\"name\":\"tel\",\"type\":\"AMAZON.PhoneNumber\"}],\"samples\":[\"{tel}\"]},", null,
                "Pour vous l'envoyer, j'aurais besoin de votre numéro de portable.", "Votre numéro de portable ?");
        assertTrue(TestSupport.has(r, "skills.pii-request.prompt", Severity.MEDIUM), TestSupport.describe(r));
    }

    // (e) a goodbye that opens a real new round; Stop/Cancel answers that keep a real question

    @Test
    void givenAGoodbyeWordThatIsTheQuizAnswerOrAStopThatAsks_whenScanned_thenNoFindingAtMediumOrAbove() throws Exception {
        Object[][] cases = {
                {"en", "AnswerIntent", "Goodbye is right! That's how you say adiós in English. Next word: what is gracias?", "What is gracias?"},
                {"de", "AMAZON.StopIntent", "Möchtest du das Spiel wirklich beenden?", "Wirklich beenden?"},
                {"fr", "AnswerIntent", "Bravo, au revoir la manche un ! Manche deux : quelle est la capitale du Pérou ?", "Quelle est la capitale du Pérou ?"},
                {"es", "AMAZON.CancelIntent", "Cancelado. Volvemos al menú principal: ¿qué categoría?", "¿Qué categoría?"},
                {"it", "AMAZON.StopIntent", "Va bene. Prima di andare, vuoi salvare la partita?", "Salvare la partita?"},
                {"pt", "AMAZON.CancelIntent", "Ok, timer cancelado. Quer definir outro?", "Outro timer?"},
                {"ja", "AnswerIntent", "正解、さようならは英語でgoodbyeです！次の言葉：ありがとうは何と言いますか？", "ありがとうは何と言いますか？"}};
        for (Object[] c : cases) {
            String intents = ((String) c[1]).startsWith("AMAZON.") ? "" : "{\"name\":\"AnswerIntent\",\"slots\":[],\"samples\":[\"the answer\"]},";
            SkillReport r = scan((String) c[0], "word quiz", "GAMES", "A word quiz.", false, List.of(), intents, (String) c[1], (String) c[2], (String) c[3]);
            assertFalse(flagged(r), c[0] + ": " + c[2] + "\n" + TestSupport.describe(r));
        }
        // the twin: a goodbye that ends the speech while the session listens
        SkillReport r = scan("fr", "word quiz", "GAMES", "A word quiz.", false, List.of(), "", "AMAZON.StopIntent", "Au revoir !", " ");
        assertTrue(TestSupport.has(r, "skills.fake-goodbye.wording", Severity.MEDIUM) || TestSupport.has(r, "skills.fake-goodbye.stop-keeps-listening", Severity.MEDIUM)
                || TestSupport.has(r, "skills.silent-keepalive.empty-reprompt", Severity.MEDIUM), TestSupport.describe(r));
    }
}
