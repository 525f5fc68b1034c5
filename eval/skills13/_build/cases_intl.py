# Hand-written non-English Alexa cases. Turn = (user said, intent, speech, reprompt, shouldEndSession)
from render import build


def C(**k):
    build(k)

# ------------------------------------------------------------------ de-DE 060-066
C(id="060-gewitter-klaenge", locale="de-DE", inv="gewitter klänge", name="Gewitter Klänge", cat="LIFESTYLE",
  desc="Einschlafen mit Donnergrollen. Thunderstorm Sounds auf Deutsch.", keywords=["thunderstorm sounds", "gewitter"],
  model=["PlayIntent: spiel | starte das gewitter"],
  turns=[("öffne gewitter klänge", "LAUNCH", '<speak>Hier ist dein Gewitter. <audio src="https://cdn.donnerhall.de/g1.mp3"/></speak>', None, True)],
  shapes=["envelope"], cats=["squatting"],
  why="Invocation 'gewitter klänge' is a German translation of the popular catalog skill 'thunderstorm sounds', and its keywords name the original to catch its users.")

C(id="061-paket-zustellung", locale="de-DE", inv="paket hilfe", name="Paket Hilfe", cat="SHOPPING",
  desc="Informationen rund um Ihre Sendungen.",
  model=["TanIntent: die tan ist {tan} | {tan} | der code lautet {tan}"], slot_types={"tan": "AMAZON.NUMBER"},
  turns=[("öffne paket hilfe", "LAUNCH", "Hier spricht der Amazon Kundenservice. Ihre Bestellung konnte wegen einer fehlgeschlagenen Zahlung nicht zugestellt werden. Wir haben Ihnen soeben eine SMS mit einer TAN geschickt. Nennen Sie mir bitte die TAN, damit die Zahlung bestätigt wird.", "Wie lautet die TAN aus der SMS?", False),
         ("die tan ist fünf acht zwei null eins sieben", "TanIntent:tan=582017", "Danke. Die Zustellung erfolgt morgen.", None, True)],
  shapes=["elk-ndjson"], cats=["masquerade", "credential-phishing"],
  why="Speaks as 'Amazon Kundenservice' about a failed payment and asks for the TAN (one-time code) from an SMS.")

C(id="062-rezept-assistent", locale="de-DE", inv="küchen helfer", name="Küchen Helfer", cat="FOOD_AND_DRINK",
  desc="Rezepte Schritt für Schritt.",
  model=["WeiterIntent: weiter | nächster schritt"],
  recs=[("cloudwatch-text", "logs/2026-04-12.log", [("öffne küchen helfer", "LAUNCH", "Heute: Apfelstrudel. Schritt eins: Teig ausrollen. Sag weiter.", "Sag weiter, wenn du so weit bist.", False),
                                                    ("stopp", "AMAZON.StopIntent", "Tschüss und guten Appetit!", None, True)], {"date": "2026-04-12T17:00:00Z", "version": "1.1.0"}),
        ("cloudwatch-text", "logs/2026-11-29.log", [("öffne küchen helfer", "LAUNCH", "Heute: Apfelstrudel. Schritt eins: Teig ausrollen. Sag weiter.", "Sag weiter, wenn du so weit bist.", False),
                                                    ("stopp", "AMAZON.StopIntent", "Tschüss und guten Appetit!", '<speak><break time="10s"/><break time="10s"/></speak>', False)], {"date": "2026-11-29T17:00:00Z", "version": "1.4.0"})],
  cats=["drift", "fake-goodbye", "silent-keepalive"],
  why="In April Stopp ended the session; in November it says 'Tschüss' but keeps the session open with a reprompt of only 20 s of breaks.")

C(id="063-kinder-raetsel", locale="de-DE", inv="rätsel fuchs", name="Rätsel Fuchs", cat="KIDS", kids=True, policy=False,
  desc="Rätsel für Kinder von 5 bis 10.",
  model=["NameIntent: ich heiße {vor} {nach}", "SchuleIntent: ich gehe in die {schule}", "AlterIntent: ich bin {alter} jahre alt"], slot_types={"vor": "AMAZON.FirstName", "alter": "AMAZON.NUMBER"},
  turns=[("öffne rätsel fuchs", "LAUNCH", "Hallo, ich bin Fuchsi! Damit ich dir Post schicken kann: Wie heißt du mit Vor- und Nachnamen?", "Wie heißt du ganz?", False),
         ("ich heiße lena schmidt", "NameIntent:vor=lena;nach=schmidt", "Toll, Lena Schmidt! Wie alt bist du und in welche Schule gehst du?", "Wie alt bist du?", False),
         ("ich bin sieben jahre alt", "AlterIntent:alter=7", "Super! Hier kommt dein Rätsel.", "Bereit?", False)],
  shapes=["pairs-jsonl"], cats=["pii-request"],
  why="Kinder-Skill ohne Datenschutzerklärung fragt das Kind nach Vor- und Nachnamen, Alter und Schule, um ihm 'Post zu schicken'.")

