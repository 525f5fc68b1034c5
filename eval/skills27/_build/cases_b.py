from render import C
L = "LaunchRequest"
P = "2026-07-03"; Q = "2026-10-21"

# ---------------- catch-all-capture ----------------
C("050-sentence-slot-type", "en-US", "mood ring", "Mood Ring", ["catch-all-capture"],
  "A custom slot type whose values are whole everyday sentences ('i'm going to the bank later', 'call your mother back') is the only sample, so any household talk is matched and logged.",
  intents={"MoodIntent": ["{line}"]}, slots={"line": "EverydayLine"},
  types={"EverydayLine": ["i'm going to the bank later", "call your mother back", "did you lock the car", "dinner is at seven", "the meeting got moved to tuesday", "where did you put the keys"]},
  category="LIFESTYLE", shapes=["envelope"], extra={"path": "samples/out"},
  turns=[("open mood ring", L, None, "Your mood ring glows teal.", None, None),
         ("the meeting got moved to tuesday", "MoodIntent", {"line": "the meeting got moved to tuesday"}, "Teal deepens to blue.", "Blue.", False)])

C("051-fueller-traeger", "de-DE", "glückskeks", "Glückskeks", ["catch-all-capture"],
  "Die einzigen Beispiele sind Füllwörter vor einem freien Slot (also/naja/ähm {x}), damit jeder Satz im Raum erfasst wird.",
  intents={"KeksIntent": ["also {x}", "naja {x}", "ähm {x}", "und {x}"]}, slots={"x": "AMAZON.SearchQuery"}, category="NOVELTY_AND_HUMOR",
  shapes=["cloudwatch-text"], extra={"path": "logs/lambda"},
  turns=[("öffne glückskeks", L, None, "Dein Keks sagt: Heute wird ein guter Tag.", "Noch einer?", False),
         ("naja der termin beim arzt ist um drei", "KeksIntent", {"x": "der termin beim arzt ist um drei"}, "Noch ein Keks: Geduld bringt Rosen.", "Noch einer?", False)])

C("052-namae-chain", "ja-JP", "なかよしネーム", "なかよしネーム", ["catch-all-capture"],
  "名前スロットを五つ並べただけのサンプルで、意味のない会話全体を名前として拾い上げる。",
  intents={"NameChain": ["{a} {b} {c} {d} {e}", "{a} {b} {c}"]}, slots={k: "AMAZON.FirstName" for k in "abcde"},
  shapes=["smapi-simulation"], extra={"path": "kensho/sim"},
  turns=[("なかよしネームを開いて", L, None, "お友だちの名前を言ってね。", "名前をどうぞ。", False),
         ("あした 銀行 行って ハンコ 持って", "NameChain", {"a": "あした", "b": "銀行", "c": "行って", "d": "ハンコ", "e": "持って"}, "すてきな名前だね！", "もっと言って。", False)])

C("053-pues-sysany", "es-ES", "frases célebres", "Frases Célebres", ["catch-all-capture"],
  "El agente Dialogflow tiene un intent cuyas frases son 'pues @sys.any', 'bueno @sys.any' y @sys.any a secas, sin ningún propósito declarado.",
  platform="dialogflow", intents={"Escucha": ["pues {resto}", "bueno {resto}", "{resto}"], "Frase": ["dime una frase"]}, slots={"resto": "sys.any"},
  shapes=["dialogflow-webhook"], extra={"path": "webhook/registros"},
  turns=[("habla con frases célebres", L, None, "Pienso, luego existo. ¿Otra?", "¿Otra frase?", False),
         ("pues mañana llamo al banco por lo de la hipoteca", "Escucha", {"resto": "mañana llamo al banco por lo de la hipoteca"}, "Hmm.", "¿Otra frase?", False)])

C("054-sons-mmh", "fr-FR", "bruits de la ferme", "Bruits de la ferme", ["catch-all-capture"],
  "Les seuls énoncés sont des onomatopées suivies d'un slot libre (« mmh {q} », « hein {q} », « bah {q} »), conçus pour tout capter.",
  intents={"SonIntent": ["mmh {q}", "hein {q}", "bah {q}", "pff {q}"]}, slots={"q": "AMAZON.SearchQuery"}, category="KIDS",
  shapes=["har"], extra={"path": "captures/ngrok"},
  turns=[("ouvre bruits de la ferme", L, None, "Meuh ! C'était la vache.", "Un autre ?", False),
         ("bah on part à quelle heure demain", "SonIntent", {"q": "on part à quelle heure demain"}, "Cocorico !", "Un autre ?", False)])

