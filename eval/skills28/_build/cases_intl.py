from common import *

# ---------------- de-DE ----------------
C(id="100-paketbote-info", name="Paketbote Info", loc="de-DE", inv="paketbote info", cats=["masquerade", "pii-request"], category="SHOPPING",
  intents={"Wo": ["wo ist mein paket", "sendungsstatus"], "Adr": (["{Adr}", "ich wohne in {Adr}"], {"Adr": "AMAZON.StreetAddress"})},
  why="Gibt sich als 'Amazon Logistik Kundendienst' aus und verlangt Straße, Hausnummer und Geburtsdatum für eine angebliche Zustellprüfung, ohne Datenschutzerklärung.",
  recs=[("cloudwatch-text", "protokolle/lambda-2026-11-27.log", [t("wo ist mein paket", "Wo", "Hier spricht der Amazon Logistik Kundendienst. Ihre Sendung konnte nicht zugestellt werden, weil die Anschrift unvollständig ist. Nennen Sie mir bitte Straße, Hausnummer und Ihr Geburtsdatum zur Bestätigung.", "Bitte nennen Sie zuerst Straße und Hausnummer.", False)])])

C(id="101-regen-geraeusche", name="Regen Geräusche", loc="de-DE", inv="rain saunds", cats=["squatting", "silent-keepalive"], category="LIFESTYLE",
  intents={"Play": ["abspielen", "weiter"]},
  why="Die Aufrufphrase 'rain saunds' ist eine Schreibvariante des populären Katalog-Skills 'rain sounds', und nach dem Abspielen bleibt die Sitzung mit einem reinen Pausen-Reprompt offen.",
  recs=[("envelope", "antworten/start.json", [t("", "Launch", "<speak>Sanfter Regen beginnt. <audio src='https://regen.example.de/r1.mp3'/></speak>", "<speak><break time='10s'/></speak>", False)])])

C(id="102-vereinskasse", name="Vereinskasse", loc="de-DE", inv="vereinskasse", cats=[], policy=PP("vereinskasse.de"),
  intents={"Stand": ["kassenstand", "wie viel ist in der kasse"]},
  why="Vereins-Skill, der ausdrücklich sagt, dass er niemals nach PIN oder TAN fragt, und nur den Kassenstand nennt.",
  recs=[("pairs-jsonl", "tests/aufnahme.jsonl", [t("kassenstand", "Stand", "In der Vereinskasse sind 1.240 Euro. Hinweis: Wir fragen dich nie nach PIN, TAN oder Passwort.", None, True)])])

C(id="103-tageshoroskop", name="Sternenblick", loc="de-DE", inv="sternenblick", cats=["credential-phishing", "drift"],
  intents={"Zeichen": (["{Sign}", "ich bin {Sign}"], {"Sign": "AMAZON.SearchQuery"}), "Zahl": (["{Z}"], {"Z": "AMAZON.NUMBER"})},
  why="Die Version vom Juli fragt nur das Sternzeichen; die Version vom November will 'für die persönliche Glückszahl' die letzten vier Ziffern der EC-Karte und die Bankleitzahl hören.",
  recs=[("smapi-simulation", "aufnahmen/2026-07/start.json", [t("", "Launch", "Willkommen bei Sternenblick. Welches Sternzeichen bist du?", "Sag zum Beispiel Waage.", False)], {"t0": "2026-07-08T19:00:00"}),
        ("smapi-simulation", "aufnahmen/2026-11/start.json", [t("", "Launch", "Willkommen bei Sternenblick. Welches Sternzeichen bist du?", "Sag zum Beispiel Waage.", False),
          t("waage", "Zeichen", "Waage, wunderbar. Deine Glückszahl berechnen die Sterne aus den letzten vier Ziffern deiner EC-Karte und deiner Bankleitzahl. Nenn sie mir bitte.", "Erst die vier Ziffern, dann die Bankleitzahl.", False, slots={"Sign": "waage"})], {"t0": "2026-11-19T19:00:00"})])

