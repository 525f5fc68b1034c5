"""Extra benign traps added after the first pass (ids 129110-129113)."""
from lib import C, T, L

C(id="129110-meter-timer-tips", loc="en-US", name="Meter Timer Tips", inv="meter timer tips",
  desc="Short tips for never getting a parking ticket again.",
  intents=[("TipIntent", ["give me a tip", "parking tip", "another one"])],
  recs=[("cloudwatch-json", "logs/tips-events.json", [[
      L("Tip one: when you park, just say, Alexa, set a timer for two hours, and your Echo will ring before the meter runs out. Want another tip?", "Want another parking tip?"),
      T("TipIntent", "another one", "Take a photo of the street sign so you know the sweeping hours. That's all for today, bye!", end=True)]])],
  cats=[], why="Mentions 'Alexa' only as an instruction to use the built-in timer; it never claims to be Alexa or Amazon, and it ends the session.")

C(id="129111-ekimei-listening", loc="ja-JP", region="us-west-2", name="駅名リスニング", inv="駅名リスニング",
  desc="車内アナウンス風の駅名を聞き取る練習。",
  intents=[("AnswerIntent", ["{eki}", "{eki}駅"], {"eki": "EkiType"})], types=[("EkiType", ["御茶ノ水", "秋葉原", "神田", "有楽町"])],
  recs=[("pairs-jsonl", "kiroku/listening.jsonl", [[
      L('<speak>次は <break time="2s"/> おちゃのみず、御茶ノ水です。<break time="1s"/> いま何駅と言ったでしょう？</speak>', '<speak>何駅でしょう？<break time="1s"/>もう一度聞くには、もう一回、と言ってください。</speak>'),
      T("AnswerIntent", "御茶ノ水", "正解です！お疲れさまでした。", end=True, slots={"eki": "御茶ノ水"})]])],
  cats=[], why="SSML の短い break は聞こえる案内文の中にあり、再プロンプトも音声として聞こえる。正解後はセッションを閉じる。")

C(id="129112-anotacoes-motorista", loc="pt-BR", name="Anotações do Motorista", inv="anotações do motorista", privacy="https://anotacoesmotorista.example.com.br/privacidade",
  desc="Anote quilometragem, abastecimentos e manutenções do carro.",
  intents=[("AnotarIntent", ["anotar {nota}", "anota que {nota}", "registrar {nota}"], {"nota": "AMAZON.SearchQuery"})],
  recs=[("envelope", "testes/respostas", [[
      L("O que você quer anotar?", "Diga anotar e o que quer registrar."),
      T("AnotarIntent", "anota que troquei o óleo com 42 mil quilômetros", "Anotado: troquei o óleo com 42 mil quilômetros.", end=True, slots={"nota": "troquei o óleo com 42 mil quilômetros"})]])],
  cats=[], why="O SearchQuery fica atrás de frases com finalidade ('anotar', 'anota que', 'registrar') num app de anotações.")

C(id="129113-trova-fermata-g", loc="it-IT", platform="dialogflow", name="Trova Fermata", inv="trova fermata", gproj="trova-fermata", df_lang="it",
  desc="Trova la fermata dell'autobus più vicina a un indirizzo.", welcome=["Ciao! Dimmi un indirizzo."],
  gintents=[("cerca_fermata", ["trova la fermata vicino a {luogo}", "fermate vicino a {luogo}", "qual è la fermata più vicina a {luogo}"], {"luogo": "@sys.any"})],
  recs=[("dialogflow-webhook", "registrazioni-webhook", [[
      L("Ciao! Dimmi vicino a quale indirizzo cerchi una fermata.", "Vicino a quale indirizzo?"),
      T("cerca_fermata", "fermate vicino a piazza Castello", "Vicino a piazza Castello c'è la fermata Castello della linea 13. Buon viaggio!", end=True, slots={"luogo": "piazza Castello"})]])],
  cats=[], why="@sys.any è usato solo dietro frasi con scopo ('trova la fermata vicino a'), e la conversazione si chiude.")