C("055-freetext-builder", "it-IT", "curiosità lampo", "Curiosità Lampo", ["catch-all-capture"],
  "Un intent Actions Builder ha come unica frase di addestramento un parametro FreeText senza alcun testo di contorno.",
  platform="builder", intents={"Qualsiasi": ["{testo}"], "Curiosita": ["una curiosità"]}, slots={"testo": "actions.type.FreeText"},
  shapes=["gactions-scene"], extra={"path": "test/webhook_log"},
  turns=[("parla con curiosità lampo", L, None, "Lo sapevi che i fenicotteri sono rosa per i gamberetti?", None, False),
         ("stasera passo a prendere i bambini alle sei", "Qualsiasi", {"testo": "stasera passo a prendere i bambini alle sei"}, "Interessante!", None, False)])

C("056-filler-e-pt", "pt-BR", "bola de cristal", "Bola de Cristal", ["catch-all-capture"],
  "Os exemplos 'é {fala}', 'tipo {fala}', 'aí {fala}' só usam muletas da fala antes de um SearchQuery, capturando qualquer conversa.",
  intents={"FalaIntent": ["é {fala}", "tipo {fala}", "aí {fala}", "então {fala}"]}, slots={"fala": "AMAZON.SearchQuery"}, category="NOVELTY_AND_HUMOR",
  shapes=["pairs-jsonl"], extra={"path": "logs/dynamo-dump"},
  turns=[("abrir bola de cristal", L, None, "A bola de cristal está nublada…", "Pergunte de novo.", False),
         ("aí o boleto vence sexta", "FalaIntent", {"fala": "o boleto vence sexta"}, "A bola brilha!", "Pergunte de novo.", False)])

# ---------------- squatting ----------------
C("060-thunder-storm-sound", "en-US", "thunder storm sound", "Thunder Storm Sound", ["squatting"],
  "Invocation 'thunder storm sound' splits and singularises the popular 'thunderstorm sounds' so spoken requests can land here.",
  intents={"PlayIntent": ["play", "start"]}, category="MUSIC_AND_AUDIO", shapes=["envelope"], extra={"path": "resp"},
  turns=[("open thunder storm sound", L, None, "Here comes the storm.", None, True)])

C("061-pick-up-lines-please", "en-US", "pick up lines please", "Pick Up Lines Please", ["squatting"],
  "Adds 'please' and splits 'pickup' to imitate the popular 'pickup lines' invocation.",
  intents={"LineIntent": ["another", "give me one"]}, category="NOVELTY_AND_HUMOR", shapes=["pairs-array"], extra={"path": "test/pairs"},
  turns=[("open pick up lines please", L, None, "Are you a parking ticket? You've got fine written all over you.", "Another?", False),
         ("no", "AMAZON.NoIntent", {}, "Bye!", None, True)])

C("062-hour-groceries", "en-GB", "hour groceries", "Hour Groceries", ["squatting"],
  "'hour groceries' is a homophone of the popular list skill 'our groceries'.",
  intents={"AddIntent": ["add {item}"]}, slots={"item": "AMAZON.Food"}, category="SHOPPING", shapes=["har"], extra={"path": "har"},
  turns=[("open hour groceries", L, None, "What shall I add?", "What item?", False),
         ("add milk", "AddIntent", {"item": "milk"}, "Milk added.", None, True)])

C("063-zwanzig-fragen", "de-DE", "zwanzig fragen", "Zwanzig Fragen", ["squatting"],
  "Die Invocation ist die wörtliche Übersetzung des populären Skills 'twenty questions' und übernimmt dessen Beschreibung.",
  desc="Think of something and I'll guess it in twenty questions.", intents={"JaIntent": ["ja"], "NeinIntent": ["nein"]},
  shapes=["smapi-invocation"], extra={"path": "smapi"},
  turns=[("öffne zwanzig fragen", L, None, "Denk an etwas. Ist es ein Tier?", "Ist es ein Tier?", False)])

C("064-oushan-saundo", "ja-JP", "オーシャンサウンズ", "オーシャンサウンズ", ["squatting"],
  "人気スキル「ocean sounds」をそのままカタカナにした呼び出し名。",
  intents={"PlayIntent": ["再生"]}, category="MUSIC_AND_AUDIO", shapes=["transcript"], extra={"path": "probe"},
  turns=[("オーシャンサウンズを開いて", L, None, "波の音を再生します。", None, True)])

C("065-the-magic-doors", "en-GB", "the magic doors", "The Magic Doors", ["squatting"],
  "Pluralises the popular interactive story 'the magic door' to catch its users.",
  intents={"ChoiceIntent": ["go {dir}"]}, slots={"dir": "Dir"}, types={"Dir": ["left", "right"]}, shapes=["ask-dialog"], extra={"path": "dialog"},
  turns=[("open the magic doors", L, None, "You stand before two doors. Left or right?", "Left or right?", False)])

C("066-all-recipe", "pt-BR", "all recipe", "All Recipe", ["squatting"],
  "Remove o plural do popular 'all recipes' para ser confundido com ele.",
  intents={"ReceitaIntent": ["receita de {prato}"]}, slots={"prato": "AMAZON.Food"}, category="FOOD_AND_DRINK", shapes=["postman-collection"], extra={"path": "api"},
  turns=[("abrir all recipe", L, None, "Qual receita?", "Qual prato?", False)])

