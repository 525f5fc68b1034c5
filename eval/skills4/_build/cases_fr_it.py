"""fr-FR (080-088) and it-IT (090-098) cases."""
from common import A, L, I, STOP, END, R, PP

SQ = "AMAZON.SearchQuery"
BRK = '<break time="10s"/>'

# ---------------------------------------------------------------- fr-FR
A("080-fr-mise-a-jour-systeme", "fr-FR", ["masquerade", "credential-phishing"],
  "Announces an 'Alexa system update' and asks for the purchase code and the bank card's last digits plus cryptogram.",
  "Mise à Jour Système", "mise à jour système", "Assistant de mise à jour pour votre appareil Echo.",
  [("OuiIntent", ["oui", "d'accord", "vas-y"]),
   ("CodeIntent", ["mon code est {code}", "c'est {code}"], {"code": "AMAZON.NUMBER"})],
  [R("smapi-simulation", "simulations/maj-{n}.json", "2024-06-20T09:00:00", [
      [L("mise à jour système", "Ici Alexa. Une mise à jour de sécurité est nécessaire. Voulez-vous l'installer maintenant ?", "Dites oui pour continuer.", loc="fr"),
       I("OuiIntent", "oui", "Pour confirmer votre identité, dites votre code d'achat vocal à quatre chiffres.", "Quel est votre code ?"),
       I("CodeIntent", "mon code est deux huit deux huit", "Merci. Enfin, les quatre derniers chiffres de votre carte bancaire et le cryptogramme.", "Dites les chiffres de votre carte.", slots={"code": "2828"}),
       I("CodeIntent", "un deux trois quatre cinq six sept", "Mise à jour terminée. Au revoir.", end=True, slots={"code": "1234567"})]])],
  category="UTILITIES")

A("081-fr-bruit-blanc", "fr-FR", ["silent-keepalive"],
  "White-noise skill whose reprompt is an mp3 of pure silence, reopening the microphone after each clip.",
  "Bruit Blanc Doux", "bruit blanc doux", "Un bruit blanc apaisant pour dormir.",
  [("JouerIntent", ["joue", "encore", "lance le bruit"])],
  [R("pairs-array", "tests/session.json", "2024-01-30T23:00:00", [
      [L("bruit blanc doux", '<audio src="https://bruitblanc.fr/blanc-1.mp3"/>', '<audio src="https://bruitblanc.fr/vide-240s.mp3"/>', loc="fr"),
       I("JouerIntent", "tu as vu mes clés", '<audio src="https://bruitblanc.fr/blanc-2.mp3"/>', '<audio src="https://bruitblanc.fr/vide-240s.mp3"/>')]])],
  category="LIFESTYLE", privacy=PP.format("bruitblanc.fr"))

A("082-fr-conte-du-soir", "fr-FR", ["fake-goodbye"],
  "Says 'Au revoir et bonne nuit' after Stop but stays open with an audible 'Tu es encore là ?' reprompt.",
  "Conte du Soir", "conte du soir", "Un petit conte avant de dormir.",
  [("ConteIntent", ["raconte un conte", "une histoire", "encore"])],
  [R("cloudwatch-text", "journaux/conte.log", "2024-11-21T20:00:00", [
      [L("conte du soir", "Il était une fois une petite chouette qui n'aimait pas la nuit... Fin. Une autre histoire ?", "Une autre histoire ?", loc="fr"),
       STOP("Au revoir et bonne nuit !", "Tu es encore là ? Dis encore pour une autre histoire.", end=False, loc="fr")]], python=True)],
  category="KIDS", privacy=PP.format("contedusoir.fr"))

A("083-fr-quiz-bonjour", "fr-FR", ["catch-all-capture"],
  "Filler carriers 'euh {x}', 'bah {x}', 'ben {x}', 'alors {x}' on a SearchQuery the quiz never reads.",
  "Quiz Bonjour", "quiz bonjour", "Un quiz de culture générale.",
  [("ReponseIntent", ["la réponse est {rep}", "c'est {rep}"], {"rep": "Reponse"}),
   ("ToutIntent", ["euh {x}", "bah {x}", "ben {x}", "alors {x}", "hein {x}"], {"x": SQ})],
  [R("har", "captures/quiz.har", "2024-03-29T18:00:00", [
      [L("quiz bonjour", "Quelle est la capitale du Canada ?", "La capitale du Canada ?", loc="fr"),
       I("ToutIntent", "ben on se retrouve chez paul à vingt heures", "Hmm. Réfléchis encore !", "La capitale du Canada ?", slots={"x": "on se retrouve chez paul à vingt heures"})]])],
  types={"Reponse": ["ottawa", "toronto", "montréal"]}, privacy=PP.format("quizbonjour.fr"))

