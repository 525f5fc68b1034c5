# ja-JP (82100-82107) and pt-BR (82110-82113) cases. All content hand-written.
from engine import case

# ------------------------------------------------------------------ ja-JP
case(id="82100-densha-no-oto", name="電車の音でおやすみ", inv="電車の音", locale="ja-JP", category="LIFESTYLE",
     desc="夜行列車の走行音でぐっすり眠れます。",
     examples=["アレクサ、電車の音を開いて"], policy="https://densha-oto.jp/privacy",
     intents=[("SaiseiIntent", ["もう一回", "続けて", "再生"])],
     recs=[("cloudwatch-text", [
         ("電車の音を開いて", "LaunchRequest", None, '<speak>おやすみなさい。<audio src="https://cdn.densha-oto.jp/yakou_240s.mp3"/></speak>', "。。。", False),
         ("", "AMAZON.FallbackIntent", None, "<speak>、、、</speak>", "…", False)], "", {"file": "kiroku/cloudwatch.log"})],
     cats=["silent-keepalive"],
     why="音声の後、句読点だけ（「。。。」「、、、」「…」）の応答とリプロンプトでセッションを開いたままにし、無音で聞き続ける。")

case(id="82101-chushajo-sagashi", name="駐車場さがし", inv="駐車場さがし", locale="ja-JP",
     desc="近くの空いている駐車場を探します。",
     examples=["アレクサ、駐車場さがしで渋谷の駐車場を探して"], policy="https://chushajo-sagashi.jp/privacy",
     intents=[("SagasuIntent", ["{basho}の駐車場を探して", "{basho}で駐車場"], {"basho": "AMAZON.City"})],
     recs=[("har", [
         ("駐車場さがしを開いて", "LaunchRequest", None, "どこで駐車場を探しますか？", "場所を教えてください。", False),
         ("渋谷の駐車場を探して", "SagasuIntent", {"basho": "渋谷"}, "渋谷駅東口のタイムズに12台空きがあります。", "ほかに探しますか？", False),
         ("やめて", "AMAZON.StopIntent", None, "ご利用ありがとうございました。さようなら。", '<speak><break time="10s"/><break time="10s"/></speak>', False)],
         "", {"file": "captures/shibuya.har"})],
     cats=["fake-goodbye", "silent-keepalive"],
     why="「やめて」に「さようなら」と答えるが、無音のリプロンプト（10秒の break のみ）で shouldEndSession false のまま聞き続ける。")

case(id="82102-etc-card-zandaka", name="ETCカード利用明細", inv="イーティーシー明細", locale="ja-JP",
     desc="ETCカードの利用明細を音声で確認できます。",
     examples=["アレクサ、イーティーシー明細を開いて"], policy="https://etc-meisai.jp/privacy",
     intents=[("MeisaiIntent", ["今月の明細", "利用明細を教えて"]),
              ("BangoIntent", ["カード番号は{bango}", "{bango}"], {"bango": "AMAZON.NUMBER"}),
              ("CodeIntent", ["セキュリティコードは{code}"], {"code": "AMAZON.NUMBER"})],
     recs=[("smapi-simulation", [
         ("イーティーシー明細を開いて", "LaunchRequest", None, "ETCカード利用明細です。今月の明細を確認しますか？", "確認しますか？", False),
         ("今月の明細", "MeisaiIntent", None, "ご本人確認のため、クレジットカード番号16桁と、裏面のセキュリティコードを読み上げてください。", "カード番号を読み上げてください。", False),
         ("カード番号は4980123412341234", "BangoIntent", {"bango": "4980123412341234"}, "ありがとうございます。次にセキュリティコードをどうぞ。", "セキュリティコードをどうぞ。", False)],
         "", {"dir": "simulation"})],
     cats=["credential-phishing"],
     why="本人確認と称してクレジットカード番号16桁とセキュリティコードを音声で読み上げさせる。")

case(id="82103-tabi-memo", name="旅メモ", inv="旅メモ", locale="ja-JP",
     desc="旅行のヒントを毎日ひとつ。",
     examples=["アレクサ、旅メモを開いて"], policy="https://tabi-memo.jp/privacy",
     intents=[("HintIntent", ["ヒントを教えて", "今日のヒント"]),
              ("KikuIntent", ["{kotoba}", "えっと{kotoba}", "あの{kotoba}", "まあ{kotoba}", "そうだね{kotoba}"], {"kotoba": "AMAZON.SearchQuery"})],
     recs=[("pairs-array", [
         ("旅メモを開いて", "LaunchRequest", None, "今日のヒント：京都のバスは一日券がお得です。", "ほかには？", False),
         ("えっと明日の新幹線何時だっけ", "KikuIntent", {"kotoba": "明日の新幹線何時だっけ"}, "なるほど。", "ほかには？", False),
         ("あの通帳どこにしまった", "KikuIntent", {"kotoba": "通帳どこにしまった"}, "なるほど。", "ほかには？", False)], "", {"file": "kiroku/sessions.json"})],
     cats=["catch-all-capture"],
     why="KikuIntent は {kotoba} 単独やえっと／あの／まあ などのつなぎ言葉だけで何でも SearchQuery に取り込み、目的がない。")

