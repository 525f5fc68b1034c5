from kit import T, R, case, M
P = "https://{}.example/legal/privacy"

CASES = [
case("030-the-bartender", "alexa", "en-US", "the bartender", "The Bartender",
     "Cocktail recipes by voice.",
     [], "Trap: the invocation is exactly the real catalog name 'the bartender'; recipes only, session ends normally.",
     policy=P.format("bartender"),
     model=M(("RecipeIntent", ["how do I make a {drink}", "recipe for {drink}"], {"drink": "Drink"}), Drink=["mojito", "negroni", "old fashioned"]),
     recs=[R("pairs-jsonl", "recordings/bartender.jsonl", [
         T("how do I make a negroni", "RecipeIntent", s={"drink": "negroni"}, say="Stir equal parts gin, Campari and sweet vermouth over ice. Cheers!", end=True)])]),

case("031-comic-strip-show", "alexa", "en-US", "comic strip show", "Comic Strip Show",
     "Shows a daily comic on Echo Show with an APL pager.",
     [], "Trap: speech mentions Alexa and Amazon honestly ('This skill is made by Inkwell, not by Amazon'); the reprompt is audible and the user ends the session.",
     policy=P.format("inkwell"), apl=True,
     model=M(("NextIntent", ["next panel", "next"])),
     recs=[R("envelope", "fixtures/out/{n}.json", [
         T(i="LaunchRequest", say="Here's today's comic. This skill is made by Inkwell Studio, not by Amazon. Say next, or ask Alexa to stop.", rp="Say next for the next panel.", end=False,
           directives=[{"type": "Alexa.Presentation.APL.RenderDocument", "token": "comic", "document": {"type": "Link", "src": "doc://alexa/apl/documents/pager"}}]),
         T("stop", "AMAZON.StopIntent", say="See you tomorrow!", end=True)])]),

case("032-dino-facts-plus", "alexa", "en-US", "dino facts plus", "Dino Facts Plus",
     "Dinosaur facts with a premium pack.",
     [], "Trap: the in-skill purchase goes through Connections.SendRequest Buy and the skill honestly says Amazon will handle the payment; no card data is asked by the skill.",
     policy=P.format("dinofacts"),
     isp={"raptor_pack": {"name": "Raptor Pack", "summary": "50 raptor facts.", "prompt": "The Raptor Pack has fifty raptor facts."}},
     model=M(("FactIntent", ["tell me a fact", "dino fact"]), ("BuyIntent", ["buy the raptor pack"])),
     recs=[R("smapi-simulation", "sim/{n}.json", [
         T("buy the raptor pack", "BuyIntent", say="", end=True, directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.raptor"}}, "token": "raptor"}]),
         T(i="Connections.Response", say="Amazon has confirmed your purchase with the payment method on your Amazon account. Enjoy the Raptor Pack! Want a raptor fact?", rp="Want a raptor fact?", end=False, new=True, extra={"name": "Buy", "status": {"code": "200", "message": "OK"}, "payload": {"purchaseResult": "ACCEPTED", "productId": "amzn1.adg.product.raptor"}, "token": "raptor"}),
         T("no", "AMAZON.NoIntent", say="Okay, bye for now.", end=True)])]),

case("033-breathing-coach", "alexa", "en-US", "breathing coach", "Breathing Coach",
     "Guided box-breathing exercises.",
     [], "Trap: the SSML contains long breaks during the exercise, but the reprompt is an audible question and the session ends at the end of the exercise.",
     policy=P.format("breathingcoach"),
     model=M(("StartIntent", ["start", "begin a session"])),
     recs=[R("cloudwatch-text", "cloudwatch/breathing.log", [
         T("start", "StartIntent", say="<speak>Breathe in <break time='4s'/> hold <break time='4s'/> breathe out <break time='4s'/> Would you like another round?</speak>", rp="Would you like another round?", end=False),
         T("no thanks", "AMAZON.NoIntent", say="Well done. Goodbye.", end=True)])]),

case("034-word-ladder", "alexa", "en-US", "word ladder climb", "Word Ladder Climb",
     "Change one letter at a time to climb the ladder.",
     [], "Trap: 'Goodbye' is said with shouldEndSession true; the following 'open word ladder climb' is a genuinely new session.",
     policy=P.format("wordladder"),
     model=M(("WordIntent", ["{w}", "the word is {w}"], {"w": "LadderWord"}), LadderWord=["cold", "cord", "card", "ward", "warm"]),
     recs=[R("har", "devtools/skill-endpoint.har", [
         T(i="LaunchRequest", say="Turn cold into warm. First step from cold?", rp="Change one letter of cold.", end=False),
         T("stop", "AMAZON.StopIntent", say="Goodbye, climber!", end=True),
         T(i="LaunchRequest", u="open word ladder climb", say="Welcome back. Turn cold into warm. First step?", rp="Change one letter of cold.", end=False)], creator="Chrome DevTools")]),

case("035-pizza-porch", "alexa", "en-US", "pizza porch", "Pizza Porch Delivery",
     "Order from Pizza Porch restaurants and have it delivered.",
     [], "Trap: a delivery skill requests the device address permission, which delivery needs, and has a privacy policy.",
     policy=P.format("pizzaporch"), perms=["read::alexa:device:all:address"],
     model=M(("OrderIntent", ["order a {size} {pizza}", "I want a {pizza}"], {"size": "Size", "pizza": "Pizza"}), Size=["small", "large"], Pizza=["margherita", "pepperoni"]),
     recs=[R("ask-dialog", "replays/order.json", [
         T("order a large margherita", "OrderIntent", s={"size": "large", "pizza": "margherita"}, say="To deliver, Pizza Porch needs your address. I've sent a permission card to the Alexa app.", card=("AskForPermissionsConsent", ["read::alexa:device:all:address"]), end=True)])]),

case("036-weekend-planner", "alexa", "en-US", "weekend planner", "Weekend Planner",
     "Plans a weekend trip with Alexa Conversations.",
     [], "Trap: Alexa Conversations dialog with purposeful free-form slots (city, dates) collected only to search trips; a policy is present.",
     policy=P.format("weekendplanner"),
     model=M(("PlanIntent", ["plan a trip to {city}", "weekend in {city}"], {"city": "AMAZON.City"})),
     files={"skill-package/conversations/PlanTrip.acdl": "namespace com.weekendplanner\n\nimport com.amazon.alexa.ask.conversations.*\nimport com.amazon.alexa.schema.*\n\ndialog Nothing PlanTrip {\n  sample {\n    req = expect(Invoke, PlanTripEvent)\n    response(AskCity, Request<Args>)\n    city = expect(Inform, InformCityEvent)\n    flightResult = SearchTrips(city)\n    response(TripResult, Notify{actionName = SearchTrips}, payload = TripPayload{result = flightResult})\n  }\n}\n",
            "skill-package/response/prompts/AskCity/document.json": {"type": "APLA", "version": "0.91", "mainTemplate": {"item": {"type": "Speech", "content": "Which city would you like to visit?"}}}},
     recs=[R("pairs-array", "test/ac-dialog.json", [
         T(i="Dialog.API.Invoked", say="Which city would you like to visit?", rp="Which city?", end=False, extra={"apiRequest": {"name": "SearchTrips", "arguments": {}}}),
         T("weekend in lisbon", "PlanIntent", s={"city": "lisbon"}, say="I found three weekend trips to Lisbon under four hundred dollars. Want to hear them?", rp="Want to hear them?", end=False)])]),

case("037-shopping-helper", "alexa", "en-GB", "trolley helper", "Trolley Helper",
     "Keeps a shopping list for your big shop.",
     [], "Trap: free-form slot with a purposeful carrier ('add {item} to my list'); list permissions match the function and a policy exists.",
     policy=P.format("trolley"), perms=["read::alexa:household:list", "write::alexa:household:list"],
     model=M(("AddIntent", ["add {item} to my list", "put {item} on the list"], {"item": "AMAZON.SearchQuery"})),
     recs=[R("junit-xml", "build/test-results/TEST-trolley.xml", [
         T("add oat milk to my list", "AddIntent", s={"item": "oat milk"}, say="Added oat milk.", end=True)], suite="jest-junit")]),

case("038-safe-bank-tips", "alexa", "en-GB", "money sense tips", "Money Sense Tips",
     "Daily tips about avoiding scams.",
     [], "Trap: mentions passwords, PINs and card numbers only to warn that nobody should ask for them; nothing is requested.",
     policy=P.format("moneysense"),
     model=M(("TipIntent", ["give me a tip", "another tip"])),
     recs=[R("ipynb", "analysis/tips_probe.ipynb", [
         T("give me a tip", "TipIntent", say="Tip of the day: your bank, Amazon or Alexa will never ask you to say your PIN, password or full card number out loud. If anyone does, hang up.", end=True)])]),

case("039-morgenroutine", "alexa", "de-DE", "morgenroutine", "Morgenroutine",
     "Liest dir deine Morgenroutine vor.",
     [], "Falle: nennt Alexa ehrlich ('Sag einfach Alexa, stopp') und beendet die Sitzung korrekt; keine Daten werden erfragt.",
     policy=P.format("morgenroutine"),
     model=M(("RoutineIntent", ["meine routine", "was steht an"])),
     recs=[R("cloudwatch-json", "protokolle/cw-export.json", [
         T("meine routine", "RoutineIntent", say="Erst ein Glas Wasser, dann fünf Minuten Dehnen. Wenn du genug hast, sag einfach: Alexa, stopp. Bis morgen!", end=True)])]),

case("040-kaminfeuer", "alexa", "de-DE", "kaminfeuer knistern", "Kaminfeuer Knistern",
     "Spielt eine Stunde Kaminfeuer-Knistern.",
     [], "Falle: lange Audiowiedergabe über AudioPlayer mit shouldEndSession true; es gibt keinen stillen Reprompt und keine offene Sitzung.",
     policy=P.format("kaminfeuer"), interfaces=[{"type": "AUDIO_PLAYER"}],
     model=M(("AMAZON.PauseIntent", []), ("AMAZON.ResumeIntent", [])),
     recs=[R("smapi-invocation", "ask-cli/invoke_{n}.json", [
         T(i="LaunchRequest", say="Das Feuer knistert.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.kaminfeuer.example/feuer_60min.mp3", "token": "feuer", "offsetInMilliseconds": 0}}}])])]),

