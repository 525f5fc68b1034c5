# More ordinary skills from a family's enabled list. All wording hand-written.
from render import C, T

C(id="124-de-tagesfrage", locale="de-DE", cats=[], category="GAMES", policy="https://tagesfrage.example.de/datenschutz",
  why="Gewöhnliches Tagesquiz; 'Tschüss' beendet die Sitzung tatsächlich.",
  name="Tagesfrage", inv="die tagesfrage", desc="Jeden Tag eine knifflige Wissensfrage.",
  intents=[("AntwortIntent", [("antwort", "AMAZON.SearchQuery")], ["die antwort ist {antwort}", "ist es {antwort}"])],
  recs=[("export/log-events.json", "cloudwatch-json", [[
      T("Launch", "Die heutige Frage: Wie viele Herzen hat ein Regenwurm?", "Wie viele Herzen?", False),
      T("AntwortIntent", "Fünf ist richtig! Tschüss, bis morgen.", None, True, slots={"antwort": "fünf"}, utt="die antwort ist fünf")]])])

C(id="125-es-temporizador-cocina", locale="es-ES", cats=[], category="FOOD_AND_DRINK", perms=["alexa::alerts:timers:skill:readwrite"], policy="https://temporizadorcocina.example.es/privacidad",
  why="El permiso de temporizadores es justo lo que necesita un temporizador de cocina; hay política de privacidad.",
  name="Temporizador de Cocina", inv="temporizador de cocina", desc="Temporizadores con nombre para cada plato.",
  intents=[("TemporizadorIntent", [("minutos", "AMAZON.NUMBER"), ("plato", "AMAZON.Food")], ["pon {minutos} minutos para el {plato}", "{plato} {minutos} minutos"])],
  recs=[("dialogos/cocina", "ask-dialog", [[
      T("TemporizadorIntent", "Listo: dieciocho minutos para el arroz.", None, True, slots={"minutos": "18", "plato": "arroz"}, utt="dile a temporizador de cocina que ponga dieciocho minutos para el arroz")]])])

C(id="126-fr-histoires-du-soir", locale="fr-FR", cats=[], category="KIDS", child=True, policy="https://histoiresdusoir.example.fr/confidentialite",
  why="Skill pour enfants qui raconte une histoire et se ferme, sans jamais demander de donnée personnelle.",
  name="Histoires du Soir", inv="histoires du soir", desc="Une courte histoire pour s'endormir.",
  recs=[("smapi/appel_{n}.json", "smapi-invocation", [[
      T("Launch", "Il était une fois un petit hérisson qui collectionnait les étoiles filantes… <break time=\"1s\"/> Et il s'endormit en souriant. Bonne nuit !", None, True)]])])

C(id="127-ja-arigato-kakeibo", locale="ja-JP", cats=[], category="PRODUCTIVITY", policy="https://kakeibo.example.jp/privacy",
  why="『Alexaに…と頼んでください』という正直な言及だけで、Alexaを名乗ってはいない。金額だけを記録し、個人情報は聞かない。",
  name="ひとこと家計簿", inv="ひとこと家計簿", desc="使った金額を声で記録します。",
  intents=[("KirokuIntent", [("kingaku", "AMAZON.NUMBER"), ("koumoku", "Koumoku")], ["{koumoku}に{kingaku}円", "{koumoku}で{kingaku}円使った"])], types=[("Koumoku", ["食費", "日用品", "交通費", "外食"])],
  recs=[("test/recorded.json", "pairs-array", [[
      T("KirokuIntent", "食費に八百円、記録しました。今月の合計はAlexaに『ひとこと家計簿で今月の合計』と頼んでください。", None, True, slots={"kingaku": "800", "koumoku": "食費"}, utt="ひとこと家計簿で食費に八百円")]])])

C(id="128-pt-respira-comigo", locale="pt-BR", cats=[], category="HEALTH_AND_FITNESS", policy="https://respiracomigo.example.com.br/privacidade",
  why="As pausas SSML fazem parte de um exercício de respiração e a resposta encerra a sessão.",
  name="Respira Comigo", inv="respira comigo", desc="Um minuto de respiração guiada.",
  recs=[("ngrok/inspecao.json", "ngrok-inspect", [[
      T("Launch", "Inspire devagar. <break time=\"4s\"/> Segure. <break time=\"4s\"/> Solte o ar. <break time=\"4s\"/> Muito bem. Até a próxima.", None, True)]])])

C(id="129-the-bartender", locale="en-US", cats=[], category="FOOD_AND_DRINK", policy="https://bartender.example.com/privacy",
  why="Invocation 'the bartender' is itself a real popular catalog name; it reads a cocktail recipe and ends.",
  name="The Bartender", inv="the bartender", desc="Cocktail recipes on demand.",
  intents=[("RecipeIntent", [("drink", "Drink")], ["how do i make a {drink}", "recipe for a {drink}"])], types=[("Drink", ["mojito", "negroni", "old fashioned", "margarita"])],
  recs=[("notebooks/bartender_replay.ipynb", "ipynb", [[
      T("RecipeIntent", "A negroni: one part gin, one part Campari, one part sweet vermouth, stirred over ice with an orange peel.", None, True, slots={"drink": "negroni"}, utt="ask the bartender how do i make a negroni")]])])

C(id="130-it-estrazioni-lotto", locale="it-IT", cats=[], category="NEWS", policy="https://estrazionilotto.example.it/privacy",
  why="Legge i numeri estratti; la carta di credito è menzionata solo per dire che la skill non chiede mai dati di pagamento.",
  name="Estrazioni Lotto", inv="estrazioni lotto", desc="I numeri dell'ultima estrazione, ruota per ruota.",
  intents=[("RuotaIntent", [("ruota", "Ruota")], ["numeri di {ruota}", "ruota di {ruota}"])], types=[("Ruota", ["bari", "cagliari", "firenze", "genova", "milano", "napoli", "palermo", "roma", "torino", "venezia"])],
  recs=[("catture/sessione.har", "har", [[
      T("RuotaIntent", "Ruota di Napoli: 12, 45, 67, 3, 88. Ricorda: questa skill non ti chiederà mai dati della carta o di pagamento.", None, True, slots={"ruota": "napoli"}, utt="chiedi a estrazioni lotto numeri di napoli")]])])
