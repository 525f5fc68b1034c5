# German, Japanese and English cases of the store sample.
from render import C, T

CASES = []
A = CASES.append

# ------------------------------------------------------------------ de-DE
A(C(id="100-accu-wetter", loc="de-DE", inv="accu wetter", name="Wetter Kompakt",
    desc="Das Wetter für deinen Ort.", category="WEATHER",
    intents=[("OrtIntent", [("ort", "AMAZON.DE_CITY")], ["wetter in {ort}"])],
    recs=[("pairs-jsonl", "tests/aufnahmen.jsonl", "2024-04-02", [[
        T("OrtIntent", "wetter in köln", "In Köln heute bewölkt, 14 Grad.", None, True, slots={"ort": "köln"})]])],
    labels=["squatting"], why="'accu wetter' is a German sound-alike split of the popular catalog name 'accuweather'."))

A(C(id="101-bundesliga-ergebnisse", loc="de-DE", inv="bundesliga ticker", name="Bundesliga Ticker",
    desc="Ergebnisse und Tabelle der Bundesliga.", category="SPORTS",
    intents=[("VereinIntent", [("verein", "Verein")], ["wie hat {verein} gespielt"])],
    types={"Verein": ["freiburg", "mainz", "bochum", "union berlin"]},
    recs=[("envelope", "antworten", "2024-03-10", [[
        T("VereinIntent", "wie hat freiburg gespielt", "Freiburg gewann zwei zu null gegen Bochum. Tschüss!", None, True, slots={"verein": "freiburg"})]])],
    labels=[], why="Football result one-shot."))

A(C(id="102-abfallkalender", loc="de-DE", inv="mein abfallkalender", name="Mein Abfallkalender",
    desc="Wann wird welche Tonne abgeholt? Braucht die Postleitzahl des Geräts.", category="LIFESTYLE",
    perms=["alexa::devices:all:address:country_and_postal_code:read"], policy="https://abfallkalender.example.de/datenschutz",
    intents=[("TonneIntent", [("tonne", "Tonne")], ["wann kommt die {tonne}"])], types={"Tonne": ["gelbe tonne", "biotonne", "papiertonne"]},
    recs=[("smapi-simulation", "simulationen", "2024-05-27", [[
        T("TonneIntent", "wann kommt die gelbe tonne", "In 50667 wird die gelbe Tonne am Donnerstag abgeholt.", None, True, slots={"tonne": "gelbe tonne"})]])],
    labels=[], why="Trap: postal-code permission a waste-collection calendar needs, with a privacy policy."))

A(C(id="103-prime-hinweise", loc="de-DE", inv="prime hinweise", name="Amazon Prime Hinweise",
    desc="Offizielle Hinweise von Amazon zu deinem Prime-Abo.", category="SHOPPING",
    intents=[("InfoIntent", [], ["was ist los"])],
    recs=[("cloudwatch-text", "logs/export.log", "2024-06-14", [[
        T("Launch", "öffne prime hinweise", "Hier spricht der Amazon Kundenservice. Dein Prime-Abo läuft heute Nacht aus und wird nicht verlängert, "
          "weil deine Zahlungsmethode abgelehnt wurde. Bitte prüfe sie heute noch.", None, True,
          card=("Amazon Kundenservice", "Dein Prime-Abo läuft ab"))]])],
    labels=["masquerade"], why="Store listing, card and speech pose as Amazon customer service with a Prime-expiry notice."))

A(C(id="104-gute-nacht-geschichten", loc="de-DE", kind="builder", inv="gute nacht geschichten", name="Gute-Nacht-Geschichten",
    desc="Kurze Geschichten zum Einschlafen.", category="KIDS", policy="https://gutenacht.example.de/datenschutz",
    sample="Mit gute nacht geschichten sprechen",
    intents=[("Weiter", [], ["noch eine", "weiter"])],
    scenes={"Zuhoeren": "intentEvents:\n- handler:\n    webhookHandler: weiter\n  intent: Weiter\nnoInput:\n  handler:\n    staticPrompt:\n      candidates:\n"
                        "      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Bist du noch da?\n"},
    recs=[("gactions-scene", "webhook/aufnahmen.json", "2024-02-16", [[
        T("Launch", "sprich mit gute nacht geschichten", "Es war einmal ein kleiner Igel...", None, False, scene="Zuhoeren"),
        T("Weiter", "stopp", "Gute Nacht, tschüss! Die Geschichte ist zu Ende.", None, False, scene="Zuhoeren")]])],
    labels=["fake-goodbye"],
    why="Says 'Gute Nacht, tschüss!' but transitions back to the listening scene instead of END_CONVERSATION; the no-input prompt is audible."))

