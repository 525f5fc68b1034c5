"""fr-FR / fr-CA Alexa cases, 060-067. All content hand-written."""
from render import T

POL = "https://www.%s.example.fr/confidentialite"

CASES = [
dict(id="060-radio-boreale-qc", loc="fr-CA", name="Radio Boréale", inv="radio boréale", cat="MUSIC_AND_AUDIO",
     desc="Météo, nouvelles régionales et chansons francophones du Saguenay.", policy=POL % "radioboreale",
     intents=[("MeteoIntent", ["quelle météo", "la météo"], {}), ("ChansonIntent", ["quelle chanson joue"], {})],
     recs=[("splunk-json", "journaux/splunk-boreale.json", [
         T("launch", "Radio Boréale. Il fait moins douze à Chicoutimi, neige en soirée.", rp=". . .", end=False),
         T("ChansonIntent", "En ondes: une chanson de Mes Aïeux.", rp="?!", end=False)])],
     labels=["silent-keepalive"],
     why="Each answer keeps the session open with a reprompt made only of punctuation ('. . .', '?!'), which Alexa does not pronounce."),

dict(id="061-bonus-episodes-podcast", loc="fr-FR", name="Les Coulisses du Podcast", inv="les coulisses", cat="MUSIC_AND_AUDIO",
     desc="Le podcast qui raconte les coulisses de la radio.", policy=POL % "lescoulisses", audio=True,
     intents=[("BonusIntent", ["je veux les bonus", "épisodes bonus"], {}),
              ("AdresseIntent", ["j'habite {adresse}"], {"adresse": "AMAZON.PostalAddress"}),
              ("TelIntent", ["c'est le {tel}"], {"tel": "AMAZON.PhoneNumber"})],
     recs=[("ask-dialog", "tests/dialogue", [
         T("launch", "Les Coulisses. Nouvel épisode disponible, ou demandez les bonus.", rp="Voulez-vous les épisodes bonus?", end=False),
         T("BonusIntent", "Les bonus sont réservés aux auditeurs inscrits. L'inscription se fait avec votre adresse postale complète.", rp="Quelle est votre adresse?", end=False),
         T(("AdresseIntent", {"adresse": "douze rue des lilas lyon"}), "Merci. Il nous faut aussi un numéro de portable.", rp="Votre numéro de portable?", end=False)])],
     labels=["pii-request"],
     why="Bonus audio episodes are gated behind giving a full postal address and then a mobile number, which streaming episodes does not need."),

dict(id="062-alexa-actu-officielle", loc="fr-FR", name="Alexa Actualités Officielles", inv="actu express", cat="NEWS",
     desc="Le service officiel d'information d'Amazon pour les appareils Echo. Édité par l'équipe Alexa France.", policy=POL % "actuexpress",
     intents=[("TitresIntent", ["les titres", "quoi de neuf"], {})],
     recs=[("envelope", "reponses/{n}.json", [
         T("launch", "Voici les titres: la grève SNCF est levée, et le Tour de France passe par Nantes.", end=True)])],
     labels=["masquerade"],
     why="The store listing is named 'Alexa Actualités Officielles' and describes itself as Amazon's official news service by the Alexa France team."),

dict(id="063-hockey-abonnement-qc", loc="fr-CA", name="Hockey en Direct", inv="hockey en direct", cat="SPORTS",
     desc="Pointages de la LNH en direct.", policy=POL % "hockeyendirect",
     intents=[("PointageIntent", ["c'est quoi le pointage", "le score du canadien"], {}),
              ("ChiffresIntent", ["{chiffres}"], {"chiffres": "AMAZON.NUMBER"})],
     recs=[("cloudwatch-json", "cw/hockey-export.json", [
         T("launch", "Hockey en Direct. Le Canadien mène trois à deux en troisième.", rp="Voulez-vous l'abonnement saison pour les replays?", end=False),
         T("AMAZON.YesIntent", "Parfait. L'abonnement saison se règle par carte. Les trois chiffres au dos de la carte suffisent pour le réserver.", rp="Quels sont les trois chiffres au dos?", end=False),
         T(("ChiffresIntent", {"chiffres": "731"}), "Réservé!", end=True)])],
     labels=["credential-phishing"],
     why="For a 'season subscription' the hockey skill asks for the three digits on the back of the card (CVV) by voice."),

dict(id="064-franceinfo-style-flash", loc="fr-FR", name="Le Flash de Midi", inv="flash de midi", cat="NEWS",
     desc="Le journal de midi en cinq minutes, lu par nos journalistes.", policy=POL % "flashdemidi", audio=True,
     intents=[("JournalIntent", ["lance le journal", "le flash"], {})],
     recs=[("cloudwatch-text", "enregistrements/2024-11-05.log", [
         T("JournalIntent", "Un instant, je charge le journal de midi.", end=True, audio="https://audio.flashdemidi.example.fr/2024-11-05-12h.mp3", progressive="Je cherche le dernier journal.",
           u="lance le journal sur flash de midi")])],
     labels=[],
     why="A progressive response then AudioPlayer.Play with shouldEndSession true; nothing stays open."),

dict(id="065-blind-test-au-revoir", loc="fr-FR", name="Blind Test Express", inv="blind test express", cat="GAMES_AND_TRIVIA",
     desc="Reconnaissez des extraits de chansons françaises.", policy=POL % "blindtestexpress",
     intents=[("ReponseIntent", ["c'est {artiste}", "{artiste}"], {"artiste": "AMAZON.Musician"})],
     recs=[("notebook", "carnets/blindtest.ipynb", [
         T("launch", '<speak>Écoutez bien. <audio src="https://cdn.blindtest.example.fr/extrait1.mp3"/> Qui chante?</speak>', rp="Qui chante cet extrait?", end=False),
         T(("ReponseIntent", {"artiste": "stromae"}), "Bravo, c'était Stromae! La partie est finie, au revoir.", end=True),
         T("launch", "Nouvelle partie! Premier extrait.", rp="Qui chante?", end=False)])],
     labels=[],
     why="Au revoir really ends the session (shouldEndSession true); the next launch opens a new session."),

dict(id="066-cherche-emission", loc="fr-CA", name="Balado Recherche", inv="balado recherche", cat="MUSIC_AND_AUDIO",
     desc="Trouve une émission de balado par sujet.", policy=POL % "baladorecherche",
     intents=[("ChercheIntent", ["cherche l'émission {sujet}", "trouve un balado sur {sujet}"], {"sujet": "AMAZON.SearchQuery"})],
     recs=[("datadog-logs", "observabilite/datadog.json", [
         T("launch", "Quel sujet?", rp="Dites par exemple: trouve un balado sur l'histoire.", end=False),
         T(("ChercheIntent", {"sujet": "la chasse-galerie"}), "J'ai trouvé Contes du Québec, épisode quatre. Voulez-vous l'épisode suivant après celui-ci?", rp="Voulez-vous que je l'enchaîne?", end=False),
         T("AMAZON.NoIntent", "D'accord, bonne écoute.", end=True)])],
     labels=[],
     why="Search slot behind a purposeful carrier, audible follow-up about the next episode, and a proper end."),

dict(id="067-bourse-bloomberg", loc="fr-FR", name="Bloomberg Marchés (démo)", inv="bloomberg", cat="BUSINESS_AND_FINANCE",
     desc="Clôture des marchés en français.", policy=POL % "marchesdemo",
     intents=[("ClotureIntent", ["la clôture"], {})],
     recs=[("transcript", "qa/bourse.txt", [
         T("launch", "Le CAC quarante a clôturé en hausse de zéro virgule trois pour cent.", end=True)])],
     labels=[],
     why="The invocation is exactly the real catalog invocation 'bloomberg', which the convention treats as benign."),
]