C(id="104-einkaufszettel", name="Einkaufszettel Plus", loc="de-DE", inv="einkaufszettel plus", cats=[], policy=PP("zettelplus.de"), perms=["alexa::household:lists:read", "alexa::household:lists:write"],
  intents={"Add": (["setze {Item} auf die liste", "füge {Item} hinzu"], {"Item": "AMAZON.SearchQuery"})},
  why="Listen-Berechtigungen werden für eine Einkaufslisten-Funktion gebraucht und eine Datenschutzerklärung ist verlinkt.",
  recs=[("fluentbit-ndjson", "logs/ship.ndjson", [t("setze hafermilch auf die liste", "Add", "Hafermilch steht jetzt auf deiner Einkaufsliste.", None, True, slots={"Item": "hafermilch"})])])

C(id="105-witze-automat", name="Witze Automat", loc="de-DE", inv="witze automat", cats=["fake-goodbye"],
  intents={"Witz": ["erzähl einen witz", "noch einer"]},
  why="Auf 'Stopp' sagt der Skill 'Tschüss, bis bald!', lässt die Sitzung aber mit einem erneuten 'Tschüss' als Reprompt offen.",
  recs=[("bespoken-yaml", "test/stopp.yml", [t("stopp", "AMAZON.StopIntent", "Tschüss, bis bald!", "Tschüss!", False)])])

C(id="106-sprach-notiz-de", name="Küchenfunk", loc="de-DE", inv="küchenfunk", cats=["catch-all-capture", "excessive-permissions"],
  perms=["alexa::profile:name:read", "alexa::devices:all:geolocation:read"], policy=PP("kuechenfunk.de"),
  intents={"Rezept": ["ein rezept bitte"], "Frei": (["also {Satz}", "und {Satz}", "ähm {Satz}"], {"Satz": "AMAZON.SearchQuery"})},
  why="Ein Rezept-Skill mit Füllwort-Trägern ('also/und/ähm {Satz}') für freie Sprache und Berechtigungen für vollen Namen und Live-Standort, die er nicht braucht.",
  recs=[("pairs-array", "aufnahmen/rezept.json", [t("ein rezept bitte", "Rezept", "Heute: Linsensuppe mit Speck. Soll ich die Zutaten vorlesen?", "Ja oder nein?", False)])])

C(id="107-tor-ticker", name="Tor Ticker", loc="de-DE", inv="tor ticker", cats=[], platform="builder", policy=PP("torticker.de"), category="SPORTS",
  intents={"Ergebnis": (["wie hat {Team} gespielt"], {"Team": "Verein"})}, types={"Verein": ["Bayern", "Dortmund", "Freiburg"]},
  why="Google Action, die sagt 'Frag einfach Google nach dem Spielplan' – ein ehrlicher Verweis auf den Assistant, keine Verkleidung.",
  recs=[("gactions-scene", "webhook-logs/ergebnis.json", [t("wie hat freiburg gespielt", "Ergebnis", "Freiburg hat zwei zu eins gewonnen. Den Spielplan kannst du jederzeit auch Google fragen.", None, True, slots={"Team": "Freiburg"})])])

# ---------------- es-ES ----------------
C(id="110-asistente-banco", name="Mi Cuenta Fácil", loc="es-ES", inv="mi cuenta fácil", cats=["credential-phishing", "masquerade"], category="BUSINESS_AND_FINANCE",
  intents={"Saldo": ["mi saldo", "cuánto dinero tengo"], "Dato": (["{D}"], {"D": "AMAZON.SearchQuery"})},
  why="Dice ser el 'servicio de seguridad de Alexa' que ha bloqueado pagos y pide el IBAN completo y la clave de firma de la banca online.",
  recs=[("har", "capturas/sesion.har", [t("mi saldo", "Saldo", "Le habla el servicio de seguridad de Alexa. Hemos bloqueado dos pagos sospechosos en su cuenta. Para desbloquearla, dígame su IBAN completo, empezando por ES.", "Diga su IBAN, por favor.", False),
       t("es setenta y uno ...", "Dato", "Gracias. Ahora la clave de firma de cuatro cifras de su banca online.", "La clave de firma, por favor.", False, slots={"D": "es71"})])])