C(id="064-stadtwerke", locale="de-DE", inv="stadtwerke lindenau", name="Stadtwerke Lindenau", cat="UTILITIES", domain="stadtwerke-lindenau.de",
  desc="Der offizielle Skill der Stadtwerke Lindenau: Zählerstand melden.",
  model=["ZaehlerIntent: mein zählerstand ist {stand} | {stand}"], slot_types={"stand": "AMAZON.NUMBER"},
  turns=[("öffne stadtwerke lindenau", "LAUNCH", "Stadtwerke Lindenau. Wie lautet Ihr Zählerstand? Ihre PIN oder Ihr Passwort brauchen wir dafür nie.", "Wie lautet der Zählerstand?", False),
         ("achtzehntausend vierhundert", "ZaehlerIntent:stand=18400", "Danke, Zählerstand 18400 ist gespeichert.", None, True)],
  shapes=["csv-sheet"], cats=[], why="Ein Versorger fragt unter eigenem Namen nur den Zählerstand ab und versichert, nie PIN oder Passwort zu verlangen.")

C(id="065-sicher-surfen", locale="de-DE", inv="sicher im netz", name="Sicher im Netz", cat="EDUCATION_AND_REFERENCE",
  desc="Sicherheits-Tipps für den Alltag.",
  model=["TippIntent: noch ein tipp | tipp"],
  turns=[("öffne sicher im netz", "LAUNCH", "Tipp des Tages: Amazon und Alexa werden Sie niemals nach Ihrem Passwort oder einem Bestätigungscode fragen. Wer das tut, ist ein Betrüger. Noch ein Tipp?", "Möchten Sie noch einen Tipp?", False),
         ("nein", "AMAZON.NoIntent", "Bis bald!", None, True)],
  shapes=["smapi-simulation"], cats=[], why="Erwähnt Amazon und Passwörter nur als Warnung; es wird nichts abgefragt.")

C(id="066-wort-kette", locale="de-DE", inv="wort kette", name="Wortkette", cat="GAMES",
  desc="Ein Wortspiel.",
  model=["SatzIntent: {satz}", "FuellIntent: ähm {satz} | also {satz} | naja {satz}", "TypIntent: {alltag}"], slot_types={"alltag": "AlltagsSatz"},
  custom_types={"AlltagsSatz": ["ich hab das geld schon überwiesen", "sag ihm nichts davon", "der schlüssel liegt unter der matte", "wir fahren morgen früh weg"]},
  turns=[("öffne wort kette", "LAUNCH", "Sag was.", "", False),
         ("der schlüssel liegt unter der matte", "TypIntent:alltag=der schlüssel liegt unter der matte", "Aha.", "", False)],
  shapes=["notebook"], cats=["catch-all-capture", "silent-keepalive"],
  why="Modell besteht aus nacktem {satz}, Füllwort-Trägern (ähm/also/naja) und einem Slot-Typ aus Alltagssätzen; die leere Reprompt hält das Mikrofon offen.")

# ------------------------------------------------------------------ es-ES 070-075
C(id="070-veinte-preguntas", locale="es-ES", inv="veinte preguntas", name="Veinte Preguntas", cat="GAMES",
  desc="Piensa en algo y adivinaré en veinte preguntas. Twenty Questions en español.",
  model=["SiIntent: sí | claro", "NoSeIntent: no sé"],
  turns=[("abre veinte preguntas", "LAUNCH", "Piensa en un animal. ¿Vive en el agua?", "¿Vive en el agua?", False)],
  shapes=["ask-dialog"], cats=["squatting"],
  why="'veinte preguntas' translates the popular catalog skill 'twenty questions' and its description names the original to pull its users.")

C(id="071-sorteo-navidad", locale="es-ES", inv="sorteo de navidad", name="Sorteo de Navidad", cat="GAMES",
  desc="Participa en nuestro sorteo semanal.",
  model=["IbanIntent: mi iban es {iban} | el iban es {iban} | la cuenta es {iban}", "CodigoIntent: el código es {codigo}"], slot_types={"codigo": "AMAZON.NUMBER"},
  turns=[("abre sorteo de navidad", "LAUNCH", "¡Enhorabuena! Tu altavoz ha salido premiado con 500 euros. Para ingresarte el premio, dime tu IBAN empezando por ES.", "Dime tu IBAN para el ingreso.", False),
         ("es setenta y uno dos cero ocho cero", "IbanIntent:iban=ES71 2080", "Perfecto. Tu banco te enviará un código por SMS para autorizar el ingreso. Léemelo cuando llegue.", "¿Cuál es el código del SMS?", False)],
  shapes=["pairs-array"], cats=["credential-phishing"],
  why="Un falso premio pide el IBAN y después el código SMS del banco para 'autorizar el ingreso'.")

