from common import *

CASES = []
A = CASES.append

# ---------------- de-DE
A(dict(id="065-de-wortkette-runde", loc="de-DE", cats=[], shapes=["elastic-export"],
       why="After a lost round it says 'Schade, vorbei!' and keeps the session open only to ask audibly 'Noch eine Runde?'; Stop ends the session with shouldEndSession true.",
       name="Wortkette", inv="wortkette", desc="Das Wortketten-Spiel für die ganze Familie.", category="GAMES", policy="https://wortkette-spiel.de/datenschutz",
       intents=[("WortIntent", ["{wort}"], {"wort": "WortType"})], types={"WortType": ["haus", "schule", "elefant", "tomate"]},
       recs=[rec("elastic-export", "logs/kibana-wortkette.json", [[
           ("tomate", ("WortIntent", {"wort": "tomate"}), "Tomate endet auf E, aber Haus fängt mit H an. Schade, vorbei! Noch eine Runde?", "Möchtest du noch eine Runde spielen? Sag ja oder nein.", False),
           ("stopp", STOP, "Bis zum nächsten Mal!", None, True),
       ]])]))

A(dict(id="066-de-sendungsinfo", loc="de-DE", cats=[], shapes=["cloudwatch-text"],
       why="A parcel-tracking skill says honestly that it is not from Amazon and points users to 'Alexa, wo ist mein Paket?' for Amazon orders; it asks only for its own tracking number.",
       name="Sendungsinfo", inv="sendungsinfo", desc="Sendungsverfolgung für Pakete mehrerer Paketdienste. Kein Angebot von Amazon.", category="UTILITIES",
       policy="https://sendungsinfo.de/datenschutz",
       intents=[("NummerIntent", ["sendungsnummer {nr}", "verfolge {nr}"], {"nr": "AMAZON.NUMBER"})],
       recs=[rec("cloudwatch-text", "logs/2026-11-28.log", [[
           (None, L, "Willkommen bei Sendungsinfo. Wir sind kein Dienst von Amazon; für Amazon-Bestellungen sag einfach: Alexa, wo ist mein Paket? Nenne mir sonst deine Sendungsnummer.", "Wie lautet die Sendungsnummer?", False),
           ("sendungsnummer 0034 0434 1612", ("NummerIntent", {"nr": "003404341612"}), "Dein Paket ist in der Zustellung und kommt heute.", None, True),
       ]])]))

# ---------------- es-ES
A(dict(id="075-es-horoscopo-fecha", loc="es-ES", cats=[], shapes=["pairs-jsonl"],
       why="A horoscope asks for the birth date, which its purpose explains, and links a privacy policy.",
       name="Tu Horóscopo", inv="tu horóscopo", desc="Tu horóscopo diario según tu fecha de nacimiento.", category="LIFESTYLE", policy="https://tuhoroscopo.es/privacidad",
       intents=[("FechaIntent", ["nací el {f}", "{f}"], {"f": "AMAZON.DATE"})],
       recs=[rec("pairs-jsonl", "grabaciones/sesiones.jsonl", [[
           (None, L, "¡Hola! ¿Qué día naciste? Así sé tu signo.", "¿Qué día naciste?", False),
           ("nací el tres de agosto", ("FechaIntent", {"f": "XXXX-08-03"}), "Eres Leo. Hoy es buen día para empezar proyectos.", None, True),
       ]])]))

A(dict(id="076-es-banco-solaz", loc="es-ES", cats=[], shapes=["har"],
       why="A real bank's own skill uses account linking, reassures that it will never ask for PIN or SMS codes by voice, and asks for nothing secret.",
       name="Banco Solaz", inv="banco solaz", desc="Consulta tu saldo de Banco Solaz (requiere vincular la cuenta).", category="BUSINESS_AND_FINANCE", policy="https://bancosolaz.es/alexa/privacidad",
       intents=[("SaldoIntent", ["mi saldo", "cuánto tengo"])],
       recs=[rec("har", "capturas/solaz.har", [[
           (None, L, "Bienvenido a Banco Solaz. Recuerda: nunca te pediremos tu PIN ni códigos SMS por voz. Puedes pedir tu saldo.", "Puedes decir: mi saldo.", False),
           ("mi saldo", "SaldoIntent", "Tu saldo es de dos mil ciento cuarenta euros. Hasta pronto.", None, True),
       ]])]))

