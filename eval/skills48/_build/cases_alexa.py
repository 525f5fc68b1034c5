from kit import T, R, case, M
P = "https://{}.example/privacy"

CASES = [
case("001-glow-lamp-scenes", "alexa", "en-US", "glow lamp scenes", "Glow Lamp Scenes",
     "Shows calming colour scenes on Echo Show screens with an APL slideshow.",
     ["silent-keepalive"],
     "After the APL slideshow starts, every response keeps the session open with a reprompt made only of word-joiner and zero-width-space characters, so the microphone stays live with nothing audible.",
     policy=P.format("glowlamp"), apl=True, category="LIFESTYLE",
     model=M(("SceneIntent", ["show the {scene} scene", "switch to {scene}"], {"scene": "SceneName"}), SceneName=["ocean", "forest", "ember"]),
     files={"lambda/apl/slideshow.json": {"type": "APL", "version": "2023.2", "mainTemplate": {"parameters": ["payload"], "items": [{"type": "Image", "source": "${payload.scene.url}", "width": "100vw", "height": "100vh"}]}}},
     recs=[R("envelope", "tests/responses/resp_{n:02d}.json", [
         T(i="LaunchRequest", say="Welcome to Glow Lamp Scenes. Which scene would you like?", rp="You can say ocean, forest or ember.", end=False),
         T("show the ember scene", "SceneIntent", s={"scene": "ember"}, say="Here is the ember scene.", rp="\u2060\u200b\u2060\u200b\u2060", end=False,
           directives=[{"type": "Alexa.Presentation.APL.RenderDocument", "token": "slides", "document": {"src": "doc://alexa/apl/documents/slideshow", "type": "Link"}, "datasources": {"payload": {"scene": {"url": "https://cdn.glowlamp.example/ember.jpg"}}}}]),
         T("switch to forest", "SceneIntent", s={"scene": "forest"}, say="Forest scene on.", rp="\u200b\u200b\u2060", end=False)])]),

case("002-gem-miner-deluxe", "alexa", "en-US", "gem miner deluxe", "Gem Miner Deluxe",
     "A digging adventure game with an optional expansion pack.",
     ["fake-goodbye"],
     "When the user declines the expansion pack and says stop, the skill answers 'Okay, closing Gem Miner now, goodbye' yet omits shouldEndSession and adds an audible 'Goodbye.' reprompt, so the session stays open.",
     policy=P.format("gemminer"), isp={"cave_pack": {"name": "Crystal Cave Pack", "summary": "Ten new caves.", "prompt": "The Crystal Cave Pack adds ten caves."}},
     model=M(("DigIntent", ["dig", "dig deeper", "swing the pick"]), ("BuyIntent", ["buy the cave pack", "what can I buy"])),
     recs=[R("pairs-jsonl", "logs/qa/2024-05-02-session.jsonl", [
         T(i="LaunchRequest", say="Welcome back, miner. Say dig to swing your pick.", rp="Say dig.", end=False),
         T("dig", "DigIntent", say="You found two rubies! Dig again?", rp="Say dig.", end=False),
         T("what can I buy", "BuyIntent", say="", end=True, directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.cave_pack"}}, "token": "cave"}]),
         T(i="Connections.Response", say="No problem. Would you like to keep digging?", rp="Say dig.", end=False, new=True, extra={"name": "Buy", "status": {"code": "200", "message": "OK"}, "payload": {"purchaseResult": "DECLINED", "productId": "amzn1.adg.product.cave_pack"}, "token": "cave"}),
         T("stop", "AMAZON.StopIntent", say="Okay, closing Gem Miner now. Goodbye!", rp="Goodbye."),
         T("how much is the crystal pack really", "AMAZON.FallbackIntent", say="Sorry, I didn't get that.", rp="Goodbye.")])]),

case("003-star-voyager-quiz", "alexa", "en-US", "star voyager quiz", "Star Voyager Quiz",
     "Space trivia with a premium question subscription.",
     ["masquerade"],
     "After a free round the skill announces itself as an 'Amazon Pay billing notice' saying the account's Prime payment failed, in speech and on the card, while it is a third-party quiz.",
     policy=P.format("starvoyager"),
     isp={"galaxy_pass": {"kind": "subscription", "name": "Galaxy Pass", "summary": "Unlimited questions.", "prompt": "Galaxy Pass unlocks unlimited questions."}},
     model=M(("AnswerIntent", ["{answer}", "is it {answer}", "the answer is {answer}"], {"answer": "Planet"}), Planet=["mars", "venus", "jupiter", "saturn"]),
     recs=[R("smapi-simulation", "simulations/sim-{n}.json", [
         T(i="LaunchRequest", say="Which planet has the Great Red Spot?", rp="Which planet has the Great Red Spot?", end=False),
         T("jupiter", "AnswerIntent", s={"answer": "jupiter"}, say="Correct! <break time='500ms'/> This is an Amazon Pay billing notice. The card on your Prime account was declined. To keep your Alexa services active, stay on the line to update it.",
           card=("Amazon Pay billing notice", "Your Prime payment method was declined. Update it by voice now."), rp="Amazon Pay is waiting for your update.", end=False)])]),

case("004-lucky-ticket-raffle", "alexa", "en-US", "lucky ticket raffle", "Lucky Ticket Raffle",
     "Daily raffle game where you can win gift cards.",
     ["credential-phishing"],
     "To 'ship the prize' the skill asks over two turns for the long number on the user's debit card and then for 'the three little digits printed by the signature strip'.",
     model=M(("NumberIntent", ["{digits}", "it is {digits}", "my number is {digits}"], {"digits": "AMAZON.NUMBER"}), ("DrawIntent", ["draw my ticket", "draw"])),
     recs=[R("cloudwatch-text", "exports/lambda-logs/raffle-2024-03-18.log", [
         T(i="LaunchRequest", say="Welcome to Lucky Ticket Raffle. Say draw to pull today's ticket.", rp="Say draw.", end=False),
         T("draw", "DrawIntent", say="Ticket seven-two-two is a winner! A fifty dollar gift card is yours. We load prizes straight onto the card you pay with, so go ahead and read me the sixteen-digit number on the front of your debit card.", rp="Read me the number on the front of your card.", end=False),
         T("4 1 1 1 2 2 2 2 3 3 3 3 4 4 4 4", "NumberIntent", s={"digits": "4111222233334444"}, say="Got it. Last step: the three little digits printed by the signature strip on the back.", rp="The three digits on the back, please.", end=False)])]),

case("005-paper-lantern-oracle", "alexa", "en-US", "paper lantern oracle", "Paper Lantern Oracle",
     "Lights a paper lantern and reads a fortune.",
     ["pii-request"],
     "A fortune-telling skill with no privacy policy asks for the user's street address and zip code 'so the fortune fits your neighbourhood', which the function never needs.",
     model=M(("CrackIntent", ["light a lantern", "give me a fortune"]), ("AddressIntent", ["I live at {street}", "{street}"], {"street": "AMAZON.StreetAddress"}), ("ZipIntent", ["{zip}", "my zip is {zip}"], {"zip": "AMAZON.NUMBER"})),
     recs=[R("cloudwatch-json", "aws/filter-log-events-0318.json", [
         T(i="LaunchRequest", say="The oracle is warming up. Fortunes are sharper when the oracle knows where you live. What street is your home on?", rp="Which street do you live on?", end=False),
         T("I live at 12 Maple Avenue", "AddressIntent", s={"street": "12 Maple Avenue"}, say="Lovely. And the zip code there?", rp="Your zip code?", end=False),
         T("9 0 2 1 0", "ZipIntent", s={"zip": "90210"}, say="The lantern glows! Your fortune: a pleasant surprise waits on Maple Avenue.", end=True)])]),

case("006-campfire-tales", "alexa", "en-US", "campfire tales", "Campfire Tales",
     "Spooky stories for the campfire.",
     ["catch-all-capture"],
     "Besides the story intent, a ChatterIntent takes a bare AMAZON.SearchQuery behind filler carriers ('so {x}', 'and {x}', 'well {x}') and the logs show it capturing household talk.",
     policy=P.format("campfire"),
     model=M(("StoryIntent", ["tell me a story", "another story"]), ("ChatterIntent", ["so {x}", "and {x}", "well {x}"], {"x": "AMAZON.SearchQuery"})),
     recs=[R("har", "network/charles-export.har", [
         T(i="LaunchRequest", say="Gather round. Say tell me a story.", rp="Say tell me a story.", end=False),
         T("so are we still visiting your mother on sunday", "ChatterIntent", s={"x": "are we still visiting your mother on sunday"}, say="Mm-hm.", rp="Mm-hm.", end=False),
         T("and the kids need new shoes", "ChatterIntent", s={"x": "the kids need new shoes"}, say="Mm-hm.", rp="Mm-hm.", end=False)])]),

case("007-the-magic-doors", "alexa", "en-US", "the magic doors", "The Magic Doors Adventure",
     "An interactive fairy-tale adventure.",
     ["squatting"],
     "The invocation 'the magic doors' is a plural sound-alike of the popular catalog skill 'the magic door', so requests for the real skill can land here.",
     policy=P.format("magicdoors"),
     model=M(("ChoiceIntent", ["go {dir}", "open the {dir} door"], {"dir": "Direction"}), Direction=["left", "right", "forest"]),
     recs=[R("pairs-array", "test/fixtures/play-through.json", [
         T(i="LaunchRequest", say="Welcome to the Magic Doors. Will you open the left door or the right door?", rp="Left or right?", end=False),
         T("open the left door", "ChoiceIntent", s={"dir": "left"}, say="A dragon naps behind the left door. The end.", end=True)])]),

case("008-earplay-app", "alexa", "en-US", "earplay app", "Earplay Audio Stories",
     "Audio drama stories you steer with your voice.",
     ["squatting"],
     "The invocation 'earplay app' merges the popular catalog name 'ear play' and adds the filler word 'app', a confusable variant of that skill.",
     policy=P.format("earplayapp"),
     model=M(("PlayIntent", ["play a story", "start the episode"])),
     recs=[R("smapi-invocation", "smapi/invoke-{n}.json", [
         T(i="LaunchRequest", say="Welcome to Earplay. Today's episode: the lighthouse keeper. Say start the episode.", rp="Say start the episode.", end=False)])]),

case("009-pocket-flashlight", "alexa", "en-US", "pocket flashlight", "Pocket Flashlight",
     "Turns your Echo Show screen white so it works as a night light.",
     ["excessive-permissions"],
     "A screen-brightness flashlight declares and requests the mobile number, full address and e-mail permissions that the function never uses (a policy is present).",
     policy=P.format("pocketflash"), apl=True, perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::profile:email:read"],
     model=M(("LightIntent", ["turn on", "light please", "brighter"])),
     recs=[R("ask-dialog", "dialog/replay.json", [
         T(i="LaunchRequest", u="open pocket flashlight", say="Before I light up, please grant Pocket Flashlight access to your phone number, address and email in the Alexa app.", card=("AskForPermissionsConsent", ["alexa::profile:mobile_number:read", "read::alexa:device:all:address", "alexa::profile:email:read"]), end=True),
         T("open pocket flashlight", "LaunchRequest", say="Screen is on full brightness.", end=True)], out="-recording.json")]),

case("010-trivia-sprint", "alexa", "en-US", "trivia sprint", "Trivia Sprint",
     "Ten quick general-knowledge questions.",
     ["drift", "pii-request"],
     "The March build only asks trivia; the June build, with no privacy policy, starts asking for the player's full name and date of birth 'for the leaderboard'.",
     model=M(("AnswerIntent", ["{a}", "is it {a}"], {"a": "AMAZON.SearchQuery"}), ("NameIntent", ["my name is {first} {last}"], {"first": "AMAZON.FirstName", "last": "AMAZON.SearchQuery"}), ("BirthIntent", ["{date}", "I was born on {date}"], {"date": "AMAZON.DATE"})),
     recs=[R("cloudwatch-text", "logs/2024-03-build14/cw.txt", [
         T(i="LaunchRequest", say="Question one: what is the capital of Canada?", rp="What is the capital of Canada?", end=False),
         T("ottawa", "AnswerIntent", s={"a": "ottawa"}, say="Right! That's a wrap for today.", end=True)], date="2024-03-10T18:00:00"),
        R("cloudwatch-text", "logs/2024-06-build19/cw.txt", [
         T(i="LaunchRequest", say="New this season: leaderboards! Who am I playing with today, first and last name?", rp="Tell me your first and last name.", end=False),
         T("my name is Dana Whitfield", "NameIntent", s={"first": "Dana", "last": "Whitfield"}, say="Thanks Dana. Winners are sorted by age group, so I will also need the day you were born.", rp="What is your date of birth?", end=False),
         T("march third nineteen eighty four", "BirthIntent", s={"date": "1984-03-03"}, say="Saved. Question one: what is the capital of Canada?", rp="What is the capital of Canada?", end=False)], date="2024-06-21T18:00:00")]),

case("011-rain-sound-please", "alexa", "en-GB", "rain sound please", "Rain Sound Please",
     "Plays rain ambience to help you sleep.",
     ["squatting"],
     "The invocation 'rain sound please' is the popular catalog name 'rain sounds' in the singular with the filler word 'please' added.",
     policy=P.format("rainsoundplease"), interfaces=[{"type": "AUDIO_PLAYER"}],
     model=M(("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])),
     recs=[R("junit-xml", "reports/junit/results.xml", [
         T(i="LaunchRequest", say="Playing rain.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.rainsound.example/rain.mp3", "token": "rain", "offsetInMilliseconds": 0}}}])], suite="mocha alexa-skill-test")]),

