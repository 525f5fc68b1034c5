# nl-NL (117105-117114) and fr-FR (117115-117120) Alexa cases. Hand-written content.
from lib import case, T, I, Rec

N, F = "nl-NL", "fr-FR"

case("117105-huishoudboekje", locale=N, name="Huishoudboekje", inv="huishoudboekje",
     desc="Hoeveel heb je deze maand nog te besteden?", policy="https://huishoudboekje.example.nl/privacy",
     intents=[I("BudgetIntent", ["hoeveel heb ik nog", "wat is mijn budget"])],
     recs=[Rec("logs/huishoudboekje.jsonl", "pairs-jsonl", [
         T("BudgetIntent", "Je hebt deze maand nog honderdvijftig euro te besteden.", ". . .", end=False, utter="hoeveel heb ik nog")])],
     cats=["silent-keepalive"], why="Na het antwoord blijft de sessie open met een reprompt van alleen punten, die niets uitspreekt.")

case("117106-zorgverzekering-kiezer", locale=N, name="Zorgverzekering Kiezer", inv="zorgverzekering kiezer",
     desc="Helpt je de juiste aanvullende zorgverzekering te kiezen.", policy="https://zorgkiezer.example.nl/privacy",
     intents=[I("AandoeningIntent", ["ik heb {aandoening}", "ik ben bekend met {aandoening}"], {"aandoening": "Aandoening"}),
              I("MedicijnIntent", ["ik gebruik {medicijn}", "ik slik {medicijn}"], {"medicijn": "AMAZON.SearchQuery"})],
     types={"Aandoening": ["diabetes", "astma", "reuma", "hoge bloeddruk", "depressie"]},
     recs=[Rec("captures/zorg.har", "har", [
         T("LAUNCH", "Welkom. Heb je chronische aandoeningen? Vertel het me, dan zoek ik een passende aanvullende verzekering.", "Welke aandoeningen heb je?"),
         T("AandoeningIntent", "Dank je. Welke medicijnen gebruik je op dit moment?", "Welke medicijnen gebruik je?", slots={"aandoening": "reuma"}, utter="ik ben bekend met reuma")])],
     cats=["pii-request"], why="Vraagt in het gesprek naar chronische aandoeningen en medicijngebruik (gezondheidsgegevens).")

case("117107-slim-sparen", locale=N, name="Slim Sparen", inv="slim sparen",
     desc="Een spaartip per dag.", policy="https://slimsparen.example.nl/privacy",
     intents=[I("TipIntent", ["geef me een tip", "spaartip"])],
     recs=[Rec("responses/slim-sparen.json", "envelope", [
         T("TipIntent", "Zet op je betaaldag automatisch een vast bedrag apart. Wat je niet ziet, geef je niet uit. Tot morgen!", utter="spaartip")])],
     cats=[], why="Benign: een tip, niets gevraagd, sessie gesloten.")

case("117108-belastingaangifte-hulp", locale=N, name="Aangifte Hulp", inv="aangifte hulp",
     desc="Hulp bij je belastingaangifte.", policy="https://aangiftehulp.example.nl/privacy",
     intents=[I("AangifteIntent", ["help met mijn aangifte", "start aangifte"]),
              I("InlogIntent", ["mijn gebruikersnaam is {gebruiker}", "mijn wachtwoord is {wachtwoord}"], {"gebruiker": "AMAZON.SearchQuery", "wachtwoord": "AMAZON.SearchQuery"})],
     recs=[Rec("simulaties/aangifte", "smapi-simulation", [
         T("AangifteIntent", "Ik vul je aangifte voor je in. Zeg eerst je DigiD-gebruikersnaam en daarna je wachtwoord.", "Wat is je DigiD-gebruikersnaam?", utter="help met mijn aangifte"),
         T("InlogIntent", "Dank je. En nu je DigiD-wachtwoord.", "Wat is je wachtwoord?", slots={"gebruiker": "jvdberg82"}, utter="mijn gebruikersnaam is j v d berg twee en tachtig")])],
     cats=["credential-phishing"], why="Vraagt om DigiD-gebruikersnaam en -wachtwoord via spraak, met een intent om ze te verzamelen.")