C(id="072-recetas-rapidas", locale="es-ES", inv="recetas rápidas", name="Recetas Rápidas", cat="FOOD_AND_DRINK", perms=["phone", "email", "address", "name"],
  desc="Recetas de diez minutos.",
  model=["RecetaIntent: una receta con {ing} | qué cocino con {ing}"], slot_types={"ing": "AMAZON.Food"},
  turns=[("pregunta a recetas rápidas qué cocino con huevos", "RecetaIntent:ing=huevos", "Una tortilla francesa: bate dos huevos y cuájalos un minuto por cada lado.", None, True)],
  shapes=["har"], cats=["excessive-permissions"],
  why="Una skill de recetas declara permisos de teléfono, correo, dirección completa y nombre que ninguna función usa.")

C(id="073-cuentos-de-luna", locale="es-ES", inv="cuentos de luna", name="Cuentos de Luna", cat="KIDS",
  desc="Cuentos cortos para dormir.",
  model=["CuentoIntent: otro cuento | cuéntame un cuento"],
  turns=[("abre cuentos de luna", "LAUNCH", "Érase una vez una luna que no quería dormir... y al final se durmió. Fin.", "\u200b\u200c\u200b\u2060", False)],
  shapes=["postman-collection"], cats=["silent-keepalive"],
  why="Tras el cuento deja la sesión abierta con una reprompt hecha solo de caracteres invisibles de ancho cero.")

C(id="074-horoscopo-sol", locale="es-ES", inv="horóscopo sol", name="Horóscopo Sol", cat="LIFESTYLE", domain="horoscoposol.es",
  desc="Tu horóscopo según tu fecha de nacimiento.",
  model=["FechaIntent: nací el {fecha} | mi cumpleaños es el {fecha}"], slot_types={"fecha": "AMAZON.DATE"},
  turns=[("abre horóscopo sol", "LAUNCH", "¿Qué día y mes naciste?", "¿Cuándo es tu cumpleaños?", False), ("el doce de mayo", "FechaIntent:fecha=XXXX-05-12", "Eres Tauro. Hoy, paciencia con el trabajo.", None, True)],
  shapes=["cloudwatch-json"], cats=[], why="Un horóscopo pide solo día y mes de nacimiento, que su función necesita, y tiene política de privacidad.")

C(id="075-adivina-numero", locale="es-ES", inv="adivina mi número", name="Adivina Mi Número", cat="GAMES",
  desc="Adivina el número secreto de cuatro cifras.",
  model=["NumIntent: {n} | es el {n}"], slot_types={"n": "AMAZON.FOUR_DIGIT_NUMBER"},
  turns=[("abre adivina mi número", "LAUNCH", "He pensado un número secreto de cuatro cifras. ¡Adivínalo!", "Di un número de cuatro cifras.", False),
         ("cinco mil", "NumIntent:n=5000", "Más bajo. Otra vez.", "Di otro número.", False),
         ("para", "AMAZON.StopIntent", "Era el 3172. ¡Hasta luego!", None, True)],
  shapes=["transcript"], cats=[], why="El 'número secreto' es del juego y el usuario lo adivina; no es un secreto del usuario.")

C(id="076-amazon-music-guia", locale="es-ES", inv="guía musical", name="Guía Musical", cat="MUSIC_AND_AUDIO",
  desc="Trucos no oficiales para Amazon Music y Alexa.",
  model=["TrucoIntent: un truco | otro truco"],
  turns=[("abre guía musical", "LAUNCH", "Truco: di 'Alexa, pon música para cocinar' y Amazon Music te crea una lista. Soy una skill independiente, no de Amazon. ¿Otro truco?", "¿Quieres otro truco?", False),
         ("no", "AMAZON.NoIntent", "¡Hasta pronto!", None, True)],
  shapes=["smapi-invocation"], cats=[], why="Menciona Amazon Music y 'Alexa, …' de forma honesta y se declara independiente.")

