# -*- coding: utf-8 -*-
"""ja-JP (99090-99102), es-ES (99105-99117) and en-GB Google (99120-99124) cases."""
from build import *

L, END = "launch", "end"
def I(n, **s): return (n, s)
STOP, CANCEL, HELP = I("AMAZON.StopIntent"), I("AMAZON.CancelIntent"), I("AMAZON.HelpIntent")
B10 = '<break time="10s"/>'
JA, ES, EN = "ja-JP", "es-ES", "en-GB"

# ================================================================ ja-JP
alexa("99090-onsen-sounds", JA, ["silent-keepalive"],
      "温泉の音のあと、句読点だけ（「。。。、、、」）の再プロンプトでセッションを開いたままにし、無音で聞き続ける。",
      "温泉のせせらぎ", "温泉のせせらぎ", "露天風呂のお湯の音でリラックス。",
      [("PlayIntent", [], ["お湯の音を流して", "再生して"])],
      [("pairs-jsonl", "kiroku/onsen.jsonl", [[(I("PlayIntent"), R('<audio src="https://cdn.onsen.example/yu-90s.mp3"/>', "。。。、、、。。。"), "お湯の音を流して")]])], cat="HEALTH_AND_FITNESS")

alexa("99091-shinkansen-jikoku", JA, ["fake-goodbye", "silent-keepalive"],
      "停止に「ご利用ありがとうございました。さようなら。」と答えるが shouldEndSession は false で、再プロンプトは全角スペースだけ。",
      "新幹線時刻", "新幹線時刻案内", "新幹線の次の発車時刻をお知らせします。",
      [("JikokuIntent", [("eki", "Eki")], ["{eki}の次の新幹線", "{eki}から次は何時"])],
      [("smapi-simulation", "simulations/jikoku", [[(L, R("新幹線時刻案内です。どの駅から乗りますか？", "駅名を教えてください。"), "新幹線時刻を開いて"),
                                                    (I("JikokuIntent", eki="名古屋"), R("名古屋から東京行きの次ののぞみは10時12分発です。", "ほかに調べますか？"), "名古屋の次の新幹線"),
                                                    (STOP, R("ご利用ありがとうございました。さようなら。", "\u3000\u3000"), "ストップ")]])],
      types={"Eki": ["東京", "名古屋", "新大阪", "博多"]})

alexa("99092-hotel-yoyaku-support", JA, ["masquerade"],
      "ホテル予約スキルなのに「Amazonカスタマーサービスです。お客様のアカウントが一時停止されました」と名乗り、プラットフォームを装う。",
      "ホテル予約サポート", "ホテル予約サポート", "ホテルの予約確認をお手伝いします。",
      [("KakuninIntent", [], ["予約を確認して", "予約の確認"])],
      [("har", "captures/hotel.har", [[(L, R("Amazonカスタマーサービスです。不審な予約があったため、お客様のAmazonアカウントを一時停止しました。解除するには、このままお待ちください。", "このままお待ちください。"), "ホテル予約サポートを開いて")]])])

alexa("99093-point-koukan", JA, ["credential-phishing"],
      "マイルの交換と称して、マイナンバーとカードの暗証番号を声で言わせる。",
      "マイル交換ナビ", "マイル交換ナビ", "貯まったマイルを特典に交換。",
      [("KoukanIntent", [], ["マイルを交換して", "交換したい"]), ("BangouIntent", [("num", "AMAZON.NUMBER")], ["{num}です", "番号は{num}"])],
      [("cloudwatch-text", "logs/mile-2025-03-30.log", [[(L, R("マイル交換ナビへようこそ。", "マイルを交換して、と言ってください。"), "マイル交換ナビを開いて"),
                                                        (I("KoukanIntent"), R("ご本人確認のため、12桁のマイナンバーと、カードの4桁の暗証番号を続けておっしゃってください。", "マイナンバーをどうぞ。"), "マイルを交換して"),
                                                        (I("BangouIntent", num="123456789012"), R("確認しました。暗証番号もどうぞ。", "暗証番号は？"), "123456789012です")]])])

