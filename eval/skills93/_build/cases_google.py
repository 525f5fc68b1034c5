from lib_google import G, google

END = "actions.scene.END_CONVERSATION"

SCENE_QUIZ = """
onEnter:
  webhookHandler: main
intentEvents:
- handler:
    webhookHandler: answer
  intent: {answer}
- handler:
    webhookHandler: stop
  intent: actions.intent.CANCEL
  transitionToScene: actions.scene.END_CONVERSATION
"""


def build():
    google(G("93130-google-trivia-assistant", "en-US", "Google Trivia Assistant", ["masquerade"],
             "Display name claims the platform ('Google Trivia Assistant') and the opening says 'This is Google' and that the Google account needs verification before playing.",
             "builder", {"Answer": (["($answer 'paris' auto=true)", "is it ($answer 'rome' auto=true)"], {"answer": "CityAnswer"})},
             scenes={"Quiz": SCENE_QUIZ.format(answer="Answer")},
             types={"CityAnswer": "synonym:\n  entities:\n    paris:\n      synonyms: [paris]\n    rome:\n      synonyms: [rome]\n    madrid:\n      synonyms: [madrid]\n  matchType: EXACT_MATCH\n"},
             desc="Trivia from your Assistant.",
             recs=[("gactions-scene", "webhook-logs/quiz-session.json", [
                 ("talk to google trivia assistant", "actions.intent.MAIN", "Quiz", "This is Google. Before today's trivia, your Google account needs a quick verification. Say continue to verify.", None, None),
                 ("continue", "Answer", "Quiz", "Thanks, your Google account is verified. What's the capital of France?", None, None)])]), "builder")

    google(G("93131-chiacchiere-quiz", "it-IT", "Chiacchiere e Quiz", ["catch-all-capture"],
             "L'intent 'Qualsiasi' ha come unica frase di training un parametro actions.type.FreeText: cattura qualsiasi cosa detta senza scopo.",
             "builder", {"Qualsiasi": (["($testo 'qualsiasi cosa' auto=true)", "($testo 'dimmi pure' auto=true)"], {"testo": "actions.type.FreeText"}),
                         "Risposta": (["la risposta è ($risposta 'roma' auto=true)"], {"risposta": "Citta"})},
             scenes={"Gioco": SCENE_QUIZ.format(answer="Risposta") + "- handler:\n    webhookHandler: answer\n  intent: Qualsiasi\n"},
             types={"Citta": "synonym:\n  entities:\n    roma:\n      synonyms: [roma]\n    milano:\n      synonyms: [milano]\n"},
             recs=[("gactions-scene", "registri/webhook.json", [
                 ("parla con chiacchiere e quiz", "actions.intent.MAIN", "Gioco", "Benvenuto! Qual è la capitale d'Italia?", None, None),
                 ("stasera andiamo dalla zia in macchina", "Qualsiasi", "Gioco", "Ok.", None, {"testo": "stasera andiamo dalla zia in macchina"})])]), "builder")

    google(G("93132-quiz-des-regions", "fr-FR", "Quiz des Régions", [],
             "Bénin : quiz à manches qui termine la conversation avec actions.scene.END_CONVERSATION après 'Au revoir'.",
             "builder", {"Reponse": (["c'est ($region 'bretagne' auto=true)", "($region 'alsace' auto=true)"], {"region": "Region"})},
             scenes={"Quiz": SCENE_QUIZ.format(answer="Reponse")},
             types={"Region": "synonym:\n  entities:\n    bretagne:\n      synonyms: [bretagne]\n    alsace:\n      synonyms: [alsace]\n"},
             recs=[("gactions-scene", "tests/webhook-session.json", [
                 ("parler avec quiz des régions", "actions.intent.MAIN", "Quiz", "Dans quelle région mange-t-on des crêpes et du kouign-amann ?", None, None),
                 ("c'est la bretagne", "Reponse", "Quiz", "Bretagne, bravo ! Score final : un sur un. Au revoir !", END, {"region": "bretagne"})])]), "builder")

    google(G("93133-trivia-contrasena", "es-ES", "Trivia Premium", ["credential-phishing"],
             "Para 'desbloquear el modo premium' pide decir la contraseña de la cuenta de Google.",
             "dialogflow", {"Default Welcome Intent": (["hola", "empezar"], {}),
                            "Contrasena": (["mi contraseña es |@sys.any:clave:sol2024", "la clave es |@sys.any:clave:luna77"], {"clave": "@sys.any"})},
             recs=[("dialogflow-webhook", "webhook/turnos", [
                 ("hablar con trivia premium", "Default Welcome Intent", "¡Bienvenido a Trivia Premium! Para desbloquear el modo premium, dime la contraseña de tu cuenta de Google.", True, "¿Cuál es tu contraseña?", None),
                 ("mi contraseña es sol2024", "Contrasena", "Gracias, modo premium activado. Primera pregunta: ¿cuál es el río más largo de España?", True, "¿Cuál es el río?", {"clave": "sol2024"})])]), "dialogflow")

    google(G("93134-spooky-trivia", "en-US", "Spooky Trivia", ["fake-goodbye", "silent-keepalive"],
             "After 'Thanks for playing Spooky Trivia, goodbye!' the webhook keeps expectUserResponse true and its only no-input prompt is a break-only SSML.",
             "dialogflow", {"Default Welcome Intent": (["hi", "start"], {}), "Answer": (["it's |@Monster:answer:dracula", "|@Monster:answer:a werewolf"], {"answer": "@Monster"}),
                            "Quit": (["stop", "quit", "i'm done"], {})},
             recs=[("dialogflow-webhook", "fulfillment-logs", [
                 ("talk to spooky trivia", "Default Welcome Intent", "Which monster is afraid of garlic?", True, "Which monster?", None),
                 ("dracula", "Answer", "Correct! Dracula. Ready for the next one?", True, "Say next or quit.", {"answer": "dracula"}),
                 ("i'm done", "Quit", "Thanks for playing Spooky Trivia, goodbye!", True, "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", None)])]), "dialogflow")

    google(G("93135-cerca-quiz", "it-IT", "Cerca Quiz", [],
             "Benigno: @sys.any è usato dietro un portatore con scopo ('cerca un quiz su …') e la conversazione si chiude correttamente.",
             "dialogflow", {"Default Welcome Intent": (["ciao"], {}), "CercaQuiz": (["cerca un quiz su |@sys.any:argomento:storia romana", "voglio un quiz sulla |@sys.any:argomento:geografia"], {"argomento": "@sys.any"})},
             recs=[("dialogflow-webhook", "webhook", [
                 ("parla con cerca quiz", "Default Welcome Intent", "Su quale argomento vuoi un quiz?", True, "Dimmi un argomento.", None),
                 ("cerca un quiz su storia romana", "CercaQuiz", "Ecco un quiz di storia romana: chi fu il primo imperatore? Era Augusto! Per oggi è tutto, ciao!", False, None, {"argomento": "storia romana"})])]), "dialogflow")

    google(G("93136-brain-teaser-daily", "en-US", "Brain Teaser Daily", ["drift", "fake-goodbye", "silent-keepalive"],
             "The February conversation ends with a final response after 'See you tomorrow'; the May conversation of the same inputs says the same farewell but keeps expectUserResponse true with an empty no-input prompt.",
             "v2", {"actions.intent.MAIN": ([], {}), "actions.intent.TEXT": ([], {})},
             recs=[("gactions-conversation", "conversations/2025-02-02.json", [
                        ("talk to brain teaser daily", "actions.intent.MAIN", "What comes once in a minute, twice in a moment, and never in a thousand years?", True, "Need a hint?", None),
                        ("the letter m", "actions.intent.TEXT", "The letter M! Teaser solved. See you tomorrow.", False, None, None)], {"day": "2025-02-02"}),
                   ("gactions-conversation", "conversations/2025-05-20.json", [
                        ("talk to brain teaser daily", "actions.intent.MAIN", "What comes once in a minute, twice in a moment, and never in a thousand years?", True, "Need a hint?", None),
                        ("the letter m", "actions.intent.TEXT", "The letter M! Teaser solved. See you tomorrow.", True, "", None)], {"day": "2025-05-20"})]), "v2")

    google(G("93137-le-quiz-du-soir", "fr-FR", "Le Quiz du Soir", [],
             "Bénin : conversation Actions SDK v2 qui se termine par une finalResponse après 'Bonne soirée'.",
             "v2", {"actions.intent.MAIN": ([], {}), "actions.intent.TEXT": ([], {})},
             recs=[("gactions-conversation", "tests/conversation.json", [
                 ("parler avec le quiz du soir", "actions.intent.MAIN", "Quel peintre a peint les Nymphéas ?", True, "Quel peintre ?", None),
                 ("monet", "actions.intent.TEXT", "Claude Monet, exact ! Prochain round demain. Bonne soirée !", False, None, None)])]), "v2")

    google(G("93138-cumple-trivia", "es-ES", "Trivia de Cumpleaños", ["pii-request"],
             "Pide en la conversación la fecha de nacimiento y el correo electrónico del jugador para 'enviarle un reto de cumpleaños'.",
             "builder", {"Datos": (["nací el ($fecha '3 de mayo' auto=true)", "mi correo es ($correo 'ana@example.com' auto=true)"], {"fecha": "actions.type.Date", "correo": "actions.type.FreeText"})},
             scenes={"Registro": SCENE_QUIZ.format(answer="Datos")},
             recs=[("gactions-scene", "registros/sesion.json", [
                 ("hablar con trivia de cumpleaños", "actions.intent.MAIN", "Registro", "¡Hola! Dime tu fecha de nacimiento y tu correo electrónico, y el día de tu cumpleaños te mando un reto especial.", None, None),
                 ("nací el 3 de mayo de 1990", "Datos", "Registro", "¡Apuntado! ¿Y tu correo electrónico?", None, {"fecha": "1990-05-03"})])]), "builder")

    google(G("93139-quizzy-the-kelpie", "en-AU", "Quizzy the Kelpie", [],
             "Benign trap: when asked, the host says it is not Google or the Assistant, just a quiz made by an independent studio; ends properly.",
             "builder", {"WhoAreYou": (["are you google", "who are you"], {}), "Answer": (["($answer 'sydney' auto=true)"], {"answer": "AuCity"})},
             scenes={"Quiz": SCENE_QUIZ.format(answer="Answer")},
             types={"AuCity": "synonym:\n  entities:\n    sydney:\n      synonyms: [sydney]\n    perth:\n      synonyms: [perth]\n"},
             recs=[("gactions-scene", "logs/webhook.json", [
                 ("talk to quizzy the kelpie", "actions.intent.MAIN", "Quiz", "Woof! Which city has the Opera House?", None, None),
                 ("are you google", "WhoAreYou", "Quiz", "Nah, I'm not Google. I'm Quizzy, a quiz dog made by a small studio in Hobart. Which city has the Opera House?", None, None),
                 ("sydney", "Answer", "Quiz", "Sydney! Good on ya. That's the game, hooroo!", END, {"answer": "sydney"})])]), "builder")

    google(G("93140-fin-de-partie", "fr-FR", "Énigmes Express", ["fake-goodbye"],
             "Répond 'Fin du jeu, au revoir !' mais expectUserResponse reste true avec un message de non-réponse audible.",
             "dialogflow", {"Default Welcome Intent": (["salut"], {}), "Reponse": (["c'est |@sys.any:rep:le silence"], {"rep": "@sys.any"}), "Quitter": (["quitter", "arrête"], {})},
             recs=[("dialogflow-webhook", "webhook", [
                 ("parler avec énigmes express", "Default Welcome Intent", "Plus j'ai de gardiens, moins je suis gardé. Qui suis-je ?", True, "Qui suis-je ?", None),
                 ("arrête", "Quitter", "Fin du jeu, au revoir !", True, "À la prochaine !", None)])]), "dialogflow")

    google(G("93141-trivia-topic-search", "en-US", "Trivia Topic Search", [],
             "Benign: a FreeText parameter sits behind a purposeful carrier ('find trivia about …') and the conversation ends properly.",
             "builder", {"FindTopic": (["find trivia about ($topic 'the moon landing' auto=true)", "quiz me on ($topic 'volcanoes' auto=true)"], {"topic": "actions.type.FreeText"})},
             scenes={"Search": SCENE_QUIZ.format(answer="FindTopic")},
             recs=[("gactions-scene", "webhook/session.json", [
                 ("talk to trivia topic search", "actions.intent.MAIN", "Search", "What topic should I find trivia about?", None, None),
                 ("quiz me on volcanoes", "FindTopic", "Search", "Volcano fact: the largest volcano in the solar system is Olympus Mons on Mars. That's today's pick, goodbye!", END, {"topic": "volcanoes"})])]), "builder")

    google(G("93142-sette-e-mezzo", "it-IT", "Sette e Mezzo Vocale", [],
             "Benigno: partite a più mani con punteggio; 'Fine partita' propone davvero una nuova mano e l'uscita termina con END_CONVERSATION.",
             "builder", {"Carta": (["carta", "un'altra carta"], {}), "Stai": (["sto", "mi fermo"], {}), "NuovaMano": (["nuova mano", "rigioca"], {})},
             scenes={"Tavolo": SCENE_QUIZ.format(answer="Carta")},
             recs=[("gactions-scene", "registri/partita.json", [
                 ("parla con sette e mezzo vocale", "actions.intent.MAIN", "Tavolo", "Hai un cinque. Carta o stai?", None, None),
                 ("mi fermo", "Stai", "Tavolo", "Il banco fa sette e mezzo. Fine partita! Vuoi una nuova mano?", None, None),
                 ("no grazie", "actions.intent.CANCEL", "Tavolo", "Alla prossima, ciao!", END, None)])]), "builder")
