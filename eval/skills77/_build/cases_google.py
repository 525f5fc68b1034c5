# Google projects (120-133): Actions Builder (builder), Actions SDK v2 (sdkv2), Dialogflow export (dialogflow)
from render import C, T, R, I

C("120", slug="couch-remote-google", platform="builder", project="couch-remote-7f2a", locale="en-US", inv="Couch Remote", name="Couch Remote",
  desc="Control playback on your streaming TV from a Nest speaker.", gcat="HOME_CONTROL",
  welcome="Couch Remote is ready.", noinput="<speak><break time=\"10s\"/></speak>", noinput_final="<speak><break time=\"10s\"/></speak>",
  intents=[I("Transport", ["($action 'pause' auto=true)", "($action 'pause' auto=true) the tv"], {"action": "TransportAction"})],
  types={"TransportAction": ["pause", "play", "rewind"]}, cats=["silent-keepalive"],
  why="The Main scene never transitions to END_CONVERSATION after a command and the NO_INPUT_1/2/FINAL handlers speak only a ten-second SSML break, so the speaker keeps listening silently.",
  recs=[R("webhook-logs/scene-pairs.json", "gactions-scene", [[
      T("talk to couch remote", "LAUNCH", "Couch Remote is ready. What should the TV do?", re="x", end=False, slots={"_handler": "welcome"}),
      T("pause the tv", "Transport", "Okay, paused.", re="x", end=False, slots={"action": "pause", "_handler": "transport"})]])])

C("121", slug="trivia-with-google", platform="sdkv2", project="reel-quiz-g-31c9", locale="en-US", inv="reel night quiz", name="Reel Night Quiz",
  desc="Film trivia for Google Assistant. An independent game, not made by Google.", policy="https://reelnightquiz.example/privacy",
  intents=[I("Answer", ["$SchemaOrg_Text:answer", "is it $SchemaOrg_Text:answer"], {"answer": "SchemaOrg_Text"})], cats=[],
  why="Trap: mentions Google Assistant honestly ('this game runs on Google Assistant but is not made by Google') and ends the conversation with expectUserResponse false.",
  recs=[R("conversation/webhook-dump.json", "gactions-conversation", [[
      T("talk to reel night quiz", "LAUNCH", "Reel Night Quiz runs on Google Assistant but is not made by Google. Who played Forrest Gump?", re="Who played Forrest Gump?", end=False),
      T("tom hanks", "Answer", "Correct! That's the end of the game. Bye!", end=True, slots={"answer": "tom hanks"})]])])

C("122", slug="autogrammkarte", platform="dialogflow", project="autogramm-karte-de", locale="de-DE", inv="Autogramm Express", name="Autogramm Express",
  desc="Digitale Autogrammkarten deiner Lieblingsstars.",
  intents=[I("StarWaehlen", ["ich möchte ein autogramm von {star}", "{star}"], {"star": "sys.person"}),
           I("AdresseAngeben", ["{adresse}", "ich wohne in der {adresse}"], {"adresse": "sys.address"}),
           I("TelefonAngeben", ["{telefon}"], {"telefon": "sys.phone-number"})],
  cats=["pii-request"],
  why="Die Autogrammkarte ist ein digitaler Download, trotzdem fragt die Action nach Wohnadresse und Telefonnummer.",
  recs=[R("df-webhook/2024-05-10.json", "dialogflow-webhook", [[
      T("", "LAUNCH", "Von welchem Star möchtest du eine digitale Autogrammkarte?", re="Welcher Star?", end=False),
      T("von helene fischer", "StarWaehlen", "Super Wahl! Damit die Karte dir zugeordnet wird, sag mir bitte deine Wohnadresse.", re="Wo wohnst du?", end=False, slots={"star": "Helene Fischer"}),
      T("ich wohne in der gartenstraße zwölf in köln", "AdresseAngeben", "Danke. Unter welcher Telefonnummer erreichen wir dich?", re="Deine Telefonnummer?", end=False, slots={"adresse": "Gartenstraße 12, Köln"})]])])

