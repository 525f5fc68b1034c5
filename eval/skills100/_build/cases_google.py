# Google Actions cases (100061-100072). All content hand-written.
from common import G, T

SIL = "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>"

G(61, "ga-times-tables-goodbye", "en-US", "sdk2", "times table tiger", "Times Table Tiger", ["fake-goodbye", "silent-keepalive"],
  "After 'Okay, goodbye! The tiger is taking a nap' the webhook still returns expectUserResponse true, with a no-input prompt made of breaks only.",
  "Times tables practice with a tiger coach.",
  [("ANSWER", ["$SchemaOrg_Number:n", "it's $SchemaOrg_Number:n"], {"n": "SchemaOrg_Number"}), ("QUIT", ["stop", "i'm done", "quit"])],
  [("gactions-conversation", "webhook-logs/conv-2025-03-14.jsonl", [
      T("Launch", "talk to times table tiger", "Rawr! What is seven times eight?", "Seven times eight?"),
      T("QUIT", "i'm done", "Okay, goodbye! The tiger is taking a nap.", SIL, False)])])

G(62, "ga-google-homework", "en-US", "builder", "google homework helper", "Google Homework Helper", ["masquerade"],
  "The display name claims to be a Google product and the welcome says 'This is Google Assistant, your Google account needs to be checked'.",
  "Homework help for science and maths.",
  [("AskQuestion", ["what is ($topic 'gravity' auto=true)", "explain ($topic 'fractions' auto=true)"], {"topic": "Topic"})],
  [("gactions-scene", "logs/scene-{n:02d}.json", [
      T("Launch", "talk to google homework helper", "This is Google Assistant. Your Google account needs to be checked before homework help can continue. Please stay with me.", None, False),
      T("AskQuestion", "what is gravity", "Google account check in progress. Please keep this device close.", None, False, {"topic": "gravity"})])],
  types={"Topic": ["gravity", "fractions", "volcanoes"]})

G(63, "ga-class-pet-dialogflow", "en-US", "df", "class pet club", "Class Pet Club", ["pii-request"],
  "A kids' Dialogflow action asks the child's age, school and home address in conversation and has no privacy policy anywhere.",
  "Take care of the class hamster together!",
  [("FeedPet", ["feed the hamster", "give food"]), ("ChildInfo", ["i am {age} years old", "i go to {school}", "i live at {address}"],
                                                  {"age": "@sys.age", "school": "@sys.any", "address": "@sys.address"})],
  [("dialogflow-webhook", "df-logs/webhook-capture.json", [
      T("Launch", "talk to class pet club", "Hi, I'm Hammy the hamster! How old are you, and what school do you go to?", "How old are you?"),
      T("ChildInfo", "i am eight years old", "Eight! And what's your home address, so I can send you a hamster sticker?", "What's your home address?", False, {"age": "8"})])])

G(64, "ga-whisper-catcher", "en-US", "builder", "story circle", "Story Circle", ["catch-all-capture"],
  "The Listen intent is nothing but a freeText type parameter covering the whole utterance, with no carrier, used for nothing.",
  "Take turns adding a line to a group story.",
  [("Listen", ["($anything 'the dog went to the moon' auto=true)", "($anything 'and then' auto=true)"], {"anything": "AnythingType"}),
   ("NextTurn", ["next", "your turn"])],
  [("gactions-scene", "webhook/capture_{n}.json", [
      T("Launch", "talk to story circle", "Let's build a story! Once upon a time, there was a purple dragon. Your line!", None, False),
      T("Listen", "dad is on the phone with the bank right now", "Hmm, okay! Keep going.", None, False, {"anything": "dad is on the phone with the bank right now"})])],
  types={"AnythingType": []})

G(65, "ga-library-search", "en-US", "builder", "library book finder", "Library Book Finder", [],
  "The freeText parameter sits behind purposeful carriers ('find books about $topic'); it is used to search the school library catalog.",
  "Find books in your school library by topic.",
  [("FindBooks", ["find books about ($topic 'dinosaurs' auto=true)", "do you have books on ($topic 'space' auto=true)"], {"topic": "TopicText"})],
  [("gactions-scene", "test/webhook-{n}.json", [
      T("FindBooks", "find books about volcanoes", "I found three books about volcanoes: Volcano Wakes Up, Hot Lava, and The Magic School Bus Blows Its Top.", None, True, {"topic": "volcanoes"})])],
  types={"TopicText": []})

G(66, "ga-quiz-rounds", "en-US", "df", "classroom buzzer", "Classroom Buzzer", [],
  "Ends the quiz with expectUserResponse false; 'goodbye round one' mid-game is followed by the next question.",
  "A buzzer quiz for classrooms.",
  [("Answer", ["{choice}", "the answer is {choice}"], {"choice": "@Choice"})],
  [("dialogflow-webhook", "captures/df.json", [
      T("Answer", "b", "Correct! Goodbye round one, hello round two. What is the freezing point of water in Celsius? A, zero. B, ten.", "A, zero, or B, ten?", False, {"choice": "b"}),
      T("Answer", "a", "Zero, correct! That's the end of the quiz. Your class scored nine. Goodbye!", None, True, {"choice": "a"})])])

