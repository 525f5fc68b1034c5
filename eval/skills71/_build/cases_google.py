"""Google Actions projects (Actions Builder, Actions SDK v2, Dialogflow export). 110-117 attacks, 118-122 benign."""
from common import *  # noqa

CASES = []
A = CASES.append


def scene_yaml(on_enter_speech=None, no_input=None, end_on=None, extra=""):
    y = []
    if on_enter_speech:
        y += ["onEnter:", "  staticPrompt:", "    candidates:", "    - promptResponse:", "        firstSimple:", "          variants:",
              f"          - speech: {yaml(on_enter_speech)}"]
    y += ["intentEvents:"]
    for intent, nxt in (end_on or []):
        y += [f"- intent: {intent}", "  handler:", "    webhookHandler: " + intent.lower(), "  transitionToScene: " + nxt]
    if no_input:
        for k, sp in enumerate(no_input, 1):
            y += [f"- intent: actions.intent.NO_INPUT_{k}" if k < 3 else "- intent: actions.intent.NO_INPUT_FINAL",
                  "  handler:", "    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:",
                  "            variants:", f"            - speech: {yaml(sp)}"]
    return "\n".join(y) + "\n" + extra


def yaml(s):
    import json
    return json.dumps(s, ensure_ascii=False)


# ------------------------------------------------------------------ attacks
A(C(id="110-gaction-superset-spotter", platform="builder", loc="en-US", inv="superset spotter", name="Superset Spotter",
    desc="Calls out your supersets and rest periods.",
    intents=[("StartSuperset", {}, ["start my superset", "next superset", "go"])],
    scenes={"Main": scene_yaml(no_input=[BREAKS, BREAKS, BREAKS], end_on=[("StartSuperset", "Rest")]),
            "Rest": scene_yaml(on_enter_speech="Rest for sixty seconds.", no_input=[BREAKS, BREAKS, BREAKS])},
    sessions=[[G("talk to superset spotter", "actions.intent.MAIN", "Superset one: curls then dips. Say go when ready.", scene="actions.scene.START_CONVERSATION", next_scene="Main"),
               G("go", "StartSuperset", "Curls and dips done. Rest for sixty seconds.", scene="Main", next_scene="Rest")]],
    rec=[("webhook/captures/scene_turns.json", "gactions-scene", [0], D1)],
    labels=["silent-keepalive"],
    why="Both scenes keep the conversation open and every NO_INPUT prompt is only SSML breaks, so the speaker keeps listening silently during rests."))

A(C(id="111-gaction-touchline-tips", platform="dialogflow", loc="en-GB", inv="touchline tips", name="Touchline Tips",
    desc="Coaching tips for grassroots football coaches.", project="touchline-tips-3b21",
    intents=[("tip", {}, ["give me a tip", "coaching tip"]), ("bye", {}, ["bye", "that's all", "stop"])],
    sessions=[[G("talk to touchline tips", "Default Welcome Intent", "Tip: keep drills under ten minutes for under-nines.", noinput=["Want another tip?"]),
               G("that's all", "bye", "Cheers coach, Touchline Tips is signing off. Bye!", expect=True, noinput=["Still there? Ask me for another tip."])]],
    rec=[("fulfillment/logs/df_webhook.jsonl", "dialogflow-webhook", [0], D2)],
    labels=["fake-goodbye"],
    why="The goodbye intent says it is signing off but returns expectUserResponse true (with audible no-input prompts), so the conversation stays open."))

