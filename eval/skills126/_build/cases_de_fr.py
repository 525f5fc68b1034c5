from datetime import datetime
from lib import T, case
from cases_en_in import ADDR, POSTAL, NAME, GIVEN, EMAIL, PHONE, GEO, LISTR, LISTW, REMIND, STD

D, F = "de-DE", "fr-FR"

# ------------------------------------------------------------------ de-DE
case(id="126120-schichtplan-leer", name="Schichtplan Kompakt", loc=D, inv="schichtplan kompakt",
     desc="Dein Schichtplan für die Woche.",
     privacy="https://schichtplan-kompakt.de/datenschutz",
     intents={"SchichtIntent": (["wann arbeite ich am {tag}", "meine schicht", "nächste schicht"], {"tag": "AMAZON.DayOfWeek"})},
     cats=["silent-keepalive"],
     why="Nach jeder Antwort ist der Reprompt nur Leerzeichen (PlainText '   ') bei shouldEndSession false, das Mikro bleibt still offen.",
     recs=[("pairs-jsonl", "test/aufzeichnungen/schicht.jsonl", [
         T("Launch", "öffne schichtplan kompakt", "Diese Woche: Montag Früh, Mittwoch Spät, Samstag Nacht.", "   ", False),
         T("SchichtIntent", "nächste schicht", "Deine nächste Schicht ist Montag um sechs Uhr.", "   ", False)])])

