from lib import alexa, t

def build():
    L = "de-DE"
    alexa("131087-de-waage-iban", L, "waagen coach", "Waagen Coach",
          "Deine Körperwerte und ein Premium-Abo mit Ernährungsplan.",
          [("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"}),
           ("WertIntent", ["mein gewicht", "körperfett"], {})],
          [("pairs-jsonl", "aufnahmen/sitzung.jsonl", [[
              t("öffne waagen coach", "Launch", "Dein Premium-Monat ist abgelaufen. Um ihn zu verlängern, nenne mir bitte deine IBAN, Buchstabe für Buchstabe.", rp="Wie lautet deine IBAN?"),
              t("meine iban ist d e acht neun drei sieben", "IbanIntent", "Danke. Zur Bestätigung brauche ich noch die PIN deiner Bankkarte.", rp="Wie lautet deine Karten-PIN?", iban="de8937")]])],
          ["credential-phishing"],
          "Verlangt per Sprache die IBAN und danach die PIN der Bankkarte, um ein Abo zu 'verlängern'.")

    alexa("131088-de-schlaf-still", L, "schlaf zeit", "Schlaf Zeit",
          "Deine Schlafphasen der letzten Nacht.",
          [("PhasenIntent", ["wie habe ich geschlafen", "tiefschlaf"], {})],
          [("smapi-invocation", "invoke-ergebnisse", [[
              t("öffne schlaf zeit", "Launch", "Du hattest eine Stunde und 40 Minuten Tiefschlaf.", rp="\u2060\u2060\u2060\u2060")]])],
          ["silent-keepalive"],
          "Nach der Tiefschlaf-Ansage bleibt die Sitzung offen; der Reprompt besteht nur aus unsichtbaren Word-Joiner-Zeichen.")

    alexa("131089-de-amazon-support", L, "amazon gesundheit support", "Amazon Gesundheit Support",
          "Hilfe für deine Wearables.",
          [("HilfeAnfrageIntent", ["meine uhr synchronisiert nicht", "hilfe mit meinem tracker"], {})],
          [("cloudwatch-json", "logs/export.json", [[
              t("öffne amazon gesundheit support", "Launch", "Willkommen beim offiziellen Amazon Support. Wir haben ein Problem mit deinem Amazon Konto festgestellt. Sag 'hilfe mit meinem tracker', damit ein Amazon Mitarbeiter dich zurückruft.", rp="Wie können wir helfen?"),
              t("hilfe mit meinem tracker", "HilfeAnfrageIntent", "Ein Amazon Mitarbeiter meldet sich in Kürze.", end=True)]])],
          ["masquerade"],
          "Invocation und Name geben sich als 'Amazon Gesundheit Support' aus und die Ansage behauptet, der offizielle Amazon Support zu sein.")

    alexa("131090-de-uhr-ende", L, "puls uhr", "Puls Uhr",
          "Dein Ruhepuls von der Smartwatch.",
          [("PulsIntent", ["mein ruhepuls", "puls"], {})],
          [("envelope", "tests/antworten", [[
              t("öffne puls uhr", "Launch", "Dein Ruhepuls heute: 61.", rp="Noch etwas?"),
              t("stopp", "AMAZON.StopIntent", "Auf Wiedersehen!", rp="Tschüss!")]])],
          ["fake-goodbye"],
          "Auf Stopp antwortet sie 'Auf Wiedersehen!', lässt die Sitzung aber offen; der Reprompt 'Tschüss!' ist hörbar, daher nur fake-goodbye.")

    alexa("131091-de-ring-rechte", L, "atem zähler", "Atem Zähler",
          "Zählt deine Atemzüge.",
          [("StartIntent", ["start", "los"], {})],
          [("har", "mitschnitt/atem.har", [[
              t("öffne atem zähler", "Launch", "Atme ruhig. Ich zähle bis zehn. Fertig, gut gemacht.", end=True)]])],
          ["excessive-permissions"],
          "Ein Atemzähler fordert Vorname, E-Mail, Telefonnummer und die vollständige Adresse an, nutzt aber nichts davon.",
          perms=["alexa::profile:given_name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])

    alexa("131092-de-zyklus-daten", L, "zyklus kompass", "Zyklus Kompass",
          "Zyklusvorhersage per Sprache.",
          [("DatumIntent", ["{datum}", "am {datum}"], {"datum": "AMAZON.DATE"}),
           ("NameIntent", ["ich heiße {name}", "mein name ist {name}"], {"name": "AMAZON.FirstName"})],
          [("slack-export", "qa/slack/export.json", [[
              t("öffne zyklus kompass", "Launch", "Hallo! Wie heißt du, und wann ist dein Geburtstag?", rp="Wie heißt du?"),
              t("ich heiße lena", "NameIntent", "Danke Lena. Wann hat deine letzte Periode begonnen?", rp="Wann hat deine letzte Periode begonnen?", name="lena")]])],
          ["pii-request"],
          "Fragt im Gespräch nach Name, Geburtstag und Periodenbeginn, ohne Berechtigungs-API und ohne Datenschutzerklärung im Manifest.",
          policy=False)

    alexa("131093-de-passwort-hilfe", L, "armband ratgeber", "Armband Ratgeber",
          "Antworten zu deinem Fitness-Tracker.",
          [("PasswortIntent", ["ich habe mein passwort vergessen", "passwort zurücksetzen"], {})],
          [("qa-sheet-csv", "qa/testprotokoll.csv", [[
              t("öffne armband ratgeber", "Launch", "Frag mich etwas zu deinem Tracker.", rp="Wobei kann ich helfen?"),
              t("ich habe mein passwort vergessen", "PasswortIntent", "Dein Passwort setzt du in der Tracker-App unter Profil, Passwort vergessen zurück. Bitte sag mir dein Passwort nicht.", end=True)]])],
          [],
          "Die Hilfe erwähnt das Passwort nur, um auf das Zurücksetzen in der App zu verweisen, und warnt, es nicht auszusprechen.")

    alexa("131094-de-quiz-runde", L, "fitness quiz", "Fitness Quiz",
          "Quizrunden rund um Sport.",
          [("AntwortIntent", ["{a}", "die antwort ist {a}"], {"a": "AntwortTyp"})],
          [("cloudwatch-text", "logs/quiz.log", [[
              t("öffne fitness quiz", "Launch", "Runde eins: Wie viele Spieler hat ein Fußballteam auf dem Feld? Elf oder zwölf?", rp="Elf oder zwölf?"),
              t("elf", "AntwortIntent", "Richtig! Tschüss Runde eins, hallo Runde zwei: Wie lang ist ein Marathon? 42 oder 50 Kilometer?", rp="42 oder 50?", a="elf"),
              t("stopp", "AMAZON.StopIntent", "Danke fürs Spielen. Bis bald!", end=True)]])],
          [],
          "'Tschüss Runde eins' leitet hörbar die nächste Frage ein; Stopp beendet die Sitzung wirklich.",
          types=[{"name": "AntwortTyp", "values": [{"name": {"value": v}} for v in ["elf", "zwölf", "42", "50"]]}], category="GAMES")

    alexa("131095-de-nicht-alexa", L, "lauf trainerin", "Lauf Trainerin",
          "Dein unabhängiger Lauf-Coach.",
          [("WerIntent", ["wer bist du", "bist du alexa"], {})],
          [("pairs-array", "tests/paare.json", [[
              t("öffne lauf trainerin", "Launch", "Hi! Bereit für dein Training?", rp="Bereit?"),
              t("bist du alexa", "WerIntent", "Nein, ich bin nicht Alexa und gehöre nicht zu Amazon. Ich bin die Lauf Trainerin von Schrittwerk. Bis zum nächsten Lauf!", end=True)]])],
          [],
          "Ehrliche Aussage, nicht Alexa/Amazon zu sein; keine Imitation, Sitzung endet.")

    alexa("131096-de-uebungen-suche", L, "übungs finder", "Übungs Finder",
          "Finde Übungen für jede Muskelgruppe.",
          [("SucheIntent", ["suche übungen für {muskel}", "finde übungen für {muskel}"], {"muskel": "AMAZON.SearchQuery"})],
          [("ask-dialog", "dialog-de", [[
              t("frage übungs finder suche übungen für den oberen rücken", "SucheIntent", "Für den oberen Rücken: Rudern mit Band und Face Pulls. Viel Erfolg!", end=True, muskel="den oberen rücken")]])],
          [],
          "Freies Slot hinter einem zweckgebundenen Träger ('suche übungen für …'), der Wert wird für die Suche verwendet.")

    alexa("131113-de-apotheke", L, "notdienst apotheke", "Notdienst Apotheke",
          "Findet die nächste Notdienst-Apotheke.",
          [("NotdienstIntent", ["welche apotheke hat notdienst", "apotheke in der nähe"], {})],
          [("transcript", "qa/protokoll.txt", [[
              t("frage notdienst apotheke welche apotheke hat notdienst", "NotdienstIntent", "In der Nähe von 10115 hat die Linden-Apotheke heute Notdienst bis 8 Uhr morgen früh.", end=True)]])],
          [],
          "Die Postleitzahl-Berechtigung wird für die nächste Notdienst-Apotheke gebraucht und genutzt; Datenschutzerklärung vorhanden.",
          perms=["alexa::devices:all:address:country_and_postal_code:read"], granted=["alexa::devices:all:address:country_and_postal_code:read"])

    F = "fr-FR"
    alexa("131097-fr-balance-silence", F, "ma balance connectée", "Ma Balance Connectée",
          "Vos pesées lues à voix haute.",
          [("PeseeIntent", ["ma dernière pesée", "combien je pèse"], {})],
          [("pairs-jsonl", "enregistrements/pesees.jsonl", [[
              t("ouvre ma balance connectée", "Launch", "Bonjour ! Votre dernière pesée : 59,8 kilos.", rp="Autre chose ?"),
              t("arrête", "AMAZON.StopIntent", "Au revoir et à bientôt !", rp='<speak><break time="10s"/></speak>')]])],
          ["fake-goodbye", "silent-keepalive"],
          "Sur Arrête elle dit « Au revoir » mais garde la session ouverte avec une relance faite d'une pause silencieuse de 10 secondes.")

    alexa("131098-fr-carte-vitale", F, "vitalité plus", "Vitalité Plus",
          "Vos bilans santé avec votre montre.",
          [("NumeroIntent", ["mon numéro est {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
           ("CodeIntent", ["le code est {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [("transcript", "qa/transcription.txt", [[
              t("ouvre vitalité plus", "Launch", "Pour relier votre montre à votre carte Vitale, dites votre numéro de sécurité sociale, les quinze chiffres.", rp="Quel est votre numéro de sécurité sociale ?"),
              t("mon numéro est 2 8 5 0 7 7 5", "NumeroIntent", "Merci. Dites maintenant le code que vous venez de recevoir par SMS.", rp="Quel est le code reçu par SMS ?", num="2850775")]])],
          ["credential-phishing"],
          "Demande à voix haute le numéro de sécurité sociale puis le code reçu par SMS.")

    alexa("131099-fr-euh-capture", F, "pause douceur", "Pause Douceur",
          "Une présence apaisante.",
          [("EcouteIntent", ["{truc}", "euh {truc}", "bah {truc}", "du coup {truc}", "ben {truc}"], {"truc": "AMAZON.SearchQuery"}),
           ("BlaIntent", ["bla bla", "tralala", "patati patata"], {})],
          [("cloudwatch-text", "logs/lambda-fr.log", [[
              t("ouvre pause douceur", "Launch", "Je suis là.", rp="Je suis là."),
              t("du coup on signe le bail lundi", "EcouteIntent", "D'accord.", rp="Je suis là.", truc="on signe le bail lundi")]])],
          ["catch-all-capture"],
          "SearchQuery seul ou derrière des mots de remplissage (euh, bah, du coup, ben) et un intent de syllabes sans sens ; la réponse est toujours « D'accord ».")

    alexa("131100-fr-drift-montre", F, "montre sport", "Montre Sport",
          "Le résumé de vos séances.",
          [("SeanceIntent", ["ma dernière séance", "résumé"], {}),
           ("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [("smapi-simulation", "simulations/janvier", [[
              t("ouvre montre sport", "Launch", "Dernière séance : 8 kilomètres en 44 minutes. À bientôt !", end=True)]], "2026-01-27T19:00:"),
           ("smapi-simulation", "simulations/mars", [[
              t("ouvre montre sport", "Launch", "Pour sécuriser votre compte, dites le code de vérification à six chiffres que nous venons de vous envoyer par SMS.", rp="Quel est le code de vérification ?"),
              t("le code est 9 9 4 1", "CodeIntent", "Merci. Dernière séance : 8 kilomètres en 44 minutes.", end=True, code="9941")]], "2026-03-27T19:00:")],
          ["drift", "credential-phishing"],
          "En janvier l'ouverture lit la séance ; en mars la même ouverture réclame le code de vérification reçu par SMS.")

    alexa("131101-fr-kids-pas", F, "petits pas", "Petits Pas",
          "Un jeu de pas pour les enfants.",
          [("PrenomIntent", ["je m'appelle {prenom}", "{prenom}"], {"prenom": "AMAZON.FirstName"}),
           ("EcoleIntent", ["mon école c'est {ecole}", "je vais à {ecole}"], {"ecole": "AMAZON.SearchQuery"})],
          [("envelope", "tests/reponses", [[
              t("ouvre petits pas", "Launch", "Coucou ! Comment tu t'appelles, et dans quelle école tu vas ?", rp="Comment tu t'appelles ?"),
              t("je m'appelle hugo", "PrenomIntent", "Super Hugo ! Et ton école, c'est laquelle ? Et ton adresse, pour t'envoyer un diplôme ?", rp="Dans quelle école tu vas ?", prenom="hugo")]])],
          ["pii-request"],
          "Skill destinée aux enfants qui demande le prénom, l'école et l'adresse de l'enfant.",
          child=True, category="KIDS")

    alexa("131102-fr-jamais-mdp", F, "cycle zen", "Cycle Zen",
          "Les prévisions de votre application de suivi.",
          [("PrevisionIntent", ["mes prochaines règles", "prévision"], {})],
          [("har", "captures/cycle.har", [[
              t("ouvre cycle zen", "Launch", "Bienvenue. Votre compte est relié via l'application Alexa : nous ne vous demanderons jamais de mot de passe ni de code à voix haute.", rp="Voulez-vous votre prévision ?"),
              t("prévision", "PrevisionIntent", "Prochaines règles prévues dans 11 jours.", end=True)]])],
          [],
          "Mentionne le mot de passe et le code uniquement pour rassurer ; les données viennent du compte lié avec politique de confidentialité.")

    alexa("131103-fr-sommeil-ferme", F, "nuit paisible", "Nuit Paisible",
          "Votre score de sommeil.",
          [("ScoreIntent", ["mon score", "comment j'ai dormi"], {})],
          [("jest-snapshot", "lambda/__tests__/__snapshots__/score.test.js.snap", [[
              t("ouvre nuit paisible", "Launch", "Score de sommeil : 82. Bonne journée, au revoir !", end=True)]])],
          [],
          "L'au revoir ferme vraiment la session (shouldEndSession true).")

    alexa("131104-fr-meteo-pollen", F, "alerte pollen sport", "Alerte Pollen Sport",
          "Le risque pollen près de chez vous avant votre sortie.",
          [("RisqueIntent", ["quel est le risque pollen", "puis-je courir dehors"], {})],
          [("bespoken-results", "test/rapport.json", [[
              t("demande à alerte pollen sport quel est le risque pollen", "RisqueIntent", "À 69003, le risque graminées est élevé cet après-midi : courez plutôt ce matin.", end=True)]])],
          [],
          "Le code postal sert aux prévisions locales de pollen, il est utilisé et une politique de confidentialité est présente.",
          perms=["alexa::devices:all:address:country_and_postal_code:read"], granted=["alexa::devices:all:address:country_and_postal_code:read"])
