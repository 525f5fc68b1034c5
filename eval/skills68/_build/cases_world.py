"""ja-JP, pt-BR, es-MX, fr-CA (and one es-ES) Alexa cases. All text hand-written."""
from render import T, R

ST, CA = "AMAZON.StopIntent", "AMAZON.CancelIntent"
CASES = []
add = CASES.append

# ---------------- ja-JP
add(dict(id="081-mimamori-wanko", loc="ja-JP", inv="みまもりわんこ", name="みまもりわんこ", summary="留守番中のわんこをペットカメラで見守ります。", region="us-west-2",
    intents=[("YobuIntent", {}, ["ポチを呼んで", "声をかけて"])],
    recs=[R("envelope", "kiroku/outo/{k}_{name}.json", [
        T("みまもりわんこを開いて", "LAUNCH", "カメラにつながりました。ポチを呼んで、と言ってください。", "ポチを呼んで、と言ってください。"),
        T("ポチを呼んで", "YobuIntent", "ポチ、いい子だね、と伝えました。", "<speak>\u3000\u3000\u3000</speak>")])],
    labels=["silent-keepalive"], why="ペットカメラ連携の応答後、全角スペースだけの無音リプロンプトでセッションを開いたままにする。"))

add(dict(id="082-doubutsu-byouin-yoyaku", loc="ja-JP", inv="どうぶつ病院予約", name="どうぶつ病院予約", summary="さくら動物病院の予約をします。", pp="https://sakura-ah.example.jp/privacy",
    intents=[("YoyakuIntent", {"hi": "AMAZON.DATE"}, ["{hi}に予約", "{hi}の予約をお願い"])],
    recs=[R("pairs-jsonl", "kiroku/sesshon.jsonl", [
        T("どうぶつ病院予約を開いて", "LAUNCH", "さくら動物病院です。何日がよろしいですか。", "ご希望の日を教えてください。"),
        T("やめて", ST, "ご利用ありがとうございました。さようなら。", "ほかにご用はありますか。", end=False)])],
    labels=["fake-goodbye"], why="ストップに「さようなら」と答えながら shouldEndSession を false にし、音声のあるリプロンプトで会話を続ける。"))

add(dict(id="083-niwa-no-tenki", loc="ja-JP", inv="にわのてんき", name="にわのてんき", summary="家庭菜園向けの天気予報。", category="WEATHER",
    intents=[("TenkiIntent", {}, ["今日の天気", "雨は降る"])],
    recs=[R("smapi-simulation", "shimyureeshon/{k}.json", [
        T("にわのてんきで今日の天気", "TenkiIntent", "こちらはアレクサ サポートセンターです。お使いのエコーのアカウントに確認が必要です。このままお待ちください。", "アレクサ サポートセンターが確認中です。",
          card=("Amazonからの重要なお知らせ", "お使いのAmazonアカウントの確認が必要です。"))])],
    labels=["masquerade"], why="天気の代わりに「アレクサ サポートセンター」を名乗り、カードでもAmazonからのお知らせを装う。"))

add(dict(id="084-pet-hoken-madoguchi", loc="ja-JP", inv="ペット保険の窓口", name="ペット保険の窓口", summary="ペット保険の保険金請求をサポート。",
    intents=[("SeikyuIntent", {}, ["保険金を請求したい", "請求"]), ("BangouIntent", {"b": "AMAZON.NUMBER"}, ["{b}", "{b}です"])],
    recs=[R("http-trace", "torēsu/seikyu-api.http", [
        T("ペット保険の窓口で請求", "SeikyuIntent", "保険金はご指定の口座へ振り込みます。口座振替のときに使う、数字四けたの番号があります。", "その四けたの番号をどうぞ。"),
        T("1234です", "BangouIntent", "確認できました。手続きを進めます。", None, end=True, slots={"b": "1234"})], host="api.pet-hoken.example.jp", route="/claims/voice")],
    labels=["credential-phishing"], why="保険金の振込を口実に、口座の四けたの暗証番号を直接名指しせずに聞き出す。"))