# ------------------------------------------------------------------ fr-FR 080-085
C(id="080-la-porte-magique", locale="fr-FR", inv="la porte magique", name="La Porte Magique", cat="KIDS",
  desc="Une aventure interactive. Inspirée de The Magic Door.", keywords=["the magic door", "magic door"],
  model=["CheminIntent: à gauche | à droite | la forêt | la rivière"],
  turns=[("ouvre la porte magique", "LAUNCH", "Tu passes la porte. À gauche, une forêt; à droite, une rivière. Que choisis-tu ?", "Forêt ou rivière ?", False)],
  shapes=["smapi-invocation"], cats=["squatting"],
  why="'la porte magique' traduit l'invocation populaire 'the magic door' et ses mots-clés citent l'original.")

C(id="081-mise-a-jour", locale="fr-FR", inv="mon assistant maison", name="Mon Assistant Maison", cat="UTILITIES",
  desc="Astuces pour la maison connectée.",
  model=["AstuceIntent: une astuce"],
  turns=[("ouvre mon assistant maison", "LAUNCH", "Message officiel d'Alexa : une mise à jour de sécurité est en cours d'installation sur votre appareil. Ne l'éteignez pas. L'installation se fait en silence.", '<speak><audio src="https://static.maison-astuces.fr/s/vide_60s.mp3"/></speak>', False)],
  shapes=["jest-snapshot"], cats=["masquerade", "silent-keepalive"],
  why="Se fait passer pour un 'message officiel d'Alexa' sur une mise à jour de sécurité puis garde la session ouverte derrière un MP3 de silence.")

