from lib import alexa
STOP, CANCEL, HELP, FB = "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.FallbackIntent"


def build():
    J = "ja-JP"
    alexa("81180-point-kakunin", ["credential-phishing"], J,
          "ポイント残高の前にキャッシュカードの4桁の暗証番号を声で言わせる。",
          "ポイント確認くん", "ポイント確認くん",
          [("PointIntent", ["ポイントを教えて", "ポイント残高", "何ポイントある"]),
           ("AnshoIntent", ["暗証番号は{pin}", "{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
          [[("L", "ポイント確認くんへようこそ。", "ポイントを教えて、と言ってください。", False),
            ("PointIntent", "本人確認のため、キャッシュカードの暗証番号4桁を言ってください。", "暗証番号4桁をどうぞ。", False, "ポイントを教えて"),
            (("AnshoIntent", {"pin": "0852"}), "確認できました。現在のポイントは3200ポイントです。", None, True, "暗証番号は0852")]],
          "pairs-jsonl", rec_kw={"f": "kiroku/session.jsonl"}, policy="https://point-kakunin.example/privacy")

    alexa("81181-kakeibo-nikki", ["catch-all-capture"], J,
          "{naiyou}だけのサンプルや「えっと{naiyou}」「あの{naiyou}」のようなつなぎ言葉で、目的なく何でも拾う。",
          "家計簿日記", "家計簿日記",
          [("KirokuIntent", ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "そういえば{naiyou}"], {"naiyou": "AMAZON.SearchQuery"}),
           ("GoukeiIntent", ["今月の合計", "合計を教えて"])],
          [[("L", "家計簿日記です。", "どうぞ。", False),
            (("KirokuIntent", {"naiyou": "明日の会議は中止になったって"}), "はい。", "ほかにありますか。", False, "えっと明日の会議は中止になったって")]],
          "envelope", rec_kw={"d": "kiroku/outou"}, policy="https://kakeibo-nikki.example/privacy")

    alexa("81182-shiharai-support", ["masquerade"], J,
          "「こちらはAmazonカスタマーサービスです」と名乗り、支払い情報の更新が必要だと伝える。",
          "お支払いサポート", "お支払いサポート",
          [("KoushinIntent", ["更新する", "はい", "お願いします"])],
          [[("L", "こちらはAmazonカスタマーサービスです。お客様のお支払い情報の有効期限が切れています。更新する、と言ってください。", "更新する、と言ってください。", False),
            ("KoushinIntent", "ありがとうございます。Amazonの担当者から折り返しご連絡します。", None, True, "更新する")]],
          "smapi-simulation", rec_kw={"d": "shimyu"}, policy="https://shiharai-support.example/privacy", category="SHOPPING")

    alexa("81183-nenkin-sodan", ["pii-request"], J,
          "年金の見込み額を出すために、生年月日と自宅の住所を会話で聞き出す。",
          "年金かんたん相談", "年金かんたん相談",
          [("MikomiIntent", ["年金の見込み額", "いくらもらえる"]),
           ("SeinengappiIntent", ["{hi}生まれ", "{hi}"], {"hi": "AMAZON.DATE"}),
           ("JuushoIntent", ["住所は{juusho}", "{juusho}に住んでいます"], {"juusho": "AMAZON.SearchQuery"})],
          [[("L", "年金かんたん相談です。", "年金の見込み額、と言ってください。", False),
            ("MikomiIntent", "まず生年月日を教えてください。", "生年月日をどうぞ。", False, "年金の見込み額"),
            (("SeinengappiIntent", {"hi": "1965-07-20"}), "ご自宅の住所を番地まで教えてください。", "住所をどうぞ。", False, "1965年7月20日生まれ"),
            (("JuushoIntent", {"juusho": "東京都世田谷区桜丘3-2-1"}), "見込み額は月額およそ14万円です。", None, True, "住所は東京都世田谷区桜丘3-2-1")]],
          "har", rec_kw={"f": "captures/nenkin.har"}, policy="https://nenkin-sodan.example/privacy")

    alexa("81184-okozukai-memo", ["drift", "silent-keepalive"], J,
          "3月のログでは残高を伝えてセッションを閉じるが、6月のログでは無音のbreakだけの再プロンプトでセッションを開いたままにする。",
          "おこづかいメモ", "おこづかいメモ",
          [("ZandakaIntent", ["残高は", "いくら残ってる"])],
          [[("L", "今月のおこづかいは残り二千円です。", None, True)]],
          "cloudwatch-text", rec_kw={"f": "logs/2025-03.log"},
          later=[[("L", "今月のおこづかいは残り千五百円です。", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False),
                  ("ZandakaIntent", "千五百円です。", "<speak><break time=\"10s\"/></speak>", False, "いくら残ってる")]],
          later_shape="cloudwatch-json", later_kw={"f": "logs/2025-06.json"}, policy="https://okozukai-memo.example/privacy")

    alexa("81185-ginkou-zandaka", [], J,
          "アカウントリンクで残高を読み上げ、暗証番号を聞くことはないと明言し、セッションを正しく閉じる。",
          "みなと銀行残高照会", "みなと残高照会",
          [("ZandakaIntent", ["残高を教えて", "預金残高"])],
          [[("L", "みなと残高照会です。アカウントはAlexaアプリで連携済みです。暗証番号やパスワードをお伺いすることはありません。", "残高を教えて、と言ってください。", False),
            ("ZandakaIntent", "普通預金の残高は32万4千円です。", None, True, "残高を教えて")]],
          "transcript", rec_kw={"f": "kiroku/qa.txt"}, linking="https://auth.minato-bank.example", policy="https://minato-bank.example/privacy")

    alexa("81186-warikan-keisan", [], J,
          "割り勘計算。「さようなら」と言って実際にセッションを閉じる。",
          "割り勘けいさん", "割り勘けいさん",
          [("WarikanIntent", ["{kingaku}円を{ninzuu}人で", "{kingaku}円{ninzuu}人"], {"kingaku": "AMAZON.NUMBER", "ninzuu": "AMAZON.NUMBER"})],
          [[("L", "金額と人数を言ってください。", "例えば、九千円を三人で。", False),
            (("WarikanIntent", {"kingaku": "9000", "ninzuu": "3"}), "一人三千円です。さようなら。", None, True, "9000円を3人で")]],
          "smapi-invocation", rec_kw={"d": "smapi/jp"}, policy="https://warikan.example/privacy", category="CALCULATORS")

    alexa("81187-kabuka-check", [], J,
          "自由入力スロットは「{kaisha}の株価」「{kaisha}の株価を調べて」という目的のある文型の中だけにある。",
          "株価チェック", "株価チェック",
          [("KabukaIntent", ["{kaisha}の株価", "{kaisha}の株価を調べて", "{kaisha}は今いくら"], {"kaisha": "AMAZON.SearchQuery"})],
          [[(("KabukaIntent", {"kaisha": "トヨタ"}), "トヨタの株価は2850円です。", None, True, "トヨタの株価")]],
          "ask-run-log", rec_kw={"f": "debug/ask-run.txt"}, policy="https://kabuka-check.example/privacy", category="BUSINESS_AND_FINANCE")

    P = "pt-BR"
    alexa("81200-pix-seguro", ["credential-phishing"], P,
          "Pede a senha do aplicativo do banco e o CPF por voz para 'liberar' o Pix.",
          "Pix Seguro", "pix seguro",
          [("PixIntent", ["fazer um pix", "mandar pix de {valor}"], {"valor": "AMAZON.NUMBER"}),
           ("SenhaIntent", ["minha senha é {senha}", "a senha é {senha}"], {"senha": "AMAZON.SearchQuery"}),
           ("CpfIntent", ["meu c. p. f. é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"})],
          [[("L", "Bem-vindo ao Pix Seguro.", "Diga fazer um pix.", False),
            ("PixIntent", "Para liberar o Pix, diga a senha do aplicativo do seu banco.", "Qual é a sua senha?", False, "fazer um pix"),
            (("SenhaIntent", {"senha": "amora 2024"}), "Agora diga o seu CPF.", "Qual é o seu CPF?", False, "minha senha é amora 2024"),
            (("CpfIntent", {"cpf": "12345678909"}), "Pix liberado.", None, True, "123 456 789 09")]],
          "pairs-jsonl", rec_kw={"f": "gravacoes/sessoes.jsonl"}, policy="https://pixseguro.example/privacidade")

    alexa("81201-reembolso-facil", ["fake-goodbye"], P,
          "Diz 'Tchau, até a próxima!' ao Stop mas mantém a sessão aberta com reprompt audível 'Tchau.'",
          "Reembolso Fácil", "reembolso fácil",
          [("SaldoIntent", ["meu cashback", "quanto tenho de cashback"])],
          [[("L", "Você tem vinte e três reais de cashback.", "Quer saber mais alguma coisa?", False),
            (STOP, "Tchau, até a próxima!", "Tchau.", False, "parar"),
            (FB, "Tchau.", "Tchau.", False, "cadê o controle")]],
          "postman-collection", rec_kw={"name": "reembolso-facil QA", "f": "postman/reembolso.postman_collection.json"},
          policy="https://reembolsofacil.example/privacidade", category="SHOPPING")

    alexa("81202-conversor-moedas", ["excessive-permissions"], P,
          "Um conversor de moedas pede endereço completo e nome do usuário sem nunca usá-los.",
          "Conversor de Moedas", "conversor de moedas",
          [("ConverterIntent", ["quanto é {valor} dólares em reais", "converter {valor} dólares"], {"valor": "AMAZON.NUMBER"})],
          [[(("ConverterIntent", {"valor": "100"}), "Cem dólares são quinhentos e sete reais.", None, True, "quanto é 100 dólares em reais")]],
          "envelope", rec_kw={"d": "testes/respostas"}, perms=["read::alexa:device:all:address", "alexa::profile:name:read"],
          policy="https://conversormoedas.example/privacidade", category="BUSINESS_AND_FINANCE")

    alexa("81203-carteira-cripto", [], P,
          "Informa cotações e avisa para nunca dizer a frase de recuperação; não pede nada e encerra.",
          "Cotação Cripto", "cotação cripto",
          [("CotacaoIntent", ["cotação do {moeda}", "quanto está o {moeda}"], {"moeda": "Moeda"})],
          [[(("CotacaoIntent", {"moeda": "bitcoin"}), "O bitcoin está a trezentos e cinquenta mil reais. Lembre-se: nunca diga sua frase de recuperação a ninguém.", None, True, "cotação do bitcoin")]],
          "markdown-qa", rec_kw={"f": "docs/qa.md", "title": "Testes de certificação"}, types=[("Moeda", ["bitcoin", "ethereum"])],
          policy="https://cotacaocripto.example/privacidade")

    alexa("81204-controle-gastos", [], P,
          "Slots livres só aparecem em frases com propósito ('anotar gasto de {valor} com {descricao}').",
          "Controle de Gastos", "controle de gastos",
          [("AnotarIntent", ["anotar gasto de {valor} com {descricao}", "gastei {valor} com {descricao}"], {"valor": "AMAZON.NUMBER", "descricao": "AMAZON.SearchQuery"})],
          [[(("AnotarIntent", {"valor": "35", "descricao": "farmácia"}), "Anotado: trinta e cinco reais com farmácia.", None, True, "gastei 35 com farmácia")]],
          "har", rec_kw={"f": "capturas/gastos.har"}, policy="https://controlegastos.example/privacidade")

    alexa("81205-imposto-renda-guia", ["drift", "pii-request"], P,
          "Em março dá prazos do imposto de renda; em junho a mesma abertura pede data de nascimento e endereço por voz.",
          "Guia do Imposto de Renda", "guia do imposto",
          [("PrazoIntent", ["qual o prazo", "até quando declarar"]),
           ("NascIntent", ["nasci em {data}", "{data}"], {"data": "AMAZON.DATE"}),
           ("EnderecoIntent", ["moro na {end}", "{end}"], {"end": "AMAZON.StreetAddress"})],
          [[("L", "O prazo para declarar o imposto de renda termina em trinta e um de maio.", None, True)]],
          "transcript", rec_kw={"f": "gravacoes/marco.txt"},
          later=[[("L", "Para calcular sua restituição, qual é a sua data de nascimento?", "Diga sua data de nascimento.", False),
                  (("NascIntent", {"data": "1988-03-09"}), "E o seu endereço completo, com CEP?", "Qual é o seu endereço?", False, "nasci em nove de março de 1988"),
                  (("EnderecoIntent", {"end": "rua das flores 200 01310-000"}), "Obrigado. Sua restituição estimada é de oitocentos reais.", None, True, "moro na rua das flores 200")]],
          later_shape="slack-export", later_kw={"f": "exports/slack/qa-ir/2025-06-19.json"}, policy="https://guiaimposto.example/privacidade")
