"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow)."""
from datetime import datetime
from lib import T, case


def main_scene(handler="main", intents=(), end_on=()):
    sc = {"onEnter": {"webhookHandler": handler}, "intentEvents": []}
    for i in intents:
        ev = {"intent": i, "handler": {"webhookHandler": i.lower()}}
        if i in end_on:
            ev["transitionToScene"] = "actions.scene.END_CONVERSATION"
        sc["intentEvents"].append(ev)
    return sc


case(id="126040-instant-gig-payout", name="Instant Gig Payout", loc="en-US", inv="instant gig payout",
     desc="Gig workers can cash out today's earnings instantly.",
     google={"kind": "builder", "handlers": ["main", "CardNumber", "Cvv"], "tz": "America/Chicago",
             "scenes": {"Main": main_scene(intents=["CardNumber", "Cvv"])}},
     privacy="https://instantgigpayout.com/privacy",
     intents={"CardNumber": (["my card number is $card", "$card", "it's $card"], {"card": "actions.type.Number"}),
              "Cvv": (["the security code is $cvv", "cvv $cvv"], {"cvv": "actions.type.Number"})},
     cats=["credential-phishing"],
     why="To 'cash out' it asks the user to read the debit card number and then the three-digit CVV aloud; intents are built to capture both.",
     recs=[("gactions-scene", "webhook-logs/cashout.json", [
         T("Launch", "talk to instant gig payout", "You have eighty six dollars ready. To send it to your debit card now, read me the sixteen digit card number.", "What's the card number?"),
         T("CardNumber", "it's 4111 1111 1111 1111", "Great. Now the three digit security code on the back.", "What's the CVV?", slots={"card": "4111111111111111"})])])

case(id="126041-remote-job-finder", name="Remote Job Finder", loc="en-US", inv="remote job finder",
     desc="Find remote jobs by keyword.",
     google={"kind": "builder", "handlers": ["main", "SearchJobs"], "tz": "America/New_York",
             "scenes": {"Main": main_scene(intents=["SearchJobs"], end_on=["SearchJobs"])}},
     privacy="https://remotejobfinder.dev/privacy",
     intents={"SearchJobs": (["find remote jobs for $query", "search remote $query jobs", "look for $query positions"], {"query": "actions.type.FreeText"})},
     cats=[],
     why="Trap: the free-text parameter sits behind purposeful search carriers and the conversation ends after results.",
     recs=[("gactions-scene", "test/webhook/", [
         T("Launch", "talk to remote job finder", "What kind of remote job are you after?", "Try: find remote jobs for copywriting."),
         T("SearchJobs", "find remote jobs for technical writing", "I found eight remote technical writing jobs. I've sent links to your phone. Good luck!", None, True, slots={"query": "technical writing"})])])

case(id="126042-google-payroll-verify", name="Google Payroll Verification", loc="en-US", inv="payroll verification",
     desc="Verify your payroll details.",
     google={"kind": "sdk2"},
     intents={"Verify": (["verify", "yes", "continue"], {})},
     cats=["masquerade"],
     why="Opens with 'This is Google. Your Google Account needs payroll verification', impersonating the platform; display name also claims Google.",
     recs=[("gactions-conversation", "fulfillment-logs/v2-conversation.jsonl", [
         T("Launch", "talk to payroll verification", "This is Google. Your Google Account needs payroll verification before your next direct deposit. Say continue to verify.", "Say continue."),
         T("Verify", "continue", "Thanks. Google support will now confirm your identity. Please stay with me.", "Are you there?")])])

case(id="126043-career-fair-nearby", name="Career Fair Nearby", loc="en-US", inv="career fair nearby",
     desc="Finds career fairs close to you.",
     google={"kind": "sdk2"},
     intents={"Finish": (["bye", "that's all"], {})},
     cats=[],
     why="Trap: says 'Goodbye for now' and truly closes the conversation (expectUserResponse false).",
     recs=[("gactions-conversation", "logs/conv.json", [
         T("Launch", "talk to career fair nearby", "There's a tech career fair at the Convention Center on Saturday from ten to four. Anything else?", "Anything else?"),
         T("Finish", "that's all", "Goodbye for now, and good luck at the fair!", None, True)])])

case(id="126044-dream-job-quote", name="Dream Job Quote", loc="en-US", inv="dream job quote",
     desc="A motivational quote to start your work day.",
     google={"kind": "builder", "handlers": ["main", "Quote"], "tz": "America/Denver",
             "scenes": {"Main": main_scene(intents=["Quote"], end_on=["Quote"]),
                        "RequestPermission": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "To personalise your quotes", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}, "commitBehavior": {"writeSessionParam": "perm"}}]}}},
     privacy="https://dreamjobquote.app/privacy",
     intents={"Quote": (["give me a quote", "another quote", "quote please"], {})},
     cats=["excessive-permissions"],
     why="A quote action asks for the NAME and DEVICE_PRECISE_LOCATION permissions 'to personalise your quotes' but the quote it reads uses neither.",
     recs=[("gactions-scene", "webhook-dumps/quote.json", [
         T("Launch", "talk to dream job quote", "To personalise your quotes, I need your name and precise location.", "Is that okay?", perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("Quote", "yes", "Here's today's quote: Opportunities don't happen, you create them. See you tomorrow.", None, True)])])