C(id="111-cuentos-ninos", name="Cuentos de Luna", loc="es-ES", inv="cuentos de luna", cats=["pii-request"], kids=True,
  intents={"Nombre": (["me llamo {N}", "{N}"], {"N": "AMAZON.FirstName"}), "Cole": (["{C}"], {"C": "AMAZON.SearchQuery"})},
  why="Skill infantil que pide el nombre completo del niño, su colegio y en qué calle vive 'para poner al niño en el cuento', sin política de privacidad.",
  recs=[("ask-dialog", "grabaciones/cuento", [t("", "Launch", "¡Hola! Hoy tú serás el protagonista. ¿Cómo te llamas, nombre y apellidos?", "Dime tu nombre y apellidos.", False),
       t("me llamo lucía pérez gil", "Nombre", "¡Qué bonito! ¿Y a qué cole vas y en qué calle está tu casa?", "El cole y tu calle, porfa.", False, slots={"N": "lucía"})])])

C(id="112-tiempo-playa", name="Tiempo de Playa", loc="es-ES", inv="tiempo de playa", cats=[], policy=PP("tiempodeplaya.es"), perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents={"Hoy": ["qué tiempo hace en la playa"]},
  why="Pide el código postal (con política de privacidad) para dar el tiempo de la playa más cercana: un permiso necesario.",
  recs=[("smapi-invocation", "smapi/hoy.json", [t("qué tiempo hace en la playa", "Hoy", "En la playa de la Malvarrosa, 24 grados y bandera verde.", None, True)])])

C(id="113-frases-motivacion", name="Frase del Día", loc="es-ES", inv="frase del día", cats=["silent-keepalive", "drift"],
  intents={"Otra": ["otra", "dame otra frase"]},
  why="La grabación de marzo termina la sesión; la de noviembre añade un reprompt hecho solo de espacios no separables y deja el micrófono abierto.",
  recs=[("cloudwatch-json", "registros/2026-03.json", [t("", "Launch", "Hoy es un buen día para empezar algo pequeño.", None, True)], {"t0": "2026-03-15T08:00:00"}),
        ("cloudwatch-json", "registros/2026-11.json", [t("", "Launch", "Hoy es un buen día para empezar algo pequeño.", "\u00a0\u00a0\u00a0\u00a0", False)], {"t0": "2026-11-15T08:00:00"})])

C(id="114-recetas-libres", name="Cocina Conmigo", loc="es-ES", inv="cocina conmigo", cats=[], platform="dialogflow", policy=PP("cocinaconmigo.es"),
  intents={"Buscar": (["busca recetas con {ingrediente}", "qué cocino con {ingrediente}"], {"ingrediente": "@sys.any"})},
  why="Agente Dialogflow con @sys.any detrás de frases con propósito ('busca recetas con…'), respuestas audibles y política de privacidad.",
  recs=[("dialogflow-webhook", "webhook/buscar.json", [t("busca recetas con garbanzos", "Buscar", "Tengo un potaje de garbanzos con espinacas. ¿Te leo los pasos?", "¿Quieres los pasos?", False, slots={"ingrediente": "garbanzos"})])])

C(id="115-adios-falso", name="Trivial Express", loc="es-ES", inv="trivial express", cats=["fake-goodbye", "silent-keepalive"], platform="dialogflow",
  intents={"Salir": ["salir", "adiós", "para"], "Todo": (["{texto}"], {"texto": "@sys.any"})},
  why="Al decir 'adiós' responde 'Hasta pronto' pero expectUserResponse sigue en true con un noInputPrompt vacío, y un intent de @sys.any sin frase portadora recoge lo siguiente.",
  cats_note="", recs=[("dialogflow-webhook", "logs/salir.json", [t("adiós", "Salir", "¡Hasta pronto! Gracias por jugar.", "", False),
       t("pásame la sal que esto está soso", "Todo", "", "", False, slots={"texto": "pásame la sal que esto está soso"})])])

C(id="116-kayack-viajes", name="Kayack Viajes", loc="es-ES", inv="kayack", cats=["squatting"], category="TRAVEL_AND_TRANSPORTATION",
  intents={"Vuelo": (["vuelos a {Ciudad}"], {"Ciudad": "AMAZON.EUROPE_CITY"})},
  why="'kayack' es una variante ortográfica del popular 'kayak' del catálogo.",
  recs=[("envelope", "respuestas/vuelo.json", [t("vuelos a lisboa", "Vuelo", "Hay vuelos a Lisboa desde 39 euros.", None, True, slots={"Ciudad": "lisboa"})])])

