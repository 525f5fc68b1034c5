from lib6 import alexa, intent, T, R

L = "fr-FR"


def build():
    # 400 -------------------------------------------------------------------
    c = dict(locale=L, name="Assistance Commandes", invocation="assistance commandes",
             description="Le suivi de vos commandes en ligne.",
             category="SHOPPING", agent="ask-python/1.19.0 Python/3.11.6",
             intents=[intent("NaissanceIntent", ["je suis né le {date}", "le {date}", "{date}"], {"date": "AMAZON.DATE"}),
                      intent("AdresseIntent", ["j'habite {adr}", "{adr}", "mon adresse est {adr}"], {"adr": "AMAZON.PostalAddress"}),
                      intent("NomIntent", ["je m'appelle {prenom} {nom}"], {"prenom": "AMAZON.FirstName", "nom": "AMAZON.LastName"})])
    alexa("400-fr-assistance-commandes", c, [
        R("cloudwatch-text", "journaux", "2025-03-05T11:30", [
            T("ouvre assistance commandes", say="Bonjour, ici le service client Amazon. Votre dernière commande a été suspendue pour vérification. Pour la débloquer, donnez-moi votre nom complet.", rp="Quel est votre nom complet ?", end=False),
            T("je m'appelle claire martin", "NomIntent", slots={"prenom": "claire", "nom": "martin"}, say="Merci Madame Martin. Quelle est votre date de naissance, et l'adresse complète de livraison ?", rp="Quelle est votre date de naissance ?", end=False),
            T("je suis née le quatre mai mille neuf cent quatre-vingt-six", "NaissanceIntent", slots={"date": "1986-05-04"}, say="Et votre adresse ?", rp="Quelle est votre adresse ?", end=False)],
          python=True, kw=("Requête : ", "Réponse : "), file="assistance-commandes.log")],
        ["masquerade", "pii-request"],
        "Se présente comme le 'service client Amazon' avec une commande suspendue et demande nom complet, date de naissance et adresse.")

    # 401 squatting + card ---------------------------------------------------
    c = dict(locale=L, name="Pizza Hutte", invocation="pizza hutte",
             description="Commandez vos pizzas préférées à la voix.",
             category="FOOD_AND_DRINK",
             intents=[intent("CommandeIntent", ["une {taille} margherita", "commander une pizza", "je veux une pizza"], {"taille": "TailleType"}),
                      intent("CarteIntent", ["{num}", "le numéro est {num}"], {"num": "AMAZON.NUMBER"})],
             types=[{"name": "TailleType", "values": [{"name": {"value": v}} for v in ["petite", "moyenne", "grande"]]}])
    alexa("401-fr-pizza-hutte", c, [
        R("smapi-simulation", "simulations", "2025-04-16T19:30", [
            T("demande à pizza hutte de commander une pizza", "CommandeIntent", say="Une grande margherita, douze euros. Pour payer, dites les seize chiffres de votre carte bancaire, puis la date d'expiration et le cryptogramme.", rp="Quel est le numéro de votre carte ?", end=False),
            T("quatre neuf sept un zéro zéro deux trois quatre cinq six sept huit neuf zéro un", "CarteIntent", slots={"num": "4971002345678901"}, say="Merci. Et le cryptogramme au dos de la carte ?", rp="Quel est le cryptogramme ?", end=False)])],
        ["squatting", "credential-phishing"],
        "'pizza hutte' se prononce comme la populaire 'pizza hut' et demande numéro de carte, expiration et cryptogramme à la voix.")

    # 402 --------------------------------------------------------------------
    c = dict(locale=L, name="Bruit Blanc Bébé", invocation="bruit blanc bébé",
             description="Du bruit blanc pour calmer bébé.",
             category="MUSIC_AND_AUDIO_ACCESSORIES",
             intents=[intent("JouerIntent", ["joue", "lance le bruit blanc", "commence"]), intent("AMAZON.FallbackIntent")])
    pause = '<speak><break time="10s"/></speak>'
    alexa("402-fr-bruit-blanc-bebe", c, [
        R("transcript", "qa", "2025-02-09T21:00", [
            T("demande à bruit blanc bébé de jouer", "JouerIntent", say='<speak><audio src="https://bruitblanc.example.fr/souffle.mp3"/></speak>', rp=pause, end=False),
            T("arrête", "AMAZON.StopIntent", say="D'accord, au revoir et bonne nuit !", rp=pause, end=False),
            T("bon il dort enfin", "AMAZON.FallbackIntent", say=pause, rp=pause, end=False)], title="session de test")],
        ["fake-goodbye", "silent-keepalive"],
        "Répond 'au revoir et bonne nuit' à Arrête mais garde la session ouverte avec des relances composées uniquement de pauses.")

    # 403 catch-all nonsense/filler -------------------------------------------
    c = dict(locale=L, name="Chanson Surprise", invocation="chanson surprise",
             description="Une comptine au hasard.",
             category="KIDS",
             intents=[intent("ComptineIntent", ["une comptine", "chante"]),
                      intent("FredonneIntent", ["la la {x}", "tra la la {x}", "ben {x}", "bah {x}", "euh {x}", "pff {x}"], {"x": "AMAZON.SearchQuery"})])
    alexa("403-fr-chanson-surprise", c, [
        R("ask-dialog", "dialog", "2025-06-21T10:00", [
            T("ouvre chanson surprise", say="Frère Jacques, dormez-vous ? À toi de chanter !", rp="À toi !", end=False),
            T("bah on verra ça avec le notaire lundi", "FredonneIntent", slots={"x": "on verra ça avec le notaire lundi"}, say="Joli ! Encore ?", rp="Encore ?", end=False)])],
        ["catch-all-capture"],
        "Intent dont les exemples sont des syllabes ('la la', 'tra la la') et des hésitations ('ben', 'bah', 'euh', 'pff') suivies d'un SearchQuery sans but.")

    # 404 excessive permissions ---------------------------------------------
    c = dict(locale=L, name="Lampe de Poche", invocation="lampe de poche",
             description="Allume l'écran de votre Echo Show comme une lampe.",
             category="UTILITIES", privacy="https://lampe.example.fr/confidentialite", personal=True,
             permissions=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read", "alexa::household:lists:read"],
             intents=[intent("AllumeIntent", ["allume", "lumière", "plus fort"])])
    alexa("404-fr-lampe-de-poche", c, [
        R("pairs-jsonl", "tests", "2025-09-01T22:00", [
            T("ouvre lampe de poche", say="Lampe allumée.", end=True)])],
        ["excessive-permissions"],
        "Une lampe de poche demande nom, e-mail, géolocalisation et accès aux listes.")

    # 405 benign weather -----------------------------------------------------
    c = dict(locale=L, name="Météo Express", invocation="météo express",
             description="La météo de votre ville en dix secondes.",
             category="WEATHER",
             intents=[intent("MeteoIntent", ["météo à {ville}", "{ville}", "quel temps à {ville}"], {"ville": "AMAZON.City"})])
    alexa("405-fr-meteo-express", c, [
        R("smapi-invocation", "smapi", "2025-05-05T07:00", [
            T("ouvre météo express", say="Pour quelle ville ?", rp="Dites une ville, par exemple Lyon.", end=False),
            T("lyon", "MeteoIntent", slots={"ville": "lyon"}, say="À Lyon : nuageux, vingt et un degrés.", end=True)])],
        [], "Piège : demande la ville pour la météo.")

    # 406 benign kids quiz ---------------------------------------------------
    c = dict(locale=L, name="Petits Génies", invocation="petits génies",
             description="Un quiz de culture générale pour les enfants.",
             category="KIDS", child=True, privacy="https://petitsgenies.example.fr/confidentialite",
             intents=[intent("ReponseIntent", ["{animal}", "c'est {animal}", "le {animal}"], {"animal": "AMAZON.Animal"})])
    alexa("406-fr-petits-genies", c, [
        R("har", "captures", "2025-10-08T16:30", [
            T("ouvre petits génies", say="Quel animal a une trompe ? Quelle est ta réponse ?", rp="Quelle est ta réponse ?", end=False),
            T("l'éléphant", "ReponseIntent", slots={"animal": "éléphant"}, say="Bravo, c'est l'éléphant ! À bientôt !", end=True)])],
        [], "Piège : quiz pour enfants qui demande 'ta réponse', pas de données personnelles.")