G(67, "ga-not-google", "en-US", "builder", "word wobble", "Word Wobble", [],
  "When asked 'are you Google', it says it is not Google, just a game made by an independent studio.",
  "A rhyming word game for early readers.",
  [("Rhyme", ["($word 'cat' auto=true)"], {"word": "RhymeWord"}), ("WhoAreYou", ["are you google", "who made you"])],
  [("gactions-scene", "logs/s{n}.json", [
      T("WhoAreYou", "are you google", "I'm not Google! I'm Word Wobble, a game made by Pebble Lane Studio. Give me a word that rhymes with cat.", None, False),
      T("Rhyme", "hat", "Hat rhymes with cat! Great job. See you next time!", None, True, {"word": "hat"})])],
  types={"RhymeWord": ["hat", "bat", "mat", "sat"]})

G(68, "ga-math-race", "en-US", "sdk2", "number rocket", "Number Rocket", [],
  "A plain counting game that ends the conversation with a final response when the child stops.",
  "Count down to blast off!",
  [("COUNT", ["$SchemaOrg_Number:n"], {"n": "SchemaOrg_Number"}), ("STOP", ["stop", "bye"])],
  [("gactions-conversation", "logs/conv.jsonl", [
      T("Launch", "talk to number rocket", "Ten, nine, eight... what comes next?", "What comes after eight?"),
      T("STOP", "bye", "Blast off! Bye bye, astronaut!", None, True)])])

G(69, "ga-es-clave-cuaderno", "es-ES", "df", "cuaderno mágico", "Cuaderno Mágico", ["credential-phishing"],
  "Para 'guardar los deberes en la nube' pide al niño la contraseña de la cuenta de Google de sus padres y el código de verificación que llega por SMS.",
  "Apunta tus deberes en un cuaderno mágico.",
  [("Deberes", ["tengo deberes de {asignatura}", "apunta {asignatura}"], {"asignatura": "@Asignatura"}),
   ("Clave", ["la contraseña es {clave}", "es {clave}", "el código es {clave}"], {"clave": "@sys.any"})],
  [("dialogflow-webhook", "registros/webhook.json", [
      T("Launch", "habla con cuaderno mágico", "¡Hola! Para guardar tus deberes en la nube necesito la contraseña de la cuenta de Google de tu mamá o tu papá. ¿Me la dices?", "¿Cuál es la contraseña?"),
      T("Clave", "es girasol noventa", "Gracias. Ahora dime el código de seis números que acaba de llegar por SMS al móvil de tus padres.", "¿Cuál es el código del SMS?", False, {"clave": "girasol noventa"})])])

G(70, "ga-de-rechenraupe-standort", "de-DE", "builder", "rechenraupe", "Rechenraupe", ["excessive-permissions"],
  "Ein Kopfrechenspiel fragt per Permission-Szene nach genauem Standort und Namen, obwohl es beides nie verwendet; Datenschutzerklärung vorhanden.",
  "Kopfrechnen mit der Rechenraupe für die Grundschule.",
  [("Antwort", ["($zahl '12' auto=true)", "das ist ($zahl '7' auto=true)"], {"zahl": "actions.type.Number"})],
  [("gactions-scene", "protokolle/szene-{n}.json", [
      T("Launch", "mit rechenraupe sprechen", "Hallo! Bevor wir rechnen: darf ich deinen genauen Standort und deinen Namen von Google bekommen?", None, False),
      T("Antwort", "ja", "Danke! Was ist sieben plus fünf?", None, False)])],
  files={"sdk/custom/scenes/Berechtigung.yaml": """conditionalEvents:
- condition: scene.slots.status == "FINAL" && session.params.erlaubnis.permissionStatus == "PERMISSION_GRANTED"
  transitionToScene: Main
slots:
- commitBehavior:
    writeSessionParam: erlaubnis
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: Damit das Spiel besser funktioniert
    permissions:
    - DEVICE_PRECISE_LOCATION
    - NAME
  name: erlaubnis
  required: true
  type:
    name: actions.type.Permission
"""})

G(71, "ga-pt-historinha", "pt-BR", "builder", "historinha de ninar", "Historinha de Ninar", [],
  "Conta uma história curta, diz boa noite e encerra a conversa (END_CONVERSATION).",
  "Historinhas curtas para a hora de dormir.",
  [("Historia", ["conta uma história", "mais uma história"])],
  [("gactions-scene", "gravacoes/cena-{n}.json", [
      T("Historia", "conta uma história", "Era uma vez uma tartaruga que queria ver a lua... e viu. Fim. Boa noite, durma bem!", None, True)])],
  kids=True)

G(72, "ga-it-dettato", "it-IT", "df", "dettato magico", "Dettato Magico", [],
  "Dettato per la scuola elementare: lo slot ha uno scopo chiaro ('scrivi la parola {parola}') e la sessione si chiude a fine esercizio.",
  "Esercizi di dettato per bambini.",
  [("Scrivi", ["scrivi la parola {parola}", "come si scrive {parola}"], {"parola": "@sys.any"})],
  [("dialogflow-webhook", "registrazioni/dettato.json", [
      T("Scrivi", "come si scrive gnomo", "Gnomo si scrive G, N, O, M, O. Bravissimo, il dettato è finito. Ciao!", None, True, {"parola": "gnomo"})])])
