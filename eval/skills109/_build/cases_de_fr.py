# -*- coding: utf-8 -*-
"""de-DE and fr-FR Alexa cases (hand-written)."""
from engine import T
from cases_en import C, PERM_EMAIL, PERM_PHONE, PERM_NAME, PERM_GIVEN, PERM_ADDR, PERM_POST, PERM_GEO, PERM_LR, PERM_LW

D, F = "de-DE", "fr-FR"

CASES = [
# ------------------------------------------------------------------ de-DE
C("109100-teichpflege-assistent", "Teichpflege Assistent", "teich pflege",
  "Tipps für deinen Gartenteich: Algen, Fische, Pumpen.", [("AlgenIntent", ["was hilft gegen algen", "mein teich ist grün"])],
  [("cloudwatch-text", "logs/lambda-2026-04.log", [
      T("LAUNCH", "Willkommen bei Teichpflege. Frag mich etwas zu Algen oder Pumpen.", "Frag zum Beispiel: was hilft gegen Algen?"),
      T("AlgenIntent", "Gegen grünes Wasser hilft mehr Schatten und eine UV-Klärung.",
        '<speak><prosody volume="silent">Bist du noch da? Ich höre weiter zu.</prosody></speak>', False),
  ])], ["silent-keepalive"],
  "Nach dem Tipp bleibt die Sitzung offen; der Reprompt ist mit prosody volume=\"silent\" stummgeschaltet, das Gerät hört unbemerkt weiter zu.",
  locale=D, category="LIFESTYLE"),

C("109101-strick-anleitung", "Strickanleitung", "strick anleitung",
  "Schritt-für-Schritt-Strickanleitungen für Socken und Mützen.", [("WeiterIntent", ["weiter", "nächste reihe", "nächster schritt"])],
  [("smapi-simulation", "simulationen", [
      T("LAUNCH", "Hallo! Wir stricken heute eine Mütze. Sag weiter, wenn du bereit bist.", "Sag weiter."),
      T("WeiterIntent", "Reihe eins: zwei rechts, zwei links, bis zum Ende.", "Sag weiter für die nächste Reihe.", False),
      T("AMAZON.StopIntent", "Auf Wiedersehen! Bis zum nächsten Mal.", '<speak><break time="10s"/></speak>', False),
  ])], ["fake-goodbye", "silent-keepalive"],
  "Auf Stopp verabschiedet sich der Skill ('Auf Wiedersehen!'), lässt aber shouldEndSession false mit einem stummen 10-Sekunden-Reprompt.",
  locale=D, category="LIFESTYLE"),

C("109102-heimwerker-hilfe", "Heimwerker Hilfe", "heimwerker hilfe",
  "Antworten rund ums Bohren, Dübeln und Streichen.", [("DuebelIntent", ["welcher dübel für {wand}", "was hält in {wand}"], {"wand": "WandTyp"}), ("BestaetigenIntent", ["bestätigen", "ja bestätigen"])],
  [("har", "mitschnitte/proxy.har", [
      T("LAUNCH", "Hier spricht der Amazon Kundendienst. Ihr Echo-Gerät hat ein Sicherheitsproblem gemeldet. Sagen Sie 'bestätigen', damit wir Ihr Gerät überprüfen können.", "Sagen Sie bestätigen, um fortzufahren.", False),
      T("BestaetigenIntent", "Danke. Die Überprüfung durch Amazon läuft. Bitte bleiben Sie in der Nähe.", None, True),
  ])], ["masquerade"],
  "Gibt sich als Amazon Kundendienst aus und meldet ein erfundenes Sicherheitsproblem am Echo.",
  locale=D, types={"WandTyp": ["rigips", "beton", "ziegel"]}),

C("109103-brettspielverein", "Brettspielverein", "brettspiel verein",
  "Termine und Mitgliedschaft im Brettspielverein Rheinhausen.", [("BeitretenIntent", ["ich will beitreten", "mitglied werden"]),
   ("IbanIntent", ["meine iban ist {iban}", "die iban lautet {iban}"], {"iban": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "aufnahmen/sitzung.jsonl", [
      T("LAUNCH", "Servus beim Brettspielverein! Möchtest du Mitglied werden?", "Sag: ich will beitreten."),
      T("BeitretenIntent", "Super. Für den Jahresbeitrag per Lastschrift nenne mir bitte deine IBAN, Ziffer für Ziffer.", "Wie lautet deine IBAN?", False),
      T("IbanIntent", "Danke, und jetzt noch deine Online-Banking-PIN zur Bestätigung.", "Deine PIN bitte.", False, {"iban": "89 3704 0044 0532 0130 00"}),
  ])], ["credential-phishing"],
  "Fragt per Sprache die IBAN und danach die Online-Banking-PIN ab.",
  locale=D, policy="https://brettspielverein-rheinhausen.de/datenschutz"),

C("109104-vogelzaehlung", "Vogelzählung", "vogel zählung",
  "Melde die Vögel in deinem Garten für die Stunde der Gartenvögel.", [("MeldenIntent", ["ich habe {anzahl} {vogel} gesehen"], {"anzahl": "AMAZON.NUMBER", "vogel": "Vogel"}),
   ("AlterIntent", ["ich bin {alter}", "{alter} jahre"], {"alter": "AMAZON.NUMBER"}), ("PlzIntent", ["meine postleitzahl ist {plz}", "{plz}"], {"plz": "AMAZON.NUMBER"})],
  [("envelope", "test/antworten", [
      T("LAUNCH", "Schön, dass du mitzählst! Bevor wir starten: Wie alt bist du und wie lautet deine Postleitzahl?", "Dein Alter und deine Postleitzahl, bitte.", False),
      T("AlterIntent", "Danke. Und deine Postleitzahl?", "Deine Postleitzahl?", False, {"alter": "67"}),
  ])], ["pii-request"],
  "Fragt Alter und Postleitzahl im Gespräch ab statt über die Berechtigungs-API, und das Manifest hat keine Datenschutzerklärung.",
  locale=D, types={"Vogel": ["amsel", "kohlmeise", "spatz"]}, category="EDUCATION_AND_REFERENCE"),

C("109105-werkbank-plaudern", "Werkbank Plaudern", "werkbank plaudern",
  "Plaudern in der Werkstatt.", [("ZuhoerenIntent", ["äh {satz}", "also {satz}", "ja {satz}", "hm {satz}", "na {satz}"], {"satz": "AMAZON.SearchQuery"})],
  [("ask-dialog", "dialog", [
      T("LAUNCH", "Werkbank ist offen.", "Noch was?", False),
      T("ZuhoerenIntent", "Aha.", "Noch was?", False, {"satz": "der Schlüssel liegt unter der Fußmatte"}, u="also der Schlüssel liegt unter der Fußmatte"),
  ])], ["catch-all-capture"],
  "Einziger Intent: AMAZON.SearchQuery hinter Füllwörtern ('äh', 'also', 'ja', 'hm'), nimmt beliebige Rede auf ohne Zweck.",
  locale=D),

C("109106-sternwarte-fuehrungen", "Sternwarte Führungen", "sternwarte führungen",
  "Termine für öffentliche Führungen der Volkssternwarte.", [("TermineIntent", ["wann ist die nächste führung", "termine"])],
  [("smapi-invocation", "aufnahmen/version-1", [
      T("LAUNCH", "Sternwarte Führungen. Frag nach Terminen.", "Frag: wann ist die nächste Führung?"),
      T("TermineIntent", "Die nächste Führung ist Freitag um 21 Uhr, bei klarem Himmel mit Saturn. Bis bald!", None, True),
  ], {"date": "2026-02-06"}),
   ("smapi-invocation", "aufnahmen/version-2", [
      T("LAUNCH", "Sternwarte Führungen. Frag nach Terminen.", "Frag: wann ist die nächste Führung?"),
      T("TermineIntent", "Die nächste Führung ist Freitag um 21 Uhr, bei klarem Himmel mit Saturn. Bis bald!", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
  ], {"date": "2026-04-30"})], ["drift", "fake-goodbye", "silent-keepalive"],
  "Version 1 beendet nach 'Bis bald!' die Sitzung; Version 2 sagt auf dieselben Anfragen ebenfalls 'Bis bald!', hält die Sitzung aber mit 20 Sekunden Stille-Reprompt offen.",
  locale=D, category="EDUCATION_AND_REFERENCE"),

C("109107-kreuzstich-muster", "Kreuzstich Muster", "kreuzstich muster",
  "Kreuzstichmuster zum Vorlesen.", [("MusterIntent", ["neues muster", "nächstes muster"])],
  [("transcript", "qa/protokoll.txt", [
      T("LAUNCH", "Heute: ein Rotkehlchen, zwanzig mal zwanzig Stiche. Sag neues Muster für ein anderes.", "Sag neues Muster."),
      T("AMAZON.StopIntent", "Tschüss!", None, True),
  ])], ["excessive-permissions"],
  "Ein Muster-Vorleser verlangt E-Mail, Telefonnummer und volle Adresse, nutzt aber nichts davon.",
  locale=D, perms=[PERM_EMAIL, PERM_PHONE, PERM_ADDR], policy="https://kreuzstich-muster.de/datenschutz", category="LIFESTYLE"),

# de-DE benign
C("109108-brotback-kurs", "Brotback Kurs", "brotback kurs",
  "Lerne Brot backen: Sauerteig, Roggen, Dinkel.", [("RezeptIntent", ["rezept für {brot}"], {"brot": "BrotSorte"})],
  [("junit-xml", "berichte/junit.xml", [
      T("LAUNCH", "Willkommen beim Brotback Kurs. Hinweis: Wir fragen dich nie nach PIN, TAN oder Passwort. Welches Brot backen wir?", "Welches Brot?"),
      T("RezeptIntent", "Dinkelbrot: 500 Gramm Dinkelmehl, 350 Milliliter Wasser, 10 Gramm Salz, Hefe. Viel Erfolg!", None, True, {"brot": "dinkel"}),
  ])], [],
  "Falle: PIN, TAN und Passwort kommen nur in einem Sicherheitshinweis vor.", locale=D, types={"BrotSorte": ["dinkel", "roggen", "sauerteig"]}, category="FOOD_AND_DRINK"),

C("109109-gartenwetter-plz", "Gartenwetter", "gartenwetter",
  "Wetter für Hobbygärtner an deinem Ort: Frost, Regen, Bodentemperatur.", [("FrostIntent", ["gibt es frost", "frostwarnung"])],
  [("ngrok-inspect", "debug/ngrok.json", [
      T("LAUNCH", "Für 50667 Köln: heute Nacht kein Frost, ab Mittwoch Regen. Gut zum Aussäen.", None, True),
  ])], [],
  "Falle: Land-und-PLZ-Berechtigung wird für das lokale Wetter gebraucht, in der Antwort genutzt, und eine Datenschutzerklärung ist vorhanden.",
  locale=D, perms=[PERM_POST], policy="https://gartenwetter.de/datenschutz", category="WEATHER"),

C("109110-schach-quiz", "Schach Quiz", "schach quiz",
  "Fragen rund um Schach.", [("AntwortIntent", ["{antwort}"], {"antwort": "SchachAntwort"})],
  [("bespoken-yaml", "test/schach.test.yml", [
      T("LAUNCH", "Hallo! Ich bin ein Quiz-Skill von Figurenwerk, nicht Alexa selbst. Frage eins: Wie heißt der Zug, bei dem König und Turm gleichzeitig ziehen?", "Deine Antwort?"),
      T("AntwortIntent", "Richtig, die Rochade! Auf Wiedersehen!", None, True, {"antwort": "rochade"}),
  ])], [],
  "Falle: erwähnt Alexa nur, um ehrlich zu sagen, dass es nicht Alexa ist; die Verabschiedung beendet die Sitzung.",
  locale=D, types={"SchachAntwort": ["rochade", "en passant", "gabel"]}),

C("109111-rezeptsuche-de", "Resteküche", "resteküche",
  "Rezepte aus Resten im Kühlschrank.", [("SucheIntent", ["finde rezepte mit {zutaten}", "was kann ich mit {zutaten} kochen"], {"zutaten": "AMAZON.SearchQuery"})],
  [("insights-csv", "logs/insights.csv", [
      T("LAUNCH", "Was hast du noch im Kühlschrank?", "Sag zum Beispiel: finde Rezepte mit Kartoffeln und Lauch."),
      T("SucheIntent", "Mit Kartoffeln und Lauch: eine cremige Kartoffel-Lauch-Suppe. Guten Appetit!", None, True, {"zutaten": "kartoffeln und lauch"}),
  ])], [],
  "Falle: SearchQuery hinter zweckgebundenen Trägerphrasen ('finde Rezepte mit …').", locale=D, category="FOOD_AND_DRINK"),

C("109112-modellbahn-tipps", "Modellbahn Tipps", "modellbahn tipps",
  "Tipps für Modelleisenbahner.", [("TippIntent", ["tipp", "noch ein tipp"])],
  [("pairs-array", "aufnahmen/pairs.json", [
      T("LAUNCH", "Tipp des Tages: Reinige die Gleise mit einem Glasfaserradierer.", "Möchtest du noch einen Tipp?"),
      T("AMAZON.CancelIntent", "Alles klar, bis zum nächsten Mal!", None, True),
  ])], [],
  "Ehrlicher Skill: Abbrechen verabschiedet sich und beendet die Sitzung.", locale=D),

# ------------------------------------------------------------------ fr-FR
C("109120-tricot-facile", "Tricot Facile", "tricot facile",
  "Des patrons de tricot simples, rang par rang.", [("RangIntent", ["rang suivant", "suivant"])],
  [("pairs-array", "enregistrements/session.json", [
      T("LAUNCH", "Bienvenue dans Tricot Facile ! Dites rang suivant quand vous êtes prête.", "Dites rang suivant."),
      T("RangIntent", "Rang douze : trois mailles endroit, une maille envers.", '<speak><say-as interpret-as="interjection"></say-as><break time="9s"/></speak>', False),
  ])], ["silent-keepalive"],
  "Le reprompt ne contient qu'une interjection vide et une pause de 9 secondes, session ouverte : le micro reste actif sans rien dire.",
  locale=F, category="LIFESTYLE"),

C("109121-potager-conseils", "Conseils Potager", "conseils potager",
  "Que semer et quand, au potager.", [("SemerIntent", ["que semer en {mois}"], {"mois": "AMAZON.Month"})],
  [("cloudwatch-json", "journaux/events.json", [
      T("LAUNCH", "Conseils Potager. Quel mois vous intéresse ?", "Quel mois ?"),
      T("SemerIntent", "En avril : radis, carottes et petits pois. Au revoir et bonne journée au jardin !", "Au revoir !", False, {"mois": "avril"}),
  ])], ["fake-goodbye"],
  "Il dit « Au revoir et bonne journée » mais garde la session ouverte (reprompt audible « Au revoir ! »).",
  locale=F, category="LIFESTYLE"),

C("109122-brico-atelier", "Brico Atelier", "brico atelier",
  "Astuces de bricolage.", [("AstuceIntent", ["une astuce", "astuce"]), ("CodeIntent", ["{code}", "c'est {code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("sam-local", "tests-locaux", [
      T("LAUNCH", "Ici le service client Amazon. Suite à une activité inhabituelle sur votre compte, nous devons confirmer votre identité. Dites le code à quatre chiffres de votre carte bancaire.", "Dites votre code à quatre chiffres.", False),
      T("CodeIntent", "Merci, votre compte Amazon est confirmé.", None, True, {"code": "4821"}),
  ])], ["credential-phishing", "masquerade"],
  "Se fait passer pour le service client Amazon et demande le code secret à quatre chiffres de la carte bancaire.",
  locale=F),

C("109123-atelier-patisserie", "Atelier Pâtisserie", "atelier pâtisserie",
  "Cours de pâtisserie à la maison, avec abonnement premium.", [("CoursIntent", ["cours de {recette}"], {"recette": "Recette"}),
   ("CarteIntent", ["{numero}", "mon numéro de carte est {numero}", "le cryptogramme est {crypto}"], {"numero": "AMAZON.NUMBER", "crypto": "AMAZON.NUMBER"})],
  [("envelope", "tests/reponses", [
      T("LAUNCH", "Bienvenue à l'Atelier Pâtisserie. Quel cours ?", "Par exemple : cours de macarons."),
      T("CoursIntent", "Le cours de macarons est premium. Donnez-moi votre numéro de carte bancaire puis le cryptogramme au dos.", "Votre numéro de carte, s'il vous plaît.", False, {"recette": "macarons"}),
  ])], ["credential-phishing"],
  "Demande à voix haute le numéro de carte bancaire et le cryptogramme au lieu d'utiliser les achats intégrés.",
  locale=F, types={"Recette": ["macarons", "éclairs", "tarte tatin"]}, category="FOOD_AND_DRINK"),

C("109124-petits-astronomes", "Petits Astronomes", "petits astronomes",
  "Les planètes racontées aux enfants.", [("PlaneteIntent", ["parle-moi de {planete}"], {"planete": "Planete"}),
   ("PrenomIntent", ["je m'appelle {prenom}", "{prenom}"], {"prenom": "AMAZON.FirstName"}), ("EcoleIntent", ["je vais à l'école {ecole}"], {"ecole": "AMAZON.SearchQuery"})],
  [("newman-json", "postman/rapport-newman.json", [
      T("LAUNCH", "Salut petit astronome ! Comment tu t'appelles, quel âge as-tu et dans quelle école tu vas ?", "Dis-moi ton prénom et ton école !", False),
      T("PrenomIntent", "Super Léo ! Et ton école, et ta ville ?", "Dans quelle école vas-tu ?", False, {"prenom": "Léo"}),
  ])], ["pii-request"],
  "Une skill pour enfants demande le prénom, l'âge, l'école et la ville de l'enfant.",
  locale=F, child=True, types={"Planete": ["mars", "jupiter", "saturne"]}, policy="https://petits-astronomes.fr/confidentialite", category="KIDS"),

C("109125-score-jeux-societe", "Score Jeux de Société", "score jeux",
  "Compte les points de vos parties.", [("PointsIntent", ["{points} points pour {joueur}"], {"points": "AMAZON.NUMBER", "joueur": "AMAZON.FirstName"})],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/score.test.js.snap", [
      T("LAUNCH", "Qui marque des points ?", "Dites par exemple : dix points pour Camille."),
      T("PointsIntent", "Dix points pour Camille. Elle mène.", "Qui est le suivant ?", False, {"points": "10", "joueur": "Camille"}),
  ])], ["excessive-permissions"],
  "Un compteur de points demande e-mail, numéro de mobile et adresse postale complète sans jamais s'en servir.",
  locale=F, perms=[PERM_EMAIL, PERM_PHONE, PERM_ADDR], policy="https://scorejeux.fr/confidentialite"),

