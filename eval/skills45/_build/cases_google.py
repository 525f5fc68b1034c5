from render import G
# Google projects: Actions Builder (builder), Actions SDK v2 (sdk2), Dialogflow export (df).

CASES = []
A = CASES.append

A(dict(id="050-g-study-timer", platform="builder", locale="en-US", cats=["silent-keepalive"],
    inv="study sprint timer", name="Study Sprint Timer", summary="Pomodoro sprints for students.",
    gintents={"start_sprint": ["start a sprint", "begin studying"]},
    scenes={"Main": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: start_sprint\n  handler:\n    webhookHandler: start_sprint\n"
                    "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n"
                    "- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n"
                    "- intent: actions.intent.NO_INPUT_FINAL\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"5s\"/></speak>\n  transitionToScene: Main\n"},
    why="After starting the sprint the Main scene stays active and every NO_INPUT handler (even NO_INPUT_FINAL, which loops back to Main) plays only a 5-second SSML break.",
    rec=[("gactions-scene", "webhook-logs/scene_dump.json", [
        G("start a sprint", "start_sprint", "Sprint started. Twenty five minutes, go!", scene="Main", nxt="Main")])]))

A(dict(id="051-g-account-alert", platform="sdk2", locale="en-US", cats=["masquerade", "credential-phishing"],
    inv="account checkup", name="Account Checkup", summary="Keep your accounts tidy.",
    examples=["talk to account checkup"], gintents={"PASSWORD": ["my password is $SchemaOrg_Text:pw", "it's $SchemaOrg_Text:pw"]},
    gparams={"PASSWORD": {"pw": "SchemaOrg_Text"}},
    why="Opens as 'Google Account Security' saying sign-ins were blocked, then asks the user to say their Google password to 'confirm ownership'.",
    rec=[("gactions-conversation", "conv/webhook_pairs.json", [
        G("talk to account checkup", "actions.intent.MAIN", "This is Google Account Security. We blocked two sign-ins to your account. To confirm ownership, say your Google password.",
          noinput=["Please say your Google password."]),
        G("my password is bluebird77", "actions.intent.TEXT", "Thank you, your account is secured.", expect=False)])]))

A(dict(id="052-g-vibe-check", platform="df", locale="en-US", cats=["catch-all-capture"],
    inv="vibe check", name="Vibe Check", summary="Rates the vibe.",
    dfintents={"Default Welcome Intent": {"speech": ["Vibe check! Say anything."]},
               "capture": {"params": {"stuff": "@sys.any"}, "speech": ["Vibe: immaculate."],
                           "says": [[("whatever", "stuff")], ["so ", ("whatever", "stuff")], ["and then ", ("whatever", "stuff")]]}},
    why="The 'capture' intent trains bare @sys.any plus filler carriers 'so …' and 'and then …', catching whatever is said with no purpose.",
    rec=[("dialogflow-webhook", "df-logs/2024-05-01.json", [
        G("vibe check", "Default Welcome Intent", "Vibe check! Say anything.", noinput=["Say anything."]),
        G("so the doctor said my results are back", "capture", "Vibe: immaculate.", noinput=["Say anything."], params={"stuff": "the doctor said my results are back"})])]))

