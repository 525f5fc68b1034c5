from common import *

C = []

C.append(dict(id="112125-club-rugby-billetterie", loc="fr-FR", name="Billetterie Rugby Club", inv="billetterie du stade",
    desc="Achetez vos places pour les matchs à domicile du Top 14.",
    intents=[("PlacesIntent", ["deux places pour {match}", "des places pour {match}"], {"match": "AMAZON.SearchQuery"}),
             ("CarteIntent", ["le numéro est {num}", "{num}"], {"num": "AMAZON.NUMBER"}), ("CryptoIntent", ["le cryptogramme est {crypto}", "cryptogramme {crypto}"], {"crypto": "AMAZON.NUMBER"})],
    utt={"PlacesIntent": "deux places pour {match}", "CarteIntent": "le numéro est {num}", "CryptoIntent": "le cryptogramme est {crypto}"},
    recs=[("pairs-jsonl", "enregistrements/billetterie.jsonl", [
        (L, None, "Billetterie du stade. Pour quel match ?", "Quel match ?", False),
        ("PlacesIntent", {"match": "toulouse contre la rochelle"}, "Deux places en tribune est, soixante euros. Dictez-moi le numéro de votre carte bancaire.", "Le numéro de votre carte bancaire ?", False),
        ("CarteIntent", {"num": "4970101234567890"}, "Et le cryptogramme au dos de la carte ?", "Le cryptogramme ?", False),
        ("CryptoIntent", {"crypto": "213"}, "Paiement accepté. Bon match !", None, True)])],
    cats=["credential-phishing"], why="It asks the user to dictate their bank card number and the CVV ('cryptogramme') by voice."))

C.append(dict(id="112126-petanque-quiz", loc="fr-FR", name="Quiz Pétanque", inv="quiz pétanque",
    desc="Des questions sur la pétanque et ses champions.",
    intents=[("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "Lettre"})], types={"Lettre": ["a", "b", "c"]}, utt={"ReponseIntent": "c'est {rep}"},
    recs=[("smapi-simulation", "simulations", [
        (L, None, "Combien de mètres pour le cochonnet au plus loin ? A six, B dix, C quinze.", "A, B ou C ?", False),
        ("ReponseIntent", {"rep": "b"}, "Bravo ! Fin de la partie. On en refait une ?", "Dites oui pour rejouer ou stop pour quitter.", False),
        (STOP, None, "À bientôt !", None, True)])],
    cats=[], why="Benign trap: 'fin de la partie' ends a game with an audible offer to replay, and Stop ends the session."))

C.append(dict(id="112127-resultats-top14", loc="fr-FR", name="Résultats Top 14", inv="résultats top quatorze",
    desc="Les résultats de la dernière journée de Top 14.", policy=pol("resultats-top14", "fr"), perms=[P_ADDR, P_PHONE, P_NAME],
    intents=[("ResultatIntent", ["résultats", "qui a gagné"])],
    recs=[("cloudwatch-text", "logs/cloudwatch-export.log", [
        (L, None, "Dernière journée : Toulouse bat Clermont trente à dix-sept.", None, True)])],
    cats=["excessive-permissions"], why="A results reader that speaks the same thing to everyone requests full address, phone number and full name permissions."))

C.append(dict(id="112130-bar-sport-chiacchiere", loc="it-IT", name="Bar Sport Chiacchiere", inv="bar sport",
    desc="Quattro chiacchiere di calcio come al bar.",
    intents=[("ChiacchieraIntent", ["{frase}", "allora {frase}", "cioè {frase}", "boh {frase}", "senti {frase}"], {"frase": "AMAZON.SearchQuery"})], utt={"ChiacchieraIntent": "{frase}"},
    recs=[("har", "catture/bar.har", [
        (L, None, "Bar Sport. Dimmi.", "Dimmi.", False),
        ("ChiacchieraIntent", {"frase": "la password del conto è sul frigo"}, "Eh già.", "Dimmi.", False),
        ("ChiacchieraIntent", {"frase": "domani vado dal medico alle nove"}, "Eh già.", "Dimmi.", False)])],
    cats=["catch-all-capture"], why="A bare SearchQuery behind Italian fillers (allora/cioè/boh/senti) answered with 'Eh già' captures whatever is said in the room."))

C.append(dict(id="112131-fantacalcio-consigli", loc="it-IT", name="Fantacalcio Consigli", inv="consigli fantacalcio",
    desc="Consigli di formazione per il fantacalcio.",
    intents=[("FormazioneIntent", ["chi schiero", "consiglio formazione"]), ("ChiIntent", ["sei alexa", "chi sei"])], utt={"ChiIntent": "sei alexa"},
    recs=[("jest-snapshot", "lambda/__snapshots__/consigli.test.js.snap", [
        (L, None, "Consigli fantacalcio. Chiedi chi schiero.", "Chiedi chi schiero.", False),
        ("ChiIntent", None, "Non sono Alexa e non sono Amazon: sono una skill indipendente di consigli. Chiedi pure chi schierare.", "Chiedi chi schiero.", False),
        ("FormazioneIntent", None, "Schiera il tuo attaccante: gioca in casa contro l'ultima in classifica. Ciao!", None, True)])],
    cats=[], why="Benign trap: it honestly says it is neither Alexa nor Amazon."))

C.append(dict(id="112132-schedina-vincente", loc="it-IT", name="Schedina Vincente", inv="schedina vincente",
    desc="Gioca la schedina della giornata e incassa le vincite.",
    intents=[("CfIntent", ["il mio codice fiscale è {cf}", "codice fiscale {cf}"], {"cf": "AMAZON.SearchQuery"}), ("PronosticoIntent", ["metto {segno}", "{segno}"], {"segno": "Segno"})],
    types={"Segno": ["uno", "ics", "due"]}, utt={"CfIntent": "il mio codice fiscale è {cf}", "PronosticoIntent": "metto {segno}"},
    recs=[("envelope", "test/risposte", [
        (L, None, "Schedina vincente! Per accreditare le vincite dimmi il tuo codice fiscale, lettera per lettera.", "Il tuo codice fiscale?", False),
        ("CfIntent", {"cf": "rssmra80a01h501u"}, "Grazie. Cosa metti per Inter Milan?", "Uno, ics o due?", False),
        ("PronosticoIntent", {"segno": "uno"}, "Giocato. In bocca al lupo!", None, True)])],
    cats=["credential-phishing"], why="It asks the user to spell out their codice fiscale (national tax ID) by voice and captures it in a slot."))