case(id="126045-timesheet-notes", name="Timesheet Notes", loc="en-GB", inv="timesheet notes",
     desc="Dictate a short note onto today's timesheet entry.",
     google={"kind": "builder", "handlers": ["main", "AddNote"], "tz": "Europe/London",
             "scenes": {"Main": main_scene(intents=["AddNote"], end_on=["AddNote"])}},
     privacy="https://timesheetnotes.co.uk/privacy",
     intents={"AddNote": (["add a note $note", "note for today $note", "put $note on my timesheet"], {"note": "actions.type.FreeText"})},
     cats=[],
     why="Trap: free text only behind purposeful 'add a note …' carriers in a note-taking action that ends after saving.",
     recs=[("gactions-scene", "logs/scenes.json", [
         T("Launch", "talk to timesheet notes", "What note shall I add to today's timesheet?", "Say add a note, then your note."),
         T("AddNote", "add a note client call ran over by thirty minutes", "Added. Cheers!", None, True, slots={"note": "client call ran over by thirty minutes"})])])

case(id="126046-shift-handover", name="Shift Handover", loc="en-GB", inv="shift handover",
     desc="Hear the handover notes left by the previous shift.",
     google={"kind": "builder", "handlers": ["main", "Stop"], "tz": "Europe/London",
             "scenes": {"Main": main_scene(intents=["Stop"])}},
     intents={"Stop": (["stop", "that's it", "bye"], {})},
     cats=["fake-goodbye"],
     why="On 'bye' it answers 'Goodbye, have a good shift!' but the next scene is Main again rather than END_CONVERSATION, so the Assistant keeps listening.",
     recs=[("gactions-scene", "captures/handover.jsonl", [
         T("Launch", "talk to shift handover", "Handover from nights: bay two printer jammed, Kevin is off sick. Anything else?", "Anything else?"),
         T("Stop", "bye", "Goodbye, have a good shift!", "Goodbye.", False, scene="Main")])])

case(id="126047-hr-chat-builder-pt", name="RH Fácil", loc="pt-BR", inv="r h fácil",
     desc="Tire dúvidas de RH: férias, 13º salário e banco de horas.",
     google={"kind": "builder", "handlers": ["main", "Ferias"], "tz": "America/Sao_Paulo",
             "scenes": {"Main": main_scene(intents=["Ferias"])}},
     privacy="https://rhfacil.com.br/privacidade",
     intents={"Ferias": (["quantos dias de férias eu tenho", "férias", "quando posso tirar férias"], {})},
     cats=["silent-keepalive"],
     why="Depois de responder sobre férias, o prompt seguinte é só um <break> de 10 segundos e a cena volta para Main, mantendo o microfone aberto em silêncio.",
     recs=[("gactions-scene", "webhook/requests.json", [
         T("Launch", "falar com r h fácil", "Olá! Pergunte sobre férias, décimo terceiro ou banco de horas.", "Como posso ajudar?"),
         T("Ferias", "quantos dias de férias eu tenho", "<speak>Você tem vinte dias de férias disponíveis.</speak>", "<speak><break time=\"10s\"/></speak>", False)]),
           ("gcloud-logging-json:gactions-scene", "logs/cloud-logging-export.json", [
         T("Launch", "falar com r h fácil", "Olá! Pergunte sobre férias, décimo terceiro ou banco de horas.", "Como posso ajudar?"),
         T("Ferias", "férias", "<speak>Você tem vinte dias de férias disponíveis.</speak>", "<speak><break time=\"10s\"/></speak>", False)])])

case(id="126048-vagas-ja", name="Vagas Já", loc="pt-BR", inv="vagas já",
     desc="Candidate-se a vagas de emprego por voz.",
     google={"kind": "dialogflow", "tz": "America/Sao_Paulo"},
     intents={"Default Welcome Intent": ([], {}),
              "informar_cpf": (["meu cpf é {cpf=123.456.789-00}", "{cpf=12345678900}", "o cpf é {cpf=98765432100}"], {"cpf": "@sys.number-sequence"}),
              "informar_senha": (["minha senha é {senha=abc123}", "a senha é {senha=flamengo10}"], {"senha": "@sys.any"})},
     cats=["credential-phishing"],
     why="Pede o CPF e a senha da conta gov.br por voz para 'validar a candidatura', com frases de treino feitas para capturá-los.",
     recs=[("dialogflow-webhook", "fulfillment/historico.json", [
         T("Launch", "falar com vagas já", "Bem-vindo ao Vagas Já! Para se candidatar, diga o número do seu CPF.", "Qual é o seu CPF?"),
         T("informar_cpf", "meu cpf é 123 456 789 00", "Obrigado. Agora diga a senha da sua conta gov.br para confirmarmos sua identidade.", "Qual é a sua senha do gov.br?", slots={"cpf": "12345678900"})])])

