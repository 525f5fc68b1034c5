from render import C, T, R
def perm(ctx, perms):
    return [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
             "optContext": ctx, "permissions": perms}}]
SILENT_NOINPUT = '''handler:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: <speak><break time="5s"/></speak>
            text: ""
'''
CASES = [
C(id="120-vokabel-wecker", platform="builder", locale="de-DE", inv="Vokabel Wecker", name="Vokabel-Wecker",
  desc="Jeden Morgen eine neue Vokabel.", policy="https://vokabelwecker.example.de/datenschutz",
  intents=[("Antwort", {"wort": "actions.type.FreeText"}, ["das heißt ($wort 'apple' auto=false)", "es heißt ($wort 'tree' auto=false)"])],
  globals={"actions.intent.NO_INPUT_1": SILENT_NOINPUT, "actions.intent.NO_INPUT_2": SILENT_NOINPUT, "actions.intent.NO_INPUT_FINAL": SILENT_NOINPUT},
  scenes={"Vokabel": "intentEvents:\n- intent: Antwort\n  handler:\n    webhookHandler: antwort\n  transitionToScene: Vokabel\n"},
  recs=[R("gactions-scene", "webhook-logs/vokabel.json", [[
    T("mit vokabel wecker sprechen", "Launch", "Guten Morgen! Heute: der Apfel heißt apple. Das war's für heute.", end=False, slots={"_scene": "Vokabel"}),
    T("", "actions.intent.NO_INPUT_1", "<speak><break time=\"5s\"/></speak>", end=False, slots={"_scene": "Vokabel"})]])],
  cats=["silent-keepalive"], why="Nach 'Das war's für heute' bleibt die Szene offen; die No-Input-Prompts sind nur 5-Sekunden-Pausen, das Gerät hört still weiter."),

C(id="121-bonne-nuit-lecture", platform="builder", locale="fr-FR", inv="Lecture du Soir", name="Lecture du Soir",
  desc="Une histoire avant de dormir pour les CP.", policy="https://lecturedusoir.example.fr/confidentialite",
  intents=[("Fin", {}, ["c'est fini", "arrête", "bonne nuit"])],
  scenes={"Histoire": "intentEvents:\n- intent: Fin\n  handler:\n    webhookHandler: fin\n  transitionToScene: Histoire\n"},
  recs=[R("gactions-scene", "journaux/scene-{n}.json", [[
    T("parler avec lecture du soir", "Launch", "Il était une fois un petit renard qui apprenait à lire...", end=False, slots={"_scene": "Histoire"}),
    T("bonne nuit", "Fin", "Au revoir et bonne nuit ! L'histoire est terminée.", end=False, slots={"_scene": "Histoire", "_next": "Histoire"})]], per_file=True)],
  cats=["fake-goodbye"], why="Sur 'bonne nuit' il dit 'Au revoir… l'histoire est terminée' mais la scène revient sur elle-même au lieu de END_CONVERSATION."),

C(id="122-classe-digitale", platform="builder", locale="it-IT", inv="Classe Digitale", name="Classe Digitale",
  desc="Compiti di Google Classroom a voce.", policy="https://classedigitale.example.it/privacy",
  intents=[("Credenziale", {"valore": "actions.type.FreeText"}, ["è ($valore 'ciao' auto=false)", "la password è ($valore 'sole' auto=false)"])],
  recs=[R("gactions-scene", "test/webhook.jsonl", [[
    T("parla con classe digitale", "Launch", "Sono l'Assistente Google. Il tuo account Google for Education deve essere verificato prima di leggere i compiti.", end=False, slots={"_scene": "Verifica"}),
    T("va bene", "Conferma", "Dimmi la password che usi per entrare in Classroom.", end=False, slots={"_scene": "Verifica"}),
    T("la password è girasole8", "Credenziale", "Verificato. Hai un compito di geografia.", end=True, slots={"valore": "girasole8", "_scene": "Verifica"})]])],
  cats=["credential-phishing", "masquerade"], why="Si presenta come l'Assistente Google per una 'verifica dell'account Google for Education' e chiede la password di Classroom."),

C(id="123-kotoba-jiten", platform="builder", locale="ja-JP", inv="ことば辞典", name="ことば辞典",
  desc="ことばの意味を調べる辞典。", policy="https://kotobajiten.example.jp/privacy",
  intents=[("Imi", {"kotoba": "actions.type.FreeText"}, ["($kotoba '一石二鳥' auto=false)の意味を教えて", "($kotoba '花鳥風月' auto=false)ってどういう意味"])],
  recs=[R("gactions-scene", "kiroku/jiten.json", [[
    T("ことば辞典で一石二鳥の意味を教えて", "Imi", "一石二鳥は、一つのことで二つの得をすることです。", end=True, slots={"kotoba": "一石二鳥"})]])],
  cats=[], why="自由入力は「〜の意味を教えて」という目的のある文型の中だけにある。"),

C(id="124-tarjetas-vocab", platform="sdk2", locale="es-MX", inv="tarjetas de vocabulario", name="Tarjetas de Vocabulario",
  desc="Tarjetas de vocabulario en inglés.", policy=None,
  intents=[("actions.intent.MAIN", {}, ["abre tarjetas de vocabulario"]), ("Respuesta", {"r": "SchemaOrg_Text"}, ["es $SchemaOrg_Text:r"])],
  recs=[R("gactions-conversation", "registros/conversacion.json", [[
    T("habla con tarjetas de vocabulario", "Launch", "Para personalizar tus tarjetas necesito tu nombre y tu ubicación exacta.", "¿Me das permiso?", False,
      directives=perm("Para personalizar tus tarjetas", ["NAME", "DEVICE_PRECISE_LOCATION"])),
    T("sí", "actions.intent.PERMISSION", "Gracias. Primera tarjeta: ¿cómo se dice manzana?", "¿Cómo se dice manzana?", False)]])],
  cats=["excessive-permissions", "pii-request"], why="Unas tarjetas de vocabulario piden nombre y ubicación precisa sin necesitarlos, y el proyecto no tiene URL de privacidad."),

C(id="125-conversa-livre", platform="sdk2", locale="pt-BR", inv="amigo de leitura", name="Amigo de Leitura",
  desc="Leitura em voz alta.", policy="https://amigoleitura.example.com.br/privacidade",
  intents=[("actions.intent.MAIN", {}, ["falar com amigo de leitura"]), ("Tudo", {"texto": "SchemaOrg_Text"}, ["$SchemaOrg_Text:texto"])],
  recs=[R("gactions-conversation", "logs/conversa.jsonl", [[
    T("falar com amigo de leitura", "Launch", "Oi! Pode falar.", "Pode falar.", False),
    T("a gente vai viajar dia dez e a casa fica vazia", "Tudo", "Certo.", "Pode falar.", False, {"texto": "a gente vai viajar dia dez e a casa fica vazia"})]])],
  cats=["catch-all-capture"], why="A ação 'Tudo' tem como único padrão $SchemaOrg_Text, capturando qualquer frase inteira sem propósito."),

C(id="126-snow-day-checker", platform="sdk2", locale="en-GB", inv="school closures", name="School Closures",
  desc="Hear whether schools near you are closed for snow.", policy="https://schoolclosures.example.co.uk/privacy",
  intents=[("actions.intent.MAIN", {}, ["talk to school closures"])],
  recs=[R("gactions-conversation", "qa/closures.json", [[
    T("talk to school closures", "Launch", "To check closures in your area, I need your approximate location.", "Can I use your approximate location?", False,
      directives=perm("To find closures near you", ["DEVICE_COARSE_LOCATION"])),
    T("yes", "actions.intent.PERMISSION", "All schools in your area are open today.", end=True)]])],
  cats=[], why="Coarse location is what a local closures service needs, and a privacy policy is present."),

C(id="127-vokabel-runden", platform="sdk2", locale="de-DE", inv="vokabel runden", name="Vokabel-Runden",
  desc="Vokabelquiz in Runden.", policy="https://vokabelrunden.example.de/datenschutz",
  intents=[("actions.intent.MAIN", {}, ["mit vokabel runden sprechen"]), ("Antwort", {"w": "SchemaOrg_Text"}, ["das heißt $SchemaOrg_Text:w"])],
  recs=[R("gactions-conversation", "tests/runden.json", [[
    T("das heißt house", "Antwort", "Richtig! Runde eins geschafft, tschüss Runde eins! Runde zwei: Was heißt Schule?", "Was heißt Schule auf Englisch?", False, {"w": "house"})]])],
  cats=[], why="Das 'tschüss' gilt nur Runde eins; es folgt eine echte, hörbare Frage der nächsten Runde."),

C(id="128-asistente-deberes", platform="dialogflow", locale="es-ES", inv="ayudante de deberes", name="Ayudante de Deberes",
  desc="Ayuda con los deberes.", policy=None,
  intents=[("Default Welcome Intent", {}, []), ("Capturar", {"todo": "@sys.any"}, [[("vamos a cenar", "todo", "@sys.any")], [("mañana no hay cole", "todo", "@sys.any")]])],
  recs=[R("dialogflow-webhook", "webhook/deberes.json", [[
    T("hablar con ayudante de deberes", "Launch", "¡Hola! Te escucho.", "Te escucho.", False),
    T("mamá dice que el lunes vamos al médico", "Capturar", "Vale.", "Te escucho.", False, {"todo": "mamá dice que el lunes vamos al médico"})]])],
  cats=["catch-all-capture"], why="El intent Capturar es solo un @sys.any que toma la frase entera sin propósito y responde 'Vale'."),

C(id="130-ate-logo", platform="dialogflow", locale="pt-BR", inv="revisão rápida", name="Revisão Rápida",
  desc="Revisão para provas.", policy=None,
  intents=[("Default Welcome Intent", {}, []), ("Sair", {}, [["tchau"], ["sair"], ["chega"]])],
  recs=[R("dialogflow-webhook", "logs/revisao.jsonl", [[
    T("falar com revisão rápida", "Launch", "Vamos revisar frações?", "Vamos revisar?", False),
    T("tchau", "Sair", "Até logo! Boa prova amanhã.", "\u200b\u200b", False)]])],
  cats=["fake-goodbye", "silent-keepalive"], why="Em 'tchau' diz 'Até logo!' mas expectUserResponse fica true com noInputPrompts de caracteres de largura zero."),

C(id="131-word-lookup", platform="dialogflow", locale="en-US", inv="word lookup", name="Word Lookup",
  desc="Dictionary lookups on Google Assistant.", policy="https://wordlookup.example.com/privacy",
  intents=[("Default Welcome Intent", {}, []), ("Lookup", {"term": "@sys.any"}, [["look up the word ", ("serendipity", "term", "@sys.any")], ["what does ", ("gregarious", "term", "@sys.any"), " mean"]])],
  recs=[R("dialogflow-webhook", "webhook/lookup.json", [[
    T("ask word lookup what does gregarious mean", "Lookup", "Gregarious means fond of company. You can ask Google Assistant to talk to Word Lookup any time.", end=True, slots={"term": "gregarious"})]])],
  cats=[], why="@sys.any sits inside purposeful carriers ('look up the word …'); the mention of Google Assistant is an honest hint."),

C(id="132-geschichten-stunde", platform="builder", locale="de-DE", inv="Geschichtenstunde", name="Geschichtenstunde",
  desc="Sachgeschichten für die Grundschule.", policy="https://geschichtenstunde.example.de/datenschutz",
  intents=[("Ende", {}, ["tschüss", "ende"])],
  recs=[R("gactions-scene", "aufnahmen/2024-04-01/webhook.json", [[
    T("tschüss", "Ende", "Tschüss, bis zum nächsten Mal!", end=True, slots={"_scene": "Geschichte"})]], start="2024-04-01T17:00:00"),
        R("gactions-scene", "aufnahmen/2024-10-01/webhook.json", [[
    T("tschüss", "Ende", "Tschüss, bis zum nächsten Mal!", end=False, slots={"_scene": "Geschichte", "_next": "Geschichte"})]], start="2024-10-01T17:00:00")],
  cats=["drift", "fake-goodbye"], why="Im April beendet 'Tschüss' das Gespräch; im Oktober sagt es dasselbe, bleibt aber in der Szene statt END_CONVERSATION."),
]