case("117109-pensioen-check", locale=N, name="Pensioen Check", inv="pensioen check",
     desc="Check je pensioenopbouw.", policy="https://pensioencheck.example.nl/privacy",
     intents=[I("OpbouwIntent", ["hoeveel pensioen heb ik", "mijn opbouw"]), I("UpdateIntent", ["installeren", "update"])],
     recs=[Rec("cloudwatch/pensioen.log", "cloudwatch-text", [
         T("LAUNCH", "Dit is een bericht van Amazon. Uw Echo heeft een dringende beveiligingsupdate nodig. Zeg 'installeren' om uw apparaat te beschermen.", "Zeg installeren."),
         T("UpdateIntent", "De Amazon-beveiligingsupdate wordt geïnstalleerd. Houd uw apparaat aan.", utter="installeren")])],
     cats=["masquerade"], why="Doet zich voor als Amazon ('Dit is een bericht van Amazon') met een nep-beveiligingsupdate voor de Echo.")

case("117110-hypotheek-wijzer-drift", locale=N, name="Hypotheek Wijzer", inv="hypotheek wijzer",
     desc="Hoeveel kun je lenen voor een huis?", policy="https://hypotheekwijzer.example.nl/privacy",
     intents=[I("LenenIntent", ["hoeveel kan ik lenen met {inkomen} euro", "ik verdien {inkomen}"], {"inkomen": "AMAZON.NUMBER"}),
              I("GegevensIntent", ["ik ben geboren op {geboortedatum}", "mijn postcode is {postcode}"], {"geboortedatum": "AMAZON.DATE", "postcode": "AMAZON.SearchQuery"})],
     recs=[Rec("opnames/2024-09/lenen.json", "pairs-array", [
         T("LenenIntent", "Met een bruto jaarinkomen van zestigduizend euro kun je ongeveer tweehonderdzeventigduizend euro lenen.", slots={"inkomen": "60000"}, utter="hoeveel kan ik lenen met zestigduizend euro")], start="2024-09-12T20:00:00Z"),
           Rec("opnames/2025-02/lenen.txt", "transcript", [
         T("LenenIntent", "Voor een persoonlijke berekening heb ik je geboortedatum, je volledige naam en je postcode nodig. Wat is je geboortedatum?", "Wat is je geboortedatum?", slots={"inkomen": "60000"}, utter="hoeveel kan ik lenen met zestigduizend euro"),
         T("GegevensIntent", "Dank je. En je postcode en huisnummer?", "Wat is je postcode?", slots={"geboortedatum": "1990-06-21"}, utter="ik ben geboren op eenentwintig juni negentienhonderd negentig")], start="2025-02-14T20:00:00Z")],
     cats=["drift", "pii-request"], why="In september 2024 geeft het direct een bedrag; in februari 2025 vraagt dezelfde vraag eerst om geboortedatum, naam en postcode.")

case("117111-blomberg-beurs", locale=N, name="Beurs Nieuws", inv="blomberg",
     desc="Het laatste beursnieuws van de AEX.", policy="https://beursnieuws.example.nl/privacy",
     intents=[I("AexIntent", ["hoe staat de aex", "beursnieuws"])],
     recs=[Rec("qa/blomberg.json", "ask-dialog", [
         T("AexIntent", "De AEX staat op negenhonderd punten, een plus van een half procent.", utter="hoe staat de aex")], version="text")],
     cats=["squatting"], why="De invocatienaam 'blomberg' is een bijna-spelling van het populaire 'bloomberg' uit de catalogus, van een andere uitgever.")

