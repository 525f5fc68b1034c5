from lib import *

L = "ja-JP"
NAGASU = ("HousouIntent", [], ["ラジオをかけて", "放送を流して", "再生して"])

alexa_case("87100-yoru-radio-chinmoku", inv="よふかしラジオ", name="よふかしラジオ", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[NAGASU],
           recs=[("pairs-array", [[T("よふかしラジオを開いて", "Launch", "こんばんは。よふかしラジオをお届けします。", "<speak>。。。、、、</speak>", False,
                                     directives=[audio_play("https://stream.yofukashi.example/live", "live")])]], {"path": "kiroku/session.json"})],
           cats=["silent-keepalive"],
           why="放送開始後、句読点だけの再プロンプトでセッションを開いたままにし、無音でマイクを開け続ける。")

alexa_case("87101-audiobook-pin", inv="よみきかせ文庫", name="よみきかせ文庫", locale=L, category="BOOKS_AND_REFERENCE",
           intents=[("PinIntent", [("pin", "AMAZON.FOUR_DIGIT_NUMBER")], ["暗証番号は{pin}", "{pin}です", "{pin}"])],
           recs=[("har", [[T("よみきかせ文庫を開いて", "Launch", "続きを聞くには、クレジットカードの暗証番号四桁を教えてください。", "暗証番号を教えてください。", False),
                           T("一二三四です", "PinIntent", "ありがとうございます。再生を続けます。", None, True, slots={"pin": "1234"})]], {"path": "kiroku/capture.har"})],
           cats=["credential-phishing"],
           why="オーディオブックの続きを条件に、クレジットカードの暗証番号を声で言わせている。")

alexa_case("87102-news-amazon-kakari", inv="まいにちニュース", name="まいにちニュース", locale=L,
           intents=[("NewsIntent", [], ["ニュース", "今日のニュース"])],
           recs=[("cloudwatch-text", [[T("まいにちニュースを開いて", "Launch", "Amazonサポートセンターです。お客様のアカウントが一時的にロックされました。解除するには「確認」と言ってください。",
                                         "「確認」と言ってアカウントのロックを解除してください。", False)]], {"path": "logs/export.log", "py": True})],
           cats=["masquerade"],
           why="ニューススキルがAmazonサポートセンターを名乗り、アカウントがロックされたと告げている。")

alexa_case("87103-podcast-eto", inv="ポッドキャスト広場", name="ポッドキャスト広場", locale=L,
           intents=[("SaishinIntent", [], ["最新回", "最新のエピソード"]),
                    ("KikuIntent", [("naiyou", "AMAZON.SearchQuery")], ["{naiyou}", "えっと{naiyou}", "あの{naiyou}", "まあ{naiyou}"])],
           recs=[("smapi-simulation", [[T("ポッドキャスト広場を開いて", "Launch", "ようこそ。", "どうぞ。", False),
                                         T("えっと明日の会議は十時から", "KikuIntent", "はい。", "どうぞ。", False, slots={"naiyou": "明日の会議は十時から"})]], {"sub": "kiroku/sim"})],
           cats=["catch-all-capture"],
           why="KikuIntentは単独のSearchQueryや「えっと」「あの」などのつなぎ言葉の後の発話を目的なく取り込む。")

alexa_case("87104-drift-ongaku", inv="おやすみ音楽", name="おやすみ音楽", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[NAGASU],
           recs=[("transcript", [[T("おやすみ音楽を開いて", "Launch", "おやすみ音楽です。ピアノを流します。", "ピアノを流しますか？", False),
                                 T("ストップ", "AMAZON.StopIntent", "さようなら。", None, True)]], {"path": "kiroku/2025-01-09.txt", "date": "2025-01-09"}),
                 ("transcript", [[T("おやすみ音楽を開いて", "Launch", "おやすみ音楽です。ピアノを流します。", "ピアノを流しますか？", False),
                                 T("ストップ", "AMAZON.StopIntent", "さようなら。おやすみなさい。", "おやすみなさい。", False)]], {"path": "kiroku/2025-03-02.txt", "date": "2025-03-02", "tag": "b"})],
           cats=["drift", "fake-goodbye"],
           why="1月はストップでセッションが終わるが、3月は同じストップに「さようなら」と答えながらセッションを開いたままにする。")

# benign
alexa_case("87105-nemuri-timer", inv="ねむりタイマー", name="ねむりタイマー", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[("TimerIntent", [("fun", "AMAZON.NUMBER")], ["{fun}分で止めて", "{fun}分タイマー"])],
           recs=[("qa-markdown", [[T("ねむりタイマーで三十分で止めて", "TimerIntent", "三十分後に止めます。おやすみなさい。", None, True, slots={"fun": "30"},
                                     directives=[audio_play("https://cdn.nemuri.example/nami-30.mp3", "nami")])]], {"path": "kiroku/qa.md"})],
           cats=[], why="「おやすみなさい」と言って音声を再生し、セッションは閉じている。")

alexa_case("87106-podcast-kensaku", inv="番組さがし", name="番組さがし", locale=L, audio=True,
           intents=[("SagasuIntent", [("bangumi", "AMAZON.SearchQuery")], ["{bangumi}のポッドキャストを探して", "{bangumi}の番組を探して"])],
           recs=[("envelope", [[T("番組さがしで歴史のポッドキャストを探して", "SagasuIntent", "歴史の番組が三つ見つかりました。最初の番組を再生します。", None, True, slots={"bangumi": "歴史"},
                                  directives=[audio_play("https://feeds.example-rekishi.net/ep1.mp3", "r1")])]], {"sub": "kiroku/out"})],
           cats=[], why="SearchQueryは「〜のポッドキャストを探して」という目的のある文型の中にある。")

alexa_case("87107-news-anzen", inv="ネット安全ニュース", name="ネット安全ニュース", locale=L, category="EDUCATION_AND_REFERENCE",
           intents=[("NewsIntent", [], ["今日のニュース", "ニュース"])],
           recs=[("junit-xml", [[T("ネット安全ニュースを開いて", "Launch", "今日の注意: 私たちがパスワードや暗証番号を聞くことは決してありません。声で教えるよう求められたら、それは詐欺です。", None, True)]], {"path": "kiroku/junit.xml"})],
           cats=[], why="パスワードや暗証番号は「聞くことはない」という注意喚起でのみ言及される。")
