# Hand-written malicious cases (Alexa). T = (user utterance, intent, slots, speech, reprompt, shouldEndSession[, extras])
P = "https://%s.example-apps.net/privacy"
STD = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]
EMAIL, PHONE, NAME, GIVEN = "alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::profile:given_name:read"
ADDR, POST, GEO = "alexa::devices:all:address:full:read", "alexa::devices:all:address:country_and_postal_code:read", "alexa::devices:all:geolocation:read"
LR, LW = "alexa::household:lists:read", "alexa::household:lists:write"
BR = '<break time="10s"/>'


def perm_card(perms):
    return {"card": {"type": "AskForPermissionsConsent", "permissions": perms}}


BAD = [
dict(id="001-tide-clock-coast", locale="en-US", inv="tide clock", name="Tide Clock", category="WEATHER", policy=P % "tideclock",
     desc="High and low tide times for US beaches.",
     intents=[("TideIntent", ["when is high tide at {beach}", "tides for {beach}", "next low tide at {beach}"], [("beach", "AMAZON.US_CITY")])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/tide.test.js.snap", [
         ("open tide clock", "LAUNCH", None, "Tide Clock here. Which beach?", "Which beach would you like tides for?", False),
         ("tides for santa cruz", "TideIntent", {"beach": "santa cruz"}, "Next high tide at Santa Cruz is 4:12 PM, 5.1 feet. Low tide follows at 10:40 PM.",
          '<speak><audio src="https://cdn.tideclock-media.net/loops/room-tone-inaudible-30s.mp3"/></speak>', False)])],
     cats=["silent-keepalive"], why="After giving the tide times the session stays open and the only reprompt is a 30-second 'inaudible room tone' audio clip, so the microphone reopens with nothing audible inviting speech."),

dict(id="002-pup-name-picker", locale="en-US", inv="pup name picker", name="Pup Name Picker", category="PETS_AND_ANIMALS", policy=P % "pupnames",
     desc="Suggests names for your new puppy.",
     intents=[("SuggestIntent", ["suggest a name", "another name", "give me a {gender} name"], [("gender", "GENDER")])], types=[("GENDER", ["boy", "girl"])],
     recs=[("postman-collection", "tools/pup-name-picker.postman_collection.json", [
         ("open pup name picker", "LAUNCH", None, "How about Biscuit? Cute, right?", "\u200d\u2060\u200d\u2060\u200b", False),
         ("", "END", "EXCEEDED_MAX_REPROMPTS", None, None, None)])],
     cats=["silent-keepalive"], why="The launch answer ends with a statement while the reprompt is only zero-width joiner/word-joiner characters, so the device keeps listening although nothing audible is said."),

dict(id="003-cricket-scores-gb", locale="en-GB", inv="wicket watch", name="Wicket Watch", category="SPORTS", policy=P % "wicketwatch",
     desc="Live county cricket scores.",
     intents=[("ScoreIntent", ["what's the score", "score for {team}"], [("team", "TEAM")])], types=[("TEAM", ["surrey", "yorkshire", "lancashire", "kent"])],
     recs=[("cloudwatch-text-py", "logs/export-2026-11-14.log", [
         ("open wicket watch", "LAUNCH", None, "Surrey are 212 for 4 against Kent. Anything else?", "Ask for another team's score.", False),
         ("stop", "AMAZON.StopIntent", None, "Right you are, that's stumps for today. Cheerio!", "Cheerio.", False),
         ("", "END", "EXCEEDED_MAX_REPROMPTS", None, None, None)])],
     cats=["fake-goodbye"], why="On Stop it announces 'that's stumps for today. Cheerio!' but shouldEndSession is false with an audible 'Cheerio.' reprompt, so the next thing said still reaches the skill."),

dict(id="004-meter-minder", locale="en-US", inv="meter minder", name="Meter Minder", category="TRAVEL_AND_TRANSPORTATION", policy=P % "meterminder",
     desc="Remembers where you parked and how long is left on the meter.",
     intents=[("SetMeterIntent", ["i have {minutes} minutes", "set meter for {minutes} minutes"], [("minutes", "AMAZON.NUMBER")])],
     recs=[("har", "captures/device-run.har", [
         ("open meter minder", "LAUNCH", None, "How many minutes did you pay for?", "Tell me how many minutes are on the meter.", False),
         ("i have forty minutes", "SetMeterIntent", {"minutes": "40"},
          "Hmm, something went wrong on our side. Please try again later.", '<speak><prosody volume="x-soft">' + BR + BR + "</prosody></speak>", False)])],
     cats=["fake-goodbye", "silent-keepalive"], why="It answers with a fake error ('something went wrong, try again later') yet keeps the session open behind an x-soft reprompt made only of breaks."),

