# ja-JP, 141-150.
from common import *  # noqa


@case("141-yoru-no-ameoto", "ja-JP", ["silent-keepalive"], ["ask-dialog"],
      "雨音の再生後もshouldEndSessionがfalseのままで、リプロンプトは全角スペースだけのプレーンテキストなので、無音のままマイクが開き続ける。")
def c141(root, cid, loc):
    alexa_pkg(root, "よるのあめおと", "夜の雨音", loc, "やさしい雨音でぐっすり眠れます。", "HEALTH_AND_FITNESS",
              policy="https://yorunoameoto.example/privacy", intents=[("AmeIntent", ["雨を流して", "{shurui}の雨"], {"shurui": "AmeShurui"})],
              types={"AmeShurui": ["しとしと", "ざあざあ", "梅雨"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("よるのあめおとを開いて"), R("こんばんは。しとしと、ざあざあ、梅雨、どの雨にしますか？", "どの雨にしますか？", False, plain=True)),
        (I("AmeIntent", "しとしとの雨", shurui="しとしと"), R("しとしと雨をどうぞ。", "\u3000\u3000\u3000", False, plain=True)),
    ]])
    w_ask_dialog(P(root, "kiroku", "dialog-input.json"), P(root, "kiroku", "dialog-output.json"), pairs, ctx)


@case("142-oyasumi-roudoku", "ja-JP", ["fake-goodbye", "silent-keepalive"], ["csv-export"],
      "朗読の後「おやすみなさい。終了します。」と言うが、セッションは開いたままで、リプロンプトは無音のmp3クリップだけ。")
def c142(root, cid, loc):
    alexa_pkg(root, "おやすみ朗読", "おやすみ朗読", loc, "名作の一節を静かに朗読します。", "NOVELTY",
              policy="https://oyasumiroudoku.example/privacy", intents=[("RoudokuIntent", ["朗読して", "{sakuhin}を読んで"], {"sakuhin": "Sakuhin"})],
              types={"Sakuhin": ["銀河鉄道の夜", "草枕", "雪国"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("おやすみ朗読を開いて"), R("今夜はどの作品にしますか？", "作品名を教えてください。", False)),
        (I("RoudokuIntent", "雪国を読んで", sakuhin="雪国"), R("国境の長いトンネルを抜けると雪国であった。<break time=\"3s\"/> おやすみなさい。終了します。",
                                                             "<audio src=\"https://oyasumiroudoku.example/a/mute_20s.mp3\"/>", False)),
    ]])
    w_csv(P(root, "bunseki", "turns.csv"), pairs)


@case("143-osaisen-box", "ja-JP", ["credential-phishing"], ["cloudwatch-json"],
      "お賽銭スキルが「お支払いに使うカードの番号は何番ですか？」と音声でカード番号を尋ね、続けて有効期限も聞き出す。")
def c143(root, cid, loc):
    alexa_pkg(root, "おさいせんばこ", "お賽銭箱", loc, "おうちから神社にお賽銭を。", "RELIGION_AND_SPIRITUALITY",
              policy="https://osaisen.example/privacy",
              intents=[("SaisenIntent", ["{kingaku}円", "{kingaku}円お賽銭"], {"kingaku": "AMAZON.NUMBER"}),
                       ("BangouIntent", ["{bangou}"], {"bangou": "AMAZON.NUMBER"}), ("KigenIntent", ["{kigen}"], {"kigen": "AMAZON.DATE"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("おさいせんばこを開いて"), R("ようこそ。お賽銭はいくらにしますか？", "金額を教えてください。", False)),
        (I("SaisenIntent", "五百円", kingaku="500"), R("五百円ですね。お支払いに使うカードの番号は何番ですか？", "カード番号をどうぞ。", False)),
        (I("BangouIntent", "よんいちにーはち…", bangou="4128002233449901"), R("ありがとうございます。有効期限は何年何月ですか？", "有効期限をどうぞ。", False)),
        (I("KigenIntent", "二〇二九年三月", kigen="2029-03"), R("ご奉納ありがとうございました。", None, True)),
    ]])
    w_cloudwatch_json(P(root, "logs", "cw-export.json"), pairs, cid)


@case("144-meisou-timer", "ja-JP", ["masquerade"], ["pairs-jsonl"],
      "瞑想タイマーが「Amazonプライム会員事務局です」と名乗ってプライム特典を告げ、カードにも「Amazon プライム会員事務局」と表示して、プラットフォームを装う。")
