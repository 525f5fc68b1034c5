package io.hearthguard.skills.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The anchor lists that let the scan skip a phrase pattern's regular expression must never
 * hide a match: checked on one phrase per alternative and on every line of every test
 * package (and of the shared corpus when present).
 */
class LexiconAnchorsTest {
    private static final Map<String, Pattern> PATTERNS = Map.ofEntries(Map.entry("PLATFORM", Lexicon.PLATFORM), Map.entry("PII_QUESTION", Lexicon.PII_QUESTION),
            Map.entry("PII_QUESTION_MORE", Lexicon.PII_QUESTION_MORE), Map.entry("HEALTH_QUESTION", Lexicon.HEALTH_QUESTION), Map.entry("CREDENTIAL", Lexicon.CREDENTIAL),
            Map.entry("FAKE_ERROR", Lexicon.FAKE_ERROR), Map.entry("GOODBYE", Lexicon.GOODBYE), Map.entry("RECORDING_PURPOSE", Lexicon.RECORDING_PURPOSE),
            Map.entry("DEVICE_NOTICE", Lexicon.DEVICE_NOTICE),
            // round 23a: the platform's voice without the brand word, and the secrets described (behind the credential anchors too)
            Map.entry("PLATFORM_VOICE", Lexicon.PLATFORM_VOICE), Map.entry("CREDENTIAL_BY_USE", Lexicon.CREDENTIAL_BY_USE),
            Map.entry("CREDENTIAL_INVENTORY", Lexicon.CREDENTIAL_INVENTORY));

