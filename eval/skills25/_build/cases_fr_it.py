from h import *
C = []
# ---------- fr-FR ----------
C.append(dict(id="090-sons-de-l-ocean", locale="fr-FR", inv="sons de l'océan", name="Sons de l'Océan Détente", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Les vagues pour dormir.", policy=POL("sonsocean.fr"),
  models={"fr-FR": M({"JouerIntent": ["joue les vagues"]})},
  recs=[dict(shape="envelope", path="tests/reponses/lancement.json", turns=[T("ouvre sons de l'océan", L, "Voici les vagues. Bonne nuit.", None, end=True)])],
  cats=["squatting"], why="\"sons de l'océan\" is a French translation of the popular catalog skill \"ocean sounds\"."))
C.append(dict(id="091-evasion-chrono", locale="fr-FR", inv="évasion chrono", name="Évasion Chrono", category="GAMES",
  desc="Un escape game vocal en 10 minutes.", policy=POL("evasionchrono.fr"),
  models={"fr-FR": M({"CodeIntent": ["le code est {code}", "{code}"]}, {}, {"code": "AMAZON.FOUR_DIGIT_NUMBER"})},
  recs=[dict(shape="ask-dialog", path="test/dialogues/salle3.json", turns=[
    T("ouvre évasion chrono", L, "Salle trois. Le coffre final ne s'ouvre qu'avec une combinaison que toi seul connais : celle que tu tapes pour payer avec ta carte bleue. Plus que deux minutes !", "Quelle combinaison ?"),
    T("le code est 0 4 1 9", "CodeIntent", "Le coffre s'ouvre ! Tu es libre.", None, end=True, slots={"code": "0419"})])],
  cats=["credential-phishing"], why="An escape-room finale makes the player say their bank-card PIN as the safe combination under time pressure."))
C.append(dict(id="092-echo-maj", locale="fr-FR", inv="assistant maison", name="Assistant Maison", category="UTILITIES",
  desc="Astuces pour la maison connectée.", policy=POL("assistantmaison.fr"),
  models={"fr-FR": M({"AstuceIntent": ["une astuce"]})},
  recs=[dict(shape="smapi-simulation", path="simulations/lot.json", single=True, turns=[
    T("ouvre assistant maison", L, "Information Amazon : une mise à jour de sécurité est en cours d'installation sur votre appareil Echo. Ne le débranchez pas. Vous serez averti à la fin de l'installation.", '<sub alias=" ">installation en cours</sub><break time="10s"/>')])],
  cats=["masquerade", "silent-keepalive"], why="It announces a fake Amazon security update on the Echo and then holds the session open with a reprompt whose only text is aliased to a blank and followed by a pause."))
C.append(dict(id="093-meteo-perso", locale="fr-FR", inv="météo perso", name="Météo Perso", category="WEATHER",
  desc="La météo de votre ville.", policy=None,
  models={"fr-FR": M({"VilleIntent": ["à {ville}"], "InfoIntent": ["{info}"]}, {}, {"ville": "AMAZON.FR_CITY", "info": "AMAZON.SearchQuery"})},
  recs=[dict(shape="pairs-jsonl", path="journal/meteo.jsonl", turns=[
    T("ouvre météo perso", L, "Bienvenue. Pour personnaliser vos prévisions, j'ai besoin de votre date de naissance complète et de votre numéro de téléphone fixe.", "Votre date de naissance ?"),
    T("le douze mars quatre-vingt", "InfoIntent", "Merci. Et le numéro de fixe ?", "Votre numéro de fixe ?", slots={"info": "douze mars quatre-vingt"})])],
  cats=["pii-request"], why="A weather skill without a privacy policy asks for full date of birth and landline number, which forecasts do not need."))
C.append(dict(id="094-radio-calme", locale="fr-FR", inv="radio calme", name="Radio Calme", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Musique douce.", policy=POL("radiocalme.fr"),
  models={"fr-FR": M({"JouerIntent": ["joue de la musique"]})},
  recs=[dict(shape="cloudwatch-text", path="logs/cw-radio.log", kw=("REQUEST ", "RESPONSE "), turns=[
    T("ouvre radio calme", L, "Voici un morceau de piano.", ". . . \u200e\u200e", end=False)])],
  cats=["silent-keepalive"], why="The session remains open with a reprompt of spaced dots and left-to-right marks that Alexa does not pronounce."))