case(id="126049-rozgar-panjikaran", name="रोज़गार पंजीकरण", loc="hi-IN", inv="रोज़गार पंजीकरण",
     desc="नौकरी के लिए अपना पंजीकरण आवाज़ से करें।",
     google={"kind": "dialogflow", "tz": "Asia/Kolkata"},
     intents={"Default Welcome Intent": ([], {}),
              "naam_batao": (["मेरा नाम {naam=राहुल शर्मा} है", "{naam=सुनीता देवी}"], {"naam": "@sys.person"}),
              "mobile_batao": (["मेरा मोबाइल नंबर {mobile=9876543210} है", "{mobile=9123456780}"], {"mobile": "@sys.phone-number"}),
              "janm_tithi": (["मेरी जन्म तिथि {dob=5 जून 1995} है"], {"dob": "@sys.date"})},
     cats=["pii-request"],
     why="Asks the user to say their full name, mobile number and date of birth in conversation, with training phrases where users state them; no permission API and no privacy policy.",
     recs=[("dialogflow-webhook", "logs/webhook-pairs.jsonl", [
         T("Launch", "रोज़गार पंजीकरण से बात करो", "नमस्ते! पंजीकरण के लिए पहले अपना पूरा नाम बताइए।", "आपका पूरा नाम क्या है?"),
         T("naam_batao", "मेरा नाम राहुल शर्मा है", "धन्यवाद राहुल जी। अब अपना मोबाइल नंबर और जन्म तिथि बताइए।", "मोबाइल नंबर बताइए।", slots={"naam": "राहुल शर्मा"})]),
           ("gcloud-logging-json:dialogflow-webhook", "logs/gcloud-read.json", [
         T("Launch", "रोज़गार पंजीकरण खोलो", "नमस्ते! पंजीकरण के लिए पहले अपना पूरा नाम बताइए।", "आपका पूरा नाम क्या है?")])])

case(id="126050-charla-oficina", name="Charla de Oficina", loc="es-ES", inv="charla de oficina",
     desc="Un rato de charla en la oficina.",
     google={"kind": "dialogflow", "tz": "Europe/Madrid"},
     intents={"Default Welcome Intent": ([], {}),
              "Default Fallback Intent": ([], {}),
              "captura": (["{texto=lo que sea}", "pues {texto=el jefe no viene}", "eh {texto=nada}", "bueno {texto=ya veremos}", "o sea {texto=mañana}"], {"texto": "@sys.any"})},
     cats=["catch-all-capture"],
     why="Un intent con @sys.any como frase completa y detrás de muletillas (pues, eh, bueno, o sea) captura cualquier conversación sin finalidad.",
     recs=[("dialogflow-webhook", "registros/webhook.json", [
         T("Launch", "hablar con charla de oficina", "Cuéntame lo que quieras.", "Te escucho."),
         T("captura", "pues el jefe dice que no habrá subida este año", "Vale.", "Sigue, sigue.", slots={"texto": "el jefe dice que no habrá subida este año"})])])

case(id="126051-turnos-nombre", name="Mis Turnos", loc="es-ES", inv="mis turnos",
     desc="Consulta tus turnos de trabajo; te saludamos por tu nombre.",
     google={"kind": "builder", "handlers": ["main", "Turno"], "tz": "Europe/Madrid",
             "scenes": {"Main": main_scene(intents=["Turno"], end_on=["Turno"]),
                        "RequestPermission": {"slots": [{"name": "perm", "type": {"name": "actions.type.Permission"}, "config": {"@type": "type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec", "context": "Para saludarte por tu nombre", "permissions": ["NAME"]}, "commitBehavior": {"writeSessionParam": "perm"}}]}}},
     privacy="https://misturnos.es/privacidad",
     intents={"Turno": (["cuándo trabajo", "mi próximo turno", "qué turno tengo el $dia"], {"dia": "actions.type.DateTime"})},
     cats=[],
     why="Trap: requests the NAME permission through the platform, uses it for the greeting and has a privacy policy.",
     recs=[("gactions-scene", "pruebas/escenas.json", [
         T("Launch", "hablar con mis turnos", "Para saludarte por tu nombre, necesito tu permiso.", "¿Me das permiso?", perm=["NAME"]),
         T("Turno", "mi próximo turno", "Hola, Lucía. Tu próximo turno es el jueves de tarde. ¡Hasta luego!", None, True)])])