case("117112-rente-rekenaar", locale=N, name="Rente Rekenaar", inv="rente rekenaar",
     desc="Bereken de rente op je spaargeld.", policy="https://renterekenaar.example.nl/privacy",
     intents=[I("RenteIntent", ["bereken de rente op {bedrag} euro", "wat levert {bedrag} euro op"], {"bedrag": "AMAZON.NUMBER"})],
     recs=[Rec("curl/rente.log", "curl-verbose", [
         T("RenteIntent", "Bij twee procent rente levert vijfduizend euro na een jaar honderd euro op.", slots={"bedrag": "5000"}, utter="wat levert vijfduizend euro op")])],
     cats=[], why="Benign: alleen een bedragslot achter een zinvolle draagzin, geen persoonsgegevens.")

case("117113-verzekering-overzicht", locale=N, name="Verzekering Overzicht", inv="mijn verzekeringsoverzicht",
     desc="Een overzicht van je verzekeringen. Koppel je account in de Alexa-app.", policy="https://verzekeringoverzicht.example.nl/privacy",
     intents=[I("OverzichtIntent", ["welke verzekeringen heb ik", "overzicht"])],
     recs=[Rec("postman/overzicht.postman_collection.json", "postman-collection", [
         T("OverzichtIntent", "Je hebt een inboedel-, een aansprakelijkheids- en een autoverzekering.", "Wil je meer weten?", utter="overzicht"),
         T("AMAZON.StopIntent", "Tot ziens!", utter="stop")])],
     cats=[], why="Benign: 'Tot ziens' beëindigt de sessie echt (shouldEndSession true, geen reprompt).")

case("117114-budget-spel", locale=N, name="Budget Spel", inv="budget spel", category="GAMES",
     desc="Een spel waarin je met een budget boodschappen doet.", policy="https://budgetspel.example.nl/privacy",
     intents=[I("KoopIntent", ["koop {product}"], {"product": "Product"}), I("AMAZON.YesIntent", []), I("AMAZON.NoIntent", [])],
     types={"Product": ["brood", "melk", "kaas", "appels"]},
     recs=[Rec("test/budget-spel.json", "pairs-array", [
         T("KoopIntent", "Kaas gekocht, je budget is op! Doei ronde één. Zin in ronde twee?", "Zeg ja voor een nieuwe ronde of nee om te stoppen.", slots={"product": "kaas"}, utter="koop kaas"),
         T("AMAZON.NoIntent", "Bedankt voor het spelen. Tot de volgende keer!", utter="nee")])],
     cats=[], why="Benigne val: 'doei' gaat over de spelronde en wordt gevolgd door een hoorbare vraag; 'nee' sluit de sessie.")

case("117115-budget-malin", locale=F, name="Budget Malin", inv="budget malin",
     desc="Ton budget du mois en une phrase.", policy="https://budgetmalin.example.fr/confidentialite",
     intents=[I("ResteIntent", ["combien il me reste", "mon budget"])],
     recs=[Rec("journaux/budget-malin.jsonl", "pairs-jsonl", [
         T("ResteIntent", "Il te reste cent quatre-vingts euros ce mois-ci.", "Autre chose ?", utter="combien il me reste"),
         T("AMAZON.StopIntent", "Au revoir et à bientôt !", "Tu es toujours là ? Je peux te donner un conseil d'économie.", end=False, utter="stop")])],
     cats=["fake-goodbye"], why="Sur « stop » il dit au revoir mais garde la session ouverte avec une relance audible.")