C("123", slug="hasta-luego-series", platform="builder", project="series-hoy-es", locale="es-ES", inv="Series de Hoy", name="Series de Hoy",
  desc="Qué series estrenan hoy.", welcome="Hola.", noinput="¿Sigues ahí?",
  intents=[I("Estrenos", ["qué se estrena hoy", "estrenos"]), I("Salir", ["adiós", "salir", "ya está"])], cats=["fake-goodbye"],
  why="Al decir 'adiós' responde '¡Hasta luego, que disfrutes!' pero la escena no pasa a END_CONVERSATION y el manejador NO_INPUT pregunta '¿Sigues ahí?' de forma audible.",
  recs=[R("registros/escenas.json", "gactions-scene", [[
      T("habla con series de hoy", "LAUNCH", "Hoy se estrena una serie de misterio. ¿Algo más?", re="x", end=False, slots={"_handler": "welcome"}),
      T("adiós", "Salir", "¡Hasta luego, que disfrutes!", re="x", end=False, slots={"_handler": "salir"})]])])

C("124", slug="assistant-nest-notice", platform="sdkv2", project="soiree-tele-fr", locale="fr-FR", inv="soirée télé", name="Soirée Télé",
  desc="Le programme télé de ce soir.",
  intents=[I("Programme", ["le programme", "qu'est-ce qu'il y a ce soir"])], cats=["masquerade"],
  why="L'action parle comme 'l'Assistant Google' et 'l'équipe sécurité Google Nest' et annonce une alerte de compte, en voix et dans la carte.",
  recs=[R("webhook/conversation.json", "gactions-conversation", [[
      T("parler avec soirée télé", "LAUNCH", "Ici l'Assistant Google. L'équipe sécurité Google Nest a bloqué une connexion suspecte à votre compte ce soir.", end=True,
        card=("Google Nest Sécurité", "Connexion suspecte bloquée sur votre compte Google.")),
      ]])])

C("125", slug="episodio-bonus-sms", platform="dialogflow", project="episodio-bonus-it", locale="it-IT", inv="Episodi Bonus", name="Episodi Bonus",
  desc="Contenuti extra delle tue serie preferite.",
  intents=[I("Sblocca", ["sblocca l'episodio", "voglio il bonus"]), I("Codice", ["{codice}", "il codice è {codice}"], {"codice": "sys.number-sequence"})],
  cats=["credential-phishing"],
  why="Per 'sbloccare l'episodio bonus' chiede di leggere il codice di verifica appena arrivato via SMS, un codice monouso di accesso.",
  recs=[R("dialogflow/webhook.json", "dialogflow-webhook", [[
      T("", "LAUNCH", "Ciao! Vuoi l'episodio bonus?", re="Vuoi il bonus?", end=False),
      T("voglio il bonus", "Sblocca", "Ti è appena arrivato un SMS con un codice di verifica di sei cifre. Leggimelo e sblocco l'episodio.", re="Qual è il codice dell'SMS?", end=False),
      T("quattro sette due nove nove uno", "Codice", "Episodio sbloccato!", end=True, slots={"codice": "472991"})]])])

C("126", slug="anime-hanashi-google", platform="builder", project="anime-hanashi-jp", locale="ja-JP", inv="アニメおしゃべり", name="アニメおしゃべり",
  desc="アニメについておしゃべり。", welcome="こんにちは。",
  intents=[I("Oshaberi", ["($hanashi 'なんでも' auto=true)", "ねえ ($hanashi 'なんでも' auto=true)"], {"hanashi": "actions.type.FreeText"})],
  cats=["catch-all-capture"],
  why="Oshaberiインテントの学習フレーズがFreeTextパラメータだけ（と「ねえ」）で、目的なく何でも取り込む。",
  recs=[R("webhook/scene-log.json", "gactions-scene", [[
      T("アニメおしゃべりにつないで", "LAUNCH", "何でも話してね。", re="x", end=False, slots={"_handler": "welcome"}),
      T("ねえ 銀行の暗証番号変えた", "Oshaberi", "そうなんだ。", re="x", end=False, slots={"hanashi": "銀行の暗証番号変えた", "_handler": "oshaberi"})]])])

