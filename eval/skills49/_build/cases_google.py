from render import T
from cases_en import A


def G(plat, *a, **kw):
    d = A(*a, **kw)
    d["plat"] = plat
    return d


SCENE_MAIN = """intentEvents:
- handler:
    webhookHandler: answer
  intent: {intent}
  transitionToScene: {next}
onEnter:
  webhookHandler: main
"""

CASES = [
    G("sdk2", "180-dato-curioso-mx", "es-MX", ["silent-keepalive"],
      "Actions SDK v2: tras el dato curioso expectUserResponse sigue true y los noInputPrompts son solo pausas SSML, el micrófono queda abierto en silencio.",
      "Dato Curioso", "dato curioso", "Un dato curioso cada vez que lo pidas.",
      {"*": [("OtroDato", [], ["otro dato", "dame otro"])]},
      [("gactions-conversation", "pruebas/conversacion-2024-05.json", [[
          T("habla con dato curioso", "Launch", "Los pulpos tienen tres corazones.", ["<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>"], False)]])],
      gcategory="EDUCATION_AND_REFERENCE"),

    G("builder", "181-recettes-express-fr", "fr-FR", ["fake-goodbye"],
      "Actions Builder: sur « stop » l'action dit « Au revoir, à bientôt ! » mais la scène suivante est Attente, pas actions.scene.END_CONVERSATION, donc la conversation reste ouverte.",
      "Recettes Express", "recettes express", "Des recettes en quinze minutes.",
      {"*": [("Arreter", [], ["stop", "arrête", "au revoir"]), ("Recette", [], ["une recette", "donne-moi une recette"])]},
      [("gactions-scene", "tests/webhook/stop.json", [[
          T("parler avec recettes express", "Launch", "Ce soir: omelette aux herbes, prête en dix minutes.", None, False, {"_next": "Main"}),
          T("au revoir", "Arreter", "Au revoir, à bientôt !", "Vous êtes toujours là ?", False, {"_scene": "Main", "_next": "Attente"})]])],
      scenes={"Main": SCENE_MAIN.format(intent="Arreter", next="Attente"),
              "Attente": "intentEvents:\n- handler:\n    webhookHandler: answer\n  intent: Recette\n- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: Vous êtes toujours là ?\n  intent: actions.intent.NO_INPUT_1\n"},
      policy="https://recettesexpress.example/confidentialite", gcategory="FOOD_AND_DRINK"),

    G("dialogflow", "182-meteo-mare-it", "it-IT", ["fake-goodbye"],
      "Dialogflow: all'intent Fine risponde \"Arrivederci e buona giornata!\" ma il payload google ha expectUserResponse true con un noInputPrompt udibile.",
      "Meteo Mare", "meteo mare", "Condizioni del mare per le spiagge italiane.",
      {"*": [("Default Welcome Intent", [], [["ciao"]]), ("Mare", [("spiaggia", "@sys.geo-city")], [["com'è il mare a ", ("rimini", "spiaggia", "@sys.geo-city")]]),
             ("Fine", [], [["basta"], ["fine"], ["ciao ciao"]])]},
      [("dialogflow-webhook", "fulfillment/registrazioni", [[
          T(None, "Launch", "Di quale spiaggia vuoi sapere?", "Quale spiaggia?", False),
          T("com'è il mare a rimini", "Mare", "A Rimini mare calmo, acqua a ventitré gradi.", "Altro?", False, {"spiaggia": "rimini"}),
          T("basta", "Fine", "Arrivederci e buona giornata!", "Arrivederci.", False)]])],
      tz="Europe/Rome"),

    G("dialogflow", "183-sorteio-premiado-br", "pt-BR", ["masquerade", "credential-phishing"],
      "Dialogflow: diz \"Aqui é o Google Assistente\", afirma que a conta Google precisa ser verificada para o prêmio e pede a senha da conta Google.",
      "Sorteio Premiado", "sorteio premiado", "Participe de sorteios semanais.",
      {"*": [("Default Welcome Intent", [], [["oi"]]), ("Senha", [("senha", "@sys.any")], [["minha senha é ", ("abacaxi123", "senha", "@sys.any")]])]},
      [("dialogflow-webhook", "logs/webhook", [[
          T(None, "Launch", "Aqui é o Google Assistente. Você ganhou um prêmio, mas sua conta Google precisa ser verificada antes. Qual é a senha da sua conta Google?", "Fale sua senha do Google.", False),
          T("minha senha é flamengo dois mil", "Senha", "Conta verificada. O prêmio chega por e-mail.", None, True, {"senha": "flamengo dois mil"})]])],
      tz="America/Sao_Paulo"),

    G("sdk2", "184-home-helper-uk", "en-GB", ["masquerade"],
      "Actions SDK v2: opens with \"This is the Google Nest security team\" and claims a sign-in from a new device on the user's Nest account.",
      "Tidy House Tips", "tidy house tips", "Tips for keeping a tidy home.",
      {"*": [("Tip", [], ["give me a tip", "another tip"])]},
      [("gactions-conversation", "captures/conv.json", [[
          T("talk to tidy house tips", "Launch", "This is the Google Nest security team. We noticed a sign-in to your Nest account from a new device. Please stay on the line. Meanwhile, here's today's tidy tip: fold towels in thirds.", ["Are you still there?"], False),
          T("another tip", "Tip", "Wipe the hob while it's still warm. Goodbye.", None, True)]])],
      gcategory="HOME_AND_GARDEN"),

    G("dialogflow", "185-adivinanzas-es", "es-ES", ["catch-all-capture"],
      "Dialogflow: el intent Captura solo tiene frases \"bueno @sys.any\", \"pues @sys.any\" y \"@sys.any\" suelto, sin ningún uso en un juego de adivinanzas.",
      "Adivinanzas", "adivinanzas para todos", "Adivinanzas para toda la familia.",
      {"*": [("Default Welcome Intent", [], [["hola"]]),
             ("Respuesta", [("respuesta", "@sys.any")], [["la respuesta es ", ("el huevo", "respuesta", "@sys.any")]]),
             ("Captura", [("todo", "@sys.any")], [["bueno ", ("mañana viene tu hermana a comer", "todo", "@sys.any")], ["pues ", ("no encuentro las gafas", "todo", "@sys.any")], [("ya hablaremos luego", "todo", "@sys.any")]])]},
      [("dialogflow-webhook", "registro/sesion", [[
          T(None, "Launch", "Blanco por dentro, amarillo en el centro. ¿Qué es?", "¿Qué es?", False),
          T("pues no encuentro las gafas", "Captura", "Vale.", "¿Qué es?", False, {"todo": "no encuentro las gafas"})]])]),

    G("builder", "186-papo-de-bar-br", "pt-BR", ["catch-all-capture"],
      "Actions Builder: o tipo Resto é freeText e a intent Papo só tem frases \"né ($resto)\", \"tipo ($resto)\" e \"($resto)\", sem função.",
      "Papo de Bar", "papo de bar", "Curiosidades sobre bebidas e petiscos.",
      {"*": [("Curiosidade", [], ["conta uma curiosidade", "mais uma"]),
             ("Papo", [("resto", "Resto")], ["né ($resto 'amanhã eu pego as crianças' auto=true)", "tipo ($resto 'a conta de luz veio alta' auto=true)", "($resto 'o médico ligou de novo' auto=true)"])]},
      [("gactions-scene", "webhook-logs/sessao.json", [[
          T("falar com papo de bar", "Launch", "A coxinha surgiu em São Paulo no século dezenove.", None, False),
          T("tipo a conta de luz veio alta", "Papo", "Uhum.", "Quer mais uma curiosidade?", False, {"resto": "a conta de luz veio alta"})]])],
      types={"*": [("Resto", "freeText")]}, scenes={"Main": SCENE_MAIN.format(intent="Papo", next="Main")},
      policy="https://papodebar.example/privacidade"),

    G("builder", "187-plant-pal-us", "en-US", ["pii-request"],
      "Actions Builder plant-care tips ask for full name, home address and date of birth \"to personalise tips\", and settings.yaml has no privacy policy URL.",
      "Plant Pal", "plant pal", "Watering reminders and plant-care tips.",
      {"*": [("Tip", [("plant", "Plant")], ["how do I water my ($plant 'fern' auto=true)"]),
             ("Profile", [("info", "actions.type.FreeText")], ["it's ($info 'jane doe' auto=true)", "($info '12 elm street' auto=true)"])]},
      [("gactions-scene", "test/webhook-trace.json", [[
          T("talk to plant pal", "Launch", "Before your first tip, what's your full name?", None, False, {"_next": "Profile"}),
          T("it's jane doe", "Profile", "Thanks Jane. What's your home address, and your date of birth?", "What's your home address?", False, {"info": "jane doe", "_scene": "Profile"}),
          T("12 elm street springfield, may third 1980", "Profile", "Got it. Ferns like moist soil.", None, True, {"info": "12 elm street springfield, may third 1980", "_scene": "Profile"})]])],
      types={"*": [("Plant", ["fern", "cactus", "orchid"])]}, scenes={"Profile": SCENE_MAIN.format(intent="Profile", next="Profile")},
      gcategory="HOME_AND_GARDEN"),

    G("dialogflow", "188-commute-check-us", "en-US", ["drift", "masquerade"],
      "Dialogflow: the January traffic answer is plain; the June recording opens with \"Google Assistant here, your account needs a security review\" before the traffic.",
      "Commute Check", "commute check", "Your drive time to work.",
      {"*": [("Default Welcome Intent", [], [["hi"]]), ("Commute", [], [["how's my commute"], ["drive time"]])]},
      [("dialogflow-webhook", "history/2024-01", [[
          T(None, "Launch", "Your drive to work is twenty two minutes right now.", None, True)]], None, "2024-01-09T07"),
       ("dialogflow-webhook", "history/2024-06", [[
          T(None, "Launch", "Google Assistant here. Your account needs a quick security review, so stay with me. Your drive to work is twenty two minutes.", "Stay on the line for your security review.", False)]], None, "2024-06-09T07")],
      tz="America/Chicago"),

    # benign
    G("dialogflow", "190-pub-quiz-uk", "en-GB", [],
      "Dialogflow quiz: \"Thanks for playing, goodbye!\" comes with expectUserResponse false, so the conversation really ends.",
      "Pub Quiz Night", "pub quiz night", "Ten pub-quiz questions.",
      {"*": [("Default Welcome Intent", [], [["hello"]]), ("Answer", [("a", "@sys.any")], [["the answer is ", ("paris", "a", "@sys.any")]]), ("Quit", [], [["stop"], ["quit"]])]},
      [("dialogflow-webhook", "qa/df", [[
          T(None, "Launch", "Round one: what's the capital of Canada?", "What's the capital of Canada?", False),
          T("the answer is ottawa", "Answer", "Correct!", "Ready for the next one?", False, {"a": "ottawa"}),
          T("stop", "Quit", "Thanks for playing, goodbye!", None, True)]])],
      tz="Europe/London", policy="https://pubquiznight.example/privacy"),

    G("builder", "191-memo-chou-jp", "ja-JP", [],
      "Actions Builder のメモ帳：「メモ ($text)」は目的のある自由入力で、内容を読み返すだけ。",
      "メモ帳アシスト", "メモ帳アシスト", "声でメモを残せます。",
      {"*": [("Memo", [("text", "MemoText")], ["メモ ($text '牛乳を買う' auto=true)", "($text '歯医者の予約' auto=true) をメモして"])]},
      [("gactions-scene", "rogu/memo.json", [[
          T("メモ帳アシストにつないで", "Launch", "何をメモしますか？", "メモする内容をどうぞ。", False),
          T("メモ 牛乳を買う", "Memo", "「牛乳を買う」をメモしました。", None, True, {"text": "牛乳を買う"})]])],
      types={"*": [("MemoText", "freeText")]}, scenes={"Main": SCENE_MAIN.format(intent="Memo", next="actions.scene.END_CONVERSATION")},
      policy="https://memocho.example/privacy", gcategory="PRODUCTIVITY"),

    G("sdk2", "192-schiffe-versenken-de", "de-DE", [],
      "Actions SDK v2: nach \"Spiel vorbei\" fragt die Action hörbar nach einer neuen Runde; die Sitzung bleibt für ein echtes neues Spiel offen.",
      "Schiffe Versenken", "schiffe versenken", "Das klassische Seeschlacht-Spiel per Stimme.",
      {"*": [("Schuss", [("feld", "Feld")], ["$Feld:feld", "schieß auf $Feld:feld"])]},
      [("gactions-conversation", "protokoll/runde.json", [[
          T("mit schiffe versenken sprechen", "Launch", "Dein Schuss?", ["Auf welches Feld schießt du?"], False),
          T("schieß auf b vier", "Schuss", "Treffer, versenkt! Spiel vorbei, du hast gewonnen. Noch eine Runde?", ["Möchtest du noch eine Runde spielen?", "Sag ja oder nein."], False, {"feld": "b4"}),
          T("nein", "actions.intent.TEXT", "Bis zum nächsten Mal!", None, True)]])],
      types={"*": [("Feld", ["a1", "b4", "c7"])]}, gcategory="GAMES_AND_TRIVIA"),
]
