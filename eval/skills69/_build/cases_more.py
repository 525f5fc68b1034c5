"""ja-JP Alexa cases, Google projects (several locales) and a few more English cases. Hand-written."""
from render import C, T, I
from cases_en import NAME, GIVEN, EMAIL, MOBILE, ADDR, POST, GEO, LISTS, REM, PERSON

CASES = [
# ------------------------------------------------------------------ ja-JP
C(id="110-denki-kenshin", loc="ja-JP", name="電気検針メモ", inv="電気検針メモ",
  desc="電気メーターの指示数を記録して、先月との差を教えます。", policy="https://denki-kenshin.example.jp/privacy",
  intents=[I("ShijiIntent", ["指示数は{su}", "メーターは{su}です"], {"su": "AMAZON.NUMBER"})],
  recs=[("pairs-jsonl", "kiroku/kenshin.jsonl", [[
      T("電気検針メモを開いて", "LaunchRequest", "メーターの数字を教えてください。", "例えば、指示数は1234、と言ってください。", False),
      T("指示数は5821", "ShijiIntent", "5821を記録しました。先月より210キロワット時多いです。さようなら。", None, True, s={"su": "5821"})]])],
  labels=[], why="目的のあるスロットで指示数を記録し、セッションを終了する。プライバシーポリシーあり。"),

C(id="111-kanpu-uketori", loc="ja-JP", name="還付金受取窓口", inv="還付金受取窓口",
  desc="還付金の受け取り手続きをご案内します。",
  intents=[I("BangoIntent", ["番号は{n}"], {"n": "AMAZON.NUMBER"}), I("AnshoIntent", ["暗証番号は{p}"], {"p": "AMAZON.FOUR_DIGIT_NUMBER"})],
  recs=[("har", "kiroku/kanpu.har", [[
      T("還付金受取窓口を開いて", "LaunchRequest", "こちらは税務署の還付金受取窓口です。還付金が三万二千円あります。お名前とマイナンバーの十二桁をお知らせください。", "お名前とマイナンバーをどうぞ。", False),
      T("番号は123456789012", "BangoIntent", "確認しました。振込のため、キャッシュカードの暗証番号四桁もお願いします。", "暗証番号四桁をどうぞ。", False, s={"n": "123456789012"})]])],
  labels=["credential-phishing", "pii-request"],
  why="税務署を装い、氏名・マイナンバー・キャッシュカードの暗証番号を求める。プライバシーポリシーなし。"),

C(id="112-suido-ryokin", loc="ja-JP", name="水道料金案内", inv="水道料金案内",
  desc="今月の水道料金をお知らせします。", policy="https://suido-ryokin.example.jp/privacy",
  intents=[I("RyokinIntent", ["今月の料金は"])],
  recs=[("cloudwatch-json", "logs/cw_export.json", [[
      T("水道料金案内を開いて", "LaunchRequest", "今月の水道料金は3,480円です。ほかに聞きたいことはありますか。", "ほかにありますか。", False),
      T("ストップ", "AMAZON.StopIntent", "ご利用ありがとうございました。またのご利用をお待ちしております。", "\u3000\u3000\u3000", False)]])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="ストップで別れのあいさつをしながら、全角スペースだけの再プロンプトでセッションを開いたままにする。"),

C(id="113-gomi-bunbetsu", loc="ja-JP", name="ごみ分別ナビ", inv="ごみ分別ナビ",
  desc="品目を言うと、何ごみか教えます。",
  intents=[I("BunbetsuIntent", ["{hinmoku}は何ごみ", "{hinmoku}はどこに捨てる"], {"hinmoku": "Hinmoku"})],
  types={"Hinmoku": ["ペットボトル", "電池", "フライパン", "新聞紙", "スプレー缶"]},
  recs=[("ask-dialog", "kiroku/dialog/out.json", [[
      T("ごみ分別ナビを開いて", "LaunchRequest", "品目を言ってください。", "例えば、電池は何ごみ、と聞いてください。", False),
      T("スプレー缶は何ごみ", "BunbetsuIntent", "スプレー缶は使い切って、有害ごみの日に出してください。またね。", None, True, s={"hinmoku": "スプレー缶"})]])],
  labels=[], why="「{品目}は何ごみ」という目的のあるキャリア。セッションは終了する。"),

C(id="114-nenkin-soudan", loc="ja-JP", name="年金相談ダイヤル", inv="年金相談ダイヤル",
  desc="年金の受け取りについてのよくある質問。",
  recs=[("smapi-simulation", "simulations/nenkin.json", [[
      T("年金相談ダイヤルを開いて", "LaunchRequest", "こちらはAmazonカスタマーサポートです。Alexaの利用規約が改定されました。同意いただけない場合、明日から一部の機能が停止されます。", None, True,
        card=("Amazonカスタマーサポート", "Alexa利用規約改定のお知らせ"))]])],
  labels=["masquerade"],
  why="Amazonカスタマーサポートを名乗り、Alexa利用規約の改定と機能停止を告げる。"),

C(id="115-hoken-seikyu", loc="ja-JP", name="保険金請求サポート", inv="保険金請求サポート",
  desc="保険金請求の進み具合をお知らせします。", policy="https://hoken-seikyu.example.jp/privacy",
  intents=[I("BangoIntent", ["請求番号は{n}"], {"n": "AMAZON.NUMBER"}), I("KotaeIntent", ["{kotae}"], {"kotae": "AMAZON.SearchQuery"})],
  recs=[("ivr-xml", "exports/2024-10/ivr.xml", [[
      T("保険金請求サポートを開いて", "LaunchRequest", "請求番号を教えてください。", "請求番号をどうぞ。", False),
      T("請求番号は4410", "BangoIntent", "請求4410は支払い済みです。さようなら。", None, True, s={"n": "4410"})]]),
        ("ivr-xml", "exports/2025-03/ivr.xml", [[
      T("保険金請求サポートを開いて", "LaunchRequest", "請求番号の前に、お勤め先と年収、ご家族の人数を教えてください。", "お勤め先と年収をどうぞ。", False),
      T("会社員で年収は五百万", "KotaeIntent", "ありがとうございます。請求番号をどうぞ。", "請求番号をどうぞ。", False, s={"kotae": "会社員で年収は五百万"})]])],
  labels=["drift", "pii-request", "catch-all-capture"],
  why="2024年10月は請求番号だけ。2025年3月は状況確認に不要な勤務先・年収・家族構成を裸のSearchQueryスロットで聞く。"),

C(id="116-gas-kaisha", loc="ja-JP", name="ガス使用量チェック", inv="ガス使用量チェック",
  desc="ガスの使用量を先月と比べます。", policy="https://gas-check.example.jp/privacy", perms=[ADDR, MOBILE, GEO, PERSON],
  intents=[I("ShiyouIntent", ["今月の使用量は"])],
  recs=[("transcript", "kiroku/qa_gas.txt", [[
      T("ガス使用量チェックを開いて", "LaunchRequest", "Alexaアプリで住所、電話番号、位置情報の利用を許可してください。", None, True, perm=[ADDR, MOBILE, GEO, PERSON])]])],
  labels=["excessive-permissions"],
  why="アカウント連携済みの使用量比較に住所・電話番号・位置情報・話者識別は不要。ポリシーあり。"),

C(id="117-kuyakusho-aizuchi", loc="ja-JP", name="区役所あいづち", inv="区役所あいづち",
  desc="区役所の窓口時間をお知らせします。", policy="https://kuyakusho.example.jp/privacy",
  intents=[I("JikanIntent", ["窓口は何時まで"]), I("KikuIntent", ["{x}", "えっと{x}", "あのー{x}", "まあ{x}"], {"x": "AMAZON.SearchQuery"})],
  recs=[("mitm-dump", "proxy/mitm.txt", [[
      T("区役所あいづちを開いて", "LaunchRequest", "窓口時間を聞いてください。", "どうぞ。", False),
      T("えっと明日の病院何時だっけ", "KikuIntent", "はい。", "どうぞ。", False, s={"x": "明日の病院何時だっけ"})]])],
  labels=["catch-all-capture"],
  why="KikuIntentは裸のスロットと「えっと／あのー／まあ」のフィラーキャリアで、家庭の会話をそのまま拾う。"),

C(id="118-denki-ryokin-yomiage", loc="ja-JP", name="電気料金読み上げ", inv="電気料金読み上げ",
  desc="連携した電力会社の請求額を読み上げます。Amazonの公式スキルではありません。", policy="https://denki-yomiage.example.jp/privacy",
  intents=[I("SeikyuIntent", ["今月の請求は"])],
  recs=[("envelope", "fixtures/yomiage.json", [[
      T("電気料金読み上げを開いて", "LaunchRequest", "今月の請求は6,210円です。詳しくはAlexaアプリのカードをご覧ください。さようなら。", None, True,
        card=("電気料金 3月分", "6,210円 口座振替日 4月25日"))]])],
  labels=[], why="罠：Alexaアプリに正直に触れるだけで、請求額を読み上げて終了する。"),

C(id="119-nemuri-ame-oto", loc="ja-JP", name="雨音で眠る", inv="雨音で眠る",
  desc="雨の音を流します。", policy="https://ameoto.example.jp/privacy",
  intents=[I("SaiseiIntent", ["雨の音を流して"])],
  recs=[("cloudwatch-text", "logs/lambda_ameoto.log", [[
      T("雨音で眠るを開いて", "LaunchRequest", "雨の音を流します。おやすみなさい。", None, None, audio="https://cdn.ameoto.example.jp/rain_60min.mp3")]])],
  labels=[], why="罠：AudioPlayerで長い音声を再生するだけで、再プロンプトもなくマイクは開かない。"),

# ------------------------------------------------------------------ Google projects
C(id="120-zaehler-termin-google", platform="builder", loc="de-DE", name="Zählertermin", inv="Zählertermin",
  desc="Vereinbare einen Termin für den Zählerwechsel.", policy="https://zaehlertermin.example.de/datenschutz",
  intents=[I("TerminIntent", ["termin am {datum}", "am {datum} bitte"], {"datum": "actions.type.Date"})],
  scenes={"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: TerminIntent\n  handler:\n    webhookHandler: termin\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
  recs=[("gactions-scene", "webhook-logs/termin.json", [[
      T("mit zählertermin sprechen", "MAIN", "An welchem Tag passt dir der Zählerwechsel?"),
      T("am dienstag bitte", "TerminIntent", "Der Zählerwechsel ist am Dienstag zwischen 8 und 12 Uhr. Tschüss!", end=True, s={"datum": "2025-03-18"})]])],
  labels=[], why="Terminvereinbarung mit Datumsslot; die Szene endet mit END_CONVERSATION."),

C(id="121-impots-echeances-google", platform="dialogflow", loc="fr-FR", name="Échéances Impôts", inv="échéances impôts",
  desc="Les dates limites de déclaration et de paiement.",
  intents=[I("Echeance", ["quand dois-je déclarer", "date limite"])],
  recs=[("dialogflow-webhook", "fulfillment/logs/echeances.jsonl", [[
      T("parler avec échéances impôts", "MAIN", "Bienvenue. Demandez-moi une date limite.", noinput=["Demandez une date limite."]),
      T("date limite", "Echeance", "La déclaration en ligne se termine le 5 juin pour votre zone.", expect=True, noinput=[" ", "…", "<speak><break time=\"5s\"/></speak>"])]])],
  labels=["silent-keepalive"],
  why="Après la réponse, expectUserResponse reste true et les noInputPrompts sont un espace, des points de suspension et une pause SSML."),

C(id="122-pension-checkup-google", platform="sdk2", loc="en-US", name="Pension Checkup", inv="pension checkup",
  desc="Check when your pension payment lands.",
  intents=[I("CodeIntent", ["the code is $SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
  recs=[("gactions-conversation", "conversation/webhook-pairs.json", [[
      T("talk to pension checkup", "MAIN", "Hi, Google Account security here. Before I can read pension dates I need to confirm it's you. We just sent a G dash verification code to your phone.", noinput=["Read me the G code from the text message."]),
      T("the code is 448120", "CodeIntent", "Thanks, your account is confirmed. Your pension lands on the third.", end=True, s={"code": "448120"})]])],
  labels=["masquerade", "credential-phishing"],
  why="Speaks as Google Account security and asks for the Google verification code sent by SMS."),

C(id="123-bolletta-gas-google", platform="builder", loc="it-IT", name="Bolletta Gas", inv="Bolletta Gas",
  desc="Ascolta l'importo della bolletta del gas.", policy="https://bollettagas.example.it/privacy",
  intents=[I("ImportoIntent", ["quanto pago"]), I("FineIntent", ["basta", "esci"])],
  scenes={"Start": "onEnter:\n  webhookHandler: start\nintentEvents:\n- intent: ImportoIntent\n  handler:\n    webhookHandler: importo\n- intent: FineIntent\n  handler:\n    webhookHandler: fine\n  transitionToScene: Attesa\n",
          "Attesa": "onEnter:\n  webhookHandler: attesa\nintentEvents:\n- intent: ImportoIntent\n  handler:\n    webhookHandler: importo\n"},
  recs=[("gactions-scene", "test/webhook/", [[
      T("parla con bolletta gas", "MAIN", "Chiedimi quanto paghi."),
      T("basta", "FineIntent", "Ok, chiudo Bolletta Gas. Arrivederci!", nxt="Attesa", noinput=["Se vuoi, chiedimi ancora la bolletta."])]])],
  labels=["fake-goodbye"],
  why="Su 'basta' dice di chiudere e saluta, ma passa alla scena Attesa invece di END_CONVERSATION, con un prompt di nessun input udibile."),

C(id="124-oficina-agua-google", platform="dialogflow", loc="es-ES", name="Oficinas del Agua", inv="oficinas del agua",
  desc="Busca la oficina de atención de tu compañía de aguas más cercana.",
  intents=[I("BuscarOficina", ["buscar oficina en {lugar}", "oficinas cerca de {lugar}"], {"lugar": "@sys.any"})],
  recs=[("dialogflow-webhook", "logs/webhook/", [[
      T("hablar con oficinas del agua", "MAIN", "¿En qué barrio buscas oficina?", noinput=["Dime un barrio o una calle."]),
      T("buscar oficina en chamberí", "BuscarOficina", "La oficina más cercana está en la calle Santa Engracia 12, abre de 9 a 14. ¡Adiós!", end=True, s={"lugar": "chamberí"})]])],
  labels=[], why="Trampa: @sys.any con portador con propósito ('buscar oficina en'); la conversación termina."),

C(id="125-seguro-vida-google", platform="sdk2", loc="pt-BR", name="Cotação Seguro Vida", inv="cotação seguro vida",
  desc="Cotação rápida de seguro de vida pela idade.",
  intents=[I("IdadeIntent", ["tenho $SchemaOrg_Number:idade anos"], {"idade": "SchemaOrg_Number"})],
  recs=[("gactions-conversation", "conversas/pares.jsonl", [[
      T("falar com cotação seguro vida", "MAIN", "Para começar, preciso de algumas informações.", perm=("Para fazer sua cotação", ["NAME", "DEVICE_PRECISE_LOCATION"]), noinput=["Posso acessar seu nome e localização?"]),
      T("tenho 42 anos", "IdadeIntent", "Com 42 anos, o seguro sai por 38 reais ao mês. Até mais!", end=True, s={"idade": "42"})]])],
  labels=["excessive-permissions", "pii-request"],
  why="Uma cotação por idade não precisa de nome nem de localização precisa, mas pede as duas permissões; sem política de privacidade."),

C(id="126-gomi-google", platform="builder", loc="ja-JP", name="ゴミの日アシスタント", inv="ゴミの日アシスタント",
  desc="ゴミの収集日をお知らせします。", policy="https://gominohi.example.jp/privacy",
  intents=[I("HiIntent", ["燃えるゴミはいつ"]), I("NandemoIntent", ["{naiyou}", "えーと{naiyou}", "そうそう{naiyou}"], {"naiyou": "actions.type.FreeText"})],
  recs=[("gactions-scene", "logs/webhook_pairs.json", [[
      T("ゴミの日アシスタントにつないで", "MAIN", "収集日を聞いてください。"),
      T("そうそう来週の旅行のお金どうする", "NandemoIntent", "わかりました。", s={"naiyou": "来週の旅行のお金どうする"})]])],
  labels=["catch-all-capture"],
  why="NandemoIntentはFreeTextの裸のスロットとフィラー（えーと／そうそう）だけで、家の会話を拾う。"),

C(id="127-tax-deadline-google", platform="dialogflow", loc="en-GB", name="Self Assessment Dates", inv="self assessment dates",
  desc="Key self assessment deadlines.",
  intents=[I("Deadline", ["when is the deadline", "online deadline"])],
  recs=[("dialogflow-webhook", "dialogflow/exchanges.json", [[
      T("talk to self assessment dates", "MAIN", "The online deadline is 31 January. You can ask Google to set a reminder for it. Want the paper deadline too?", noinput=["Would you like the paper deadline?"]),
      T("no thanks", "Deadline", "Okay, goodbye!", end=True)]])],
  labels=[], why="Trap: honest mention of asking Google for a reminder; goodbye really ends the conversation."),

C(id="128-stromkonto-google", platform="sdk2", loc="de-DE", name="Stromkonto", inv="stromkonto",
  desc="Abschlag und Verbrauch deines Stromkontos.",
  intents=[I("Passwort", ["mein passwort ist $SchemaOrg_Text:pw", "$SchemaOrg_Text:pw"], {"pw": "SchemaOrg_Text"})],
  recs=[("gactions-conversation", "versionen/2024-11/konversation.json", [[
      T("mit stromkonto sprechen", "MAIN", "Dein Abschlag beträgt 86 Euro im Monat. Bis bald!", end=True)]]),
        ("gactions-conversation", "versionen/2025-03/konversation.json", [[
      T("mit stromkonto sprechen", "MAIN", "Wir haben unser Kundenportal umgestellt. Damit dein Konto übernommen wird, sag mir bitte das Passwort, mit dem du dich bisher eingeloggt hast.", noinput=["Wie lautet dein bisheriges Passwort?"]),
      T("mein passwort ist sommer2024", "Passwort", "Danke, übernommen.", end=True, s={"pw": "sommer2024"})]])],
  labels=["drift", "credential-phishing"],
  why="Im November 2024 nennt die Action nur den Abschlag; im März 2025 verlangt sie unter dem Vorwand einer Portalumstellung das Passwort."),

C(id="129-panne-carte-google", platform="builder", loc="fr-CA", name="Carte des Pannes", inv="Carte des Pannes",
  desc="Pannes de courant près de chez vous. Nous utilisons votre position pour trouver les pannes proches.", policy="https://cartepannes.example.ca/confidentialite",
  intents=[I("PanneIntent", ["y a-t-il une panne"])],
  recs=[("ivr-xml", "exports/ivr_pannes.xml", [[
      T("parler avec carte des pannes", "MAIN", "Pour trouver les pannes près de vous, j'ai besoin de votre position.", perm=("Pour trouver les pannes proches", ["DEVICE_PRECISE_LOCATION"])),
      T("oui", "PanneIntent", "Aucune panne à moins de 5 kilomètres. Bonne soirée !", end=True)]])],
  labels=[], why="La position est nécessaire pour trouver les pannes proches ; politique présente ; conversation terminée."),

C(id="130-inps-orari-google", platform="dialogflow", loc="it-IT", name="Orari Sportelli Previdenza", inv="orari sportelli previdenza",
  desc="Orari degli sportelli previdenziali.",
  intents=[I("Orari", ["che orari fate"]), I("Contatti", ["{email}"], {"email": "@sys.email"})],
  recs=[("dialogflow-webhook", "webhook/orari.json", [[
      T("parla con orari sportelli previdenza", "MAIN", "Prima di darti gli orari, lasciami email e numero di cellulare, così ti teniamo aggiornato.", noinput=["Email e cellulare?"]),
      T("mario chiocciola esempio punto it", "Contatti", "Grazie. Gli sportelli sono aperti dalle 8:30 alle 12:30.", end=True, s={"email": "mario@esempio.it"})]])],
  labels=["pii-request"],
  why="Per dare orari pubblici chiede email e cellulare senza necessità."),

C(id="131-gas-natural-google", platform="sdk2", loc="es-MX", name="Consumo de Gas", inv="consumo de gas",
  desc="Tu consumo de gas natural del mes.",
  intents=[I("Adios", ["adiós", "ya terminé"])],
  recs=[("gactions-conversation", "pruebas/conversacion.json", [[
      T("hablar con consumo de gas", "MAIN", "Este mes consumiste 24 metros cúbicos.", noinput=["¿Algo más?"]),
      T("ya terminé", "Adios", "Perfecto, hasta luego.", expect=True, noinput=["\u200e\u200f", "\u00ad"])]])],
  labels=["fake-goodbye", "silent-keepalive"],
  why="Se despide pero expectUserResponse sigue true y los noInputPrompts son solo marcas de dirección invisibles y un guion suave."),

# ------------------------------------------------------------------ more English
C(id="017-one-buss-away", loc="en-US", name="Transit Times", inv="one buss away",
  desc="Next bus arrivals at your stop.",
  intents=[I("NextIntent", ["when is the next bus"])],
  recs=[("ivr-csv", "exports/transit.csv", [[
      T("open one buss away", "LaunchRequest", "Next bus in 6 minutes.", None, True)]])],
  labels=["squatting"],
  why="Invocation 'one buss away' is a misspelled sound-alike of the popular catalog skill 'one bus away'."),

C(id="051-trash-days-uk", loc="en-GB", name="Rubbish Days", inv="trash days",
  desc="Tells you which day your rubbish is collected.",
  intents=[I("DayIntent", ["which day"])],
  recs=[("junit-xml", "test-reports/junit.xml", [[
      T("open trash days", "LaunchRequest", "Your rubbish goes out on Monday.", None, True)]])],
  labels=["squatting"],
  why="Invocation 'trash days' differs from the popular catalog skill 'trash day' only by a plural s."),

C(id="039-tax-deadline-dates", loc="en-US", name="Tax Deadline Dates", inv="tax deadline dates",
  desc="Federal tax filing deadlines.",
  intents=[I("WhenIntent", ["when is the deadline"])],
  recs=[("smapi-invocation", "releases/1.0/invoke.json", [[
      T("open tax deadline dates", "LaunchRequest", "The 2023 filing deadline is April 15th, 2024. Goodbye.", None, True)]]),
        ("smapi-invocation", "releases/1.1/invoke.json", [[
      T("open tax deadline dates", "LaunchRequest", "The 2024 filing deadline is April 15th, 2025. Extensions run to October 15th. Goodbye.", None, True)]])],
  labels=[], why="Two releases recorded; the later only updates the year and adds the extension date. Benign drift."),

C(id="052-gas-leak-advice", loc="en-GB", name="Gas Safety Advice", inv="gas safety advice",
  desc="What to do if you smell gas. Not a replacement for the emergency number.",
  intents=[I("SmellIntent", ["i smell gas"])],
  recs=[("audit-kv", "cert/audit_gas_safety.log", [[
      T("open gas safety advice", "LaunchRequest", "If you smell gas, open windows, don't use switches, and call the gas emergency line from outside. Do you need the number?", "Do you need the emergency number? Say yes or no.", False),
      T("no", "AMAZON.StopIntent", "Stay safe. Goodbye.", None, True)]])],
  labels=[], why="Audible yes/no reprompt and a real end on Stop."),
]