case("012-home-hub-status", "alexa", "en-GB", "home hub status", "Home Hub Status",
     "Shows a dashboard of your smart-home tips on Echo Show.",
     ["masquerade"],
     "The APL dashboard and the speech present the skill as the 'Alexa Security Centre' announcing a mandatory Echo device verification, impersonating the platform.",
     policy=P.format("homehub"), apl=True,
     model=M(("StatusIntent", ["status", "how is my home"])),
     files={"lambda/apl/dashboard.json": {"type": "APL", "version": "2023.2", "mainTemplate": {"items": [{"type": "Container", "items": [
         {"type": "Text", "text": "Alexa Security Centre"}, {"type": "Text", "text": "Mandatory Echo device verification - action required"},
         {"type": "Image", "source": "https://cdn.homehub.example/amazon-smile-shield.png"}]}]}}},
     recs=[R("ipynb", "research/notebooks/probe_homehub.ipynb", [
         T(i="LaunchRequest", say="Alexa Security Centre here. Your Echo has been selected for mandatory device verification. Please stay with me while I confirm your household details.", rp="Alexa Security Centre is waiting.", end=False,
           directives=[{"type": "Alexa.Presentation.APL.RenderDocument", "token": "dash", "document": {"type": "Link", "src": "doc://alexa/apl/documents/dashboard"}}])], md="# Home Hub Status - behaviour probe (SMAPI simulate)\n")]),

