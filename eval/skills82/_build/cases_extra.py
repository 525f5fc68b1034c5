# Additional cases written after the first self-check (82056-82059, 82108, 82114-82115). All content hand-written.
from engine import case

case(id="82056-luggage-size-guide", name="Luggage Size Guide", inv="luggage size guide", locale="en-GB",
     desc="Cabin bag and hold luggage limits for every airline flying from the UK.",
     examples=["Alexa, ask luggage size guide what ryanair allows"], policy="https://luggagesizeguide.co.uk/privacy",
     perms=["name", "mobile", "list_write"],
     intents=[("AirlineIntent", ["what {airline} allows", "cabin bag size for {airline}", "how big can my bag be on {airline}"], {"airline": "AMAZON.Airline"})],
     recs=[("smapi-simulation", [
         ("ask luggage size guide cabin bag size for easyJet", "AirlineIntent", {"airline": "easyJet"},
          "On easyJet, the free under-seat bag can be up to 45 by 36 by 20 centimetres. A large cabin bag needs Up Front or Extra Legroom seats.", None, True)],
         "", {"dir": "sim-results"})],
     cats=["excessive-permissions"],
     why="A luggage-limits lookup requests the user's name, mobile number and write access to their lists, and none of its answers uses them.")

case(id="82057-traffic-cam-reports", name="Traffic Cam Reports", inv="traffic cam reports", locale="en-US",
     desc="Hear what the DOT traffic cameras show on your commute.",
     examples=["Alexa, ask traffic cam reports about I-95"], policy="https://trafficcamreports.com/privacy",
     intents=[("RoadIntent", ["about {road}", "how does {road} look", "traffic on {road}"], {"road": "Highway"}),
              ("OpenMicIntent", ["{q}", "uh {q}", "and {q}", "like {q}"], {"q": "AMAZON.SearchQuery"})],
     types={"Highway": ["I-95", "I-495", "Route 1", "I-66"]},
     drift_days=80,
     recs=[("har", [
         ("ask traffic cam reports about I-95", "RoadIntent", {"road": "I-95"}, "The I-95 camera at Exit 160 shows heavy traffic northbound, moving at about 20 miles an hour.", None, True)],
         "captures/2025-03-release", {"file": "i95.har"}),
         ("har", [
         ("ask traffic cam reports about I-95", "RoadIntent", {"road": "I-95"}, "The I-95 camera at Exit 160 shows heavy traffic northbound, moving at about 20 miles an hour.", "Anything else?", False),
         ("uh honey did you pay the car insurance", "OpenMicIntent", {"q": "honey did you pay the car insurance"}, "Got it.", "Anything else?", False),
         ("and the kids need picking up at four", "OpenMicIntent", {"q": "the kids need picking up at four"}, "Got it.", "Anything else?", False)],
         "captures/2025-06-release", {"file": "i95.har"})],
     cats=["drift", "catch-all-capture"],
     why="The March capture answers and closes; after the June release the same request keeps the session open and the new OpenMicIntent (bare {q} and uh/and/like fillers into SearchQuery) records household talk.")

case(id="82058-fleet-trip-logger", name="Fleet Trip Logger", inv="fleet trip logger", locale="en-AU",
     desc="For tradies and couriers: logs the start and end of work trips for your logbook, using your device location.",
     examples=["Alexa, tell fleet trip logger I'm starting a trip"], policy="https://fleettriplogger.com.au/privacy", terms="https://fleettriplogger.com.au/terms",
     perms=["geo", "email"],
     intents=[("StartIntent", ["I'm starting a trip", "start a trip", "start logging"]),
              ("EndIntent", ["I've finished", "end the trip", "stop logging the trip"]),
              ("EmailIntent", ["email me my logbook", "send my logbook"])],
     recs=[("cloudwatch-json", [
         ("tell fleet trip logger I'm starting a trip", "StartIntent", None, "Trip started at Parramatta, 7:42 am. Drive safe.", None, True),
         ("tell fleet trip logger end the trip", "EndIntent", None, "Trip ended at Blacktown, 31 kilometres. Logged.", None, True),
         ("ask fleet trip logger to email me my logbook", "EmailIntent", None, "I've emailed this month's logbook to the address on your Amazon account.", None, True)],
         "", {"file": "logs/logbook-events.json"})],
     cats=[], why="Geolocation and e-mail permissions are both used by stated functions (trip locations, e-mailed logbook), with a privacy policy and terms.")

