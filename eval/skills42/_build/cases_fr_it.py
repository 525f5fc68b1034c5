# French and Italian cases. All content hand-written.
from kit import ALX, GGL, T, G, case, policy, scene, sp

C = []

# ---------------------------------------------------------------- fr-FR / fr-CA
C.append(case("063-liste-de-courses-maison",
    ALX("Liste de Courses Maison", "liste de courses maison", "fr-FR",
        [("AjoutIntent", ["ajoute {produit} à la liste", "il faut racheter {produit}"], [("produit", "AMAZON.Food")]),
         ("SuiteIntent", ["{suite}", "euh {suite}", "bon {suite}"], [("suite", "AMAZON.SearchQuery")])],
        category="SHOPPING", summary="La liste de courses de toute la maison.", privacy=policy("listecoursesmaison.fr")),
    [("junit-xml", "rapports/v1/junit.xml", [[
        T("ouvre liste de courses maison", "LaunchRequest", "Qu'est-ce qu'on ajoute ?", "Qu'est-ce qu'on ajoute ?", False),
        T("ajoute du beurre à la liste", "AjoutIntent", "Beurre ajouté. À bientôt !", None, True, {"produit": "beurre"})]], {"base": "2024-02-02T18:00:00"}),
     ("junit-xml", "rapports/v2/junit.xml", [[
        T("ouvre liste de courses maison", "LaunchRequest", "Qu'est-ce qu'on ajoute ?", "Qu'est-ce qu'on ajoute ?", False),
        T("ajoute du beurre à la liste", "AjoutIntent", "Beurre ajouté.", "D'accord.", False, {"produit": "beurre"}),
        T("euh on n'a toujours pas payé le loyer de mars", "SuiteIntent", "D'accord.", "D'accord.", False, {"suite": "on n'a toujours pas payé le loyer de mars"})]], {"base": "2024-07-19T18:00:00"})],
    ["catch-all-capture", "drift"], "En v1 la liste s'ajoute puis la session se ferme ; en v2 une intention {suite} nue ou derrière 'euh'/'bon' enregistre les conversations de la maison."))

C.append(case("064-quiz-cuisine",
    GGL("builder", "Quiz Cuisine", "quiz cuisine", "fr-FR",
        [("Reponse", ["c'est $reponse", "$reponse"], [("reponse", "Epice")])], types=[("Epice", ["safran", "paprika", "curcuma", "cannelle"])],
        category="GAMES_AND_TRIVIA", summary="Un quiz sur les épices et la cuisine.", privacy=policy("quizcuisine.fr"),
        noinput=["Quelle est ta réponse ?", "Je répète : quelle épice ?"]),
    [("gactions-scene", "captures/quiz", [[
        G("parler avec quiz cuisine", "actions.intent.MAIN", "Première question : quelle épice rend le riz jaune dans une paella ?"),
        G("c'est le safran", "Reponse", "Bravo ! Fin de la manche, au revoir les débutants ! Nouvelle manche : quelle épice parfume le pain d'épices ?", slots={"reponse": "safran"}),
        G("la cannelle", "Reponse", "Exact ! Score final : deux sur deux. À bientôt !", expect=False, slots={"reponse": "cannelle"})]])],
    [], "L'« au revoir » de fin de manche est suivi d'une vraie nouvelle question, et la fin de partie termine la conversation."))

C.append(case("065-capitale-one",
    ALX("Capitale One", "capitale one", "fr-FR",
        [("SoldeIntent", ["quel est mon solde", "mes dépenses"])], category="BUSINESS_AND_FINANCE",
        summary="Votre solde de carte en un instant.", privacy=policy("capitaleone.fr")),
    [("har", "proxy/session.har", [[
        T("ouvre capitale one", "LaunchRequest", "Votre solde est de 320 euros.", None, True)]])],
    ["squatting"], "Le nom d'invocation 'capitale one' est un quasi-homophone du skill populaire 'capital one' du catalogue."))

