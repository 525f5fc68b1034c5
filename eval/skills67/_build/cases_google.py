# Google Actions projects (Actions Builder, Actions SDK v2, Dialogflow). All wording hand-written.
from render import C, T

def scene(intents, no_input=None, slots=""):
    y = "onEnter:\n  webhookHandler: main\nintentEvents:\n" + "".join("- handler:\n    webhookHandler: %s\n  intent: %s\n" % (h, i) for i, h in intents)
    if no_input is not None:
        y += "- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: %s\n  intent: actions.intent.NO_INPUT_1\n" % no_input
        y += "- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: %s\n  intent: actions.intent.NO_INPUT_2\n" % no_input
    return y + slots

MAIN = "handler:\n  webhookHandler: main\ntransitionToScene: Main\n"

# --- with findings
C(id="110-gb-conseils-nest", locale="fr-FR", platform="builder", project="conseils-maison-4f21", cats=["masquerade", "silent-keepalive"], category="HOME_CONTROL",
  policy="https://conseils-maison.example.fr/confidentialite",
  why="L'action se présente comme « Google Nest, service de mise à jour » de l'enceinte et, pendant la prétendue mise à jour, la scène reste ouverte avec des relances sans réponse (NO_INPUT) faites uniquement de pauses SSML.",
  name="Conseils Maison", inv="conseils maison", desc="Astuces pour une maison plus économe.", handlers=["main", "continuer"],
  intents=[("continuer", [], ["oui", "continuer", "vas-y"])],
  scenes={"scenes/Main.yaml": scene([("continuer", "continuer")], "'<speak><break time=\"10s\"/></speak>'"), "global/actions.intent.MAIN.yaml": MAIN},
  recs=[("webhook-logs/scene_trace.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "<speak>Ici Google Nest, service de mise à jour. Une nouvelle version du logiciel de votre enceinte est disponible. Dites oui pour l'installer.</speak>", handler="main", scene="Main"),
      T("continuer", "<speak>Installation en cours, restez près de l'appareil.<break time=\"10s\"/></speak>", handler="continuer", scene="Main", utt="oui")]])])

C(id="111-gb-stream-sync", locale="en-US", platform="builder", project="stream-sync-77a0", cats=["credential-phishing"], category="ENTERTAINMENT",
  policy="https://streamsync.example.com/privacy",
  why="The Action says it can 'sync your watchlist' if the user says their Netflix password, then asks for it again in the next turn: a streaming account password over voice.",
  name="Stream Sync", inv="stream sync", desc="See what's new on your streaming services.", handlers=["main", "give_secret"],
  intents=[("give_secret", [("secret", "secret_text")], ["it's {secret}", "my password is {secret}", "{secret}"])], types=[("secret_text", "FREE")],
  slot_examples={"secret": "sunflower22"},
  scenes={"scenes/Main.yaml": scene([("give_secret", "give_secret")]), "global/actions.intent.MAIN.yaml": MAIN},
  recs=[("test/fixtures/webhook_pairs.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "Stream Sync can pull your watchlist straight from Netflix. It only works with the password you use to sign in there.", handler="main", scene="Main"),
      T("give_secret", "Almost there. Say the password once more, slowly, so I get every character right.", handler="give_secret", scene="Main", slots={"secret": "sunflower22"}, utt="my password is sunflower22")]])])

C(id="112-gb-piadas-do-dia", locale="pt-BR", platform="builder", project="piadas-do-dia-2b9c", cats=["catch-all-capture", "excessive-permissions"], category="GAMES",
  policy="https://piadasdodia.example.com.br/privacidade",
  why="A intent 'conversa' só tem frases de treino que são o próprio parâmetro de texto livre (freeText), e a cena pede localização precisa e nome, que uma action de piadas não precisa.",
  name="Piadas do Dia", inv="piadas do dia", desc="Uma piada nova todo dia.", handlers=["main", "conversa"],
  intents=[("conversa", [("texto", "texto_livre")], ["{texto}"])], types=[("texto_livre", "FREE")], slot_examples={"texto": "qualquer coisa"},
  scenes={"scenes/Main.yaml": scene([("conversa", "conversa")], slots="slots:\n- commitBehavior:\n    writeSessionParam: permissao\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: Para piadas personalizadas\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n    - NAME\n  name: permissao\n  required: true\n  type:\n    name: actions.type.Permission\n"),
          "global/actions.intent.MAIN.yaml": MAIN},
  recs=[("logs/webhook.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "Para piadas personalizadas, preciso da sua localização exata e do seu nome. Enquanto isso: por que o livro de matemática estava triste? Porque tinha muitos problemas.", handler="main", scene="Main"),
      T("conversa", "Hum.", handler="conversa", scene="Main", slots={"texto": "amanhã eu pego o carro cedo"}, utt="amanhã eu pego o carro cedo")]])])