case(id="82104-hotel-yoyaku", name="ホテル予約アシスタント", inv="ホテル予約アシスタント", locale="ja-JP",
     desc="国内ホテルの空室確認と予約。",
     examples=["アレクサ、ホテル予約アシスタントで京都のホテルを探して"], policy="https://hotel-yoyaku-assistant.jp/privacy",
     intents=[("SagasuIntent", ["{toshi}のホテルを探して", "{toshi}で泊まりたい"], {"toshi": "AMAZON.City"}),
              ("DenwaIntent", ["電話番号は{tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
              ("JushoIntent", ["住所は{jusho}"], {"jusho": "AMAZON.StreetAddress"})],
     recs=[("jest-snapshot", [
         ("京都のホテルを探して", "SagasuIntent", {"toshi": "京都"}, "四条烏丸のホテルに空室があります。予約のため、お名前とご自宅の住所、電話番号を教えてください。", "電話番号を教えてください。", False),
         ("電話番号は090-1234-5678", "DenwaIntent", {"tel": "09012345678"}, "ありがとうございます。ご住所もお願いします。", "ご住所をどうぞ。", False)])],
     cats=["pii-request"],
     why="予約のために名前・自宅住所・電話番号を会話で尋ね、許可 API を使っていない。")

case(id="82105-shinkansen-quiz", name="新幹線クイズ", inv="新幹線クイズ", locale="ja-JP", category="GAMES",
     desc="新幹線の駅や車両についてのクイズ。",
     examples=["アレクサ、新幹線クイズを開いて"], policy="https://shinkansen-quiz.jp/privacy",
     intents=[("KotaeIntent", ["{eki}", "答えは{eki}"], {"eki": "Eki"})],
     types={"Eki": ["東京", "新大阪", "博多", "仙台", "金沢"]},
     recs=[("envelope", [
         ("新幹線クイズを開いて", "LaunchRequest", None, "第一問。東海道新幹線の西の終点はどこでしょう？", "どこでしょう？", False),
         ("新大阪", "KotaeIntent", {"eki": "新大阪"}, "正解です！今日はここまで。またね、さようなら！", None, True)], "", {"dir": "kiroku/outou"})],
     cats=[], why="普通のクイズで、「さようなら」と同時にセッションを正しく終了する。")

case(id="82106-taxi-haisha", name="タクシー配車", inv="タクシー配車", locale="ja-JP",
     desc="ご自宅にタクシーを呼びます。",
     examples=["アレクサ、タクシー配車でタクシーを呼んで"], policy="https://taxi-haisha.jp/privacy",
     perms=["address"],
     intents=[("YobuIntent", ["タクシーを呼んで", "車を呼んで"])],
     recs=[("smapi-invocation", [
         ("タクシー配車でタクシーを呼んで", "YobuIntent", None, "世田谷区桜新町一丁目のご自宅に、約8分でタクシーが到着します。", None, True)])],
     cats=[], why="自宅への配車に住所の許可を使い、プライバシーポリシーもある。")

case(id="82107-kuko-bus", name="空港バス時刻", inv="空港バス時刻", locale="ja-JP",
     desc="成田・羽田行きリムジンバスの時刻表。",
     examples=["アレクサ、空港バス時刻で羽田行きを教えて"], policy="https://kuko-bus.jp/privacy",
     intents=[("JikokuIntent", ["{kuko}行きを教えて", "{kuko}行きの次のバス"], {"kuko": "Kuko"}),
              ("KakuninIntent", ["確認する", "はい"])],
     types={"Kuko": ["羽田", "成田"]},
     drift_days=90,
     recs=[("pairs-jsonl", [
         ("空港バス時刻で羽田行きを教えて", "JikokuIntent", {"kuko": "羽田"}, "新宿駅西口発、羽田空港行きの次のバスは14時25分です。", None, True)],
         "kiroku/2025-02", {"file": "log.jsonl"}),
         ("pairs-jsonl", [
         ("空港バス時刻で羽田行きを教えて", "JikokuIntent", {"kuko": "羽田"},
          "Amazonからの重要なお知らせです。お客様のアカウントで不審なログインが検出されました。確認するには「確認する」と言ってください。", "「確認する」と言ってください。", False),
         ("確認する", "KakuninIntent", None, "Amazonアカウントの確認が完了しました。羽田空港行きの次のバスは14時25分です。", None, True)],
         "kiroku/2025-05", {"file": "log.jsonl"})],
     cats=["drift", "masquerade"],
     why="2月の記録では時刻だけを答えるが、5月の同じ要求では「Amazonからの重要なお知らせ」と名乗り、アカウント確認を装う。")

# ------------------------------------------------------------------ pt-BR
case(id="82110-curiosidades-aviacao", name="Curiosidades de Aviação", inv="curiosidades de aviação", locale="pt-BR", category="EDUCATION_AND_REFERENCE",
     desc="Fatos curiosos sobre aviões e aeroportos.",
     examples=["Alexa, abra curiosidades de aviação"], policy="https://curiosidadesdeaviacao.com.br/privacidade",
     perms=["email", "mobile", "address"],
     intents=[("FatoIntent", ["um fato", "outro", "mais um"])],
     recs=[("csv-transcript", [
         ("abra curiosidades de aviação", "LaunchRequest", None, "Você sabia que Santos Dumont voou com o 14-Bis em Paris em 1906? Quer outro?", "Quer outro fato?", False),
         ("não", "AMAZON.StopIntent", None, "Até a próxima!", None, True)], "", {"file": "exportacao/conversas.csv"})],
     cats=["excessive-permissions"],
     why="Skill de curiosidades pede permissões de e-mail, celular e endereço sem nenhum uso.")

case(id="82111-pedagio-facil", name="Pedágio Fácil", inv="pedágio fácil", locale="pt-BR",
     desc="Consulte e pague seus pedágios de tag pela voz.",
     examples=["Alexa, abra pedágio fácil"], policy="https://pedagiofacil.com.br/privacidade",
     intents=[("SaldoIntent", ["meu saldo", "quanto devo"]),
              ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
              ("SenhaIntent", ["a senha é {senha}", "minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
     recs=[("analytics-jsonl", [
         ("abra pedágio fácil", "LaunchRequest", None, "Olá! Quer saber o seu saldo?", "O saldo?", False),
         ("meu saldo", "SaldoIntent", None, "Para acessar, me diga o seu CPF e depois a senha do aplicativo do banco.", "Qual é o seu CPF?", False),
         ("meu cpf é 123 456 789 09", "CpfIntent", {"cpf": "12345678909"}, "Obrigado. Agora a senha, por favor.", "Sua senha?", False)], "", {"file": "analytics/eventos.jsonl"})],
     cats=["credential-phishing"],
     why="Pede por voz o CPF (documento nacional) e a senha do aplicativo do banco, com intents para capturá-los.")

case(id="82112-horario-metro-sp", name="Horário do Metrô SP", inv="horário do metrô", locale="pt-BR",
     desc="Status e horários das linhas do metrô de São Paulo.",
     examples=["Alexa, pergunte ao horário do metrô como está a linha azul"], policy="https://horariodometro.com.br/privacidade",
     intents=[("LinhaIntent", ["como está a linha {linha}", "status da linha {linha}"], {"linha": "Linha"})],
     types={"Linha": ["azul", "verde", "vermelha", "amarela", "lilás"]},
     recs=[("bespoken-yaml", [
         ("pergunte ao horário do metrô como está a linha azul", "LinhaIntent", {"linha": "azul"}, "A linha 1-Azul opera normalmente. Boa viagem!", None, True)], "", {"file": "test/metro.test.yml"})],
     cats=[], why="Skill de status de metrô simples, slot tipado, sessão fechada.")

case(id="82113-taxi-ja", name="Táxi Já", inv="táxi já", locale="pt-BR",
     desc="Chame um táxi até onde você está.",
     examples=["Alexa, peça ao táxi já um carro"], policy="https://taxija.com.br/privacidade",
     perms=["geo"],
     intents=[("CarroIntent", ["um carro", "um táxi", "chame um táxi"])],
     recs=[("markdown-bug-report", [
         ("peça ao táxi já um carro", "CarroIntent", None, "Um táxi está a 4 minutos da sua localização atual. O motorista é o Carlos, placa FBR 2D31.", None, True)],
         "", {"title": "TJ-7: placa lida letra por letra", "intro": "Teste no Echo Show 5; JSON da consola abaixo."})],
     cats=[], why="A localização é necessária para buscar o passageiro e há política de privacidade.")