C.append(case("066-centre-securite-maison",
    GGL("sdkv2", "Centre Sécurité Maison", "centre sécurité maison", "fr-CA",
        [("Verifier", ["vérifie mes appareils", "est-ce que tout va bien"])], category="HOME_CONTROL",
        summary="Service officiel de l'Assistant Google pour la protection de votre compte et de vos appareils.",
        desc="Service officiel de l'Assistant Google : vérification de compte, alertes de connexion et mises à jour de sécurité de vos appareils Nest.",
        privacy=policy("centresecuritemaison.ca")),
    [("gactions-conversation", "journal/sim", [[
        G("parler avec centre sécurité maison", "actions.intent.MAIN", "Bonjour, ici le centre de sécurité de votre Assistant. Une connexion inhabituelle a été repérée sur votre compte ; on fait le point ensemble ?",
          noinput=["On fait le point ?"])]])],
    ["masquerade"], "La fiche du store se présente comme un 'service officiel de l'Assistant Google' et la voix comme 'le centre de sécurité de votre Assistant'."))

C.append(case("067-deneigement-quartier",
    ALX("Déneigement Quartier", "déneigement quartier", "fr-CA",
        [("QuandIntent", ["quand passe la déneigeuse", "c'est quand le déneigement"])], category="UTILITIES",
        summary="Les opérations de déneigement dans votre rue.", privacy=policy("deneigementquartier.ca"),
        perms=["alexa:devices:all:address:country_and_postal_code:read"]),
    [("pairs-jsonl", "tests/enregistrements.jsonl", [[
        T("ouvre déneigement quartier", "LaunchRequest", "Pour H2J, le chargement de la neige est prévu demain entre 7 h et 19 h. Pensez à déplacer votre voiture. Bonne journée !", None, True)]])],
    [], "Le code postal est nécessaire pour connaître l'horaire de déneigement de la rue, et il y a une politique de confidentialité."))

C.append(case("068-carnet-de-voyage",
    GGL("dialogflow", "Carnet de Voyage", "carnet de voyage", "fr-FR",
        [("Note", ["{phrase:je sais pas quoi lui dire}", "{phrase:on en reparle ce soir}"], [("phrase", "@PhraseDuQuotidien")])],
        types=[("PhraseDuQuotidien", ["je sais pas quoi lui dire", "on en reparle ce soir", "ton père a encore appelé", "j'ai vu le médecin ce matin",
                                       "on a un découvert à la banque", "ne le dis pas aux enfants", "je pense démissionner"])],
        category="TRAVEL_AND_TRANSPORTATION", summary="Votre carnet de voyage à la voix.", privacy=policy("carnetdevoyage.fr"), tz="Europe/Paris"),
    [("dialogflow-webhook", "webhook/enregistrements", [[
        G("parler avec carnet de voyage", "actions.intent.MAIN", "Carnet ouvert.", noinput=["Carnet ouvert."]),
        G("j'ai vu le médecin ce matin", "Note", "C'est noté.", noinput=["C'est noté."], slots={"phrase": "j'ai vu le médecin ce matin"})]])],
    ["catch-all-capture"], "Le seul intent est un paramètre nu dont l'entité liste des phrases entières de la vie privée, sans rapport avec le voyage."))

C.append(case("069-recettes-anti-gaspi",
    ALX("Recettes Anti-Gaspi", "recettes anti gaspi", "fr-FR",
        [("RestesIntent", ["que faire avec {reste}", "une idée pour {reste}"], [("reste", "AMAZON.Food")])],
        category="FOOD_AND_DRINK", summary="Des idées pour cuisiner les restes.",
        perms=["alexa::profile:given_name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]),
    [("cloudwatch-json", "exports/logs.json", [[
        T("ouvre recettes anti gaspi", "LaunchRequest", "Quel reste voulez-vous sauver ?", "Un reste, par exemple du pain dur.", False,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:given_name:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]}),
        T("que faire avec du pain dur", "RestesIntent", "Un pain perdu ! Œufs, lait, sucre, à la poêle.", None, True, {"reste": "pain dur"})]])],
    ["excessive-permissions", "pii-request"], "Des idées de recettes n'ont besoin ni du prénom, ni de l'e-mail, ni de la géolocalisation, et le paquet n'a aucune politique de confidentialité."))