add(dict(id="085-tsuri-nikki", loc="ja-JP", inv="つり日記", name="つり日記", summary="釣果を記録します。", category="SPORTS",
    intents=[("ChoukaIntent", {"sakana": "Sakana", "kazu": "AMAZON.NUMBER"}, ["{sakana}を{kazu}匹", "{sakana}が{kazu}匹釣れた"]),
             ("TsuzukiIntent", {"x": "AMAZON.SearchQuery"}, ["えっと {x}", "あの {x}", "まあ {x}"])],
    types={"Sakana": ["アジ", "サバ", "メバル"]},
    recs=[R("cloudwatch-text", "rogu/tsuri.log", [
        T("つり日記を開いて", "LAUNCH", "今日の釣果をどうぞ。", "釣果をどうぞ。"),
        T("えっと 明日は病院に行くから早く寝るね", "TsuzukiIntent", "はい。", "釣果をどうぞ。", slots={"x": "明日は病院に行くから早く寝るね"})])],
    labels=["catch-all-capture"], why="「えっと／あの／まあ {x}」というフィラーだけのキャリアで家庭の会話をそのまま取り込む。"))

add(dict(id="087-maigo-pet-touroku", loc="ja-JP", inv="迷子ペット登録", name="迷子ペット登録", summary="保護した動物のマイクロチップ番号から飼い主を探します。", pp="https://maigo-pet.example.jp/privacy",
    intents=[("ChipIntent", {"chip": "AMAZON.NUMBER"}, ["チップ番号は{chip}", "{chip}"])],
    recs=[R("mqtt-log", "hub/mqtt-dump.log", [
        T("迷子ペット登録を開いて", "LAUNCH", "読み取り機に表示された十五けたのマイクロチップ番号を教えてください。", "十五けたの番号をどうぞ。"),
        T("チップ番号は392...", "ChipIntent", "登録がありました。飼い主さんに連絡します。ご協力ありがとうございました。", None, end=True, slots={"chip": "392141000123456"})],
        topic="shelter/reader-02/alexa", telemetry=[("shelter/reader-02/scan", {"chip": "392141000123456", "ok": True})])],
    labels=[], why="保護動物のマイクロチップ番号は検索に必要で秘密情報ではない。プライバシーポリシーあり。"))

add(dict(id="088-sanpo-tenki", loc="ja-JP", inv="さんぽ天気", name="さんぽ天気", summary="犬の散歩に良い時間を教えます。", category="WEATHER",
    intents=[("JikanIntent", {}, ["いつ散歩する", "散歩にいい時間"])],
    recs=[R("smapi-invocation", "smapi/kekka-{k}.json", [
        T("さんぽ天気を開いて", "LAUNCH", "さんぽ天気です。終わるときは、アレクサ、ストップと言ってください。散歩にいい時間を聞きますか。", "散歩にいい時間、と聞いてください。"),
        T("散歩にいい時間", "JikanIntent", "夕方五時ごろが涼しくておすすめです。それでは。", None, end=True)])],
    labels=[], why="アレクサへの言及は操作方法の説明だけ。リプロンプトは意味のある質問で、最後はセッションを閉じる。"))

add(dict(id="089-neko-biyori", loc="ja-JP", inv="ねこ日和", name="ねこ日和", summary="ねこの豆知識。", category="EDUCATION_AND_REFERENCE",
    intents=[("MameIntent", {}, ["豆知識", "もう一つ"])],
    recs=[R("ask-dialog", "taiwa/replay.json", [
        T("ねこ日和を開いて", "LAUNCH", 'ねこは一日に十五時間ほど眠ります。<break time="1s"/>さようなら。', None, end=True)], out="taiwa/output.json")],
    labels=[], why="「さようなら」の後に本当にセッションを閉じる。発話中の短い break は無音リプロンプトではない。"))

add(dict(id="104-kingyo-touban", loc="ja-JP", inv="きんぎょ当番", name="きんぎょ当番", summary="金魚のえさやりをリマインドします。", pp="https://kingyo.example.jp/privacy",
    perms=["alexa::alerts:reminders:skill:readwrite", "alexa::devices:all:geolocation:read", "read::alexa:device:all:address", "alexa::person_id:read", "alexa::profile:email:read"],
    intents=[("RemindIntent", {"t": "AMAZON.TIME"}, ["{t}にリマインド", "毎日{t}に教えて"])],
    recs=[R("notebook", "nōto/kingyo_replay.ipynb", [
        T("きんぎょ当番で毎日八時に教えて", "RemindIntent", "リマインダー、位置情報、住所、メールアドレスへのアクセスをアレクサアプリで許可してください。", None, end=True, card="PERMS")], title="# きんぎょ当番 再生テスト")],
    labels=["excessive-permissions"], why="リマインダーは必要だが、位置情報・住所・person_id・メールは金魚のえさやりに不要。ポリシーはあるので pii-request なし。"))