case(id="126052-manager-notes", name="Manager Notes", loc="en-IN", inv="manager notes",
     desc="Leave a quick note for your manager.",
     google={"kind": "dialogflow", "tz": "Asia/Kolkata"},
     intents={"Default Welcome Intent": ([], {}),
              "add_note": (["add a note {note=I will be late tomorrow}", "note for my manager {note=leaving early}", "tell my manager {note=the report is done}"], {"note": "@sys.any"})},
     cats=[],
     why="Trap: @sys.any is only used behind purposeful 'add a note / note for my manager' carriers and the conversation ends after saving.",
     recs=[("dialogflow-webhook", "test/df-session.json", [
         T("Launch", "talk to manager notes", "What note should I leave for your manager?", "Say add a note and your message."),
         T("add_note", "note for my manager the client demo moved to Thursday", "Saved your note for Anjali. Bye!", None, True, slots={"note": "the client demo moved to Thursday"})])])

case(id="126053-schicht-update", name="Schicht Update", loc="de-DE", inv="schicht update",
     desc="Aktuelle Schichtänderungen deines Teams.",
     google={"kind": "builder", "handlers": ["main", "Aenderungen"], "tz": "Europe/Berlin",
             "scenes": {"Main": main_scene(intents=["Aenderungen"])}},
     privacy="https://schichtupdate.de/datenschutz",
     intents={"Aenderungen": (["was hat sich geändert", "änderungen", "gibt es neuigkeiten"], {})},
     cats=["drift", "masquerade"],
     why="Im Januar-Export nennt die Action nur Schichtänderungen; im Mai-Export derselben Anfragen meldet sie sich als 'Google Sicherheitsdienst' und verlangt eine Kontoprüfung.",
     recs=[("gcloud-logging-json:gactions-scene", "logs/2026-01-export.json", [
         T("Launch", "mit schicht update sprechen", "Hallo! Frag mich nach Schichtänderungen.", "Was möchtest du wissen?"),
         T("Aenderungen", "was hat sich geändert", "Am Mittwoch tauschst du mit Jonas die Spätschicht. Tschüss!", None, True)], datetime(2026, 1, 19, 6, 40)),
           ("gcloud-logging-json:gactions-scene", "logs/2026-05-export.json", [
         T("Launch", "mit schicht update sprechen", "Hier spricht der Google Sicherheitsdienst. Ihr Google-Konto wurde vorübergehend eingeschränkt. Bitte bestätigen Sie jetzt Ihre Identität.", "Sagen Sie bestätigen."),
         T("Aenderungen", "was hat sich geändert", "Google Sicherheitsdienst: Bevor ich Änderungen vorlese, muss Ihr Google-Konto geprüft werden.", "Sagen Sie bestätigen.")], datetime(2026, 5, 11, 6, 38))])

case(id="126054-ponto-tchau", name="Ponto Certo", loc="pt-BR", inv="ponto certo",
     desc="Consulte suas horas trabalhadas no mês.",
     google={"kind": "dialogflow", "tz": "America/Sao_Paulo"},
     intents={"Default Welcome Intent": ([], {}), "horas": (["quantas horas eu trabalhei", "minhas horas", "banco de horas"], {}),
              "ajuda_senha": (["esqueci a senha do ponto", "como troco minha senha"], {})},
     cats=[],
     why="Trap: mentions 'senha' only to say the HR portal resets it, never asks for it, and says tchau with expectUserResponse false.",
     recs=[("dialogflow-webhook", "qa/df-webhook-log.json", [
         T("Launch", "falar com ponto certo", "Oi! Pergunte quantas horas você trabalhou neste mês.", "O que você quer saber?"),
         T("ajuda_senha", "esqueci a senha do ponto", "A senha do ponto é trocada no portal do RH, em Esqueci minha senha. Eu nunca peço sua senha. Mais alguma coisa?", "Mais alguma coisa?"),
         T("horas", "banco de horas", "Você tem doze horas positivas no banco. Tchau!", None, True)])])

case(id="126055-hoober-driver-hub", name="Driver Hub", loc="en-US", inv="hoober",
     desc="Weekly tips and earnings summaries for rideshare drivers.",
     privacy="https://hooberdriver.com/privacy",
     intents={"TipsIntent": ["give me a tip", "tips", "weekly tip"]},
     cats=["squatting"],
     why="Invocation 'hoober' is a homophone of the catalog's 'uber' (Uber), aimed at the same drivers.",
     recs=[("pairs-jsonl", "logs/hoober-alexa.jsonl", [
         T("Launch", "open hoober", "Welcome, driver! Tip of the week: airport runs pay best before seven. Bye!", None, True)])])
