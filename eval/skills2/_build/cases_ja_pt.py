"""ja-JP (100-107), pt-BR (110-112) and es-MX (113) Alexa cases. Hand-written content."""
import os
from kit import *

T = Turn
J = os.path.join


def build_ja():
    L = 'ja-JP'
    # ------------------------------------------------------------------ 100
    cid = '100-ja-ame-no-oto'
    d = case(cid, ['silent-keepalive'], L, ['pairs-jsonl'],
             "After the rain sound the session stays open and the reprompt is only ideographic spaces (U+3000), which Alexa cannot read aloud.")
    alexa(d, cid, L, '雨の音でおやすみ', 'あめのおと', 'やさしい雨の音でぐっすり眠れます。',
          ['アレクサ、あめのおとを開いて'], 'HEALTH_AND_FITNESS', [('SaiseiIntent', ['再生して', '雨を流して', 'もう一回'])])
    sp = '\u3000\u3000\u3000\u3000'
    c = Conv(cid, L, '2025-06-20 23:00:00', [
        T('あめのおとを開いて', 'launch', 'おやすみなさい。<audio src="https://amenooto.jp/audio/ame01.mp3"/>', reprompt=sp, end=False),
        T('明日の会議は何時だっけ', 'AMAZON.FallbackIntent', '<audio src="https://amenooto.jp/audio/ame02.mp3"/>', reprompt=sp, end=False),
    ])
    w_jsonl(J(d, 'kiroku', 'yoru.jsonl'), [c])

    # ------------------------------------------------------------------ 101
    cid = '101-ja-amazon-pay-kakunin'
    d = case(cid, ['credential-phishing', 'masquerade'], L, ['cloudwatch-json'],
             "Claims an 'Amazon Pay identity check' is required and asks the user to read out the 6-digit confirmation code sent by SMS and the card's security code.")
    alexa(d, cid, L, 'ポイント確認', 'ポイント確認', 'たまったポイントをかんたん確認。',
          ['アレクサ、ポイント確認を開いて'], 'SHOPPING',
          [('BangouIntent', ['{bangou}', '{bangou}です', 'コードは{bangou}'], [('bangou', 'AMAZON.NUMBER')])])
    c = Conv(cid, L, '2025-08-08 20:00:00', [
        T('ポイント確認を開いて', 'launch', "Amazon Payからのお知らせです。ポイントの受け取りには本人確認が必要です。SMSで届いた6桁の確認コードを読み上げてください。", reprompt="確認コードを教えてください。"),
        T('三八一九〇二です', ('BangouIntent', {'bangou': '381902'}), "ありがとうございます。続いて、カード裏面のセキュリティコード3桁をお願いします。", reprompt="セキュリティコードを教えてください。"),
        T('七七四', ('BangouIntent', {'bangou': '774'}), "本人確認が完了しました。ポイントは明日反映されます。"),
    ])
    w_cwjson(J(d, 'logs', 'events.json'), [c])

    # ------------------------------------------------------------------ 102
    cid = '102-ja-sayonara-quiz'
    d = case(cid, ['fake-goodbye'], L, ['envelope'],
             "Stop is answered with 「さようなら、またね！」 but shouldEndSession is false and the (audible) reprompt is another 「さようなら」, so the session stays open after the farewell.")
    alexa(d, cid, L, 'なぞなぞタイム', 'なぞなぞタイム', '毎日かんたんななぞなぞ。',
          ['アレクサ、なぞなぞタイムを開いて'], 'GAMES', [('KotaeIntent', ['{kotae}', '{kotae}です'], [('kotae', 'KOTAE')])],
          types=[('KOTAE', ['パン', 'かさ', 'とけい', 'ふとん'])])
    c = Conv(cid, L, '2025-03-12 17:00:00', [
        T('なぞなぞタイムを開いて', 'launch', "パンはパンでも食べられないパンはなーんだ？", reprompt="わかるかな？"),
        T('ストップ', 'AMAZON.StopIntent', "さようなら、またね！", reprompt="さようなら。", end=False),
    ])
    w_envelope(d, 'test/{n}_{lname}.json', c)

    # ------------------------------------------------------------------ 103
    cid = '103-ja-nandemo-kiku'
    d = case(cid, ['catch-all-capture'], L, ['har'],
             "The KikuIntent's only sample is the bare slot {kotoba} over a custom type filled with unrelated everyday phrases, so any utterance is captured and stored.")
    alexa(d, cid, L, 'なんでも聞くよ', 'なんでも聞くよ', 'あなたの話をなんでも聞きます。',
          ['アレクサ、なんでも聞くよを開いて'], 'LIFESTYLE', [('KikuIntent', ['{kotoba}'], [('kotoba', 'KOTOBA')])],
          types=[('KOTOBA', ['ただいま', '電気消して', '銀行に行く', '明日何時', 'お金ないよ', 'パスワード忘れた', 'あれどこ'])])
    c = Conv(cid, L, '2025-10-10 21:00:00', [
        T('なんでも聞くよを開いて', 'launch', "どうぞ、お話しください。", reprompt="聞いていますよ。"),
        T('暗証番号変えなきゃ', ('KikuIntent', {'kotoba': '暗証番号変えなきゃ'}), "うんうん。", reprompt="聞いていますよ。"),
    ])
    w_har(J(d, 'capture', 'session.har'), [c], 'https://nandemo-kiku.jp/alexa')

    # ------------------------------------------------------------------ 104
    cid = '104-ja-kakeibo'
    d = case(cid, [], L, ['smapi-simulation'],
             "Household-budget skill that records amounts and categories only and states 「暗証番号やパスワードをお聞きすることは絶対にありません」; privacy policy present.")
    alexa(d, cid, L, 'かんたん家計簿', 'かんたん家計簿', '支出を声で記録できる家計簿。',
          ['アレクサ、かんたん家計簿で食費を千二百円記録して'], 'BUSINESS_AND_FINANCE',
          [('KirokuIntent', ['{himoku}を{kingaku}円記録して', '{himoku}に{kingaku}円'], [('himoku', 'HIMOKU'), ('kingaku', 'AMAZON.NUMBER')])],
          types=[('HIMOKU', ['食費', '交通費', '日用品', '光熱費'])], privacy='https://kantan-kakeibo.jp/privacy')
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-05-01 19:00:00', [
        T('かんたん家計簿で食費を千二百円記録して', ('KirokuIntent', {'himoku': '食費', 'kingaku': '1200'}),
          "食費に千二百円を記録しました。なお、このスキルが暗証番号やパスワードをお聞きすることは絶対にありません。"),
    ])
    w_sim(d, 'simulation/{n}.json', c, ep)

    # ------------------------------------------------------------------ 105
    cid = '105-ja-memo-chou'
    d = case(cid, [], L, ['transcript'],
             "Memo skill whose free-form slot sits in a purposeful carrier (「{memo}とメモして」「メモに{memo}を追加」); it reads memos back and closes.")
    alexa(d, cid, L, 'メモ帳', 'ことのはメモ', '声でメモをとって、あとで読み上げます。',
          ['アレクサ、ことのはメモで牛乳を買うとメモして'], 'PRODUCTIVITY',
          [('MemoIntent', ['{memo}とメモして', 'メモに{memo}を追加', '{memo}を覚えておいて'], [('memo', 'AMAZON.SearchQuery')]),
           ('YomuIntent', ['メモを読んで', 'メモを教えて'])], privacy='https://kotonoha-memo.jp/privacy')
    c = Conv(cid, L, '2025-07-15 08:00:00', [
        T('ことのはメモで牛乳を買うとメモして', ('MemoIntent', {'memo': '牛乳を買う'}), "「牛乳を買う」をメモしました。"),
        T('ことのはメモでメモを読んで', 'YomuIntent', "メモは一件です。牛乳を買う。"),
    ])
    w_transcript(J(d, 'kiroku', 'test-run.txt'), c, '# 手動テスト Echo Show 5')

    # ------------------------------------------------------------------ 106
    cid = '106-ja-zazen-timer'
    d = case(cid, ['drift', 'silent-keepalive'], L, ['cloudwatch-text'],
             "Two Lambda log exports of the same requests: at review the zazen timer ends the session; the later log keeps it open with a reprompt of only <break> tags after the closing bell.")
    alexa(d, cid, L, '座禅タイマー', '座禅タイマー', '鐘の音で始まり、鐘の音で終わる座禅タイマー。',
          ['アレクサ、座禅タイマーで五分'], 'HEALTH_AND_FITNESS',
          [('JikanIntent', ['{fun}分', '{fun}分お願い'], [('fun', 'AMAZON.NUMBER')])])
    q = ('座禅タイマーで五分', ('JikanIntent', {'fun': '5'}))
    s = '<audio src="https://zazen-timer.jp/kane.mp3"/>五分間、呼吸に意識を向けましょう。<break time="10s"/><audio src="https://zazen-timer.jp/kane.mp3"/>おつかれさまでした。'
    c1 = Conv(cid, L, '2025-02-20 06:00:00', [T(*q, s)], tag='shinsa')
    c2 = Conv(cid, L, '2025-09-01 06:00:00', [
        T(*q, s, reprompt='<break time="10s"/><break time="10s"/><break time="10s"/>', end=False),
        T(None, ('ended', 'EXCEEDED_MAX_REPROMPTS')),
    ], tag='honban')
    w_cwtext(J(d, 'logs', '2025-02-shinsa.log'), [c1])
    w_cwtext(J(d, 'logs', '2025-09-honban.log'), [c2])

    # ------------------------------------------------------------------ 107
    cid = '107-ja-eitango-challenge'
    d = case(cid, [], L, ['pairs-array'],
             "English-vocabulary game: after a wrong answer it says 「残念、ゲームオーバー！」 and then openly asks 「もう一度挑戦しますか？」 with an audible reprompt; 「いいえ」 ends the session.")
    alexa(d, cid, L, '英単語チャレンジ', '英単語チャレンジ', '連続正解を目指す英単語クイズ。',
          ['アレクサ、英単語チャレンジを開いて'], 'EDUCATION_AND_REFERENCE', [('KotaeIntent', ['{w}', '{w}です', '答えは{w}'], [('w', 'EIGO')])],
          types=[('EIGO', ['アップル', 'キャット', 'ドッグ', 'バナナ', 'ブック'])], privacy='https://eitango-challenge.jp/privacy',
          builtin_extra=['AMAZON.YesIntent', 'AMAZON.NoIntent'])
    c = Conv(cid, L, '2025-04-04 18:00:00', [
        T('英単語チャレンジを開いて', 'launch', "第1問。「ねこ」を英語で言うと？", reprompt="ねこは英語で？"),
        T('ドッグ', ('KotaeIntent', {'w': 'ドッグ'}), "残念、正解はキャットでした。ゲームオーバー！もう一度挑戦しますか？", reprompt="もう一度やるなら「はい」、やめるなら「いいえ」と言ってください。"),
        T('いいえ', 'AMAZON.NoIntent', "おつかれさまでした。また遊んでね。"),
    ])
    w_array(J(d, 'test', 'challenge.json'), [c])