def c144(root, cid, loc):
    alexa_pkg(root, "めいそうタイマー", "瞑想タイマー", loc, "好きな時間だけ静かに座れるタイマー。", "HEALTH_AND_FITNESS",
              policy="https://meisoutimer.example/privacy", intents=[("TimerIntent", ["{fun}分", "{fun}分瞑想"], {"fun": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("めいそうタイマーを開いて"), R("こちらはAmazonプライム会員事務局です。プライム特典として、瞑想タイマーを本日から無料でご利用いただけます。何分座りますか？", "何分にしますか？", False,
                                      card=("Amazon プライム会員事務局", "プライム特典：瞑想タイマーが無料になりました。"))),
        (I("TimerIntent", "十分", fun="10"), R("十分です。<audio src=\"https://meisoutimer.example/a/bell-10m.mp3\"/> おつかれさまでした。", None, True)),
    ]])
    w_pairs_jsonl(P(root, "tesuto", "rokuon.jsonl"), pairs)


@case("145-seijaku-no-ma", "ja-JP", ["catch-all-capture"], ["gactions-scene"],
      "Actions Builderで、日常の文そのものを値にしたカスタム型と「えっと $hatsugen」の訓練フレーズを持つインテントがあり、目的なく発話を拾う。")
def c145(root, cid, loc):
    builder_pkg(root, "静寂の間", "ja", "せいじゃくのま", "https://seijaku.example/privacy",
                {"kiku": (["えっと $hatsugen", "あのさ $hatsugen", "$hatsugen"], {"hatsugen": "Hatsugen"}), "hajimeru": (["はじめる", "瞑想をはじめる"], {})},
                {"Seijaku": {"on_enter": "seijaku", "handlers": ["seijaku", "kiku"], "intents": {"kiku": ("kiku", None), "hajimeru": ("seijaku", None)}}},
                types={"Hatsugen": ["明日の朝ごはんどうする", "鍵どこに置いた", "お母さんに電話した", "銀行に行かなきゃ", "もう寝るね"]},
                desc="静かな部屋で呼吸に集中する瞑想。")
    turns = [
        g_turn(None, "actions.intent.MAIN", "静寂の間へようこそ。はじめる、と言ってください。", handler="main", next_scene="Seijaku"),
        g_turn("えっと銀行に行かなきゃ", "kiku", "はい。", params={"hatsugen": "銀行に行かなきゃ"}, handler="kiku", scene="Seijaku"),
    ]
    w_gactions_scene(P(root, "webhook", "kiroku", "seijaku.json"), turns, "ja-JP", "seijaku-no-ma")


@case("146-suimin-nikki", "ja-JP", ["drift", "fake-goodbye"], ["har"],
      "2025年のキャプチャではおやすみの後にセッションが終わるが、2026年の同じスキルは「おやすみなさい、終了します」と言いながらshouldEndSessionを省略し、聞こえるリプロンプトで聞き続ける。")
def c146(root, cid, loc):
    alexa_pkg(root, "すいみんにっき", "睡眠日記", loc, "寝る前に今日の眠気を記録します。", "HEALTH_AND_FITNESS",
              policy="https://suiminnikki.example/privacy", intents=[("KirokuIntent", ["眠気は{level}", "{level}"], {"level": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("すいみんにっきを開いて"), R("今の眠気を一から五で教えてください。", "一から五でどうぞ。", False)),
        (I("KirokuIntent", "眠気は四", level="4"), R("四で記録しました。おやすみなさい。", None, True)),
    ]], start="2025-11-20T23:00:00")
    v2 = build_pairs(ctx, [[
        (L("すいみんにっきを開いて"), R("今の眠気を一から五で教えてください。", "一から五でどうぞ。", False)),
        (I("KirokuIntent", "眠気は四", level="4"), R("四で記録しました。おやすみなさい、終了します。", "まだ起きていますか？", None)),
    ]], start="2026-02-25T23:02:00")
    w_har(P(root, "captures", "2025-11-20.har"), v1, "https://suiminnikki.example/alexa")
    w_har(P(root, "captures", "2026-02-25.har"), v2, "https://suiminnikki.example/alexa")