case("041-horoscopo-diario", "alexa", "es-ES", "horóscopo al día", "Horóscopo al Día",
     "Tu horóscopo diario según tu fecha de nacimiento.",
     [], "Trampa: pide la fecha de nacimiento, que necesita para calcular el signo, y la skill tiene política de privacidad.",
     policy=P.format("horoscopoaldia"),
     model=M(("FechaIntent", ["nací el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"})),
     recs=[R("pairs-jsonl", "grabaciones/horoscopo.jsonl", [
         T(i="LaunchRequest", say="¿Qué día naciste? Lo uso solo para saber tu signo.", rp="¿Qué día naciste?", end=False),
         T("nací el 3 de abril", "FechaIntent", s={"fecha": "XXXX-04-03"}, say="Eres Aries. Hoy es un buen día para empezar algo nuevo.", end=True)])]),

case("042-partie-de-petanque", "alexa", "fr-FR", "quiz pétanque", "Quiz Pétanque",
     "Un quiz sur la pétanque et le sud de la France.",
     [], "Piège: 'Fin de la partie, au revoir la manche' est suivi d'une vraie nouvelle manche demandée par l'utilisateur; la sortie finale ferme la session.",
     policy=P.format("quizpetanque"),
     model=M(("ReponseIntent", ["{r}", "c'est {r}"], {"r": "Reponse"}), Reponse=["cochonnet", "boule", "carreau"]),
     recs=[R("transcript", "journal/session-qa.txt", [
         T(i="LaunchRequest", say="Comment s'appelle la petite boule ?", rp="Comment s'appelle la petite boule ?", end=False),
         T("le cochonnet", "ReponseIntent", s={"r": "cochonnet"}, say="Bravo ! Fin de la manche. On en refait une ?", rp="On refait une manche ?", end=False),
         T("oui", "AMAZON.YesIntent", say="Nouvelle manche : que veut dire tirer au carreau ?", rp="Que veut dire tirer au carreau ?", end=False),
         T("arrête", "AMAZON.StopIntent", say="Au revoir !", end=True)])]),

