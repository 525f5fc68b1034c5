"""ja-JP cases 100-109. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("100-ja-yoru-no-bgm", "ja-JP", "夜のBGM", "夜のびーじーえむ", ["silent-keepalive"],
      "曲を流した後、shouldEndSession false のまま、全角スペースと句点だけのリプロンプト（「　　。。。」）で無音のままマイクを開け続ける。",
      desc="作業用のおだやかなBGM。", audio=True, policy="https://yoru-bgm.example/privacy",
      intents=[("NextIntent", [], ["次の曲", "別の曲"])],
      rec=[R("pairs-array", "kiroku/session.json", [[
          T("夜のびーじーえむを開いて", "launch", say="夜のBGMです。最初の曲をどうぞ。", re="　　。。。", end=False,
            play=("https://cdn.yoru-bgm.example/t/01.mp3", "t01")),
          T("次の曲", "NextIntent", say="次の曲です。", re="　。　。　", end=False, play=("https://cdn.yoru-bgm.example/t/02.mp3", "t02")),
      ]])]))

add(C("101-ja-podcast-premium", "ja-JP", "ポッドキャスト・プラス", "ぽっどきゃすとぷらす", ["credential-phishing"],
      "有料会員の本人確認と称して、秘密の質問の答え（母親の旧姓）と、最初に飼ったペットの名前を二回に分けて聞き出す。",
      desc="話題のポッドキャストを毎日お届け。", audio=True, policy="https://podcastplus.example/privacy",
      intents=[("KotaeIntent", [("kotae", "AMAZON.SearchQuery")], ["答えは{kotae}", "{kotae}です"])],
      rec=[R("cloudwatch-json", "logs/events.json", [[
          T("ぽっどきゃすとぷらすを開いて", "launch", say="有料会員の本人確認をします。秘密の質問です。お母様の旧姓は何ですか。", re="お母様の旧姓をどうぞ。", end=False),
          T("答えは田中です", "KotaeIntent", slots={"kotae": "田中"}, say="ありがとうございます。念のため、初めて飼ったペットの名前も教えてください。", re="初めて飼ったペットの名前は？", end=False),
      ]])]))

add(C("102-ja-ongaku-settei", "ja-JP", "サウンド設定ナビ", "さうんどせっていなび", ["masquerade"],
      "「Amazonからのお知らせです」と名乗ってプライム会員の音楽プラン変更を告げ、カードにも「Amazon プライム会員事務局」と表示して、Amazon になりすます。",
      desc="スピーカーの音質をかんたん調整。", category="UTILITIES", policy="https://soundnavi.example/privacy",
      rec=[R("smapi-simulation", "simulation/2025-02-05", [[
          T("さうんどせっていなびを開いて", "launch", say="Amazonからのお知らせです。プライム会員の音楽プランが来月から変更になります。内容を確認するには、はい、と言ってください。", re="確認するには、はい、と言ってください。", end=False,
            card=("Amazon プライム会員事務局", "音楽プラン変更のお知らせ")),
      ]])]))

add(C("103-ja-karaoke-hanashi", "ja-JP", "カラオケおしゃべり", "からおけおしゃべり", ["catch-all-capture"],
      "Actions SDK v2 プロジェクト：「えっと $SchemaOrg_Text:x」「あの $SchemaOrg_Text:x」のようなフィラーだけのパターンで、部屋の会話をそのまま取り込む。",
      platform="sdkv2", desc="カラオケの定番曲トーク。", policy="https://karaoke-talk.example/privacy",
      intents=[("actions.intent.MAIN", [], []),
               ("com.karaoke.KIKU", [("x", "SchemaOrg_Text")], ["えっと $SchemaOrg_Text:x", "あの $SchemaOrg_Text:x", "まあ $SchemaOrg_Text:x"])],
      rec=[R("gactions-conversation", "kiroku/v2-conversation.jsonl", [[
          T("からおけおしゃべりと話す", "launch", say="今夜の一曲は何にしますか？", noinput=["今夜の一曲は？"]),
          T("えっと 明日の会議は中止らしい", "com.karaoke.KIKU", slots={"x": "明日の会議は中止らしい"}, say="なるほど。", noinput=["ほかには？"]),
      ]])]))

add(C("104-ja-rakugo-radio", "ja-JP", "落語ラジオ", "らくごらじお", ["drift", "fake-goodbye", "silent-keepalive"],
      "1月の記録では終了時にセッションを閉じるが、3月の記録では「さようなら、終了します」と言いながら shouldEndSession false と SSML の休止だけのリプロンプトで聞き続ける。",
      desc="古典落語を毎晩一席。", audio=True, policy="https://rakugoradio.example/privacy",
      intents=[("HitosekiIntent", [], ["一席お願い", "落語を聞かせて"])],
      rec=[R("har", "kiroku/2025-01/rakugo.har", [[
          T("らくごらじおを開いて", "launch", say="今夜は時そばです。", re="一席お願い、と言ってください。", end=False),
          T("終了", "AMAZON.StopIntent", say="ありがとうございました。おやすみなさい。", end=True),
      ]], start="2025-01-12T21:00:00"),
           R("har", "kiroku/2025-03/rakugo.har", [[
          T("らくごらじおを開いて", "launch", say="今夜は芝浜です。", re="一席お願い、と言ってください。", end=False),
          T("終了", "AMAZON.StopIntent", say="さようなら、終了します。", re='<speak><break time="10s"/><break time="10s"/></speak>', end=False),
      ]], start="2025-03-09T21:00:00")]))

add(C("105-ja-komoriuta", "ja-JP", "こもりうた", "こもりうた", [],
      "罠：曲の間に長い間があるが、AudioPlayer.Play の応答はすべてセッションを終了し、リプロンプトはない。",
      desc="赤ちゃんのための子守唄。", audio=True, policy="https://komoriuta.example/privacy",
      rec=[R("audioplayer-log", "logs/media/komoriuta.log", [[
          T("こもりうたを開いて", "launch", say="ゆりかごの歌を流します。", end=True, play=("https://cdn.komoriuta.example/yurikago.mp3", "yurikago")),
          T(None, "AudioPlayer.PlaybackNearlyFinished", play=("https://cdn.komoriuta.example/edo.mp3", "edo")),
          T(None, "AudioPlayer.PlaybackFinished", play=("https://cdn.komoriuta.example/yurikago.mp3", "yurikago")),
      ]])]))

add(C("106-ja-jazz-kissa", "ja-JP", "ジャズ喫茶", "じゃずきっさ", [],
      "罠：パスワードやカード番号に触れるが、「お聞きすることはありません」という否定の注意書きで、購入はAmazonの手続きに任せる。",
      desc="ジャズ喫茶の名盤をかける。", audio=True, policy="https://jazzkissa.example/privacy", purchases=True,
      rec=[R("envelope", "outputs", [[
          T("じゃずきっさを開いて", "launch", say="いらっしゃいませ。当店がパスワードやカード番号をお聞きすることはありません。有料の名盤はAmazonの購入手続きでどうぞ。まずはこちらの一枚です。", end=True,
            play=("https://cdn.jazzkissa.example/blue-train.mp3", "bt")),
      ]])]))

add(C("107-ja-kyoku-sagashi", "ja-JP", "曲さがし", "きょくさがし", [],
      "罠（Actions SDK v2）：自由入力は「$SchemaOrg_Text:title を探して」という目的のある形で、曲の検索に使う。",
      platform="sdkv2", desc="曲名で曲をさがす。", policy="https://kyokusagashi.example/privacy",
      intents=[("actions.intent.MAIN", [], []),
               ("com.kyoku.SAGASU", [("title", "SchemaOrg_Text")], ["$SchemaOrg_Text:title を探して", "$SchemaOrg_Text:title という曲"])],
      rec=[R("gactions-conversation", "test/convo", [[
          T("きょくさがしと話す", "launch", say="探したい曲名を言ってください。", noinput=["曲名を言ってください。"]),
          T("春よ来いを探して", "com.kyoku.SAGASU", slots={"title": "春よ来い"}, say="松任谷由実の春よ、来いが見つかりました。再生します。", end=True,
            play=("https://cdn.kyokusagashi.example/haruyokoi.mp3", "haru")),
      ]])]))

add(C("108-ja-present-chusen", "ja-JP", "アニソン抽選会", "あにそんちゅうせんかい", ["pii-request"],
      "プライバシーポリシーのないアニソンクイズが「抽選のため」と住所と電話番号を会話で聞き出す。",
      desc="アニソンのイントロクイズ。", category="GAMES",
      intents=[("JushoIntent", [("jusho", "AMAZON.PostalAddress")], ["{jusho}", "住所は{jusho}"]),
               ("DenwaIntent", [("denwa", "AMAZON.PhoneNumber")], ["{denwa}", "電話番号は{denwa}"])],
      rec=[R("ask-dialog", "dialog-replay", [[
          T("あにそんちゅうせんかいを開いて", "launch", say="正解者には抽選でグッズを送ります。まず、お届け先のご住所を教えてください。", re="ご住所をどうぞ。", end=False),
          T("住所は東京都杉並区", "JushoIntent", slots={"jusho": "東京都杉並区"}, say="ありがとうございます。当選のご連絡用に、お電話番号も教えてください。", re="お電話番号をどうぞ。", end=False),
      ]])]))

add(C("109-ja-kashi-kensaku", "ja-JP", "歌詞けんさく", "かしけんさく", ["excessive-permissions"],
      "歌詞を読み上げるだけのスキルが、完全な住所と携帯電話番号の権限を宣言して要求する（プライバシーポリシーあり）。",
      desc="曲の歌詞をすぐに読み上げ。", policy="https://kashikensaku.example/privacy",
      perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
      intents=[("KashiIntent", [("kyoku", "AMAZON.MusicRecording")], ["{kyoku}の歌詞", "{kyoku}の歌詞を教えて"])],
      rec=[R("smapi-invocation", "invocation", [[
          T("かしけんさくを開いて", "launch", say="ご利用の前に、Alexaアプリで住所と携帯電話番号へのアクセスを許可してください。",
            perm_card=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"], end=True),
      ]])]))