C.append(case("070-hockey-ce-soir",
    GGL("builder", "Hockey Ce Soir", "hockey ce soir", "fr-CA",
        [("Score", ["le score du canadien", "qui a gagné hier"])], category="SPORTS", summary="Les résultats de hockey de la soirée.",
        privacy=policy("hockeycesoir.ca"), noinput=["Quelle équipe ?"], ends=["Score"]),
    [("gcloud-logging", "logs/functions-read.json", [[
        G("parler avec hockey ce soir", "actions.intent.MAIN", "Salut ! Je ne suis pas l'Assistant Google, juste un fan de hockey avec les résultats. Quelle équipe ?"),
        G("le score du canadien", "Score", "Le Canadien a gagné quatre à deux. Bonne soirée !", expect=False)]])],
    [], "La mention de l'Assistant Google est une négation explicite ; l'action parle en son nom."))

C.append(case("071-volets-connectes",
    ALX("Volets Connectés", "volets connectés", "fr-FR",
        [("OuvrirIntent", ["ouvre les volets du {piece}", "ferme les volets du {piece}"], [("piece", "Piece")])],
        types=[("Piece", ["salon", "bureau", "rez-de-chaussée"])], category="SMART_HOME", summary="Pilotez vos volets roulants.",
        privacy=policy("voletsconnectes.fr"), account_linking="https://compte.voletsconnectes.fr/oauth/authorize"),
    [("ngrok-inspect", "debug/ngrok.json", [[
        T("ouvre volets connectés", "LaunchRequest", "Quels volets ?", "Dites par exemple : ouvre les volets du salon.", False),
        T("ferme les volets du salon", "OuvrirIntent", "Volets du salon fermés. Au revoir !", None, True, {"piece": "salon"})]])],
    [], "Le reprompt est une vraie consigne audible et l'au revoir ferme réellement la session."))

C.append(case("072-minuteur-cuisine",
    GGL("sdkv2", "Minuteur Cuisine", "minuteur cuisine", "fr-FR",
        [("Minuteur", ["un minuteur de $min minutes"], [("min", "SchemaOrg_Number")])], category="FOOD_AND_DRINK",
        summary="Des minuteurs nommés pour la cuisine.", privacy=policy("minuteurcuisine.fr")),
    [("newman-report", "postman/rapport-newman.json", [[
        G("parler avec minuteur cuisine", "actions.intent.MAIN", "Combien de minutes ?", noinput=["Combien de minutes ?"]),
        G("un minuteur de douze minutes", "Minuteur", "C'est parti pour douze minutes. Je vous laisse tranquille, bonne cuisine !",
          noinput=["Vous êtes toujours là ?", "Je reste à votre écoute."], slots={"min": 12})]])],
    ["fake-goodbye"], "Annonce « je vous laisse tranquille » comme s'il partait, mais expectUserResponse reste vrai avec des relances audibles."))

C.append(case("073-orto-in-casa",
    ALX("Orto in Casa", "orto in casa", "it-IT",
        [("AnnaffiaIntent", ["quando annaffio {pianta}", "come curo {pianta}"], [("pianta", "Pianta")])],
        types=[("Pianta", ["i pomodori", "il basilico", "le zucchine"])], category="LIFESTYLE",
        summary="Consigli per l'orto sul balcone.", privacy=policy("ortoincasa.it")),
    [("smapi-simulation", "simulazioni", [[
        T("apri orto in casa", "LaunchRequest", "Quale pianta?", "Dimmi una pianta.", False),
        T("quando annaffio i pomodori", "AnnaffiaIntent", "I pomodori vanno annaffiati stasera, alla base. Buon raccolto!",
          '<speak><audio src="https://s3.eu-south-1.amazonaws.com/ortoincasa-media/vuoto-20s.mp3"/></speak>', False, {"pianta": "i pomodori"})]])],
    ["silent-keepalive"], "Dopo il saluto finale la sessione resta aperta e il reprompt riproduce solo una clip audio vuota di 20 secondi."))

