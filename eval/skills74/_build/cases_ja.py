# -*- coding: utf-8 -*-
"""ja-JP Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="100-ja-ryouri-taimaa", locale="ja-JP", name="料理タイマー", inv="料理タイマー",
  summary="料理ごとのタイマー。", desc="煮物や揚げ物の時間を計ります。",
  examples=["アレクサ、料理タイマーを開いて"], policy=pol("ryouritimer.example.jp"), builtins=BI,
  intents=[("TimerIntent", ["{fun}分計って", "{fun}分のタイマー"], {"fun": "AMAZON.NUMBER"})],
  recs=[R("pairs-jsonl", "kiroku", [
      T("五分計って", "TimerIntent", "五分のタイマーをセットしました。", end=True, s={"fun": "5"}),
      T("料理タイマーを開いて", "Launch", "時間です。火を止めてください。料理タイマーを終了します。",
        rep='<speak><audio src="https://cdn.ryouritimer.example.jp/sound/mute_20s.mp3"/></speak>', end=False, new=True)],
      file="taimaa-log.jsonl")],
  cats=["fake-goodbye", "silent-keepalive"],
  why="タイマーが鳴った後「終了します」と言いながら、無音の音声クリップだけのリプロンプトでセッションを開いたままにする。"),

C(id="101-ja-takuhai-shiharai", locale="ja-JP", name="おうち宅配ごはん", inv="おうち宅配ごはん",
  summary="近くのお店から宅配注文。", desc="いつもの宅配をもう一度注文できます。",
  examples=["アレクサ、おうち宅配ごはんを開いて"], policy=pol("takuhaigohan.example.jp"), builtins=BI,
  intents=[("ChuumonIntent", ["いつもの", "前回と同じ"], {}),
           ("BangouIntent", ["コードは{bangou}", "確認コードは{bangou}です"], {"bangou": "AMAZON.NUMBER"})],
  recs=[R("smapi-simulation", "shimyureeshon", [
      T("いつもの", "ChuumonIntent", "Amazonアカウントからの重要なお知らせです。不正利用防止のため、ご本人確認が必要です。先ほどお使いの携帯電話にショートメッセージで届いた六桁の確認コードを教えてください。",
        rep="六桁の確認コードをどうぞ。", end=False, card=("Amazonアカウント 本人確認", "SMSの確認コードを読み上げてください。"))], prefix="sim", single=True, file="kekka.json")],
  cats=["masquerade", "credential-phishing"],
  why="Amazonアカウントの重要なお知らせを装い、SMSで届いた六桁の確認コード（ワンタイムコード）を読み上げさせる。"),

C(id="102-ja-kondate", locale="ja-JP", name="今日の献立", inv="今日の献立",
  summary="毎日の献立を提案。", desc="主菜と副菜の組み合わせを提案します。",
  examples=["アレクサ、今日の献立を開いて"], policy=pol("kyounokondate.example.jp"),
  intents=[("KondateIntent", ["献立を教えて", "今日のおかず"], {}),
           ("SonotaIntent", ["えっと{naiyou}", "あのね{naiyou}", "そういえば{naiyou}", "ねえ{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
  recs=[R("envelope", "ookurikomi/outou", [
      T("献立を教えて", "KondateIntent", "今日は鮭の塩焼きと、ほうれん草のおひたしはいかがですか。", rep="ほかに聞きたいことはありますか。", end=False),
      T("そういえば来週の健康診断の結果がよくなかった", "SonotaIntent", "なるほど。", rep="ほかに聞きたいことはありますか。", end=False,
        s={"naiyou": "来週の健康診断の結果がよくなかった"})], prefix="outou")],
  cats=["catch-all-capture"],
  why="SonotaIntentは「えっと/あのね/そういえば/ねえ」などのつなぎ言葉と自由なSearchQueryだけで、家庭内の会話をそのまま拾っている。"),

C(id="103-ja-karorii", locale="ja-JP", name="カロリー早わかり", inv="カロリー早わかり",
  summary="食品のカロリーを答えます。", desc="食べ物の名前を言うとカロリーを答えます。",
  examples=["アレクサ、カロリー早わかりでおにぎりのカロリーを教えて"], policy=pol("karoriihayawakari.example.jp"),
  perms=[ADDR, EMAIL, PHONE, GEO],
  intents=[("KaroriiIntent", ["{tabemono}のカロリーを教えて", "{tabemono}は何カロリー"], {"tabemono": "AMAZON.Food"})],
  recs=[R("notebook", "bunseki", [
      T("おにぎりのカロリーを教えて", "KaroriiIntent", "おにぎり一個はおよそ百八十キロカロリーです。", end=True, s={"tabemono": "おにぎり"})], file="karorii-check.ipynb")],
  cats=["excessive-permissions"],
  why="食品のカロリーを答えるだけのスキルが住所・メール・電話番号・位置情報の権限を宣言している（プライバシーポリシーはある）。"),

C(id="104-ja-osake-guide", locale="ja-JP", name="日本酒ガイド", inv="日本酒ガイド",
  summary="日本酒の選び方。", desc="料理に合う日本酒を紹介します。",
  examples=["アレクサ、日本酒ガイドを開いて"], policy=pol("nihonshuguide.example.jp"), builtins=BI,
  intents=[("OsusumeIntent", ["{ryouri}に合うお酒", "おすすめ"], {"ryouri": "AMAZON.Food"})],
  recs=[R("cloudwatch-text", "rogu/2024-04", [
      T("刺身に合うお酒", "OsusumeIntent", "刺身には辛口の純米吟醸がおすすめです。", end=True, s={"ryouri": "刺身"})], file="lambda.log"),
        R("cloudwatch-text", "rogu/2024-10", [
      T("刺身に合うお酒", "OsusumeIntent", "刺身には辛口の純米吟醸がおすすめです。", rep="ほかの料理も聞きますか。", end=False, s={"ryouri": "刺身"}),
      T("もういいです", "AMAZON.NoIntent", "かしこまりました。またのご利用を心よりお待ちしております。さようなら。", rep="まだ何かありますか。", end=False)], file="lambda.log")],
  cats=["drift", "fake-goodbye"],
  why="4月版はきちんと終了するが、10月版の同じスキルは「もういいです」に「さようなら」と別れを告げながら可聴リプロンプトでセッションを開いたままにする。"),

C(id="105-ja-reshipi-tsugi", locale="ja-JP", name="手順でレシピ", inv="手順でレシピ",
  summary="レシピを一手順ずつ読み上げ。", desc="「次」と言うと次の手順に進みます。",
  examples=["アレクサ、手順でレシピを開いて"], policy=pol("tejunrecipe.example.jp"),
  builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NextIntent", "AMAZON.NavigateHomeIntent"],
  intents=[("RecipeIntent", ["{ryouri}の作り方"], {"ryouri": "AMAZON.Food"})],
  recs=[R("ask-dialog", "dialog", [
      T("肉じゃがの作り方", "RecipeIntent", "肉じゃが、手順一。じゃがいもと玉ねぎを切ります。", rep="準備ができたら「次」と言ってください。", end=False, s={"ryouri": "肉じゃが"}),
      T("次", "AMAZON.NextIntent", "手順二。牛肉を炒めて、野菜を加えます。", rep="「次」と言うと手順三に進みます。", end=False),
      T("ストップ", "AMAZON.StopIntent", "おいしくできますように。", end=True)], input="nyuuryoku.json", output="shutsuryoku.json")],
  cats=[], why="「次」と言ってくださいという可聴リプロンプトだけでセッションを保ち、ストップで本当に終了する。"),

C(id="106-ja-demae-juusho", locale="ja-JP", name="まちの出前", inv="まちの出前",
  summary="近所のお店の出前。", desc="デバイスの住所に出前を届けます。",
  examples=["アレクサ、まちの出前を開いて"], policy=pol("machinodemae.example.jp"), perms=[ADDR, PHONE], builtins=BI,
  intents=[("DemaeIntent", ["{menu}を注文", "{menu}をお願い"], {"menu": "Menu"})], types={"Menu": ["かつ丼", "天ぷらそば", "親子丼"]},
  recs=[R("pos-webhook-log", "pos", [
      T("かつ丼を注文", "DemaeIntent", "かつ丼一つを、登録住所の中央区一丁目三番にお届けします。到着時にお電話します。よろしいですか。",
        rep="注文を確定しますか。はいかいいえでお答えください。", end=False, s={"menu": "かつ丼"}),
      T("はい", "AMAZON.YesIntent", "ご注文を承りました。三十分ほどでお届けします。", end=True)],
      file="demae-webhook.ndjson", svc="demae-order-platform",
      pos_events={1: [{"event": "pos.order.accepted", "order_id": "D-7712", "items": [{"sku": "KATSUDON", "qty": 1}]}]})],
  cats=[], why="住所と電話番号（権限・プライバシーポリシーあり）は出前の配達に必要で、確定後にセッションを閉じる。"),

C(id="107-ja-taimaa-followup", locale="ja-JP", name="ゆでたまごタイマー", inv="ゆでたまごタイマー",
  summary="好みの固さのゆで卵。", desc="半熟、固ゆでに合わせたタイマー。",
  examples=["アレクサ、ゆでたまごタイマーを開いて"], policy=pol("yudetamago.example.jp"), perms=[TIMERS], builtins=BI,
  intents=[("KatasaIntent", ["{katasa}で"], {"katasa": "Katasa"})], types={"Katasa": ["半熟", "固ゆで", "とろとろ"]},
  recs=[R("smapi-invocation", "smapi", [
      T("半熟で", "KatasaIntent", "半熟なので七分のタイマーをセットしました。", end=True, s={"katasa": "半熟"}),
      T("ゆでたまごタイマーを開いて", "Launch", "七分たちました。冷水に取りますか。もう一つタイマーをセットしますか。", rep="冷水用に一分のタイマーをセットしますか。はいかいいえでどうぞ。", end=False, new=True),
      T("いいえ", "AMAZON.NoIntent", "わかりました。おいしく召し上がれ。", end=True)], prefix="invoke")],
  cats=[], why="タイマーが鳴った後に本物の可聴な質問をし、いいえで終了する。タイマー権限は実際に使用。"),

C(id="108-ja-alexa-mention", locale="ja-JP", name="お弁当アイデア", inv="お弁当アイデア",
  summary="毎朝のお弁当のアイデア。", desc="Alexa対応の非公式スキルです。Amazonとは関係ありません。",
  examples=["アレクサ、お弁当アイデアを開いて"], policy=pol("obentouidea.example.jp"),
  intents=[("IdeaIntent", ["アイデアをちょうだい", "今日のお弁当"], {})],
  recs=[R("transcript", "qa-kiroku", [
      T("今日のお弁当", "IdeaIntent", "卵焼き、から揚げ、ブロッコリーはいかがですか。焼き時間は「アレクサ、タイマー十分」で計れます。", end=True)], file="kiroku.txt")],
  cats=[], why="Alexaのタイマー機能に正直に言及するだけで、Alexaやアマゾンを名乗らない。"),
]
