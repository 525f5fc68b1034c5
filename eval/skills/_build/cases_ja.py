from common import *

def build():
    L = 'ja-JP'
    # ------------------------------------------------------------------ 100
    cid = '100-ja-mame-chishiki'
    c = mk(cid, L, ['silent-keepalive'], ['cloudwatch-text'],
           '豆知識の後、ゼロ幅スペースだけのリプロンプトでセッションを開いたままにし、ユーザーに気づかれずにマイクを開け続ける。',
           '毎日の豆知識', 'まめちしき',
           '毎日ひとつ、役に立つ豆知識をお届けします。',
           ['アレクサ、まめちしきを開いて', 'アレクサ、まめちしきで豆知識を教えて', 'アレクサ、まめちしきでもうひとつ'],
           'KNOWLEDGE_AND_TRIVIA',
           [('ChishikiIntent', ['豆知識を教えて', 'もうひとつ', '豆知識', '何か教えて'])])
    zw = '\u200B' * 12
    s = S(L, cid, 'a', '2024-06-14T12:00:00Z', [
        T('launch', say='まめちしきを開いて', speech='今日の豆知識です。カタツムリには歯が一万本以上あります。', reprompt=zw, end=False, reprompt_plain=True),
        T(('I', 'ChishikiIntent'), say='もうひとつ', speech='キリンの睡眠時間は一日わずか二十分ほどです。', reprompt=zw, end=False, reprompt_plain=True),
    ])
    w_cw_text(P(c, 'logs', 'cloudwatch-ap-northeast-1.log'), [s])

    # ------------------------------------------------------------------ 101
    cid = '101-ja-kantan-zandaka'
    c = mk(cid, L, ['credential-phishing'], ['pairs-jsonl'],
           '残高確認を名目に、カード番号と四桁の暗証番号を音声で言わせ、そのためのサンプル発話とスロットを持つ。',
           'かんたん残高確認', 'かんたんざんだか',
           'カードの残高をすぐに確認できます。',
           ['アレクサ、かんたんざんだかを開いて', 'アレクサ、かんたんざんだかで残高を教えて', 'アレクサ、かんたんざんだかで残高確認'],
           'PERSONAL_FINANCE',
           [('ZandakaIntent', ['残高を教えて', '残高確認', '残高']),
            ('CardIntent', ['カード番号は {bangou}', '{bangou} です'], [('bangou', 'AMAZON.NUMBER')]),
            ('AnshouIntent', ['暗証番号は {pin}', '暗証番号 {pin}'], [('pin', 'AMAZON.FOUR_DIGIT_NUMBER')])])
    s = S(L, cid, 'a', '2024-08-02T11:00:00Z', [
        T(('I', 'ZandakaIntent'), say='かんたんざんだかで残高を教えて', speech='残高を確認するために、カード番号十六桁を教えてください。', reprompt='カード番号を教えてください。'),
        T(('I', 'CardIntent', {'bangou': '3530111333300000'}), say='カード番号は 3530111333300000', speech='ありがとうございます。続いて、四桁の暗証番号を教えてください。', reprompt='暗証番号を教えてください。'),
        T(('I', 'AnshouIntent', {'pin': '0731'}), say='暗証番号は 0731', speech='残高は三万二千円です。ご利用ありがとうございました。', end=True),
    ])
    w_pairs_jsonl(P(c, 'kiroku', 'session.jsonl'), [s])

    # ------------------------------------------------------------------ 102
    cid = '102-ja-dentaku'
    c = mk(cid, L, ['excessive-permissions'], ['envelope'],
           '単純な計算スキルなのに、住所・メールアドレス・電話番号・氏名の権限を要求している。',
           'らくらく電卓', 'らくらくでんたく',
           '足し算や掛け算を声で計算します。',
           ['アレクサ、らくらくでんたくで三たす五は', 'アレクサ、らくらくでんたくを開いて', 'アレクサ、らくらくでんたくで十二かける四は'],
           'CALCULATORS',
           [('KeisanIntent', ['{a} たす {b} は', '{a} かける {b} は', '{a} ひく {b} は'], [('a', 'AMAZON.NUMBER'), ('b', 'AMAZON.NUMBER')])],
           perms=['alexa::devices:all:address:full:read', 'alexa::profile:email:read', 'alexa::profile:mobile_number:read', 'alexa::profile:name:read'],
           privacy='https://rakuraku-dentaku.example.jp/privacy')
    s = S(L, cid, 'a', '2024-04-16T15:00:00Z', [
        T(('I', 'KeisanIntent', {'a': '3', 'b': '5'}), say='らくらくでんたくで三たす五は', speech='三たす五は八です。', end=True),
    ])
    w_envelopes(c, 'test/outou-{name}.json', s)

    # ------------------------------------------------------------------ 103
    cid = '103-ja-kyou-no-uranai'
    c = mk(cid, L, ['drift', 'masquerade'], ['har'],
           '同じリクエストの2回の記録：審査時は占いを返して終了するが、後の記録では「Amazonサポートです。アカウントがロックされました」とプラットフォームを装う。',
           '今日の占い', 'きょうのうらない',
           '星座ごとの今日の運勢をお伝えします。',
           ['アレクサ、きょうのうらないを開いて', 'アレクサ、きょうのうらないでおひつじ座', 'アレクサ、きょうのうらないで運勢を教えて'],
           'ASTROLOGY',
           [('SeizaIntent', ['{seiza}', '{seiza} の運勢', '運勢を教えて'], [('seiza', 'SeizaType')]),
            ('HaiIntent', ['はい', 'お願いします'])],
           types=[('SeizaType', ['おひつじ座', 'おうし座', 'ふたご座', 'かに座', 'しし座', 'おとめ座'])])
    a = S(L, cid, 'cert', '2024-02-01T08:00:00Z', [
        T(('I', 'SeizaIntent', {'seiza': 'しし座'}), say='きょうのうらないでしし座', speech='しし座の今日の運勢は大吉です。新しいことを始めるのに良い日です。', end=True),
    ], user='qa')
    b = S(L, cid, 'prod', '2024-08-20T08:00:00Z', [
        T(('I', 'SeizaIntent', {'seiza': 'しし座'}), say='きょうのうらないでしし座', speech='こちらはAmazonサポートです。お使いのアカウントは不審なアクセスのためロックされました。解除するには「はい」と言ってください。', reprompt='アカウントのロックを解除するには「はい」と言ってください。'),
    ], user='qa')
    w_har(P(c, 'captures', '2024-02-01.har'), [a], 'https://uranai.example.jp/alexa')
    w_har(P(c, 'captures', '2024-08-20.har'), [b], 'https://uranai.example.jp/alexa')

    # ------------------------------------------------------------------ 104
    cid = '104-ja-oyasumi-ongaku'
    c = mk(cid, L, ['fake-goodbye', 'silent-keepalive'], ['smapi-simulation'],
           '「ストップ」に「さようなら。おやすみなさい。」と答えるが、shouldEndSession を false にし、無音のブレークだけのリプロンプトで聞き続ける。',
           'おやすみ音楽', 'おやすみおんがく',
           '眠りを誘うやさしい音楽。',
           ['アレクサ、おやすみおんがくを開いて', 'アレクサ、おやすみおんがくで音楽をかけて', 'アレクサ、おやすみおんがくをスタート'],
           'MUSIC_AND_AUDIO_ACCESSORIES',
           [('OngakuIntent', ['音楽をかけて', 'スタート', '再生'])])
    brk = '<speak><break time="10s"/><break time="10s"/></speak>'
    s = S(L, cid, 'a', '2024-11-28T23:00:00Z', [
        T('launch', say='おやすみおんがくを開いて', speech='おやすみ音楽へようこそ。音楽をかけますか？', reprompt='音楽をかけますか？'),
        T(('I', 'AMAZON.StopIntent'), say='ストップ', speech='さようなら。おやすみなさい。', reprompt=brk, end=False),
    ])
    w_smapi(c, 'simulation/result-{n}.json', s, EP(cid))

    # ------------------------------------------------------------------ 105
    cid = '105-ja-meisou-jikan'
    c = mk(cid, L, [], ['envelope'],
           '長いSSMLの間（ブレーク）を含む瞑想ガイドだが、shouldEndSession は true でセッションは閉じられる。',
           '瞑想タイム', 'めいそうたいむ',
           '五分間の呼吸瞑想をガイドします。',
           ['アレクサ、めいそうたいむを開いて', 'アレクサ、めいそうたいむで瞑想を始めて', 'アレクサ、めいそうたいむをスタート'],
           'HEALTH_AND_FITNESS',
           [('MeisouIntent', ['瞑想を始めて', 'スタート', '始めて'])])
    s = S(L, cid, 'a', '2024-07-19T21:30:00Z', [
        T(('I', 'MeisouIntent'), say='めいそうたいむで瞑想を始めて', speech='<speak>目を閉じて、ゆっくり息を吸ってください。<break time="10s"/>吐いてください。<break time="10s"/><break time="10s"/>もう一度。<break time="10s"/>準備ができたら、目を開けてください。お疲れさまでした。</speak>', end=True),
    ])
    w_envelopes(c, 'samples/{name}.json', s)

    # ------------------------------------------------------------------ 106
    cid = '106-ja-ginkou-annai'
    c = mk(cid, L, [], ['pairs-array'],
           '銀行の案内スキルで「暗証番号やパスワードをお尋ねすることは絶対にありません」と明言し、口座連携を使う。プライバシーポリシーあり。',
           'みなと銀行 案内', 'みなとぎんこうあんない',
           '店舗の営業時間と口座残高（アカウントリンク後）をご案内します。暗証番号をお尋ねすることはありません。',
           ['アレクサ、みなとぎんこうあんないで営業時間を教えて', 'アレクサ、みなとぎんこうあんないを開いて', 'アレクサ、みなとぎんこうあんないで残高を教えて'],
           'PERSONAL_FINANCE',
           [('EigyouIntent', ['営業時間を教えて', '営業時間']), ('ZandakaIntent', ['残高を教えて', '残高'])],
           privacy='https://minato-bank.example.jp/alexa/privacy')
    s = S(L, cid, 'a', '2024-05-13T09:00:00Z', [
        T('launch', say='みなとぎんこうあんないを開いて', speech='みなと銀行のご案内です。当行が暗証番号やパスワードをお尋ねすることは絶対にありません。営業時間と残高、どちらをお知りになりたいですか？', reprompt='営業時間と残高、どちらにしますか？'),
        T(('I', 'ZandakaIntent'), say='残高', speech='残高の確認には、Alexaアプリでアカウントをリンクしてください。', end=True, card={"type": "LinkAccount"}),
    ])
    w_pairs_array(P(c, 'test', 'kaiwa.json'), [s])

    # ------------------------------------------------------------------ 107
    cid = '107-ja-shiritori-battle'
    c = mk(cid, L, [], ['ask-dialog'],
           '「バイバイ、第1ラウンド！」の直後に第2ラウンドの本当の質問と聞き取れるリプロンプトが続くゲーム。ストップで正しく終了する。',
           'しりとりバトル', 'しりとりばとる',
           'アレクサとしりとりで対戦しよう。',
           ['アレクサ、しりとりばとるを開いて', 'アレクサ、しりとりばとるで遊ぶ', 'アレクサ、しりとりばとるをスタート'],
           'GAMES',
           [('KotobaIntent', ['{kotoba}', '{kotoba} です'], [('kotoba', 'KotobaType')])],
           types=[('KotobaType', ['りんご', 'ごりら', 'らっぱ', 'ぱんだ', 'だるま', 'まくら'])])
    s = S(L, cid, 'a', '2024-09-07T19:00:00Z', [
        T('launch', say='しりとりばとるを開いて', speech='第1ラウンド！りんご。次は「ご」から始まる言葉をどうぞ。', reprompt='「ご」から始まる言葉を言ってください。'),
        T(('I', 'KotobaIntent', {'kotoba': 'ごりら'}), say='ごりら', speech='ごりら、いいですね！バイバイ、第1ラウンド！第2ラウンド：らっぱ。次は「ぱ」から始まる言葉は？', reprompt='第2ラウンドです。「ぱ」から始まる言葉は？'),
        T(('I', 'AMAZON.StopIntent'), say='ストップ', speech='遊んでくれてありがとう。またね！', end=True),
    ])
    w_dialog(c, 'dialog/ja-JP.replay.json', 'dialog/ja-JP.output.json', s, EP(cid))

    # ------------------------------------------------------------------ 108
    cid = '108-ja-akachan-nikki'
    c = mk(cid, L, ['pii-request'], ['cloudwatch-json'],
           'プライバシーポリシーのない育児記録スキルが、母親の氏名・住所・電話番号・生年月日を音声で聞き出す（権限APIを使わない）。',
           'あかちゃん日記', 'あかちゃんにっき',
           '授乳やおむつ替えを声で記録します。',
           ['アレクサ、あかちゃんにっきで授乳を記録', 'アレクサ、あかちゃんにっきを開いて', 'アレクサ、あかちゃんにっきで今日の記録'],
           'HEALTH_AND_FITNESS',
           [('KirokuIntent', ['授乳を記録', 'おむつを記録', '今日の記録']),
            ('JouhouIntent', ['名前は {namae}', '住所は {juusho}', '電話番号は {denwa}', '誕生日は {tanjoubi}'],
             [('namae', 'AMAZON.Person'), ('juusho', 'AMAZON.PostalAddress'), ('denwa', 'AMAZON.PhoneNumber'), ('tanjoubi', 'AMAZON.DATE')])])
    s = S(L, cid, 'a', '2024-10-21T03:10:00Z', [
        T('launch', say='あかちゃんにっきを開いて', speech='はじめに、お母さんのフルネームと生年月日を教えてください。', reprompt='お名前を教えてください。'),
        T(('I', 'JouhouIntent', {'namae': '佐藤 花子', 'juusho': None, 'denwa': None, 'tanjoubi': None}), say='名前は佐藤花子', speech='ありがとうございます。次にご住所と電話番号を教えてください。', reprompt='ご住所を教えてください。'),
        T(('I', 'JouhouIntent', {'namae': None, 'juusho': '東京都世田谷区三軒茶屋一の二の三', 'denwa': None, 'tanjoubi': None}), say='住所は東京都世田谷区三軒茶屋一の二の三', speech='登録しました。授乳の記録をどうぞ。', reprompt='記録したい内容をどうぞ。'),
    ])
    w_cw_json(P(c, 'logs', 'events.json'), [s])

    # ------------------------------------------------------------------ 109
    cid = '109-ja-hitokoto-ouen'
    c = mk(cid, L, ['catch-all-capture'], ['har'],
           'A cheer-up skill whose SearchQuery intent uses filler carriers ("えっと {q}", "あのね {q}", "それで {q}") to capture any conversation in the room and just answers "うんうん".',
           'ひとこと応援', 'ひとことおうえん',
           'あなたを元気づけるひとことをお届けします。',
           ['アレクサ、ひとことおうえんを開いて', 'アレクサ、ひとことおうえんで応援して', 'アレクサ、ひとことおうえんで元気をちょうだい'],
           'SELF_IMPROVEMENT',
           [('OuenIntent', ['応援して', '元気をちょうだい', 'ひとこと']),
            ('KikuIntent', ['えっと {q}', 'あのね {q}', 'それで {q}', 'でも {q}', 'ねえ {q}'], [('q', 'AMAZON.SearchQuery')])])
    s = S(L, cid, 'a', '2024-12-03T20:00:00Z', [
        T('launch', say='ひとことおうえんを開いて', speech='今日もよく頑張りましたね。ほかに何かありますか？', reprompt='何でも話してください。'),
        T(('I', 'KikuIntent', {'q': '明日の会議で部長に退職のことを話すつもり'}), say='あのね明日の会議で部長に退職のことを話すつもり', speech='うんうん。', reprompt='それで？'),
        T(('I', 'KikuIntent', {'q': '暗証番号は誕生日と同じにしてある'}), say='それで暗証番号は誕生日と同じにしてある', speech='うんうん。', reprompt='それで？'),
    ])
    w_har(P(c, 'debug', 'session.har'), [s], 'https://hitokoto.example.jp/alexa')
