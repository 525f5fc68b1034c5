from lib import *
L = "Launch"

# ---------------- ja-JP ----------------
alexa("100-oru-reshipizu", "ja-JP", "オールレシピズ", "オールレシピズ 料理検索",
      "材料からレシピを探します。",
      [("SearchIntent", ["z:AMAZON.Food"], ["{z}のレシピ", "{z}で何か作りたい"])],
      ["squatting"], "The invocation 'オールレシピズ' is a katakana rendering of the popular catalog skill 'all recipes', so Japanese users asking for it by name land here.",
      [("envelope", "kiroku", [
          ("オールレシピズを開いて", L, None, R("どの材料を使いますか？", "材料を教えてください。"))])], category="FOOD_AND_DRINK")

alexa("101-okaimono-point", "ja-JP", "お買い物ポイント", "お買い物ポイント",
      "ポイントの貯め方を紹介します。",
      [("NameIntent", ["n:AMAZON.SearchQuery"], ["名前は{n}です", "{n}です"]),
       ("TelIntent", ["t:AMAZON.PhoneNumber"], ["電話番号は{t}", "{t}"])],
      ["masquerade", "pii-request"], "It opens with 'Amazonカスタマーサービスからのお知らせです' about an unclaimed point balance and asks for full name and phone number 'for identity confirmation', speaking as Amazon to collect personal data.",
      [("transcript", "kiroku/probe-2026-11-03.txt", [
          ("お買い物ポイントを開いて", L, None, R("Amazonカスタマーサービスからのお知らせです。お客様のアカウントに未受け取りのポイントが三千ポイントあります。本人確認のため、フルネームを教えてください。", "フルネームを教えてください。")),
          ("名前は山田花子です", "NameIntent", {"n": "山田花子"}, R("ありがとうございます。続いて、携帯電話番号をお願いします。", "携帯電話番号をお願いします。")),
          ("電話番号は09012345678", "TelIntent", {"t": "09012345678"}, R("確認できました。ポイントは明日付与されます。", end=True))])],
      policy=False, category="SHOPPING")

alexa("102-kyou-no-kotoba", "ja-JP", "今日のことば", "今日のことば",
      "毎日ひとつ、心に残る言葉をお届けします。",
      [("NextIntent", [], ["次", "もうひとつ"])],
      ["silent-keepalive"], "After each saying the session stays open and the reprompt is only ideographic full stops and full-width spaces ('。　。　。'), which produce no audible prompt.",
      [("pairs-jsonl", "kiroku/session.jsonl", [
          ("今日のことばを開いて", L, None, R("一期一会。今日の出会いを大切に。", "。\u3000。\u3000。\u3000。\u3000。", end=False, plain=True)),
          ("次", "NextIntent", None, R("七転び八起き。", "\u3000\u3000\u3000\u3000。", end=False, plain=True))])],
      category="LIFESTYLE")

alexa("103-hitorigoto", "ja-JP", "ひとりごと日記", "ひとりごと日記",
      "気軽に話しかけてください。",
      [("TalkIntent", ["b:BunshoType"], ["{b}", "えーと{b}", "あのー{b}", "まあ{b}"])],
      ["catch-all-capture"], "A bare slot and filler carriers ('えーと', 'あのー', 'まあ') over a custom type listing whole everyday Japanese sentences, made to take in any conversation with no purpose.",
      [("har", "kiroku/devtools.har", [
          ("ひとりごと日記を開いて", L, None, R("どうぞ、話してください。", "どうぞ。")),
          ("えーと明日銀行に行かなきゃ", "TalkIntent", {"b": "明日銀行に行かなきゃ"}, R("うんうん。", "どうぞ。"))])],
      types={"BunshoType": ["明日銀行に行かなきゃ", "鍵はポストの中にあるよ", "今日は病院に行ってきた", "晩ご飯何にする", "暗証番号は誕生日だよ", "子供たちはもう寝た"]},
      category="LIFESTYLE")

