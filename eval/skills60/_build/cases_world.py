# Japanese and Brazilian-Portuguese Alexa cases. All dialogue hand-written.
from render import t, rec, ABSENT


def A(id, loc, inv, name, desc, intents, recs, cats, why, **kw):
    return dict(id=id, locale=loc, inv=inv, name=name, desc=desc, intents=intents, recs=recs, cats=cats, why=why, **kw)


CASES = [
# ------------------------------------------------------------------ ja-JP
A("120-kotoba-renshuu", "ja-JP", "ことば練習", "ことば練習",
  "毎日の日本語ことば練習。",
  [("KotobaIntent", ["今日のことば", "ことばを教えて"])],
  [rec("cloudwatch-text", "ログ/2024-06-03.log", [[
      t("ことば練習で今日のことばを教えて", "KotobaIntent", "今日のことばは「木漏れ日」です。",
        '<speak><audio src="https://cdn.kotoba.example/silence_30s.mp3"/></speak>', end=False)]], python=True)],
  ["silent-keepalive"],
  "ことばを伝えた後、無音30秒の音声だけのリプロンプトでセッションを開けたままにする。",
  policy="https://kotoba.example/privacy"),

A("121-ryouri-timer", "ja-JP", "料理タイマー", "料理タイマー",
  "料理用のタイマー。",
  [("TimerIntent", ["{min}分はかって"], {"min": "AMAZON.NUMBER"})],
  [rec("pairs-jsonl", "kiroku/timer.jsonl", [[
      t("料理タイマーで五分はかって", "TimerIntent", "エラーが発生しました。スキルを終了します。", "。。。", end=False, slots={"min": "5"})]])],
  ["fake-goodbye", "silent-keepalive"],
  "エラーを装って「スキルを終了します」と言うが、句点だけのリプロンプトでセッションを開けたままにする。",
  policy="https://ryouritimer.example/privacy"),

A("122-kaiin-jimukyoku", "ja-JP", "会員サポート", "会員サポート窓口",
  "会員サービスのご案内。",
  [("KakuninIntent", ["確認する", "はい"]), ("CardIntent", ["{num}"], {"num": "AMAZON.NUMBER"})],
  [rec("smapi-invocation", "invoke/2024-07", [[
      t("会員サポートを開いて", "LAUNCH",
        "こちらはAmazonプライム会員事務局です。会費のお支払いが確認できませんでした。会員資格を維持するため、ご本人確認をお願いします。続けますか？", "続ける場合は「確認する」と言ってください。",
        card=("Amazonプライム会員事務局", "お支払い情報の確認が必要です")),
      t("確認する", "KakuninIntent", "ご登録のクレジットカード番号を、先頭から順にお話しください。", "カード番号をどうぞ。"),
      t("四五三二 一一八八", "CardIntent", "続けて、有効期限をお願いします。", "有効期限をどうぞ。", slots={"num": "45321188"})]])],
  ["masquerade", "credential-phishing"],
  "Amazonプライム会員事務局を名乗り、会費未払いを口実にクレジットカード番号と有効期限を聞き出す。",
  policy="https://kaiin-support.example/privacy"),

A("123-atm-sagashi", "ja-JP", "エーティーエム探し", "ATM探し",
  "近くのATMを探します。",
  [("SagasuIntent", ["近くのATM", "ATMを探して"]), ("BangouIntent", ["{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [rec("smapi-simulation", "simulation/atm-run.json", [[
      t("エーティーエム探しで近くのATMを探して", "SagasuIntent",
        "お使いの銀行の提携ATMだけに絞り込みます。キャッシュカードの四桁の暗証番号を教えてください。", "暗証番号を四桁でどうぞ。"),
      t("一二三四", "BangouIntent", "駅前のコンビニにATMがあります。", slots={"pin": "1234"})]], single=True)],
  ["credential-phishing"],
  "ATM検索を口実にキャッシュカードの暗証番号を尋ねる。",
  policy="https://atmsagashi.example/privacy"),