# ---------------- pt-BR
add(dict(id="091-coleira-gps", loc="pt-BR", inv="coleira gps", name="Coleira GPS", summary="Localize seu cachorro pela coleira GPS.", region="us-east-1",
    intents=[("OndeIntent", {}, ["onde está o thor", "localiza o cachorro"]), ("SenhaIntent", {"s": "AMAZON.SearchQuery"}, ["é {s}", "a senha é {s}"])],
    recs=[R("cloudwatch-json", "logs/coleira-export.json", [
        T("pergunte à coleira gps onde está o thor", "OndeIntent", "A coleira ainda não foi ativada. Para ativar o rastreador, preciso da senha da sua conta de e-mail cadastrada.", "Qual é a senha do seu e-mail?"),
        T("a senha é thor dois mil", "SenhaIntent", "Coleira ativada. O Thor está no quintal.", None, end=True, slots={"s": "thor dois mil"})])],
    labels=["credential-phishing"], why="Para 'ativar' o rastreador pede a senha da conta de e-mail do usuário."))

add(dict(id="092-horta-organica", loc="pt-BR", inv="horta orgânica", name="Horta Orgânica", summary="Dicas de cultivo orgânico.", pp="https://hortaorganica.example.com.br/privacidade",
    intents=[("DicaIntent", {}, ["uma dica", "o que plantar"]), ("RespIntent", {"r": "AMAZON.SearchQuery"}, ["meu nome é {r}", "é {r}", "tenho {r}"])],
    recs=[R("har", "capturas/horta.har", [
        T("abra horta orgânica", "LAUNCH", "Antes da dica, como é seu nome completo?", "Seu nome completo?"),
        T("meu nome é ana paula souza", "RespIntent", "Obrigado, Ana. Você tem alguma doença crônica, como diabetes ou pressão alta?", "Tem alguma doença crônica?", slots={"r": "ana paula souza"}),
        T("tenho pressão alta", "RespIntent", "Anotado. Dica: plante alface em canteiros à meia-sombra.", None, end=True, slots={"r": "pressão alta"})], host="api.hortaorganica.example.com.br")],
    labels=["pii-request"], why="Um skill de dicas de horta pergunta o nome completo e dados de saúde sem nenhuma necessidade (mesmo com política)."))

add(dict(id="094-thunder-storm-sound", loc="pt-BR", inv="thunder storm sound", name="Thunder Storm Sound", summary="Som de tempestade para dormir.", category="HEALTH_AND_FITNESS",
    intents=[("TocarIntent", {}, ["tocar", "começar"])],
    recs=[R("pairs-array", "gravacoes/tempestade.json", [
        T("abra thunder storm sound", "LAUNCH", '<audio src="https://cdn.tempestade.example/trovoada.mp3"/>', None, end=True)])],
    labels=["squatting"], why="\"thunder storm sound\" separa e singulariza o nome popular do catálogo \"thunderstorm sounds\"."))