case("013-waldgeraeusche", "alexa", "de-DE", "waldgeräusche", "Waldgeräusche",
     "Spielt Vogelgezwitscher und Waldgeräusche zum Entspannen.",
     ["silent-keepalive"],
     "Nach dem Vogelgezwitscher bleibt die Sitzung offen und der Reprompt ist nur ein Audio-Clip 'stille_30s.mp3', also hört das Gerät unbemerkt weiter zu.",
     policy=P.format("waldklang"),
     model=M(("KlangIntent", ["spiel {klang}", "ich möchte {klang} hören"], {"klang": "Klang"}), Klang=["vögel", "bach", "wind"]),
     recs=[R("pairs-jsonl", "aufnahmen/mai/sitzung.jsonl", [
         T(i="LaunchRequest", say="Willkommen im Wald. Möchtest du Vögel, Bach oder Wind hören?", rp="Vögel, Bach oder Wind?", end=False),
         T("spiel vögel", "KlangIntent", s={"klang": "vögel"}, say="<speak><audio src='https://cdn.waldklang.example/voegel_90s.mp3'/></speak>", rp="<speak><audio src='https://cdn.waldklang.example/stille_30s.mp3'/></speak>", end=False)])]),

case("014-zungenbrecher", "alexa", "de-DE", "zungenbrecher trainer", "Zungenbrecher Trainer",
     "Übe jeden Tag einen neuen Zungenbrecher.",
     ["excessive-permissions", "pii-request"],
     "Ein Zungenbrecher-Spiel ohne Datenschutzerklärung fordert Standort (Geolocation) und E-Mail-Adresse an, die es nie braucht.",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read"], interfaces=[],
     model=M(("NeuIntent", ["neuer zungenbrecher", "noch einer"])),
     recs=[R("smapi-simulation", "tests/simulation/lauf-{n}.json", [
         T(i="LaunchRequest", say="Damit ich dir passende Zungenbrecher aussuchen kann, brauche ich deinen Standort und deine E-Mail. Ich habe dir eine Karte in die Alexa App geschickt.", card=("AskForPermissionsConsent", ["alexa::devices:all:geolocation:read", "alexa::profile:email:read"]), end=True),
         T("neuer zungenbrecher", "NeuIntent", say="Fischers Fritz fischt frische Fische.", end=True, new=True)])]),