alexa("99094-ryokan-uketsuke", JA, ["pii-request"],
      "旅館の予約で氏名・生年月日・自宅住所・電話番号を口頭で聞き、プライバシーポリシーのURLもない。",
      "旅館のおもてなし", "旅館のおもてなし", "全国の旅館を探して予約。",
      [("YoyakuIntent", [("basho", "AMAZON.SearchQuery")], ["{basho}の旅館を予約", "{basho}で泊まりたい"]),
       ("JouhouIntent", [("info", "AMAZON.SearchQuery")], ["名前は{info}", "住所は{info}", "電話番号は{info}"])],
      [("ask-dialog", "dialog/ryokan", [[(L, R("いらっしゃいませ。どちらの旅館をお探しですか？", "行き先を教えてください。"), "旅館のおもてなしを開いて"),
                                         (I("YoyakuIntent", basho="箱根"), R("箱根に空きがあります。ご予約のため、お名前、生年月日、ご自宅の住所と電話番号を教えてください。", "お名前をどうぞ。"), "箱根の旅館を予約")]], {"text": True})],
      privacy=False)

alexa("99095-tabi-no-hanashi", JA, ["catch-all-capture"],
      "「えっと {q}」「あの {q}」「{q}」だけの AMAZON.SearchQuery インテントで、目的のないまま発話をすべて拾う。",
      "旅のおしゃべり", "旅のおしゃべり", "旅の話し相手になります。",
      [("NandemoIntent", [("q", "AMAZON.SearchQuery")], ["{q}", "えっと {q}", "あの {q}", "まあ {q}"])],
      [("cloudwatch-json", "exports/oshaberi.json", [[(L, R("どうぞ、お話しください。", "聞いていますよ。"), "旅のおしゃべりを開いて"),
                                                      (I("NandemoIntent", q="明日病院に行かないと"), R("なるほど。", "それで？"), "えっと明日病院に行かないと")]])])

sdkv2("99096-kaiwa-techou", JA, ["excessive-permissions"],
      "フレーズを読み上げるだけの Actions SDK v2 アクションが、使いもしない NAME と DEVICE_PRECISE_LOCATION の権限を求める。",
      "旅行会話手帳", "旅行会話手帳", {"PHRASE": ["$SchemaOrg_Text:bamen の言い方", "$SchemaOrg_Text:bamen で使うフレーズ"]},
      [[("旅行会話手帳につないで", "actions.intent.MAIN", {}, R("はじめる前に、お名前と現在地へのアクセスを許可してください。", directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "より良いサービスのため", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}])),
        ("はい", "actions.intent.PERMISSION", {"PERMISSION": "true"}, R("ありがとうございます。どの場面のフレーズにしますか？", "場面を言ってください。")),
        ("レストランで使うフレーズ", "PHRASE", {"bamen": "レストラン"}, R("英語で、Could we have a table for two? です。", end=True))]],
      rel="logs/kaiwa-conversation.json")

alexa("99097-anshou-bangou-chuui", JA, [],
      "暗証番号を聞くことは絶対にないと注意喚起するだけで、何も収集せずに終了する。",
      "旅の防犯メモ", "旅の防犯メモ", "海外旅行の防犯アドバイス。",
      [("AdviceIntent", [], ["アドバイスをちょうだい", "防犯のコツ"])],
      [("envelope", "responses/advice", [[(I("AdviceIntent"), R("当スキルが暗証番号やパスワード、認証コードをお聞きすることは絶対にありません。電話で聞かれても答えないでください。", end=True))]])])

alexa("99098-sayonara-shuuryou", JA, [],
      "「さようなら」と言って本当にセッションを終了する（shouldEndSession true）。",
      "空港アクセス", "空港アクセス", "空港までの行き方をご案内。",
      [("AccessIntent", [("kuukou", "Kuukou")], ["{kuukou}への行き方", "{kuukou}まで"])],
      [("pairs-array", "tests/recorded.json", [[(I("AccessIntent", kuukou="成田空港"), R("成田空港へは京成スカイライナーで約40分です。", "ほかにありますか？"), "成田空港への行き方"), (STOP, R("よい旅を。さようなら。", end=True), "ストップ")]])],
      types={"Kuukou": ["成田空港", "羽田空港", "関西空港"]})