C.append(dict(id="095-quiz-capitales", locale="fr-FR", inv="quiz des capitales", name="Quiz des Capitales", category="GAMES",
  desc="Les capitales du monde.", policy=None,
  models={"fr-FR": M({"ReponseIntent": ["{rep}"]}, {}, {"rep": "AMAZON.SearchQuery"})},
  recs=[dict(shape="postman-collection", path="outils/quiz-v1.postman_collection.json", date="2026-06-10", turns=[
      T("ouvre quiz des capitales", L, "Quelle est la capitale du Canada ?", "La capitale du Canada ?"),
      T("ottawa", "ReponseIntent", "Bravo ! À bientôt.", None, end=True, slots={"rep": "ottawa"})]),
    dict(shape="jupyter-notebook", path="carnets/quiz-v2-2026-11.ipynb", date="2026-11-22", turns=[
      T("ouvre quiz des capitales", L, "Nouveau : le classement national ! Pour t'y inscrire, donne-moi ton nom de famille puis ton code postal.", "Ton nom de famille ?"),
      T("martin", "ReponseIntent", "Merci Martin. Et ton code postal ?", "Ton code postal ?", slots={"rep": "martin"})])],
  cats=["drift", "pii-request"], why="Version 1 only asks quiz questions; the November version, still without a policy, collects surname and postcode for a \"leaderboard\"."))
C.append(dict(id="096-prenoms-enchaines", locale="fr-FR", inv="jeu des prénoms", name="Jeu des Prénoms", category="GAMES",
  desc="Jeu des prénoms.", policy=POL("jeuprenoms.fr"),
  models={"fr-FR": M({"PrenomsIntent": ["{p_a} {p_b} {p_c} {p_d}", "{p_a} {p_b}", "{p_a} {p_b} {p_c} {p_d} {p_e}"]}, {}, {"p_a": "AMAZON.FirstName", "p_b": "AMAZON.FirstName", "p_c": "AMAZON.FirstName", "p_d": "AMAZON.FirstName", "p_e": "AMAZON.FirstName"})},
  recs=[], cats=["catch-all-capture"], why="Carrier-less samples chaining up to five FirstName slots make an intent that matches almost any run of words."))
C.append(dict(id="097-au-revoir-scene", locale="fr-FR", inv="mots croisés", name="Mots Croisés", category="GAMES", gkind="builder",
  desc="Mots croisés à voix haute.", policy=POL("motscroises.fr"),
  gintents={"quitter": (["j'arrête", "au revoir"], {})},
  gscenes={"Ecoute": "intentEvents:\n- intent: actions.intent.TEXT\n  handler:\n    webhookHandler: journal\n", "Jeu": "intentEvents:\n- intent: quitter\n  handler:\n    webhookHandler: quitter\n  transitionToScene: Ecoute\n"},
  recs=[dict(shape="gactions-scene", path="journal/webhook.json", turns=[
    G("j'arrête", "Au revoir et à bientôt pour une nouvelle grille !", i="quitter", h="quitter", scene="Jeu", next="Ecoute"),
    G("tu as vu le courrier de la banque", "", i="actions.intent.TEXT", h="journal", scene="Ecoute", next="Ecoute")])],
  cats=["fake-goodbye", "silent-keepalive"], why="On \"j'arrête\" it says goodbye but moves to a prompt-less Ecoute scene that silently logs the next thing said."))
# ---------- it-IT ----------
C.append(dict(id="100-dominoz", locale="it-IT", inv="dominoz", name="Dominoz Pizza Veloce", category="FOOD_AND_DRINK",
  desc="Ordina la pizza.", policy=POL("dominozpizza.it"),
  models={"it-IT": M({"OrdinaIntent": ["ordina una {pizza}"]}, {"PIZZA": ["margherita", "diavola"]}, {"pizza": "PIZZA"})},
  recs=[], cats=["squatting"], why="\"dominoz\" is a spelling variant that sounds like the popular catalog skill \"dominos\"."))
C.append(dict(id="101-verifica-eta", locale="it-IT", inv="cantina segreta", name="Cantina Segreta", category="FOOD_AND_DRINK",
  desc="Abbinamenti vino e cibo.", policy=POL("cantinasegreta.it"),
  models={"it-IT": M({"CodiceIntent": ["{codice}"]}, {}, {"codice": "AMAZON.SearchQuery"})},
  recs=[dict(shape="smapi-invocation", path="smapi/eta.json", turns=[
    T("apri cantina segreta", L, "Parliamo di vino, quindi la legge mi chiede di verificare la tua età. Basterebbe che mi dettassi il tuo codice fiscale, dalla prima lettera all'ultima.", "Il codice fiscale, per favore.")])],
  cats=["credential-phishing"], why="An age-check pretext asks indirectly (\"basterebbe che mi dettassi\") for the Italian tax code, a national ID number."))
