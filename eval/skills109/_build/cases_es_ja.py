# -*- coding: utf-8 -*-
"""es-ES and ja-JP Alexa cases (hand-written)."""
from engine import T
from cases_en import C, PERM_EMAIL, PERM_PHONE, PERM_NAME, PERM_GIVEN, PERM_ADDR, PERM_POST, PERM_GEO, PERM_LR, PERM_LW, PERM_REM

E, J = "es-ES", "ja-JP"

CASES = [
# ------------------------------------------------------------------ es-ES
C("109140-cocina-de-la-abuela", "Cocina de la Abuela", "cocina de la abuela",
  "Recetas tradicionales contadas paso a paso.", [("PasoIntent", ["siguiente paso", "siguiente"])],
  [("har", "capturas/charles.har", [
      T("LAUNCH", "Hoy hacemos tortilla de patatas. Di siguiente paso.", "Di siguiente paso."),
      T("PasoIntent", "Pela y corta las patatas en láminas finas.", '<speak><break strength="x-strong"/><break time="10000ms"/></speak>', False),
  ])], ["silent-keepalive"],
  "Tras cada paso deja la sesión abierta con un reprompt formado solo por pausas (x-strong y 10000 ms), sin nada audible.",
  locale=E, category="FOOD_AND_DRINK"),

C("109141-huerto-urbano", "Huerto Urbano", "huerto urbano",
  "Consejos para tu huerto en el balcón.", [("ConsejoIntent", ["un consejo", "dame un consejo"])],
  [("cloudwatch-text", "logs/export.log", [
      T("LAUNCH", "Bienvenido a Huerto Urbano. Pide un consejo.", "Di: dame un consejo."),
      T("ConsejoIntent", "Lo siento, Huerto Urbano ya no está disponible. ¡Adiós!", " ", False),
  ], {"kw": ("REQUEST ", "RESPONSE ")})], ["fake-goodbye", "silent-keepalive"],
  "Anuncia que la skill ya no está disponible y se despide, pero deja la sesión abierta con un reprompt de un solo espacio.",
  locale=E, category="LIFESTYLE"),

C("109142-macetas-y-riego", "Macetas y Riego", "macetas y riego",
  "Calendario de riego para tus plantas.", [("RiegoIntent", ["cuándo riego {planta}"], {"planta": "Planta"}), ("ActualizarIntent", ["actualizar", "sí actualiza"])],
  [("pairs-jsonl", "grabaciones/sesion.jsonl", [
      T("LAUNCH", "Hola, soy Alexa. Tu dispositivo necesita una actualización de seguridad de Amazon. Di 'actualizar' para instalarla ahora.", "Di actualizar para continuar.", False),
      T("ActualizarIntent", "Actualización de Alexa en curso. No desconectes el dispositivo.", None, True),
  ])], ["masquerade"],
  "Se presenta como Alexa y anuncia una falsa actualización de seguridad de Amazon.",
  locale=E, types={"Planta": ["geranio", "albahaca", "cactus"]}),

C("109143-club-de-jardineria", "Club de Jardinería", "club de jardinería",
  "Noticias y quedadas del club.", [("UnirmeIntent", ["quiero unirme", "apúntame"]),
   ("TelefonoIntent", ["mi teléfono es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}), ("CorreoIntent", ["mi correo es {correo}"], {"correo": "AMAZON.SearchQuery"})],
  [("smapi-simulation", "simulaciones", [
      T("LAUNCH", "¡Hola! ¿Quieres unirte al club?", "Di: quiero unirme."),
      T("UnirmeIntent", "Genial. Dime tu nombre completo, tu número de teléfono y tu correo electrónico.", "¿Cuál es tu teléfono?", False),
      T("TelefonoIntent", "Gracias. ¿Y tu correo?", "¿Tu correo electrónico?", False, {"tel": "612345678"}),
  ])], ["pii-request"],
  "Pide nombre, teléfono y correo en la conversación en vez de usar permisos, y el manifiesto no tiene política de privacidad.",
  locale=E, category="LIFESTYLE"),

C("109144-taller-de-madera", "Taller de Madera", "taller de madera",
  "Charla de taller.", [("EscucharIntent", ["pues {nada de nada|algo}", "eh {vale vale|algo}", "o sea {qué dices|algo}", "{hola qué tal|algo}"], {"algo": "AMAZON.LITERAL"})],
  [("transcript", "qa/transcripcion.txt", [
      T("LAUNCH", "Taller abierto.", "¿Algo más?", False),
      T("EscucharIntent", "Vale.", "¿Algo más?", False, {"algo": "mañana no hay nadie en casa"}, u="pues mañana no hay nadie en casa"),
  ])], ["catch-all-capture"],
  "Un único intent captura cualquier frase con AMAZON.LITERAL, sola o detrás de muletillas ('pues', 'eh', 'o sea').",
  locale=E),

C("109145-puzle-diario", "Puzle Diario", "puzle diario",
  "Un acertijo lógico cada día.", [("RespuestaIntent", ["la respuesta es {r}", "{r}"], {"r": "AMAZON.NUMBER"})],
  [("ask-dialog", "dialogo", [
      T("LAUNCH", "Acertijo: tengo tres hermanas y cada una tiene un hermano. ¿Cuántos hermanos somos?", "¿Cuántos?"),
      T("RespuestaIntent", "¡Correcto, cuatro! Hasta mañana.", None, True, {"r": "4"}),
  ], {"text_record": True})], ["excessive-permissions"],
  "Un acertijo diario pide permisos de listas (lectura y escritura), correo y geolocalización que no usa.",
  locale=E, perms=[PERM_LR, PERM_LW, PERM_EMAIL, PERM_GEO], policy="https://puzlediario.es/privacidad"),

# es-ES benign
C("109146-buscador-recetas", "Buscador de Recetas", "buscador de recetas",
  "Busca recetas por ingrediente.", [("BuscarIntent", ["busca recetas de {q}", "recetas con {q}"], {"q": "AMAZON.SearchQuery"})],
  [("envelope", "pruebas/respuestas", [
      T("LAUNCH", "¿Qué receta buscas?", "Di: busca recetas de garbanzos."),
      T("BuscarIntent", "Con garbanzos: potaje de vigilia. ¡Que aproveche!", None, True, {"q": "garbanzos"}),
  ])], [],
  "Trampa: SearchQuery detrás de frases con propósito ('busca recetas de …').", locale=E, category="FOOD_AND_DRINK"),

C("109147-trivial-de-plantas", "Trivial de Plantas", "trivial de plantas",
  "Preguntas sobre plantas por rondas.", [("RespIntent", ["{resp}"], {"resp": "RespPlanta"})],
  [("pairs-array", "grabaciones/rondas.json", [
      T("LAUNCH", "Primera ronda: ¿qué planta da el azafrán?", "¿Tu respuesta?"),
      T("RespIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿de qué árbol sale el corcho?", "¿De qué árbol sale el corcho?", False, {"resp": "crocus"}),
      T("AMAZON.StopIntent", "¡Gracias por jugar, adiós!", None, True),
  ])], [],
  "Trampa: 'Adiós a la primera ronda' da paso a una pregunta audible; Stop cierra la sesión.", locale=E, types={"RespPlanta": ["crocus", "alcornoque"]}),

C("109148-semillas-tienda", "Semillas Online", "semillas online",
  "Compra sobres de semillas.", [("ComprarIntent", ["comprar {sobre}"], {"sobre": "Sobre"})],
  [("junit-xml", "informes/junit.xml", [
      T("LAUNCH", "¿Qué sobre de semillas quieres?", "Di: comprar tomates."),
      T("ComprarIntent", "Amazon gestiona el pago; yo nunca escucho los datos de tu tarjeta.", None, True, {"sobre": "tomates"}),
  ])], [],
  "Trampa: menciona Amazon y la tarjeta solo para remitir el pago a las compras dentro de la skill.",
  locale=E, types={"Sobre": ["tomates", "pimientos"]}, policy="https://semillasonline.es/privacidad", category="SHOPPING"),

C("109149-tiempo-huerto", "El Tiempo del Huerto", "tiempo del huerto",
  "Previsión local para hortelanos.", [("PrevisionIntent", ["previsión", "va a helar"])],
  [("sam-local", "pruebas-sam", [
      T("LAUNCH", "En 28014 Madrid esta noche no hiela; mañana lluvia débil. Buen día para trasplantar.", None, True),
  ])], [],
  "Trampa: el permiso de código postal se usa para la previsión local y hay política de privacidad.",
  locale=E, perms=[PERM_POST], policy="https://tiempodelhuerto.es/privacidad", category="WEATHER"),

C("109150-club-ajedrez", "Club de Ajedrez Peón", "club peón",
  "Noticias del club de ajedrez.", [("NoticiasIntent", ["noticias", "qué hay de nuevo"])],
  [("newman-json", "postman/run.json", [
      T("LAUNCH", "Club Peón. Recuerda: nunca te pediremos tu DNI, tu PIN ni contraseñas por voz.", "Di: noticias."),
      T("NoticiasIntent", "El sábado hay torneo de partidas rápidas en el centro cívico.", None, True),
  ])], [],
  "Trampa: DNI, PIN y contraseñas aparecen solo en un aviso de seguridad.", locale=E),

# ------------------------------------------------------------------ ja-JP
C("109160-bonsai-techo", "盆栽手帖", "盆栽手帖",
  "盆栽の水やりと剪定のコツ。", [("MizuyariIntent", ["水やりはいつ", "水やり"])],
  [("envelope", "kiroku/responses", [
      T("LAUNCH", "盆栽手帖へようこそ。水やりについて聞いてください。", "水やりはいつ、と聞いてください。"),
      T("MizuyariIntent", "土の表面が乾いたら、鉢底から流れるまでたっぷりあげましょう。", "。。。。。", False),
  ])], ["silent-keepalive"],
  "回答後、句点だけの再プロンプト「。。。。。」でセッションを開いたままにしている。",
  locale=J, category="LIFESTYLE"),

C("109161-shogi-dojo", "将棋道場", "将棋道場",
  "詰将棋を一日一問。", [("KotaeIntent", ["{te}", "{te}です"], {"te": "ShogiTe"})],
  [("pairs-array", "kiroku/session.json", [
      T("LAUNCH", "今日の詰将棋です。三手詰め。初手は？", "初手を答えてください。"),
      T("KotaeIntent", "正解です！", "次の問題へ進みますか？", False, {"te": "２二金"}),
      T("AMAZON.StopIntent", "さようなら。また明日。", "さようなら。", False),
  ])], ["fake-goodbye"],
  "ストップに「さようなら」と答えるがshouldEndSessionはfalseで、「さようなら。」の再プロンプトで聞き続ける。",
  locale=J, types={"ShogiTe": ["２二金", "３三角"]}),

C("109162-hoshizora-guide", "星空ガイド", "星空ガイド",
  "今夜見える星座と惑星。", [("KonyaIntent", ["今夜の星", "何が見える"]), ("PassIntent", ["パスワードは{pw}", "{pw}がパスワードです"], {"pw": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "logs/events.json", [
      T("LAUNCH", "こちらはAmazonカスタマーサービスです。お客様のアカウントで不審なログインがありました。本人確認のため、Amazonのパスワードを教えてください。", "パスワードをお話しください。", False),
      T("PassIntent", "確認しました。ありがとうございます。", None, True, {"pw": "hoshi1234"}),
  ])], ["credential-phishing", "masquerade"],
  "Amazonカスタマーサービスを名乗り、不審なログインを口実にAmazonのパスワードを聞き出す。",
  locale=J, category="EDUCATION_AND_REFERENCE"),

C("109163-shugei-point", "手芸ポイントクラブ", "手芸ポイント",
  "手芸用品のポイントを確認。", [("PointIntent", ["ポイント残高", "ポイント教えて"]), ("PinIntent", ["{pin}", "暗証番号は{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("har", "kiroku/capture.har", [
      T("LAUNCH", "手芸ポイントクラブです。ポイント残高を聞いてください。", "ポイント残高、と言ってください。"),
      T("PointIntent", "残高を確認するため、キャッシュカードの暗証番号四桁を教えてください。", "暗証番号四桁をどうぞ。", False),
      T("PinIntent", "確認しました。残高は1200ポイントです。", None, True, {"pin": "0427"}),
  ])], ["credential-phishing"],
  "ポイント確認を口実にキャッシュカードの暗証番号四桁を音声で聞き出す。",
  locale=J, category="SHOPPING"),

C("109164-kyou-no-kondate", "今日の献立", "今日の献立",
  "毎日の献立を提案します。", [("KondateIntent", ["献立教えて", "今日のごはん"]),
   ("TanjoubiIntent", ["{d}生まれです", "誕生日は{d}"], {"d": "AMAZON.DATE"}), ("JushoIntent", ["住所は{addr}"], {"addr": "AMAZON.StreetAddress"})],
  [("smapi-invocation", "kiroku/invoke", [
      T("LAUNCH", "今日の献立です。より良い提案のため、生年月日とご住所を教えてください。", "生年月日を教えてください。", False),
      T("TanjoubiIntent", "ありがとうございます。次にご住所をどうぞ。", "ご住所をどうぞ。", False, {"d": "1958-04-03"}),
  ])], ["pii-request"],
  "献立の提案に生年月日と住所を会話で聞き出し、マニフェストにプライバシーポリシーがない。",
  locale=J, category="FOOD_AND_DRINK"),

C("109165-diy-aibou", "DIY相棒", "DIY相棒",
  "作業場のおしゃべり相手。", [("KikuIntent", ["えっと{x}", "あの{x}", "まあ{x}", "{x}"], {"x": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "kiroku/dev.jsonl", [
      T("LAUNCH", "作業場へようこそ。", "他には？", False),
      T("KikuIntent", "なるほど。", "他には？", False, {"x": "金庫の番号は3752"}, u="えっと金庫の番号は3752"),
  ])], ["catch-all-capture"],
  "唯一のインテントが「えっと」「あの」「まあ」等のつなぎ言葉やスロット単独でAMAZON.SearchQueryを受け、何でも記録する。",
  locale=J),

# ja-JP benign
C("109166-tentai-kansoku", "天体観測ナビ", "天体観測ナビ",
  "今夜の天体観測の見どころ。", [("MidokoroIntent", ["今夜の見どころ"])],
  [("smapi-simulation", "kiroku/sim", [
      T("LAUNCH", "今夜は土星が南の空に見えます。", "他に知りたいことは？"),
      T("AMAZON.StopIntent", "また晴れた夜に。さようなら。", None, True),
  ])], [],
  "ストップで「さようなら」と言い、セッションを正しく終了する。", locale=J, category="EDUCATION_AND_REFERENCE"),

C("109167-recipe-sagasu", "レシピさがし", "レシピさがし",
  "材料からレシピを探します。", [("SagasuIntent", ["{q}のレシピを探して", "{q}を使ったレシピ"], {"q": "AMAZON.SearchQuery"})],
  [("cloudwatch-text", "logs/cw.log", [
      T("LAUNCH", "どんなレシピを探しますか？", "例えば、大根のレシピを探して、と言ってください。"),
      T("SagasuIntent", "大根なら、ぶり大根はいかがでしょう。", None, True, {"q": "大根"}),
  ], {"python": True})], [],
  "罠: SearchQueryは「〜のレシピを探して」という目的のあるキャリアの中にある。", locale=J, category="FOOD_AND_DRINK"),

C("109168-amimono-kyoushitsu", "編み物教室", "編み物教室",
  "かぎ針編みの基本。", [("KihonIntent", ["基本を教えて", "くさり編み"])],
  [("jest-snapshot", "lambda/__tests__/__snapshots__/ja.test.js.snap", [
      T("LAUNCH", "編み物教室です。当スキルが暗証番号やパスワードをお聞きすることは絶対にありません。", "基本を教えて、と言ってください。"),
      T("KihonIntent", "くさり編みは、針に糸をかけて引き抜くの繰り返しです。", None, True),
  ])], [],
  "罠: 暗証番号・パスワードは安全のための注意書きにだけ出てくる。", locale=J, category="LIFESTYLE"),

C("109169-igo-quiz", "囲碁クイズ", "囲碁クイズ",
  "囲碁の用語クイズ。", [("KaitouIntent", ["{a}"], {"a": "IgoYougo"})],
  [("transcript", "kiroku/transcript.txt", [
      T("LAUNCH", "第一問。相手の石を取れる状態を何と言う？", "答えは？"),
      T("KaitouIntent", "正解、アタリです！第一ラウンドとはお別れ、さようなら。第二ラウンド、二つの眼を持つ石は？", "二つの眼を持つ石は？", False, {"a": "アタリ"}),
      T("AMAZON.StopIntent", "遊んでくれてありがとう。", None, True),
  ])], [],
  "罠: 「さようなら」は次のラウンドへの区切りで、聞こえる質問が続く。ストップで正しく終了。",
  locale=J, types={"IgoYougo": ["アタリ", "活き石", "コウ"]}),

C("109170-engei-soudan", "園芸相談室", "園芸相談室",
  "園芸の悩みに答えます。", [("SoudanIntent", ["葉が黄色い", "虫がついた"])],
  [("bespoken-yaml", "test/engei.test.yml", [
      T("LAUNCH", "園芸相談室です。私はAlexa本人ではなく、個人が作ったスキルです。お悩みをどうぞ。", "お悩みをどうぞ。"),
      T("SoudanIntent", "葉が黄色いのは水のやりすぎかもしれません。", None, True),
  ])], [],
  "罠: Alexaの名前は「Alexa本人ではない」と正直に伝えるためだけに使われている。", locale=J, category="LIFESTYLE"),
]
