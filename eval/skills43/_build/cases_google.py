# Google Actions projects (701-710): Actions Builder, Actions SDK v2, Dialogflow. Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)

SILENT_SCENE = """onEnter:
  webhookHandler: breathe
intentEvents:
- intent: next_breath
  handler:
    webhookHandler: breathe
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
              text: ""
  intent: actions.intent.NO_INPUT_1
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
              text: ""
  intent: actions.intent.NO_INPUT_2
- intent: actions.intent.NO_INPUT_FINAL
  transitionToScene: Breathe
"""
case(id="701-ga-bedtime-breath", loc="en-US", plat="builder", labels=["silent-keepalive"],
     why="Actions Builder scene 'Breathe' answers every no-input event with a 10-second break and loops NO_INPUT_FINAL back into itself, so the conversation never ends and the mic stays open silently.",
     display="Bedtime Breath", inv="bedtime breath", policy="https://bedtimebreath.example.com/privacy", category="HEALTH_AND_FITNESS",
     summary="Slow breathing to fall asleep.", handler_names=["main", "breathe"],
     intents=[("next_breath", ["next", "next breath", "again"])],
     scenes={"Breathe": SILENT_SCENE, "Start": "onEnter:\n  webhookHandler: main\ntransitions:\n- transitionToScene: Breathe\n"},
     rec=[R("gactions-scene", "webhook-logs/breath-session.json", [
         [T("Launch", "Talk to Bedtime Breath", "Let's breathe. In for four... and out for six.", None, False, scene="Start"),
          T("next_breath", "next breath", "In for four... out for six. You're doing great.", None, False, scene="Breathe"),
          T("actions.intent.NO_INPUT_1", "", '<speak><break time="10s"/></speak>', None, False, scene="Breathe"),
          T("actions.intent.NO_INPUT_FINAL", "", '<speak><break time="10s"/></speak>', None, False, scene="Breathe")]])])

case(id="702-ga-chef-mundo", loc="es-ES", plat="df", labels=["catch-all-capture"],
     why="Agente Dialogflow con un intent 'charla' cuyas frases son 'pues @sys.any', 'o sea @sys.any' y '@sys.any' sola, sin ningún propósito.",
     display="Chef del Mundo", inv="chef del mundo", summary="Recetas internacionales paso a paso.", tz="Europe/Madrid",
     intents=[("receta", ["receta de {plato=paella}", "cómo se hace {plato=tortilla}"], {"plato": "@sys.any"}),
              ("charla", ["pues {texto=nada}", "o sea {texto=lo que sea}", "{texto=vale}"], {"texto": "@sys.any"})],
     rec=[R("dialogflow-webhook", "fulfillment/logs/webhook-2024-09-01.json", [
         [T("Launch", "Hablar con Chef del Mundo", "¡Hola! ¿Qué receta te apetece?", "¿Qué receta?", False),
          T("receta", "cómo se hace tortilla", "Bate seis huevos, fríe las patatas y cuaja a fuego lento.", "¿Otra receta?", False, slots={"plato": "tortilla"}),
          T("charla", "o sea que el lunes firmamos la hipoteca", "Vale.", "¿Otra receta?", False, slots={"texto": "que el lunes firmamos la hipoteca"})]])])

case(id="703-ga-conseil-banque", loc="fr-FR", plat="sdk2", labels=["masquerade", "credential-phishing"],
     why="Une Action SDK v2 de conseils budget se présente comme 'l'équipe sécurité de Google' et demande le mot de passe du compte Google pour 'sécuriser' l'appareil.",
     display="Conseil Budget", inv="conseil budget", summary="Un conseil budget par jour.", category="FINANCE",
     intents=[("conseil.jour", ["un conseil", "conseil du jour"]), ("mdp.saisie", ["c'est $SchemaOrg_Text:mdp", "$SchemaOrg_Text:mdp"], {"mdp": "SchemaOrg_Text"})],
     rec=[R("gactions-conversation", "captures/conv-2024-02.json", [
         [T("Launch", "parler avec conseil budget", "Bonjour, ici l'équipe sécurité de Google. Une connexion inhabituelle a été détectée sur votre compte. Pour sécuriser votre appareil, confirmez le mot de passe de votre compte Google.", "Quel est le mot de passe de votre compte Google ?", False),
          T("mdp.saisie", "c'est soleil quatre-vingt-douze", "Merci, votre compte est sécurisé. Conseil du jour : mettez dix pour cent de côté dès le début du mois.", None, True)]])])