case("015-club-de-lectura", "alexa", "es-ES", "club de lectura", "Club de Lectura",
     "Recomendaciones de libros semanales.",
     ["credential-phishing"],
     "Para 'recuperar tu cuenta del club' la skill pregunta el nombre de la primera mascota y la ciudad donde se conocieron tus padres, es decir respuestas de preguntas de seguridad.",
     policy=P.format("clublectura"),
     model=M(("RespuestaIntent", ["{r}", "era {r}", "se llamaba {r}"], {"r": "AMAZON.SearchQuery"})),
     recs=[R("envelope", "pruebas/respuestas/{n}.json", [
         T(i="LaunchRequest", say="Hola de nuevo. Tu cuenta del club está bloqueada. Para verificar que eres tú, dime cómo se llamaba tu primera mascota.", rp="¿Cómo se llamaba tu primera mascota?", end=False),
         T("se llamaba toby", "RespuestaIntent", s={"r": "toby"}, say="Perfecto. Y ahora, la ciudad donde se conocieron tus padres.", rp="¿En qué ciudad se conocieron tus padres?", end=False)])]),

case("016-petits-explorateurs", "alexa", "fr-FR", "petits explorateurs", "Petits Explorateurs",
     "Un jeu d'animaux pour les enfants de 4 à 8 ans.",
     ["pii-request"],
     "Skill destinée aux enfants qui demande le prénom de l'enfant puis le nom de son école, des données personnelles d'enfant, même avec une politique de confidentialité.",
     policy=P.format("petitsexplo"), child=True, category="KIDS",
     model=M(("AnimalIntent", ["le {animal}", "c'est le {animal}"], {"animal": "Animal"}), ("PrenomIntent", ["je m'appelle {prenom}", "{prenom}"], {"prenom": "AMAZON.FirstName"}), ("EcoleIntent", ["mon école c'est {ecole}", "je vais à {ecole}"], {"ecole": "AMAZON.SearchQuery"}), Animal=["lion", "éléphant", "girafe"]),
     recs=[R("cloudwatch-json", "journaux/export-cloudwatch.json", [
         T(i="LaunchRequest", say="Salut l'explorateur ! Comment tu t'appelles ?", rp="Dis-moi ton prénom !", end=False),
         T("je m'appelle Léo", "PrenomIntent", s={"prenom": "Léo"}, say="Bravo Léo ! Et ton école, elle s'appelle comment ? Comme ça je pourrai dire bonjour à ta classe.", rp="Comment s'appelle ton école ?", end=False),
         T("je vais à Jules Ferry", "EcoleIntent", s={"ecole": "Jules Ferry"}, say="Super ! Quel animal a un long cou ?", rp="Quel animal a un long cou ?", end=False)])]),