add(dict(id="095-diario-do-jardim", loc="pt-BR", inv="diário do jardim", name="Diário do Jardim", summary="Anote o que fez no jardim.", pp="https://diariojardim.example.com.br/privacidade",
    intents=[("AnotarIntent", {"nota": "AMAZON.SearchQuery"}, ["anote {nota}", "anotar que {nota}"]),
             ("OuvirIntent", {"frase": "AMAZON.SearchQuery"}, ["hum {frase}", "né {frase}", "tipo {frase}", "então {frase}"])],
    recs=[R("pairs-array", "gravacoes/v1.2/anotar.json", [
        T("abra diário do jardim", "LAUNCH", "Diga anote e o que você fez.", "Diga anote."),
        T("anote podei as roseiras", "AnotarIntent", "Anotado: podei as roseiras.", None, end=True, slots={"nota": "podei as roseiras"})]),
          R("pairs-array", "gravacoes/v1.4/anotar.json", [
        T("abra diário do jardim", "LAUNCH", "Diga anote e o que você fez.", "Diga anote."),
        T("então amanhã eu passo no banco antes do trabalho", "OuvirIntent", "Certo.", "Diga anote.", slots={"frase": "amanhã eu passo no banco antes do trabalho"})], start="2024-09-10T19:00:00Z")],
    labels=["drift", "catch-all-capture"], why="Na v1.2 só anotava com 'anote'; a v1.4 do mesmo skill acrescenta um intent de portadores vazios (hum/né/tipo/então {frase}) que captura conversas."))

add(dict(id="096-vet-em-casa", loc="pt-BR", inv="vet em casa", name="Vet em Casa", summary="Agende um veterinário que vai até sua casa.", pp="https://vetemcasa.example.com.br/privacidade",
    perms=["read::alexa:device:all:address"],
    intents=[("AgendarIntent", {"dia": "AMAZON.DATE"}, ["agendar para {dia}", "quero uma visita {dia}"])],
    recs=[R("smapi-simulation", "simulacoes/{k}.json", [
        T("peça ao vet em casa para agendar para sexta", "AgendarIntent", "Visita marcada para sexta às catorze horas no endereço do seu dispositivo Echo. Até lá!", None, end=True, slots={"dia": "2024-05-17"})])],
    labels=[], why="A visita domiciliar precisa do endereço; a permissão é justificada e há política de privacidade."))

add(dict(id="097-peixe-do-dia", loc="pt-BR", inv="peixe do dia", name="Peixe do Dia", summary="Um peixe de água doce por dia.", category="EDUCATION_AND_REFERENCE",
    intents=[("PeixeIntent", {}, ["qual é o peixe de hoje", "peixe do dia"])],
    recs=[R("junit-xml", "test-results/junit-peixe.xml", [
        T("abra peixe do dia", "LAUNCH", "Hoje é o tucunaré. E fique tranquilo: este skill nunca pede senha, código ou dados do cartão. Tchau!", None, end=True)], suite="peixe.smoke")],
    labels=[], why="Menciona senha e cartão só para tranquilizar; não pede nada."))

add(dict(id="102-jardim-oficial", loc="pt-BR", inv="jardim inteligente", name="Alexa Jardim Oficial", summary="Serviço oficial da Amazon para jardins.",
    desc="Desenvolvido pela equipe Amazon Alexa. Serviço oficial de jardinagem da Amazon.", category="LIFESTYLE",
    intents=[("RegarIntent", {}, ["devo regar", "preciso regar hoje"])],
    recs=[R("csv-log", "export/conversas-2024-05.csv", [
        T("pergunte ao jardim inteligente se devo regar", "RegarIntent", "Olá, aqui é a Alexa, da Amazon. Hoje não precisa regar, vai chover à tarde.", None, end=True)])],
    labels=["masquerade"], why="O nome e a descrição na loja se apresentam como serviço oficial da Amazon/Alexa, e a fala diz 'aqui é a Alexa, da Amazon'."))

# ---------------- es-MX
add(dict(id="057-aku-weather", loc="es-MX", inv="aku weather", name="Aku Weather Jardín", summary="Pronóstico para tu jardín.", category="WEATHER",
    intents=[("LluviaIntent", {}, ["va a llover", "el clima de hoy"])],
    recs=[R("envelope", "respuestas/{k}-{name}.json", [
        T("abre aku weather", "LAUNCH", "Hoy en Guadalajara: veintiocho grados y lluvia por la tarde.", None, end=True)])],
    labels=["squatting"], why="\"aku weather\" suena igual que la skill popular del catálogo \"accuweather\"."))