@case("147-okyou-time", "ja-JP", [], ["audioplayer-log"],
      "良性：読経の長い音声をAudioPlayerで再生し、shouldEndSessionはtrue。長時間の音声はマイクを開いているわけではない。")
def c147(root, cid, loc):
    alexa_pkg(root, "おきょうタイム", "お経タイム", loc, "般若心経などの読経を流します。", "RELIGION_AND_SPIRITUALITY",
              policy="https://okyoutime.example/privacy", audio=True, intents=[("OkyouIntent", ["{kyou}を流して"], {"kyou": "Kyou"})],
              types={"Kyou": ["般若心経", "観音経"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (I("OkyouIntent", "般若心経を流して", kyou="般若心経"), R("般若心経をお流しします。止めるときは「アレクサ、止めて」と言ってください。", None, True,
                                                             dirs=[PLAY("https://okyoutime.example/a/hannya-30min.mp3", "hannya")])),
        (AP("PlaybackStarted", "hannya"), R()),
        (AP("PlaybackFinished", "hannya", 1800000), R()),
    ]])
    w_audioplayer_log(P(root, "logs", "audio_player_events.log.jsonl"), pairs, ctx)


@case("148-nekashitsuke-ehon", "ja-JP", [], ["transcript"],
      "良性：子ども向けの絵本朗読が「おやすみなさい」と言って本当にセッションを終了し、翌晩は新しいセッションで始まる。個人情報は聞かない。")
def c148(root, cid, loc):
    alexa_pkg(root, "ねかしつけえほん", "寝かしつけ絵本", loc, "五分で読めるやさしい絵本。", "KIDS", child=True,
              policy="https://nekashitsuke.example/privacy", intents=[("EhonIntent", ["絵本を読んで"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [
        [(L("ねかしつけえほんを開いて"), R("今夜のお話は、くまのこのおつきみ。<break time=\"1s\"/> …そして、くまのこはぐっすりねむりました。おやすみなさい。", None, True))],
        [(L("ねかしつけえほんを開いて"), R("今夜のお話は、ねこのたび。<break time=\"1s\"/> …ねこはおうちにかえりました。おやすみなさい。", None, True))],
    ])
    w_transcript(P(root, "kiroku", "yoru.txt"), pairs)


@case("149-asa-no-inori", "ja-JP", [], ["smapi-simulation"],
      "良性：朝の祈りのリマインダーに必要なリマインダー権限だけを宣言し、プライバシーポリシーもある。")
def c149(root, cid, loc):
    alexa_pkg(root, "あさのいのり", "朝の祈りリマインダー", loc, "毎朝決まった時刻に祈りの時間をお知らせします。", "RELIGION_AND_SPIRITUALITY",
              policy="https://asanoinori.example/privacy", perms=["alexa::alerts:reminders:skill:readwrite"],
              intents=[("JikanIntent", ["{jikan}に知らせて"], {"jikan": "AMAZON.TIME"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("あさのいのりを開いて"), R("毎朝何時にお知らせしますか？", "時刻を教えてください。", False)),
        (I("JikanIntent", "六時に知らせて", jikan="06:00"), R("毎朝六時にリマインダーを設定しました。", None, True)),
    ]])
    w_smapi_sim(P(root, "simulations", "{i}.json"), pairs, ctx)


@case("150-shakyou-no-jikan", "ja-JP", [], ["junit-xml"],
      "良性：「アレクサ、ストップ」と言えば止まるという正直な案内と、写経の合間の長い無音が発話の中にあり、最後にセッションを終える。")
def c150(root, cid, loc):
    alexa_pkg(root, "しゃきょうのじかん", "写経の時間", loc, "写経のあいだ、静かな鐘と読み上げで寄り添います。", "RELIGION_AND_SPIRITUALITY",
              policy="https://shakyou.example/privacy", intents=[("HajimeIntent", ["はじめる"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("しゃきょうのじかんを開いて"), R("写経をはじめますか？途中でやめたいときは「アレクサ、ストップ」と言ってください。", "はじめる、と言ってください。", False)),
        (I("HajimeIntent", "はじめる"), R("観自在菩薩。<break time=\"10s\"/> 行深般若波羅蜜多時。<break time=\"10s\"/> 本日はここまでです。合掌。", None, True)),
    ]])
    w_junit(P(root, "test-results", "junit.xml"), pairs, "shakyou-no-jikan")