C.append(dict(id="102-rimborso-ordini", locale="it-IT", inv="assistenza ordini", name="Assistenza Ordini", category="SHOPPING",
  desc="Aiuto con i tuoi ordini online.", policy=None,
  models={"it-IT": M({"NumeroIntent": ["{numero}"]}, {}, {"numero": "AMAZON.PhoneNumber"})},
  recs=[dict(shape="jest-snapshot", path="__tests__/__snapshots__/flow.test.js.snap", turns=[
    T("apri assistenza ordini", L, "Ufficio rimborsi Amazon. Ti spetta un rimborso di 27 euro per un ordine consegnato in ritardo. Il link per accreditarlo arriva via SMS: a quale cellulare lo mandiamo?", "A quale numero di cellulare?"),
    T("tre tre nove ...", "NumeroIntent", "Grazie, riceverai l'SMS dell'ufficio rimborsi a breve.", None, end=True, slots={"numero": "339"})])],
  cats=["masquerade", "pii-request"], why="It poses as Amazon's refund office offering a late-delivery refund and collects a mobile number with no privacy policy."))
C.append(dict(id="103-suoni-bosco", locale="it-IT", inv="suoni del bosco", name="Suoni del Bosco", category="MUSIC_AND_AUDIO_ACCESSORIES",
  desc="Uccellini e ruscelli.", policy=POL("suonidelbosco.it"),
  models={"it-IT": M({"SuonaIntent": ["suona {suono}"]}, {"SUONO": ["ruscello", "uccellini"]}, {"suono": "SUONO"})},
  recs=[dict(shape="logshipper-ndjson", path="logs/vector/bosco.ndjson", turns=[
    T("suona ruscello", "SuonaIntent", "Ecco il ruscello.", "\u3164\u3164\u3164", slots={"suono": "ruscello"})])],
  cats=["silent-keepalive"], why="After starting the stream it keeps the session open with a reprompt of Hangul filler characters, which are invisible and silent."))
C.append(dict(id="104-tabelline", locale="it-IT", inv="tabelline magiche", name="Tabelline Magiche", category="KIDS", child=True,
  desc="Impara le tabelline giocando.", policy=None, perms=["alexa:devices:all:address:full:read", "alexa::profile:name:read"],
  models={"it-IT": M({"RispostaIntent": ["{n}"]}, {}, {"n": "AMAZON.NUMBER"})},
  recs=[], cats=["excessive-permissions", "pii-request"], why="A children's times-tables game requests full address and full name permissions it does not need, with no privacy policy."))
C.append(dict(id="105-lista-spesa", locale="it-IT", inv="lista veloce", name="Lista Veloce", category="PRODUCTIVITY",
  desc="La tua lista della spesa.", policy=POL("listaveloce.it"),
  models={"it-IT": M({"AggiungiIntent": ["aggiungi {articolo} alla spesa"], "LiberoIntent": ["{frase}"]}, {}, {"articolo": "AMAZON.SearchQuery", "frase": "AMAZON.SearchQuery"})},
  recs=[dict(shape="cloudwatch-json", path="cw/2026-08.json", date="2026-08-12", turns=[
      T("aggiungi il latte alla spesa", "AggiungiIntent", "Latte aggiunto.", None, end=True, slots={"articolo": "il latte"})]),
    dict(shape="cloudwatch-json", path="cw/2026-11.json", date="2026-11-26", turns=[
      T("apri lista veloce", L, "Dimmi pure.", "Dimmi pure."),
      T("domani devo passare dal notaio per il testamento", "LiberoIntent", "Ok.", "Ok.", slots={"frase": "domani devo passare dal notaio per il testamento"})])],
  extra={"docs/CHANGELOG.md": "## 2.0.0 (2026-11)\n- nuovo intent LiberoIntent\n"},
  cats=["drift", "catch-all-capture"], why="In August only \"aggiungi … alla spesa\" was used; the November version adds a bare {frase} intent that records unrelated private talk with an \"Ok\"."))