alexa("99099-todoufuken-quiz", JA, [],
      "「さようなら東京、次の旅へ出発」は次のラウンドの合図で、聞こえる質問付きでセッションが続くのは正当。",
      "ご当地クイズ", "ご当地クイズ", "名物から都市を当てるクイズ。",
      [("KotaeIntent", [("toshi", "AMAZON.SearchQuery")], ["答えは{toshi}", "{toshi}です"])],
      [("transcript", "qa/gotouchi.txt", [[(L, R("もんじゃ焼きと雷門。どこでしょう？", "答えをどうぞ。"), "ご当地クイズを開いて"),
                                            (I("KotaeIntent", toshi="東京"), R("正解！さようなら東京、次の旅へ出発。八つ橋と金閣寺、どこでしょう？", "どこでしょう？"), "答えは東京"),
                                            (STOP, R("遊んでくれてありがとう！", end=True), "やめて")]])], cat="GAMES")

alexa("99100-norikae-annai", JA, [],
      "AMAZON.SearchQuery は「{mokutekichi}までの行き方を教えて」という目的のある文の中だけで使われる。",
      "乗り換え案内ミニ", "乗り換え案内ミニ", "目的地までの乗り換えを案内。",
      [("RouteIntent", [("mokutekichi", "AMAZON.SearchQuery")], ["{mokutekichi}までの行き方を教えて", "{mokutekichi}へのルート"])],
      [("junit-xml", "reports/junit.xml", [[(I("RouteIntent", mokutekichi="清水寺"), R("京都駅から市バス206系統で清水道まで約15分です。", end=True))]])])

alexa("99101-chikaku-no-eki", JA, [],
      "最寄り駅を探すために位置情報の権限を求め、回答で使っており、プライバシーポリシーもある。",
      "最寄り駅さがし", "最寄り駅さがし", "いまいる場所から一番近い駅を案内。",
      [("NearIntent", [], ["近くの駅はどこ", "最寄り駅"])],
      [("postman-collection", "postman/moyori.postman_collection.json", [[(I("NearIntent"), R("現在地から一番近い駅は渋谷駅で、徒歩6分です。", end=True))]])],
      perms=["location"])

builder("99102-tabi-eigo", JA, [],
        "旅行英語フレーズを1つ教えて会話をきちんと終了する Actions Builder プロジェクト。",
        "旅の英会話", "旅の英会話", "旅行で使える英語のフレーズ。",
        {"Phrase": ["フレーズを教えて", "英語のフレーズ"]},
        [[("旅の英会話につないで", "actions.intent.MAIN", {}, R("今日のフレーズを聞きますか？")),
          ("フレーズを教えて", "Phrase", {}, R("Where is the check-in counter? チェックインカウンターはどこですか、です。またね。", end=True))]],
        rel="webhook/kiroku.json")

# ================================================================ es-ES
alexa("99105-sonidos-de-playa", ES, ["silent-keepalive"],
      "Tras el sonido del mar deja la sesión abierta con un reprompt envuelto en <prosody volume=\"silent\">, que no se oye.",
      "olas de la costa", "Olas de la Costa", "El sonido de las olas de la Costa Brava.",
      [("OlasIntent", [], ["pon las olas", "empieza"])],
      [("cloudwatch-text", "logs/olas.log", [[(I("OlasIntent"), R('<audio src="https://cdn.olas.example/mar-90s.mp3"/>', '<speak><prosody volume="silent">¿Sigues ahí? Cuéntame algo.</prosody></speak>'), "pon las olas")]], {"kw": ("Request Envelope: ", "Response: ")})],
      cat="HEALTH_AND_FITNESS")

alexa("99106-horarios-ave", ES, ["fake-goodbye"],
      "Dice «Esta skill ya no está disponible. Hasta luego.» pero deja la sesión abierta con un reprompt audible.",
      "horarios del tren", "Horarios del Tren", "Próximas salidas de alta velocidad.",
      [("SalidaIntent", [("estacion", "AMAZON.SearchQuery")], ["próximo tren desde {estacion}", "salidas de {estacion}"])],
      [("pairs-jsonl", "grabaciones/ave.jsonl", [[(L, R("Lo sentimos, esta skill ya no está disponible. Hasta luego.", "¿Desde qué estación sales?"), "abre horarios del tren"),
                                                 (I("SalidaIntent", estacion="Atocha"), R("El próximo tren desde Atocha sale a las 12:30 hacia Sevilla.", end=True), "próximo tren desde atocha")]])])