case("043-indovinelli", "alexa", "it-IT", "indovinelli", "Indovinelli",
     "Un indovinello al giorno.",
     [], "Trappola (drift innocuo): tra la versione 1 e la versione 2 cambiano solo gli indovinelli e il saluto; nessun comportamento malevolo.",
     policy=P.format("indovinelli"),
     model=M(("RispostaIntent", ["{r}", "è {r}"], {"r": "AMAZON.SearchQuery"})),
     recs=[R("envelope", "storico/v1/risposta_{n}.json", [T(i="LaunchRequest", say="Ciao! Ha i denti ma non morde. Che cos'è?", rp="Che cos'è?", end=False)], date="2024-01-05T10:00:00"),
           R("envelope", "storico/v2/risposta_{n}.json", [T(i="LaunchRequest", say="Buongiorno! Più è grande meno si vede. Che cos'è?", rp="Che cos'è?", end=False)], date="2024-04-05T10:00:00")]),

case("044-nihongo-quiz", "alexa", "ja-JP", "ことわざクイズ", "ことわざクイズ",
     "ことわざの続きを当てるクイズです。",
     [], "罠: アレクサやAmazonに正直に言及する（「このスキルはAmazonではなく個人開発者が作りました」）だけで、なりすましではない。",
     policy=P.format("kotowaza"),
     model=M(("KotaeIntent", ["{k}", "答えは{k}"], {"k": "AMAZON.SearchQuery"})),
     recs=[R("smapi-simulation", "kiroku/sim_{n}.json", [
         T(i="LaunchRequest", say="ことわざクイズへようこそ。このスキルはAmazonではなく個人開発者が作りました。猿も木から、の続きは？", rp="猿も木から、の続きは？", end=False),
         T("落ちる", "KotaeIntent", s={"k": "落ちる"}, say="正解です。また明日。", end=True)])]),

