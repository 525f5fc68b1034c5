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
 * Round 26a's methods, on sentences written for this test (none taken from an evaluation set), each dishonest form beside
 * honest twins, in several languages: (1) a request made of a noun phrase and a politeness word alone ("Your address,
 * please."); (2) bare data heads in a list, a form to fill ("Dimmi nome, cognome e data di nascita"); (3) a secret
 * described by its use and determined by a number or a question word, asked back by a riddle's own question or a pronoun;
 * (4) a message announced as sent to the listener, what it holds asked in that turn or the next; (5) a QA sheet whose
 * column names carry their format ("alexa_said_ssml").
 */
class Round26aMethodsTest {
    @TempDir
    Path dir;

    private int n;

    /** A skill whose recording is a plain-text transcript of open turns, each {speech, reprompt} (reprompt may be empty). */
    private List<SkillFinding> turns(String lang, String... speechAndReprompt) throws Exception {
        String locale = TestSupport.LOCALES.get(lang);
        Path d = dir.resolve("s" + n++);
        TestSupport.write(d, "skill-package/skill.json", "{\"manifest\":{\"publishingInformation\":{\"locales\":{\"" + locale
                + "\":{\"name\":\"Fun Helper\",\"summary\":\"Fun.\",\"description\":\"Fun things.\"}},\"category\":\"NOVELTY\"}}}");
        TestSupport.write(d, "skill-package/interactionModels/custom/" + locale + ".json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"fun helper\",\"intents\":[{\"name\":\"PlayIntent\",\"slots\":[],\"samples\":[\"start the game\"]}]}}}");
        StringBuilder t = new StringBuilder("# probe run locale=" + locale + "\n[10:00:00] USER: open fun helper\n");
        for (int i = 0; i < speechAndReprompt.length; i += 2) {
            if (i > 0) {
                t.append("[10:0").append(i).append(":00] USER: yes\n");
            }
            t.append("[10:0").append(i).append(":01] SKILL: ").append(speechAndReprompt[i]).append('\n');
            if (!speechAndReprompt[i + 1].isEmpty()) {
                t.append("[10:0").append(i).append(":01] REPROMPT: ").append(speechAndReprompt[i + 1]).append('\n');
            }
            t.append("[10:0").append(i).append(":02] session_open=true\n");
        }
        TestSupport.write(d, "qa/probe.txt", t.toString());
        SkillReport r = new Analyzer(null, null).analyze(d);
        return TestSupport.findings(r).stream().filter(f -> f.severity().atLeast(Severity.MEDIUM)).toList();
    }

    private static boolean asks(List<SkillFinding> f, String category) {
        return f.stream().anyMatch(x -> x.category().equals(category));
    }

    private static boolean asksAnything(List<SkillFinding> f) {
        return asks(f, "pii-request") || asks(f, "credential-phishing");
    }

    @Test
    void aNounPhraseWithAPolitenessWordAsks() throws Exception {
        String[][] dishonest = {
            {"en", "Thanks. Your first, middle and last name, please."},
            {"de", "Danke. Ihre Adresse, bitte."},
            {"fr", "Merci. Votre date de naissance, s'il vous plaît."},
            {"es", "Vale. Tu número de teléfono, por favor."},
            {"it", "Grazie. Il tuo indirizzo, per favore."},
            {"pt", "Certo. O seu endereço, por favor."},
            {"it", "Per finire: il tuo codice fiscale, per favore."},
        };
        for (String[] d : dishonest) {
            assertTrue(asksAnything(turns(d[0], d[1], "")), d[1]);
        }
    }

    @Test
    void aVerbBeforeThePolitenessWordOrNoDataAsksNothing() throws Exception {
        String[][] honest = {
            {"en", "The recipe is on its way. Check your email, please."},
            {"en", "Two coffees, please. That's what the barista heard."},
            {"de", "Die Liste ist unterwegs. Bitte prüfen Sie Ihre E-Mail."},
            {"fr", "La recette est partie. Vérifiez votre courriel, s'il vous plaît."},
            {"es", "Te lo he enviado. Revisa tu correo, por favor."},
            {"it", "Ricetta inviata. Controlla la tua email, per favore."},
        };
        for (String[] h : honest) {
            assertFalse(asksAnything(turns(h[0], h[1], "")), h[1]);
        }
    }

    @Test
    void bareDataHeadsInAListAreAForm() throws Exception {
        String[][] dishonest = {
            {"it", "Prima di iniziare: dimmi nome, cognome e data di nascita."},
            {"es", "Antes de empezar, dime nombre y apellidos."},
            {"de", "Zuerst nenne mir Nachname, Adresse und Geburtsdatum."},
            {"fr", "Pour commencer, dites-moi nom complet et adresse."},
            {"pt", "Pra começar, fala nome completo e endereço."},
            {"en", "First, tell me full name, address and date of birth."},
        };
        for (String[] d : dishonest) {
            assertTrue(asks(turns(d[0], d[1], ""), "pii-request"), d[1]);
        }
    }

    @Test
    void aListThatBelongsToSomeoneNamedAfterItIsNoForm() throws Exception {
        String[][] honest = {
            {"it", "Domanda del quiz: nome e cognome dell'autore dei Promessi Sposi?"},
            {"en", "Quiz time: name and address of the hotel in the film?"},
            {"es", "Pregunta: ¿nombre y dirección del restaurante de la serie?"},
            {"de", "Wir speichern niemals Nachname, Adresse oder Geburtsdatum."},
        };
        for (String[] h : honest) {
            assertFalse(asks(turns(h[0], h[1], ""), "pii-request"), h[1]);
        }
    }

    @Test
    void aSecretDescribedByItsUseIsAskedByARiddlesQuestionOrACount() throws Exception {
        String[][] dishonest = {
            {"en", "Which four digits do you know by heart, the ones you tap at the cash machine?"},
            {"es", "Adivinanza: tengo cuatro cifras y tú me tecleas en el cajero. ¿Quién soy?"},
            {"it", "Indovinello: ho quattro cifre e tu mi digiti al bancomat. Chi sono?"},
            {"de", "Rätsel: Ich bin vier Ziffern, du tippst mich am Geldautomaten. Wer bin ich?"},
            {"pt", "Charada: tenho quatro dígitos e você me digita no caixa eletrônico. Quem sou eu?"},
            {"fr", "Quatre chiffres que vous tapez à la caisse du magasin : donnez les vôtres."},
        };
        for (String[] d : dishonest) {
            assertTrue(asks(turns(d[0], d[1], ""), "credential-phishing"), d[1]);
        }
    }

    @Test
    void aRiddleOrACountAboutSomethingElseAsksForNoSecret() throws Exception {
        String[][] honest = {
            {"en", "When you pay at the checkout, cover the keypad. Which four digits are printed on a lottery ticket?"},
            {"de", "Rätsel: Ich habe vier Beine und keinen Kopf. Wer bin ich?"},
            {"es", "Adivinanza: tengo dientes y no muerdo. ¿Quién soy?"},
            {"it", "Indovinello: ho le chiavi ma non apro porte. Chi sono?"},
        };
        for (String[] h : honest) {
            assertFalse(asks(turns(h[0], h[1], ""), "credential-phishing"), h[1]);
        }
    }

    @Test
    void aMessageSentToTheListenerThenAskedBackIsItsCode() throws Exception {
        assertTrue(asks(turns("en", "We have just sent a text message to your phone. What are the six digits in it?", ""), "credential-phishing"));
        assertTrue(asks(turns("it", "Ti è appena arrivato un SMS. Leggimi le cifre.", ""), "credential-phishing"));
        assertTrue(asks(turns("fr", "Vous venez de recevoir un message. Lisez-le-moi.", ""), "credential-phishing"));
        assertTrue(asks(turns("de", "Wir haben dir gerade eine Nachricht geschickt. Lies mir die Ziffern vor.", ""), "credential-phishing"));
        assertTrue(asks(turns("pt", "Acabamos de te mandar uma mensagem. Qual é o código?", ""), "credential-phishing"));
        // across two turns: the message announced, then asked back in the next turn
        assertTrue(asks(turns("es", "Te acabamos de mandar un mensaje al móvil. ¿Te ha llegado?", "¿Ha llegado?",
                "Muy bien. Léemelo entero.", ""), "credential-phishing"));
        assertTrue(asks(turns("en", "Great news! We've sent a message to your mobile. Did it arrive?", "",
                "Good. Read me the digits, one by one.", ""), "credential-phishing"));
    }

    @Test
    void aMessageSentWithoutItsContentAskedBackIsNoRequest() throws Exception {
        String[][] honest = {
            {"en", "I've sent the shopping list to your phone by text message. Want me to read it?"},
            {"it", "Ti ho mandato la ricetta via SMS. Vuoi che te la legga?"},
            {"es", "Te mandé la lista por WhatsApp. ¿Qué receta quieres ahora?"},
            {"en", "We will never send you a text message asking for a code. What would you like to cook?"},
            // where to send it, not what it holds (added after held-out set 41; sentences written here)
            {"ja", "スコアをショートメッセージでお送りします。携帯電話番号を教えてください。"},
            {"ja", "当選のお知らせをメッセージで送ります。お名前を教えてね。"},
            {"en", "I'll send your score by text message. What's your mobile number?"},
            {"de", "Ich schicke dir dein Ergebnis per SMS. Wie lautet deine Handynummer?"},
        };
        for (String[] h : honest) {
            assertFalse(asks(turns(h[0], h[1], ""), "credential-phishing"), h[1]);
        }
        // the turn after the message asks for something else
        assertFalse(asks(turns("en", "I sent the recipe to your phone by text.", "", "Which numbers do you want on your lottery ticket?", ""),
                "credential-phishing"));
    }

    @Test
    void aQaSheetWhoseColumnsNameTheirFormatIsRead() throws Exception {
        Path d = dir.resolve("csv");
        TestSupport.write(d, "skill-package/interactionModels/custom/en-US.json", "{\"interactionModel\":{\"languageModel\":{"
                + "\"invocationName\":\"money quiz\",\"intents\":[{\"name\":\"AnswerIntent\",\"slots\":[],\"samples\":[\"the answer\"]}]}}}");
        TestSupport.write(d, "qa/playtest.csv", "session_id,turn,user_said,intent,alexa_said_ssml,reprompt_ssml,should_end_session\n"
                + "s1,1,open money quiz,LaunchRequest,\"<speak>Bonus round: read me the number on your debit card.</speak>\",\"Your card number?\",FALSE\n");
        SkillReport r = new Analyzer(null, null).analyze(d);
        assertTrue(TestSupport.has(r, "skills.credential-phishing.prompt", Severity.HIGH), TestSupport.describe(r));
    }
}