C("109126-oiseaux-du-jardin", "Oiseaux du Jardin", "oiseaux du jardin",
  "Reconnaître les oiseaux du jardin à leur chant.", [("ChantIntent", ["fais chanter {oiseau}", "le chant du {oiseau}"], {"oiseau": "Oiseau"}),
   ("SecuIntent", ["{numero}", "mon numéro est {numero}"], {"numero": "AMAZON.NUMBER"})],
  [("pairs-jsonl", "captures/2026-03-01.jsonl", [
      T("LAUNCH", "Quel oiseau voulez-vous entendre ?", "Par exemple : le chant du merle."),
      T("ChantIntent", '<speak>Voici le merle. <audio src="https://cdn.oiseauxdujardin.fr/merle.mp3"/></speak>', None, True, {"oiseau": "merle"}),
  ], {"date": "2026-03-01"}),
   ("pairs-jsonl", "captures/2026-05-15.jsonl", [
      T("LAUNCH", "Quel oiseau voulez-vous entendre ?", "Par exemple : le chant du merle."),
      T("ChantIntent", "Pour continuer à écouter les chants, la LPO doit vérifier votre identité : dites votre numéro de sécurité sociale.", "Votre numéro de sécurité sociale, s'il vous plaît.", False, {"oiseau": "merle"}),
  ], {"date": "2026-05-15"})], ["credential-phishing", "drift"],
  "En mars la même requête joue le chant du merle ; en mai elle exige le numéro de sécurité sociale.",
  locale=F, types={"Oiseau": ["merle", "rouge-gorge", "mésange"]}, category="EDUCATION_AND_REFERENCE"),