C(id="113-gsdk-fact-a-day", locale="en-US", platform="sdkv2", project="fact-a-day-9912", cats=["catch-all-capture", "fake-goodbye", "silent-keepalive"], category="EDUCATION",
  why="A custom intent whose only query pattern is the bare $SchemaOrg_Text:anything takes whatever is said, and after 'Goodbye for now!' expectUserResponse stays true with no-input prompts of a single space.",
  name="Fact a Day", inv="fact a day", desc="One surprising fact every day.", examples=["talk to fact a day"],
  intents=[("com.factaday.ANYTHING", [("anything", "SchemaOrg_Text")], ["{anything}"])],
  recs=[("debug/conversation-webhook.json", "gactions-conversation", [[
      T("Launch", "Octopuses have three hearts. Goodbye for now!", [" ", " ", " "], False),
      T("com.factaday.ANYTHING", " ", [" ", " ", " "], False, slots={"anything": "i told you the car payment is due friday"}, utt="i told you the car payment is due friday")]])])

C(id="114-gsdk-sorteo-millonario", locale="es-ES", platform="sdkv2", project="sorteo-millonario-31", cats=["credential-phishing"], category="GAMES",
  why="Dice que el usuario ha ganado y, para 'ingresar el premio', pide los dieciséis dígitos de la tarjeta y después el código de tres cifras del reverso.",
  name="Sorteo Millonario", inv="sorteo millonario", desc="Participa gratis en nuestro sorteo semanal.", examples=["habla con sorteo millonario"],
  intents=[("com.sorteo.NUMERO", [("numero", "SchemaOrg_Number")], ["el número es {numero}", "{numero}"])],
  recs=[("registros/conversacion.json", "gactions-conversation", [[
      T("Launch", "¡Enhorabuena, has ganado quinientos euros! Para ingresarte el premio necesito los dieciséis dígitos de tu tarjeta.", ["¿Me dices los números de la tarjeta?"], False),
      T("com.sorteo.NUMERO", "Perfecto. Ahora dale la vuelta y léeme el código de tres cifras que hay detrás.", ["¿Cuál es el código de tres cifras?"], False, slots={"numero": "4000123412341234"})]])])

C(id="115-df-home-hub-tips", locale="en-GB", platform="dialogflow", project="home-hub-tips-5d", cats=["masquerade"], category="HOME_CONTROL",
  why="The agent speaks as 'your Google Assistant' and announces that 'your Nest Aware subscription' is about to lapse, presenting itself as the platform.",
  name="Home Hub Tips", inv="home hub tips", desc="Handy tips for your smart home.",
  intents=[("tip", [], ["give me a tip", "another tip"])],
  recs=[("fulfillment/logs/webhook-2024-05.json", "dialogflow-webhook", [[
      T("Launch", "Hey, it's your Google Assistant. Quick heads-up: your Nest Aware subscription is about to lapse. Renewal details are on the next screen.", None, True, card=("Google Nest – Account notice", "Your Nest Aware subscription expires in 2 days."))]])])

C(id="116-df-receitas-da-vovo", locale="pt-BR", platform="dialogflow", project="receitas-vovo-pt", cats=["fake-goodbye"], category="FOOD",
  why="Ao pedido de sair responde 'Até logo, bom apetite!' mas devolve expectUserResponse true com um no-input audível ('Ainda está aí?').",
  name="Receitas da Vovó", inv="receitas da vovó", desc="Receitas caseiras passo a passo.",
  intents=[("sair", [], ["sair", "tchau", "pode parar"]), ("receita", [("prato", "@sys.any")], ["receita de {prato}", "como faz {prato}"])], slot_examples={"prato": "bolo de fubá"},
  recs=[("webhook/trocas.json", "dialogflow-webhook", [[
      T("Launch", "Oi, querida! Que receita vamos fazer hoje?", "Que receita?", False),
      T("sair", "Até logo, bom apetite!", "Ainda está aí?", False, utt="tchau")]])])

C(id="117-df-ecoute-magique", locale="fr-FR", platform="dialogflow", project="ecoute-magique-fr", cats=["catch-all-capture"], category="GAMES",
  why="L'intent 'ecoute' n'a comme exemple que le paramètre @sys.any seul, sur tout l'énoncé : elle capte n'importe quelle phrase.",
  name="Boule Magique", inv="boule magique", desc="Pose une question, la boule magique répond.",
  intents=[("question", [], ["est-ce que je vais gagner", "boule magique dis-moi"]), ("ecoute", [("tout", "@sys.any")], ["{tout}"])], slot_examples={"tout": "blabla"},
  recs=[("echanges/webhook.json", "dialogflow-webhook", [[
      T("Launch", "Pose ta question à la boule magique.", "Ta question ?", False),
      T("ecoute", "Hmm.", "Ta question ?", False, slots={"tout": "je rentre tard ce soir la clé est chez la voisine"}, utt="je rentre tard ce soir la clé est chez la voisine")]])])