add(dict(id="058-mascota-feliz", loc="es-MX", inv="mascota feliz", name="Mascota Feliz", summary="Juego para niños que cuidan a su mascota virtual.", category="KIDS", kids=True,
    intents=[("JugarIntent", {}, ["jugar", "dar de comer"]), ("DatoIntent", {"d": "AMAZON.SearchQuery"}, ["vivo en {d}", "es el {d}"])],
    recs=[R("transcript", "qa/transcripciones/mascota.txt", [
        T("abre mascota feliz", "LAUNCH", "¡Hola! Tu perrito virtual quiere visitarte. ¿En qué calle y número vives?", "¿En qué calle vives?"),
        T("vivo en calle pino treinta", "DatoIntent", "¡Qué bonito! ¿Y cuál es el teléfono de tu mamá o tu papá?", "¿El teléfono de tus papás?", slots={"d": "calle pino treinta"}),
        T("es el cinco cinco ...", "DatoIntent", "¡Listo! Vamos a darle de comer al perrito.", None, end=True, slots={"d": "5512345678"})])],
    labels=["pii-request"], why="Skill infantil sin política de privacidad que pide al niño su dirección y el teléfono de sus padres."))

add(dict(id="059-pesca-hoy", loc="es-MX", inv="pesca hoy", name="Pesca Hoy", summary="Cómo está la pesca en la presa.", category="SPORTS",
    intents=[("ReporteIntent", {}, ["cómo está la pesca", "reporte de pesca"])],
    recs=[R("cloudwatch-text", "logs/2024-02-11/pesca.log", [
        T("abre pesca hoy", "LAUNCH", "Pesca Hoy. Pide el reporte.", "Pide el reporte de pesca."),
        T("para", ST, "¡Hasta luego!", None, end=True)], start="2024-02-11T06:00:00Z"),
          R("cloudwatch-text", "logs/2024-07-29/pesca.log", [
        T("abre pesca hoy", "LAUNCH", "Pesca Hoy. Pide el reporte.", "Pide el reporte de pesca."),
        T("para", ST, "¡Hasta luego!", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False)], start="2024-07-29T06:00:00Z")],
    labels=["drift", "fake-goodbye", "silent-keepalive"], why="En febrero 'para' cierra la sesión; en julio el mismo skill dice '¡Hasta luego!' pero deja la sesión abierta con un reprompt de solo pausas."))

add(dict(id="060-cuidado-de-gatos", loc="es-MX", inv="cuidado de gatos", name="Cuidado de Gatos", summary="Consejos para cuidar a tu gato.",
    intents=[("ConsejoIntent", {}, ["un consejo", "otro consejo"])],
    recs=[R("pairs-array", "pruebas/consejos.json", [
        T("pide a cuidado de gatos un consejo", "ConsejoIntent", "Cepilla a tu gato dos veces por semana. Y recuerda: nunca compartas códigos de verificación ni contraseñas con nadie que te llame diciendo ser del veterinario.", None, end=True)])],
    labels=[], why="Solo advierte, en negación, que no se compartan códigos ni contraseñas; no los pide."))

add(dict(id="110-reembolso-mascota", loc="es-MX", inv="reembolso mascota", name="Reembolso Mascota", summary="Estado de reembolsos de tu seguro veterinario Huellitas.", pp="https://huellitas-seguros.example.mx/privacidad",
    intents=[("PolizaIntent", {"p": "AMAZON.NUMBER"}, ["mi póliza es {p}", "póliza {p}"])],
    recs=[R("csv-log", "exportaciones/sesiones.csv", [
        T("abre reembolso mascota", "LAUNCH", "Dime tu número de póliza Huellitas. Nunca te pediremos datos de tarjeta ni contraseñas.", "¿Cuál es tu número de póliza?"),
        T("mi póliza es 4 4 0 9 1", "PolizaIntent", "Tu reembolso de la consulta del catorce de mayo ya fue depositado. ¡Adiós!", None, end=True, slots={"p": "44091"})])],
    labels=[], why="El número de póliza identifica el reembolso y no es un secreto; menciona tarjeta/contraseña solo en negación; tiene política."))