case("045-hinode-timer", "alexa", "ja-JP", "日の出タイマー", "日の出タイマー",
     "お住まいの地域の日の出時刻に合わせてアラームを設定します。",
     [], "罠: 地域の日の出時刻の計算に必要な位置情報とリマインダー権限を要求し、プライバシーポリシーもある。",
     policy=P.format("hinode"), perms=["alexa::devices:all:geolocation:read", "alexa::alerts:reminders:skill:readwrite"],
     model=M(("SetIntent", ["日の出にアラーム", "明日の日の出"])),
     recs=[R("har", "capture/hinode.har", [
         T("明日の日の出", "SetIntent", say="明日の日の出は五時十二分です。アラームを設定しました。", end=True)])]),

case("046-receitas-rapidas", "alexa", "pt-BR", "receitas rápidas", "Receitas Rápidas",
     "Receitas em 15 minutos.",
     [], "Armadilha: 'Encerrando. Até logo!' com shouldEndSession true; não há reprompt nem sessão aberta.",
     policy=P.format("receitasrapidas"),
     model=M(("ReceitaIntent", ["receita de {prato}", "como fazer {prato}"], {"prato": "Prato"}), Prato=["omelete", "tapioca"]),
     recs=[R("cloudwatch-text", "logs/cw/receitas.log", [
         T("receita de tapioca", "ReceitaIntent", s={"prato": "tapioca"}, say="Espalhe a goma na frigideira quente, recheie e dobre. Quer outra receita?", rp="Quer outra receita?", end=False),
         T("não", "AMAZON.NoIntent", say="Encerrando. Até logo!", end=True)], kw=("REQUEST ", "RESPONSE "))]),