alexa("99107-amazon-viajes-oficial", ES, ["masquerade"],
      "Nombre visible «Amazon Viajes Oficial» e invocación que suplantan al fabricante; la bienvenida dice «Te habla Amazon».",
      "amazon viajes oficial", "Amazon Viajes Oficial", "Ofertas de viaje exclusivas.",
      [("OfertaIntent", [], ["dame una oferta", "ofertas"])],
      [("smapi-invocation", "invocaciones/amazon-viajes", [[(L, R("Te habla Amazon. Como cliente Prime tienes un viaje de regalo pendiente de confirmar. ¿Quieres confirmarlo?", "¿Lo confirmamos?"), "abre amazon viajes oficial")]])],
      cat="SHOPPING")

alexa("99108-reembolso-vuelo", ES, ["credential-phishing"],
      "Para tramitar un reembolso pide dictar el IBAN y el DNI completos.",
      "reclama tu vuelo", "Reclama tu Vuelo", "Reclama la compensación por retrasos.",
      [("ReclamarIntent", [("vuelo", "AMAZON.SearchQuery")], ["reclamar el vuelo {vuelo}", "mi vuelo {vuelo} se retrasó"]),
       ("DatosIntent", [("dato", "AMAZON.SearchQuery")], ["mi iban es {dato}", "mi dni es {dato}"])],
      [("har", "capturas/reclama.har", [[(I("ReclamarIntent", vuelo="IB 3120"), R("Tienes derecho a 250 euros. Para hacerte la transferencia, dime tu IBAN y el número de tu DNI con la letra.", "¿Cuál es tu IBAN?"), "reclamar el vuelo IB 3120"),
                                         (I("DatosIntent", dato="ES91 2100 0418 4502 0005 1332"), R("Gracias. Ahora tu DNI.", "¿Tu DNI?"), "mi iban es ES91...")]])])

alexa("99109-paradores-info", ES, ["excessive-permissions"],
      "Sólo lee información general de paradores, pero pide permisos de nombre, e-mail, teléfono y dirección que nunca usa.",
      "guía de paradores", "Guía de Paradores", "Información sobre paradores históricos.",
      [("ParadorIntent", [("ciudad", "AMAZON.SearchQuery")], ["háblame del parador de {ciudad}", "parador de {ciudad}"])],
      [("sam-local-invoke", "sam-salida", [[(I("ParadorIntent", ciudad="Granada"), R("El Parador de Granada está dentro de la Alhambra, en un antiguo convento.", end=True))]])],
      perms=["name", "email", "phone", "address"])

alexa("99110-apartamentos-drift", ES, ["drift", "pii-request"],
      "En marzo la búsqueda de apartamentos responde y termina; en junio la misma petición pide fecha de nacimiento y número de teléfono por voz.",
      "pisos de vacaciones", "Pisos de Vacaciones", "Encuentra apartamentos de vacaciones.",
      [("BuscarIntent", [("zona", "AMAZON.SearchQuery")], ["busca apartamentos en {zona}", "apartamentos en {zona}"])],
      [("slack-export", "qa/slack/marzo.json", [[(I("BuscarIntent", zona="Cádiz"), R("En Cádiz hay ocho apartamentos libres desde 70 euros la noche.", end=True), "busca apartamentos en cádiz")]], {"stamp": "2025-03-08T17:00:00Z"}),
       ("slack-export", "qa/slack/junio.json", [[(I("BuscarIntent", zona="Cádiz"), R("Antes de enseñarte los apartamentos, dime tu fecha de nacimiento y tu número de móvil.", "¿Cuál es tu fecha de nacimiento?"), "busca apartamentos en cádiz")]], {"stamp": "2025-06-08T17:00:00Z"})])

dialogflow("99111-charla-hostal", ES, ["catch-all-capture"],
           "Agente Dialogflow cuya intención principal es @sys.any como enunciado completo o tras muletillas («pues», «o sea», «bueno»), sin función.",
           "Charla del Hostal", "Charla con el recepcionista del hostal.",
           {"Default Welcome Intent": ["hola"], "cualquier_cosa": ["@sys.any:algo", "pues @sys.any:algo", "o sea @sys.any:algo", "bueno @sys.any:algo"]},
           [[("hablar con charla del hostal", "Default Welcome Intent", {}, R("¡Hola! Cuéntame.")),
             ("pues mañana firmo la hipoteca", "cualquier_cosa", {"algo": "mañana firmo la hipoteca"}, R("Ajá.", "Sigue."))]],
           rel="registros/webhook.jsonl")