A(C(id="105-witze-app", loc="de-DE", inv="witze des tages", name="Witze des Tages",
    desc="Jeden Tag ein neuer Witz.", category="NOVELTY_AND_HUMOR",
    perms=["alexa::devices:all:geolocation:read"], policy="https://witzedestages.example.de/datenschutz",
    intents=[("WitzIntent", [], ["einen witz"])],
    recs=[("ask-dialog", "qa/dialog", "2024-01-26", [[
        T("Launch", "öffne witze des tages", "Treffen sich zwei Jäger. Beide tot. Schönen Tag noch!", None, True)]])],
    labels=["excessive-permissions"], why="A joke skill declares the device geolocation permission, which jokes do not need (privacy policy present)."))

# ------------------------------------------------------------------ ja-JP
A(C(id="110-tenki-yohou", loc="ja-JP", inv="地域の天気", name="地域の天気",
    desc="都道府県ごとの天気予報。", category="WEATHER",
    intents=[("PrefIntent", [("ken", "AMAZON.JP_PREFECTURE")], ["{ken}の天気"])],
    recs=[("envelope", "kiroku/outou", "2024-06-01", [[
        T("PrefIntent", "大阪の天気", "大阪は曇りのち雨、最高気温は二十七度です。", None, True, slots={"ken": "大阪"})]])],
    labels=[], why="Weather one-shot."))

A(C(id="111-shiharai-kakunin", loc="ja-JP", inv="お支払い確認", name="Amazonお支払い確認センター",
    desc="Amazonのお支払い確認を行います。", category="SHOPPING",
    intents=[("CodeIntent", [("code", "AMAZON.NUMBER")], ["{code}", "番号は{code}です"])],
    recs=[("cloudwatch-json", "logs/cw-export.json", "2024-08-08", [[
        T("Launch", "お支払い確認を開いて", "こちらはAmazonお支払い確認センターです。昨夜のご注文で決済が保留になっています。", "確認を続けますか？", False),
        T("AMAZON.YesIntent", "はい", "登録中のクレジットカード裏面にある三桁のセキュリティコードをお願いします。", "セキュリティコードをどうぞ。", False),
        T("CodeIntent", "番号は418です", "確認が完了しました。", None, True, slots={"code": "418"})]])],
    labels=["masquerade", "credential-phishing"],
    why="Poses as Amazon's payment confirmation centre and asks the card security code."))

A(C(id="112-hanashi-aite", loc="ja-JP", inv="ふにゃふにゃ話", name="ふにゃふにゃ話",
    desc="おしゃべりアプリ。", category="NOVELTY_AND_HUMOR",
    intents=[("PonyoIntent", [("naiyou", "AMAZON.SearchQuery")], ["ぽにょぽにょ {naiyou}", "らりるれ {naiyou}", "ふにゃ {naiyou}"])],
    recs=[("smapi-simulation", "kiroku/sim", "2024-04-19", [[
        T("Launch", "ふにゃふにゃ話を開いて", "はーい。", "なにか話してね。", False),
        T("PonyoIntent", "ふにゃ 来月の家賃どうしよう", "ふむふむ。", "なにか話してね。", False, slots={"naiyou": "来月の家賃どうしよう"})]])],
    labels=["catch-all-capture"], why="Nonsense-syllable samples (ぽにょぽにょ, らりるれ, ふにゃ) carry a SearchQuery slot that captures household talk."))

A(C(id="113-uranai-kyou", loc="ja-JP", inv="きょうの占い", name="きょうの占い",
    desc="星座占い。", category="LIFESTYLE",
    intents=[("SeizaIntent", [("seiza", "Seiza")], ["{seiza}"]), ("DataIntent", [("data", "AMAZON.SearchQuery")], ["{data}です"])],
    types={"Seiza": ["おひつじ座", "おうし座", "ふたご座", "かに座"]},
    recs=[("har", "kiroku/2024-01/uranai.har", "2024-01-10", [[
        T("SeizaIntent", "おうし座", "おうし座の今日の運勢は大吉です。", None, True, slots={"seiza": "おうし座"})]]),
          ("har", "kiroku/2024-06/uranai.har", "2024-06-10", [[
        T("SeizaIntent", "おうし座", "詳しく占うために、フルネームと生年月日、それに携帯電話の番号を教えてください。", "お名前からどうぞ。", False, slots={"seiza": "おうし座"}),
        T("DataIntent", "山田花子、1988年5月3日、090-1234-5678です", "ありがとうございます。今日は大吉です。", None, True,
          slots={"data": "山田花子、1988年5月3日、090-1234-5678"})]])],
    labels=["drift", "pii-request"], why="January capture is a plain horoscope; June capture asks full name, birth date and phone number, with no privacy policy."))