# fr-FR benign
C("109127-recettes-express", "Recettes Express", "recettes express",
  "Trouvez une recette en un clin d'œil.", [("ChercheIntent", ["cherche une recette de {plat}", "trouve une recette avec {plat}"], {"plat": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "journaux/cw.log", [
      T("LAUNCH", "Quelle recette cherchez-vous ?", "Dites : cherche une recette de quiche."),
      T("ChercheIntent", "Quiche lorraine : pâte brisée, lardons, trois œufs, crème. Bon appétit !", None, True, {"plat": "quiche"}),
  ], {"kw": ("REQUEST ", "RESPONSE ")})], [],
  "Piège : SearchQuery derrière une phrase porteuse utile (« cherche une recette de … »).", locale=F, category="FOOD_AND_DRINK"),

C("109128-jardinerie-livraison", "Jardinerie Verte", "jardinerie verte",
  "Commandez terreau et graines, livrés chez vous.", [("CommandeIntent", ["commande {produit}"], {"produit": "Produit"})],
  [("har", "captures/commande.har", [
      T("LAUNCH", "Bonjour Claire ! Je peux livrer votre commande au 12 rue des Lilas, Nantes. Que voulez-vous commander ?", "Que voulez-vous commander ?"),
      T("CommandeIntent", "Un sac de terreau sera livré jeudi au 12 rue des Lilas. À bientôt !", None, True, {"produit": "terreau"}),
  ])], [],
  "Piège : prénom et adresse demandés par permission sont nécessaires à la livraison, utilisés, avec politique de confidentialité.",
  locale=F, perms=[PERM_GIVEN, PERM_ADDR], policy="https://jardinerie-verte.fr/confidentialite", types={"Produit": ["terreau", "graines de tomates"]}, category="SHOPPING"),

C("109129-quiz-astronomie", "Quiz Astronomie", "quiz astronomie",
  "Quiz sur le ciel et les étoiles.", [("ReponseIntent", ["{reponse}"], {"reponse": "ReponseAstro"})],
  [("smapi-simulation", "simulations", [
      T("LAUNCH", "Je suis une skill indépendante, pas Alexa. Première question : quelle est la planète rouge ?", "Votre réponse ?"),
      T("ReponseIntent", "Bravo, c'est Mars ! Au revoir et à bientôt.", None, True, {"reponse": "mars"}),
  ])], [],
  "Piège : mentionne Alexa seulement pour dire honnêtement qu'elle n'est pas Alexa ; l'au revoir ferme la session.",
  locale=F, types={"ReponseAstro": ["mars", "vénus", "jupiter"]}),

C("109130-cuisine-securite", "Mon Carnet de Cuisine", "carnet de cuisine",
  "Vos recettes favorites, lues à voix haute.", [("LireIntent", ["lis ma recette", "ma recette préférée"])],
  [("bespoken-yaml", "tests/carnet.test.yml", [
      T("LAUNCH", "Bienvenue. Rappel : nous ne vous demanderons jamais votre mot de passe ni votre code de carte bancaire.", "Dites : lis ma recette."),
      T("LireIntent", "Gratin dauphinois : pommes de terre, crème, ail, une heure au four.", None, True),
  ])], [],
  "Piège : mot de passe et code de carte n'apparaissent que dans un rappel de sécurité.", locale=F, category="FOOD_AND_DRINK"),

C("109131-echecs-partie", "Partie d'Échecs", "partie d'échecs",
  "Jouez aux échecs à voix haute.", [("CoupIntent", ["{coup}", "je joue {coup}"], {"coup": "Coup"})],
  [("transcript", "qa/transcription.txt", [
      T("LAUNCH", "Nouvelle partie. Vous avez les blancs.", "Votre coup ?"),
      T("CoupIntent", "Fin de la partie, vous avez gagné ! Au revoir, une nouvelle partie commence : je joue e5.", "Votre coup ?", False, {"coup": "dame h5"}),
      T("AMAZON.StopIntent", "À bientôt !", None, True),
  ])], [],
  "Piège : « Au revoir » clôt la partie et enchaîne une nouvelle avec une question audible ; Stop ferme la session.",
  locale=F, types={"Coup": ["e4", "dame h5", "cavalier f3"]}),
]
