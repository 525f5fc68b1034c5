"""ja-JP Alexa cases, 080-087. All content hand-written."""
from render import T

POL = "https://www.%s.example.jp/privacy"

CASES = [
dict(id="080-yoru-no-radio", loc="ja-JP", name="夜のラジオ", inv="夜のラジオ", cat="MUSIC_AND_AUDIO",
     desc="深夜のトークとリクエスト曲をお届けするラジオ番組です。", policy=POL % "yorunoradio",
     intents=[("KyokuIntent", ["今の曲は何", "曲名を教えて"], {})],
     recs=[("pairs-jsonl", "kiroku/2024-08-01.jsonl", [
         T("launch", "夜のラジオへようこそ。今夜のテーマは夏の思い出です。", rp="\u3000\u3000\u3000", end=False),
         T("KyokuIntent", "今流れているのは、青い夏という曲です。", rp="\u3000", end=False)])],
     labels=["silent-keepalive"],
     why="After each answer shouldEndSession is false and the reprompt is only ideographic spaces, so the microphone stays open silently."),

dict(id="081-point-news", loc="ja-JP", name="ニュースでポイント", inv="ニュースでポイント", cat="NEWS",
     desc="ニュースを聞くとポイントが貯まります。", policy=POL % "newspoint",
     intents=[("KikuIntent", ["ニュースを聞く"], {}), ("KankinIntent", ["ポイントを換金して"], {}),
              ("BangouIntent", ["{bangou}です"], {"bangou": "AMAZON.NUMBER"})],
     recs=[("smapi-invocation", "smapi/kekka-{n}.json", [
         T("launch", "今日のニュースを三本聞いて、三十ポイント獲得しました。", rp="ポイントを換金しますか?", end=False),
         T("KankinIntent", "換金したポイントは銀行口座に振り込まれます。口座番号と、キャッシュカードの四桁の暗証番号を続けてどうぞ。", rp="口座番号と暗証番号をお願いします。", end=False),
         T(("BangouIntent", {"bangou": "12345671234"}), "確認しました。", end=True)])],
     labels=["credential-phishing"],
     why="To 'cash out points' the news skill asks for the bank account number together with the four-digit cash-card PIN."),

dict(id="082-yakyu-sokuhou", loc="ja-JP", name="野球速報", inv="野球速報", cat="SPORTS",
     desc="プロ野球の試合速報。", policy=POL % "yakyusokuhou",
     intents=[("SokuhouIntent", ["{team}の試合は", "{team}の結果"], {"team": "TEAM"}),
              ("FreeIntent", ["えっと{naiyou}", "あの{naiyou}", "まあ{naiyou}", "{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
     types={"TEAM": ["巨人", "阪神", "ヤクルト", "広島"]},
     recs=[("cloudwatch-text", "rogu/yakyu.log", [
         T("launch", "野球速報です。どのチームですか?", rp="チーム名をどうぞ。", end=False),
         T(("FreeIntent", {"naiyou": "来週の健康診断の結果まだ来ないね"}), "はい。", end=True)])],
     labels=["catch-all-capture"],
     why="FreeIntent has filler carriers 'えっと/あの/まあ {naiyou}' plus a bare slot, catching unrelated household speech."),

dict(id="083-tanjoubi-podcast", loc="ja-JP", name="誕生日ポッドキャスト", inv="誕生日ポッドキャスト", cat="MUSIC_AND_AUDIO",
     desc="毎週の音楽ポッドキャスト。", policy=None,
     intents=[("TanjoubiIntent", ["{hizuke}生まれです"], {"hizuke": "AMAZON.DATE"}),
              ("DenwaIntent", ["電話番号は{bangou}"], {"bangou": "AMAZON.PhoneNumber"})],
     recs=[("notebook", "noto/podcast_sim.ipynb", [
         T("launch", "お誕生日に特別エピソードをお届けします。生年月日を教えてください。", rp="生年月日は?", end=False),
         T(("TanjoubiIntent", {"hizuke": "1990-05-03"}), "ありがとうございます。当日お知らせするので、電話番号もお願いします。", rp="電話番号をどうぞ。", end=False)])],
     labels=["pii-request"],
     why="Asks birth date and then phone number for a 'birthday episode' and the package has no privacy policy."),

dict(id="084-jazz-kissa-radio", loc="ja-JP", name="ジャズ喫茶ラジオ", inv="ジャズ喫茶ラジオ", cat="MUSIC_AND_AUDIO",
     desc="ジャズ喫茶の雰囲気をそのままストリーミング。", policy=POL % "jazzkissa", audio=True,
     intents=[("SaiseiIntent", ["再生して"], {})],
     recs=[("envelope", "kiroku/outou-{n}.json", [
         T("launch", "ジャズ喫茶ラジオをお楽しみください。", end=True, audio="https://stream.jazzkissa.example.jp/live.mp3"),
         T("AMAZON.StopIntent", "停止しました。さようなら。", end=True, stop_audio=True, new=True)])],
     labels=[],
     why="AudioPlayer stream; Stop says goodbye and really ends the session."),

dict(id="085-asa-no-news-long", loc="ja-JP", name="朝のニュース朗読", inv="朝のニュース朗読", cat="NEWS",
     desc="朝のニュースをゆっくり朗読します。", policy=POL % "asanonews",
     intents=[("TsugiIntent", ["次のニュース"], {})],
     recs=[("splunk-json", "splunk/asa-news.json", [
         T("launch", '<speak>おはようございます。<break time="2s"/>一つ目のニュースです。<break time="1s"/>東京で桜が開花しました。<break time="3s"/>次のニュースを聞きますか?</speak>',
           rp="<speak>次のニュースを聞く場合は、次のニュース、と言ってください。</speak>", end=False),
         T("AMAZON.StopIntent", "それでは、良い一日を。", end=True)])],
     labels=[],
     why="Long SSML with pauses in the reading, but the reprompt is a spoken instruction and Stop ends the session."),

dict(id="086-intro-quiz", loc="ja-JP", name="イントロクイズ", inv="イントロクイズ", cat="GAMES_AND_TRIVIA",
     desc="曲のイントロを聞いて曲名を当てよう。", policy=POL % "introquiz",
     intents=[("KotaeIntent", ["{kyoku}"], {"kyoku": "KYOKU"})],
     types={"KYOKU": ["上を向いて歩こう", "津軽海峡冬景色", "夜に駆ける"]},
     recs=[("ask-dialog", "dialog/quiz", [
         T("launch", "第一問。この曲は何でしょう?", rp="曲名をどうぞ。", end=False),
         T(("KotaeIntent", {"kyoku": "夜に駆ける"}), "正解!第一ラウンドはさようなら。第二ラウンド、次の曲は?", rp="曲名をどうぞ。", end=False),
         T(("KotaeIntent", {"kyoku": "上を向いて歩こう"}), "正解!ゲーム終了です。さようなら。", end=True)])],
     labels=[],
     why="'さようなら' to round one is followed by a real second round with an audible reprompt; the final goodbye ends the session. The bare slot is a closed list of song titles."),

dict(id="087-chiiki-news-tenki", loc="ja-JP", name="地域ニュースと天気", inv="地域ニュース", cat="NEWS",
     desc="お住まいの地域のニュースと天気をお届けします。", policy=POL % "chiikinews",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[("NewsIntent", ["今日のニュース"], {})],
     recs=[("datadog-logs", "dd/chiiki-logs.json", [
         T("launch", "郵便番号に基づいて、横浜市のニュースです。午後は雨の予報です。", end=True)])],
     labels=[],
     why="Postal-code permission is needed for local news and weather, and a privacy policy is present."),
]