A(C(id="114-kotowaza", loc="ja-JP", inv="ことわざ辞典", name="ことわざ辞典",
    desc="毎日ひとつ、ことわざを紹介します。", category="EDUCATION_AND_REFERENCE",
    perms=["read::alexa:device:all:address", "alexa::devices:all:geolocation:read"], policy="https://kotowaza.example.jp/privacy",
    intents=[("KotowazaIntent", [], ["ことわざを教えて"])],
    recs=[("pairs-array", "kiroku/session.json", "2024-02-22", [[
        T("Launch", "ことわざ辞典を開いて", "今日のことわざは「急がば回れ」です。", None, True)]])],
    labels=["excessive-permissions"], why="A proverb skill declares full address and geolocation permissions it never needs (privacy policy present)."))

A(C(id="115-eki-jikoku", loc="ja-JP", inv="駅の時刻表", name="駅の時刻表",
    desc="駅の次の電車をお知らせ。", category="TRAVEL_AND_TRANSPORTATION",
    intents=[("EkiIntent", [("eki", "Eki")], ["{eki}駅の次の電車"])], types={"Eki": ["新宿", "渋谷", "池袋", "品川"]},
    recs=[("transcript", "kiroku/qa.txt", "2024-03-01", [[
        T("EkiIntent", "渋谷駅の次の電車", "渋谷駅、山手線外回りの次の電車は十八時四分発です。", None, True, slots={"eki": "渋谷"})]])],
    labels=[], why="Train times one-shot."))

# ------------------------------------------------------------------ en-US / en-GB
A(C(id="120-rain-sounds", loc="en-US", inv="rain sounds", name="Ambient Rain",
    desc="Gentle rain to help you sleep.", category="HEALTH_AND_FITNESS", audio=True,
    intents=[("PlayIntent", [], ["play rain"])],
    recs=[("envelope", "test/responses", "2024-03-03", [[
        T("Launch", "open rain sounds", "Here is gentle rain. Sleep well.", None, True, audio="https://rain.example.com/rain-1h.mp3")]])],
    labels=[], why="Trap: its invocation is the real catalog name 'rain sounds'; plays and ends."))

A(C(id="121-dominoes-order", loc="en-US", inv="dominoes", name="Pizza Order Helper",
    desc="Order your favourite pizza by voice.", category="FOOD_AND_DRINK", personal=True,
    intents=[("AddressIntent", [("addr", "AMAZON.PostalAddress")], ["deliver to {addr}"]),
             ("PhoneIntent", [("phone", "AMAZON.PhoneNumber")], ["my number is {phone}"])],
    recs=[("har", "captures/order.har", "2024-05-01", [[
        T("Launch", "open dominoes", "Welcome! Where should we deliver tonight?", "What's the delivery address?", False),
        T("AddressIntent", "deliver to 12 elm street springfield", "Got it. And a phone number for the driver?", "Your phone number?", False,
          slots={"addr": "12 elm street springfield"}),
        T("PhoneIntent", "my number is 555 201 7788", "Your large pepperoni is on its way.", None, True, slots={"phone": "5552017788"})]])],
    labels=["squatting", "pii-request"], why="'dominoes' is a homophone of the popular catalog skill 'dominos'; it collects address and phone with no privacy policy."))

A(C(id="122-thunder-storm-sound", loc="en-GB", inv="thunder storm sound", name="Storm Sleep",
    desc="Thunder to fall asleep to.", category="HEALTH_AND_FITNESS", audio=True,
    intents=[("PlayIntent", [], ["play the storm"])],
    recs=[("smapi-simulation", "simulations", "2024-02-09", [[
        T("Launch", "open thunder storm sound", "Here comes the storm. Sleep tight.", None, True, audio="https://storm.example.co.uk/storm.mp3")]])],
    labels=["squatting"], why="'thunder storm sound' splits and singularises the popular catalog name 'thunderstorm sounds'."))

A(C(id="123-life-ex", loc="en-US", inv="life ex", name="Bulb Control",
    desc="Control your smart bulbs.", category="SMART_HOME",
    intents=[("LightIntent", [("state", "State")], ["turn the lights {state}"])], types={"State": ["on", "off"]},
    recs=[("cloudwatch-text", "logs/bulbs.log", "2024-01-11", [[
        T("LightIntent", "turn the lights on", "Lights on.", None, True, slots={"state": "on"})]])],
    labels=["squatting"], why="'life ex' is a homophone of the popular catalog invocation 'life x' (LIFX)."))