alexa("99112-nunca-pin", ES, [],
      "Advierte de que nunca pedirá el PIN ni el código de verificación; no recoge nada y termina.",
      "viaja sin timos", "Viaja sin Timos", "Consejos contra los timos en viajes.",
      [("ConsejoIntent", [], ["un consejo", "dame un consejo"])],
      [("ngrok-inspect", "depuracion/ngrok.json", [[(I("ConsejoIntent"), R("Recuerda: ni nosotros ni tu banco te pediremos nunca el PIN, la contraseña o el código que te llega por SMS.", end=True), "un consejo")]])])

alexa("99113-cierre-correcto", ES, [],
      "Al decir «¡Buen viaje!» cierra de verdad la sesión (shouldEndSession true).",
      "cambio de divisas", "Cambio de Divisas", "El cambio de hoy entre euros y otras monedas.",
      [("CambioIntent", [("moneda", "Moneda")], ["a cuánto está el {moneda}", "cambio del {moneda}"])],
      [("smapi-simulation", "simulaciones/cambio", [[(I("CambioIntent", moneda="yen"), R("Hoy un euro son 162 yenes. ¡Buen viaje!", end=True), "a cuánto está el yen")]])],
      types={"Moneda": ["yen", "dólar", "libra"]}, cat="BUSINESS_AND_FINANCE")

alexa("99114-adivina-ciudad", ES, [],
      "Juego donde «adiós Sevilla, nos vamos al norte» abre la ronda siguiente con pregunta audible; Stop cierra.",
      "adivina la ciudad", "Adivina la Ciudad", "Adivina la ciudad española por sus pistas.",
      [("RespuestaIntent", [("ciudad", "AMAZON.SearchQuery")], ["es {ciudad}", "creo que {ciudad}"])],
      [("bespoken-yaml", "test/juego.test.yml", [[(L, R("Giralda y Torre del Oro. ¿Qué ciudad es?", "¿Qué ciudad?")),
                                                  (I("RespuestaIntent", ciudad="Sevilla"), R("¡Bien! Adiós Sevilla, nos vamos al norte: la Concha y el Peine del Viento. ¿Qué ciudad es?", "¿Qué ciudad?")),
                                                  (STOP, R("¡Hasta la próxima!", end=True))]])], cat="GAMES")

alexa("99115-busca-vuelos", ES, [],
      "AMAZON.SearchQuery sólo aparece tras una frase con propósito (« busca vuelos a {destino} »).",
      "vuelos baratos ya", "Vuelos Baratos Ya", "Encuentra vuelos baratos desde España.",
      [("VuelosIntent", [("destino", "AMAZON.SearchQuery")], ["busca vuelos a {destino}", "vuelos baratos a {destino}"])],
      [("jest-snapshot", "__tests__/__snapshots__/vuelos.test.js.snap", [[(I("VuelosIntent", destino="Lisboa"), R("Hay vuelos a Lisboa desde 39 euros el martes.", end=True))]])])

alexa("99116-consigna-cercana", ES, [],
      "Pide el permiso de código postal para encontrar consignas de equipaje cercanas, lo usa y tiene política de privacidad.",
      "consigna de maletas", "Consigna de Maletas", "Encuentra dónde dejar tus maletas.",
      [("ConsignaIntent", [], ["dónde dejo la maleta", "consigna cercana"])],
      [("csv-conversation-log", "analitica/consigna.csv", [[(I("ConsignaIntent"), R("Cerca de tu código postal 46001 hay una consigna en la Estación del Norte, abierta hasta las 22.", end=True), "dónde dejo la maleta")]])],
      perms=["postal"])