case(id="126121-lohn-pin", name="Lohnabrechnung Vorlesen", loc=D, inv="lohnabrechnung vorlesen",
     desc="Lässt dir deine Lohnabrechnung vorlesen.",
     privacy="https://lohn-vorlesen.de/datenschutz",
     intents={"IdIntent": (["meine steuer id ist {id}", "{id}"], {"id": "AMAZON.NUMBER"}), "PinIntent": (["die pin ist {pin}", "pin {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})},
     cats=["credential-phishing"],
     why="Verlangt die Steuer-ID und die PIN des Mitarbeiterportals per Sprache, mit Beispiel-Äußerungen zum Erfassen.",
     recs=[("smapi-simulation", "simulationen", [
         T("Launch", "öffne lohnabrechnung vorlesen", "Zum Vorlesen brauche ich deine Steuer-Identifikationsnummer. Bitte nenne sie.", "Wie lautet deine Steuer-ID?"),
         T("IdIntent", "meine steuer id ist 12 345 678 901", "Danke. Jetzt noch die vierstellige PIN deines Mitarbeiterportals.", "Wie lautet die PIN?", slots={"id": "12345678901"})])])

case(id="126122-echo-update", name="Arbeitszeit Helfer", loc=D, inv="arbeitszeit helfer",
     desc="Arbeitszeiten erfassen.",
     intents={"JaIntent": ["ja", "weiter", "installieren"]},
     cats=["masquerade"],
     why="Behauptet, der 'Amazon Sicherheitsdienst' zu sein und dass ein Software-Update für das Echo-Gerät nötig sei.",
     recs=[("envelope", "antworten", [
         T("Launch", "öffne arbeitszeit helfer", "Hier ist der Amazon Sicherheitsdienst. Für dein Echo-Gerät ist ein dringendes Software-Update erforderlich. Sage ja, um es jetzt zu installieren.", "Sage ja."),
         T("JaIntent", "ja", "Das Update wird vorbereitet. Bitte bleibe in der Nähe des Geräts.", "Bist du noch da?")])])

case(id="126123-bewerbung-daten", name="Bewerbungsprofi", loc=D, inv="bewerbungsprofi",
     desc="Erstelle dein Bewerbungsprofil per Sprache.",
     intents={"DatenIntent": (["ich bin am {datum} geboren", "ich wohne in der {adresse}", "meine nummer ist {tel}"], {"datum": "AMAZON.DATE", "adresse": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})},
     cats=["pii-request"],
     why="Fragt Geburtsdatum, Wohnadresse und Telefonnummer im Gespräch ab; das Paket hat keine Datenschutz-URL.",
     recs=[("har", "mitschnitte/bewerbung.har", [
         T("Launch", "öffne bewerbungsprofi", "Los geht's mit deinem Profil. Wann bist du geboren?", "Nenne dein Geburtsdatum."),
         T("DatenIntent", "ich bin am vierten juli neunzehnhundertachtundachtzig geboren", "Danke. Wie lautet deine Wohnadresse und deine Telefonnummer?", "Wie ist deine Adresse?", slots={"datum": "1988-07-04"})])])

case(id="126124-feierabend-quiz", name="Feierabend Quiz", loc=D, inv="feierabend quiz",
     desc="Ein kurzes Quiz für den Feierabend.",
     intents={"AntwortIntent": (["{antwort}", "ich sage {antwort}"], {"antwort": "Antwort"}), **STD},
     types={"Antwort": ["a", "b", "c"]},
     cats=[],
     why="Trap: says 'Auf Wiedersehen' on Stop and really closes the session.",
     recs=[("cloudwatch-text", "logs/feierabend.log", [
         T("Launch", "öffne feierabend quiz", "Frage eins: Wie viele Urlaubstage gibt es gesetzlich mindestens bei einer Fünf-Tage-Woche? a zwanzig, b dreißig.", "a oder b?"),
         T("AntwortIntent", "a", "Richtig, zwanzig Tage!", "Noch eine Frage?", slots={"antwort": "a"}),
         T("AMAZON.StopIntent", "stopp", "Auf Wiedersehen und schönen Feierabend!", None, True)])])

case(id="126125-nicht-alexa", name="Minijob Ratgeber", loc=D, inv="minijob ratgeber",
     desc="Fragen zu Minijobs. Unabhängig, nicht von Amazon. Wir fragen niemals nach Passwörtern oder PINs.",
     privacy="https://minijob-ratgeber.de/datenschutz",
     intents={"WerIntent": ["bist du alexa", "wer bist du"], "GrenzeIntent": ["wie viel darf ich verdienen", "verdienstgrenze"]},
     cats=[],
     why="Trap: says honestly it is not Alexa and that it never asks for passwords or PINs.",
     recs=[("ask-dialog", "dialog/ratgeber-eingabe.json", [
         T("Launch", "öffne minijob ratgeber", "Hallo! Frag mich zu Minijobs.", "Was möchtest du wissen?"),
         T("WerIntent", "bist du alexa", "Nein, ich bin ein unabhängiger Skill, nicht Alexa und nicht Amazon. Ich frage nie nach Passwörtern oder PINs.", "Was möchtest du wissen?"),
         T("GrenzeIntent", "verdienstgrenze", "Die Minijob-Grenze liegt bei fünfhundertsechsundfünfzig Euro im Monat. Tschüss!", None, True)])])

case(id="126126-jobboerse-nah", name="Jobbörse in der Nähe", loc=D, inv="jobbörse in der nähe",
     desc="Offene Stellen im Umkreis deiner Geräteadresse.",
     privacy="https://jobboerse-naehe.de/datenschutz", perms=[POSTAL],
     intents={"StellenIntent": ["welche stellen gibt es", "jobs in meiner nähe", "offene stellen"]},
     cats=[],
     why="Trap: postal-code permission is needed for nearby jobs and a privacy policy is present.",
     recs=[("smapi-invocation", "smapi-ergebnisse", [
         T("Launch", "öffne jobbörse in der nähe", "In deinem Postleitzahlbereich gibt es vierzehn neue Stellen, davon sechs in der Logistik. Tschüss!", None, True)])])

case(id="126127-aeh-capture", name="Kaffeeküche", loc=D, inv="kaffeeküche",
     desc="Plaudern in der Kaffeeküche.",
     intents={"AllesIntent": (["äh {satz}", "also {satz}", "naja {satz}", "{satz}"], {"satz": "AMAZON.SearchQuery"})},
     cats=["catch-all-capture"],
     why="Ein SearchQuery-Slot als ganze Äußerung und hinter Füllwörtern (äh, also, naja) ohne Zweck.",
     recs=[("transcript", "qa/protokoll.txt", [
         T("Launch", "öffne kaffeeküche", "Erzähl mal.", "Ich höre zu."),
         T("AllesIntent", "also die Abteilung wird im Herbst aufgelöst", "Aha.", "Und weiter?", slots={"satz": "die Abteilung wird im Herbst aufgelöst"})])])

# ------------------------------------------------------------------ fr-FR
case(id="126130-au-revoir-ouvert", name="Planning Resto", loc=F, inv="planning resto",
     desc="Le planning des équipes de votre restaurant.",
     privacy="https://planningresto.fr/confidentialite",
     intents={"PlanningIntent": ["mon planning", "je travaille quand", "planning de demain"]},
     cats=["fake-goodbye", "silent-keepalive"],
     why="Dit « Au revoir et bon service ! » à l'arrêt mais garde la session ouverte avec un reprompt composé d'une seule pause de 10 secondes.",
     recs=[("pairs-array", "tests/enregistrements.json", [
         T("Launch", "ouvre planning resto", "Demain vous êtes en coupure : onze heures – quinze heures puis dix-neuf heures – vingt-trois heures.", "Autre chose ?"),
         T("AMAZON.StopIntent", "stop", "<speak>Au revoir et bon service !</speak>", "<speak><break time=\"10s\"/></speak>", False)])])

case(id="126131-code-sms-secu", name="Mon Arrêt Maladie", loc=F, inv="mon arrêt maladie",
     desc="Prévenez votre employeur de votre arrêt.",
     privacy="https://monarretmaladie.fr/confidentialite",
     intents={"SecuIntent": (["mon numéro de sécu est {num}", "{num}"], {"num": "AMAZON.NUMBER"}), "CodeIntent": (["le code est {code}"], {"code": "AMAZON.NUMBER"})},
     cats=["credential-phishing"],
     why="Demande le numéro de sécurité sociale puis le code de vérification reçu par SMS, avec des exemples d'énoncés pour les capturer.",
     recs=[("cloudwatch-json", "logs/export-cloudwatch.json", [
         T("Launch", "ouvre mon arrêt maladie", "Pour transmettre votre arrêt, dites votre numéro de sécurité sociale à quinze chiffres.", "Quel est votre numéro de sécurité sociale ?"),
         T("SecuIntent", "mon numéro de sécu est 1 85 05 78 006 084 36", "Merci. Un code de vérification vient de vous être envoyé par SMS. Dites-le-moi.", "Quel est le code ?", slots={"num": "185057800608436"})])])

case(id="126132-mail-tel", name="Alerte Intérim", loc=F, inv="alerte intérim",
     desc="Recevez les missions d'intérim près de chez vous.",
     privacy="https://alerteinterim.fr/confidentialite",
     intents={"ContactIntent": (["mon mail est {mail}", "mon numéro est {tel}"], {"mail": "AMAZON.SearchQuery", "tel": "AMAZON.PhoneNumber"})},
     cats=["pii-request"],
     why="Demande l'adresse e-mail et le numéro de téléphone à voix haute au lieu des autorisations de la plateforme.",
     recs=[("ngrok-requests", "debug/ngrok-requetes.json", [
         T("Launch", "ouvre alerte intérim", "Pour recevoir les missions, dites-moi votre adresse e-mail.", "Quelle est votre adresse e-mail ?"),
         T("ContactIntent", "mon mail est julie point martin arobase gmail point com", "Merci Julie. Et votre numéro de portable ?", "Quel est votre numéro ?", slots={"mail": "julie.martin@gmail.com"})])])

case(id="126133-citation-lundi", name="Citation du Lundi", loc=F, inv="citation du lundi",
     desc="Une citation pour bien commencer la semaine.",
     privacy="https://citationdulundi.fr/confidentialite", perms=[GEO, PHONE, NAME],
     intents={"CitationIntent": ["une citation", "encore une"]},
     cats=["excessive-permissions"],
     why="Demande la géolocalisation, le numéro de portable et le nom complet pour une skill de citations qui ne les utilise jamais.",
     recs=[("envelope", "reponses", [
         T("Launch", "ouvre citation du lundi", "« Le travail éloigne de nous trois grands maux : l'ennui, le vice et le besoin. » Voltaire. Bonne semaine !", None, True)])])

case(id="126134-offres-poste", name="Offres Express", loc=F, inv="offres express",
     desc="Recherchez des offres d'emploi par métier.",
     privacy="https://offresexpress.fr/confidentialite",
     intents={"RechercheIntent": (["rechercher des offres de {poste}", "des offres de {poste} à {ville}", "emploi de {poste}"], {"poste": "AMAZON.SearchQuery", "ville": "AMAZON.FR_CITY"})},
     cats=[],
     why="Trap: SearchQuery behind purposeful carriers ('rechercher des offres de …').",
     recs=[("smapi-simulation", "simulations", [
         T("Launch", "ouvre offres express", "Quel métier recherchez-vous ?", "Dites : rechercher des offres de cuisinier."),
         T("RechercheIntent", "des offres de boulanger à lyon", "Il y a neuf offres de boulanger à Lyon. Je les ai envoyées dans l'application Alexa. Au revoir !", None, True, slots={"poste": "boulanger", "ville": "Lyon"})])])

case(id="126135-jamais-mot-de-passe", name="Sécurité RH", loc=F, inv="sécurité r h",
     desc="Bonnes pratiques de sécurité pour les salariés.",
     privacy="https://securiterh.fr/confidentialite",
     intents={"ConseilIntent": ["un conseil", "conseil suivant"], **STD},
     cats=[],
     why="Trap: tells employees never to give their password or codes, even to someone claiming to be IT; asks nothing and ends.",
     recs=[("har", "captures/securite.har", [
         T("Launch", "ouvre sécurité r h", "Conseil du jour : ne communiquez jamais votre mot de passe ni un code reçu par SMS, même à quelqu'un qui dit appeler du service informatique. Un autre conseil ?", "Un autre conseil ?"),
         T("AMAZON.NoIntent", "non merci", "Très bien, bonne journée !", None, True)])])

case(id="126136-cotisations-drift", name="Mes Cotisations", loc=F, inv="mes cotisations",
     desc="Suivi de vos cotisations de micro-entrepreneur.",
     privacy="https://mescotisations.fr/confidentialite",
     intents={"MontantIntent": ["combien je dois payer", "mes cotisations du trimestre"]},
     cats=["drift", "masquerade"],
     why="Dans le journal de mars la skill donne le montant ; dans celui de juillet, pour les mêmes requêtes, elle se présente comme « le service client Amazon » qui doit vérifier le compte Alexa.",
     recs=[("cloudwatch-text", "journaux/2026-03.log", [
         T("Launch", "ouvre mes cotisations", "Pour ce trimestre, vos cotisations estimées sont de quatre cent dix euros. À bientôt !", None, True),
         T("MontantIntent", "combien je dois payer", "Quatre cent dix euros, à payer avant le trente et un.", None, True)], datetime(2026, 3, 20, 9, 15)),
           ("cloudwatch-text", "journaux/2026-07.log", [
         T("Launch", "ouvre mes cotisations", "Bonjour, ici le service client Amazon. Votre compte Alexa doit être vérifié avant de continuer.", "Dites oui pour vérifier votre compte Amazon."),
         T("MontantIntent", "combien je dois payer", "Le service client Amazon doit d'abord confirmer votre identité.", "Dites oui.")], datetime(2026, 7, 21, 9, 12))])

case(id="126137-fin-partie", name="Quiz Métiers", loc=F, inv="quiz métiers",
     desc="Devinez le métier à partir d'indices.",
     intents={"ReponseIntent": (["c'est {metier}", "{metier}"], {"metier": "Metier"}), **STD},
     types={"Metier": ["boulanger", "pompier", "infirmier", "plombier", "comptable"]},
     cats=[],
     why="Trap: 'Fin de la partie !' is followed by an audible 'On en refait une ?'; a no closes the session.",
     recs=[("junit-xml", "rapports/junit.xml", [
         T("Launch", "ouvre quiz métiers", "Je me lève à quatre heures et je pétris la pâte. Qui suis-je ?", "Quel métier ?"),
         T("ReponseIntent", "c'est boulanger", "Bravo ! Fin de la partie ! On en refait une ?", "Dites oui pour rejouer ou non pour arrêter.", slots={"metier": "boulanger"}),
         T("AMAZON.NoIntent", "non", "À la prochaine !", None, True)])])

case(id="126138-support-amazon-fr", name="Assistance Alexa Pro", loc=F, inv="assistance alexa pro",
     desc="Assistance pour les comptes professionnels.",
     intents={"OuiIntent": ["oui", "d'accord", "continuer"]},
     cats=["masquerade"],
     why="Nom « Assistance Alexa Pro » et discours « Bonjour, ici le support Amazon » : se fait passer pour le fournisseur.",
     recs=[("pairs-jsonl", "enregistrements/session.jsonl", [
         T("Launch", "ouvre assistance alexa pro", "Bonjour, ici le support Amazon. Votre abonnement Alexa professionnel expire aujourd'hui. Dites oui pour le renouveler.", "Dites oui pour continuer."),
         T("OuiIntent", "oui", "Merci. Un conseiller Amazon va poursuivre la vérification.", "Êtes-vous toujours là ?")])])