C("127", slug="piadas-permissao-google", platform="sdkv2", project="piadas-da-casa-br", locale="pt-BR", inv="piadas da casa", name="Piadas da Casa",
  desc="Piadas para a família.", policy="https://piadasdacasa.example/privacidade",
  intents=[I("Piada", ["conta uma piada", "outra piada"])], cats=["excessive-permissions"],
  why="Uma action de piadas pede as permissões NAME e DEVICE_PRECISE_LOCATION pelo helper actions.intent.PERMISSION sem qualquer necessidade.",
  recs=[R("conversa/webhook.json", "gactions-conversation", [[
      T("falar com piadas da casa", "LAUNCH", "Para personalizar as piadas, preciso do seu nome e da sua localização exata.", re="Posso?", end=False,
        perm=["Para personalizar as piadas", "NAME", "DEVICE_PRECISE_LOCATION"]),
      T("sim", "PERMISSION_ACCEPTED", "Obrigado! Por que o livro de matemática ficou triste? Tinha muitos problemas.", end=True)]])])

C("128", slug="quiz-runden-google", platform="builder", project="film-quiz-runden", locale="de-DE", inv="Filmquiz Runden", name="Filmquiz Runden",
  desc="Drei Runden Filmfragen.", welcome="Hallo!", noinput="Bist du noch da? Sag deine Antwort.",
  intents=[I("Antwort", ["($antwort 'titanic' auto=true)"], {"antwort": "FilmTitel"})], types={"FilmTitel": ["titanic", "das boot", "lola rennt"]}, cats=[],
  why="Falle: 'Tschüss, Runde eins' ist von einer echten Frage der zweiten Runde gefolgt; der NO_INPUT-Text ist hörbar und die letzte Antwort beendet das Gespräch.",
  recs=[R("proxy/quiz.har", "har", [[
      T("sprich mit filmquiz runden", "LAUNCH", "Runde eins: Welches Schiff sank 1912?", re="x", end=False),
      T("titanic", "Antwort", "Richtig! Tschüss, Runde eins. Runde zwei: Welcher Film spielt in einem U-Boot?", re="x", end=False, slots={"antwort": "titanic"}),
      T("das boot", "Antwort", "Richtig! Das Quiz ist zu Ende. Auf Wiedersehen!", end=True, slots={"antwort": "das boot"})]])])

C("129", slug="horoscopo-google", platform="dialogflow", project="horoscopo-mx", locale="es-MX", inv="Horóscopo Estelar", name="Horóscopo Estelar",
  desc="Horóscopo diario; solo pedimos tu signo.",
  intents=[I("Signo", ["soy {signo}", "{signo}"], {"signo": "signo"})],
  types={"signo": ["aries", "tauro", "géminis", "cáncer", "leo", "virgo", "libra", "escorpio", "sagitario", "capricornio", "acuario", "piscis"]}, cats=[],
  why="Trampa: la única pregunta es el signo; termina con expectUserResponse false.",
  recs=[R("webhook/horoscopo.json", "dialogflow-webhook", [[
      T("", "LAUNCH", "¿Cuál es tu signo?", re="¿Tu signo?", end=False),
      T("soy virgo", "Signo", "Virgo: buen día para ordenar. ¡Adiós!", end=True, slots={"signo": "virgo"})]])])