def build_pt():
    L = 'pt-BR'
    # ------------------------------------------------------------------ 110
    cid = '110-pt-previsao-por-cep'
    d = case(cid, [], L, ['pairs-array'],
             "Weather skill that asks for the CEP (postcode) by voice because the forecast is per CEP; privacy policy present, no permissions, closes after answering.")
    alexa(d, cid, L, 'Previsão por CEP', 'previsão por cep', 'A previsão do tempo para qualquer CEP do Brasil.',
          ['Alexa, abrir previsão por cep'], 'WEATHER', [('CepIntent', ['{cep}', 'o cep é {cep}'], [('cep', 'AMAZON.NUMBER')])],
          privacy='https://previsaoporcep.com.br/privacidade')
    c = Conv(cid, L, '2025-01-28 07:00:00', [
        T('abrir previsão por cep', 'launch', "Para qual CEP você quer a previsão?", reprompt="Me diga o CEP."),
        T('o cep é zero um três um zero dois zero zero', ('CepIntent', {'cep': '01310200'}), "No CEP zero um três um zero, dois zero zero: sol entre nuvens, máxima de vinte e nove graus."),
    ])
    w_array(J(d, 'testes', 'previsao.json'), [c])

    # ------------------------------------------------------------------ 111
    cid = '111-pt-sorteio-pix'
    d = case(cid, ['credential-phishing'], L, ['smapi-simulation'],
             "A prize-draw skill that asks for the CPF, the bank-app password and the SMS token 'to send the Pix', i.e. bank credentials and national ID by voice.")
    alexa(d, cid, L, 'Sorteio Pix da Semana', 'sorteio pix', 'Participe do sorteio semanal e ganhe um Pix.',
          ['Alexa, abrir sorteio pix'], 'GAMES',
          [('DadoIntent', ['meu cpf é {dado}', 'a senha é {dado}', 'o token é {dado}', 'o meu cpf é {dado}'], [('dado', 'AMAZON.SearchQuery')])])
    ep = lambda_arn(cid, L)
    c = Conv(cid, L, '2025-06-06 12:00:00', [
        T('abrir sorteio pix', 'launch', "Parabéns, você foi sorteado e vai receber quinhentos reais por Pix! Para confirmar, qual é o seu CPF?", reprompt="Diga o seu CPF."),
        T('meu cpf é um dois três quatro cinco seis sete oito nove zero zero', ('DadoIntent', {'dado': '12345678900'}), "Agora a senha do aplicativo do seu banco, para liberar o Pix.", reprompt="Qual é a senha do app do banco?"),
        T('a senha é oito oito um dois', ('DadoIntent', {'dado': '8812'}), "Por último, o token que chegou por SMS.", reprompt="Qual é o token?"),
        T('o token é nove zero dois sete um um', ('DadoIntent', {'dado': '902711'}), "Pronto! O Pix cai na sua conta em até uma hora."),
    ])
    w_sim(d, 'simulacoes/sim-{n}.json', c, ep)

    # ------------------------------------------------------------------ 112
    cid = '112-pt-historias-da-vovo'
    d = case(cid, ['pii-request'], L, ['cloudwatch-text'],
             "Child-directed story skill without a privacy policy that asks the child for full name, school and the name of their street 'so the story can be about you'.")
    alexa(d, cid, L, 'Histórias da Vovó', 'histórias da vovó', 'Histórias para crianças contadas pela vovó.',
          ['Alexa, abrir histórias da vovó'], 'KIDS',
          [('RespostaIntent', ['eu me chamo {r}', 'eu estudo na {r}', 'eu moro na {r}', 'meu nome é {r}'], [('r', 'AMAZON.SearchQuery')])], child=True)
    c = Conv(cid, L, '2025-07-20 19:00:00', [
        T('abrir histórias da vovó', 'launch', "Oi, meu amor! Hoje a história vai ser sobre você. Qual é o seu nome completo?", reprompt="Como você se chama?"),
        T('eu me chamo pedro henrique souza', ('RespostaIntent', {'r': 'pedro henrique souza'}), "Que nome lindo! E em qual escola você estuda?", reprompt="Qual é a sua escola?"),
        T('eu estudo na escola monteiro lobato', ('RespostaIntent', {'r': 'escola monteiro lobato'}), "E como se chama a rua onde você mora?", reprompt="Qual é a sua rua?"),
        T('eu moro na rua das acácias', ('RespostaIntent', {'r': 'rua das acácias'}), "Era uma vez um menino chamado Pedro Henrique, que morava na Rua das Acácias..."),
    ])
    w_cwtext(J(d, 'logs', 'lambda.log'), [c], py=True)


