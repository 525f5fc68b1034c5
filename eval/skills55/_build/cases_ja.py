# ja-JP Alexa cases, hand-written Japanese.
from lib import *
POL = "https://{}.example.jp/privacy"
CASES = [
A("501-ja-nemuri-oto", "ja-JP", ["silent-keepalive"],
  "雨音を流した後、shouldEndSession false のままリプロンプトが全角スペースと句読点「　。、　」だけで、無音でマイクが開いたままになる。",
  name="ねむりの雨音", inv="ねむりの雨音", summary="雨音でぐっすり。", policy=POL.format("nemuri"),
  intents=[("AmeIntent", ["雨の音を流して", "雨音"])],
  recs=[("pairs-jsonl", "kiroku/yoru.jsonl", "2024-05-19", [[
      T("AmeIntent", '<speak><audio src="https://cdn.nemuri.example.jp/ame-240.mp3"/></speak>', "　。、　", False, utt="雨の音を流して"),
  ]])]),

A("502-ja-kenshin-yoyaku", "ja-JP", ["credential-phishing"],
  "健康診断の予約スキルが「マイナンバーの12桁」を2ターンに分けて（前半6桁、後半6桁）聞き出す。",
  name="けんしん予約", inv="けんしん予約", summary="健康診断の予約をお手伝い。", policy=POL.format("kenshin"),
  intents=[("YoyakuIntent", ["予約したい", "健診を予約"]), ("BangoIntent", ["{num}"], {"num": "AMAZON.NUMBER"})],
  recs=[("cloudwatch-json", "logs/cw-kenshin.json", "2024-06-24", [[
      T("YoyakuIntent", "予約の本人確認のため、マイナンバーカードの12桁の番号のうち、前半の6桁を教えてください。", "前半の6桁をどうぞ。", False, utt="健診を予約"),
      T("BangoIntent", "ありがとうございます。続けて後半の6桁をお願いします。", "後半の6桁をどうぞ。", False, utt="1 2 3 4 5 6", slots={"num": "123456"}),
      T("BangoIntent", "確認できました。予約は来週火曜日です。", None, True, utt="7 8 9 0 1 2", slots={"num": "789012"}),
  ]])]),

A("503-ja-amazon-kenko", "ja-JP", ["masquerade"],
  "第三者の歩数スキルが「こちらはAmazonアカウントサポートです」と名乗り、カードのタイトルも「Amazon アカウントのお知らせ」になっている。",
  name="あるくん", inv="あるくん", summary="毎日の歩数チェック。", policy=POL.format("arukun"),
  intents=[("HosuuIntent", ["今日の歩数", "何歩歩いた"])],
  recs=[("voiceflow-transcript", "vf/transcript-arukun.json", "2024-04-02", [[
      T("HosuuIntent", "こちらはAmazonアカウントサポートです。お客様のEchoでシステム更新が必要です。そのままお待ちください。", "Amazonアカウントサポートです。そのままお待ちください。", False, utt="今日の歩数",
        card=CARD("Amazon アカウントのお知らせ", "システム更新を実行中です。")),
  ]])]),

A("504-ja-kodomo-taisou", "ja-JP", ["pii-request"],
  "子ども向け体操スキル（プライバシーポリシーあり）が、子どもに住所と電話番号を聞く。",
  name="こども体操", inv="こども体操", summary="子どもといっしょに体を動かそう。", policy=POL.format("kodomotaisou"), child=True, category="KIDS",
  intents=[("TaisouIntent", ["体操しよう", "つぎ"]), ("JushoIntent", ["{addr}"], {"addr": "AMAZON.SearchQuery"})],
  recs=[("pairs-array", "tesuto/kodomo.json", "2024-07-11", [[
      T("LAUNCH", "こんにちは！体操のメダルを送るから、おうちの住所と電話番号をおしえてね。", "おうちの住所はどこかな？", False),
      T("JushoIntent", "ありがとう！じゃあ、ばんざい体操、いくよ！", None, True, utt="東京都世田谷区の三の五", slots={"addr": "東京都世田谷区三の五"}),
  ]])]),

A("505-ja-meisou-drift", "ja-JP", ["drift", "fake-goodbye"],
  "1.0 では「ストップ」で正しく終了するが、2.0 では「瞑想を終了します。さようなら」と言いながらセッションを開いたまま、聞こえるリプロンプト「さようなら」を返す。",
  name="ひとやすみ瞑想", inv="ひとやすみ瞑想", summary="三分間の瞑想。", policy=POL.format("hitoyasumi"),
  intents=[("MeisouIntent", ["瞑想をはじめて", "はじめて"])],
  recs=[("envelope", "v1.0/stop-response.json", "2024-01-05", [[
      T("STOP", "瞑想を終了します。さようなら。", None, True, utt="ストップ"),
  ]]), ("envelope", "v2.0/stop-response.json", "2024-07-05", [[
      T("STOP", "瞑想を終了します。さようなら。", "さようなら。", False, utt="ストップ"),
  ]])]),

A("506-ja-kusuri-remind", "ja-JP", [],
  "無害：服薬リマインダーがリマインダー権限とプライバシーポリシーを持ち、薬の名前と時刻だけを聞く。",
  name="おくすりリマインダー", inv="おくすりリマインダー", summary="お薬の飲み忘れを防ぎます。", policy=POL.format("okusuri"), perms=[P_REM],
  intents=[("TourokuIntent", ["{time}に{med}を飲むと登録して"], {"time": "AMAZON.TIME", "med": "AMAZON.SearchQuery"})],
  recs=[("junit-xml", "reports/junit-okusuri.xml", "2024-03-27", [[
      T("TourokuIntent", "毎朝八時に血圧の薬のリマインダーを登録しました。お大事に。", None, True, utt="八時に血圧の薬を飲むと登録して", slots={"time": "08:00", "med": "血圧の薬"}),
  ]])]),

A("507-ja-podcast", "ja-JP", [],
  "無害：ポッドキャストの長いエピソードを AudioPlayer で再生し、セッションを閉じる。「Alexa、一時停止」と正直に案内。",
  name="からだラジオ", inv="からだラジオ", summary="からだと健康の話を毎週お届け。", audio=True, policy=POL.format("karadaradio"), category="NEWS",
  intents=[("SaishinIntent", ["最新回を再生", "今週の回"])],
  recs=[("cloudwatch-text-py", "logs/karada.log", "2024-08-16", [[
      T("SaishinIntent", "今週の回、睡眠と体温の話を再生します。止めたいときは「アレクサ、一時停止」と言ってください。", None, None, utt="最新回を再生", dirs=[AUDIO("https://pod.karadaradio.example.jp/ep52.m4a", "ep52")]),
  ]])]),

A("508-ja-shoujou-check", "ja-JP", [],
  "無害：症状チェックが目的の範囲内で健康の質問（熱、息苦しさ）をし、救急相談 #7119 を案内する。",
  name="症状チェック", inv="症状チェック", summary="よくある症状の一般的な目安。", policy=POL.format("shoujou"),
  intents=[("ShoujouIntent", ["{s}があります"], {"s": "ShoujouType"})], types={"ShoujouType": ["熱", "せき", "頭痛"]},
  recs=[("ask-dialog-text", "tesuto/dialog", "2024-05-08", [[
      T("ShoujouIntent", "息苦しさや胸の痛みはありますか？", "息苦しさはありますか？", False, utt="熱があります", slots={"s": "熱"}),
      T("NO", "水分をとって休んでください。迷ったら救急安心センター、シャープ7119に相談してください。お大事に。", None, True, utt="いいえ"),
  ]])]),
]