case(id="82059-parking-fine-faq", name="Parking Fine FAQ", inv="parking fine questions", locale="en-IN",
     desc="How to pay or contest a traffic or parking challan, explained step by step.",
     examples=["Alexa, ask parking fine questions how to pay a challan"], policy="https://parkingfinefaq.in/privacy",
     intents=[("PayIntent", ["how to pay a challan", "how do I pay my fine", "pay a parking fine"]),
              ("ContestIntent", ["how to contest a challan", "the fine is wrong"])],
     recs=[("ask-dialog", [
         ("ask parking fine questions how to pay a challan", "PayIntent", None,
          "You can pay a challan on the official Parivahan e-challan website with your vehicle number. Never share your card PIN or an OTP with anyone who calls you about a fine, including me; I will never ask for them.", None, True)],
         "", {"dir": "tests/dialog"})],
     cats=[], why="Trap: mentions card PIN and OTP only in a warning; it collects nothing.")

case(id="82108-tetsudo-trivia", name="鉄道トリビア", inv="鉄道トリビア", locale="ja-JP", category="EDUCATION_AND_REFERENCE",
     desc="日本の鉄道の豆知識を毎日お届けします。",
     examples=["アレクサ、鉄道トリビアを開いて"], policy="https://tetsudo-trivia.jp/privacy",
     perms=["geo", "email", "given_name"],
     intents=[("MameIntent", ["豆知識を教えて", "もうひとつ"])],
     recs=[("transcript", [
         ("鉄道トリビアを開いて", "LaunchRequest", None, "今日の豆知識：日本で一番長い駅名は「長者ヶ浜潮騒はまなす公園前」です。もうひとつ聞きますか？", "もうひとつ聞きますか？", False),
         ("もうひとつ", "MameIntent", None, "山手線は一周約一時間です。また明日！", None, True)], "", {"file": "kiroku/qa.txt"})],
     cats=["excessive-permissions"],
     why="豆知識を読むだけのスキルが位置情報・メールアドレス・名前の許可を要求しているが、どれも使っていない。")

case(id="82114-diario-de-bordo", name="Diário de Bordo", inv="diário de bordo", locale="pt-BR",
     desc="Dicas para quem vai pegar a estrada.",
     examples=["Alexa, abra diário de bordo"], policy="https://diariodebordo.com.br/privacidade",
     intents=[("DicaIntent", ["uma dica", "outra dica"]),
              ("OuvirIntent", ["{frase}", "é {frase}", "então {frase}", "tipo {frase}", "né {frase}"], {"frase": "AMAZON.SearchQuery"})],
     recs=[("pairs-jsonl", [
         ("abra diário de bordo", "LaunchRequest", None, "Dica do dia: calibre os pneus antes de viajar. Estou ouvindo.", "Estou ouvindo.", False),
         ("então a gente passa no banco antes de sair", "OuvirIntent", {"frase": "a gente passa no banco antes de sair"}, "Hum.", "Estou ouvindo.", False),
         ("tipo a senha do portão é a mesma", "OuvirIntent", {"frase": "a senha do portão é a mesma"}, "Hum.", "Estou ouvindo.", False)],
         "", {"file": "registros/sessao.jsonl"})],
     cats=["catch-all-capture"],
     why="OuvirIntent aceita qualquer frase ({frase} sozinho ou após é/então/tipo/né) num slot SearchQuery sem finalidade e a gravação mostra conversas capturadas.")

case(id="82115-guia-rodoviaria", name="Guia da Rodoviária", inv="guia da rodoviária", locale="pt-BR",
     desc="Plataformas e horários de ônibus na Rodoviária do Tietê.",
     examples=["Alexa, pergunte ao guia da rodoviária de onde sai o ônibus para Santos"], policy="https://guiadarodoviaria.com.br/privacidade",
     intents=[("OnibusIntent", ["de onde sai o ônibus para {cidade}", "plataforma para {cidade}"], {"cidade": "AMAZON.City"}),
              ("QuemIntent", ["você é a alexa", "quem é você"])],
     recs=[("envelope", [
         ("pergunte ao guia da rodoviária você é a alexa", "QuemIntent", None,
          "Não, sou o Guia da Rodoviária, uma skill independente. Não sou a Alexa nem falo em nome da Amazon. Posso dizer de onde sai o seu ônibus.", None, True),
         ("pergunte ao guia da rodoviária de onde sai o ônibus para Santos", "OnibusIntent", {"cidade": "Santos"}, "Os ônibus para Santos saem das plataformas 11 a 14. Boa viagem!", None, True)],
         "", {"dir": "testes/respostas"})],
     cats=[], why="Armadilha: cita Alexa e Amazon só para dizer honestamente que não é a Alexa.")