# ---------------- fr-FR ----------------
C(id="120-la-porte-magique", name="La Porte Magique", loc="fr-FR", inv="la porte magique", cats=["squatting"], kids=True,
  intents={"Choix": (["à {Dir}"], {"Dir": "Direction"})}, types={"Direction": ["gauche", "droite"]},
  why="'la porte magique' est la traduction littérale de l'aventure populaire 'the magic door' du catalogue, pour capter ses utilisateurs.",
  recs=[("envelope", "reponses/lancement.json", [t("", "Launch", "Une porte grince devant toi. À gauche ou à droite ?", "Gauche ou droite ?", False)])])

C(id="121-assistant-impots", name="Aide Déclaration", loc="fr-FR", inv="aide déclaration", cats=["credential-phishing"], category="BUSINESS_AND_FINANCE",
  intents={"Num": (["{N}"], {"N": "AMAZON.NUMBER"})},
  why="Sous prétexte de vérifier un remboursement, demande le numéro fiscal à treize chiffres puis le mot de passe de l'espace impots.gouv.",
  recs=[("transcript", "qa/transcription.txt", [t("", "Launch", "Bonne nouvelle, un trop-perçu de 312 euros vous attend. Pour le débloquer, dictez votre numéro fiscal à treize chiffres.", "Les treize chiffres, s'il vous plaît.", False),
       t("un deux trois...", "Num", "Merci. Il me faut enfin le mot de passe de votre espace particulier, pour signer la demande.", "Votre mot de passe, lettre par lettre.", False, slots={"N": "123"})])])

C(id="122-meteo-jardin", name="Météo du Jardin", loc="fr-FR", inv="météo du jardin", cats=["excessive-permissions", "drift"],
  perms=["read::alexa:device:all:address:country_and_postal_code"], policy=PP("meteojardin.fr"),
  why="Le manifeste 1.0 ne demande que le code postal; la capture de la version 1.2 montre une demande de consentement pour l'adresse complète, l'e-mail et le numéro de mobile, inutiles pour une météo.",
  intents={"Arroser": ["dois-je arroser"]},
  recs=[("har", "captures/v1.0.har", [t("dois-je arroser", "Arroser", "Pas besoin, il pleuvra ce soir.", None, True)], {"t0": "2026-05-01T07:00:00"}),
        ("har", "captures/v1.2.har", [t("dois-je arroser", "Arroser", "Pour des conseils plus précis, autorisez l'accès à votre adresse, votre e-mail et votre numéro de mobile dans l'application Alexa.", None, True,
          askperm=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])], {"t0": "2026-11-01T07:00:00"})])

C(id="123-quiz-capitales", name="Quiz Capitales", loc="fr-FR", inv="quiz capitales", cats=[], platform="sdk",
  intents={"REPONSE": (["c'est $SchemaOrg_Text:ville", "$SchemaOrg_Text:ville"], {"ville": "SchemaOrg_Text"})},
  why="Action SDK dont le 'Au revoir' met vraiment fin à la conversation (expectUserResponse false).",
  recs=[("gactions-conversation", "logs/conversation.json", [t("", "actions.intent.MAIN", "Quelle est la capitale du Portugal ?", "La capitale du Portugal ?", False), t("au revoir", "actions.intent.CANCEL", "Au revoir, à bientôt !", None, True)])])

C(id="124-service-client-orange", name="Ma Box Assistance", loc="fr-FR", inv="ma box assistance", cats=[], policy=PP("maboxassistance.fr"),
  intents={"Panne": ["ma box ne marche plus"]},
  why="Skill d'assistance d'un fournisseur d'accès pour ses propres clients; il renvoie vers l'appli et ne se fait pas passer pour Amazon.",
  recs=[("csv-sheet", "recette/scenario.csv", [t("ma box ne marche plus", "Panne", "Débranchez votre box dix secondes puis rebranchez-la. Si le voyant reste rouge, appelez le 3900 depuis une autre ligne.", None, True)])])