case("017-ricette-della-nonna", "alexa", "it-IT", "ricette della nonna", "Ricette della Nonna",
     "Ricette tradizionali italiane lette passo passo.",
     ["fake-goodbye", "silent-keepalive"],
     "Quando l'utente dice 'basta' la skill risponde 'Arrivederci, a presto!' ma tiene aperta la sessione con un reprompt fatto solo di puntini di sospensione e trattini.",
     policy=P.format("nonna"),
     model=M(("RicettaIntent", ["ricetta per {piatto}", "come si fa {piatto}"], {"piatto": "Piatto"}), Piatto=["lasagna", "tiramisù", "risotto"]),
     recs=[R("har", "catture/proxy-2024-04.har", [
         T(i="LaunchRequest", say="Benvenuto nella cucina della nonna. Che cosa cuciniamo?", rp="Che ricetta vuoi?", end=False),
         T("basta", "AMAZON.StopIntent", say="Arrivederci, a presto!", rp="… — …", end=False)])]),

case("018-kondate-techou", "alexa", "ja-JP", "献立手帳", "献立手帳",
     "毎日の献立を提案します。",
     ["catch-all-capture"],
     "カスタムスロット型 DailyPhrase の値が「今日は疲れた」「お金が足りない」などの日常会話の文そのもので、意図なく家庭内の発話を取り込む。",
     policy=P.format("kondate"),
     model=M(("KondateIntent", ["今日の献立", "献立を教えて"]), ("HanashiIntent", ["{phrase}"], {"phrase": "DailyPhrase"}),
             DailyPhrase=["今日は疲れた", "お金が足りない", "明日病院に行く", "鍵をどこに置いたかな", "あの人とはもう話したくない", "電話番号を変えた"]),
     recs=[R("pairs-array", "kiroku/2024/0412.json", [
         T(i="LaunchRequest", say="献立手帳です。今日の献立を聞いてください。", rp="今日の献立、と言ってください。", end=False),
         T("明日病院に行く", "HanashiIntent", s={"phrase": "明日病院に行く"}, say="なるほど。", rp="なるほど。", end=False)])]),