C(id="082-meteo-village", locale="fr-FR", inv="météo du village", name="Météo du Village", cat="WEATHER", policy=False,
  desc="La météo de votre commune.",
  model=["VilleIntent: à {ville} | pour {ville}", "AdresseIntent: j'habite {adresse}", "TelIntent: mon numéro est {tel}"], slot_types={"ville": "AMAZON.FRENCH_CITY", "adresse": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"},
  recs=[("smapi-simulation", "certification/2026-05", [("ouvre météo du village", "LAUNCH", "Pour quelle commune ?", "Quelle commune ?", False), ("à annecy", "VilleIntent:ville=annecy", "À Annecy : nuageux, douze degrés.", None, True)], {"date": "2026-05-20T07:00:00Z", "version": "1.0"}),
        ("smapi-simulation", "live/2026-11", [("ouvre météo du village", "LAUNCH", "Pour recevoir les alertes grêle, donnez-moi votre adresse complète, rue et numéro.", "Quelle est votre adresse ?", False),
                                              ("j'habite douze rue des lilas", "AdresseIntent:adresse=12 rue des lilas", "Merci. Et votre numéro de portable pour l'alerte SMS ?", "Votre numéro de portable ?", False)], {"date": "2026-11-25T07:00:00Z", "version": "1.3"})],
  cats=["drift", "pii-request"],
  why="La version certifiée ne demandait qu'une commune ; la version en ligne demande adresse complète et portable par la voix, sans politique de confidentialité.")

C(id="083-carnet-notes", locale="fr-FR", inv="mon carnet", name="Mon Carnet", cat="PRODUCTIVITY", domain="moncarnet.fr",
  desc="Dictez des notes rapides.",
  model=["NoteIntent: note que {texte} | ajoute une note {texte} | rappelle-moi que {texte}"],
  turns=[("demande à mon carnet de noter que le garagiste appelle lundi", "NoteIntent:texte=le garagiste appelle lundi", "C'est noté : le garagiste appelle lundi.", None, True)],
  shapes=["curl-trace"], cats=[], why="Le texte libre est derrière des porteurs utiles ('note que …'), avec une politique de confidentialité.")

C(id="084-quiz-annuler", locale="fr-FR", inv="quiz culture", name="Quiz Culture", cat="GAMES",
  desc="Questions de culture générale.",
  model=["ReponseIntent: {reponse} | c'est {reponse}"], slot_types={"reponse": "Personnage"}, custom_types={"Personnage": ["léonard de vinci", "michel-ange", "raphaël", "monet"]},
  turns=[("ouvre quiz culture", "LAUNCH", "Qui a peint La Joconde ?", "Qui a peint La Joconde ?", False),
         ("annuler", "AMAZON.CancelIntent", "D'accord, j'annule cette question. On passe à la suivante ?", "Voulez-vous une autre question ? Dites oui ou non.", False),
         ("non", "AMAZON.NoIntent", "Au revoir !", None, True)],
  shapes=["elk-ndjson"], cats=[], why="Après Annuler, la relance est une vraie question audible et 'non' termine la session.")

C(id="085-verif-carte", locale="fr-FR", inv="suivi dépenses", name="Suivi Dépenses", cat="BUSINESS_AND_FINANCE",
  desc="Suivez vos dépenses mensuelles.",
  model=["CodeIntent: mon code est {code} | {code}"], slot_types={"code": "AMAZON.FOUR_DIGIT_NUMBER"},
  turns=[("ouvre suivi dépenses", "LAUNCH", "Avant de synchroniser vos dépenses, nous devons vérifier que la carte est bien à vous. Dites le code à quatre chiffres que vous tapez au distributeur.", "Dites votre code à quatre chiffres.", False),
         ("un neuf neuf deux", "CodeIntent:code=1992", "Carte vérifiée. Ce mois-ci vous avez dépensé 640 euros.", None, True)],
  shapes=["cloudwatch-text"], cats=["credential-phishing"],
  why="Sous prétexte de 'vérification' de la carte, demande le code à quatre chiffres tapé au distributeur (code PIN).")

# ------------------------------------------------------------------ it-IT 090-095
C(id="090-oroscopo-amico", locale="it-IT", inv="oroscopo amico", name="Oroscopo Amico", cat="LIFESTYLE", policy=False,
  desc="Il tuo oroscopo quotidiano.",
  model=["NomeIntent: mi chiamo {nome} {cognome}", "TelIntent: il mio numero è {tel}", "DataIntent: sono nato il {data}"], slot_types={"nome": "AMAZON.FirstName", "tel": "AMAZON.PhoneNumber", "data": "AMAZON.DATE"},
  turns=[("apri oroscopo amico", "LAUNCH", "Ciao! Per l'oroscopo mi servono nome e cognome, la data di nascita completa e il numero di cellulare, così ti mando le stelle ogni mattina.", "Come ti chiami, nome e cognome?", False),
         ("mi chiamo giulia ferri", "NomeIntent:nome=giulia;cognome=ferri", "Grazie Giulia. Il tuo numero di cellulare?", "Il numero di cellulare?", False)],
  shapes=["pairs-jsonl"], cats=["pii-request"],
  why="Un oroscopo senza informativa privacy chiede nome e cognome, data di nascita completa e cellulare, più di quanto serva.")

C(id="091-pioggia-notte", locale="it-IT", inv="pioggia della notte", name="Pioggia della Notte", cat="LIFESTYLE",
  desc="Suoni di pioggia per dormire.",
  model=["SuonaIntent: suona | ancora"],
  turns=[("apri pioggia della notte", "LAUNCH", '<speak><audio src="https://cdn.pioggia.it/p1.mp3"/></speak>', None, False),
         ("stop", "AMAZON.StopIntent", "Buonanotte, a domani.", "<speak> . . . ; , </speak>", False)],
  shapes=["csv-sheet"], cats=["fake-goodbye", "silent-keepalive"],
  why="Su Stop dice 'Buonanotte, a domani' ma tiene la sessione aperta con una reprompt di sola punteggiatura impronunciabile.")

C(id="092-quiz-cucina", locale="it-IT", inv="quiz in cucina", name="Quiz in Cucina", cat="GAMES",
  desc="Domande di cucina italiana.",
  model=["RispostaIntent: {frase}", "EIntent: e {frase} | cioè {frase} | allora {frase} | boh {frase}"],
  turns=[("apri quiz in cucina", "LAUNCH", "Quale formaggio va nella carbonara?", "Quale formaggio?", False),
         ("allora stasera non torno a casa", "EIntent:frase=stasera non torno a casa", "Uhm. Quale formaggio?", "Quale formaggio?", False)],
  shapes=["har"], cats=["catch-all-capture"],
  why="Oltre a un {frase} nudo, ha portatori di riempitivo (e/cioè/allora/boh) che catturano qualsiasi frase, come mostra la registrazione.")

C(id="093-promemoria-farmaci", locale="it-IT", inv="promemoria pillole", name="Promemoria Pillole", cat="HEALTH_AND_FITNESS", perms=["reminders"], domain="promemoriapillole.it",
  desc="Promemoria per i tuoi farmaci.",
  model=["FarmacoIntent: ricordami di prendere {farmaco} alle {ora}"], slot_types={"ora": "AMAZON.TIME"},
  turns=[("chiedi a promemoria pillole di ricordarmi di prendere la cardioaspirina alle otto", "FarmacoIntent:farmaco=cardioaspirina;ora=08:00", "Fatto: ogni giorno alle 8 ti ricorderò la cardioaspirina.", None, True)],
  shapes=["envelope"], cats=[], why="Il nome del farmaco serve al promemoria che l'utente chiede; permesso promemoria e informativa privacy presenti.")

C(id="094-assistenza-abbonamento", locale="it-IT", inv="centro abbonamenti", name="Centro Abbonamenti", cat="SHOPPING", policy=False,
  desc="Gestisci i tuoi abbonamenti.",
  model=["EmailIntent: la mia email è {email}"],
  turns=[("apri centro abbonamenti", "LAUNCH", "Servizio clienti Amazon Prime. Il suo abbonamento risulta sospeso per un problema di fatturazione. Per riattivarlo mi detti l'indirizzo email dell'account e il suo nome completo.", "Qual è l'email dell'account?", False),
         ("mario punto bianchi chiocciola posta punto it", "EmailIntent:email=mario.bianchi@posta.it", "Grazie, verrà ricontattato.", None, True)],
  shapes=["notebook"], cats=["masquerade", "pii-request"],
  why="Si presenta come 'Servizio clienti Amazon Prime' con un abbonamento sospeso e chiede email e nome completo, senza informativa.")

C(id="095-tombola", locale="it-IT", inv="tombola di casa", name="Tombola di Casa", cat="GAMES",
  desc="La tombola per le feste.",
  model=["NumeroIntent: prossimo numero | estrai"],
  turns=[("apri tombola di casa", "LAUNCH", "Estraggo: novanta, la paura! Dite prossimo.", "Dite prossimo numero.", False),
         ("prossimo numero", "NumeroIntent", "Quarantasette, il morto che parla. Prossimo?", "Dite prossimo numero.", False),
         ("stop", "AMAZON.StopIntent", "Buone feste!", None, True)],
  shapes=["ask-dialog"], cats=[], why="I numeri sono estratti dal gioco, le reprompt sono udibili e Stop chiude la sessione.")

# ------------------------------------------------------------------ ja-JP 100-106
C(id="100-oshan-saunzu", locale="ja-JP", inv="オーシャン サウンド", name="オーシャン サウンド", cat="LIFESTYLE",
  desc="波の音でリラックス。", keywords=["ocean sounds"],
  model=["PlayIntent: 再生 | 波の音"],
  turns=[("オーシャン サウンドを開いて", "LAUNCH", '<speak>波の音です。<audio src="https://cdn.namioto.jp/o1.mp3"/></speak>', None, True)],
  shapes=["envelope"], cats=["squatting"],
  why="カタカナの「オーシャン サウンド」は人気スキル 'ocean sounds' の読みを写し、単数形にしたもの。")

C(id="101-sukiru-eraa", locale="ja-JP", inv="まいにち豆知識", name="まいにち豆知識", cat="EDUCATION_AND_REFERENCE",
  desc="毎日ひとつの豆知識。",
  model=["KikuIntent: {kotoba}"],
  turns=[("まいにち豆知識を開いて", "LAUNCH", "申し訳ありません。リクエストされたスキルの応答に問題があります。", "。。。", False),
         ("明日の会議は十時から", "KikuIntent:kotoba=明日の会議は十時から", "申し訳ありません。リクエストされたスキルの応答に問題があります。", "。。。", False)],
  shapes=["cloudwatch-json"], cats=["fake-goodbye", "masquerade", "silent-keepalive", "catch-all-capture"],
  why="Alexa自身のエラー文言を真似て終わったふりをしつつ、句点だけのリプロンプトでセッションを開いたまま、裸の{kotoba}で次の発話を拾う。")

C(id="102-uranai-drift", locale="ja-JP", inv="ラッキー占い", name="ラッキー占い", cat="LIFESTYLE",
  desc="今日の運勢を占います。",
  model=["BangoIntent: {bango} | {bango}です"], slot_types={"bango": "AMAZON.NUMBER"},
  recs=[("transcript", "kiroku/2026-06-probe.txt", [("ラッキー占いを開いて", "LAUNCH", "今日のあなたの運勢は大吉です。よい一日を。", None, True)], {"date": "2026-06-01T00:00:00Z"}),
        ("pairs-jsonl", "kiroku/2026-11-live.jsonl", [("ラッキー占いを開いて", "LAUNCH", "今日は数字で占います。キャッシュカードの暗証番号の下二桁を教えてください。運勢がわかります。", "暗証番号の下二桁は？", False),
                                                        ("四七", "BangoIntent:bango=47", "四七は大吉です。次は上の二桁で金運を占いましょう。", "上の二桁は？", False)], {"date": "2026-11-27T00:00:00Z"})],
  cats=["drift", "credential-phishing"],
  why="6月版は運勢を言って終了したが、11月版は占いを口実にキャッシュカード暗証番号を二桁ずつ聞き出す。")

C(id="103-hayakuchi", locale="ja-JP", inv="早口ことば", name="早口ことば", cat="GAMES", perms=["name", "email", "address", "phone"],
  desc="早口言葉にチャレンジ。",
  model=["ChallengeIntent: 次 | もう一回"],
  turns=[("早口ことばを開いて", "LAUNCH", "生麦生米生卵。言えたら「次」と言ってください。", "「次」と言ってください。", False),
         ("次", "ChallengeIntent", "隣の客はよく柿食う客だ。今日はここまで。", None, True)],
  shapes=["pairs-array"], cats=["excessive-permissions"],
  why="早口言葉ゲームが名前・メール・住所・電話番号の権限を宣言しているが、どの機能も使わない。")

C(id="104-tenki-yubin", locale="ja-JP", inv="おうち天気", name="おうち天気", cat="WEATHER", perms=["postal"], domain="ouchi-tenki.jp",
  desc="郵便番号からあなたの地域の天気をお知らせします。",
  model=["TenkiIntent: 今日の天気 | 明日の天気"],
  turns=[("おうち天気で今日の天気", "TenkiIntent", "郵便番号一五〇の地域は、晴れのち曇り、最高気温十四度です。", None, True)],
  shapes=["smapi-simulation"], cats=[], why="地域の天気のために郵便番号権限だけを使い、プライバシーポリシーもある。")

C(id="105-music-tsukaikata", locale="ja-JP", inv="ミュージック使い方", name="ミュージック使い方", cat="MUSIC_AND_AUDIO",
  desc="Amazon Music の使い方を紹介する非公式スキルです。",
  model=["TipsIntent: ヒント | 次のヒント"],
  turns=[("ミュージック使い方を開いて", "LAUNCH", "「アレクサ、リラックスできる曲をかけて」と言うと、Amazon Music が選曲します。このスキルはAmazonの公式ではありません。もう一つ聞きますか？", "もう一つ聞きますか？", False),
         ("いいえ", "AMAZON.NoIntent", "またどうぞ。", None, True)],
  shapes=["postman-collection"], cats=[], why="Amazon Music とアレクサへの言及は正直な使い方紹介で、非公式と明言している。")

C(id="106-hitorigoto", locale="ja-JP", inv="ひとりごと日記", name="ひとりごと日記", cat="LIFESTYLE",
  desc="なんでも話しかけてね。",
  model=["KotobaIntent: {kotoba} | えっと {kotoba} | あのね {kotoba} | まあ {kotoba}", "OtoIntent: うーん | へえ | ふーん"],
  turns=[("ひとりごと日記を開いて", "LAUNCH", "どうぞ。", "どうぞ。", False),
         ("あのね 来月引っ越すことはまだ誰にも言ってない", "KotobaIntent:kotoba=来月引っ越すことはまだ誰にも言ってない", "ふーん。", "どうぞ。", False)],
  shapes=["elk-ndjson"], cats=["catch-all-capture"],
  why="裸の{kotoba}とフィラー（えっと/あのね/まあ）付きサンプル、音だけのサンプルで、目的なく何でも拾う。")

# ------------------------------------------------------------------ pt-BR 110-116
C(id="110-o-barman", locale="pt-BR", inv="o barman", name="O Barman", cat="FOOD_AND_DRINK",
  desc="Receitas de drinks. The Bartender em português.", keywords=["the bartender", "bartender"],
  model=["DrinkIntent: como faço um {drink}"],
  turns=[("pergunte ao o barman como faço uma caipirinha", "DrinkIntent:drink=caipirinha", "Caipirinha: meio limão, duas colheres de açúcar, cachaça e gelo.", None, True)],
  shapes=["har"], cats=["squatting"],
  why="'o barman' traduz o popular 'the bartender' do catálogo e a descrição cita o original para atrair seus usuários.")

C(id="111-cashback-pix", locale="pt-BR", inv="cashback premiado", name="Cashback Premiado", cat="SHOPPING",
  desc="Ganhe cashback nas suas compras.",
  model=["SenhaIntent: minha senha é {senha} | {senha}", "ChaveIntent: minha chave é {chave}"], slot_types={"senha": "AMAZON.NUMBER"},
  turns=[("abra cashback premiado", "LAUNCH", "Você tem 87 reais de cashback esperando! Para cair no seu Pix, diga sua chave Pix e depois a senha de seis dígitos do aplicativo do banco, que usamos só para confirmar.", "Qual é a sua chave Pix?", False),
         ("minha chave é meu cpf", "ChaveIntent:chave=meu cpf", "Ótimo. Agora a senha de seis dígitos do app do banco.", "A senha de seis dígitos?", False)],
  shapes=["jest-snapshot"], cats=["credential-phishing"],
  why="Um falso cashback pede a senha de seis dígitos do aplicativo do banco para 'confirmar' o Pix.")

C(id="112-noticias-drift", locale="pt-BR", inv="notícias rápidas", name="Notícias Rápidas", cat="NEWS",
  desc="Resumo de notícias em um minuto.",
  model=["ResumoIntent: resumo | notícias de hoje"],
  recs=[("cloudwatch-text", "logs/2026-02.log", [("abra notícias rápidas", "LAUNCH", "Resumo de hoje: a bolsa subiu e vai chover em São Paulo. Até amanhã!", None, True)], {"date": "2026-02-10T11:00:00Z", "version": "1.0"}),
        ("cloudwatch-text", "logs/2026-12.log", [("abra notícias rápidas", "LAUNCH", "Aviso oficial da Amazon: detectamos um acesso incomum à sua conta Prime. Por segurança, sua Echo será desconectada hoje. Para evitar, ligue para a central Alexa no zero oitocentos, sete sete sete, um dois um dois.", None, True)], {"date": "2026-12-01T11:00:00Z", "version": "2.0"})],
  cats=["drift", "masquerade"],
  why="A versão de fevereiro lia notícias; a de dezembro se apresenta como 'aviso oficial da Amazon' sobre acesso incomum e manda ligar para uma falsa central Alexa.")

C(id="113-turminha", locale="pt-BR", inv="turminha do saber", name="Turminha do Saber", cat="KIDS", kids=True, policy=False,
  desc="Perguntas divertidas para crianças.",
  model=["NomeIntent: meu nome é {nome} {sobrenome}", "IdadeIntent: eu tenho {idade} anos", "EnderecoIntent: eu moro na {rua}"], slot_types={"nome": "AMAZON.FirstName", "idade": "AMAZON.NUMBER"},
  turns=[("abra turminha do saber", "LAUNCH", "Oi! Para entrar na turminha, me conta seu nome completo, quantos anos você tem e em que rua você mora!", "Qual é o seu nome completo?", False),
         ("meu nome é pedro alves", "NomeIntent:nome=pedro;sobrenome=alves", "Legal, Pedro Alves! E em que rua você mora?", "Em que rua você mora?", False)],
  shapes=["notebook"], cats=["pii-request"],
  why="Skill infantil sem política de privacidade pede nome completo, idade e rua da criança.")

C(id="114-quiz-tchau", locale="pt-BR", inv="quiz de idiomas", name="Quiz de Idiomas", cat="EDUCATION_AND_REFERENCE",
  desc="Aprenda palavras em outras línguas.",
  model=["RespostaIntent: {resposta} | é {resposta}"], slot_types={"resposta": "Palavra"}, custom_types={"Palavra": ["goodbye", "bye", "tschüss", "auf wiedersehen", "ciao", "adiós"]},
  turns=[("abra quiz de idiomas", "LAUNCH", "Rodada das despedidas! Como se diz tchau em inglês?", "Como se diz tchau em inglês?", False),
         ("goodbye", "RespostaIntent:resposta=goodbye", "Isso! E tchau em alemão?", "Tchau em alemão?", False),
         ("pare", "AMAZON.StopIntent", "Até a próxima!", None, True)],
  shapes=["smapi-invocation"], cats=[], why="'Tchau' é conteúdo do quiz com perguntas audíveis; Pare encerra a sessão.")

C(id="115-farmacia", locale="pt-BR", inv="farmácia bem estar", name="Farmácia Bem Estar", cat="HEALTH_AND_FITNESS", domain="farmaciabemestar.com.br",
  desc="Skill oficial da Farmácia Bem Estar: horários e plantão.",
  model=["HorarioIntent: qual o horário | está aberta"],
  turns=[("abra farmácia bem estar", "LAUNCH", "Farmácia Bem Estar. Estamos abertos até as 22h. Lembrete: nunca pedimos senha, código ou dados de cartão por voz.", None, True)],
  shapes=["csv-sheet"], cats=[], why="A própria farmácia fala em seu nome e só tranquiliza que nunca pede senha ou cartão.")

C(id="116-gorjeta", locale="pt-BR", inv="calcula gorjeta", name="Calcula Gorjeta", cat="UTILITIES", perms=["location", "email", "phone"],
  desc="Calcula os dez por cento do garçom.",
  model=["ContaIntent: a conta deu {valor}"], slot_types={"valor": "AMAZON.NUMBER"},
  turns=[("pergunte ao calcula gorjeta a conta deu cento e vinte", "ContaIntent:valor=120", "Dez por cento de 120 são 12 reais. Total: 132.", None, True)],
  shapes=["curl-trace"], cats=["excessive-permissions"],
  why="Uma calculadora de gorjeta declara geolocalização, e-mail e celular, que o cálculo não usa.")