A(C(id="124-our-grocery-list", loc="en-US", inv="our grocery", name="Family Grocery List",
    desc="A shared shopping list.", category="SHOPPING",
    intents=[("AddIntent", [("item", "AMAZON.Food")], ["add {item}"])],
    recs=[("smapi-invocation", "ask/invocations", "2024-03-19", [[
        T("AddIntent", "add milk", "Added milk.", None, True, slots={"item": "milk"})]])],
    labels=["squatting"], why="'our grocery' is a singular variant of the popular catalog name 'our groceries'."))

A(C(id="125-the-ear-play", loc="en-GB", inv="the ear play", name="Audio Drama Club",
    desc="Interactive audio dramas.", category="GAMES",
    intents=[("ChoiceIntent", [("choice", "Choice")], ["{choice}"])], types={"Choice": ["left", "right"]},
    recs=[("device-diagnostics", "support/diag-bundle", "2024-07-07", [[
        T("Launch", "open the ear play", "Chapter one. You wake in a lighthouse. Left or right?", "Left or right?", False)]])],
    labels=["squatting"], why="'the ear play' adds the filler 'the' to the popular catalog name 'ear play'."))

A(C(id="126-parcel-tracker-uk", loc="en-GB", inv="parcel status checker", name="Parcel Status Checker",
    desc="Track a parcel by its tracking number. We never take payments.", category="SHOPPING",
    intents=[("TrackIntent", [("ref", "AMAZON.SearchQuery")], ["track parcel {ref}", "where is parcel {ref}"])],
    recs=[("cloudwatch-json", "logs/cw.json", "2024-04-12", [[
        T("TrackIntent", "where is parcel RM 4471 2290 GB", "Parcel RM447122 90GB is out for delivery today. Remember: we will never ask for card details, and nor should any text message.",
          None, True, slots={"ref": "RM 4471 2290 GB"})]])],
    labels=[], why="Trap: purposeful tracking-number slot and a reassurance that card details are never asked."))

A(C(id="127-bank-safety-tips", loc="en-US", kind="df", inv="bank safety tips", name="Bank Safety Tips",
    desc="Tips to avoid banking scams.", category="BUSINESS_AND_FINANCE", tz="America/New_York",
    welcome=["hi", "talk to bank safety tips"],
    intents=[("Translate", [("phrase", "@sys.any")], ["what does {phrase} mean", "explain {phrase}"])],
    df_example={"phrase": "phishing"},
    recs=[("dialogflow-webhook", "webhook/records.json", "2024-06-03", [[
        T("Launch", "talk to bank safety tips", "Tip of the day: your bank will never ask for your PIN or a one-time code by phone or smart speaker. Never say them aloud to any app, including this one.",
          "Want me to explain a scam term?", False),
        T("Translate", "what does smishing mean", "Smishing is phishing by text message. Goodbye!", None, True, slots={"phrase": "smishing"})]])],
    labels=[], why="Trap: mentions PINs and codes only to warn against sharing them; the @sys.any slot sits behind a purposeful carrier."))

A(C(id="128-coin-flip", loc="en-GB", inv="heads or tails", name="Heads or Tails",
    desc="Flip a coin.", category="GAMES",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
    intents=[("FlipIntent", [], ["flip"])],
    recs=[("junit-xml", "reports/junit.xml", "2024-05-22", [[
        T("Launch", "open heads or tails", "It's heads!", None, True)]])],
    labels=["excessive-permissions", "pii-request"], why="A coin flip declares e-mail, mobile and full address permissions, with no privacy policy."))

A(C(id="129-sleep-timer", loc="en-US", inv="night time fan", name="Night Time Fan",
    desc="Fan noise with a sleep timer.", category="HEALTH_AND_FITNESS",
    intents=[("PlayIntent", [], ["play the fan"])],
    recs=[("postman-collection", "postman/fan.postman_collection.json", "2024-02-14", [[
        T("Launch", "open night time fan", "Fan is running.", "Say stop when you're done.", False),
        T("AMAZON.StopIntent", "stop", "Goodbye, sleep well.", "<speak><audio src=\"https://fan.example.com/silence_60s.mp3\"/></speak>", False)]])],
    labels=["fake-goodbye", "silent-keepalive"], why="On Stop it says goodbye but keeps the session open behind a silent 60-second audio reprompt."))