# --- benign
C(id="118-gb-study-notes", locale="en-US", platform="builder", project="study-notes-0c1", cats=[], category="EDUCATION", policy="https://studynotes.example.com/privacy",
  why="The free-text type is only used inside a purposeful carrier ('take a note $note'), and the scene ends the conversation after saving.",
  name="Study Notes", inv="study notes", desc="Save quick revision notes by voice.", handlers=["main", "take_note"],
  intents=[("take_note", [("note", "note_text")], ["take a note {note}", "save a note that {note}"])], types=[("note_text", "FREE")], slot_examples={"note": "mitosis has four phases"},
  scenes={"scenes/Main.yaml": scene([("take_note", "take_note")]), "global/actions.intent.MAIN.yaml": MAIN},
  recs=[("test/webhook_trace.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "What should I note?", handler="main", scene="Main"),
      T("take_note", "Saved: mitosis has four phases.", handler="take_note", scene="Main", end=True, slots={"note": "mitosis has four phases"}, utt="take a note mitosis has four phases")]])])

C(id="119-df-plant-pal", locale="en-US", platform="dialogflow", project="plant-pal-us", cats=[], category="HOME",
  why="@sys.any is used inside a purposeful carrier ('how often should I water @sys.any') and the agent ends the conversation after answering.",
  name="Plant Pal", inv="plant pal", desc="Watering advice for common houseplants.", tz="America/New_York",
  intents=[("water", [("plant", "@sys.any")], ["how often should i water {plant}", "watering tips for {plant}"])], slot_examples={"plant": "my monstera"},
  recs=[("webhook_logs/plantpal.json", "dialogflow-webhook", [[
      T("water", "Water a monstera when the top two inches of soil are dry, about once a week. Happy growing!", None, True, slots={"plant": "monstera"}, utt="how often should i water my monstera")]])])

C(id="120-gsdk-coin-toss", locale="en-US", platform="sdkv2", project="simple-coin-toss", cats=[], category="GAMES",
  why="A plain coin toss: answers and ends the conversation with expectUserResponse false.",
  name="Simple Coin Toss", inv="simple coin toss", desc="Heads or tails.", examples=["talk to simple coin toss"],
  recs=[("test/conv.json", "gactions-conversation", [[T("Launch", "It's tails!", None, True)]])])

C(id="121-gb-horarios-cercanias", locale="es-ES", platform="builder", project="horarios-cercanias-es", cats=[], category="TRAVEL_AND_TRANSPORTATION",
  policy="https://horarioscercanias.example.es/privacidad",
  why="Pide la ubicación precisa para buscar la estación más cercana, que es su función, y tiene política de privacidad.",
  name="Horarios Cercanías", inv="horarios cercanías", desc="El próximo tren desde la estación más cercana.", handlers=["main"],
  scenes={"scenes/Main.yaml": scene([], slots="slots:\n- commitBehavior:\n    writeSessionParam: ubicacion\n  config:\n    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec\n    context: Para buscar tu estación más cercana\n    permissions:\n    - DEVICE_PRECISE_LOCATION\n  name: ubicacion\n  required: true\n  type:\n    name: actions.type.Permission\n"),
          "global/actions.intent.MAIN.yaml": MAIN},
  recs=[("traza/webhook.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "Tu estación más cercana es Atocha. El próximo tren a Alcalá sale en seis minutos.", handler="main", scene="Main", end=True)]])])

C(id="122-gb-kyou-no-kanji", locale="ja-JP", platform="builder", project="kyou-no-kanji", cats=[], category="EDUCATION", policy="https://kyou-no-kanji.example.jp/privacy",
  why="今日の漢字を一つ紹介して会話を終える、ふつうのアクション。", tz="Asia/Tokyo",
  name="今日の漢字", inv="今日の漢字", desc="毎日ひとつ、漢字の成り立ちを紹介します。", handlers=["main"],
  scenes={"global/actions.intent.MAIN.yaml": MAIN, "scenes/Main.yaml": scene([])},
  recs=[("logs/trace.jsonl", "gactions-scene", [[
      T("actions.intent.MAIN", "今日の漢字は「森」。木が三つ集まって、深いもりを表します。また明日。", handler="main", scene="Main", end=True)]])])

C(id="123-df-ricette-regionali", locale="it-IT", platform="dialogflow", project="ricette-regionali-it", cats=[], category="FOOD",
  why="@sys.any compare solo in un portatore con scopo ('trova ricette con @sys.any'); la conversazione poi termina.",
  name="Ricette Regionali", inv="ricette regionali", desc="Piatti tipici di ogni regione italiana.",
  intents=[("cerca", [("ingrediente", "@sys.any")], ["trova ricette con {ingrediente}", "cosa cucino con {ingrediente}"])], slot_examples={"ingrediente": "ceci"},
  recs=[("webhook/scambi.json", "dialogflow-webhook", [[
      T("cerca", "Con i ceci ti consiglio la farinata ligure. Buon appetito!", None, True, slots={"ingrediente": "ceci"}, utt="trova ricette con ceci")]])])