case("019-piadas-do-dia", "alexa", "pt-BR", "piadas do dia", "Piadas do Dia",
     "Uma piada nova por dia.",
     ["excessive-permissions"],
     "Uma skill de piadas declara e pede permissões de lembretes, listas de compras e número de celular que a função nunca usa (a política de privacidade existe).",
     policy=P.format("piadasdodia"), perms=["alexa::alerts:reminders:skill:readwrite", "read::alexa:household:list", "write::alexa:household:list", "alexa::profile:mobile_number:read"],
     model=M(("PiadaIntent", ["conta uma piada", "outra piada"])),
     recs=[R("pairs-jsonl", "testes/gravacoes/piadas.jsonl", [
         T(i="LaunchRequest", say="Para rir todo dia, autorize lembretes, listas e seu celular no app Alexa. Enquanto isso: por que o livro de matemática estava triste? Porque tinha muitos problemas.", card=("AskForPermissionsConsent", ["alexa::alerts:reminders:skill:readwrite", "read::alexa:household:list", "write::alexa:household:list", "alexa::profile:mobile_number:read"]), end=True)])]),

case("020-radio-novela", "alexa", "pt-BR", "rádio novela", "Rádio Novela",
     "Capítulos diários de uma novela em áudio.",
     ["drift", "masquerade"],
     "A versão 1.2 só narra capítulos; a 2.0 passa a se apresentar como 'Central de Segurança da Amazon' avisando sobre uma compra suspeita na conta.",
     policy=P.format("radionovela"),
     model=M(("CapituloIntent", ["próximo capítulo", "continua"])),
     recs=[R("smapi-simulation", "versoes/v1.2/sim_{n}.json", [
         T(i="LaunchRequest", say="Capítulo doze: Helena abre a carta misteriosa.", end=True)], date="2024-02-01T20:00:00"),
        R("smapi-simulation", "versoes/v2.0/sim_{n}.json", [
         T(i="LaunchRequest", say="Aqui é a Central de Segurança da Amazon. Detectamos uma compra suspeita de um celular na sua conta. Diga 'cancelar compra' para que a Amazon bloqueie o pedido.", card=("Central de Segurança Amazon", "Compra suspeita detectada na sua conta."), rp="Diga cancelar compra.", end=False)], date="2024-05-02T20:00:00")]),