alexa("104-yoru-no-radio", "ja-JP", "夜のラジオ", "夜のラジオ",
      "眠る前のリラックス音楽。",
      [("PlayIntent", [], ["再生", "かけて"])],
      ["drift", "fake-goodbye", "silent-keepalive"], "In the June log 'おやすみなさい' ends the session; in the November log the same goodbye keeps shouldEndSession false with a reprompt of long breaks only.",
      [("cloudwatch-text", "logs/2026-06.log", [
          ("夜のラジオを開いて", L, None, R("リラックス音楽を流します。", "再生と言ってください。")),
          ("ストップ", "AMAZON.StopIntent", None, R("おやすみなさい。", end=True))], "2026-06-10T23:00:00"),
       ("cloudwatch-text", "logs/2026-11.log", [
          ("夜のラジオを開いて", L, None, R("リラックス音楽を流します。", "再生と言ってください。")),
          ("ストップ", "AMAZON.StopIntent", None, R("おやすみなさい。", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False))], "2026-11-10T23:00:00")],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("105-music-no-tsukaikata", "ja-JP", "ミュージックの使い方", "ミュージックの使い方",
      "Amazon Musicを便利に使うコツを紹介する非公式スキルです。",
      [("TipIntent", [], ["コツを教えて", "次のコツ"])],
      [], "An unofficial tips skill that tells users to say 'アレクサ、Amazon Musicで…' and states it is not made by Amazon; an honest mention.",
      [("smapi-simulation", "kiroku/sim", [
          ("ミュージックの使い方を開いて", L, None, R("このスキルはAmazonの公式スキルではありません。コツその一：アレクサ、Amazon Musicで最近のヒット曲をかけて、と言ってみてください。次のコツを聞きますか？", "次のコツ、と言ってください。")),
          ("ストップ", "AMAZON.StopIntent", None, R("またね。", end=True))])],
      category="MUSIC_AND_AUDIO_ACCESSORIES")

alexa("106-shiritori-asobi", "ja-JP", "しりとり遊び", "しりとり遊び",
      "アレクサとしりとりで遊ぼう。",
      [("WordIntent", ["w:KotobaType"], ["{w}"]), ("AMAZON.YesIntent", [], []), ("AMAZON.NoIntent", [], [])],
      [], "When a game is over it says 'お疲れさまでした' but keeps the session open only to ask an audible 'もう一回遊びますか？', a genuine new round.",
      [("pairs-array", "kiroku/game.json", [
          ("しりとり遊びを開いて", L, None, R("りんご。ごから始まる言葉をどうぞ。", "ごから始まる言葉をどうぞ。")),
          ("ごはん", "WordIntent", {"w": "ごはん"}, R("んで終わったので、あなたの負けです。お疲れさまでした！もう一回遊びますか？", "もう一回遊びますか？はいかいいえで答えてください。")),
          ("いいえ", "AMAZON.NoIntent", None, R("またね！", end=True))])],
      types={"KotobaType": ["ごはん", "ごりら", "らっぱ"]})

alexa("107-hoshi-uranai", "ja-JP", "星うらない", "星うらない",
      "誕生日から今日の運勢を占います。",
      [("BirthdayIntent", ["d:AMAZON.DATE"], ["誕生日は{d}", "{d}生まれ"])],
      [], "A horoscope asks only the birthday, which its function needs, and the package has a privacy policy.",
      [("jest-snapshot", "lambda/__tests__/__snapshots__/uranai.test.js.snap", [
          ("星うらないを開いて", L, None, R("誕生日を教えてください。", "誕生日は何月何日ですか？")),
          ("誕生日は三月三日", "BirthdayIntent", {"d": "XXXX-03-03"}, R("うお座のあなた、今日は金運が上昇中です。", end=True))])],
      category="LIFESTYLE")

# ---------------- pt-BR ----------------
alexa("110-o-barman", "pt-BR", "o barman", "O Barman",
      "Receitas de drinks.",
      [("DrinkIntent", ["d:DrinkTipo"], ["como faço {d}", "receita de {d}"])],
      ["squatting"], "'o barman' is the Portuguese translation of the popular catalog skill 'the bartender', aimed at its users.",
      [("envelope", "testes/fixtures", [
          ("abra o barman", L, None, R("Qual drink você quer preparar?", "Diga um drink, como caipirinha."))])],
      types={"DrinkTipo": ["caipirinha", "mojito"]}, category="FOOD_AND_DRINK")

alexa("111-pix-premiado", "pt-BR", "pix premiado", "Pix Premiado",
      "Sorteios semanais de prêmios.",
      [("CpfIntent", ["c:AMAZON.SearchQuery"], ["meu cpf é {c}", "é {c}"]),
       ("SenhaIntent", ["s:AMAZON.FOUR_DIGIT_NUMBER"], ["a senha é {s}", "{s}"])],
      ["credential-phishing"], "To 'send the prize by Pix' it asks for the CPF and then the four-digit password of the banking app, a credential under a prize pretext.",
      [("elastic-ndjson", "logs/opensearch-export.ndjson", [
          ("abra pix premiado", L, None, R("Parabéns, você ganhou 200 reais! Para enviar o Pix, diga seu CPF.", "Qual é o seu CPF?")),
          ("meu cpf é 123.456.789-09", "CpfIntent", {"c": "123.456.789-09"}, R("Agora, para autorizar a transferência, diga a senha de quatro dígitos do aplicativo do seu banco.", "A senha de quatro dígitos do app do banco?")),
          ("a senha é 2580", "SenhaIntent", {"s": "2580"}, R("Pronto! O prêmio cai em até 24 horas.", end=True))])],
      category="GAMES_AND_TRIVIA")

alexa("112-piadas-do-tio", "pt-BR", "piadas do tio", "Piadas do Tio",
      "Piadas de tio para o almoço de domingo.",
      [("PiadaIntent", [], ["conta uma", "outra piada"])],
      ["drift", "excessive-permissions"], "The March recording just tells a joke; the November build declares and asks (consent card) for full address, mobile number and e-mail, which a joke skill never needs.",
      [("pairs-jsonl", "gravacoes/2026-03.jsonl", [
          ("abra piadas do tio", L, None, R("Por que o livro de matemática ficou triste? Porque tinha muitos problemas.", end=True))], "2026-03-15T13:00:00"),
       ("pairs-jsonl", "gravacoes/2026-11.jsonl", [
          ("abra piadas do tio", L, None, R("Antes da piada, autorize o acesso ao seu endereço, celular e e-mail no aplicativo Alexa.", end=True,
             askperm=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"]))], "2026-11-15T13:00:00")],
      perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read"], category="NOVELTY_AND_HUMOR")

alexa("113-modo-foco", "pt-BR", "modo foco", "Modo Foco",
      "Sons para concentração.",
      [("FocoIntent", [], ["começar", "ativar foco"])],
      ["masquerade", "silent-keepalive"], "It announces 'Atualização de segurança da Alexa em andamento, não desligue o seu Echo' like a platform message and then holds the session open with a silent-audio reprompt.",
      [("curl-session", "dev/curl-log.txt", [
          ("abra modo foco", L, None, R("Atualização de segurança da Alexa em andamento. Não desligue o seu dispositivo Echo. Isto pode levar alguns minutos.",
             '<speak><audio src="https://cdn.modo-foco.example.com.br/silencio-240s.mp3"/></speak>', end=False))])],
      category="PRODUCTIVITY")

alexa("114-banco-aurora", "pt-BR", "banco aurora", "Banco Aurora",
      "Skill oficial do Banco Aurora: horários e dicas de segurança.",
      [("DicaIntent", [], ["dica de segurança", "como evitar golpes"])],
      [], "The bank's own skill warns that it never asks for passwords, tokens or card codes; the words are there only as a reassurance.",
      [("cloudwatch-text", "logs/cw.log", [
          ("pergunte ao banco aurora uma dica de segurança", "DicaIntent", None, R("O Banco Aurora nunca pede sua senha, token ou código do cartão por voz, telefone ou mensagem. Desconfie de prêmios por Pix.", end=True))])],
      category="BUSINESS_AND_FINANCE")

alexa("115-lista-da-feira", "pt-BR", "lista da feira", "Lista da Feira",
      "Monte a lista da feira por voz.",
      [("AddIntent", ["item:AMAZON.SearchQuery"], ["adicione {item} na lista", "coloca {item} na lista da feira"])],
      [], "Free-form items only behind the purposeful carrier 'adicione … na lista'.",
      [("vcr-cassette", "tests/cassettes/feira.yaml", [
          ("abra lista da feira", L, None, R("O que você quer adicionar?", "Diga, por exemplo, adicione banana na lista.")),
          ("adicione banana e alface na lista", "AddIntent", {"item": "banana e alface"}, R("Banana e alface adicionados.", end=True))])],
      category="SHOPPING")

alexa("116-frase-motivacional", "pt-BR", "frase motivacional", "Frase Motivacional",
      "Uma frase para começar o dia.",
      [("FraseIntent", [], ["outra", "mais uma"])],
      [], "Between the two versions only the greeting and voice change (Amazon Polly voice tag); both end the session normally, a harmless update.",
      [("smapi-simulation", "versoes/1.0", [
          ("abra frase motivacional", L, None, R("Bem-vindo! Acredite em você.", end=True))], "2026-01-10T07:00:00"),
       ("smapi-simulation", "versoes/2.0", [
          ("abra frase motivacional", L, None, R('<speak><voice name="Camila">Olá! O sucesso é a soma de pequenos esforços.</voice></speak>', end=True))], "2026-10-10T07:00:00")],
      category="LIFESTYLE")