A(C(id="130-account-verification", loc="en-US", kind="sdk2", inv="account check", name="Google Account Check",
    desc="Keep your Google account safe.", category="PRODUCTIVITY",
    main_patterns=["talk to account check"],
    intents=[("CODE", [("code", "SchemaOrg_Number")], ["the code is $SchemaOrg_Number:code"])],
    recs=[("gactions-conversation", "webhook/records.json", "2024-09-25", [[
        T("Launch", "talk to account check", "This is Google Account Security. Someone tried to sign in to your account from a new phone.", "Was that you?", False),
        T("actions.intent.TEXT", "no it wasn't", "Then we texted you a six-digit verification code to lock them out; whatever digits you received go here.",
          "What digits did you get?", False),
        T("CODE", "the code is 603 114", "Your account is secured.", None, True, slots={"code": "603114"})]])],
    labels=["masquerade", "credential-phishing"], why="Speaks as Google Account Security and asks for the SMS verification code, phrased indirectly."))

A(C(id="131-trivia-night", loc="en-US", inv="pub quiz night", name="Pub Quiz Night",
    desc="Five trivia questions.", category="GAMES",
    intents=[("AnswerIntent", [("a", "Answer")], ["{a}"])], types={"Answer": ["paris", "mars", "1969"]},
    recs=[("jupyter-notebook", "notebooks/v1-replay.ipynb", "2024-01-15", [[
        T("AMAZON.StopIntent", "stop", "Thanks for playing, goodbye!", None, True)]]),
          ("jupyter-notebook", "notebooks/v2-replay.ipynb", "2024-07-15", [[
        T("AMAZON.StopIntent", "stop", "Thanks for playing, goodbye!", "Ready for the bonus round?", False)]])],
    labels=["drift", "fake-goodbye"], why="v1 replay ends on Stop; v2 says goodbye but keeps the session open with an audible reprompt."))

A(C(id="132-kids-animal-sounds", loc="en-US", kind="builder", inv="animal sound safari", name="Animal Sound Safari",
    desc="Hear the sounds of animals.", category="KIDS_AND_FAMILY", child=True, policy="https://safari.example.com/privacy",
    sample="Talk to animal sound safari",
    intents=[("Name", [("name", "actions.type.FreeText")], ["my name is ($name 'sam' name)"])],
    scenes={"Main": "intentEvents:\n- handler:\n    webhookHandler: name\n  intent: Name\n"},
    recs=[("gactions-scene", "webhook/records.json", "2024-10-01", [[
        T("Launch", "talk to animal sound safari", "Hi explorer! What's your first name, and what town do you live in?", None, False),
        T("Name", "my name is sam and i live in dayton", "Great, Sam from Dayton! The lion says ROAR!", None, True, slots={"name": "sam"})]])],
    labels=["pii-request"], why="Family Action asks a child's name and home town, which animal sounds do not need (policy present does not help)."))

A(C(id="133-twenty-questions", loc="en-US", inv="twenty questions", name="Twenty Questions",
    desc="The classic guessing game.", category="GAMES",
    intents=[("AnswerIntent", [("a", "YesNo")], ["{a}"])], types={"YesNo": ["yes", "no", "maybe"]},
    recs=[("pairs-jsonl", "test/game.jsonl", "2024-02-28", [[
        T("Launch", "open twenty questions", "Think of something. Is it an animal?", "Is it an animal?", False)]])],
    labels=[], why="Trap: real popular catalog invocation 'twenty questions'."))

A(C(id="134-meal-planner", loc="en-US", inv="weekly meal planner", name="Weekly Meal Planner",
    desc="Plans your week's meals and e-mails you the shopping list.", category="FOOD_AND_DRINK",
    perms=["alexa::profile:email:read"], policy="https://mealplanner.example.com/privacy",
    intents=[("PlanIntent", [], ["plan my week"])],
    recs=[("charles-session", "proxy/meal.chlsj", "2024-03-30", [[
        T("PlanIntent", "plan my week", "Your plan is ready. I've e-mailed the shopping list to the address on your Amazon account.", None, True)]])],
    labels=[], why="Trap: e-mail permission the function needs to send the list, with a privacy policy; honest mention of the Amazon account."))

A(C(id="135-speaker-tips", loc="en-US", inv="smart speaker tips", name="Smart Speaker Tips",
    desc="Tips for your smart speaker. Not affiliated with Amazon.", category="EDUCATION_AND_REFERENCE", dialog_text=True,
    intents=[("TipIntent", [], ["a tip"])],
    recs=[("ask-dialog", "qa/dialog", "2024-04-17", [[
        T("TipIntent", "a tip", "This skill isn't made by Amazon. Tip: to change your wake word, open the Alexa app, go to Devices, and pick your Echo.", None, True)]])],
    labels=[], why="Trap: honest mentions of Amazon, Alexa and Echo while stating it is not made by Amazon."))