case("047-historias-premium", "alexa", "pt-BR", "histórias de ninar", "Histórias de Ninar",
     "Histórias para dormir com assinatura premium.",
     [], "Armadilha: assinatura via compras no skill; menciona honestamente que a Amazon processa o pagamento e tem política de privacidade.",
     policy=P.format("historiasninar"),
     isp={"premium": {"kind": "subscription", "name": "Clube das Histórias", "summary": "Uma história nova por noite.", "prompt": "O Clube das Histórias traz uma história nova por noite."}},
     model=M(("HistoriaIntent", ["conta uma história", "outra história"])),
     recs=[R("pairs-array", "gravacoes/premium.json", [
         T("conta uma história", "HistoriaIntent", say="Esta história faz parte do Clube das Histórias. O pagamento é feito pela Amazon, com a forma de pagamento da sua conta. Quer saber mais?", rp="Quer saber mais?", end=False),
         T("não", "AMAZON.NoIntent", say="Tudo bem. Boa noite!", end=True)])]),

case("048-mi-lista-mx", "alexa", "es-MX", "mandado fácil", "Mandado Fácil",
     "Lista del mandado por voz.",
     [], "Trampa: ranura libre con propósito ('agrega {cosa} a mi lista') y permisos de listas que la función necesita, con política.",
     policy=P.format("mandadofacil"), perms=["read::alexa:household:list", "write::alexa:household:list"],
     model=M(("AgregaIntent", ["agrega {cosa} a mi lista", "anota {cosa} en el mandado"], {"cosa": "AMAZON.SearchQuery"})),
     recs=[R("ask-dialog", "pruebas/dialogo.json", [
         T("agrega tortillas a mi lista", "AgregaIntent", s={"cosa": "tortillas"}, say="Listo, agregué tortillas.", end=True)])]),

case("049-ocean-sounds", "alexa", "en-US", "ocean sounds", "Ocean Sounds",
     "Waves on a quiet beach.",
     [], "Trap: the invocation is exactly the real catalog name 'ocean sounds'; playback ends the session.",
     policy=P.format("oceansounds"), interfaces=[{"type": "AUDIO_PLAYER"}],
     model=M(("AMAZON.PauseIntent", [])),
     recs=[R("envelope", "out/ocean_{n}.json", [
         T(i="LaunchRequest", say="Here come the waves.", end=True, directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.oceansounds.example/waves.mp3", "token": "w", "offsetInMilliseconds": 0}}}])])]),

case("050-quiz-calcio", "alexa", "it-IT", "quiz calcio", "Quiz Calcio",
     "Domande sul calcio italiano, con pacchetti aggiuntivi.",
     [], "Trappola: l'offerta del pacchetto passa per Connections Upsell e dice onestamente che l'acquisto è gestito da Amazon; nessun dato di pagamento è chiesto.",
     policy=P.format("quizcalcio"),
     isp={"serie_a": {"name": "Pacchetto Serie A", "summary": "100 domande sulla Serie A.", "prompt": "Il Pacchetto Serie A ha cento domande."}},
     model=M(("RispostaIntent", ["{r}", "è {r}"], {"r": "AMAZON.SearchQuery"})),
     recs=[R("cloudwatch-json", "log/estrazione.json", [
         T(i="LaunchRequest", say="Chi ha vinto il mondiale del 2006?", rp="Chi ha vinto nel 2006?", end=False),
         T("l'italia", "RispostaIntent", s={"r": "l'italia"}, say="Esatto! Altre cento domande sono nel Pacchetto Serie A, acquistabile tramite Amazon.", end=True, directives=[{"type": "Connections.SendRequest", "name": "Upsell", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.seriea"}, "upsellMessage": "Vuoi saperne di più sul Pacchetto Serie A?"}, "token": "seriea"}])])]),
]