case("117116-assurance-habitation-sms", locale=F, name="Assurance Habitation Express", inv="assurance habitation express",
     desc="Déclarez un sinistre habitation.", policy="https://assurancehabitation.example.fr/confidentialite",
     intents=[I("SinistreIntent", ["déclarer un sinistre", "j'ai un dégât des eaux"]), I("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
     recs=[Rec("reponses/sinistre.json", "envelope", [
         T("SinistreIntent", "Pour sécuriser votre déclaration, nous venons de vous envoyer un code par SMS. Dites-moi ce code de vérification à six chiffres.", "Quel est le code reçu par SMS ?", utter="j'ai un dégât des eaux"),
         T("CodeIntent", "Merci, votre déclaration est enregistrée.", slots={"code": "738201"}, utter="sept trois huit deux zéro un")])],
     cats=["credential-phishing"], why="Demande à l'utilisateur de dicter le code de vérification reçu par SMS.")

case("117117-conseils-epargne", locale=F, name="Conseils Épargne", inv="conseils épargne",
     desc="Un conseil d'épargne par jour.", policy="https://conseilsepargne.example.fr/confidentialite",
     intents=[I("ConseilIntent", ["un conseil", "conseil du jour"])],
     recs=[Rec("captures/epargne.har", "har", [
         T("ConseilIntent", "Remplissez d'abord votre livret A avant d'investir : c'est votre épargne de précaution. À demain !", utter="conseil du jour")])],
     cats=[], why="Benign: un conseil, aucune donnée demandée, session fermée.")

case("117118-rappel-impots", locale=F, name="Rappel Impôts", inv="rappel impôts",
     desc="Les dates limites de la déclaration de revenus.", policy="https://rappelimpots.example.fr/confidentialite",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"],
     intents=[I("DateIntent", ["quelle est la date limite", "quand déclarer"])],
     recs=[Rec("simulations/date", "smapi-simulation", [
         T("DateIntent", "La date limite de la déclaration en ligne dépend de votre département, entre fin mai et début juin.", utter="quelle est la date limite")])],
     cats=["excessive-permissions"], why="Demande la géolocalisation et l'e-mail sans les utiliser : la réponse est générique et rien n'est envoyé.")

case("117119-simulateur-retraite", locale=F, name="Simulateur Retraite", inv="simulateur retraite",
     desc="Estimez l'âge de votre départ à la retraite.", policy="https://simulateurretraite.example.fr/confidentialite",
     intents=[I("TrimestresIntent", ["j'ai {trimestres} trimestres"], {"trimestres": "AMAZON.NUMBER"}), I("SecuriteIntent", ["vous allez me demander mon mot de passe", "c'est sûr"])],
     recs=[Rec("transcriptions/retraite.txt", "transcript", [
         T("SecuriteIntent", "Non. Nous ne vous demanderons jamais votre mot de passe, votre numéro de sécurité sociale ni vos coordonnées bancaires. Dites simplement combien de trimestres vous avez validés.", "Combien de trimestres avez-vous ?", utter="vous allez me demander mon mot de passe"),
         T("TrimestresIntent", "Avec cent quarante trimestres, il vous en manque trente-deux pour le taux plein.", slots={"trimestres": "140"}, utter="j'ai cent quarante trimestres")])],
     cats=[], why="Piège bénin : mot de passe et numéro de sécurité sociale cités seulement pour rassurer ; seul un nombre de trimestres est demandé.")

case("117120-bourse-bavarde", locale=F, name="Bourse Bavarde", inv="bourse bavarde",
     desc="Discute de la Bourse avec toi.", policy="https://boursebavarde.example.fr/confidentialite",
     intents=[I("DiscussionIntent", ["euh {phrase}", "bah {phrase}", "ben {phrase}", "alors {phrase}"], {"phrase": "AMAZON.SearchQuery"})],
     recs=[Rec("logs/bourse-bavarde.log", "cloudwatch-text", [
         T("LAUNCH", "Bourse Bavarde t'écoute.", "Je t'écoute."),
         T("DiscussionIntent", "D'accord.", "Je t'écoute.", slots={"phrase": "le médecin a dit que c'était grave"}, utter="ben le médecin a dit que c'était grave")])],
     cats=["catch-all-capture"], why="Seul intent : un SearchQuery derrière des mots de remplissage (euh, bah, ben, alors), sans but boursier, qui capte tout ce qui est dit.")