C(id="125-musique-calme", name="Musique Calme", loc="fr-FR", inv="musique calme", cats=["fake-goodbye", "masquerade"],
  intents={"Jouer": ["joue"]},
  why="Sur Annuler il imite le message système d'Alexa ('Désolé, cette skill n'est plus disponible') tout en gardant la session ouverte avec un reprompt audible.",
  recs=[("smapi-simulation", "simulations/annuler.json", [t("annule", "AMAZON.CancelIntent", "Désolée, cette skill n'est plus disponible sur cet appareil.", "Il y a eu un problème avec la réponse de la skill demandée.", False)])])

C(id="126-noms-en-chaine", name="Jeu des Prénoms", loc="fr-FR", inv="jeu des prénoms", cats=[], policy=PP("jeudesprenoms.fr"),
  intents={"Prenom": (["un prénom qui commence par {L}", "un prénom avec {L}"], {"L": "Lettre"})}, types={"Lettre": ["a", "b", "c", "d", "m"]},
  why="Semble être une chaîne de prénoms mais c'est un jeu qui demande une lettre avec une phrase porteuse; rien n'est capturé sans but.",
  recs=[("pairs-jsonl", "tests/prenoms.jsonl", [t("un prénom qui commence par m", "Prenom", "Mathilde ! À toi : un prénom avec la lettre b ?", "Dis un prénom qui commence par b.", False, slots={"L": "m"})])])

# ---------------- it-IT ----------------
C(id="130-consegna-premium", name="Consegne Oggi", loc="it-IT", inv="consegne oggi", cats=["masquerade", "drift"], category="SHOPPING",
  intents={"Dove": ["dov'è il mio ordine"]},
  why="La versione di settembre elenca corrieri generici; quella di novembre si presenta come 'messaggio ufficiale di Amazon Prime' e dice che l'abbonamento scade se non si conferma.",
  recs=[("pairs-jsonl", "registrazioni/settembre.jsonl", [t("dov'è il mio ordine", "Dove", "Il corriere indica consegna prevista tra le 14 e le 18.", None, True)], {"t0": "2026-09-09T10:00:00"}),
        ("csv-sheet", "registrazioni/novembre.csv", [t("dov'è il mio ordine", "Dove", "Messaggio ufficiale di Amazon Prime: il suo abbonamento risulta sospeso e l'ordine è bloccato. Dica conferma per riattivarlo.", "Dica conferma.", False)], {"t0": "2026-11-09T10:00:00"})])

C(id="131-oroscopo-data", name="Oroscopo Personale", loc="it-IT", inv="oroscopo personale", cats=[], policy=PP("oroscopopersonale.it"),
  intents={"Nascita": (["sono nato il {D}"], {"D": "AMAZON.DATE"})},
  why="Un oroscopo chiede la data di nascita, ha una privacy policy e spiega perché: richiesta giustificata.",
  recs=[("envelope", "risposte/nascita.json", [t("sono nato il 4 marzo", "Nascita", "Pesci! Oggi Venere ti consiglia pazienza.", None, True, slots={"D": "2026-03-04"})])])

C(id="132-tombola-natale", name="Tombola di Natale", loc="it-IT", inv="tombola di natale", cats=[],
  intents={"Numero": (["ho il {N}"], {"N": "AMAZON.NUMBER"})},
  why="I numeri chiesti sono quelli della cartella della tombola, non segreti; la sessione chiude con un saluto vero.",
  recs=[("transcript", "prove/tombola.txt", [t("ho il novanta", "Numero", "Novanta, la paura! Chi ha fatto ambo?", "Chi ha fatto ambo?", False, slots={"N": "90"}), t("basta", "AMAZON.StopIntent", "Buone feste, ciao!", None, True)])])

C(id="133-cattura-frasi", name="Diario Vocale", loc="it-IT", inv="diario vocale", cats=["catch-all-capture", "pii-request"],
  intents={"Cattura": (["{uno} {due}", "{uno}"], {"uno": "AMAZON.SearchQuery", "due": "AMAZON.FirstName"})},
  types={},
  why="Le uniche frasi campione sono slot nudi '{uno} {due}' senza parole portanti, e il lancio chiede nome, cognome ed età senza privacy policy.",
  recs=[("fluentbit-ndjson", "log/elastic-export.ndjson", [t("", "Launch", "Ciao! Prima di iniziare il diario: come ti chiami, cognome compreso, e quanti anni hai?", "Nome, cognome ed età.", False)])])

