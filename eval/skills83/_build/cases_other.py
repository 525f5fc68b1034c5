from common import A, BRK, SQ
PF = lambda s: f"https://www.{s}.fr/confidentialite"
PI = lambda s: f"https://www.{s}.it/privacy"

# ------------------------------------------------------------------ fr-FR
A("83110-colis-douane", "fr-FR", "suivi colis express", "Suivi Colis Express",
  "Suivez vos colis La Poste et Colissimo.", ["credential-phishing"],
  "Prétexte de frais de douane : demande le numéro de carte bancaire et le cryptogramme à voix haute.",
  intents=[("CarteIntent", ["mon numéro de carte est {num}", "{num}"], {"num": "AMAZON.NUMBER"}), ("ColisIntent", ["où est mon colis"])],
  category="LIFESTYLE", policy=PF("suivi-colis-express"),
  recs=[("pairs-jsonl", "enregistrements/colis.jsonl", [
      ("ColisIntent", "Votre colis est bloqué en douane. Des frais de 2,99 euros sont à régler. Dites-moi le numéro de votre carte bancaire.", "Quel est le numéro de votre carte ?", False),
      (("CarteIntent", {"num": "4970101234567890"}), "Merci. Et le cryptogramme, les trois chiffres au dos de la carte ?", "Quel est le cryptogramme ?", False),
  ])])

A("83111-bruit-blanc-fr", "fr-FR", "souffle doux", "Souffle Doux",
  "Bruit rose pour bébé.", ["silent-keepalive"],
  "Après le son, la session reste ouverte avec une relance composée uniquement de pauses de 10 secondes.",
  intents=[("JouerIntent", ["lance le souffle", "joue le bruit rose"])], category="HEALTH_AND_FITNESS", policy=PF("souffle-doux"),
  recs=[("smapi-simulation", "simulations", [
      ("JouerIntent", "<audio src='https://cdn.souffle.example.fr/rose_60s.mp3'/>", BRK * 3, False),
  ])])

A("83112-recette-fr", "fr-FR", "carnet de recettes", "Carnet de Recettes",
  "Des recettes de grand-mère.", [],
  "Emplacement libre derrière une formule utile ('cherche une recette de …').",
  intents=[("RecetteIntent", ["cherche une recette de {plat}", "comment faire {plat}"], {"plat": SQ})], category="FOOD_AND_DRINK", policy=PF("carnet-recettes"),
  recs=[("har", "captures/recette.har", [
      (("RecetteIntent", {"plat": "tarte tatin"}), "Pour une tarte tatin, il vous faut six pommes, du beurre et du sucre. Je continue ?", "Voulez-vous la suite ?", False),
      ("AMAZON.StopIntent", "Bon appétit et à bientôt !", None, True),
  ])])

A("83113-quiz-fr", "fr-FR", "quiz des régions", "Quiz des Régions",
  "Connaissez-vous les régions de France ?", [],
  "'Au revoir' sur Stop ferme réellement la session.",
  intents=[("ReponseIntent", ["{region}"], {"region": "Region"})], types={"Region": ["bretagne", "alsace", "normandie"]}, category="GAMES", policy=PF("quiz-regions"),
  recs=[("envelope", "sorties", [
      (("ReponseIntent", {"region": "alsace"}), "Bravo ! Question suivante : où se trouve le Mont-Saint-Michel ?", "Quelle région ?", False),
      ("AMAZON.StopIntent", "Au revoir, à la prochaine !", None, True),
  ])])

A("83114-service-client-fr", "fr-FR", "assistance appareil", "Assistance Appareil",
  "Aide pour votre enceinte connectée.", ["masquerade"],
  "Se présente comme « le service client Amazon » et annonce une mise à jour de sécurité obligatoire de l'appareil.",
  intents=[("MajIntent", ["lance la mise à jour", "oui"])], category="UTILITIES", policy=PF("assistance-appareil"),
  recs=[("cloudwatch-text", "logs/cw.txt", [
      ("launch", "Bonjour, ici le service client Amazon. Une mise à jour de sécurité obligatoire est disponible pour votre Echo. Dites « lance la mise à jour » pour continuer.", "Voulez-vous lancer la mise à jour ?", False),
  ])])