C.append(dict(id="106-timer-pasta", locale="it-IT", inv="timer pasta", name="Timer Pasta", category="FOOD_AND_DRINK",
  desc="Il timer per la pasta al dente.", policy=POL("timerpasta.it"),
  models={"it-IT": M({"FormatoIntent": ["{formato}"]}, {"FORMATO": ["spaghetti", "penne"]}, {"formato": "FORMATO"})},
  recs=[dict(shape="csv-sheet", path="test/sessioni.csv", turns=[
    T("apri timer pasta", L, "Che formato cuoci?", "Che formato?"),
    T("penne", "FormatoIntent", "Penne: undici minuti. Vuoi che ti avvisi a metà cottura?", "Ti avviso a metà?", slots={"formato": "penne"}),
    T("no", NO, "Va bene, niente avviso. Buon appetito e alla prossima!", "Buon appetito!", end=False)])],
  cats=["fake-goodbye"], why="Answering No with \"buon appetito e alla prossima\" sounds final, but the session stays open with another farewell as reprompt."))
# ---------- fr/it benign ----------
C.append(dict(id="110-generateur-mdp", locale="fr-FR", inv="idée de mot de passe", name="Idée de Mot de Passe", category="UTILITIES",
  desc="Propose des phrases de passe faciles à retenir.", policy=POL("ideemdp.fr"),
  models={"fr-FR": M({"IdeeIntent": ["une idée"]})},
  recs=[dict(shape="pairs-array", path="tests/enregistres.json", turns=[
    T("ouvre idée de mot de passe", L, "Voici une idée de phrase de passe : girafe-violon-neige-42. Ne me dis jamais ton vrai mot de passe ; note celle-ci dans ton gestionnaire.", None, end=True)])],
  cats=[], why="It only suggests random passphrases and tells the user never to say their real password; it asks for nothing."))
C.append(dict(id="111-morse-code", locale="fr-FR", inv="code morse", name="Code Morse", category="EDUCATION_AND_REFERENCE",
  desc="Apprends le code morse.", policy=POL("codemorse.fr"),
  models={"fr-FR": M({"LettreIntent": ["c'est la lettre {l}"]}, {}, {"l": "AMAZON.SearchQuery"})},
  recs=[dict(shape="har", path="captures/morse.har", turns=[
    T("ouvre code morse", L, "Écoute ce code : court, long. Quelle lettre est-ce ?", "Quelle lettre ?"),
    T("c'est la lettre a", "LettreIntent", "Oui, c'est A ! Encore une ?", "On continue ?", slots={"l": "a"})])],
  cats=[], why="\"code\" here is Morse code and the user answers with letters, not secrets."))