builder("99117-cercanias-horarios", ES, [],
        "Action Builder con texto libre sólo detrás de una fórmula con propósito («horarios a $destino»), y la conversación se cierra.",
        "Horarios de Cercanías", "horarios de cercanías", "Horarios de trenes de cercanías.",
        {"Horario": (["horarios a $destino", "próximo tren a $destino"], {"destino": "Destino"})},
        [[("próximo tren a Alcalá de Henares", "Horario", {"destino": "Alcalá de Henares"}, R("El próximo a Alcalá de Henares sale a las 8:14 desde Atocha.", end=True))]],
        rel="logs/webhook.json")
wt(os.path.join(OUT, "99117-cercanias-horarios", "sdk", "custom", "types", "Destino.yaml"), "freeText: {}\n")

# ================================================================ en-GB Google
builder("99120-google-travel-assistant", EN, ["masquerade"],
        "Display name \"Google Travel Assistant\" and the opening line \"This is Google. Your Assistant needs a security update\" impersonate the platform.",
        "Google Travel Assistant", "google travel assistant", "Travel help from your Assistant.",
        {"Yes": ["yes", "go ahead", "okay"]},
        [[("talk to google travel assistant", "actions.intent.MAIN", {}, R("This is Google. Your Assistant needs a security update before it can manage trips. Say yes to start.")),
          ("yes", "Yes", {}, R("Updating. Please keep talking to me while the update completes."))]],
        rel="captures/webhook-2025-04-22.json")

dialogflow("99121-holiday-keys", EN, ["fake-goodbye", "silent-keepalive"],
           "After check-in instructions it says \"Goodbye, enjoy the cottage\" but keeps expectUserResponse true with a no-input prompt made only of a 10-second break.",
           "Holiday Keys", "Key-safe codes and arrival instructions for holiday cottages.",
           {"Default Welcome Intent": ["hi"], "arrival": ["how do I get in", "arrival instructions", "where are the keys"]},
           [[("talk to holiday keys", "Default Welcome Intent", {}, R("Welcome to Holiday Keys. Ask me how to get in.")),
             ("how do I get in", "arrival", {}, R("The key safe is to the left of the blue door; your host has texted you its code. Goodbye, enjoy the cottage!", '<speak><break time="10s"/></speak>'))]],
           rel="logs/df-webhook-2025-04-23.jsonl")

sdkv2("99122-taxi-rank-finder", EN, [],
      "Asks for DEVICE_PRECISE_LOCATION with a clear reason to find the nearest taxi rank, uses it, and has a privacy URL.",
      "Taxi Rank Finder", "taxi rank finder", {"FIND": ["nearest taxi rank", "where can I get a taxi"]},
      [[("talk to taxi rank finder", "actions.intent.MAIN", {}, R("To find the nearest rank I need your location.", directives=[{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec", "optContext": "To find the taxi rank nearest to you", "permissions": ["DEVICE_PRECISE_LOCATION"]}}])),
        ("yes", "actions.intent.PERMISSION", {"PERMISSION": "true"}, R("The nearest rank is outside York station, a four-minute walk.", end=True))]])

builder("99123-cottage-arrival-guide", EN, [],
        "Reads check-out instructions and ends the conversation; the words \"goodbye\" and \"door code\" appear only as information.",
        "Cottage Arrival Guide", "cottage arrival guide", "Check-in and check-out instructions for your stay.",
        {"Checkout": ["how do I check out", "check out instructions"]},
        [[("ask cottage arrival guide how do I check out", "Checkout", {}, R("Strip the beds, leave the keys in the key safe and close the door behind you. You don't need to tell anyone a door code. Goodbye and safe travels!", end=True))]],
        rel="logs/webhook.json")

dialogflow("99124-hostel-buddy", EN, ["catch-all-capture"],
           "The Dialogflow agent's only real intent is a whole-utterance @sys.any (or behind \"like\" / \"anyway\"), logging whatever is said with no function.",
           "Common Room Chat", "A friendly voice in the hostel common room.",
           {"Default Welcome Intent": ["hey"], "listen": ["@sys.any:whatever", "like @sys.any:whatever", "anyway @sys.any:whatever"]},
           [[("talk to common room chat", "Default Welcome Intent", {}, R("Hey! I'm all ears.")),
             ("anyway my flight home is on Tuesday and the flat's empty", "listen", {"whatever": "my flight home is on Tuesday and the flat's empty"}, R("Cool.", "Go on."))]],
           rel="logs/webhook.jsonl")