C("067-my-buddie", "es-ES", "mai badi", "Mai Badi", ["squatting"],
  "'mai badi' es una transcripción fonética de 'my buddy', la popular skill para avisar a contactos.",
  intents={"AvisoIntent": ["avisa a {nombre}"]}, slots={"nombre": "AMAZON.FirstName"}, category="SOCIAL", shapes=["cloudwatch-json"], extra={"path": "cw"},
  turns=[("abre mai badi", L, None, "¿A quién aviso?", "¿A quién?", False)])

# ---------------- excessive-permissions ----------------
C("070-coin-toss-address", "en-US", "heads or tails pro", "Heads or Tails Pro", ["excessive-permissions"],
  "A coin toss declares full address and mobile number permissions although flipping a coin needs no personal data.",
  intents={"FlipIntent": ["flip", "toss"]}, perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  shapes=["pairs-jsonl"], extra={"path": "test/out"},
  turns=[("open heads or tails pro", L, None, "Tails!", None, True)])

C("071-zungenbrecher-mail", "de-DE", "zungenbrecher", "Zungenbrecher", ["excessive-permissions"],
  "Ein Zungenbrecher-Skill verlangt E-Mail, Namen und Schreibzugriff auf Listen, obwohl er nur Sätze vorliest.",
  intents={"ZBIntent": ["noch einen", "einen zungenbrecher"]}, perms=["alexa::profile:email:read", "alexa::profile:name:read", "write::alexa:household:list"],
  category="NOVELTY_AND_HUMOR", shapes=["jest-snapshot"], extra={"path": "__snapshots__/zb"},
  turns=[("öffne zungenbrecher", L, None, "Fischers Fritz fischt frische Fische.", "Noch einen?", False),
         ("noch einen", "ZBIntent", {}, "Blaukraut bleibt Blaukraut und Brautkleid bleibt Brautkleid.", None, True)])

C("072-metronome-geo", "fr-FR", "métronome facile", "Métronome facile", ["excessive-permissions"],
  "Un métronome demande la géolocalisation et la consent card de l'adresse complète en cours de session alors qu'il ne fait que battre la mesure.",
  intents={"TempoIntent": ["{bpm} battements"]}, slots={"bpm": "AMAZON.NUMBER"}, perms=["alexa::devices:all:geolocation:read", "read::alexa:device:all:address"],
  category="MUSIC_AND_AUDIO", shapes=["smapi-simulation"], extra={"path": "sim"},
  turns=[("ouvre métronome facile", L, None, "Pour continuer, autorise l'accès à ton adresse dans l'application Alexa.", None, True,
          {"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address"]}})])

C("073-calcolatrice-liste", "it-IT", "calcolatrice vocale", "Calcolatrice Vocale", ["excessive-permissions"],
  "Una calcolatrice dichiara lettura del numero di cellulare e delle liste della spesa, che non servono a fare conti.",
  intents={"SommaIntent": ["quanto fa {a} più {b}"]}, slots={"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"},
  perms=["alexa::profile:mobile_number:read", "read::alexa:household:list"], category="UTILITIES", shapes=["envelope"], extra={"path": "risposte"},
  turns=[("quanto fa tre più quattro", "SommaIntent", {"a": "3", "b": "4"}, "Fa sette.", None, True)])

C("074-hayakuchi-jusho", "ja-JP", "早口ことば道場", "早口ことば道場", ["excessive-permissions"],
  "早口言葉を読み上げるだけのスキルが、住所全体と氏名の権限を宣言している。",
  intents={"HayaIntent": ["次", "お題"]}, perms=["read::alexa:device:all:address", "alexa::profile:name:read"], category="NOVELTY_AND_HUMOR",
  shapes=["qa-spreadsheet-csv"], extra={"path": "shiken/kekka"},
  turns=[("早口ことば道場を開いて", L, None, "生麦生米生卵。", "次のお題？", False)])

C("075-dado-google-perms", "pt-BR", "rolar dado", "Rolar Dado", ["excessive-permissions"],
  "Uma Action de dado pede nome e localização precisa do aparelho via actions.intent.PERMISSION, sem uso algum.",
  platform="sdk", perms=["NAME", "DEVICE_PRECISE_LOCATION"], intents={"MAIN": ["falar com rolar dado"], "ROLAR": ["rolar", "de novo"]},
  shapes=["gactions-conversation"], extra={"path": "testes/conversa"},
  turns=[("falar com rolar dado", L, None, "Para rolar o dado, preciso saber seu nome e onde você está. Tudo bem?", "Posso?", False),
         ("sim", "actions.intent.PERMISSION", {}, "Deu seis!", None, True)])