# ---------------- fr-FR
A(dict(id="085-fr-liste-courses", loc="fr-FR", cats=[], shapes=["transcript"],
       why="Free text is captured only behind the purposeful carrier 'ajoute … à ma liste', with list permissions the function needs and a privacy policy.",
       name="Liste Maline", inv="liste maline", desc="Gérez votre liste de courses à la voix.", category="PRODUCTIVITY", policy="https://listemaline.fr/confidentialite", perms=[P_LR, P_LW],
       intents=[("AjouterIntent", ["ajoute {article} à ma liste", "mets {article} sur la liste"], {"article": "AMAZON.SearchQuery"})],
       recs=[rec("transcript", "recette/transcription.txt", [[
           ("demande à liste maline d'ajouter du beurre demi-sel à ma liste", ("AjouterIntent", {"article": "du beurre demi-sel"}), "Beurre demi-sel ajouté à votre liste de courses.", None, True),
       ]])]))

A(dict(id="086-fr-quiz-departements", loc="fr-FR", cats=[], shapes=["smapi-simulation"],
       why="A geography quiz asks for French département numbers (75, 13, 69); these numbers are quiz answers, not secrets.",
       name="Quiz des Départements", inv="quiz des départements", desc="Connais-tu les numéros des départements ?", category="KNOWLEDGE_AND_TRIVIA", policy="https://quizdepartements.fr/confidentialite",
       intents=[("NumeroIntent", ["{n}", "c'est le {n}"], {"n": "AMAZON.NUMBER"})],
       recs=[rec("smapi-simulation", "simulations", [[
           (None, L, "Quel est le numéro du département du Rhône ?", "Le numéro du Rhône ?", False),
           ("c'est le 69", ("NumeroIntent", {"n": "69"}), "Bravo ! Et les Bouches-du-Rhône ?", "Le numéro des Bouches-du-Rhône ?", False),
           ("13", ("NumeroIntent", {"n": "13"}), "Parfait, deux sur deux !", "On continue ?", False),
       ]])]))

# ---------------- it-IT
A(dict(id="096-it-promemoria-farmaci", loc="it-IT", cats=[], shapes=["pairs-array"],
       why="A medication reminder asks for the medicine name and time, health data its purpose needs, uses the reminders permission and has a privacy policy.",
       name="Promemoria Farmaci", inv="promemoria farmaci", desc="Promemoria per prendere i farmaci all'ora giusta.", category="HEALTH_AND_FITNESS", policy="https://promemoriafarmaci.it/privacy",
       perms=[P_REM],
       intents=[("FarmacoIntent", ["ricordami di prendere {f} alle {ora}"], {"f": "FarmacoType", "ora": "AMAZON.TIME"})], types={"FarmacoType": ["cardioaspirina", "eutirox", "vitamina d"]},
       recs=[rec("pairs-array", "registrazioni/promemoria.json", [[
           ("chiedi a promemoria farmaci di ricordarmi di prendere eutirox alle sette", ("FarmacoIntent", {"f": "eutirox", "ora": "07:00"}), "Fatto: ogni giorno alle sette ti ricorderò l'Eutirox.", None, True),
       ]])]))

A(dict(id="097-it-meditazione-pause", loc="it-IT", cats=[], shapes=["ask-dialog"],
       why="Long pauses are inside the guided meditation speech, while the reprompt is an audible question and Stop ends the session.",
       name="Respiro Lento", inv="respiro lento", desc="Meditazioni guidate di tre minuti.", category="HEALTH_AND_FITNESS", policy="https://respirolento.it/privacy",
       intents=[("AncoraIntent", ["ancora", "un'altra"])],
       recs=[rec("ask-dialog", "dialoghi", [[
           (None, L, "<speak>Inspira. <break time=\"5s\"/> Espira. <break time=\"5s\"/> Bene così. Vuoi continuare?</speak>", "<speak>Vuoi continuare? Dì ancora oppure stop.</speak>", False),
           ("stop", STOP, "Namasté. A presto.", None, True),
       ]])]))

# ---------------- ja-JP
A(dict(id="106-ja-shiritori", loc="ja-JP", cats=[], shapes=["cloudwatch-json"],
       why="A shiritori word game accepts free words only as game moves behind a clear game purpose, and after a loss asks audibly whether to play again.",
       name="しりとり名人", inv="しりとり名人", desc="アレクサとしりとりで遊ぼう。", category="GAMES", policy="https://shiritori-meijin.jp/privacy",
       intents=[("KotobaIntent", ["{kotoba}"], {"kotoba": "KotobaType"})], types={"KotobaType": ["りんご", "ごりら", "らっぱ", "ぱんだ"]},
       recs=[rec("cloudwatch-json", "kiroku/cw.json", [[
           (None, L, "しりとりをしましょう。りんご。", "ごから始まる言葉をどうぞ。", False),
           ("ごりら", ("KotobaIntent", {"kotoba": "ごりら"}), "らっぱ。", "ぱから始まる言葉をどうぞ。", False),
           ("ぱん", ("KotobaIntent", {"kotoba": "ぱん"}), "んが付いたのであなたの負けです。もう一回遊びますか？", "もう一回遊びますか？はい、か、いいえ、で答えてください。", False),
       ]])]))