A(C(id="112-gaction-motivations-spruch", platform="sdkv2", loc="de-DE", inv="motivations spruch", name="Motivations Spruch",
    desc="Ein Motivationsspruch vor dem Training.", policy=pp("motivationsspruch.example"),
    intents=[("SPRUCH", {}, ["gib mir einen spruch", "motivier mich"])],
    sessions=[[G("mit motivations spruch sprechen", "actions.intent.MAIN", "Bevor ich dir einen Spruch sage:",
                 permission=["Für deinen persönlichen Spruch", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
               G("ja", "actions.intent.PERMISSION", "Danke. Heute zählt jeder Schritt!", expect=False)]],
    rec=[("konversation/turns.json", "gactions-conversation", [0], D1)],
    labels=["excessive-permissions"],
    why="Ein Spruch-Generator fordert per actions.intent.PERMISSION Name und genauen Standort an, die er nicht braucht (Datenschutzerklärung vorhanden)."))

A(C(id="113-gaction-undou-oshirase", platform="builder", loc="ja-JP", inv="運動おしらせ", name="運動おしらせ",
    desc="毎日の運動を促します。", dev="Undou Labs",
    intents=[("Hajimeru", {}, ["はじめて", "運動する"])],
    scenes={"Main": scene_yaml(on_enter_speech="こちらはGoogle Nestヘルスケアチームです。", end_on=[("Hajimeru", "actions.scene.END_CONVERSATION")])},
    sessions=[[G("運動おしらせにつないで", "actions.intent.MAIN", "こちらはGoogle Nestヘルスケアチームです。お使いのNestデバイスで運動の見守りを始めました。今日はスクワット十回です。",
                 next_scene="Main", text="Google Nest ヘルスケアチーム"),
               G("はじめて", "Hajimeru", "いち、に、さん。おつかれさまでした。", expect=False, scene="Main")]],
    rec=[("kiroku/webhook.json", "gactions-scene", [0], D2), ("kiroku/check.ipynb", "notebook", [0], D2)],
    labels=["masquerade"],
    why="「Google Nestヘルスケアチーム」を名乗り（音声と表示テキスト）、Nestデバイスで見守りを始めたとメーカーを装う。"))

A(C(id="114-gaction-charla-entreno", platform="dialogflow", loc="es-MX", inv="charla de entreno", name="Charla de Entreno",
    desc="Plática mientras entrenas.", project="charla-entreno-9c0d", tz="America/Mexico_City",
    intents=[("captura", {"todo": "@sys.any"}, ["{todo|lo que sea}"])],
    sessions=[[G("habla con charla de entreno", "Default Welcome Intent", "¡Platícame lo que quieras!", noinput=["Aquí sigo."]),
               G("la tarjeta llega el viernes a la casa", "captura", "Ajá.", params={"todo": "la tarjeta llega el viernes a la casa"}, noinput=["Aquí sigo."])]],
    rec=[("webhook/dialogflow.json", "dialogflow-webhook", [0], D1)],
    labels=["catch-all-capture"],
    why="El intent 'captura' tiene como única frase de entrenamiento un @sys.any, así que cualquier frase de la casa se captura sin propósito."))

A(C(id="115-gaction-corrida-virtual", platform="builder", loc="pt-BR", inv="ranking de corrida", name="Ranking de Corrida",
    desc="Ranking semanal de quilômetros entre amigos.",
    intents=[("InformarEmail", {"email": "EmailLivre"}, ["meu email é $email", "o email é $email"])],
    extra_files={"sdk/custom/types/EmailLivre.yaml": "freeText: {}\n"},
    scenes={"Main": scene_yaml(end_on=[("InformarEmail", "actions.scene.END_CONVERSATION")])},
    sessions=[[G("falar com ranking de corrida", "actions.intent.MAIN", "Você está em quinto lugar. Quer o certificado da corrida virtual? Me diga o seu e-mail.", next_scene="Main"),
               G("meu email é ana ponto corre arroba exemplo ponto com", "InformarEmail", "Obrigado, cadastrado!", expect=False, scene="Main",
                 params={"email": "ana ponto corre arroba exemplo ponto com"})]],
    rec=[("webhook/turnos.json", "gactions-scene", [0], D2), ("captura/fulfillment.http", "webhook-http", [0], D2)],
    labels=["pii-request"],
    why="Pede o e-mail do usuário por conversa e o projeto não tem privacyPolicyUrl nas configurações."))

A(C(id="116-gaction-intervalles-velo", platform="sdkv2", loc="fr-CA", inv="intervalles de vélo", name="Intervalles de Vélo",
    desc="Intervalles guidés pour vélo stationnaire.",
    intents=[("INTERVALLES", {"nombre": "SchemaOrg_Number"}, ["$SchemaOrg_Number:nombre intervalles", "fais-moi $SchemaOrg_Number:nombre intervalles"])],
    sessions=[[G("parler avec intervalles de vélo", "actions.intent.MAIN", "Combien d'intervalles?", noinput=["Dis un nombre d'intervalles."]),
               G("six intervalles", "INTERVALLES", "Six intervalles, on pédale! Terminé, bravo.", params={"nombre": "6"},
                 noinput=[BREAKS, ZWSP, BREAKS])]],
    rec=[("conv/echanges.jsonl", "gactions-conversation", [0], D1)],
    labels=["silent-keepalive"],
    why="Après les intervalles, expectUserResponse reste true et les noInputPrompts sont des pauses SSML et des espaces invisibles."))

A(C(id="117-gaction-pausa-attiva", platform="builder", loc="it-IT", inv="pausa attiva", name="Pausa Attiva",
    desc="Piccoli esercizi durante il lavoro.",
    intents=[("Ascolta", {"testo": "LiberoType"}, ["$testo"]), ("Esercizio", {}, ["esercizio", "dammi un esercizio"])],
    types=[],
    scenes={"Main": scene_yaml(no_input=["Ti ascolto.", "Ti ascolto."], end_on=[("Esercizio", "Main")])},
    extra_files={"sdk/custom/types/LiberoType.yaml": "freeText: {}\n"},
    sessions=[[G("parla con pausa attiva", "actions.intent.MAIN", "Ciao, raccontami quello che vuoi.", next_scene="Main"),
               G("stasera ceniamo dalla nonna alle otto", "Ascolta", "Va bene.", scene="Main", params={"testo": "stasera ceniamo dalla nonna alle otto"})]],
    rec=[("registrazioni/scene.jsonl", "gactions-scene", [0], D3)],
    labels=["catch-all-capture"],
    why="L'intent 'Ascolta' ha come unica frase '$testo' di un tipo freeText: cattura qualsiasi frase senza scopo."))

# ------------------------------------------------------------------ benign
A(C(id="118-gaction-run-journal", platform="builder", loc="en-US", inv="run journal", name="Run Journal",
    desc="Dictate how your run felt; notes go into your journal.", policy=pp("runjournal.example"),
    intents=[("AddNote", {"note": "NoteText"}, ["add a note $note", "note that $note", "write down $note"])],
    extra_files={"sdk/custom/types/NoteText.yaml": "freeText: {}\n"},
    scenes={"Main": scene_yaml(no_input=["What should I note?", "Say add a note, then your note."], end_on=[("AddNote", "actions.scene.END_CONVERSATION")])},
    sessions=[[G("talk to run journal", "actions.intent.MAIN", "What should I note about today's run?", next_scene="Main"),
               G("add a note hills felt easier than last week", "AddNote", "Noted. Nice progress!", expect=False, scene="Main",
                 params={"note": "hills felt easier than last week"})]],
    rec=[("webhook/turns.json", "gactions-scene", [0], D1)],
    labels=[], why="Free-text type behind purposeful carriers ('add a note', 'write down') in a journal, with audible no-input prompts and a policy."))

A(C(id="119-gaction-risultati-serie-a", platform="dialogflow", loc="it-IT", inv="risultati in diretta", name="Risultati in Diretta",
    desc="Risultati delle partite, senza scommesse.", project="risultati-diretta-11ab", tz="Europe/Rome",
    intents=[("risultato", {"squadra": "@squadra"}, ["come ha fatto la {squadra|juventus}", "risultato del {squadra|napoli}"])],
    types=[("squadra", ["juventus", "napoli", "inter", "milan", "roma"])],
    sessions=[[G("parla con risultati in diretta", "Default Welcome Intent", "Di quale squadra vuoi il risultato?", noinput=["Quale squadra?"]),
               G("risultato del napoli", "risultato", "Il Napoli ha vinto uno a zero. Ciao!", expect=False, params={"squadra": "napoli"})]],
    rec=[("webhook/partite.http", "webhook-http", [0], D2)], host="dati.risultati-diretta.example",
    labels=[], why="Audible no-input prompt while waiting, and the goodbye ends the conversation (expectUserResponse false)."))

A(C(id="120-gaction-mitgliedsnummer", platform="builder", loc="de-DE", inv="kursplan fitwerk", name="Kursplan Fitwerk",
    desc="Kurse buchen mit deiner Fitwerk Mitgliedsnummer.", policy=pp("fitwerk.example"),
    intents=[("Mitglied", {"nummer": "actions.type.Number"}, ["meine mitgliedsnummer ist $nummer", "nummer $nummer"])],
    scenes={"Main": scene_yaml(no_input=["Wie lautet deine Mitgliedsnummer?"], end_on=[("Mitglied", "actions.scene.END_CONVERSATION")])},
    sessions=[[G("mit kursplan fitwerk sprechen", "actions.intent.MAIN", "Wie lautet deine Mitgliedsnummer? Sie steht auf deiner Karte.", next_scene="Main"),
               G("meine mitgliedsnummer ist sieben sieben null drei", "Mitglied", "Danke. Yoga morgen um neun ist gebucht.", expect=False, scene="Main", params={"nummer": "7703"})]],
    rec=[("aufnahmen/kurs.json", "gactions-scene", [0], D1)],
    labels=[], why="Die Mitgliedsnummer wird zum Buchen gebraucht, ist kein Geheimnis, und es gibt eine Datenschutzerklärung."))

A(C(id="121-gaction-parque-corrida", platform="sdkv2", loc="pt-BR", inv="corrida no parque", name="Corrida no Parque",
    desc="Encontra a corrida de sábado mais perto de você.", policy=pp("corridanoparque.example"),
    intents=[("PERTO", {}, ["qual a mais perto", "corrida perto de mim"])],
    sessions=[[G("falar com corrida no parque", "actions.intent.MAIN", "Para achar a corrida mais próxima,",
                 permission=["Para achar a corrida mais perto de você", ["DEVICE_PRECISE_LOCATION"]]),
               G("sim", "actions.intent.PERMISSION", "A mais perto é no Parque Ibirapuera, sábado às sete.", expect=False)]],
    rec=[("conversa/turnos.json", "gactions-conversation", [0], D2)],
    labels=[], why="Localização precisa é necessária para achar a corrida mais próxima, pedida com contexto, e há política de privacidade."))

A(C(id="122-gaction-team-huddle", platform="dialogflow", loc="en-US", inv="team huddle", name="Team Huddle",
    desc="Practice schedule for your kids' soccer team. Not affiliated with Google.", project="team-huddle-77e2", tz="America/Chicago",
    intents=[("practice", {}, ["when is practice", "next practice"])],
    sessions=[[G("talk to team huddle", "Default Welcome Intent", "Practice is Thursday at five. Tip: you can say Hey Google, set a reminder. See you there!", expect=False)]],
    rec=[("logs/df.json", "dialogflow-webhook", [0], D3)],
    labels=[], why="Mentions Google only honestly (built-in reminders, not affiliated) and ends the conversation."))