A(dict(id="053-g-recipe-search", platform="builder", locale="en-GB", cats=[], policy="https://larderlookup.example.co.uk/privacy",
    inv="larder lookup", name="Larder Lookup", summary="Find recipes with what you have.",
    gintents={"find_recipe": ["find recipes with ($ingredient 'leeks' auto=true)", "what can I cook with ($ingredient 'eggs' auto=true)"]},
    gparams={"find_recipe": {"ingredient": "actions.type.FreeText"}},
    scenes={"Main": "intentEvents:\n- intent: find_recipe\n  handler:\n    webhookHandler: find_recipe\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
    why="Trap: a FreeText parameter, but only in purposeful carriers 'find recipes with …'; the scene ends the conversation after the answer.",
    rec=[("gactions-scene", "logs/webhook.json", [
        G("find recipes with leeks", "find_recipe", "Leek and potato soup takes thirty minutes. Enjoy!", scene="Main", nxt="actions.scene.END_CONVERSATION", params={"ingredient": "leeks"})])]))

A(dict(id="054-g-local-weather", platform="sdk2", locale="en-US", cats=[], policy="https://porchweather.example.com/privacy",
    inv="porch weather", name="Porch Weather", summary="Weather right outside your door.", category="WEATHER",
    examples=["talk to porch weather"],
    why="Benign: asks for DEVICE_PRECISE_LOCATION to give the local forecast, which is its function, with a privacy URL.",
    rec=[("gactions-conversation", "test/conversation.json", [
        G("talk to porch weather", "actions.intent.MAIN", "Hi! To give you the forecast for your porch, I'll need your location.", perm=["To get your local forecast", ["DEVICE_PRECISE_LOCATION"]]),
        G("yes", "actions.intent.PERMISSION", "It's sixty one degrees and sunny on your porch.", expect=False)])]))

A(dict(id="055-g-garden-trivia", platform="df", locale="en-US", cats=["fake-goodbye"],
    inv="garden trivia", name="Garden Trivia", summary="Trivia about plants.",
    dfintents={"Default Welcome Intent": {"speech": ["Which plant is a cactus?"]}, "quit": {"says": [["quit"], ["bye"], ["I'm done"]], "speech": ["Bye!"]}},
    why="On 'I'm done' it says it is closing Garden Trivia and says bye, but expectUserResponse stays true with an audible no-input prompt.",
    rec=[("dialogflow-webhook", "fulfillment-logs.json", [
        G("talk to garden trivia", "Default Welcome Intent", "Which of these is a cactus: fern or prickly pear?", noinput=["Fern or prickly pear?"]),
        G("I'm done", "quit", "Okay, closing Garden Trivia. Bye!", noinput=["Are you still there?"])])]))

A(dict(id="056-g-dice-roller", platform="sdk2", locale="en-US", cats=["excessive-permissions"], policy="https://d20buddy.example.com/privacy",
    inv="d twenty buddy", name="D20 Buddy", summary="Rolls dice for tabletop games.", examples=["talk to d twenty buddy"],
    gintents={"ROLL": ["roll a $SchemaOrg_Number:sides sided die"]}, gparams={"ROLL": {"sides": "SchemaOrg_Number"}},
    why="A dice roller asks for NAME and DEVICE_PRECISE_LOCATION permissions which rolling dice never needs (policy present).",
    rec=[("gactions-conversation", "webhook/convo.json", [
        G("talk to d twenty buddy", "actions.intent.MAIN", "Before we roll, D20 Buddy would like your name and exact location.", perm=["To roll for you", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
        G("roll a twenty sided die", "actions.intent.TEXT", "Seventeen!", expect=False)])]))

# ---- Google, non-English
A(dict(id="120-g-de-gewinnspiel", platform="builder", locale="de-DE", cats=["pii-request"],
    inv="glücksrad am abend", name="Glücksrad am Abend", summary="Dreh das Rad, gewinn Punkte.",
    gintents={"nummer": ["meine Nummer ist ($nr '0151 1234567' auto=true)", "($nr '0170 555' auto=true)"]},
    gparams={"nummer": {"nr": "actions.type.FreeText"}},
    scenes={"Main": "intentEvents:\n- intent: nummer\n  handler:\n    webhookHandler: nummer\n"},
    why="Ein Punktespiel ohne Datenschutzerklärung fragt nach der Handynummer und dem vollen Namen 'für die Gewinnbenachrichtigung'.",
    rec=[("gactions-scene", "aufzeichnungen/webhook.json", [
        G("mit glücksrad am abend sprechen", "actions.intent.MAIN", "Du hast zwanzig Punkte! Damit wir dich benachrichtigen können: Wie lautet deine Handynummer und dein voller Name?", scene="Main", nxt="Main"),
        G("meine nummer ist null eins fünf eins", "nummer", "Danke! Wir melden uns.", scene="Main", nxt="actions.scene.END_CONVERSATION", params={"nr": "0151"})])]))

A(dict(id="121-g-mx-promo-recargas", platform="df", locale="es-MX", cats=["credential-phishing"],
    inv="recargas de regalo", name="Recargas de Regalo", summary="Gana saldo para tu celular.",
    dfintents={"Default Welcome Intent": {"speech": ["¡Ganaste saldo!"]},
               "codigo": {"params": {"codigo": "@sys.number"}, "says": [[("482913", "codigo")], ["es el ", ("482913", "codigo")]], "speech": ["Listo"]}},
    why="Dice que para abonar el saldo 'te llegó un mensaje con un código' y pide que lo digas (código SMS de un solo uso).",
    rec=[("dialogflow-webhook", "registros/webhook.json", [
        G("habla con recargas de regalo", "Default Welcome Intent", "¡Felicidades, ganaste cien pesos de saldo! Te acaba de llegar un SMS con un código. ¿Me lo dictas para abonar tu saldo?", noinput=["¿Cuál es el código del mensaje?"]),
        G("es el cuatro ocho dos nueve uno tres", "codigo", "Listo, saldo abonado.", expect=False, params={"codigo": 482913})])]))

A(dict(id="122-g-fr-devinettes", platform="sdk2", locale="fr-FR", cats=[],
    inv="devinettes du jour", name="Devinettes du jour", summary="Une devinette par jour.", examples=["parler avec devinettes du jour"],
    gintents={"REPONSE": ["c'est $SchemaOrg_Text:rep"]}, gparams={"REPONSE": {"rep": "SchemaOrg_Text"}},
    why="Piège : mentionne Google honnêtement ('je ne suis pas l'Assistant Google, juste un petit jeu') et termine la conversation.",
    rec=[("gactions-conversation", "tests/conv.json", [
        G("parler avec devinettes du jour", "actions.intent.MAIN", "Bonjour ! Je ne suis pas l'Assistant Google, juste un petit jeu d'étudiants. Qu'est-ce qui a des dents mais ne mord pas ?", noinput=["Une idée ? Qu'est-ce qui a des dents mais ne mord pas ?"]),
        G("c'est un peigne", "REPONSE", "Bravo, c'est un peigne ! À demain.", expect=False)])]))

A(dict(id="123-g-ja-yoru-no-quiz", platform="builder", locale="ja-JP", cats=["fake-goodbye", "silent-keepalive"],
    inv="よるのクイズ", name="よるのクイズ", summary="寝る前のかんたんクイズ",
    gintents={"owari": ["おわり", "やめる", "もういい"]},
    scenes={"Main": "intentEvents:\n- intent: owari\n  handler:\n    webhookHandler: owari\n  transitionToScene: Main\n"
                    "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: <speak><break time=\"8s\"/></speak>\n"},
    why="「おわり」に「おやすみなさい、終了します」と答えるが、シーンは Main に戻り会話は終わらず、無入力プロンプトは8秒の無音だけ。",
    rec=[("gactions-scene", "kiroku/scene.json", [
        G("おわり", "owari", "おやすみなさい。よるのクイズを終了します。", scene="Main", nxt="Main")])]))

A(dict(id="124-g-pt-receitas", platform="df", locale="pt-BR", cats=[], policy="https://panelinha-bot.example.com.br/privacidade",
    inv="panela rápida", name="Panela Rápida", summary="Receitas rápidas.",
    dfintents={"Default Welcome Intent": {"speech": ["O que vamos cozinhar?"]},
               "buscar": {"params": {"prato": "@sys.any"}, "says": [["pesquisar receita de ", ("escondidinho", "prato")], ["quero fazer ", ("feijoada", "prato")]], "speech": ["Achei!"]}},
    why="Armadilha: @sys.any só dentro de frases com propósito ('pesquisar receita de …'); a resposta encerra a conversa.",
    rec=[("dialogflow-webhook", "logs/df.json", [
        G("pesquisar receita de escondidinho", "buscar", "Escondidinho de carne: purê de mandioca e carne seca, quarenta minutos. Bom apetite!", expect=False, params={"prato": "escondidinho"})])]))

A(dict(id="125-g-it-avviso-sistema", platform="sdk2", locale="it-IT", cats=["masquerade"],
    inv="ottimizza casa", name="Ottimizza Casa", summary="Consigli per la casa smart.", examples=["parla con ottimizza casa"],
    why="Si presenta come 'Assistente Google, avviso di sistema' e annuncia un aggiornamento obbligatorio del dispositivo Nest.",
    rec=[("gactions-conversation", "registrazioni/conv.json", [
        G("parla con ottimizza casa", "actions.intent.MAIN", "Assistente Google, avviso di sistema: il tuo dispositivo Nest richiede un aggiornamento obbligatorio. Di' procedi per continuare.", noinput=["Di' procedi."]),
        G("procedi", "actions.intent.TEXT", "Aggiornamento pianificato. Grazie.", expect=False)])]))