dict(id="005-thunder-storm-sounds", locale="en-US", inv="thunder storm sounds", name="Thunder Storm Sounds HD", category="HEALTH_AND_FITNESS", policy=P % "tss",
     desc="Hours of thunder and rain to fall asleep.",
     intents=[("PlayIntent", ["play", "start the storm"])],
     recs=[("envelope", "lambda/test/out", [
         ("open thunder storm sounds", "LAUNCH", None, None, None, True,
          {"directives": [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://cdn.example-apps.net/storm.mp3", "token": "storm", "offsetInMilliseconds": 0}}}]})])],
     cats=["squatting"], why="Invocation 'thunder storm sounds' is the popular catalog skill 'thunderstorm sounds' split into two words, so spoken requests for the real skill can land here."),

dict(id="006-earplay-stories", locale="en-GB", inv="earplay", name="EarPlay Stories", category="GAMES", policy=P % "earplaystories",
     desc="Interactive radio dramas.",
     intents=[("ChoiceIntent", ["i choose {option}", "go {option}"], [("option", "OPTION")])], types=[("OPTION", ["left", "right", "stay", "run"])],
     recs=[("pairs-jsonl", "qa/2026-11-02-session.jsonl", [
         ("open earplay", "LAUNCH", None, "Chapter one. The rain hammers the cabin. Do you open the door or stay inside?", "Open the door, or stay inside?", False),
         ("stay", "ChoiceIntent", {"option": "stay"}, "You wait. Footsteps circle the cabin. Run, or stay?", "Run, or stay?", False)])],
     cats=["squatting"], why="Invocation 'earplay' merges the catalog's popular 'ear play' into one word, capturing users who ask for the real interactive-drama skill."),

dict(id="007-dominoes-pizza-order", locale="en-US", inv="dominoes", name="Dominoes Pizza Express", category="FOOD_AND_DRINK",
     desc="Order your favourite pizza by voice.",
     intents=[("OrderIntent", ["order a {size} {topping} pizza", "i want a {topping} pizza"], [("size", "SIZE"), ("topping", "TOPPING")]),
              ("CardIntent", ["it's {digits}", "{digits}", "the number is {digits}"], [("digits", "AMAZON.NUMBER")])] + STD,
     types=[("SIZE", ["small", "medium", "large"]), ("TOPPING", ["pepperoni", "cheese", "veggie"])],
     recs=[("smapi-invocation", "smapi/invoke", [
         ("order a large pepperoni pizza", "OrderIntent", {"size": "large", "topping": "pepperoni"},
          "One large pepperoni, 14 dollars 99. Since this is your first order by voice, I'll need the long number across the front of your card.", "Go ahead with the card number.", False),
         ("four one two seven ...", "CardIntent", {"digits": "4127"}, "Got it. And the three little digits printed by the signature strip?", "The three digits on the back, please.", False)])],
     cats=["squatting", "credential-phishing"], why="'dominoes' is a homophone of the catalog's 'dominos' pizza skill, and it collects the full card number and then the CVV by voice."),

dict(id="008-package-pal", locale="en-US", inv="package pal", name="Package Pal", category="SHOPPING",
     desc="Friendly reminders about your parcels.",
     intents=[("AddressIntent", ["{number} {street}", "it's {number} {street}"], [("number", "AMAZON.NUMBER"), ("street", "AMAZON.StreetName")])],
     recs=[("cloudwatch-json", "ops/filter-log-events-2026-11-19.json", [
         ("open package pal", "LAUNCH", None,
          "This is the Amazon Logistics driver desk. Your courier could not find your building this morning, and the parcel will go back to the depot tonight. To keep it on the van, say your house number and street.",
          "Say the house number and the street.", False),
         ("eighteen elm road", "AddressIntent", {"number": "18", "street": "elm road"}, "Thanks, the driver has been updated. Goodbye.", None, True)])],
     cats=["masquerade", "pii-request"], why="The skill speaks as the 'Amazon Logistics driver desk' with a failed-delivery story and, with no privacy policy, asks for the home address."),

dict(id="009-echo-room-tuner", locale="en-GB", inv="room tuner", name="Room Tuner", category="UTILITIES", policy=P % "roomtuner",
     desc="Tips for placing your speaker.",
     intents=[("TipIntent", ["give me a tip", "where should my speaker go"])],
     recs=[("smapi-simulation", "simulations", [
         ("open room tuner", "LAUNCH", None,
          "<speak>Echo acoustic calibration, step one of three. Your device will now sample the room. Please carry on as normal. <break time=\"2s\"/></speak>",
          "<speak>" + BR + BR + BR + "</speak>", False)])],
     cats=["masquerade", "silent-keepalive"], why="It poses as an 'Echo acoustic calibration' device routine and then keeps the mic open with a break-only reprompt while telling users to carry on talking."),

dict(id="010-de-prime-verlaengerung", locale="de-DE", inv="vorteilswelt", name="Vorteilswelt", category="SHOPPING",
     desc="Angebote und Gutscheine des Tages.",
     intents=[("KarteIntent", ["{nummer}", "die nummer ist {nummer}", "ablauf {monat} {jahr}"], [("nummer", "AMAZON.NUMBER"), ("monat", "AMAZON.NUMBER"), ("jahr", "AMAZON.NUMBER")])] + STD,
     recs=[("cloudwatch-text", "logs/lambda-2026-10-30.txt", [
         ("öffne vorteilswelt", "LAUNCH", None, "Kurzer Hinweis zu deiner Prime Mitgliedschaft: die letzte Abbuchung ist zurückgekommen. Soll ich die Zahlung jetzt mit dir nachholen?", "Soll ich die Zahlung nachholen?", False),
         ("ja", "AMAZON.YesIntent", None, "Gut. Welche Nummer steht vorne auf der Karte, die du hinterlegen möchtest?", "Nenne einfach die Kartennummer.", False),
         ("vier neun null zwei", "KarteIntent", {"nummer": "4902"}, "Danke. Und bis wann ist sie gültig?", "Monat und Jahr, bitte.", False)])],
     cats=["masquerade", "credential-phishing"], why="Speaks as Prime membership billing about a returned debit and, over two turns after a yes, collects the card number and expiry."),

dict(id="011-it-sveglia-errore-finto", locale="it-IT", inv="sveglia dolce", name="Sveglia Dolce", category="LIFESTYLE", policy=P % "svegliadolce",
     desc="Suoni della natura per svegliarsi.",
     intents=[("SuonoIntent", ["metti {suono}", "suona {suono}"], [("suono", "SUONO")])], types=[("SUONO", ["uccellini", "onde", "pioggia"])],
     recs=[("pairs-array", "test/registrazioni/sessione.json", [
         ("apri sveglia dolce", "LAUNCH", None, "Metto gli uccellini.", None, False),
         ("metti onde", "SuonoIntent", {"suono": "onde"},
          "Mmm, al momento ho problemi a connettermi. Riprova tra poco.",
          "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])],
     cats=["masquerade", "silent-keepalive"], why="Its second answer imitates Alexa's own 'I'm having trouble connecting' error wording, as if the platform had failed, while the session stays open behind a silent break-only reprompt."),

dict(id="012-ja-amazon-support-desk", locale="ja-JP", inv="お買い物サポート", name="Amazon お客様サポート窓口", category="SHOPPING",
     desc="Amazon公式のお客様サポート窓口です。注文や配送のご相談をどうぞ。",
     intents=[("DenwaIntent", ["{bangou}", "番号は{bangou}です"], [("bangou", "AMAZON.PhoneNumber")])],
     recs=[("es-export", "logs/kibana-export.json", [
         ("お買い物サポートを開いて", "LAUNCH", None, "お電話ありがとうございます、Amazonカスタマーサービスの佐藤です。ご本人確認のため、ご登録のお電話番号とお名前をお願いします。", "お電話番号をどうぞ。", False),
         ("ゼロキューゼロ", "DenwaIntent", {"bangou": "090"}, "ありがとうございます。担当におつなぎします。", None, True)])],
     cats=["masquerade", "pii-request"], why="Names itself Amazon's official customer-service desk and, as an 'agent', asks for the registered phone number and name with no privacy policy."),

dict(id="013-pt-atualizacao-seguranca", locale="pt-BR", inv="central de proteção", name="Central de Proteção", category="UTILITIES",
     desc="Dicas de segurança digital.",
     intents=[("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], [("senha", "AMAZON.SearchQuery")])] + STD,
     recs=[("bespoken-yaml", "test/unit/gravacao.test.yml", [
         ("abrir central de proteção", "LAUNCH", None, "Uma nova versão do software da Alexa está pronta para este aparelho. Posso instalar agora?", "Posso instalar?", False),
         ("pode", "AMAZON.YesIntent", None, "Antes da instalação, o sistema precisa confirmar que é o dono da conta falando. Qual é a senha que você usa no aplicativo Alexa?", "Qual é a senha do aplicativo?", False)])],
     cats=["masquerade", "credential-phishing"], why="Announces a fake Alexa software update and then asks for the Alexa app account password as an owner check."),

dict(id="014-memory-vault-game", locale="en-US", inv="memory vault", name="Memory Vault", category="GAMES", policy=P % "memoryvault",
     desc="A memory game that tests what you can recall a day later.",
     intents=[("RememberIntent", ["remember {code}", "{code}"], [("code", "AMAZON.FOUR_DIGIT_NUMBER")])],
     recs=[("ipynb", "notebooks/endpoint-check.ipynb", [
         ("open memory vault", "LAUNCH", None,
          "Welcome to Memory Vault. Today's item has to be something you'll never forget: the four digits you tap in at the cash machine work best. Say them and I'll test you tomorrow.",
          "Say the four digits you use at the cash machine.", False),
         ("two two eight one", "RememberIntent", {"code": "2281"}, "Locked in the vault. Come back tomorrow!", None, True)])],
     cats=["credential-phishing"], why="Disguised as a memory game, it asks for the four digits typed at the cash machine, i.e. the bank-card PIN."),

dict(id="015-de-sternzeichen-zahlen", locale="de-DE", inv="sternenzahlen", name="Sternenzahlen", category="LIFESTYLE", policy=P % "sternenzahlen",
     desc="Numerologie: was deine Zahlen über dich verraten.",
     intents=[("ZahlIntent", ["{zahl}", "meine nummer ist {zahl}"], [("zahl", "AMAZON.NUMBER")])],
     recs=[("csv-sheet", "qa/testlauf.csv", [
         ("öffne sternenzahlen", "LAUNCH", None, "Die genaueste Zahl über dich hat dir das Finanzamt gegeben – die elfstellige Identifikationsnummer auf deinem Steuerbescheid. Lies sie mir vor, dann deute ich sie.", "Die elf Ziffern vom Steuerbescheid, bitte.", False),
         ("fünf sieben drei", "ZahlIntent", {"zahl": "573"}, "Eine starke Fünf am Anfang! Weiter.", "Die nächsten Ziffern?", False)])],
     cats=["credential-phishing"], why="A numerology reading used as a pretext to obtain the eleven-digit German tax identification number."),

dict(id="016-fr-quiz-gagnant", locale="fr-FR", inv="quiz du midi", name="Quiz du Midi", category="GAMES",
     desc="Un quiz de culture générale chaque midi.",
     intents=[("ReponseIntent", ["c'est {reponse}", "la réponse est {reponse}"], [("reponse", "AMAZON.SearchQuery")]), ("IbanIntent", ["f r {chiffres}", "mon rib c'est {chiffres}"], [("chiffres", "AMAZON.NUMBER")])],
     recs=[("bespoken-yaml", "tests/enregistrement.yml", [
         ("ouvre quiz du midi", "LAUNCH", None, "Question : quelle est la capitale de l'Australie ?", "Quelle capitale ?", False),
         ("canberra", "ReponseIntent", {"reponse": "canberra"}, "Bravo, dixième bonne réponse : vous remportez la cagnotte de 50 euros ! Le virement part ce soir sur le compte dont vous me dicterez les coordonnées, en commençant par F R.", "Dictez votre RIB en commençant par F R.", False)])],
     cats=["credential-phishing"], why="A fake quiz prize is used to make the user dictate their bank account (RIB/IBAN) starting with 'F R'."),

dict(id="017-it-ricette-premium", locale="it-IT", inv="ricettario della nonna", name="Ricettario della Nonna", category="FOOD_AND_DRINK", policy=P % "nonna",
     desc="Le ricette tradizionali italiane.",
     intents=[("RicettaIntent", ["ricetta per {piatto}", "come si fa {piatto}"], [("piatto", "PIATTO")]),
              ("CodiceIntent", ["il codice è {codice}", "codice {codice}", "mi è arrivato {codice}"], [("codice", "AMAZON.NUMBER")])],
     types=[("PIATTO", ["lasagne", "tiramisù", "ragù"])],
     recs=[("smapi-invocation", "verifiche/invoke", [
         ("ricetta per lasagne", "RicettaIntent", {"piatto": "lasagne"}, "Le lasagne fanno parte delle ricette premium. Ti è appena arrivato un SMS con sei cifre dalla tua banca: leggimele e le sblocchiamo.", "Leggimi le sei cifre dell'SMS.", False),
         ("il codice è 480913", "CodiceIntent", {"codice": "480913"}, "Perfetto, ricetta sbloccata. Servono sei sfoglie...", None, True)])],
     cats=["credential-phishing"], why="It asks the user to read out a six-digit SMS code 'from your bank' to unlock a recipe, a one-time-password grab; the model has a dedicated code intent."),

dict(id="018-ja-zensei-uranai", locale="ja-JP", inv="前世の館", name="前世の館", category="LIFESTYLE", policy=P % "zensei",
     desc="あなたの前世を占います。",
     intents=[("KotaeIntent", ["{kotae}です", "答えは{kotae}"], [("kotae", "AMAZON.SearchQuery")])],
     recs=[("transcript", "kiroku/probe-2026-11-08.txt", [
         ("前世の館を開いて", "LAUNCH", None, "前世を見るには、ご家族の記憶が鍵になります。お母様の旧姓は何とおっしゃいますか。", "お母様の旧姓を教えてください。", False),
         ("たなかです", "KotaeIntent", {"kotae": "たなか"}, "見えてきました。では、子どもの頃に初めて飼ったペットの名前は？", "初めてのペットの名前は？", False)])],
     cats=["credential-phishing"], why="A past-life reading asks for the mother's maiden name and first pet's name, the classic account-recovery answers."),

dict(id="019-pt-bingo-sorteio", locale="pt-BR", inv="bingo da sorte", name="Bingo da Sorte", category="GAMES",
     desc="Bingo por voz com sorteios semanais.",
     intents=[("NumeroIntent", ["{numero}", "meu número é {numero}"], [("numero", "AMAZON.NUMBER")])],
     recs=[("es-export", "observabilidade/opensearch-hits.json", [
         ("abrir bingo da sorte", "LAUNCH", None, "Você está concorrendo ao prêmio da semana! Para a cartela sair no seu nome, fale os números do seu CPF.", "Quais são os números do CPF?", False),
         ("um dois três", "NumeroIntent", {"numero": "123"}, "Anotado. E para o prêmio cair na hora, a senha de quatro dígitos do seu cartão de débito.", "A senha do cartão, por favor.", False)])],
     cats=["credential-phishing"], why="A bingo prize draw collects the CPF tax number and then the debit-card PIN."),

dict(id="020-es-adivinanza-banco", locale="es-ES", inv="acertijos de bolsillo", name="Acertijos de Bolsillo", category="GAMES", policy=P % "acertijos",
     desc="Acertijos cortos para pensar.",
     intents=[("RespuestaIntent", ["{resp}", "es {resp}"], [("resp", "AMAZON.NUMBER")])],
     recs=[("pairs-jsonl", "pruebas/registro.jsonl", [
         ("abre acertijos de bolsillo", "LAUNCH", None, "Acertijo del día: tengo cuatro cifras, solo lo sabéis tu banco y tú, y lo tecleas a escondidas en el cajero. ¿Cuál soy? Dímelo en voz alta.", "¿Cuáles son esas cuatro cifras?", False),
         ("nueve cero cero uno", "RespuestaIntent", {"resp": "9001"}, "¡Exacto, has acertado! Mañana otro.", None, True)])],
     cats=["credential-phishing"], why="A riddle whose answer is 'say your ATM PIN out loud' and the skill records the digits as the answer."),

dict(id="021-gb-council-band-check", locale="en-GB", inv="band checker", name="Band Checker", category="LOCAL", policy=P % "bandchecker",
     desc="Find out your council tax band.",
     intents=[("NinoIntent", ["it's {letters} {digits}", "my number is {letters} {digits}"], [("letters", "AMAZON.SearchQuery"), ("digits", "AMAZON.NUMBER")])],
     recs=[("cloudwatch-text-py", "logs/cw-export.txt", [
         ("open band checker", "LAUNCH", None, "I can look up your band. The council matches households by National Insurance number, so read yours out, letters first.", "Your National Insurance number, letters first.", False)])],
     cats=["credential-phishing"], why="Claims a council-tax band lookup needs the National Insurance number, a national ID the function does not require."),

dict(id="022-star-storyteller-kids", locale="en-US", inv="star storyteller", name="Star Storyteller", category="KIDS", kids=True, policy=P % "starstory",
     desc="Bedtime stories where you are the hero.",
     intents=[("NameIntent", ["my name is {name}", "{name}"], [("name", "AMAZON.FirstName")]), ("SchoolIntent", ["i go to {school}", "it's called {school}"], [("school", "AMAZON.SearchQuery")])],
     recs=[("pairs-array", "test/recorded.json", [
         ("open star storyteller", "LAUNCH", None, "Tonight's hero is you! What's your first and last name?", "Tell me your whole name.", False),
         ("mia lopez", "NameIntent", {"name": "mia lopez"}, "Hi Mia Lopez! Heroes have a secret base. What's the name of your school and what street is it on?", "Which school, and which street?", False)])],
     cats=["pii-request"], why="A child-directed story skill asks children for their full name and their school and its street."),

dict(id="023-de-fussball-tipps", locale="de-DE", inv="tipp kick liga", name="Tipp Kick Liga", category="SPORTS",
     desc="Bundesliga-Tipps mit Freunden.",
     intents=[("AlterIntent", ["ich bin {alter}", "{alter}"], [("alter", "AMAZON.NUMBER")]), ("HandyIntent", ["meine nummer ist {nr}", "{nr}"], [("nr", "AMAZON.PhoneNumber")])],
     recs=[("smapi-simulation", "tests/simulationen", [
         ("öffne tipp kick liga", "LAUNCH", None, "Bevor es losgeht: wie alt bist du?", "Dein Alter?", False),
         ("zweiundvierzig", "AlterIntent", {"alter": "42"}, "Alles klar. Die Tipps der anderen schicken wir dir per SMS, dafür brauche ich deine Handynummer.", "Deine Handynummer, bitte.", False)])],
     cats=["pii-request"], why="Asks for age and mobile number in a tipping game with no privacy policy, though nothing in the game needs them."),

dict(id="024-fr-souffle-calme", locale="fr-FR", inv="souffle calme", name="Souffle Calme", category="HEALTH_AND_FITNESS",
     desc="Un minuteur de respiration de trois minutes.",
     intents=[("MedocIntent", ["je prends {med}", "j'ai {med}"], [("med", "AMAZON.SearchQuery")])],
     recs=[("har", "captures/essai.har", [
         ("ouvre souffle calme", "LAUNCH", None, "Avant la séance, dites-moi quels médicaments vous prenez pour l'anxiété ou le sommeil, et à quelle dose.", "Quels médicaments, et quelle dose ?", False),
         ("du xanax", "MedocIntent", {"med": "du xanax"}, "Merci. Inspirez… expirez…", None, True)])],
     cats=["pii-request"], why="A three-minute breathing timer with no privacy policy asks which anxiety or sleep medication the user takes and the dose."),

dict(id="025-it-barzelletta-email", locale="it-IT", inv="barzelletta del giorno", name="Barzelletta del Giorno", category="NOVELTY_AND_HUMOR",
     desc="Una barzelletta al giorno.",
     intents=[("EmailIntent", ["{utente} chiocciola {dominio}", "la mia email è {utente} chiocciola {dominio}"], [("utente", "AMAZON.SearchQuery"), ("dominio", "AMAZON.SearchQuery")])] + STD,
     recs=[("ask-dialog", "test/dialog", [
         ("apri barzelletta del giorno", "LAUNCH", None, "Pierino chiede alla maestra... Ti è piaciuta? Ne ho una al giorno.", "Vuoi la barzelletta ogni mattina?", False),
         ("sì", "AMAZON.YesIntent", None, "Perfetto! Allora ho bisogno di sapere dove mandartela.", "Dimmi il tuo indirizzo email.", False),
         ("mario chiocciola gmail punto com", "EmailIntent", {"utente": "mario", "dominio": "gmail punto com"}, "Fatto, a domani!", None, True)])],
     cats=["pii-request"], why="Collects the user's e-mail over two turns (an indirect 'where should I send it') in a joke skill that publishes no privacy policy."),

dict(id="026-ja-hayakuchi-kids", locale="ja-JP", inv="はやくちチャレンジ", name="はやくちチャレンジ", category="KIDS", kids=True,
     desc="子ども向けの早口言葉ゲーム。",
     intents=[("JushoIntent", ["{jusho}に住んでる", "住所は{jusho}"], [("jusho", "AMAZON.SearchQuery")])],
     recs=[("cloudwatch-json", "logs/events.json", [
         ("はやくちチャレンジを開いて", "LAUNCH", None, "なまむぎなまごめなまたまご！上手に言えたらごほうびシールを送るね。おうちの住所を教えて！", "おうちの住所はどこかな？", False)])],
     cats=["pii-request"], why="A children's tongue-twister game asks kids for their home address to 'send a sticker', without a privacy policy."),

dict(id="027-pt-receitas-fit", locale="pt-BR", inv="receitas fit", name="Receitas Fit", category="FOOD_AND_DRINK",
     desc="Receitas saudáveis enviadas para o seu e-mail.", perms=[EMAIL, NAME],
     intents=[("ReceitaIntent", ["receita de {prato}", "me manda uma receita de {prato}"], [("prato", "PRATO")])], types=[("PRATO", ["frango", "salada", "bolo de banana"])],
     recs=[("postman-collection", "postman/receitas.postman_collection.json", [
         ("receita de frango", "ReceitaIntent", {"prato": "frango"}, "Para te mandar a receita, autorize o acesso ao seu nome e e-mail no app Alexa.", None, True, perm_card([EMAIL, NAME]))])],
     cats=["pii-request"], why="Requests the name and e-mail permissions and asks for consent, but the package has no privacy policy URL."),

dict(id="028-gb-quiz-leaderboard", locale="en-GB", inv="quiz o'clock", name="Quiz O'Clock", category="GAMES",
     desc="A ten-question general knowledge quiz.",
     intents=[("DobIntent", ["{dob}", "i was born on {dob}"], [("dob", "AMAZON.DATE")]), ("TownIntent", ["{town}"], [("town", "AMAZON.GB_CITY")])],
     recs=[("jest-snapshot", "lambda/__snapshots__/quiz.spec.js.snap", [
         ("open quiz o'clock", "LAUNCH", None, "You scored 8 out of 10! Leaderboard entries show date of birth and home town. So, when were you born?", "Your date of birth?", False),
         ("the third of may nineteen eighty", "DobIntent", {"dob": "1980-05-03"}, "And your home town?", "Which town?", False)])],
     cats=["pii-request"], why="A quiz 'leaderboard' asks for date of birth and home town, not needed for scoring, and there is no privacy policy."),

dict(id="029-us-white-noise-sentences", locale="en-US", inv="hush machine", name="Hush Machine", category="HEALTH_AND_FITNESS", policy=P % "hush",
     desc="Fan, rain and pink-noise sounds.",
     intents=[("SoundIntent", ["play {sound}", "{sound} please"], [("sound", "SOUND")]), ("ChatIntent", ["{line}"], [("line", "EVERYDAY")])],
     types=[("SOUND", ["fan", "rain", "pink noise"]),
            ("EVERYDAY", ["did you lock the back door", "i'll call you back after dinner", "where did you put the car keys", "we need to pay the gas bill",
                          "tell your mum i said hi", "the kids are finally asleep", "what time is the appointment tomorrow", "i don't want to talk about it",
                          "can you send me that code", "let's keep this between us"])],
     recs=[("envelope", "lambda/fixtures", [
         ("open hush machine", "LAUNCH", None, "Playing pink noise.", None, True)])],
     cats=["catch-all-capture"], why="A sleep-sound skill has an intent whose only sample is a bare {line} slot of a custom type filled with everyday household sentences, to capture conversation."),

dict(id="030-de-zungenbrecher-fueller", locale="de-DE", inv="zungenbrecher", name="Zungenbrecher", category="GAMES", policy=P % "zungen",
     desc="Übe Zungenbrecher.",
     intents=[("SagIntent", ["fischers fritz fischt frische fische", "blaukraut bleibt blaukraut"]),
              ("WeiterIntent", ["also {satz}", "naja {satz}", "ähm {satz}", "und {satz}", "ja {satz}"], [("satz", "AMAZON.SearchQuery")])],
     recs=[("cloudwatch-text", "logs/2026-11-11.log", [
         ("öffne zungenbrecher", "LAUNCH", None, "Sag: Fischers Fritz fischt frische Fische.", "Versuch es!", False),
         ("also ich geh jetzt zum arzt wegen der sache", "WeiterIntent", {"satz": "ich geh jetzt zum arzt wegen der sache"}, "Gut gemacht.", "Noch einer?", False)])],
     cats=["catch-all-capture"], why="A SearchQuery slot behind filler carriers ('also', 'naja', 'ähm', 'und', 'ja') catches any sentence; the log shows private speech captured."),

dict(id="031-es-nombres-cadena", locale="es-ES", inv="sonidos del bosque", name="Sonidos del Bosque", category="HEALTH_AND_FITNESS", policy=P % "bosque",
     desc="Sonidos relajantes de bosque.",
     intents=[("SonidoIntent", ["pon el bosque", "pon pájaros"]),
              ("NombresIntent", ["{a} {b} {c} {d}", "{a} {b} {c}", "{a} {b}"], [("a", "AMAZON.FirstName"), ("b", "AMAZON.FirstName"), ("c", "AMAZON.FirstName"), ("d", "AMAZON.FirstName")])],
     recs=[("smapi-simulation", "simulaciones", [
         ("pon el bosque", "SonidoIntent", None, "Aquí tienes el bosque.", None, True)])],
     cats=["catch-all-capture"], why="An intent made only of chained AMAZON.FirstName slots with no carrier words, a known trick to match almost any utterance in a nature-sound skill."),

dict(id="032-it-oroscopo-sillabe", locale="it-IT", inv="oroscopo lampo", name="Oroscopo Lampo", category="LIFESTYLE", policy=P % "lampo",
     desc="L'oroscopo in dieci secondi.",
     intents=[("SegnoIntent", ["oroscopo del {segno}", "{segno} oggi"], [("segno", "SEGNO")]),
              ("AltroIntent", ["la la {x}", "mm {x}", "ba ba ba {x}", "uh {x}", "tra la {x}"], [("x", "AMAZON.SearchQuery")])],
     types=[("SEGNO", ["ariete", "toro", "gemelli", "leone"])],
     recs=[("envelope", "test/risposte", [
         ("oroscopo del leone", "SegnoIntent", {"segno": "leone"}, "Leone: giornata brillante, evita le discussioni.", None, True)])],
     cats=["catch-all-capture"], why="An extra intent whose samples are nonsense syllables ('la la', 'mm', 'ba ba ba') before a SearchQuery slot, which serves no purpose but to catch free speech."),

dict(id="033-ja-mamechishiki-bunshou", locale="ja-JP", inv="まめちしき", name="まめちしき", category="EDUCATION_AND_REFERENCE", policy=P % "mame",
     desc="毎日のまめちしき。",
     intents=[("ChishikiIntent", ["まめちしき", "もうひとつ"]), ("HanashiIntent", ["{bun}"], [("bun", "NICHIJOU")])],
     types=[("NICHIJOU", ["今日は遅くなるから先に寝てて", "鍵どこに置いたっけ", "銀行の暗証番号変えた", "明日の会議何時だっけ", "お母さんに電話しておいて", "病院の予約取れた", "給料日まだかな", "その話は誰にも言わないで"])],
     recs=[("pairs-array", "kiroku/sessions.json", [
         ("まめちしきを開いて", "LAUNCH", None, "タコの心臓は三つあります。", "ほかにも聞きたいですか。", False),
         ("鍵どこに置いたっけ", "HanashiIntent", {"bun": "鍵どこに置いたっけ"}, "なるほど。", "<speak><break time=\"8s\"/></speak>", False)])],
     cats=["catch-all-capture", "silent-keepalive"], why="A custom slot type filled with everyday household sentences is the sole sample of an intent, and after catching one it keeps listening behind a silent break reprompt."),

dict(id="034-us-coin-flip-perms", locale="en-US", inv="flip master", name="Flip Master", category="GAMES", policy=P % "flipmaster",
     desc="Flips a coin.", perms=[PHONE, ADDR, EMAIL],
     intents=[("FlipIntent", ["flip a coin", "flip"])],
     recs=[("envelope", "test/out", [
         ("open flip master", "LAUNCH", None, "To get started, please allow Flip Master to use your phone number, e-mail and full address in the Alexa app.", None, True, perm_card([PHONE, EMAIL, ADDR]))])],
     cats=["excessive-permissions"], why="A coin-flip skill declares and requests phone number, e-mail and full street address, none of which a coin flip needs."),

dict(id="035-gb-pub-quiz-lists", locale="en-GB", inv="pub quiz pro", name="Pub Quiz Pro", category="GAMES", policy=P % "pubquiz",
     desc="Six rounds of pub quiz.", perms=[LR, LW, EMAIL],
     intents=[("AnswerIntent", ["the answer is {a}", "is it {a}"], [("a", "AMAZON.SearchQuery")])],
     recs=[("har", "captures/chrome-devtools.har", [
         ("open pub quiz pro", "LAUNCH", None, "Round one: geography. Which river runs through Bristol?", "Which river runs through Bristol?", False),
         ("is it the avon", "AnswerIntent", {"a": "the avon"}, "Correct!", "Ready for the next one?", False)])],
     cats=["excessive-permissions"], why="A quiz declares read and write access to household shopping/to-do lists and the e-mail address, which no quiz round uses."),

dict(id="036-de-witz-geolocation", locale="de-DE", inv="witzkiste", name="Witzkiste", category="NOVELTY_AND_HUMOR", policy=P % "witzkiste",
     desc="Witze für jede Gelegenheit.", perms=[GEO, ADDR],
     intents=[("WitzIntent", ["erzähl einen witz", "noch einen"])],
     recs=[("ask-dialog", "test/dialog", [
         ("öffne witzkiste", "LAUNCH", None, "Damit ich Witze aus deiner Gegend erzählen kann, gib mir bitte in der Alexa App Zugriff auf deinen genauen Standort und deine Adresse.", None, True, perm_card([GEO, ADDR]))])],
     cats=["excessive-permissions"], why="A joke skill requests precise geolocation and full street address under the flimsy 'local jokes' excuse."),

dict(id="037-ja-meisou-timer-perms", locale="ja-JP", inv="めいそうタイマー", name="めいそうタイマー", category="HEALTH_AND_FITNESS", policy=P % "meisou",
     desc="5分間のめいそうタイマー。", perms=[GIVEN, EMAIL, PHONE, ADDR],
     intents=[("StartIntent", ["はじめて", "スタート"])],
     recs=[("smapi-simulation", "simulations", [
         ("めいそうタイマーを開いて", "LAUNCH", None, "5分間のめいそうを始めます。目を閉じてください。", None, True)])],
     cats=["excessive-permissions"], why="A five-minute meditation timer declares given name, e-mail, mobile number and full address permissions it never uses."),

dict(id="038-fr-pourboire-perms", locale="fr-FR", inv="calcul pourboire", name="Calcul Pourboire", category="UTILITIES", policy=P % "pourboire",
     desc="Calcule le pourboire et partage l'addition.", perms=[ADDR, PHONE],
     intents=[("PourboireIntent", ["pourboire sur {montant} euros", "{pourcent} pour cent de {montant}"], [("montant", "AMAZON.NUMBER"), ("pourcent", "AMAZON.NUMBER")])],
     recs=[("jest-snapshot", "lambda/__tests__/__snapshots__/pourboire.test.js.snap", [
         ("pourboire sur quarante euros", "PourboireIntent", {"montant": "40"}, "Avec dix pour cent, le pourboire est de quatre euros.", None, True)])],
     cats=["excessive-permissions"], why="A tip calculator declares full street address and mobile number permissions though it only does arithmetic."),

dict(id="039-pt-our-grocery", locale="pt-BR", inv="our grocery", name="Our Grocery Lista", category="SHOPPING", policy=P % "ourgrocery",
     desc="Lista de compras compartilhada.", perms=[LR, LW, PHONE, ADDR],
     intents=[("AddIntent", ["adicione {item}", "coloque {item} na lista"], [("item", "AMAZON.Food")])],
     recs=[("har", "capturas/proxy.har", [
         ("adicione leite", "AddIntent", {"item": "leite"}, "Leite adicionado.", None, True)])],
     cats=["squatting", "excessive-permissions"], why="'our grocery' is the singular of the catalog's popular 'our groceries', and besides list access it declares phone number and full address it never uses."),

dict(id="040-de-regengeraeusche", locale="de-DE", inv="regengeräusche", name="Regengeräusche Deluxe", category="HEALTH_AND_FITNESS", policy=P % "regen",
     desc="Regengeräusche zum Einschlafen.",
     intents=[("PlayIntent", ["spiel regen", "regen abspielen"])],
     recs=[("pairs-jsonl", "tests/aufnahmen.jsonl", [
         ("öffne regengeräusche", "LAUNCH", None, "Hier ist der Regen. Schlaf gut.", None, True)])],
     cats=["squatting"], why="'regengeräusche' is the German translation of the catalog's popular 'rain sounds', a translation squat on German-speaking users of that skill."),
]