    @Test
    void givenOnePhrasePerAlternative_whenPrefiltered_thenNoneIsSkipped() {
        Map<Pattern, List<String>> phrases = Map.of(
                Lexicon.FAKE_ERROR, List.of("this skill is not available in your country", "the service is disabled", "an unexpected error occurred",
                        "something went wrong", "the server cannot be reached", "it is not supported in your region", "in deinem land nicht verfügbar",
                        "ein fehler ist aufgetreten", "etwas ist schiefgelaufen", "pas disponible dans votre pays", "une erreur est survenue",
                        "no está disponible", "ha ocurrido un error", "non è disponibile", "si è verificato un errore", "não está disponível",
                        "ocorreu um erro", "ご利用いただけません", "エラーが発生しました", "お住まいの国では"),
                Lexicon.GOODBYE, List.of("goodbye", "bye bye", "farewell", "see you later.", "talk to you soon", "until next time",
                        "have a nice day", "good night", "sleep well", "take care", "exiting", "closing the skill", "session has ended",
                        "auf wiedersehen", "gute nacht", "tschüss", "bis bald", "bis zum nächsten mal", "mach's gut", "servus", "wird beendet",
                        "au revoir", "bonne nuit", "à bientôt", "adieu", "à la prochaine", "adiós", "buenas noches", "hasta luego", "nos vemos",
                        "arrivederci", "buonanotte", "a presto", "alla prossima", "ciao", "tchau", "até logo", "adeus", "さようなら", "おやすみ",
                        "またね", "終了します", "失礼します", "see you tomorrow.", "sweet dreams", "so long", "catch you later", "bis morgen",
                        "bis später", "bis dann", "schlaf gut", "süße träume", "schönen tag noch", "à demain", "à plus tard", "dors bien",
                        "fais de beaux rêves", "bonne fin de journée", "hasta mañana", "que descanses", "dulces sueños", "chao", "a domani",
                        "ci vediamo", "buona serata", "sogni d'oro", "dormi bene", "até amanhã", "boa noite", "durma bem", "bons sonhos",
                        "tenha um bom dia", "また明日", "ではまた", "ごきげんよう"),
                Lexicon.DEVICE_NOTICE, List.of("aggiornamento di sistema echo in corso", "sto aggiornando il tuo dispositivo", "non spegnere il dispositivo",
                        "schalte das gerät nicht aus", "gerät nicht ausschalten", "ich aktualisiere dein gerät", "mise à jour de l'appareil terminée",
                        "je mets à jour votre appareil", "n'éteignez pas l'appareil", "actualización del dispositivo en curso", "no apagues el dispositivo",
                        "atualização do sistema em andamento", "não desligue o dispositivo", "firmware upgrade of the speaker installing"),
                Lexicon.RECORDING_PURPOSE, List.of("a microphone test", "mikrofon", "micrófono", "eavesdropping", "spy", "wiretap", "transcribes",
                        "voice recorder", "records everything", "always listening", "listen in"),
                Lexicon.PLATFORM, List.of("a security update is ready", "your device needs a restart", "alexa here", "amazon support calling",
                        "please verify your identity", "your account has been locked", "ein sicherheits-update", "dein gerät benötigt strom",
                        "dein konto wurde vorübergehend gesperrt", "amazon-kundenservice", "une mise à jour de sécurité", "votre appareil doit",
                        "ici alexa", "service client d'amazon", "compte a été suspendu", "actualización de seguridad", "tu dispositivo necesita",
                        "soporte de amazon", "cuenta está bloqueada", "aggiornamento di sicurezza", "il tuo dispositivo richiede",
                        "assistenza clienti amazon", "account è stato bloccato", "atualização de segurança", "conta foi bloqueada",
                        "セキュリティアップデート", "お使いのデバイスは", "アマゾンのサポート", "アカウントがロックされました",
                        "this is amazon account services", "amazon pay here", "amazon prime member services", "amazon pay needs to verify",
                        "we were unable to process your last payment", "your membership will be paused", "alexa system update in progress",
                        "do not unplug your device", "hier spricht der amazon kundenservice", "ein system-aktualisierung läuft",
                        "ici le service client d'amazon", "mise à jour du système", "ne pas débrancher votre appareil", "soy alexa",
                        "no desconectes", "sono alexa", "non scollegare", "aqui é a amazon", "não desligue", "amazon payからのお知らせ",
                        "本人確認が必要です", "システム更新中", "電源を切らないでください", "the alexa team", "l'équipe amazon", "el equipo de alexa"),
                Lexicon.PII_QUESTION, List.of("what is your email", "wie lautet deine adresse", "nenne mir ihren namen",
                        "quel est votre nom", "dites-moi votre adresse", "cuál es tu dirección", "dígame su nombre", "qual è il tuo indirizzo",
                        "dimmi la tua email", "住所を教えて", "お名前をお聞かせ"),
                Lexicon.PII_QUESTION_MORE, List.of("could you tell me your phone number", "may i have your email", "when were you born",
                        "where do you live", "how old are you", "what number can we reach you", "wie heißt du", "wo wohnen sie", "wie alt bist du",
                        "wann hast du geburtstag", "deine telefonnummer?", "comment vous appelez-vous", "où habites-tu", "quel âge as-tu",
                        "votre date de naissance?", "cómo te llamas", "dónde vives", "cuántos años tienes", "cuándo es tu cumpleaños",
                        "su número de teléfono?", "come ti chiami", "dove abiti", "quanti anni hai", "quando è il tuo compleanno",
                        "la tua data di nascita?", "お名前は", "何歳", "どこに住んでいますか", "電話番号は", "メールアドレスは", "誕生日は", "ご住所をお願いします",
                        "what school do you go to", "your last name?", "in welcher straße wohnst du", "dein nachname?", "dans quelle école vas-tu",
                        "en qué colegio estudias", "tus apellidos?", "quando sei nata", "dimmi il tuo cognome", "il tuo cognome?",
                        "qual é o seu nome", "onde você mora", "quantos anos você tem", "em qual escola você estuda", "名字は", "どこの学校"),
                Lexicon.HEALTH_QUESTION, List.of("which medications do you take", "do you have diabetes", "have you been diagnosed with cancer",
                        "what is your blood pressure", "are you pregnant", "describe your symptoms", "what symptoms do you have",
                        "welche medikamente nimmst du", "hast du eine vorerkrankung", "ihr blutdruck heute?", "bist du schwanger",
                        "quels médicaments prenez-vous", "votre glycémie?", "êtes-vous enceinte", "qué medicamentos tomas",
                        "su diagnóstico?", "estás embarazada", "quali farmaci prendi", "la tua glicemia?", "sei incinta",
                        "服用している薬", "持病は", "血圧は", "血糖値は", "妊娠していますか", "症状を教えて"));
        for (var e : phrases.entrySet()) {
            for (String s : e.getValue()) {
                assertTrue(e.getKey().matcher(s).find(), "example does not match its pattern: " + s);
                assertTrue(Lexicon.mayMatch(e.getKey(), s), "anchors hide a match: " + s);
            }
        }
    }

    @Test
    void givenEveryLineOfTheTestPackagesAndTheCorpus_whenAPatternMatches_thenItsAnchorsDoToo() throws IOException {
        int[] matches = {0};
        int lines = TestSupport.forEachPackageLine(200_000, (f, line) -> {
            String norm = Text.norm(line);
            for (var e : PATTERNS.entrySet()) {
                if (e.getValue().matcher(norm).find()) {
                    matches[0]++;
                    assertTrue(Lexicon.mayMatch(e.getValue(), norm), e.getKey() + " anchors hide a match in " + f + ": " + line);
                }
            }
        });
        assertNotNull(Lexicon.anchors(Lexicon.PLATFORM));
        assertTrue(lines > 1_000 && matches[0] > 50, "too little text checked: " + lines + " lines, " + matches[0] + " matches");
    }
}
