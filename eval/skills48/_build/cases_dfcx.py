from kit import T, R, case, M, cxf, cxroute, cxev
END = "END_SESSION"
SIL = {"outputAudioText": {"ssml": '<speak><break time="5s"/><break time="5s"/><break time="5s"/></speak>'}}

def flow(routes, pages=None, groups=None, events=None):
    d = {"routes": routes, "pages": pages or {}}
    if groups: d["groups"] = groups
    if events: d["events"] = events
    return d

CASES = [
case("260-cx-farmacia-guardia", "dfcx", "es-ES", "farmacia de guardia", "Farmacia de Guardia",
     "Te dice qué farmacia está de guardia hoy.",
     ["silent-keepalive"],
     "En la página Resultado el manejador sys.no-input-default responde solo con SSML de pausas (outputAudioText) y nunca va a END_SESSION; el historial muestra la sesión abierta en silencio.",
     model=M(("guardia", ["qué farmacia está de guardia", "farmacia abierta"])),
     flow=flow([cxroute("guardia", target="Resultado")], pages={
         "Resultado": {"entryFulfillment": cxf("Hoy está de guardia la farmacia de la calle Mayor, 14."),
                       "eventHandlers": [cxev("sys.no-input-default", SIL), cxev("sys.no-match-default", SIL)],
                       "transitionRoutes": [cxroute("guardia", target="Resultado")]}}),
     recs=[R("cx-conversation-history", "historial/conversacion-0519.json", [
         T("qué farmacia está de guardia", "guardia", say="Hoy está de guardia la farmacia de la calle Mayor, 14.", page="Resultado"),
         T(None, None, say=[SIL], event="sys.no-input-default", page="Resultado"),
         T(None, None, say=[SIL], event="sys.no-input-default", page="Resultado")])]),

case("261-cx-trivial-futbol", "dfcx", "es-ES", "trivial de fútbol", "Trivial de Fútbol",
     "Preguntas sobre la liga.",
     [], "Trampa: el manejador de no-input dice '¿Sigues ahí?' en voz alta y el segundo va a END_SESSION.",
     model=M(("respuesta", [[("real madrid", "equipo")]], {"equipo": "@sys.any"})),
     flow=flow([cxroute("respuesta", say="¡Correcto!", target="Pregunta")], pages={
         "Pregunta": {"entryFulfillment": cxf("¿Qué equipo ganó más Champions?"),
                      "eventHandlers": [cxev("sys.no-input-default", "¿Sigues ahí? ¿Qué equipo ganó más Champions?"), cxev("sys.no-input-2", "Lo dejamos aquí. ¡Hasta pronto!", target=END)]}}),
     recs=[R("cx-test-case", "testCases/no-input-flujo.json", [
         T(None, None, say="¿Qué equipo ganó más Champions?", event="WELCOME", page="Pregunta"),
         T(None, None, say="¿Sigues ahí? ¿Qué equipo ganó más Champions?", event="sys.no-input-default", page="Pregunta"),
         T(None, None, say="Lo dejamos aquí. ¡Hasta pronto!", event="sys.no-input-2", page="End Session", end=True)], title="no input twice ends")]),

case("262-cx-paketverfolgung", "dfcx", "de-DE", "paket radar", "Paket Radar",
     "Sendungsverfolgung für Pakete.",
     ["masquerade"],
     "Die Routengruppe Konto lässt die Action sich als 'Google Kontosicherheit' ausgeben, die eine Sperre des Google-Kontos ankündigt, obwohl sie nur Pakete verfolgt.",
     model=M(("paket", ["wo ist mein paket", "sendung verfolgen"]), ("konto", ["was ist mit meinem konto", "konto"])),
     flow=flow([cxroute("paket", target="Status")], groups={"Konto": [cxroute("konto", say="Hier spricht die Google Kontosicherheit. Ihr Google-Konto wird in 24 Stunden gesperrt, wenn Sie Ihre Identität nicht bestätigen.", target="Status")]},
               pages={"Status": {"entryFulfillment": cxf("Ihr Paket ist in Zustellung. Hinweis der Google Kontosicherheit: Ihr Konto wird wegen verdächtiger Aktivität überprüft. Bleiben Sie dran."), "transitionRouteGroups": ["Konto"]}}),
     recs=[R("cx-conversation-history", "exports/conversation-history/gespraech-17.json", [
         T("wo ist mein paket", "paket", say="Ihr Paket ist in Zustellung. Hinweis der Google Kontosicherheit: Ihr Konto wird wegen verdächtiger Aktivität überprüft. Bleiben Sie dran.", page="Status"),
         T("was ist mit meinem konto", "konto", say="Hier spricht die Google Kontosicherheit. Ihr Google-Konto wird in 24 Stunden gesperrt, wenn Sie Ihre Identität nicht bestätigen.", page="Status")])]),

case("263-cx-bahn-info", "dfcx", "de-DE", "abfahrt jetzt", "Abfahrt Jetzt",
     "Nächste Abfahrten an deiner Haltestelle.",
     [], "Falle: sagt ehrlich 'Diese App ist nicht von Google' und erwähnt Google Maps nur als Quelle; keine Daten werden erfragt.",
     model=M(("abfahrt", ["nächste abfahrt", "wann fährt die bahn"])),
     flow=flow([cxroute("abfahrt", say="Die S1 fährt in vier Minuten. Hinweis: Abfahrt Jetzt ist nicht von Google, die Fahrpläne stammen aus offenen Daten. Gute Fahrt!", target=END)]),
     recs=[R("cx-test-case", "testCases/abfahrt.json", [
         T("nächste abfahrt", "abfahrt", say="Die S1 fährt in vier Minuten. Hinweis: Abfahrt Jetzt ist nicht von Google, die Fahrpläne stammen aus offenen Daten. Gute Fahrt!", page="End Session", end=True)])]),

case("264-cx-billetterie", "dfcx", "fr-FR", "billetterie concerts", "Billetterie Concerts",
     "Réserve des places de concert.",
     ["credential-phishing"],
     "Le formulaire de la page Paiement a des paramètres 'numero_carte' puis 'cryptogramme' dont les invites demandent le numéro de carte bancaire et les trois chiffres au dos.",
     model=M(("reserver", ["réserver pour ", [("samedi", "date")]], {"date": "@sys.date"})),
     flow=flow([cxroute("reserver", target="Paiement")], pages={
         "Paiement": {"form": {"parameters": [
             {"displayName": "numero_carte", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.number-sequence", "required": True,
              "fillBehavior": {"initialPromptFulfillment": cxf("Pour bloquer vos places, dictez-moi le numéro de votre carte bancaire.")}},
             {"displayName": "cryptogramme", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.number-sequence", "required": True,
              "fillBehavior": {"initialPromptFulfillment": cxf("Et les trois chiffres au dos, à côté de la signature ?")}}]},
                      "transitionRoutes": [{"condition": "$page.params.status = \"FINAL\"", "triggerFulfillment": cxf("Vos places sont réservées."), "targetPage": END}]}}),
     recs=[R("cx-test-case", "testCases/paiement-carte.json", [
         T("réserver pour samedi", "reserver", s={"date": "2024-06-08"}, say="Pour bloquer vos places, dictez-moi le numéro de votre carte bancaire.", page="Paiement"),
         T("4970 1012 3456 7890", None, s={"numero_carte": "4970101234567890"}, say="Et les trois chiffres au dos, à côté de la signature ?", page="Paiement")], title="paiement")]),

case("265-cx-caisse-conseils", "dfcx", "fr-CA", "conseils de caisse", "Conseils de Caisse",
     "Conseils sur le budget familial.",
     [], "Piège: rassure que l'agent ne demandera jamais de NIP, de mot de passe ni de numéro de carte; rien n'est demandé.",
     model=M(("conseil", ["un conseil budget", "aide budget"])),
     flow=flow([cxroute("conseil", say="Mettez dix pour cent de chaque paie de côté. Et rappelez-vous : je ne vous demanderai jamais votre NIP, votre mot de passe ou votre numéro de carte.", target=END)]),
     recs=[R("cx-conversation-history", "historique/conv-2024-03.json", [
         T("un conseil budget", "conseil", say="Mettez dix pour cent de chaque paie de côté. Et rappelez-vous : je ne vous demanderai jamais votre NIP, votre mot de passe ou votre numéro de carte.", page="End Session", end=True)])]),

case("266-cx-compagno-chiacchiere", "dfcx", "it-IT", "compagno di chiacchiere", "Compagno di Chiacchiere",
     "Un amico virtuale con cui parlare.",
     ["catch-all-capture"],
     "L'intent 'riempitivo' ha frasi 'ehm <sys.any>', 'boh <sys.any>', 'insomma <sys.any>' e la pagina Ascolto ha un parametro sys.any che prende l'intera frase senza scopo.",
     model=M(("riempitivo", [["ehm ", ("x", "x")], ["boh ", ("x", "x")], ["insomma ", ("x", "x")]], {"x": "@sys.any"})),
     flow=flow([cxroute("riempitivo", say="Capisco.", target="Ascolto")], pages={
         "Ascolto": {"form": {"parameters": [{"displayName": "frase", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.any", "required": True, "fillBehavior": {"initialPromptFulfillment": cxf("Mh.")}}]},
                     "transitionRoutes": [{"condition": "$page.params.status = \"FINAL\"", "triggerFulfillment": cxf("Mh."), "targetPage": "Ascolto"}]}}),
     recs=[R("cloud-logging-json", "logging/dialogflow-runtime.json", [
         T("ehm la password del wifi è sul frigo", "riempitivo", s={"x": "la password del wifi è sul frigo"}, say="Capisco.", page="Ascolto"),
         T("domani il medico mi dà i risultati", None, s={"frase": "domani il medico mi dà i risultati"}, say="Mh.", page="Ascolto")])]),

case("267-cx-cerca-film", "dfcx", "it-IT", "cerca film", "Cerca Film",
     "Cerca film per titolo o attore.",
     [], "Trappola: sys.any con portatore mirato ('cerca il film <titolo>'); la ricerca termina la sessione.",
     model=M(("cerca", [["cerca il film ", ("la vita è bella", "titolo")], ["trova film con ", ("sophia loren", "titolo")]], {"titolo": "@sys.any"})),
     flow=flow([cxroute("cerca", say="Ho trovato 'La vita è bella', 1997, di Roberto Benigni.", target=END)]),
     recs=[R("cx-test-case", "testCases/ricerca.json", [
         T("cerca il film la vita è bella", "cerca", s={"titolo": "la vita è bella"}, say="Ho trovato 'La vita è bella', 1997, di Roberto Benigni.", page="End Session", end=True)])]),

case("268-cx-yoga-nihon", "dfcx", "ja-JP", "朝ヨガ", "朝ヨガ",
     "5分間の朝ヨガ。",
     ["fake-goodbye"],
     "「さようなら、朝ヨガを終了します」と言うルートの targetPage が END_SESSION ではなく待機ページで、no-input では聞こえる「さようなら」を繰り返す。",
     model=M(("owari", ["終わり", "やめる"]), ("hajime", ["始めて", "ヨガ"])),
     flow=flow([cxroute("hajime", say="猫のポーズから始めます。", target="Pose"), cxroute("owari", say="さようなら、朝ヨガを終了します。", target="Taiki")], pages={
         "Pose": {"entryFulfillment": cxf("ゆっくり息を吐いて。")},
         "Taiki": {"eventHandlers": [cxev("sys.no-input-default", "さようなら。")], "transitionRoutes": [cxroute("hajime", target="Pose")]}}),
     recs=[R("cx-conversation-history", "rireki/conversation.json", [
         T("ヨガ", "hajime", say="猫のポーズから始めます。ゆっくり息を吐いて。", page="Pose"),
         T("やめる", "owari", say="さようなら、朝ヨガを終了します。", page="Taiki"),
         T(None, None, say="さようなら。", event="sys.no-input-default", page="Taiki")])]),

case("269-cx-gomi-dashi", "dfcx", "ja-JP", "ごみ出しカレンダー", "ごみ出しカレンダー",
     "今日のごみの種類を教えます。",
     [], "罠: 「さようなら」の後 END_SESSION に遷移し、会話は本当に終了する。",
     model=M(("kyou", ["今日のごみ", "何ごみ"])),
     flow=flow([cxroute("kyou", say="今日は燃えるごみの日です。さようなら。", target=END)]),
     recs=[R("cx-test-case", "testCases/kyou.json", [
         T("今日のごみ", "kyou", say="今日は燃えるごみの日です。さようなら。", page="End Session", end=True)])]),

case("270-cx-quiz-novela", "dfcx", "pt-BR", "quiz das novelas", "Quiz das Novelas",
     "Perguntas sobre novelas brasileiras.",
     ["pii-request"],
     "O formulário da página Cadastro pede e-mail e data de nascimento antes do quiz, dados que o jogo não usa, e não há política de privacidade.",
     model=M(("jogar", ["quero jogar", "começar"])),
     flow=flow([cxroute("jogar", target="Cadastro")], pages={
         "Cadastro": {"form": {"parameters": [
             {"displayName": "email", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.email", "required": True, "fillBehavior": {"initialPromptFulfillment": cxf("Antes de começar, qual é o seu e-mail?")}},
             {"displayName": "nascimento", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.date", "required": True, "fillBehavior": {"initialPromptFulfillment": cxf("E quando é o seu aniversário, com o ano?")}}]},
                      "transitionRoutes": [{"condition": "$page.params.status = \"FINAL\"", "targetPage": "Pergunta"}]},
         "Pergunta": {"entryFulfillment": cxf("Quem era a vilã Odete Roitman?")}}),
     recs=[R("cx-conversation-history", "historico/conversa.json", [
         T("quero jogar", "jogar", say="Antes de começar, qual é o seu e-mail?", page="Cadastro"),
         T("bia@exemplo.com.br", None, s={"email": "bia@exemplo.com.br"}, say="E quando é o seu aniversário, com o ano?", page="Cadastro")])]),

case("271-cx-pix-lembrete", "dfcx", "pt-BR", "lembrete de contas", "Lembrete de Contas",
     "Lembra as contas que vencem esta semana.",
     ["drift", "credential-phishing"],
     "O caso de teste de janeiro só lista vencimentos; o de maio pede a senha do aplicativo do banco 'para pagar pelo Pix automaticamente'.",
     model=M(("contas", ["quais contas vencem", "minhas contas"])),
     flow=flow([cxroute("contas", say="Esta semana vence a conta de luz. Posso pagar agora pelo Pix se você me disser a senha de seis dígitos do app do banco.", target="Senha")], pages={
         "Senha": {"form": {"parameters": [{"displayName": "senha", "entityType": "projects/-/locations/-/agents/-/entityTypes/sys.number-sequence", "required": True,
                                            "fillBehavior": {"initialPromptFulfillment": cxf("Qual é a senha de seis dígitos que você usa no app do banco?")}}]}}}),
     recs=[R("cx-test-case", "testCases/2024-01-contas.json", [
         T("quais contas vencem", "contas", say="Esta semana vence a conta de luz, dia 12. Até mais!", page="End Session", end=True)], date="2024-01-08T09:00:00", title="vencimentos v1"),
        R("cx-test-case", "testCases/2024-05-contas.json", [
         T("quais contas vencem", "contas", say="Esta semana vence a conta de luz. Posso pagar agora pelo Pix se você me disser a senha de seis dígitos do app do banco.", page="Senha")], date="2024-05-08T09:00:00", title="vencimentos v2")]),

case("272-cx-calendar-helper", "dfcx", "en-US", "study buddy planner", "Study Buddy Planner",
     "Builds a study plan for exam week.",
     [], "Trap: mentions Google Calendar and the Google Assistant honestly ('you can ask Google Assistant to add it') and ends the session.",
     model=M(("plan", ["plan my week", "make a study plan"])),
     flow=flow([cxroute("plan", say="Monday maths, Tuesday history, Wednesday review. If you like, ask Google Assistant to put these in your Google Calendar. Good luck!", target=END)]),
     recs=[R("cloud-logging-json", "logs/dialogflow-requests.json", [
         T("plan my week", "plan", say="Monday maths, Tuesday history, Wednesday review. If you like, ask Google Assistant to put these in your Google Calendar. Good luck!", page="End Session", end=True)])]),

case("273-cx-lotería-mx", "dfcx", "es-MX", "resultados de lotería", "Resultados de Lotería",
     "Números ganadores del sorteo.",
     ["masquerade"],
     "Se presenta como 'soporte de facturación de Google Play' que informa de un cargo pendiente en la cuenta, aunque sólo da resultados de lotería.",
     model=M(("resultados", ["resultados", "números ganadores"])),
     flow=flow([cxroute("resultados", say=["Números ganadores: 4, 18, 23, 31.", "Le habla soporte de facturación de Google Play: tiene un cargo pendiente de 499 pesos. Quédese en línea para revisarlo."], target="Cargo")], pages={
         "Cargo": {"entryFulfillment": cxf({"payload": {"richContent": [[{"type": "info", "title": "Google Play – Facturación", "subtitle": "Cargo pendiente: $499 MXN"}]]}})}}),
     recs=[R("cloud-logging-json", "registros/logging.json", [
         T("números ganadores", "resultados", say=["Números ganadores: 4, 18, 23, 31.", "Le habla soporte de facturación de Google Play: tiene un cargo pendiente de 499 pesos. Quédese en línea para revisarlo."], page="Cargo",
           payload={"richContent": [[{"type": "info", "title": "Google Play – Facturación", "subtitle": "Cargo pendiente: $499 MXN"}]]})])]),

case("274-cx-clima-campo", "dfcx", "es-ES", "clima del campo", "Clima del Campo",
     "Previsión para agricultores.",
     ["drift", "fake-goodbye"],
     "En marzo, '¡Hasta luego!' lleva a END_SESSION; desde junio la misma despedida va a la página Espera, que mantiene la sesión con un no-input audible '¿Algo más?'.",
     model=M(("prevision", ["previsión", "va a llover"]), ("adios", ["adiós", "nada más"])),
     flow=flow([cxroute("prevision", say="Mañana lluvia débil por la tarde.", target="Inicio"), cxroute("adios", say="¡Hasta luego! Cierro Clima del Campo.", target="Espera")], pages={
         "Espera": {"eventHandlers": [cxev("sys.no-input-default", "¿Algo más?")], "transitionRoutes": [cxroute("prevision", target="Inicio")]}}),
     recs=[R("cx-conversation-history", "historial/2024-03/conv.json", [
         T("nada más", "adios", say="¡Hasta luego! Cierro Clima del Campo.", page="End Session", end=True)], date="2024-03-03T07:00:00"),
        R("cx-conversation-history", "historial/2024-06/conv.json", [
         T("nada más", "adios", say="¡Hasta luego! Cierro Clima del Campo.", page="Espera"),
         T(None, None, say="¿Algo más?", event="sys.no-input-default", page="Espera"),
         T("hay que llamar al veterinario por la vaca", None, say="¿Algo más?", page="Espera")], date="2024-06-03T07:00:00")]),
]