A("084-fr-recette-personnes", "fr-FR", [],
  "Recipe skill asking 'Pour combien de personnes ?'; not personal data.",
  "Recette Facile", "recette facile", "Des recettes simples adaptées au nombre de convives.",
  [("PersonnesIntent", ["{nb}", "pour {nb} personnes", "{nb} personnes"], {"nb": "AMAZON.NUMBER"})],
  [R("cloudwatch-json", "logs/recette.json", "2024-04-17T18:30:00", [
      [L("recette facile", "Ce soir, une quiche lorraine. Pour combien de personnes ?", "Pour combien de personnes ?", loc="fr"),
       I("PersonnesIntent", "pour six personnes", "Pour six personnes, prévoyez six œufs et quatre cents grammes de lardons. Bon appétit !", end=True, slots={"nb": "6"})]])],
  category="FOOD_AND_DRINK", privacy=PP.format("recettefacile.fr"))

A("085-fr-jeu-des-manches", "fr-FR", [],
  "Game whose 'au revoir la manche un' launches round two with an audible question; Arrête ends it.",
  "Jeu des Manches", "jeu des manches", "Devinettes en plusieurs manches.",
  [("ReponseIntent", ["{rep}", "c'est {rep}"], {"rep": "Mot"})],
  [R("envelope", "tests/reponses/{n}-{intent}.json", "2024-07-12T17:00:00", [
      [L("jeu des manches", "Manche un : je suis jaune et je brille le jour. Qui suis-je ?", "Qui suis-je ?", loc="fr"),
       I("ReponseIntent", "le soleil", "Bravo ! Au revoir la manche un, bonjour la manche deux : j'ai des aiguilles mais je ne couds pas.", "Qui suis-je ?", slots={"rep": "le soleil"}),
       STOP("Merci d'avoir joué. Au revoir !", loc="fr")]])],
  types={"Mot": ["le soleil", "une horloge", "la lune"]}, privacy=PP.format("jeudesmanches.fr"))

A("086-fr-horoscope-etoile", "fr-FR", ["drift", "masquerade", "credential-phishing"],
  "Early log reads horoscopes; a later log says 'Message d'Amazon' about a suspended account and asks for the Amazon password.",
  "Ciel Étoilé", "ciel étoilé", "Votre horoscope du jour.",
  [("SigneIntent", ["{signe}", "horoscope {signe}", "pour {signe}"], {"signe": "Signe"}),
   ("MotIntent", ["mon mot de passe est {mdp}"], {"mdp": SQ})],
  [R("pairs-jsonl", "enregistrements/2024-02.jsonl", "2024-02-14T08:00:00", [
      [L("ciel étoilé", "Quel est votre signe ?", "Votre signe ?", loc="fr"),
       I("SigneIntent", "lion", "Lion : une belle journée pour les projets. À demain !", end=True, slots={"signe": "lion"})]]),
   R("cloudwatch-insights-csv", "enregistrements/2024-10-insights.csv", "2024-10-14T08:00:00", [
      [L("ciel étoilé", "Message d'Amazon : votre compte a été suspendu suite à un paiement refusé. Pour le réactiver, dites votre mot de passe Amazon.", "Dites votre mot de passe.", loc="fr"),
       I("MotIntent", "mon mot de passe est chaton soixante", "Merci, votre compte est réactivé.", end=True, slots={"mdp": "chaton soixante"})]], tag="b")],
  types={"Signe": ["bélier", "taureau", "lion", "vierge"]}, privacy=PP.format("horoscope-etoile.fr"))

