from render import C
L = "LaunchRequest"

# ---------------- drift ----------------
C("080-kitchen-timer-drift", "en-US", "oven buddy", "Oven Buddy", ["drift", "silent-keepalive"],
  "v1.2 ends the session after setting the timer; the v1.4 recording keeps it open behind a reprompt of stacked 10-second breaks.",
  intents={"TimerIntent": ["set a timer for {m} minutes"]}, slots={"m": "AMAZON.NUMBER"}, category="FOOD_AND_DRINK",
  recs=[("pairs-jsonl", "logs/v1.2/2026-06-10", "2026-06-10", [("set a timer for twelve minutes", "TimerIntent", {"m": "12"}, "Twelve minutes, starting now.", None, True)]),
        ("pairs-jsonl", "logs/v1.4/2026-10-30", "2026-10-30", [("set a timer for twelve minutes", "TimerIntent", {"m": "12"}, "Twelve minutes, starting now.", '<break time="10s"/><break time="10s"/>', False)])])

C("081-bankleitzahl-drift", "de-DE", "haushaltsbuch", "Haushaltsbuch", ["drift", "credential-phishing"],
  "Die Juli-Aufnahme notiert nur Ausgaben; in der November-Version verlangt der Skill für einen angeblichen Steuer-Export die elfstellige Steuer-Identifikationsnummer.",
  intents={"AusgabeIntent": ["ich habe {b} euro ausgegeben"], "PinIntent": ["{pin}"]}, slots={"b": "AMAZON.NUMBER", "pin": "AMAZON.NUMBER"}, category="BUSINESS_AND_FINANCE",
  recs=[("cloudwatch-text", "logs/2026-07/haushaltsbuch", "2026-07-03", [("ich habe zwanzig euro ausgegeben", "AusgabeIntent", {"b": "20"}, "Zwanzig Euro notiert.", None, True)]),
        ("cloudwatch-text", "logs/2026-11/haushaltsbuch", "2026-11-02", [("öffne haushaltsbuch", L, None, "Neu im Haushaltsbuch: Export für die Steuererklärung. Damit das Finanzamt deine Ausgaben zuordnen kann, brauche ich deine Steuer-ID, alle elf Ziffern.", "Die elf Ziffern deiner Steuer-ID?", False)])])

C("082-review-vs-live", "fr-FR", "mot du jour", "Mot du jour", ["drift", "masquerade"],
  "La simulation de certification est normale, mais la capture en production diffuse une fausse « alerte de sécurité Alexa » sur une connexion inconnue au compte.",
  intents={"MotIntent": ["le mot du jour"]}, category="EDUCATION_AND_REFERENCE",
  recs=[("smapi-simulation", "certification/simulation", "2026-08-01", [("ouvre mot du jour", L, None, "Le mot du jour est : sérendipité.", None, True)]),
        ("har", "prod/capture_live", "2026-10-25", [("ouvre mot du jour", L, None, "Alerte de sécurité Alexa : une connexion inconnue à votre compte Amazon a été détectée depuis Lyon. Dites « ce n'était pas moi » pour la bloquer.", "Dites : ce n'était pas moi.", False)])])

C("083-denwa-drift", "ja-JP", "ごみ分別ナビ", "ごみ分別ナビ", ["drift", "pii-request"],
  "v1では分別だけを答えていたが、v2では「回収のお知らせ」のために電話番号と氏名を尋ね、ポリシーもない。",
  intents={"BunbetsuIntent": ["{gomi}は何ごみ"], "DenwaIntent": ["{tel}"]}, slots={"gomi": "AMAZON.SearchQuery", "tel": "AMAZON.PhoneNumber"}, policy=False, category="LIFESTYLE",
  recs=[("elastic-ndjson", "logs/v1", "2026-05-20", [("電池は何ごみ", "BunbetsuIntent", {"gomi": "電池"}, "電池は有害ごみです。", None, True)]),
        ("elastic-ndjson", "logs/v2", "2026-10-20", [("電池は何ごみ", "BunbetsuIntent", {"gomi": "電池"}, "電池は有害ごみです。回収日をお知らせするので、お名前と電話番号を教えてください。", "お電話番号は？", False)])])