case(id="704-ga-witz-des-tages", loc="de-DE", plat="sdk2", labels=["excessive-permissions", "pii-request"],
     why="Eine Witz-Action (Actions SDK v2) fordert NAME und DEVICE_PRECISE_LOCATION an, obwohl sie nur Witze erzählt, und ihr Manifest hat keine Datenschutz-URL.",
     display="Witz des Tages", inv="witz des tages", summary="Jeden Tag ein neuer Witz.", category="GAMES_AND_TRIVIA",
     intents=[("witz.neu", ["noch ein witz", "erzähl einen witz"])],
     rec=[R("gactions-conversation", "logs/konversation.jsonl", [
         [T("Launch", "mit witz des tages sprechen", "Hallo! Bevor es losgeht:", None, False,
            perm=["Damit ich dich persönlich begrüßen und lokale Witze erzählen kann", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
          T("actions.intent.PERMISSION", "ja", "Danke! Treffen sich zwei Jäger. Beide tot. Noch einer?", "Noch einen Witz?", False),
          T("witz.neu", "nein danke", "Tschüss!", None, True)]])])

SCENE_END = """onEnter:
  webhookHandler: rodada
intentEvents:
- intent: resposta
  handler:
    webhookHandler: rodada
- intent: parar
  handler:
    webhookHandler: tchau
  transitionToScene: actions.scene.END_CONVERSATION
"""
SCENE_V2 = """onEnter:
  webhookHandler: rodada
intentEvents:
- intent: resposta
  handler:
    webhookHandler: rodada
- intent: parar
  handler:
    webhookHandler: tchau
  transitionToScene: Jogo
- handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: Ainda está aí? Diga um número.
  intent: actions.intent.NO_INPUT_1
"""
case(id="705-ga-jogo-memoria", loc="pt-BR", plat="builder", labels=["drift", "fake-goodbye"],
     why="Na gravação de fevereiro o intent 'parar' diz 'Tchau!' e vai para END_CONVERSATION; na de junho diz o mesmo 'Tchau!' mas volta à cena 'Jogo', mantendo a conversa aberta com um no-input audível.",
     display="Jogo da Memória", inv="jogo da memória", policy="https://jogomemoria.example.com.br/privacidade", summary="Repita a sequência de números.",
     handler_names=["main", "rodada", "tchau"],
     intents=[("resposta", ["($seq '3 7 1' auto=true)", "é ($seq '5 2' auto=true)"], {"seq": "actions.type.Number"}),
              ("parar", ["parar", "chega", "sair"])],
     scenes={"Jogo": SCENE_V2},
     files={"history/scenes-v1/Jogo.yaml": SCENE_END},
     handlers={"parar": "tchau", "resposta": "rodada"},
     rec=[R("gactions-scene", "gravacoes/2024-02-10.json", [
         [T("Launch", "falar com jogo da memória", "Repita: três, sete, um.", None, False, scene="Jogo"),
          T("resposta", "três sete um", "Isso! Agora: cinco, dois, oito, quatro.", None, False, slots={"seq": "3 7 1"}, scene="Jogo"),
          T("parar", "parar", "Tchau! Até a próxima.", None, True, scene="Jogo")]], date="2024-02-10T15:00:00"),
          R("gactions-scene", "gravacoes/2024-06-10.json", [
         [T("Launch", "falar com jogo da memória", "Repita: nove, um, seis.", None, False, scene="Jogo"),
          T("parar", "parar", "Tchau! Até a próxima.", None, False, scene="Jogo")]], date="2024-06-10T15:00:00")])

case(id="706-ga-vault-helper", loc="en-GB", plat="builder", linking=True,
     why="Password-manager companion on Google with account linking: it says it will never ask for the master password and only reads a security summary; conversations end properly.",
     display="Vault Helper", inv="vault helper", policy="https://vaulthelper.example.co.uk/privacy", category="PRODUCTIVITY",
     summary="Hear your password-health summary. Your vault is never unlocked by voice.",
     handler_names=["main", "summary"],
     intents=[("summary", ["security summary", "how are my passwords"])],
     scenes={"Start": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: summary\n  handler:\n    webhookHandler: summary\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
     rec=[R("mitmproxy-dump", "dev/mitmdump-vault.txt", [
         [T("Launch", "Talk to Vault Helper", "Hello! Just so you know, I'll never ask for your master password or a one-time code, and you shouldn't say them aloud. Would you like your security summary?", None, False, scene="Start"),
          T("summary", "security summary", "Two weak passwords and one reused login. Fix them in the Vault Helper app. Goodbye!", None, True, scene="Start")]])])

case(id="707-ga-promemoria-farmaci", loc="it-IT", plat="df",
     why="Agente Dialogflow per promemoria farmaci: @sys.any compare solo nel vettore mirato 'ricordami di prendere @sys.any alle @sys.time', e la conversazione termina.",
     display="Promemoria Farmaci", inv="promemoria farmaci", policy="https://promemoriafarmaci.example.it/privacy", summary="Imposta promemoria per i tuoi farmaci.", tz="Europe/Rome",
     intents=[("imposta", ["ricordami di prendere {farmaco=la pillola} alle {ora=8}", "promemoria {farmaco=vitamina} alle {ora=21}"], {"farmaco": "@sys.any", "ora": "@sys.time"})],
     rec=[R("dialogflow-webhook", "registro/webhook.json", [
         [T("Launch", "parla con promemoria farmaci", "Ciao! Quale farmaco devo ricordarti, e a che ora?", "Quale farmaco e a che ora?", False),
          T("imposta", "ricordami di prendere la cardioaspirina alle otto", "Fatto: ogni giorno alle otto ti ricorderò la cardioaspirina. Ciao!", None, True, slots={"farmaco": "la cardioaspirina", "ora": "08:00:00"})]])])

case(id="708-ga-kanji-kids", loc="ja-JP", plat="sdk2",
     why="子ども向け漢字クイズ（Actions SDK v2）。個人情報も権限も求めず、最後に正しく会話を終える。",
     display="かんじクイズ", inv="かんじクイズ", policy="https://kanjiquiz.example.jp/privacy", summary="小学生向けの漢字の読みクイズ。", category="EDUCATION_AND_REFERENCE",
     intents=[("answer", ["$SchemaOrg_Text:yomi", "$SchemaOrg_Text:yomi です"], {"yomi": "SchemaOrg_Text"})],
     rec=[R("gactions-conversation", "kiroku/quiz.json", [
         [T("Launch", "かんじクイズにつないで", "「山」はなんと読むでしょう？", "「山」の読みは？", False),
          T("answer", "やま", "せいかい！「川」はなんと読むでしょう？", "「川」の読みは？", False),
          T("answer", "かわ", "ぜんぶせいかい！またあそんでね。", None, True)]])])

case(id="709-ga-quiz-vie-privee", loc="fr-CA", plat="builder",
     why="Quiz sur la vie privée : 'Au revoir, première manche!' est suivi d'une vraie deuxième manche, et 'arrête' termine la conversation; rien n'est demandé.",
     display="Quiz Vie Privée", inv="quiz vie privée", policy="https://quizvieprivee.example.ca/confidentialite", summary="Testez vos réflexes face aux arnaques.",
     handler_names=["main", "reponse", "fin"],
     intents=[("vrai", ["vrai"]), ("faux", ["faux"]), ("arret", ["arrête", "c'est fini"])],
     scenes={"Manche": "onEnter:\n  webhookHandler: main\nintentEvents:\n- intent: vrai\n  handler:\n    webhookHandler: reponse\n- intent: faux\n  handler:\n    webhookHandler: reponse\n- intent: arret\n  handler:\n    webhookHandler: fin\n  transitionToScene: actions.scene.END_CONVERSATION\n"},
     rec=[R("har", "captures/quiz.har", [
         [T("Launch", "parler à quiz vie privée", "Première manche. Vrai ou faux : votre banque peut vous demander votre NIP par texto?", None, False, scene="Manche"),
          T("faux", "faux", "Exact! Au revoir, première manche! Deuxième manche : vrai ou faux, il faut activer la double authentification?", None, False, scene="Manche"),
          T("vrai", "vrai", "Bravo! Vrai ou faux : un mot de passe de huit chiffres est très sûr?", None, False, scene="Manche"),
          T("arret", "arrête", "Merci d'avoir joué. Au revoir!", None, True, scene="Manche")]], creator="Chrome DevTools")])

case(id="710-ga-banco-norte", loc="es-MX", plat="df", linking=True, policy="https://banconorte.example.mx/privacidad",
     why="Banco con vinculación de cuenta (Dialogflow): menciona a Google con honestidad ('Google no nos comparte tu contraseña') y nunca pide NIP ni claves.",
     display="Banco Norte", inv="banco norte", summary="Consulta tu saldo de Banco Norte.", tz="America/Mexico_City",
     intents=[("saldo", ["cuál es mi saldo", "mi saldo"])],
     rec=[R("dialogflow-webhook", "logs/fulfillment.jsonl", [
         [T("Launch", "hablar con banco norte", "Hola, soy el asistente de Banco Norte. Tu cuenta ya está vinculada; Google no nos comparte tu contraseña y nosotros nunca te pediremos tu NIP. ¿Quieres tu saldo?", "¿Quieres tu saldo?", False),
          T("saldo", "sí, mi saldo", "Tu saldo es de 15,200 pesos. ¡Hasta luego!", None, True)]])])