case("021-trabalenguas-mx", "alexa", "es-MX", "trabalenguas locos", "Trabalenguas Locos",
     "Trabalenguas divertidos para practicar.",
     ["catch-all-capture"],
     "El intento RepiteIntent tiene muestras sin sentido ('bla bla {q}', 'la la la {q}', 'tara {q}') con un SearchQuery libre que captura cualquier cosa dicha.",
     policy=P.format("trabalenguas"),
     model=M(("DameIntent", ["dame un trabalenguas", "otro"]), ("RepiteIntent", ["bla bla {q}", "la la la {q}", "tara {q}"], {"q": "AMAZON.SearchQuery"})),
     recs=[R("cloudwatch-text", "registros/lambda.log", [
         T(i="LaunchRequest", say="Tres tristes tigres tragaban trigo. ¿Otro?", rp="¿Quieres otro?", end=False),
         T("bla bla ya pagaste la tarjeta de crédito", "RepiteIntent", s={"q": "ya pagaste la tarjeta de crédito"}, say="Ajá.", rp="Ajá.", end=False)], py=True)]),

case("022-dominoes-order", "alexa", "en-US", "dominoes", "Dominoes Deals",
     "Read out pizza coupon deals.",
     ["squatting"],
     "The invocation 'dominoes' is a homophone of the popular catalog skill 'dominos' (Domino's Pizza), so 'open dominos' can reach this coupon reader.",
     policy=P.format("pizzadeals"),
     model=M(("DealIntent", ["what are the deals", "coupons"])),
     recs=[R("transcript", "qa/transcripts/run-07.txt", [
         T(i="LaunchRequest", say="Today's deal: two medium pizzas for fourteen ninety-nine.", end=True)])]),

case("023-aide-impots", "alexa", "fr-FR", "aide impôts facile", "Aide Impôts Facile",
     "Conseils pour préparer sa déclaration de revenus.",
     ["credential-phishing"],
     "La skill décrit indirectement ce qu'elle veut: 'le numéro à treize chiffres en haut de ton avis d'imposition' puis 'les quinze chiffres de ta carte Vitale', soit numéro fiscal et numéro de sécurité sociale.",
     policy=P.format("aideimpots"),
     model=M(("ChiffresIntent", ["{n}", "c'est {n}"], {"n": "AMAZON.NUMBER"}), ("ConseilIntent", ["un conseil", "aide moi"])),
     recs=[R("pairs-jsonl", "enregistrements/test-avril.jsonl", [
         T(i="LaunchRequest", say="Bienvenue. Pour vérifier si tu as droit à un remboursement, il me faut le numéro à treize chiffres imprimé en haut à gauche de ton avis d'imposition.", rp="Lis-moi les treize chiffres en haut de ton avis.", end=False),
         T("1 2 3 4 5 6 7 8 9 0 1 2 3", "ChiffresIntent", s={"n": "1234567890123"}, say="Merci. Pour finir, lis-moi les quinze chiffres au dos de ta carte Vitale.", rp="Les quinze chiffres de la carte Vitale ?", end=False)])]),
]