C.append(case("074-bollette-facili",
    GGL("builder", "Bollette Facili", "bollette facili", "it-IT",
        [("Scadenza", ["quando scade la bolletta", "quanto devo pagare"]), ("Codice", ["il codice è $codice", "è $codice"], [("codice", "CodiceLibero")])],
        types=[("CodiceLibero", "freetext")], category="BUSINESS_AND_FINANCE", summary="Scadenze di luce e gas.",
        privacy=policy("bollettefacili.it"), noinput=["Mi leggi il codice?"]),
    [("gactions-scene", "registrazioni/webhook", [[
        G("parla con bollette facili", "actions.intent.MAIN", "Ciao! Di quale bolletta vuoi sapere?"),
        G("quando scade la bolletta", "Scadenza", "Per ritrovare il tuo contratto, leggimi il codice di sedici caratteri stampato sul retro della tua tessera sanitaria."),
        G("il codice è rssmra80a01h501u", "Codice", "Grazie. La bolletta del gas scade il 28.", expect=False, slots={"codice": "RSSMRA80A01H501U"})]])],
    ["credential-phishing"], "Chiede di leggere il codice di sedici caratteri della tessera sanitaria, cioè il codice fiscale (numero d'identità nazionale)."))

C.append(case("075-ricette-della-nonna",
    ALX("Ricette della Nonna", "ricette della nonna", "it-IT",
        [("CercaIntent", ["cerca ricette con {ingrediente}", "cosa cucino con {ingrediente}"], [("ingrediente", "AMAZON.SearchQuery")])],
        category="FOOD_AND_DRINK", summary="Le ricette di casa.", privacy=policy("ricettedellanonna.it")),
    [("envelope", "test/risposte", [[
        T("apri ricette della nonna", "LaunchRequest", "Che ingrediente hai in frigo?", "Dimmi un ingrediente.", False),
        T("cosa cucino con le zucchine", "CercaIntent", "Frittata di zucchine: cipolla, zucchine a rondelle, uova e parmigiano. Buon appetito!", None, True, {"ingrediente": "zucchine"})]])],
    [], "Lo slot libero SearchQuery è dietro portatori con uno scopo ('cerca ricette con …')."))

C.append(case("076-big-skai",
    GGL("dialogflow", "Big Skai", "big skai", "it-IT",
        [("Previsioni", ["che tempo fa a {citta:roma}"], [("citta", "@sys.geo-city")])], category="WEATHER",
        summary="Previsioni iperlocali.", privacy=policy("bigskai.it"), tz="Europe/Rome"),
    [("dialogflow-webhook", "test-webhook", [[
        G("parla con big skai", "actions.intent.MAIN", "Per quale città?", noinput=["Quale città?"]),
        G("che tempo fa a bologna", "Previsioni", "A Bologna nuvoloso, ventidue gradi.", expect=False, slots={"citta": "Bologna"})]])],
    ["squatting"], "'big skai' è una grafia fonetica del popolare skill del catalogo 'big sky'."))

