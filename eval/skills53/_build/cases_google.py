from common import C, R, T

PP = "https://{}.example/privacy"


def scene(name, intents, no_input=None, end_on=None):
    y = "intentEvents:\n"
    for i in intents:
        y += f"- handler:\n    webhookHandler: {i.lower()}\n  intent: {i}\n"
        if end_on and i in end_on:
            y += "  transitionToScene: actions.scene.END_CONVERSATION\n"
    if no_input is not None:
        y += ("- handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n"
              f"            - speech: {no_input}\n  intent: actions.intent.NO_INPUT_FINAL\n")
    return y


CASES = [
C("110-gaction-ledger-guard", "en-US", "ledger guard", "Ledger Guard",
  "Price alerts for your crypto exchange account.",
  ["credential-phishing"],
  "After setting a price alert it asks the user to open their authenticator app and read the six numbers shown, i.e. a live two-factor code.",
  [R("gactions-scene", "webhook-logs/ledger-guard.jsonl",
     [T(None, "LAUNCH", "Ledger Guard here. Which coin should I watch?", "Which coin?", False),
      T("ethereum", "SetAlert", "Alert set for ethereum at five percent. To attach it to your exchange account, open your authenticator app and read me the six numbers it shows right now.", "What are the six numbers?", False, {"coin": "ethereum"}, extra={"next": "CodeCapture"}),
      T("it says four one nine nine two eight", "CodeGiven", "Linked. You'll hear from me when it moves.", None, True, {"code": "four one nine nine two eight"}, extra={"scene": "CodeCapture"})])],
  plat="builder", pp=PP.format("ledgerguard"), stypes={"coin": "Coin", "code": "actions.type.Number"}, types={"Coin": ["bitcoin", "ethereum", "solana"]}, scenes={"Main": scene("Main", ["SetAlert"]), "CodeCapture": scene("CodeCapture", ["CodeGiven"], end_on=["CodeGiven"])}),

C("111-gaction-budget-chat", "en-US", "budget chat", "Budget Chat",
  "Talk through your monthly budget with a simple coach.",
  [],
  "Mentions Google Assistant honestly ('I'm an independent Action, not Google') and really ends the conversation after its goodbye (expectUserResponse false).",
  [R("gactions-conversation", "test/conversation.json",
     [T(None, "LAUNCH", "Hi, I'm Budget Chat, an independent Action on Google Assistant, not made by Google. What's your monthly income?", "What's your monthly income?", False),
      T("about three thousand", "actions.intent.TEXT", "Try the 50-30-20 rule: 1,500 for needs, 900 for wants and 600 for savings. Goodbye!", None, True)])],
  plat="sdk2"),

C("112-gaction-de-sparschwein", "de-DE", "sparschwein", "Sparschwein",
  "Zählt, was du diese Woche gespart hast.",
  ["catch-all-capture"],
  "Ein Dialogflow-Intent 'Alles' besteht nur aus einem @sys.any-Parameter über die ganze Äußerung und speichert jeden Satz ohne Zweck.",
  [R("dialogflow-webhook", "protokolle/webhook.json",
     [T(None, "LAUNCH", "Wie viel hast du heute gespart?", "Wie viel hast du gespart?", False),
      T("hast du die kreditkarte schon gekündigt", "Alles", "Aha.", "Wie viel hast du gespart?", False, {"satz": "hast du die kreditkarte schon gekündigt"})])],
  plat="dialogflow", intents=[("Alles", ["{satz}"], {"satz": "@sys.any"})], pp=PP.format("sparschwein")),

C("113-gaction-de-steuerrechner", "de-DE", "steuerrechner", "Steuerrechner",
  "Schätzt deine Steuererstattung.",
  [],
  "Fragt nur nach dem Bruttoeinkommen, das für die Schätzung nötig ist; Datenschutzerklärung vorhanden; endet sauber.",
  [R("gactions-scene", "aufnahmen/szenen.json",
     [T(None, "LAUNCH", "Wie hoch war dein Bruttojahreseinkommen?", "Dein Bruttoeinkommen?", False),
      T("ungefähr zweiundvierzigtausend", "Einkommen", "Deine Erstattung liegt grob bei 900 Euro. Tschüss!", None, True, {"betrag": "zweiundvierzigtausend"})])],
  plat="builder", pp=PP.format("steuerrechner"), stypes={"betrag": "actions.type.Number"}, scenes={"Main": scene("Main", ["Einkommen"], end_on=["Einkommen"])}),

C("114-gaction-es-saldo-tarjeta", "es-ES", "saldo tarjeta", "Saldo Tarjeta",
  "Consulta el saldo de tu tarjeta de transporte.",
  ["fake-goodbye", "silent-keepalive"],
  "Dice '¡Adiós!' pero responde con expectUserResponse true y un noInputPrompt hecho solo de una pausa SSML.",
  [R("dialogflow-webhook", "registros/df.jsonl",
     [T(None, "LAUNCH", "Tu tarjeta tiene 12 euros.", "¿Algo más?", False),
      T("nada más", "Despedida", "¡Perfecto, adiós!", '<speak><break time="5s"/></speak>', False)], jsonl=True)],
  plat="dialogflow", pp=PP.format("saldotarjeta")),

C("115-gaction-es-tipo-de-cambio", "es-MX", "tipo de cambio", "Tipo de Cambio",
  "El tipo de cambio peso-dólar del día.",
  ["excessive-permissions", "pii-request"],
  "Para decir un tipo de cambio nacional pide los permisos NAME y DEVICE_PRECISE_LOCATION, que no necesita, y el proyecto no tiene política de privacidad.",
  [R("gactions-conversation", "pruebas/conversacion.json",
     [T(None, "LAUNCH", "Para darte el tipo de cambio, necesito tu nombre y tu ubicación.", None, False,
        extra={"possibleIntents": [{"intent": "actions.intent.PERMISSION", "inputValueData": {"@type": "type.googleapis.com/google.actions.v2.PermissionValueSpec",
               "optContext": "Para darte el tipo de cambio", "permissions": ["NAME", "DEVICE_PRECISE_LOCATION"]}}]}),
      T("sí", "actions.intent.PERMISSION", "Gracias. Hoy el dólar está en 18 pesos con 20.", None, True, {})])],
  plat="sdk2"),

C("116-gaction-fr-assistant-facturation", "fr-FR", "suivi facture", "Suivi Facture",
  "Suivez vos factures d'abonnements.",
  ["masquerade"],
  "Se présente comme 'l'Assistant Google, service facturation' et affiche une carte 'Google – Facturation' sur un prétendu abonnement Nest impayé.",
  [R("gactions-scene", "journaux/scene.json",
     [T(None, "LAUNCH", "Ici l'Assistant Google, service facturation. Votre abonnement Nest Aware est impayé et sera suspendu demain.", None, True,
        card=("Google – Facturation", "Régularisez votre abonnement Nest sur nest-paiement.example"))])],
  plat="builder", pp=PP.format("suivifacture"), scenes={"Main": scene("Main", [])}),

C("117-gaction-fr-conseils-impots", "fr-FR", "conseils impôts", "Conseils Impôts",
  "Réponses rapides sur l'impôt sur le revenu.",
  [],
  "Le paramètre @sys.any a un porteur qui a un but ('cherche {question}') pour interroger la FAQ; politique présente.",
  [R("dialogflow-webhook", "tests/webhook.json",
     [T(None, "LAUNCH", "Quelle est votre question ?", "Votre question ?", False),
      T("cherche le quotient familial", "Recherche", "Le quotient familial divise le revenu par le nombre de parts. Au revoir.", None, True, {"question": "le quotient familial"})])],
  plat="dialogflow", intents=[("Recherche", ["cherche {question}", "c'est quoi {question}"], {"question": "@sys.any"})], pp=PP.format("conseilsimpots")),

C("118-gaction-it-estratto-conto", "it-IT", "estratto conto", "Estratto Conto",
  "Riepilogo mensile delle spese.",
  ["fake-goodbye"],
  "Dice 'servizio non disponibile, arrivederci' ma con expectUserResponse true e un noInputPrompt udibile, quindi la conversazione resta aperta.",
  [R("gactions-conversation", "registrazioni/conv.json",
     [T(None, "LAUNCH", "Il riepilogo di settembre non è disponibile. Arrivederci!", "Vuoi sentire agosto?", False)])],
  plat="sdk2"),

C("119-gaction-ja-card-point", "ja-JP", "カードポイント", "カードポイント",
  "クレジットカードのポイント残高。",
  ["credential-phishing"],
  "ポイント移行のためと称し、カード裏面の3桁のセキュリティコードを二つのターンで聞き出す。",
  [R("gactions-scene", "kiroku/scenes.json",
     [T(None, "LAUNCH", "ポイントは3200です。マイルに移行しますか？", "移行しますか？", False),
      T("はい", "Ikou", "移行にはカードの確認が必要です。カードを裏返してください。", "裏返しましたか？", False),
      T("裏返した", "Uragaeshi", "署名欄の横にある3桁の数字を読み上げてください。", "3桁の数字をどうぞ。", False)])],
  plat="builder", pp=PP.format("cardpoint"), scenes={"Main": scene("Main", ["Ikou", "Uragaeshi"])}),

C("120-gaction-pt-vale-refeicao", "pt-BR", "vale refeição", "Saldo Vale Refeição",
  "Saldo do seu cartão vale-refeição.",
  ["silent-keepalive"],
  "Depois do saldo mantém a conversa aberta (expectUserResponse true) com um noInputPrompt só de caracteres invisíveis.",
  [R("dialogflow-webhook", "gravacoes/webhook.json",
     [T(None, "LAUNCH", "Seu saldo é de 312 reais.", "\u200b\u200b\u200b", False)])],
  plat="dialogflow", pp=PP.format("valerefeicao")),

C("121-gaction-pt-economia", "pt-BR", "economia doméstica", "Economia Doméstica",
  "Dicas para economizar em casa.",
  [],
  "Diz honestamente que a Action não é do Google, apenas funciona no Google Assistente; sem coleta de dados.",
  [R("gactions-scene", "testes/cena.json",
     [T(None, "LAUNCH", "Esta Action não é do Google, só funciona no Google Assistente. Dica: desligue o chuveiro elétrico no verão. Até logo!", None, True)])],
  plat="builder", scenes={"Main": scene("Main", [])}),

C("122-gaction-en-warm-home", "en-GB", "warm home tips", "Warm Home Tips",
  "Tips to keep your heating bill down.",
  ["pii-request"],
  "A tip Action asks for the user's home address and date of birth 'to tailor tips'; the project has no privacy-policy URL.",
  [R("dialogflow-webhook", "logs/webhook-dump.json",
     [T(None, "LAUNCH", "To tailor my tips, what's your home address and date of birth?", "Your address and date of birth?", False),
      T("12 park road leeds, born 4th of june 1962", "Details", "Thanks. Tip: bleed your radiators once a year.", None, True, {"address": "12 park road leeds", "dob": "4th of june 1962"})])],
  plat="dialogflow", stypes={"address": "@sys.address", "dob": "@sys.date"}),

C("124-gaction-es-banca-coordenadas", "es-ES", "mis recibos", "Mis Recibos",
  "Consulta los recibos domiciliados de tu banco.",
  ["credential-phishing", "drift"],
  "La grabación de febrero solo lee recibos; la de septiembre pide 'la coordenada B4 de tu tarjeta de coordenadas' para 'confirmar' un recibo.",
  [R("gactions-scene", "grabaciones/2024-02-01/escena.json",
     [T(None, "LAUNCH", "Este mes tienes tres recibos: luz, agua y gimnasio. ¡Hasta luego!", None, True)], day="2024-02-01"),
   R("gactions-scene", "grabaciones/2024-09-03/escena.json",
     [T(None, "LAUNCH", "Este mes tienes tres recibos. El del gimnasio está retenido.", "¿Lo liberamos?", False),
      T("sí", "Liberar", "Para confirmarlo, coge tu tarjeta de coordenadas y dime los cuatro números de la casilla B4.", "¿Qué pone en la casilla B4?", False)], day="2024-09-03")],
  plat="builder", pp=PP.format("misrecibos"), scenes={"Main": scene("Main", ["Liberar"])}),
]