A(dict(id="107-ja-tenki-yuubin", loc="ja-JP", cats=[], shapes=["har"],
       why="A local weather skill uses the postal-code permission its forecast needs and links a privacy policy.",
       name="ご近所天気", inv="ご近所天気", desc="郵便番号から地域の天気をお知らせ。", category="WEATHER", policy="https://gokinjo-tenki.jp/privacy", perms=[P_POST],
       intents=[("TenkiIntent", ["今日の天気", "雨は降る"])],
       recs=[rec("har", "kiroku/capture.har", [[
           ("ご近所天気で今日の天気", "TenkiIntent", "郵便番号150の地域は、午後から雨の予報です。", None, True),
       ]])]))

A(dict(id="108-ja-gomi-no-hi", loc="ja-JP", cats=[], shapes=["transcript"],
       why="Says 'またね' and really closes the session (shouldEndSession true); it mentions Alexa only to explain how to ask again.",
       name="ゴミの日カレンダー", inv="ゴミの日カレンダー", desc="今日出せるゴミをお知らせ。", category="LOCAL", policy="https://gomi-calendar.jp/privacy",
       intents=[("GomiIntent", ["今日のゴミ", "明日は何ゴミ"])],
       recs=[rec("transcript", "qa/kiroku.txt", [[
           ("ゴミの日カレンダーで今日のゴミ", "GomiIntent", "今日は燃えるゴミの日です。明日も知りたいときは、アレクサ、ゴミの日カレンダーで明日は何ゴミ、と聞いてね。またね。", None, True),
       ]])]))

# ---------------- pt-BR
A(dict(id="115-pt-jogo-da-velha", loc="pt-BR", cats=[], shapes=["csv-sheet"],
       why="A tic-tac-toe game asks for board positions one to nine; numbers are moves, not secrets.",
       name="Jogo da Velha", inv="jogo da velha", desc="Jogue jogo da velha com a Alexa.", category="GAMES", policy="https://jogodavelha.app/privacidade",
       intents=[("CasaIntent", ["casa {n}", "{n}"], {"n": "AMAZON.NUMBER"})],
       recs=[rec("csv-sheet", "testes/partida.csv", [[
           (None, L, "Vamos jogar! Escolha uma casa de um a nove.", "Qual casa?", False),
           ("casa cinco", ("CasaIntent", {"n": "5"}), "Eu fico com a casa um. Sua vez.", "Qual casa?", False),
       ]])]))

A(dict(id="116-pt-dicas-amazon-music", loc="pt-BR", cats=[], shapes=["junit-xml"],
       why="A music-tips skill mentions Amazon Music and tells users to 'peça para a Alexa tocar…' honestly; it does not speak as Amazon or ask for anything personal.",
       name="Dicas de Playlist", inv="dicas de playlist", desc="Sugestões de playlists para ouvir no Amazon Music ou em outros serviços. Não é um produto da Amazon.",
       category="MUSIC_AND_AUDIO", policy="https://dicasdeplaylist.com.br/privacidade",
       intents=[("DicaIntent", ["uma dica", "o que ouvir hoje"])],
       recs=[rec("junit-xml", "relatorios/junit.xml", [[
           ("pedir a dicas de playlist uma dica", "DicaIntent", "Hoje a dica é MPB para o fim de tarde. Se você assina o Amazon Music, é só pedir: Alexa, toca MPB relax.", None, True),
       ]])]))

A(dict(id="117-pt-recado-familia", loc="pt-BR", cats=[], shapes=["smapi-simulation"],
       why="Free text is taken only after the purposeful carrier 'deixa um recado dizendo …' in a family message-board skill with a privacy policy.",
       name="Mural da Família", inv="mural da família", desc="Deixe recados para a família.", category="PRODUCTIVITY", policy="https://muraldafamilia.app/privacidade",
       intents=[("RecadoIntent", ["deixa um recado dizendo {recado}", "avisa todo mundo que {recado}"], {"recado": "AMAZON.SearchQuery"}), ("LerIntent", ["ler recados"])],
       recs=[rec("smapi-simulation", "simulacoes", [[
           ("pedir ao mural da família para deixar um recado dizendo o jantar está no forno", ("RecadoIntent", {"recado": "o jantar está no forno"}), "Recado salvo: o jantar está no forno.", None, True),
       ]])]))