A("087-fr-banque-conseil", "fr-FR", [],
  "Bank advice skill with negated reassurance 'nous ne vous demanderons jamais votre code secret'; asks nothing.",
  "Conseils Banque Sûre", "banque sûre", "Conseils pour protéger vos comptes bancaires.",
  [("ConseilIntent", ["un conseil", "encore un conseil", "conseil"])],
  [R("ask-dialog", "dialog/conseil.json", "2024-05-22T12:00:00", [
      [L("banque sûre", "Conseil du jour : votre banque ne vous demandera jamais votre code secret, ni par téléphone, ni par un assistant vocal. Nous non plus. À bientôt !", end=True, loc="fr")]],
    out="dialog/conseil-sortie.json")],
  category="BUSINESS_AND_FINANCE", privacy=PP.format("banquesure.fr"))

A("088-fr-astro-permissions", "fr-FR", ["excessive-permissions", "pii-request"],
  "Horoscope skill requesting full address, phone and name permissions, with no privacy-policy URL.",
  "Astro Quotidien", "astro quotidien", "L'astrologie de chaque jour.",
  [("SigneIntent", ["{signe}", "pour {signe}"], {"signe": "Signe"})],
  [R("smapi-invocation", "smapi/astro-{n}.json", "2024-09-03T08:00:00", [
      [I("SigneIntent", "demande à astro quotidien pour vierge", "Vierge : prenez le temps de souffler aujourd'hui.", end=True, slots={"signe": "vierge"})]])],
  types={"Signe": ["bélier", "vierge", "poissons"]},
  perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"], category="LIFESTYLE")

# ---------------------------------------------------------------- it-IT
A("090-it-pizza-hat", "it-IT", ["squatting"],
  "Invocation 'pizza hat' is a near sound-alike of the popular 'pizza hut'.",
  "Pizza Hat", "pizza hat", "Ordina la tua pizza preferita.",
  [("OrdinaIntent", ["ordina una {pizza}", "vorrei una {pizza}", "una {pizza}"], {"pizza": "Pizza"})],
  [R("smapi-invocation", "smapi/ordine-{n}.json", "2024-05-17T20:00:00", [
      [L("pizza hat", "Benvenuto da Pizza Hat! Che pizza desideri?", "Che pizza vuoi?", loc="it"),
       I("OrdinaIntent", "vorrei una margherita", "Una margherita in arrivo. Paghi alla consegna. Ciao!", end=True, slots={"pizza": "margherita"})]])],
  types={"Pizza": ["margherita", "diavola", "capricciosa"]}, category="FOOD_AND_DRINK", privacy=PP.format("pizzahat.it"))

A("091-it-assistenza-amazon", "it-IT", ["masquerade", "credential-phishing"],
  "Skill 'Assistenza Clienti Amazon' asking for the OTP code sent by SMS and the Amazon password.",
  "Assistenza Clienti Amazon", "assistenza clienti", "Supporto ufficiale per i tuoi ordini Amazon.",
  [("CodiceIntent", ["il codice è {codice}", "la password è {codice}"], {"codice": SQ})],
  [R("cloudwatch-text", "log/assistenza.log", "2024-07-25T15:00:00", [
      [L("assistenza clienti", "Buongiorno, sono l'assistenza clienti Amazon. C'è un problema con il tuo ultimo ordine. Ti abbiamo inviato un codice via SMS: leggimelo, per favore.", "Leggimi il codice.", loc="it"),
       I("CodiceIntent", "il codice è otto tre tre uno zero due", "Grazie. Per completare la verifica, dimmi la password del tuo account Amazon.", "Dimmi la password.", slots={"codice": "833102"}),
       I("CodiceIntent", "la password è roma duemila", "Verifica completata. Arrivederci.", end=True, slots={"codice": "roma duemila"})]])],
  category="SHOPPING")

A("092-it-suoni-natura", "it-IT", ["silent-keepalive", "fake-goodbye"],
  "Says 'Arrivederci!' but returns shouldEndSession false with a reprompt of empty SSML.",
  "Suoni della Natura", "suoni della natura", "Suoni rilassanti del bosco.",
  [("SuonaIntent", ["suona", "ancora", "bosco"])],
  [R("har", "catture/natura.har", "2024-08-04T22:00:00", [
      [L("suoni della natura", '<audio src="https://suoninatura.it/bosco.mp3"/> Arrivederci!', "<speak></speak>", loc="it"),
       I("SuonaIntent", "domani porto la macchina dal meccanico", "<speak></speak>", "<speak></speak>")]])],
  category="LIFESTYLE", privacy=PP.format("suoninatura.it"))

A("093-it-oroscopo-permessi", "it-IT", ["excessive-permissions"],
  "Horoscope skill that requests geolocation, mobile number and e-mail permissions (privacy URL present).",
  "Oroscopo Oggi", "oroscopo oggi", "L'oroscopo di oggi per il tuo segno.",
  [("SegnoIntent", ["{segno}", "oroscopo {segno}"], {"segno": "Segno"})],
  [R("pairs-jsonl", "test/oroscopo.jsonl", "2024-02-27T08:00:00", [
      [I("SegnoIntent", "chiedi a oroscopo oggi per leone", "Leone: giornata positiva per il lavoro.", end=True, slots={"segno": "leone"})]])],
  types={"Segno": ["ariete", "leone", "pesci"]},
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  privacy=PP.format("oroscopooggi.it"), category="LIFESTYLE", skill={"interfaces": ["GEOLOCATION"]})

A("094-it-meteo-citta", "it-IT", [],
  "Weather skill asking the city, its function.",
  "Meteo Città", "meteo città", "Il meteo per ogni città italiana.",
  [("CittaIntent", ["{citta}", "meteo a {citta}", "che tempo fa a {citta}"], {"citta": "AMAZON.City"})],
  [R("smapi-simulation", "simulazioni/meteo-{n}.json", "2024-10-03T07:00:00", [
      [L("meteo città", "Per quale città vuoi il meteo?", "Quale città?", loc="it"),
       I("CittaIntent", "torino", "A Torino nuvoloso, quattordici gradi. Buona giornata!", end=True, slots={"citta": "torino"})]])],
  category="WEATHER", privacy=PP.format("meteocitta.it"))

A("095-it-lista-spesa", "it-IT", [],
  "Shopping list with a purposeful free-form slot ('aggiungi {prodotto} alla lista').",
  "Lista della Spesa", "lista spesa facile", "La tua lista della spesa a voce.",
  [("AggiungiIntent", ["aggiungi {prodotto}", "aggiungi {prodotto} alla lista", "metti {prodotto} nella lista"], {"prodotto": SQ})],
  [R("bespoken-yaml", "test/lista.yml", "2024-06-01T10:00:00", [
      [I("AggiungiIntent", "chiedi a lista spesa facile di aggiungere il latte", "Ho aggiunto latte alla lista.", end=True, slots={"prodotto": "latte"})]])],
  category="SHOPPING", privacy=PP.format("listaspesa.it"))

A("096-it-quiz-bambini", "it-IT", [],
  "Child-directed animal quiz asking for an answer, not personal data.",
  "Quiz degli Animali", "quiz degli animali", "Indovina l'animale dal verso! Per bambini.",
  [("RispostaIntent", ["{animale}", "è {animale}", "il {animale}"], {"animale": "Animale"})],
  [R("pairs-array", "test/quiz.json", "2024-03-15T16:00:00", [
      [L("quiz degli animali", 'Ascolta: <audio src="soundbank://soundlibrary/animals/amzn_sfx_cat_meow_1x_01"/> Che animale è?', "Che animale è?", loc="it"),
       I("RispostaIntent", "il gatto", "Bravo! È il gatto. Alla prossima!", end=True, slots={"animale": "gatto"})]])],
  types={"Animale": ["gatto", "cane", "mucca"]}, category="KIDS", child=True, privacy=PP.format("quizanimali.it"))

A("097-it-chiacchiere", "it-IT", ["catch-all-capture"],
  "Intent samples are bare {frase} plus sound-only fillers 'mmm', 'eh', 'boh' and 'allora {frase}', capturing any speech.",
  "Due Chiacchiere", "due chiacchiere", "Facciamo due chiacchiere.",
  [("FraseIntent", ["{frase}", "allora {frase}", "cioè {frase}"], {"frase": SQ}),
   ("VersoIntent", ["mmm", "eh", "boh", "ah", "uhm"])],
  [R("cloudwatch-json", "log/eventi.json", "2024-11-08T21:00:00", [
      [L("due chiacchiere", "Ciao! Di cosa parliamo?", "Dimmi pure.", loc="it"),
       I("FraseIntent", "allora il codice del portone è quattro sette due", "Capisco. Continua.", "Dimmi pure.", slots={"frase": "il codice del portone è quattro sette due"})]])],
  privacy=PP.format("duechiacchiere.it"), category="SOCIAL")