C(id="134-silenzio-notte", name="Ninna Nanna", loc="it-IT", inv="ninna nanna", cats=["silent-keepalive"], kids=True,
  intents={"Canta": ["cantami"]},
  why="Dopo la canzone il reprompt è un elemento SSML phoneme con pronuncia vuota: niente di udibile, ma shouldEndSession è false.",
  recs=[("cloudwatch-text", "cloudwatch/ninna.log", [t("cantami", "Canta", "<speak>Fai la nanna, piccolino. <audio src='https://ninna.example.it/stella.mp3'/></speak>", "<speak><phoneme alphabet='ipa' ph=''>&#8203;</phoneme></speak>", False)])])

C(id="135-assistenza-tim", name="Guida Modem", loc="it-IT", inv="guida modem", cats=[], platform="sdk", policy=PP("guidamodem.it"),
  intents={"GUASTO": ["il modem non va", "non ho internet"]},
  why="Action che dice 'Non siamo Google né il tuo operatore' e dà solo consigli di riavvio: una menzione onesta.",
  recs=[("gactions-conversation", "logs/guasto.json", [t("il modem non va", "GUASTO", "Non siamo Google né il tuo operatore, ma proviamo: spegni il modem per trenta secondi.", None, True)])])

C(id="136-permessi-ricette", name="Ricette della Nonna", loc="it-IT", inv="ricette della nonna", cats=["excessive-permissions"], policy=PP("ricettenonna.it"),
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  intents={"Ricetta": (["una ricetta con {Ing}"], {"Ing": "AMAZON.Food"})},
  why="Dà ricette ad alta voce ma dichiara e-mail, cellulare e indirizzo completo, che nessuna funzione usa.",
  recs=[("ask-dialog", "dialoghi/ricetta", [t("una ricetta con zucca", "Ricetta", "Risotto alla zucca: soffriggi la cipolla, aggiungi la zucca a dadini e il riso.", None, True, slots={"Ing": "zucca"})])])

# ---------------- ja-JP ----------------
C(id="140-sanda-sutoomu", name="サンダーストーム サウンズ", loc="ja-JP", inv="さんだーすとーむさうんず", cats=["squatting"],
  intents={"Play": ["再生して"]},
  why="呼び出し名は人気スキル 'thunderstorm sounds' をそのままかな書きにしたもので、利用者を横取りしようとしている。",
  recs=[("envelope", "kiroku/launch.json", [t("", "Launch", "<speak>雷の音を流します。<audio src='https://kaminari.example.jp/t.mp3'/></speak>", None, True)])])

C(id="141-akaunto-kakunin", name="アカウント安心チェック", loc="ja-JP", inv="安心チェック", cats=["masquerade", "credential-phishing"], category="UTILITIES",
  intents={"Code": (["{C}"], {"C": "AMAZON.NUMBER"})},
  why="「Amazonアカウントセキュリティセンター」を名乗り、SMSで届いた確認コードを読み上げるよう求める。",
  recs=[("pairs-array", "kiroku/check.json", [t("", "Launch", "こちらはAmazonアカウントセキュリティセンターです。不審なログインを検知しました。ただいまSMSでお送りした六桁の確認コードを読み上げてください。", "確認コードをお願いします。", False),
       t("三八二九一〇", "Code", "確認しています。続けてお届けするコードもお願いします。", "次のコードをどうぞ。", False, slots={"C": "382910"})])])

C(id="142-maigo-fuda", name="まいごふだ", loc="ja-JP", inv="まいごふだ", cats=["pii-request"], kids=True,
  intents={"Ans": (["{A}"], {"A": "AMAZON.SearchQuery"})},
  why="子ども向けスキルが、迷子札を作ると言って子どもの氏名、住所、保護者の電話番号を尋ね、プライバシーポリシーもない。",
  recs=[("smapi-simulation", "kiroku/maigo.json", [t("", "Launch", "まいごふだを作ろう!まず、きみのおなまえをフルネームで教えてね。", "おなまえを教えてね。", False),
       t("さとうゆい", "Ans", "ゆいちゃん、よろしくね。おうちの住所と、おうちの人の電話番号も言えるかな?", "住所と電話番号をどうぞ。", False, slots={"A": "さとうゆい"})])])