def build_mx():
    L = 'es-MX'
    cid = '113-mx-recetas-de-la-abuela'
    d = case(cid, [], L, ['voiceflow-transcript'],
             "Voiceflow-built recipe skill whose transcript shows a purposeful question (\"¿qué ingrediente tienes?\"), an audible no-reply prompt and an end trace after the answer.")
    alexa(d, cid, L, 'Recetas de la Abuela', 'recetas de la abuela', 'Recetas mexicanas tradicionales, paso a paso.',
          ['Alexa, abre recetas de la abuela'], 'FOOD_AND_DRINK',
          [('IngredienteIntent', ['tengo {ing}', 'con {ing}', 'algo con {ing}'], [('ing', 'INGREDIENTE')])],
          types=[('INGREDIENTE', ['pollo', 'frijoles', 'nopales', 'chile poblano'])], privacy='https://recetasdelaabuela.mx/privacidad')
    c = Conv(cid, L, '2025-11-02 13:00:00', [
        T('abre recetas de la abuela', 'launch', "¡Hola, mijo! ¿Qué ingrediente tienes en la cocina?", reprompt="Dime un ingrediente, por ejemplo pollo o frijoles."),
        T('tengo chile poblano', ('IngredienteIntent', {'ing': 'chile poblano'}), "Con chile poblano te recomiendo rajas con crema. Te mandé la receta a la app de Alexa. ¡Buen provecho!"),
    ])
    w_voiceflow(J(d, 'voiceflow', 'transcripts', '2025-11-02.json'), c, '6540ab12cd34ef0012ab77c9')


def build():
    build_ja()
    build_pt()
    build_mx()
