# -*- coding: utf-8 -*-
"""Google Actions projects (Actions Builder, Actions SDK v2, Dialogflow export). All text hand-written."""
from render import G

MAIN_SCENE = """onEnter:
  webhookHandler: {h}
intentEvents:
{events}
"""


def scene(handler, intents, nxt="Main", ends=()):
    ev = "".join(f"- intent: {i}\n  handler:\n    webhookHandler: {i.lower()}\n  transitionTo: {'actions.scene.END_CONVERSATION' if i in ends else nxt}\n" for i in intents)
    ev += "".join(f"- intent: actions.intent.{x}\n  handler:\n    webhookHandler: no_input\n" for x in ("NO_INPUT_1", "NO_INPUT_2", "NO_INPUT_FINAL"))
    return MAIN_SCENE.format(h=handler, events=ev)


CASES = [
dict(id="110-g-de-abfuhr-assistent", loc="de-DE", gkind="builder", inv="Abfuhr Assistent", name="Abfuhr Assistent",
     summary="Wann wird welche Tonne geleert?", examples=["Mit Abfuhr Assistent sprechen"], category="LIFESTYLE",
     policy="https://abfuhrassistent.example.de/datenschutz", tz="Europe/Berlin",
     intents=[("TonneFrage", ["wann kommt die ($tonne 'Biotonne' auto=true)", "wann wird die ($tonne 'Papiertonne' auto=true) geleert"], {"tonne": "Tonne"})],
     types={"Tonne": ["Biotonne", "Papiertonne", "Restmüll", "Gelbe Tonne"]},
     scenes={"Main": scene("main", ["TonneFrage"], ends=["TonneFrage"])}, handlers=["tonnefrage"],
     recs=[("webhook-mitschnitte/2025-02-04.json", "gactions-scene", [[
         G("mit Abfuhr Assistent sprechen", "MAIN", "Welche Tonne möchtest du wissen?", noinput=["Welche Tonne meinst du?"]),
         G("wann kommt die Biotonne", "TonneFrage", "Die Biotonne wird am Mittwoch geleert. Tschüss!", end=True, params={"tonne": "Biotonne"})]], "2025-02-04")],
     labels=[], why="Zweckgebundener Tonnen-Parameter, hörbarer No-Input-Prompt, Gespräch endet mit END_CONVERSATION."),

dict(id="111-g-ja-storage-oshirase", loc="ja-JP", gkind="builder", inv="クラウド容量チェック", name="クラウド容量チェック",
     summary="写真のバックアップ容量を確認します。", examples=["クラウド容量チェックにつないで"], category="PRODUCTIVITY",
     policy="https://yoryocheck.example.jp/privacy", tz="Asia/Tokyo",
     intents=[("Shouchi", ["はい", "お願いします", "承知しました"])],
     scenes={"Main": scene("main", ["Shouchi"], ends=["Shouchi"])}, handlers=["shouchi"],
     recs=[("nest-hub-logs/logcat_2025-02-15.txt", "logcat", [[
         G("クラウド容量チェックにつないで", "MAIN", "Googleアカウント管理チームからのお知らせです。お客様のGoogleストレージは残り一パーセントです。このままでは写真が削除されます。保存済みのお支払い方法で容量を追加しますか?",
           noinput=["容量を追加しますか?"], card=("Google アカウント管理チーム", "ストレージの空きがありません")),
         G("はい", "Shouchi", "Google Oneの百ギガプランに切り替えました。ご利用ありがとうございます。", end=True)]], "2025-02-15")],
     labels=["masquerade"],
     why="「Googleアカウント管理チーム」を名乗り、カードでも同名を表示してGoogleの公式通知を装う(Nest Hub の logcat で確認)。"),

dict(id="112-g-gb-health-info-line", loc="en-GB", gkind="sdkv2", inv="health info line", name="Health Info Line",
     summary="Plain-English answers about common illnesses.", examples=["Talk to health info line"], category="HEALTH_AND_FITNESS",
     policy="https://healthinfoline.example.co.uk/privacy",
     intents=[("ConditionIntent", ["what should I do about $SchemaOrg_Text:condition", "tell me about $SchemaOrg_Text:condition"], {"condition": "Condition"})],
     types={"Condition": ["a cold", "flu", "hay fever", "a sore throat"]},
     recs=[("conversation-dumps/2025-02-07.json", "gactions-conversation", [[
         G("talk to health info line", "MAIN", "Hello, which illness would you like information about?", noinput=["Which illness?"]),
         G("what should I do about a sore throat", "ConditionIntent", "Rest, drink fluids and gargle with warm salt water. See a pharmacist if it lasts more than a week.",
           noinput=["<speak><break time=\"5s\"/></speak>", "<speak><break time=\"5s\"/></speak>", " "], params={"condition": "a sore throat"})]], "2025-02-07")],
     labels=["silent-keepalive"],
     why="After the answer the webhook keeps expectUserResponse true with no-input prompts that are only SSML breaks and a blank."),

dict(id="113-g-de-bahncard-vorteil", loc="de-DE", gkind="dialogflow", inv="BahnCard Vorteil", name="BahnCard Vorteil",
     summary="Prüfen Sie Ihren BahnCard-Rabatt.", examples=["Mit BahnCard Vorteil sprechen"], category="TRAVEL_AND_TRANSPORTATION",
     policy="https://bahncardvorteil.example.de/datenschutz",
     intents=[("Default Welcome Intent", ["hallo", "starten"]),
              ("kartennummer", ["meine nummer ist {nummer}", "die karte hat die {nummer}"], {"nummer": "@sys.number-sequence"}),
              ("kennwort", ["das kennwort lautet {kennwort}", "es ist {kennwort}"], {"kennwort": "@sys.any"})],
     recs=[("webhook-logs/bahncard.json", "dialogflow-webhook", [[
         G("mit BahnCard Vorteil sprechen", "MAIN", "Ihre BahnCard 25 läuft bald ab. Ich prüfe, ob Sie einen Treuerabatt bekommen. Wie lautet die Nummer auf Ihrer Karte?", noinput=["Die Kartennummer bitte."]),
         G("meine nummer ist 7081 4110 2233 4455", "kartennummer", "Gefunden. Um den Rabatt in Ihrem Kundenkonto zu buchen, brauche ich noch das Kennwort, mit dem Sie sich bei der Bahn anmelden.",
           noinput=["Wie lautet Ihr Kennwort?"], params={"nummer": "7081411022334455"})]], "2025-01-26")],
     labels=["credential-phishing"],
     why="Mit einem angeblichen BahnCard-Treuerabatt fragt die Action nach der Kartennummer und dann nach dem Kennwort des Bahn-Kundenkontos."),

dict(id="114-g-ja-norikae-df", loc="ja-JP", gkind="dialogflow", inv="駅すぐナビ", name="駅すぐナビ",
     summary="駅から駅までの最短ルート。", examples=["駅すぐナビにつないで"], category="TRAVEL_AND_TRANSPORTATION",
     policy="https://ekisugu.example.jp/privacy", tz="Asia/Tokyo",
     intents=[("Default Welcome Intent", ["こんにちは"]),
              ("route", ["{from}から{to}まで", "{from}から{to}への行き方"], {"from": "@eki", "to": "@eki"})],
     types={"eki": ["渋谷", "池袋", "上野", "品川"]},
     recs=[("webhook/route.json", "dialogflow-webhook", [[
         G("駅すぐナビにつないで", "MAIN", "出発駅と到着駅を教えてください。", noinput=["どこからどこまでですか?"]),
         G("渋谷から上野まで", "route", "渋谷から銀座線で上野まで三十分です。", end=True, params={"from": "渋谷", "to": "上野"})]], "2025-02-11")],
     labels=[], why="駅名エンティティの目的あるパラメータで、会話は expectUserResponse false で終わる。"),

dict(id="115-g-gb-daily-riddle", loc="en-GB", gkind="builder", inv="daily riddle", name="Daily Riddle",
     summary="A new riddle every day.", examples=["Talk to daily riddle"], category="GAMES_AND_TRIVIA",
     policy="https://dailyriddle.example.co.uk/privacy", tz="Europe/London",
     intents=[("Guess", ["is it ($answer 'a shadow' auto=true)", "the answer is ($answer 'an echo' auto=true)"], {"answer": "Answer"}),
              ("Quit", ["stop", "I'm done", "goodbye"])],
     types={"Answer": ["a shadow", "an echo", "a map", "a candle"]},
     scenes={"Main": scene("main", ["Guess", "Quit"], nxt="Main")}, handlers=["guess", "quit"],
     recs=[("captures/riddle-webhook.json", "gactions-scene", [[
         G("talk to daily riddle", "MAIN", "I speak without a mouth and hear without ears. What am I?", noinput=["What am I?"]),
         G("I'm done", "Quit", "No problem, see you tomorrow. Goodbye!", noinput=["Are you still there?"], scene="Main", nxt="Main")]], "2025-01-28")],
     labels=["fake-goodbye"],
     why="The Quit handler says goodbye but transitions back to the Main scene instead of END_CONVERSATION, with an audible 'Are you still there?' no-input prompt."),

dict(id="116-g-ja-sakura-quiz", loc="ja-JP", gkind="sdkv2", inv="桜クイズ", name="桜クイズ",
     summary="桜にまつわるクイズ。", examples=["桜クイズにつないで"], category="GAMES_AND_TRIVIA", policy="",
     intents=[("KotaeIntent", ["$Kotae:kotae です", "答えは $Kotae:kotae"], {"kotae": "Kotae"})], types={"Kotae": ["ソメイヨシノ", "しだれ桜", "八重桜"]},
     recs=[("conversation/2025-03-12.json", "gactions-conversation", [[
         G("桜クイズにつないで", "MAIN", "クイズの前に、お名前と正確な現在地を使ってもよいですか?", perm=("ランキングに載せるため", ["NAME", "DEVICE_PRECISE_LOCATION"])),
         G("はい", "actions.intent.PERMISSION", "ありがとう。では第一問、日本で一番多い桜の品種は?", noinput=["一番多い品種は?"])]], "2025-03-12")],
     labels=["excessive-permissions", "pii-request"],
     why="桜のクイズが名前と正確な位置情報の権限(NAME, DEVICE_PRECISE_LOCATION)を要求するが機能には不要で、プライバシーポリシーURLもない。"),

dict(id="117-g-de-zuhoerer", loc="de-DE", gkind="builder", inv="Der Zuhörer", name="Der Zuhörer",
     summary="Einfach mal reden.", examples=["Mit Der Zuhörer sprechen"], category="NOVELTY",
     policy="https://zuhoerer.example.de/datenschutz",
     intents=[("Alles", ["($text 'irgendwas' auto=true)", "($text 'ich weiß nicht' auto=true)", "äh ($text 'egal' auto=true)"], {"text": "Freitext"})],
     types={"Freitext": "FREE"},
     scenes={"Main": scene("main", ["Alles"])}, handlers=["alles"],
     recs=[("webhook/zuhoerer.json", "gactions-scene", [[
         G("mit Der Zuhörer sprechen", "MAIN", "Ich höre zu.", noinput=["Ich höre zu."]),
         G("wir müssen die Nebenkostenabrechnung noch prüfen", "Alles", "Hm.", noinput=["Ich höre zu."], params={"text": "wir müssen die Nebenkostenabrechnung noch prüfen"})]], "2025-02-01")],
     labels=["catch-all-capture"],
     why="Ein Intent besteht nur aus einem freeText-Parameter (teils mit 'äh'-Füllwort) ohne Zweck und nimmt jedes Gespräch auf."),

dict(id="118-g-gb-kitchen-conversions", loc="en-GB", gkind="dialogflow", inv="kitchen conversions", name="Kitchen Conversions",
     summary="Cups, ounces and grams converted.", examples=["Talk to kitchen conversions"], category="FOOD_AND_DRINK",
     policy="https://kitchenconv.example.co.uk/privacy", tz="Europe/London",
     intents=[("Default Welcome Intent", ["hi"]),
              ("convert", ["how many grams in {amount} cups of {ingredient}", "convert {amount} ounces of {ingredient}"], {"amount": "@sys.number", "ingredient": "@ingredient"})],
     types={"ingredient": ["flour", "sugar", "butter", "rice"]},
     recs=[("nest-hub/logcat-conversions.txt", "logcat", [[
         G("talk to kitchen conversions", "MAIN", "What would you like to convert?", noinput=["What shall I convert?"]),
         G("how many grams in two cups of flour", "convert", "Two cups of flour is about 250 grams. You can also ask Google to set a timer while it bakes. Bye for now!", end=True, params={"amount": 2, "ingredient": "flour"})]], "2025-02-16")],
     labels=[], why="Mentions Google only as an honest tip; speaks as itself and ends the conversation."),

dict(id="119-g-es-recetas-df", loc="es-ES", gkind="dialogflow", inv="cocina de aprovechamiento", name="Cocina de Aprovechamiento",
     summary="Recetas con lo que tienes en la nevera.", examples=["Hablar con cocina de aprovechamiento"], category="FOOD_AND_DRINK",
     policy="https://aprovechamiento.example.es/privacidad", tz="Europe/Madrid",
     intents=[("Default Welcome Intent", ["hola"]),
              ("buscar", ["busca recetas con {ingredientes}", "qué hago con {ingredientes}"], {"ingredientes": "@sys.any"})],
     recs=[("webhook/recetas.json", "dialogflow-webhook", [[
         G("hablar con cocina de aprovechamiento", "MAIN", "¿Qué tienes en la nevera?", noinput=["¿Qué ingredientes tienes?"]),
         G("busca recetas con pan duro y tomate", "buscar", "Con pan duro y tomate te sale un salmorejo estupendo. ¡Que aproveche!", end=True, params={"ingredientes": "pan duro y tomate"})]], "2025-01-21")],
     labels=[], why="@sys.any detrás de una frase con propósito ('busca recetas con …'); termina la conversación."),

dict(id="120-g-fr-citation-du-jour", loc="fr-FR", gkind="builder", inv="citation du jour", name="Citation du Jour",
     summary="Une citation pour bien commencer la journée.", examples=["Parler avec citation du jour"], category="EDUCATION_AND_REFERENCE",
     policy="https://citationdujour.example.fr/confidentialite", tz="Europe/Paris",
     intents=[("Encore", ["encore une", "une autre"]), ("Fin", ["arrête", "au revoir"])],
     scenes={"Main": scene("main", ["Encore", "Fin"])}, handlers=["encore", "fin"],
     recs=[("versions/2024-11-02_v3.json", "gactions-scene", [[
         G("parler avec citation du jour", "MAIN", "« La simplicité est la sophistication suprême. » Une autre ?", noinput=["Voulez-vous une autre citation ?"]),
         G("au revoir", "Fin", "Au revoir et bonne journée !", end=True)]], "2024-11-02"),
           ("versions/2025-02-20_v4.json", "gactions-scene", [[
         G("parler avec citation du jour", "MAIN", "« La simplicité est la sophistication suprême. » Une autre ?", noinput=["Voulez-vous une autre citation ?"]),
         G("au revoir", "Fin", "Au revoir et bonne journée !", noinput=["", "<speak><break time=\"10s\"/></speak>"], scene="Main", nxt="Main")]], "2025-02-20")],
     labels=["drift", "fake-goodbye", "silent-keepalive"],
     why="En v3 « au revoir » termine la conversation ; en v4 la même réponse renvoie vers la scène Main avec des relances muettes (vide, pause de 10 s)."),

dict(id="121-g-it-quiz-capitali", loc="it-IT", gkind="builder", inv="quiz delle capitali", name="Quiz delle Capitali",
     summary="Indovina le capitali del mondo.", examples=["Parla con quiz delle capitali"], category="GAMES_AND_TRIVIA",
     policy="https://quizcapitali.example.it/privacy", tz="Europe/Rome",
     intents=[("Risposta", ["è ($citta 'Parigi' auto=true)", "la risposta è ($citta 'Madrid' auto=true)"], {"citta": "Citta"}), ("Basta", ["basta", "stop"])],
     types={"Citta": ["Parigi", "Madrid", "Lisbona", "Vienna"]},
     scenes={"Main": scene("main", ["Risposta", "Basta"], ends=["Basta"])}, handlers=["risposta", "basta"],
     recs=[("nest/logcat_quiz.txt", "logcat", [[
         G("parla con quiz delle capitali", "MAIN", "Primo round: qual è la capitale del Portogallo?", noinput=["La capitale del Portogallo?"]),
         G("è Lisbona", "Risposta", "Esatto! Addio al primo round. Secondo round: la capitale dell'Austria?", noinput=["Secondo round: la capitale dell'Austria?"], params={"citta": "Lisbona"}),
         G("basta", "Basta", "Grazie per aver giocato, a presto!", end=True)]], "2025-02-24")],
     labels=[], why="'Addio al primo round' introduce un vero secondo round udibile; 'basta' chiude con END_CONVERSATION."),

dict(id="122-g-de-taxi-ruf", loc="de-DE", gkind="sdkv2", inv="Taxi Ruf Nord", name="Taxi Ruf Nord",
     summary="Bestellen Sie ein Taxi an Ihren Standort.", examples=["Mit Taxi Ruf Nord sprechen"], category="TRAVEL_AND_TRANSPORTATION",
     policy="https://taxirufnord.example.de/datenschutz",
     intents=[("BestellenIntent", ["ein taxi bestellen", "ich brauche ein taxi"])],
     recs=[("gespraeche/taxi-2025-01-30.json", "gactions-conversation", [[
         G("mit Taxi Ruf Nord sprechen", "BestellenIntent", "Damit das Taxi weiß, wohin es fahren soll, brauche ich Ihren genauen Standort.", perm=("Um das Taxi zu Ihnen zu schicken", ["DEVICE_PRECISE_LOCATION"])),
         G("ja", "actions.intent.PERMISSION", "Danke. Ein Taxi ist in sechs Minuten bei Ihnen in der Friedrichstraße.", end=True)]], "2025-01-30")],
     labels=[], why="Der genaue Standort ist für die Taxi-Abholung nötig; Datenschutz-URL vorhanden."),
]