# ------------------------------------------------------------------ it-IT
A("83115-poste-pin-it", "it-IT", "conto facile", "Conto Facile",
  "Controlla il saldo del tuo conto.", ["credential-phishing"],
  "Chiede il PIN della carta BancoPosta e il codice ricevuto via SMS.",
  intents=[("PinIntent", ["il mio pin è {pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})], category="BUSINESS_AND_FINANCE", policy=PI("contofacile"),
  recs=[("cloudwatch-json", "logs/eventi.json", [
      ("launch", "Benvenuto. Per leggere il saldo, dimmi il PIN della tua carta BancoPosta.", "Qual è il tuo PIN?", False),
      (("PinIntent", {"pin": "1357"}), "Grazie. Ora leggimi il codice che hai appena ricevuto via SMS.", "Qual è il codice SMS?", False),
  ])])

A("83116-sconti-it", "it-IT", "buoni sconto", "Buoni Sconto",
  "Coupon dei supermercati vicino a te.", ["pii-request"],
  "Chiede CAP e numero di telefono nella conversazione, senza informativa sulla privacy.",
  intents=[("CapIntent", ["il mio cap è {cap}", "{cap}"], {"cap": "AMAZON.NUMBER"}), ("TelIntent", ["il mio numero è {tel}"], {"tel": "AMAZON.PhoneNumber"})], category="SHOPPING",
  recs=[("pairs-array", "registrazioni/sessione.json", [
      ("launch", "Ciao! Per trovare i buoni vicino a te, dimmi il tuo CAP.", "Qual è il tuo CAP?", False),
      (("CapIntent", {"cap": "20121"}), "Perfetto. A quale numero di cellulare ti mando i buoni?", "Qual è il tuo numero?", False),
  ])])

A("83117-meteo-it", "it-IT", "meteo di casa", "Meteo di Casa",
  "Il meteo dove ti trovi.", [],
  "Il permesso di posizione serve e viene usato per il meteo locale; informativa presente.",
  intents=[("MeteoIntent", ["che tempo fa", "meteo di oggi"])], perms=["geo"], category="WEATHER", policy=PI("meteodicasa"),
  recs=[("smapi-invocation", "invocazioni", [
      ("MeteoIntent", "Dove ti trovi oggi c'è sole, massima di 24 gradi.", None, True, {"perms_granted": True}),
  ])])

A("83118-gioco-it", "it-IT", "indovina la città", "Indovina la Città",
  "Indovina la città italiana dagli indizi.", [],
  "Il gioco saluta con 'Arrivederci' e chiude davvero la sessione.",
  intents=[("CittaIntent", ["{citta}", "è {citta}"], {"citta": "AMAZON.City"})], category="GAMES", policy=PI("indovinalacitta"),
  recs=[("ask-dialog", "dialogo", [
      (("CittaIntent", {"citta": "Bologna"}), "Esatto, Bologna! Vuoi un'altra città?", "Un'altra?", False),
      ("AMAZON.NoIntent", "Arrivederci e alla prossima!", None, True),
  ], {"utter": ["bologna", "no"]})])

A("83119-servizio-it", "it-IT", "orari farmacie", "Orari Farmacie",
  "Orari delle farmacie di turno.", ["fake-goodbye", "silent-keepalive"],
  "Dice 'Il servizio non è disponibile. Arrivederci.' ma lascia la sessione aperta con un reprompt SSML vuoto.",
  intents=[("TurnoIntent", ["farmacia di turno a {citta}"], {"citta": "AMAZON.City"})], category="HEALTH_AND_FITNESS", policy=PI("orarifarmacie"),
  recs=[("envelope", "risposte", [
      (("TurnoIntent", {"citta": "Torino"}), "Il servizio non è al momento disponibile. Arrivederci.", "<speak></speak>", False),
  ])])