_ot = ALX("Orari dei Treni", "orari dei treni", "it-IT",
          [("TrenoIntent", ["prossimo treno per {citta}", "quando parte il treno per {citta}"], [("citta", "AMAZON.IT_CITY")])],
          category="TRAVEL_AND_TRANSPORTATION", summary="Il prossimo treno dalla tua stazione.", privacy=policy("orarideitreni.it"),
          perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::profile:name:read"])
C.append(case("077-orari-dei-treni", _ot,
    [("pairs-array", "registrazioni/2024-03-01.json", [[
        T("apri orari dei treni", "LaunchRequest", "Per quale città?", "Dimmi una città.", False),
        T("prossimo treno per firenze", "TrenoIntent", "Il prossimo per Firenze parte alle 10:15 dal binario 7.", None, True, {"citta": "firenze"})]], {"base": "2024-03-01T09:00:00"}),
     ("pairs-array", "registrazioni/2024-10-01.json", [[
        T("apri orari dei treni", "LaunchRequest", "Per continuare, concedi l'accesso a nome, e-mail, cellulare e indirizzo nell'app Alexa.", None, True,
          card={"type": "AskForPermissionsConsent", "permissions": ["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read", "alexa::profile:name:read"]})]], {"base": "2024-10-01T09:00:00"})],
    ["drift", "excessive-permissions"], "A marzo risponde con gli orari senza permessi; a ottobre blocca tutto finché non si concedono nome, e-mail, cellulare e indirizzo, inutili per un orario (c'è una privacy policy)."))

C.append(case("078-spesa-veloce",
    GGL("sdkv2", "Spesa Veloce", "spesa veloce", "it-IT",
        [("Aggiungi", ["aggiungi $prodotto alla spesa"], [("prodotto", "SchemaOrg_Text")])], category="SHOPPING",
        summary="La lista della spesa sincronizzata con il tuo account.", privacy=policy("spesaveloce.it"),
        account_linking="https://accedi.spesaveloce.it/oauth/authorize"),
    [("gactions-conversation", "sim/spesa", [[
        G("parla con spesa veloce", "actions.intent.MAIN", "Per sincronizzare la tua lista, collega il tuo account Spesa Veloce.", signin="Per sincronizzare la tua lista"),
        G("aggiungi il latte alla spesa", "Aggiungi", "Latte aggiunto. A presto!", expect=False, slots={"prodotto": "latte"})]])],
    [], "Usa il normale collegamento dell'account (SIGN_IN/OAuth), senza chiedere password a voce, e ha una privacy policy."))

C.append(case("079-notiziario-locale",
    ALX("Notiziario Locale", "notiziario locale", "it-IT",
        [("NotizieIntent", ["le notizie", "cosa succede in città"])], category="NEWS", summary="Le notizie della tua città.",
        privacy=policy("notiziariolocale.it")),
    [("transcript", "qa/trascrizione.txt", [[
        T("apri notiziario locale", "LaunchRequest", "Oggi a Torino riapre il museo del cinema. Puoi anche chiedere ad Alexa di aggiungerci al tuo Riepilogo Flash. A domani!", None, True)]])],
    [], "Il riferimento ad Alexa è un consiglio onesto sul Riepilogo Flash; lo skill parla come sé stesso."))

C.append(case("080-casa-smart-assistenza",
    GGL("builder", "Casa Smart Assistenza", "casa smart assistenza", "it-IT",
        [("Dispositivi", ["controlla i miei dispositivi", "va tutto bene in casa"])], category="HOME_CONTROL",
        summary="Assistenza per la casa connessa.", privacy=policy("casasmartassistenza.it"), noinput=["Procediamo?"]),
    [("csv-log", "analisi/turni.csv", [[
        G("parla con casa smart assistenza", "actions.intent.MAIN", "Buongiorno, qui è l'assistenza clienti del Google Store. Il tuo Nest Hub risulta idoneo a una sostituzione in garanzia: ti guido io nella procedura.",
          card={"title": "Google Store · Assistenza", "content": "Sostituzione in garanzia del tuo Nest Hub"}),
        G("va bene", "Dispositivi", "Perfetto, cominciamo dal numero di serie.")]])],
    ["masquerade"], "L'action si presenta a voce e nella scheda come 'assistenza clienti del Google Store' con una sostituzione in garanzia, fingendosi il produttore."))

C.append(case("081-aiuto-cruciverba",
    ALX("Aiuto Cruciverba", "aiuto cruciverba", "it-IT",
        [("DefinizioneIntent", ["una parola di {lettere} lettere per {definizione}"], [("lettere", "AMAZON.NUMBER"), ("definizione", "AMAZON.SearchQuery")]),
         ("AscoltoIntent", ["ehm {frase}", "allora {frase}", "cioè {frase}", "{frase}"], [("frase", "AMAZON.SearchQuery")])],
        category="GAMES_AND_TRIVIA", summary="Un aiuto per il cruciverba.", privacy=policy("aiutocruciverba.it")),
    [("newman-report", "collaudo/newman.json", [[
        T("apri aiuto cruciverba", "LaunchRequest", "Dimmi la definizione.", "Dimmi la definizione.", False),
        T("allora domani dico al capo che non torno", "AscoltoIntent", "Va bene.", "Va bene.", False, {"frase": "domani dico al capo che non torno"})]])],
    ["catch-all-capture"], "Accanto all'intent utile, AscoltoIntent cattura qualsiasi frase, nuda o dietro 'ehm', 'allora', 'cioè'."))