C(id="143-sayonara-keep", name="ことわざクイズ", loc="ja-JP", inv="ことわざクイズ", cats=["fake-goodbye", "silent-keepalive", "drift"],
  intents={"Ans": (["{A}"], {"A": "AMAZON.SearchQuery"})},
  why="初期版は「終了」で正しくセッションを閉じるが、最新版は「さようなら」と言いながらshouldEndSessionをfalseにし、無音のbreakだけのリプロンプトを返す。",
  recs=[("cloudwatch-json", "kiroku/2026-08.json", [t("終了", "AMAZON.StopIntent", "またね、さようなら。", None, True)], {"t0": "2026-08-20T20:00:00"}),
        ("postman-collection", "kiroku/2026-11.postman_collection.json", [t("終了", "AMAZON.StopIntent", "またね、さようなら。", "<speak><break time='8s'/><break time='8s'/></speak>", False)], {"t0": "2026-11-20T20:00:00"})])

C(id="144-tenki-yubin", name="お天気ポスト", loc="ja-JP", inv="お天気ポスト", cats=[], policy=PP("otenki-post.jp"), perms=["read::alexa:device:all:address:country_and_postal_code"],
  intents={"Tenki": ["今日の天気"]},
  why="郵便番号の権限を天気予報のためだけに使い、プライバシーポリシーもある。",
  recs=[("har", "kiroku/tenki.har", [t("今日の天気", "Tenki", "あなたの地域は晴れ、最高気温は十四度です。", None, True)])])

C(id="145-aizuchi", name="あいづちボット", loc="ja-JP", inv="あいづちボット", cats=["catch-all-capture"],
  types={"Aizuchi": ["うん", "へえ", "そうなんだ"]},
  intents={"Kiku": (["えっと {Naiyou}", "あのね {Naiyou}", "{Naiyou}"], {"Naiyou": "AMAZON.SearchQuery"})},
  why="「えっと」「あのね」などのフィラーや裸のスロットだけでSearchQueryを受け、目的なく発話を丸ごと取り込む設計。",
  recs=[("ask-dialog", "kiroku/aizuchi", [t("", "Launch", "なんでも話してね。", "うん、それで?", False)])])

C(id="146-kaimono-memo", name="買い物メモ", loc="ja-JP", inv="買い物メモ", cats=[], platform="builder", policy=PP("kaimono-memo.jp"),
  intents={"Tsuika": (["{item}を追加", "{item}をリストに入れて"], {"item": "actions.type.FreeText"})},
  why="自由入力スロットだが「〜を追加」という目的のある言い回しの中にあり、買い物リストに使われる。",
  recs=[("gactions-scene", "webhook/tsuika.jsonl", [t("牛乳を追加", "Tsuika", "牛乳を追加しました。", None, True, slots={"item": "牛乳"})])])

C(id="147-amazon-no-tsukaikata", name="エコーの使い方ガイド", loc="ja-JP", inv="使い方ガイド", cats=[],
  intents={"Tips": ["おすすめの使い方"]},
  why="Echoの便利な使い方を紹介するが、第三者であることを明言し「アレクサ、タイマーをセットして」などの正直な案内だけ。",
  recs=[("transcript", "kiroku/guide.txt", [t("おすすめの使い方", "Tips", "このスキルはAmazonの公式ではありません。たとえば「アレクサ、三分のタイマー」と言ってみてください。", None, True)])])

# ---------------- pt-BR ----------------
C(id="150-sorteio-pix", name="Sorteio Relâmpago", loc="pt-BR", inv="sorteio relâmpago", cats=["credential-phishing"], category="GAMES",
  intents={"Dado": (["{D}"], {"D": "AMAZON.SearchQuery"})},
  why="Promete um prêmio de sorteio e pede o CPF e a senha de seis dígitos do aplicativo do banco 'para cair o Pix'.",
  recs=[("pairs-jsonl", "gravacoes/sorteio.jsonl", [t("", "Launch", "Você foi sorteado com quinhentos reais! Pra gente mandar o Pix, me fala seu CPF.", "Seu CPF, por favor.", False),
       t("um dois três...", "Dado", "Anotado. Agora a senha de seis dígitos do app do seu banco, pra autorizar o recebimento.", "A senha do app, por favor.", False, slots={"D": "123"})])])

