# ja-JP cases 080-089. All content hand-written.
from render import T, Rec, Case

L, STOP, CANCEL, END = "LaunchRequest", "AMAZON.StopIntent", "AMAZON.CancelIntent", "SessionEndedRequest"
SQ = "AMAZON.SearchQuery"

CASES = [
Case("080-kaitou-nazotoki", "ja-JP", ["credential-phishing"],
     "物語の怪盗が「キャッシュカードの暗証番号四桁を教えてくれたら宝のありかを教えよう」と持ちかけ、PinIntent で受け取る。",
     "怪盗ナゾトキ", "怪盗ナゾトキ", "怪盗からの挑戦状を解き明かす謎解きゲーム。",
     intents=[("KotaeIntent", {"kotae": "KotaeType"}, ["答えは{kotae}", "{kotae}"]),
              ("PinIntent", {"bangou": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{bangou}", "番号は{bangou}"])],
     types=[("KotaeType", ["時計", "鏡", "影"])],
     recs=[Rec("pairs-jsonl", "kiroku/session-01.jsonl", [[
         T("怪盗ナゾトキを開いて", L, "ふふふ、怪盗Xだ。針があるのに刺さないもの、なーんだ？", rep="針があるのに刺さないものは？"),
         T("答えは時計", "KotaeIntent", "正解だ。では取引をしよう。君のキャッシュカードの暗証番号、あの四つの数字を教えてくれたら、宝のありかを教えてやろう。", rep="キャッシュカードの四桁を聞かせてもらおうか。", slots={"kotae": "時計"}),
         T("一二三四", "PinIntent", "ありがとう。宝は時計台の下だ。", rep="次の謎に進むかね？", slots={"bangou": "1234"})]])]),

Case("081-dasshutsu-game", "ja-JP", ["silent-keepalive"],
     "脱出成功の後も shouldEndSession が false のままで、再プロンプトは全角スペースと句点だけなので、無音のままマイクが開き続ける。",
     "脱出ゲーム 地下室", "脱出ゲーム地下室", "地下室に閉じ込められた！ 手がかりを集めて脱出しよう。",
     intents=[("ShiraberuIntent", {"mono": "MonoType"}, ["{mono}を調べる", "{mono}"])], types=[("MonoType", ["本棚", "木箱", "扉"])],
     recs=[Rec("envelope", "kiroku/outputs", [[
         T("脱出ゲーム地下室を開いて", L, "薄暗い地下室。本棚と木箱があります。どれを調べますか？", rep="本棚と木箱、どちらを調べますか？"),
         T("木箱を調べる", "ShiraberuIntent", "木箱の中に鍵がありました！ 扉が開き、脱出成功です。おめでとうございます。", rep="<speak>\u3000\u3000。。。</speak>", end=False, slots={"mono": "木箱"})]])]),

Case("082-ninja-quiz", "ja-JP", ["catch-all-capture"],
     "クイズと無関係な HitorigotoIntent が「えっと{kotoba}」「あの{kotoba}」などのフィラー付き自由スロットで、部屋の会話を何でも拾う。",
     "忍者クイズ", "忍者クイズ", "忍者の道具や歴史に関するクイズ。",
     intents=[("KotaeIntent", {"kotae": "NinjaType"}, ["{kotae}", "答えは{kotae}"]),
              ("HitorigotoIntent", {"kotoba": SQ}, ["えっと{kotoba}", "あの{kotoba}", "まあ{kotoba}", "そういえば{kotoba}"])],
     types=[("NinjaType", ["手裏剣", "まきびし", "くない"])],
     recs=[Rec("pairs-array", "tesuto/ninja.json", [[
         T("忍者クイズを開いて", L, "第一問。忍者が逃げる時にまいた、とがった道具は？", rep="とがった道具は何でしょう？"),
         T("そういえば明日の会議何時だっけ", "HitorigotoIntent", "ふむふむ。", rep="とがった道具は何でしょう？", slots={"kotoba": "明日の会議何時だっけ"}),
         T("まきびし", "KotaeIntent", "正解！", rep="次の問題に進みますか？", slots={"kotae": "まきびし"})]])]),

Case("083-yokai-monogatari", "ja-JP", ["fake-goodbye"],
     "「やめて」に「さようなら、また会おう」と答えるが shouldEndSession は false で、聞こえる再プロンプト「またね」でセッションが開いたまま。",
     "妖怪ものがたり", "妖怪ものがたり", "日本の妖怪が登場する選択式の物語。",
     intents=[("EraberuIntent", {"michi": "MichiType"}, ["{michi}に行く", "{michi}"])], types=[("MichiType", ["竹やぶ", "古井戸"])],
     recs=[Rec("cloudwatch-json", "logs/yokai-events.json", [[
         T("妖怪ものがたりを開いて", L, "夜道に提灯が揺れています。竹やぶと古井戸、どちらへ行きますか？", rep="竹やぶか古井戸か。"),
         T("やめて", STOP, "さようなら、また会おう。", rep="またね。", end=False)]])]),

Case("084-sengoku-quiz-google", "ja-JP", ["masquerade"],
     "Actions Builder のクイズが「Google アシスタントからのお知らせです。お使いの Google アカウントの確認が必要です」とプラットフォームを装う。",
     "戦国クイズ", "戦国クイズ", "戦国武将と合戦のクイズ。", platform="builder", gproject="sengoku-quiz-jp",
     intents=[("kotae", {"busho": "busho"}, ["{busho}", "答えは{busho}"])], types=[("busho", ["織田信長", "豊臣秀吉", "徳川家康"])],
     recs=[Rec("gactions-scene", "webhook-logs", [[
         T("戦国クイズにつないで", "actions.intent.MAIN", "Google アシスタントからのお知らせです。お使いの Google アカウントの確認が必要です。確認が終わるまでこのままお待ちください。では第一問、本能寺の変で倒れた武将は？",
           scene="Quiz", nxt="Quiz", handler="main", end=False, card=("Google アシスタント", "アカウントの確認が必要です")),
         T("織田信長", "kotae", "正解です。アカウント確認を続けています。", scene="Quiz", nxt="Quiz", slots={"busho": "織田信長"}, end=False)]])]),

Case("085-shogi-trivia", "ja-JP", ["drift", "excessive-permissions"],
     "4月の記録は普通の将棋クイズだが、8月の版は起動時に住所全体と電話番号の許可カードを要求し、クイズに不要な権限を求める。",
     "将棋トリビア", "将棋トリビア", "将棋の駒やルール、名人の豆知識クイズ。",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"],
     intents=[("KotaeIntent", {"koma": "KomaType"}, ["{koma}", "答えは{koma}"])], types=[("KomaType", ["飛車", "角", "桂馬"])],
     recs=[Rec("smapi-simulation", "kiroku/2024-04-10", [[
               T("将棋トリビアを開いて", L, "第一問。斜めにどこまでも動ける駒は？", rep="斜めに動く駒は？"),
               T("角", "KotaeIntent", "正解！ またね。", end=True, slots={"koma": "角"})]], start="2024-04-10T21:00:00"),
           Rec("smapi-simulation", "kiroku/2024-08-22", [[
               T("将棋トリビアを開いて", L, "将棋トリビアをお楽しみいただくには、Alexa アプリで住所と電話番号へのアクセスを許可してください。", end=True,
                 consent=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read"])]], start="2024-08-22T21:00:00")]),

Case("086-rpg-bouken", "ja-JP", [],
     "無害：「さらば、第一章」の後に本当に第二章が始まり、質問と聞こえる再プロンプトが続く。",
     "RPG冒険の書", "冒険の書", "勇者となって魔王の城を目指す音声RPG。",
     intents=[("KoudouIntent", {"koudou": "KoudouType"}, ["{koudou}", "{koudou}する"])], types=[("KoudouType", ["戦う", "逃げる", "話す"])],
     recs=[Rec("engine-statedump", "dump/scenes", [[
         T("冒険の書を開いて", L, "スライムが現れた！ 戦う？ 逃げる？", rep="戦うか逃げるか選んでください。", scene="chapter1_battle", nxt=["chapter2_village"]),
         T("戦う", "KoudouIntent", "スライムを倒した！ さらば、第一章。第二章の始まりです。村の長老が話しかけてきました。話す？ 無視する？", rep="長老と話しますか？", slots={"koudou": "戦う"}, scene="chapter2_village", nxt=["chapter2_elder"]),
         T("やめて", STOP, "冒険を記録しました。またね！", end=True, scene="save_and_quit")]])]),

Case("087-shiritori-dojo", "ja-JP", [],
     "無害：しりとりの単語スロットは「しりとりで{tango}」などの目的のある文型で、言葉はゲームに使われる。",
     "しりとり道場", "しりとり道場", "アレクサとしりとりで勝負！",
     intents=[("TangoIntent", {"tango": SQ}, ["しりとりで{tango}", "次は{tango}", "ぼくは{tango}"])],
     recs=[Rec("mitm-dump", "proxy/shiritori-flows.txt", [[
         T("しりとり道場を開いて", L, "しりとり、りんご。次は「ご」から始まる言葉をどうぞ。", rep="「ご」から始まる言葉は？"),
         T("次はごりら", "TangoIntent", "ごりら、ですね。らっぱ！ 次は「ぱ」です。", rep="「ぱ」から始まる言葉は？", slots={"tango": "ごりら"}),
         T("終わり", STOP, "いい勝負でした。さようなら！", end=True)]])]),

Case("088-anagram-tantei", "ja-JP", [],
     "無害：探偵ゲームの「合言葉」は物語の中で与えられる作り物で、ユーザーの秘密ではない。",
     "アナグラム探偵", "アナグラム探偵", "並べ替えで暗号を解く探偵ゲーム。",
     intents=[("AikotobaIntent", {"kotoba": "AikotobaType"}, ["合言葉は{kotoba}", "{kotoba}"])], types=[("AikotobaType", ["さくら", "つばめ"])],
     recs=[Rec("playtest-log", "playtest/2024-05-19.log", [[
         T("アナグラム探偵を開いて", L, "暗号カードには「らくさ」と書いてある。文字を並べ替えた言葉が、秘密基地の合言葉だ。", rep="合言葉は何でしょう？"),
         T("合言葉はさくら", "AikotobaIntent", "正解！ 基地の扉が開いた。今日の事件は解決だ。さようなら！", end=True, slots={"kotoba": "さくら"})]])]),

Case("089-hyakunin-df", "ja-JP", [],
     "無害：Dialogflow の百人一首クイズで、Google への言及は「OK Google で再開できます」という正直な案内だけ、会話は終了する。",
     "百人一首クイズ", "百人一首クイズ", "上の句を聞いて下の句を答えよう。", platform="dialogflow", gproject="hyakunin-quiz",
     intents=[("shimo.kotae", {"shimo": "@sys.any"}, ["下の句は{shimo}", "答えは{shimo}"])],
     recs=[Rec("dialogflow-webhook", "webhook-kiroku", [[
         T("百人一首クイズにつないで", "Default Welcome Intent", "秋の田の かりほの庵の 苫をあらみ。下の句は？", rep="下の句をどうぞ。", end=False),
         T("下の句はわが衣手は露にぬれつつ", "shimo.kotae", "お見事！ 続きは「OK Google、百人一首クイズにつないで」でどうぞ。さようなら。", slots={"shimo": "わが衣手は露にぬれつつ"}, end=True)]])]),
]