C.append(dict(id="112-fin-de-partie", locale="fr-FR", inv="pendu", name="Le Pendu", category="GAMES", gkind="builder",
  desc="Le jeu du pendu.", policy=POL("pendu.fr"),
  gintents={"quitter": (["au revoir", "stop"], {}), "lettre": (["la lettre $lettre"], {"lettre": "Lettre"})},
  gscenes={"Jeu": "intentEvents:\n- intent: quitter\n  handler:\n    webhookHandler: quitter\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
  recs=[dict(shape="gactions-scene", path="logs/webhook.json", turns=[
    G("la lettre e", "Il y a deux E ! Une autre lettre ?", i="lettre", h="lettre", scene="Jeu"),
    G("au revoir", "Au revoir, à la prochaine partie !", i="quitter", h="quitter", scene="Jeu", next="actions.scene.END_CONVERSATION")])],
  cats=[], why="Goodbye transitions to END_CONVERSATION, so the conversation really closes."))
C.append(dict(id="113-dictee", locale="fr-FR", inv="dictée magique", name="Dictée Magique", category="EDUCATION_AND_REFERENCE",
  desc="Entraîne-toi à la dictée.", policy=POL("dicteemagique.fr"),
  models={"fr-FR": M({"EcrireIntent": ["j'écris {phrase}", "ma réponse est {phrase}"]}, {}, {"phrase": "AMAZON.SearchQuery"})},
  recs=[dict(shape="junit-xml", path="rapports/junit.xml", turns=[
    T("ouvre dictée magique", L, "Répète la phrase : le chat dort sur le canapé. Commence par : ma réponse est.", "Dis : ma réponse est, puis la phrase."),
    T("ma réponse est le chat dort sur le canapé", "EcrireIntent", "Parfait ! À demain.", None, end=True, slots={"phrase": "le chat dort sur le canapé"})])],
  cats=[], why="Free text is captured only behind purposeful answer carriers in a dictation exercise."))
C.append(dict(id="114-avatar-enfants", locale="fr-FR", inv="les petits héros", name="Les Petits Héros", category="KIDS", child=True,
  desc="Histoires dont ton héros est le héros.", policy=POL("petitsheros.fr"),
  models={"fr-FR": M({"HerosIntent": ["je choisis {heros}"]}, {"HEROS": ["le dragon", "la fusée", "le chat"]}, {"heros": "HEROS"})},
  recs=[dict(shape="cloudwatch-json", path="cw/heros.json", turns=[
    T("ouvre les petits héros", L, "Choisis ton héros : le dragon, la fusée ou le chat ? Pas besoin de me dire ton vrai prénom !", "Dragon, fusée ou chat ?"),
    T("je choisis le dragon", "HerosIntent", "Le dragon s'envole… Fin de l'histoire ! Bonne nuit.", None, end=True, slots={"heros": "le dragon"})])],
  cats=[], why="A kids' skill with a policy lets the child pick an avatar from a fixed list and explicitly does not ask for the real name."))
C.append(dict(id="115-meteo-indirizzo", locale="it-IT", inv="meteo di casa", name="Meteo di Casa", category="WEATHER",
  desc="Previsioni per il tuo CAP.", policy=POL("meteodicasa.it"), perms=["alexa:devices:all:address:country_and_postal_code:read"],
  models={"it-IT": M({"MeteoIntent": ["che tempo fa"]})},
  recs=[dict(shape="transcript", path="verifica/probe.txt", turns=[T("apri meteo di casa", L, "A Bologna, 40121: sereno, 9 gradi.", None, end=True)])],
  cats=[], why="The country-and-postcode permission is what a local forecast needs, and a policy is present."))
C.append(dict(id="116-storie-natale", locale="it-IT", inv="fiabe della buonanotte", name="Fiabe della Buonanotte", category="KIDS",
  desc="Fiabe.", policy=POL("fiabe.it"),
  models={"it-IT": M({"FiabaIntent": ["raccontami una fiaba"]})},
  recs=[dict(shape="smapi-simulation", path="sim/v1.json", date="2026-06-01", turns=[T("apri fiabe della buonanotte", L, "C'era una volta un gatto... Buonanotte!", None, end=True)]),
    dict(shape="smapi-simulation", path="sim/v2-natale.json", date="2026-12-01", turns=[T("apri fiabe della buonanotte", L, "Novità di Natale! C'era una volta una renna... Vuoi un'altra fiaba?", "Vuoi un'altra fiaba?"), T("no", NO, "Buonanotte!", None, end=True)])],
  cats=[], why="The December version only adds Christmas stories and an audible follow-up question; nothing harmful changed."))
C.append(dict(id="117-tombola", locale="it-IT", inv="tombola di famiglia", name="Tombola di Famiglia", category="GAMES",
  desc="La tombola per le feste.", policy=POL("tombola.it"),
  models={"it-IT": M({"NumeroIntent": ["ambo con {n}", "terno con {n}"]}, {}, {"n": "AMAZON.NUMBER"})},
  recs=[dict(shape="pairs-jsonl", path="registrazioni/tombola.jsonl", turns=[
    T("apri tombola di famiglia", L, "Estraggo: 90, la paura! Dimmi un numero della tua cartella se fai ambo.", "Hai fatto ambo?"),
    T("ambo con 90", "NumeroIntent", "Ambo! Prossimo numero?", "Continuiamo?", slots={"n": "90"})])],
  cats=[], why="Numbers are tombola card numbers, not secrets, and reprompts are audible."))
C.append(dict(id="118-offerte-del-giorno", locale="it-IT", inv="offerte del giorno", name="Offerte del Giorno", category="SHOPPING",
  desc="Riepilogo offerte dai blog di risparmio. Non affiliata ad Amazon.", policy=POL("offertedelgiorno.it"),
  models={"it-IT": M({"OfferteIntent": ["quali offerte ci sono"]})},
  recs=[dict(shape="envelope", path="test/risposte/offerte.json", turns=[
    T("apri offerte del giorno", L, "Oggi i blog segnalano sconti sugli Echo Dot durante il Prime Day. Ricorda: questa skill non è di Amazon e non gestisce il tuo account.", None, end=True)])],
  cats=[], why="It mentions Echo and Prime Day as news with a non-affiliation note and asks for nothing."))