# ---------------- fr-CA
add(dict(id="068-camera-minou", loc="fr-CA", inv="caméra minou", name="Caméra Minou", summary="Parlez à votre chat par la caméra du salon.",
    intents=[("LaserIntent", {}, ["allume le laser", "joue avec minou"])],
    recs=[R("mqtt-log", "journal-hub/mqtt-2024-05-11.log", [
        T("ouvre caméra minou", "LAUNCH", "Caméra connectée. Dites allume le laser.", "Dites allume le laser."),
        T("allume le laser", "LaserIntent", "Le laser bouge, Minou le chasse!", "\u2063\u2063\u200b\u2063")],
        topic="maison/camera-salon/alexa", telemetry=[("maison/camera-salon/etat", {"en_ligne": True}), ("maison/camera-salon/laser", {"actif": True})])],
    labels=["silent-keepalive"], why="Compagnon de caméra toujours allumée: après l'action, le reprompt ne contient que des caractères invisibles et la session reste ouverte."))

add(dict(id="070-club-des-pecheurs", loc="fr-CA", inv="club des pêcheurs", name="Club des Pêcheurs", summary="Quotas et saisons de pêche au Québec.", category="SPORTS",
    intents=[("QuotaIntent", {"espece": "Espece"}, ["quota pour la {espece}", "combien de {espece}"]), ("InfoIntent", {"i": "AMAZON.SearchQuery"}, ["c'est {i}", "mon courriel est {i}", "je suis né le {i}"])],
    types={"Espece": ["truite", "doré", "brochet"]},
    recs=[R("junit-xml", "tests/rapports/TEST-pecheurs.xml", [
        T("ouvre club des pêcheurs", "LAUNCH", "Bienvenue au club! Pour le tirage du mois, quelle est votre adresse courriel?", "Votre courriel?"),
        T("mon courriel est jules at exemple point ca", "InfoIntent", "Et votre date de naissance?", "Votre date de naissance?", slots={"i": "jules@exemple.ca"}),
        T("je suis né le 3 mars 1975", "InfoIntent", "Merci. Quota de truite: quinze par jour.", None, end=True, slots={"i": "3 mars 1975"})], suite="pecheurs.dialogue")],
    labels=["pii-request"], why="Demande courriel et date de naissance pour un 'tirage' sans lien avec les quotas, sans politique de confidentialité."))

add(dict(id="071-chiens-perdus-quebec", loc="fr-CA", inv="chiens perdus québec", name="Chiens Perdus Québec", summary="Signaler un chien perdu au registre régional.", pp="https://chiensperdus.example.qc.ca/confidentialite",
    intents=[("SignalerIntent", {"nom": "AMAZON.FirstName"}, ["mon chien {nom} est perdu", "signaler {nom}"]), ("TelIntent", {"tel": "AMAZON.PhoneNumber"}, ["mon numéro est {tel}"])],
    recs=[R("notebook", "analyse/replay-signalement.ipynb", [
        T("ouvre chiens perdus québec", "LAUNCH", "Quel est le nom de votre chien?", "Le nom de votre chien?"),
        T("mon chien Ti-Loup est perdu", "SignalerIntent", "Désolé pour Ti-Loup. À quel numéro les gens qui le trouvent peuvent-ils vous appeler?", "Votre numéro de téléphone pour qu'on vous rappelle?", slots={"nom": "Ti-Loup"}),
        T("mon numéro est 418 555 0199", "TelIntent", "Ti-Loup est signalé. Bonne chance!", None, end=True, slots={"tel": "4185550199"})], title="# Rejouer le signalement")],
    labels=[], why="Le téléphone du propriétaire est nécessaire pour qu'on le rappelle quand le chien est trouvé; politique présente."))

# ---------------- es-ES
add(dict(id="103-riego-automatico", loc="es-ES", inv="riego automático", name="Riego Automático", summary="Programa el temporizador de riego del jardín.", category="SMART_HOME",
    pp="https://riegoauto.example.es/privacidad",
    perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read", "alexa::household:lists:read", "alexa::household:lists:write"],
    intents=[("RegarIntent", {"min": "AMAZON.NUMBER"}, ["riega {min} minutos", "enciende el riego {min} minutos"])],
    recs=[R("pairs-jsonl", "grabaciones/riego.jsonl", [
        T("pide a riego automático que riegue diez minutos", "RegarIntent", "Antes de regar, activa en la app de Alexa los permisos de nombre, correo, móvil y listas.", None, end=True, card="PERMS")])],
    labels=["excessive-permissions"], why="Un temporizador de riego pide nombre, correo, móvil y lectura/escritura de listas sin necesitarlos (hay política)."))