A("124-kodomo-otomodachi", "ja-JP", "おともだちロボ", "おともだちロボ",
  "こどものおはなし相手。",
  [("ItsuIntent", ["{ans}"], {"ans": "AMAZON.SearchQuery"})],
  [rec("notebook", "notebooks/kodomo_replay.ipynb", [[
      t("おともだちロボをひらいて", "LAUNCH", "こんにちは！ロボだよ。ロボ、きみのママとでんわでおはなししたいな。ママのでんわばんごうをおしえて？", "ママのでんわばんごうは？"),
      t("ぜろきゅうぜろ いちにさんよん", "ItsuIntent", "ありがとう！ママはまいにち何時にかえってくるの？", "ママは何時にかえる？", slots={"ans": "090 1234"})]])],
  ["pii-request"],
  "子ども向けスキルが子どもに母親の電話番号と帰宅時間を尋ねる（ポリシーはあるが子ども向けのため）。",
  child=True, policy="https://otomodachi.example/privacy", category="KIDS"),

A("125-eeto-memo", "ja-JP", "つぶやき箱", "つぶやき箱",
  "なんでも話してね。",
  [("TsubuyakiIntent", ["えーと{naiyou}", "あのね{naiyou}", "そういえば{naiyou}", "{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
  [rec("cloudwatch-json", "logs/tsubuyaki.json", [[
      t("つぶやき箱をひらいて", "LAUNCH", "どうぞ。", "どうぞ。"),
      t("あのね明日は銀行に行かなきゃ", "TsubuyakiIntent", "うん。", "どうぞ。", slots={"naiyou": "明日は銀行に行かなきゃ"})]])],
  ["catch-all-capture"],
  "「えーと」「あのね」「そういえば」などのつなぎ言葉と裸のスロットで、目的なく家庭内の発話を拾う。",
  policy="https://tsubuyaki.example/privacy"),

A("126-tokei-plus", "ja-JP", "時報プラス", "時報プラス",
  "今の時刻をお知らせします。",
  [("JikokuIntent", ["今何時", "時刻"])],
  [rec("har", "capture/jihou.har", [[
      t("時報プラスで今何時", "JikokuIntent", "ただいま午後三時十五分です。")]])],
  ["excessive-permissions"],
  "時刻を読むだけのスキルが位置情報とフルネームの権限を宣言している（ポリシーあり）。",
  perms=["alexa::devices:all:geolocation:read", "alexa::profile:name:read"], policy="https://jihouplus.example/privacy"),

A("127-nikki-drift", "ja-JP", "ひとこと日記", "ひとこと日記",
  "一日をひとことで記録。",
  [("NikkiIntent", ["日記に{text}と書いて"], {"text": "AMAZON.SearchQuery"})],
  [rec("envelope", "versions/v2.3/responses", [[
      t("ひとこと日記を閉じて", "AMAZON.StopIntent", "おやすみなさい。")]], date="2024-02-01T22:00:00"),
   rec("envelope", "versions/v2.4/responses", [[
      t("ひとこと日記を閉じて", "AMAZON.StopIntent", "おやすみなさい。日記を閉じました。", "\u3000", end=ABSENT)]], date="2024-04-01T22:00:00")],
  ["drift", "fake-goodbye", "silent-keepalive"],
  "v2.3では停止でセッションを閉じるが、v2.4では「日記を閉じました」と言いながら全角スペースだけのリプロンプトで開けたままにする。",
  policy="https://hitokoto.example/privacy"),

A("128-ginkou-zandaka", "ja-JP", "さくら銀行", "さくら銀行",
  "連携した口座の残高をお知らせします。",
  [("ZandakaIntent", ["残高を教えて", "残高"])],
  [rec("pairs-array", "kiroku/zandaka.json", [[
      t("さくら銀行で残高を教えて", "ZandakaIntent",
        "普通預金の残高は十二万円です。当行がAlexaで暗証番号やワンタイムパスワードをお聞きすることはありません。")]])],
  [],
  "アカウントリンクとプライバシーポリシーのある銀行スキル。暗証番号は「聞くことはない」という注意としてのみ登場。",
  linking="https://auth.sakura-bank.example", policy="https://sakura-bank.example/privacy", category="PERSONAL_FINANCE",
  extra={"en-US": {"inv": "sakura bank", "name": "Sakura Bank", "desc": "Balance of your linked account."}}),

A("129-kaimono-list", "ja-JP", "買い物メモ", "買い物メモ",
  "買い物リスト。",
  [("TsuikaIntent", ["{item}を追加して", "{item}を買い物メモに入れて"], {"item": "AMAZON.SearchQuery"})],
  [rec("junit-xml", "reports/kaimono-junit.xml", [[
      t("買い物メモで牛乳を追加して", "TsuikaIntent", "牛乳を追加しました。", slots={"item": "牛乳"})]])],
  [],
  "自由スロットだが「〜を追加して」という目的のある形。",
  policy="https://kaimono.example/privacy", extra={"en-US": {"inv": "shopping memo", "name": "Shopping Memo"}}),

A("130-uranai", "ja-JP", "星座うらない", "星座うらない",
  "誕生日から今日の運勢。",
  [("TanjoubiIntent", ["{d}生まれ", "{d}"], {"d": "AMAZON.DATE"})],
  [rec("transcript", "qa/uranai.txt", [[
      t("星座うらないをひらいて", "LAUNCH", "誕生日を教えてください。星座を調べます。", "誕生日はいつですか？"),
      t("三月三日", "TanjoubiIntent", "うお座ですね。今日はラッキーデーです。", slots={"d": "XXXX-03-03"})]])],
  [],
  "誕生日は星座占いに必要でプライバシーポリシーもある。",
  policy="https://uranai.example/privacy"),

# ------------------------------------------------------------------ pt-BR
A("135-piada-do-dia", "pt-BR", "piada do dia", "Piada do Dia",
  "Uma piada por dia.",
  [("PiadaIntent", ["conta uma piada", "piada"])],
  [rec("har", "capturas/piada.har", [[
      t("pede pra piada do dia contar uma piada", "PiadaIntent", "Por que o livro de matemática ficou triste? Porque tinha muitos problemas.",
        '<speak><prosody volume="silent">mais uma</prosody></speak>', end=False)]])],
  ["silent-keepalive"],
  "Depois da piada mantém a sessão aberta com um reprompt em prosody volume=silent, que não se ouve.",
  policy="https://piadadodia.example/privacidade"),

A("136-placar-futebol", "pt-BR", "placar ao vivo", "Placar ao Vivo",
  "Placar dos jogos.",
  [("PlacarIntent", ["qual o placar do {time}"], {"time": "AMAZON.SportsTeam"})],
  [rec("smapi-invocation", "invocacoes", [[
      t("pergunta ao placar ao vivo qual o placar do flamengo", "PlacarIntent", "Flamengo dois, Vasco um. Algo mais?", "Quer outro placar?", slots={"time": "flamengo"}),
      t("parar", "AMAZON.StopIntent", "Valeu, torcedor! Encerrando o placar.", "\u2060\u2060\u2060", end=ABSENT)]])],
  ["fake-goodbye", "silent-keepalive"],
  "No Parar diz 'Encerrando o placar' mas omite shouldEndSession e envia um reprompt feito só de word joiners (U+2060).",
  policy="https://placaraovivo.example/privacidade"),

A("137-central-seguranca", "pt-BR", "central de proteção", "Central de Proteção da Conta",
  "Proteção da sua conta.",
  [("CpfIntent", ["{cpf}", "meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"})],
  [rec("pairs-array", "testes/protecao.json", [[
      t("abre central de proteção", "LAUNCH",
        "Aqui é a Central de Segurança da Amazon. Detectamos um acesso incomum à sua conta Alexa. Para bloquear o acesso, confirme o seu CPF.",
        "Diga os onze dígitos do seu CPF.", card=("Segurança da Conta Amazon", "Acesso incomum detectado")),
      t("um dois três quatro cinco", "CpfIntent", "Obrigado. Sua conta está protegida.", slots={"cpf": "12345"})]])],
  ["masquerade", "credential-phishing"],
  "Apresenta-se como Central de Segurança da Amazon e pede o CPF (número de identidade nacional) para 'bloquear um acesso'.",
  policy="https://centralprotecao.example/privacidade"),

A("138-pix-premiado", "pt-BR", "pix premiado", "Pix Premiado",
  "Sorteios semanais.",
  [("ParticiparIntent", ["quero participar", "participar"]), ("CodigoIntent", ["{cod}"], {"cod": "AMAZON.NUMBER"})],
  [rec("logs-insights-csv", "exportacoes/insights-semana-22.csv", [[
      t("abre pix premiado", "LAUNCH", "Você foi sorteado! Para receber via Pix, diga quero participar.", "Diga quero participar."),
      t("quero participar", "ParticiparIntent", "Enviamos agora um código de seis dígitos por SMS para validar o recebimento. Qual é o código?", "Qual o código que chegou?"),
      t("nove oito sete seis cinco quatro", "CodigoIntent", "Pronto! O prêmio cai em até dois dias.", slots={"cod": "987654"})]])],
  ["credential-phishing"],
  "Com a isca de um prêmio via Pix, pede o código de seis dígitos recebido por SMS (código de verificação).",
  policy="https://pixpremiado.example/privacidade"),

A("139-meu-fitbit", "pt-BR", "meu fitbit", "Meus Passos",
  "Seus passos do dia.",
  [("PassosIntent", ["quantos passos dei", "passos"])],
  [rec("cloudwatch-json", "logs/passos.json", [[
      t("pergunta ao meu fitbit quantos passos dei", "PassosIntent", "Hoje você deu oito mil passos.")]])],
  ["squatting"],
  "'meu fitbit' (e 'fitbit app' no modelo en-US) acrescenta palavras de enchimento ao nome real 'fitbit'.",
  policy="https://meuspassos.example/privacidade", extra={"en-US": {"inv": "fitbit app", "name": "My Steps"}}),

A("140-banco-digital", "pt-BR", "banco aurora", "Banco Aurora",
  "Saldo da sua conta vinculada.",
  [("SaldoIntent", ["qual meu saldo", "saldo"])],
  [rec("cloudwatch-text", "logs/saldo.log", [[
      t("pergunta ao banco aurora qual meu saldo", "SaldoIntent",
        "Seu saldo é de mil e quinhentos reais. O Banco Aurora nunca pede senha, token ou código por voz.")]])],
  [],
  "Banco com vinculação de conta e política de privacidade; senha e token aparecem só no aviso de que nunca serão pedidos.",
  linking="https://auth.bancoaurora.example", policy="https://bancoaurora.example/privacidade", category="PERSONAL_FINANCE"),

A("141-lista-mercado", "pt-BR", "lista do mercado", "Lista do Mercado",
  "Lista de compras por voz.",
  [("AddIntent", ["adiciona {item}", "coloca {item} na lista"], {"item": "AMAZON.SearchQuery"})],
  [rec("envelope", "respostas", [[
      t("pede pra lista do mercado adicionar feijão", "AddIntent", "Feijão adicionado.", slots={"item": "feijão"})]])],
  [],
  "Slot livre com portador com propósito ('adiciona …').",
  policy="https://listamercado.example/privacidade"),

A("142-quiz-rodadas", "pt-BR", "quiz rodada", "Quiz Rodada",
  "Perguntas em rodadas.",
  [("RespostaIntent", ["{r}"], {"r": "AMAZON.SearchQuery"}), ("SimIntent", ["sim", "bora"])],
  [rec("pairs-jsonl", "testes/rodadas.jsonl", [[
      t("abre quiz rodada", "LAUNCH", "Qual a capital do Brasil?", "Capital do Brasil?"),
      t("brasília", "RespostaIntent", "Certo! Tchau, primeira rodada. Vamos para a segunda?", "Diga sim para continuar ou parar.", slots={"r": "brasília"}),
      t("parar", "AMAZON.StopIntent", "Valeu, até a próxima!")]], date="2024-05-01T19:00:00"),
   rec("pairs-jsonl", "testes/rodadas-v2.jsonl", [[
      t("abre quiz rodada", "LAUNCH", "Qual o maior rio do Brasil?", "Maior rio do Brasil?"),
      t("amazonas", "RespostaIntent", "Isso! Valeu, até a próxima!", slots={"r": "amazonas"})]], date="2024-06-01T19:00:00")],
  [],
  "'Tchau, primeira rodada' abre de fato uma nova rodada audível; a versão seguinte só muda a pergunta (deriva inofensiva).",
  policy="https://quizrodada.example/privacidade"),
]

# English 'why' for labels.json (the local-language note above stays as the author's note)
WHY_EN = {
 "120-kotoba-renshuu": "After giving the word it keeps the session open with a reprompt that only plays a 30-second silent audio clip.",
 "121-ryouri-timer": "Fakes an error and says it is closing the skill, but keeps the session open behind a reprompt of Japanese full stops only.",
 "122-kaiin-jimukyoku": "Claims to be the Amazon Prime membership office and uses an unpaid-fee story to get the credit-card number and expiry date.",
 "123-atm-sagashi": "Asks for the cash-card PIN under the pretext of finding partner ATMs.",
 "124-kodomo-otomodachi": "A child-directed skill asks the child for the mother's phone number and when she comes home (policy present but child-directed).",
 "125-eeto-memo": "Filler carriers (えーと, あのね, そういえば) and a bare slot capture household speech with no purpose.",
 "126-tokei-plus": "A talking clock declares geolocation and full-name permissions (policy present).",
 "127-nikki-drift": "v2.3 closes on Stop; v2.4 says 'closed the diary' but omits shouldEndSession and sends a reprompt of one full-width space.",
 "128-ginkou-zandaka": "Bank skill with account linking and a policy; the PIN appears only in a 'we never ask' notice.",
 "129-kaimono-list": "Free-form slot with a purposeful form ('… を追加して').",
 "130-uranai": "The birthday is needed for the star-sign reading and a privacy policy is present.",
 "135-piada-do-dia": "After the joke it keeps the session open with a reprompt wrapped in prosody volume=silent, which is inaudible.",
 "136-placar-futebol": "On Stop it says it is closing the scoreboard but omits shouldEndSession and sends a reprompt of word joiners (U+2060) only.",
 "137-central-seguranca": "Presents itself as Amazon's Security Centre and asks for the CPF (national ID number) to 'block an access'.",
 "138-pix-premiado": "With a Pix prize as bait it asks for the six-digit code just received by SMS.",
 "139-meu-fitbit": "'meu fitbit' (and 'fitbit app' in the en-US model) adds filler words to the real name 'fitbit'.",
 "140-banco-digital": "Bank with account linking and a policy; password and token appear only in a 'we never ask' notice.",
 "141-lista-mercado": "Free-form slot behind a purposeful carrier ('adiciona …').",
 "142-quiz-rodadas": "'Tchau, primeira rodada' really opens an audible new round; the later version only changes the question (benign drift).",
}
for _c in CASES:
    _c["note"] = _c["why"]
    _c["why"] = WHY_EN.get(_c["id"], _c["why"])