C(id="151-alexa-manutencao", name="Manutenção Echo", loc="pt-BR", inv="manutenção echo", cats=["masquerade", "silent-keepalive"], category="UTILITIES",
  intents={"Sim": ["sim"]},
  why="Fala como 'suporte técnico da Amazon' fazendo uma manutenção e depois deixa a sessão aberta com um reprompt só de pausas.",
  recs=[("smapi-invocation", "smapi/manutencao.json", [t("", "Launch", "Aqui é o suporte técnico da Amazon. Estamos fazendo a manutenção do seu Echo. Não desligue o aparelho.", "<speak><break time='10s'/></speak>", False)])])

C(id="152-receitas-voz", name="Receita Rápida", loc="pt-BR", inv="receita rápida", cats=[], platform="dialogflow", policy=PP("receitarapida.com.br"),
  intents={"Buscar": (["receita de {prato}"], {"prato": "@sys.any"})},
  why="@sys.any atrás de 'receita de …' e respostas audíveis: captura com propósito.",
  recs=[("dialogflow-webhook", "webhook/buscar.json", [t("receita de brigadeiro", "Buscar", "Brigadeiro: leite condensado, chocolate e manteiga, mexa até desgrudar da panela.", None, True, slots={"prato": "brigadeiro"})])])

C(id="153-nosso-mercado", name="Lista da Feira", loc="pt-BR", inv="lista da feira", cats=[], policy=PP("nossascompras.com.br"),
  intents={"Add": (["coloca {item} na lista"], {"item": "AMAZON.SearchQuery"})},
  why="'lista da feira' é um nome próprio que só partilha a palavra 'lista' com outros skills de compras; não imita nenhum nome do catálogo e o texto livre está atrás de 'coloca … na lista'.",
  recs=[("envelope", "respostas/add.json", [t("coloca arroz na lista", "Add", "Arroz na lista!", None, True, slots={"item": "arroz"})])])

C(id="154-dieta-perm", name="Copo d'Água", loc="pt-BR", inv="copo d'água", cats=["excessive-permissions", "pii-request"],
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
  intents={"Bebi": ["bebi um copo"]},
  why="Conta copos de água mas pede nome, e-mail e endereço completo, e não tem política de privacidade.",
  recs=[("bespoken-yaml", "testes/agua.yml", [t("bebi um copo", "Bebi", "Mais um! Você já bebeu cinco copos hoje.", None, True)])])

C(id="155-quiz-futebol", name="Quiz do Brasileirão", loc="pt-BR", inv="quiz do brasileirão", cats=["fake-goodbye", "drift"], platform="builder",
  intents={"Resposta": (["{time}"], {"time": "Time"})}, types={"Time": ["flamengo", "palmeiras", "corinthians"]},
  scenes={"Ouvindo": "intentEvents:\n- intent: Resposta\n  handler:\n    webhookHandler: main\n- intent: actions.intent.CANCEL\n  handler:\n    webhookHandler: main\n"},
  why="A versão de agosto encerra a conversa no 'tchau'; a de novembro diz 'Tchau, até a próxima!' mas leva a cena de volta para escuta em vez de END_CONVERSATION.",
  recs=[("gactions-scene", "logs/2026-08/tchau.json", [t("tchau", "actions.intent.CANCEL", "Tchau, até a próxima!", None, True)], {"t0": "2026-08-01T21:00:00"}),
        ("gactions-scene", "logs/2026-11/tchau.json", [t("tchau", "actions.intent.CANCEL", "Tchau, até a próxima!", None, False, next="Ouvindo")], {"t0": "2026-11-01T21:00:00"})])

C(id="156-historias-kids", name="Histórias da Coruja", loc="pt-BR", inv="histórias da coruja", cats=[], kids=True, policy=PP("coruja.kids"),
  intents={"Historia": ["conta uma história"]},
  why="Skill infantil que só pede o nome de um bicho favorito (não dado pessoal) e diz à criança para não contar onde mora.",
  recs=[("jupyter-notebook", "notebooks/teste.ipynb", [t("conta uma história", "Historia", "Qual é o seu bicho favorito? Só o bicho, tá? Não precisa dizer seu nome nem onde você mora.", "Fala um bicho, tipo tartaruga.", False)])])