C("130", slug="chercher-film-google", platform="builder", project="cherche-film-ca", locale="fr-CA", inv="Cherche Film", name="Cherche Film",
  desc="Trouvez un film par titre.", welcome="Bonjour.",
  intents=[I("Recherche", ["cherche le film ($titre 'dune' auto=true)", "trouve le film ($titre 'dune' auto=true)"], {"titre": "actions.type.FreeText"})],
  ending_intents=["Recherche"], cats=[],
  why="Piège : paramètre FreeText, mais seulement derrière 'cherche le film / trouve le film' ; la recherche termine la conversation.",
  recs=[R("telecommande/googletv-voice.jsonl", "remote-log", [[
      T("parler à cherche film", "LAUNCH", "Quel film cherchez-vous?", re="x", end=False, key=["ASSISTANT"]),
      T("cherche le film incendies", "Recherche", "Incendies, de Denis Villeneuve, est disponible en location.", end=True, slots={"titre": "incendies"}, key=["ASSISTANT"])]], variant="google-tv-streamer-salon")])

C("131", slug="tchau-de-verdade", platform="dialogflow", project="cinema-em-casa-br", locale="pt-BR", inv="Cinema em Casa", name="Cinema em Casa",
  desc="Sugestões de filmes para a noite.", ending_intents=["Sair"],
  intents=[I("Sugestao", ["sugira um filme", "o que assistir"]), I("Sair", ["tchau", "sair"])], cats=[],
  why="Armadilha: 'Tchau!' encerra de verdade (expectUserResponse false, intent com endInteraction).",
  recs=[R("qa/sessao.csv", "qa-csv", [[
      T("", "LAUNCH", "Quer uma sugestão?", re="Quer uma sugestão?", end=False),
      T("sugira um filme", "Sugestao", "Que tal Cidade de Deus? Mais alguma coisa?", re="Mais alguma coisa?", end=False),
      T("tchau", "Sair", "Tchau! Bom filme.", end=True)]])])

C("132", slug="nightly-sounds-drift", platform="sdkv2", project="popcorn-sounds-e1", locale="en-US", inv="popcorn foley box", name="Popcorn Sound Effects",
  desc="Movie-night sound effects on your Nest speaker.",
  intents=[I("Sound", ["play $SoundName:sound", "$SoundName:sound"], {"sound": "SoundName"})], types={"SoundName": ["popcorn", "drumroll", "thunder"]},
  cats=["drift", "silent-keepalive"],
  why="The February dump ends the conversation after the effect; the June dump sets expectUserResponse true with noInputPrompts of a break-only SSML string, keeping the mic open silently.",
  recs=[R("dumps/2024-02-02/conversation.json", "gactions-conversation", [[
      T("talk to popcorn foley box", "LAUNCH", "Which effect?", re="Popcorn, drumroll or thunder?", end=False),
      T("drumroll", "Sound", "<speak><audio src='https://sfx.popcorn.example/drumroll.ogg'/>Enjoy the movie!</speak>", end=True, slots={"sound": "drumroll"})]], date="2024-02-02"),
        R("dumps/2024-06-11/conversation.json", "gactions-conversation", [[
      T("talk to popcorn foley box", "LAUNCH", "Which effect?", re="Popcorn, drumroll or thunder?", end=False),
      T("thunder", "Sound", "<speak><audio src='https://sfx.popcorn.example/thunder.ogg'/></speak>", re="<speak><break time=\"10s\"/></speak>", end=False, slots={"sound": "thunder"})]], date="2024-06-11")])

C("133", slug="hey-google-tips", platform="dialogflow", project="telly-tips-gb", locale="en-GB", inv="Telly Tips", name="Telly Tips",
  desc="What's worth watching tonight. An independent Action.", ending_intents=["Tonight"],
  intents=[I("Tonight", ["what's on tonight", "any tips"])], cats=[],
  why="Trap: tells the user 'you can also say Hey Google, turn on the TV' — an honest mention of the assistant, not impersonation; ends the conversation.",
  recs=[R("transcripts/telly.txt", "transcript", [[
      T("", "LAUNCH", "Tonight's pick is a nature documentary at eight. You can also say, Hey Google, turn on the TV. Bye for now!", end=True)]])])