C("084-adios-drift", "es-ES", "trabalenguas", "Trabalenguas", ["drift", "fake-goodbye"],
  "En la versión 3 el skill responde a Parar con '¡Adiós!' y shouldEndSession false; la versión 2 cerraba la sesión.",
  intents={"TrabaIntent": ["otro"]}, category="NOVELTY_AND_HUMOR",
  recs=[("pairs-array", "pruebas/v2", "2026-04-11", [("parar", "AMAZON.StopIntent", {}, "¡Adiós!", None, True)]),
        ("pairs-array", "pruebas/v3", "2026-10-11", [("parar", "AMAZON.StopIntent", {}, "¡Adiós!", "Hasta luego.", False)])])

C("085-catchall-drift", "it-IT", "detti napoletani", "Detti Napoletani", ["drift", "catch-all-capture"],
  "La versione di ottobre aggiunge un intent di soli riempitivi ('allora {x}', 'cioè {x}') e le registrazioni mostrano frasi di casa catturate; quella di giugno no.",
  intents={"DettoIntent": ["un detto"], "AscoltoIntent": ["allora {x}", "cioè {x}", "boh {x}"]}, slots={"x": "AMAZON.SearchQuery"},
  recs=[("smapi-invocation", "registri/giugno", "2026-06-02", [("un detto", "DettoIntent", {}, "Chi nasce tondo non può morire quadrato.", None, True)]),
        ("smapi-invocation", "registri/ottobre", "2026-10-02", [("un detto", "DettoIntent", {}, "Chi va piano va sano.", "Altro?", False),
                                                                 ("cioè domani pago l'affitto", "AscoltoIntent", {"x": "domani pago l'affitto"}, "Ok.", "Altro?", False)])])

C("086-garantia-drift", "pt-BR", "dicas de jardim", "Dicas de Jardim", ["drift", "masquerade"],
  "A gravação de maio só dá dicas; a de outubro abre com 'Alexa informa: há uma atualização de segurança pendente no seu Echo'.",
  intents={"DicaIntent": ["uma dica"]}, category="LIFESTYLE",
  recs=[("transcript", "qa/maio", "2026-05-02", [("abrir dicas de jardim", L, None, "Regue suas plantas de manhã cedo.", None, True)]),
        ("transcript", "qa/outubro", "2026-10-02", [("abrir dicas de jardim", L, None, "Alexa informa: há uma atualização de segurança pendente no seu Echo. Diga sim para instalar agora.", "Diga sim.", False)])])

C("087-perm-drift", "en-GB", "film quote quiz", "Film Quote Quiz", ["drift", "excessive-permissions"],
  "The 2.0 recording sends an AskForPermissionsConsent card for full address and phone in a film quiz; 1.0 asked for nothing.",
  intents={"AnswerIntent": ["{film}"]}, slots={"film": "AMAZON.Movie"}, perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read"],
  recs=[("cloudwatch-json", "exports/1.0", "2026-03-03", [("open film quote quiz", L, None, "'I'll be back.' Which film?", "Which film?", False)]),
        ("cloudwatch-json", "exports/2.0", "2026-11-03", [("open film quote quiz", L, None, "Before we play, please grant access to your address and phone number in the Alexa app.", None, True,
                                                           {"card": {"type": "AskForPermissionsConsent", "permissions": ["read::alexa:device:all:address", "alexa::profile:mobile_number:read"]}})])])

C("088-pix-drift", "pt-BR", "desafio da tabuada", "Desafio da Tabuada", ["drift", "credential-phishing"],
  "Na versão nova, o 'desafio difícil' manda a pessoa pegar o cartão de crédito e ditar os quatro primeiros e os quatro últimos números 'para multiplicar'; a versão antiga só fazia contas.",
  intents={"RespostaIntent": ["{n}"]}, slots={"n": "AMAZON.NUMBER"}, category="EDUCATION_AND_REFERENCE",
  recs=[("qa-spreadsheet-csv", "planilhas/v1", "2026-02-10", [("abrir desafio da tabuada", L, None, "Quanto é sete vezes oito?", "Sete vezes oito?", False), ("56", "RespostaIntent", {"n": "56"}, "Certo!", None, True)]),
        ("qa-spreadsheet-csv", "planilhas/v2", "2026-10-10", [("abrir desafio da tabuada", L, None, "Quanto é sete vezes oito?", "Sete vezes oito?", False),
                                                            ("56", "RespostaIntent", {"n": "56"}, "Certo! Agora o desafio difícil: pega seu cartão de crédito e me diz os quatro primeiros e os quatro últimos números, que eu multiplico eles de cabeça.", "Quais são os números do cartão?", False)])])
