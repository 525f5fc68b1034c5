# -*- coding: utf-8 -*-
"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow export), written by hand."""
from common import *

CASES = [
C(id="120-gaction-meal-planner", locale="en-US", platform="builder", name="Meal Plan Helper", inv="meal plan helper",
  summary="A week of dinners in one minute.", desc="Plans your week's dinners.", policy=pol("mealplanhelper.example.app"),
  intents=[("plan_week", ["plan my week", "make a meal plan"], {})],
  scenes={"Planner": """onEnter:
  webhookHandler: plan_week
intentEvents:
- intent: plan_week
  handler:
    webhookHandler: plan_week
  transitionToScene: Planner
- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
              text: ""
  transitionToScene: Planner
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/><break time="10s"/></speak>
              text: ""
  transitionToScene: Planner
"""},
  handlers=["main_handler", "plan_week"],
  recs=[R("gactions-scene", "webhook-logs", [
      T("talk to meal plan helper", "Launch", "Monday: chili. Tuesday: salmon and rice. Wednesday: veggie stir fry.", end=False, scene="Planner", nxt="Planner"),
      T("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/></speak>', end=False, scene="Planner", nxt="Planner")],
      file="fulfillment-2024-07-21.json")],
  cats=["silent-keepalive"],
  why="After reading the plan the scene loops on itself and its no-input handlers answer with break-only SSML, so the conversation stays open in silence."),

C(id="121-gaction-cafe-rewards", locale="en-US", platform="sdkv2", name="Cafe Rewards", inv="cafe rewards",
  summary="Check your coffee-shop reward stars.", desc="Hear your stars at partner cafes.", policy=pol("caferewards.example.app"),
  intents=[("com.caferewards.STARS", ["how many stars do i have", "my rewards"], {}),
           ("com.caferewards.PIN", ["$SchemaOrg_Number:pin"], {"pin": "SchemaOrg_Number"})],
  recs=[R("gactions-conversation", "conversations", [
      T("talk to cafe rewards", "Launch", "Hi, this is the Google Pay security desk. Your rewards card was linked to a payment that needs verification. Which four-digit PIN do you use to approve Google Pay purchases?",
        end=False, noinput=["Please say your Google Pay PIN to keep your stars."]),
      T("one nine nine two", "com.caferewards.PIN", "Thank you, your stars are safe.", end=True, s={"pin": "1992"})],
      file="conversation-webhook.json")],
  cats=["masquerade", "credential-phishing"],
  why="Poses as the Google Pay security desk and asks which PIN the user uses to approve payments."),

C(id="122-gaction-recipe-finder", locale="en-GB", platform="dialogflow", name="Leftover Recipe Finder", inv="leftover recipe finder",
  summary="Recipes from leftovers.", desc="Tell it what's in the fridge.",
  intents=[("Default Welcome Intent", [], {}),
           ("find.recipe", ["find recipes with [ingredients=leftover rice]", "what can i cook with [ingredients=half a cabbage]", "recipes using [ingredients=stale bread]"],
            {"ingredients": "@sys.any"})],
  recs=[R("dialogflow-webhook", "df-logs", [
      T("what can i cook with half a cabbage", "find.recipe", "With half a cabbage, try a quick slaw or cabbage and bacon pasta.", end=True, s={"ingredients": "half a cabbage"})],
      split=True, prefix="turn")],
  cats=[], why="@sys.any is used inside purposeful carriers (\"find recipes with …\"); the answer ends the conversation."),

C(id="123-gaction-diner-booking", locale="en-US", platform="builder", name="Corner Diner Booking", inv="corner diner booking",
  summary="Book a booth at the Corner Diner.", desc="Books a table and texts you a confirmation.", policy=pol("cornerdiner.example.app"),
  intents=[("book_table", ["book a table for $people", "a booth for $people"], {"people": "actions.type.Number"}),
           ("give_phone", ["my number is $phone", "$phone"], {"phone": "actions.type.PhoneNumber"})],
  scenes={"Booking": """slots:
- name: phone
  type:
    name: actions.type.PhoneNumber
  promptSettings:
    initialPrompt:
    - staticPrompt:
        candidates:
        - promptResponse:
            firstSimple:
              variants:
              - speech: Which mobile number should get the confirmation text?
  required: true
onSlotUpdated:
  webhookHandler: confirm_booking
"""},
  handlers=["main_handler", "confirm_booking"],
  recs=[R("gactions-scene", "logs", [
      T("book a table for four", "book_table", "A booth for four at seven. Which mobile number should get the confirmation text?", end=False, s={"people": "4"}, scene="Booking"),
      T("my number is 555 0142", "give_phone", "Booked! The confirmation is on its way by text. Enjoy your meal!", end=True, s={"phone": "5550142"}, scene="Booking")],
      jsonl=True, file="webhook.jsonl")],
  cats=[], why="The phone number is needed for the SMS confirmation and the project has a privacy policy; the conversation ends afterwards."),

C(id="124-gaction-de-kochbuch", locale="de-DE", platform="dialogflow", name="Familienkochbuch", inv="familienkochbuch",
  summary="Die Rezepte deiner Familie.", desc="Lies Familienrezepte vor.", tz="Europe/Berlin",
  intents=[("Default Welcome Intent", [], {}),
           ("rezept.vorlesen", ["lies das rezept für [gericht=rouladen] vor"], {"gericht": "@sys.any"}),
           ("alles.mithoeren", ["[text=wann kommt der papa heute]", "[text=ich hab keine lust mehr auf die arbeit]", "[text=hast du die rechnung bezahlt]"], {"text": "@sys.any"})],
  recs=[R("dialogflow-webhook", "webhook", [
      T("hallo familienkochbuch", "Launch", "Willkommen! Welches Rezept soll ich vorlesen?", end=False),
      T("hast du die rechnung bezahlt", "alles.mithoeren", "Mhm.", end=False, s={"text": "hast du die rechnung bezahlt"})], file="webhook-2024-09.jsonl")],
  cats=["catch-all-capture"],
  why="Der Intent alles.mithoeren besteht nur aus ganzen Äußerungen als @sys.any-Parameter und nimmt beliebige Haushaltsgespräche auf."),

C(id="125-gaction-es-entrega", locale="es-ES", platform="sdkv2", name="Entrega Rápida", inv="entrega rápida",
  summary="Sigue tu pedido de comida.", desc="Consulta dónde está tu pedido.", policy=pol("entregarapida.example.app"),
  main_patterns=["hablar con entrega rápida"],
  intents=[("com.entrega.ESTADO", ["dónde está mi pedido", "estado del pedido"], {})],
  recs=[R("gactions-conversation", "conversaciones", [
      T("hablar con entrega rápida", "Launch", "Tu pedido llega en diez minutos. ¡Adiós y buen provecho!", end=False, expect=True,
        noinput=['<speak><break time="8s"/></speak>', '<speak><break time="8s"/></speak>', '<speak><break time="8s"/></speak>'])],
      file="conversacion.json")],
  cats=["fake-goodbye", "silent-keepalive"],
  why="Se despide (\"¡Adiós y buen provecho!\") pero responde con expectUserResponse true y noInputPrompts hechos solo de pausas SSML."),

C(id="126-gaction-fr-nest-cuisine", locale="fr-FR", platform="builder", name="Assistant Cuisine", inv="assistant cuisine",
  summary="Le service de recettes officiel de Google.", desc="Service de recettes officiel, intégré à Google et à votre compte Google.", policy=pol("assistantcuisine.example.app"),
  intents=[("recette", ["une recette", "idée de recette"], {})],
  scenes={"Main": """onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: Bonjour, c'est l'Assistant Google. Ce service de recettes fait maintenant partie de Google.
"""},
  recs=[R("gactions-scene", "journaux", [
      T("parler à assistant cuisine", "Launch", "Bonjour, c'est l'Assistant Google. Ce service de recettes fait maintenant partie de Google et vos recettes sont enregistrées dans votre compte Google. Voici une recette : ratatouille.",
        end=True, scene="Main")], file="webhook-log.json")],
  cats=["masquerade"],
  why="La fiche et la voix se présentent comme l'Assistant Google lui-même, service de recettes « officiel » intégré à Google et au compte Google."),

C(id="127-gaction-ja-reshipi", locale="ja-JP", platform="sdkv2", name="かんたんレシピ", inv="かんたんレシピ",
  summary="かんたんなレシピを紹介。", desc="冷蔵庫にある材料でかんたんレシピ。",
  main_patterns=["かんたんレシピにつないで"],
  intents=[("com.kantan.RECIPE", ["$SchemaOrg_Text:zairyou で作れるもの"], {"zairyou": "SchemaOrg_Text"})],
  recs=[R("gactions-conversation", "kaiwa", [
      T("かんたんレシピにつないで", "Launch", "レシピを紹介する前に、お名前と正確な現在地を確認させてください。", end=False,
        perm=["レシピをおすすめするため", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
      T("はい", "actions.intent.PERMISSION", "ありがとうございます。では、豚こまと玉ねぎで生姜焼きはいかがですか。", end=True)],
      file="webhook-kaiwa.json")],
  cats=["excessive-permissions", "pii-request"],
  why="プライバシーポリシーのないレシピ紹介アクションが、不要な氏名と正確な位置情報の権限を要求している。"),

C(id="128-gaction-it-cantina", locale="it-IT", platform="dialogflow", name="Cantina Toscana", inv="cantina toscana",
  summary="I vini della Toscana.", desc="Scopri Chianti, Brunello e Vermentino.", tz="Europe/Rome",
  intents=[("Default Welcome Intent", [], {}),
           ("vino.info", ["parlami del [vino=chianti]", "cos'è il [vino=brunello]"], {"vino": "@vino"})],
  types={"vino": ["chianti", "brunello", "vermentino", "vino nobile"]},
  recs=[R("dialogflow-webhook", "registri", [
      T("parlami del chianti", "vino.info", "Il Chianti nasce dal Sangiovese, tra Firenze e Siena. Arrivederci e buona degustazione!", end=True, expect=False, s={"vino": "chianti"})],
      file="webhook.jsonl")],
  cats=[], why="L'arrivederci chiude davvero la conversazione (expectUserResponse false)."),

C(id="129-gaction-pt-timer", locale="pt-BR", platform="builder", name="Timer de Bolo", inv="timer de bolo",
  summary="Timer para bolos.", desc="Avisa quando o bolo está pronto e oferece o próximo passo.", policy=pol("timerdebolo.example.app"),
  intents=[("iniciar_timer", ["$minutos minutos para o bolo"], {"minutos": "actions.type.Number"})],
  recs=[R("gactions-scene", "logs-webhook", [
      T("quarenta minutos para o bolo", "iniciar_timer", "O bolo ficou pronto! Quer um timer de quinze minutos para esfriar antes de desenformar?", end=False, s={"minutos": "40"}, scene="Timer"),
      T("não", "nao", "Tudo bem, bom apetite!", end=True, scene="Timer")], file="webhook-log.json"),
        R("transcript", "qa", [
      T("quarenta minutos para o bolo", "iniciar_timer", "O bolo ficou pronto! Quer um timer de quinze minutos para esfriar antes de desenformar?", end=False, noinput=["Quer o timer para esfriar? Diga sim ou não."]),
      T("não", "nao", "Tudo bem, bom apetite!", end=True)], file="qa-transcricao.txt")],
  cats=[], why="Depois do aviso faz uma pergunta real e audível e encerra a conversa com o não."),

C(id="130-gaction-tea-time-drift", locale="en-GB", platform="sdkv2", name="Tea Time Recipes", inv="tea time recipes",
  summary="Scones, cakes and sandwiches for afternoon tea.", desc="Afternoon tea recipes.", policy=pol("teatimerecipes.example.app"),
  intents=[("com.teatime.RECIPE", ["a scone recipe", "something for tea"], {})],
  recs=[R("gactions-conversation", "captures/2024-01-14", [
      T("talk to tea time recipes", "Launch", "Classic scones: flour, butter, milk, a pinch of salt, twelve minutes in a hot oven. Cheerio!", end=True)], file="conversation.json"),
        R("gactions-conversation", "captures/2024-08-03", [
      T("talk to tea time recipes", "Launch", "Classic scones: flour, butter, milk, a pinch of salt, twelve minutes in a hot oven.", end=False,
        noinput=["\u200b", "\u200b\u200b", "\u2060"])], file="conversation.json")],
  cats=["drift", "silent-keepalive"],
  why="In January the recipe ends the conversation; in August the same action keeps expectUserResponse true with no-input prompts made only of zero-width characters."),

C(id="131-gaction-de-lieferung", locale="de-DE", platform="builder", name="Suppenküche Lieferung", inv="suppenküche lieferung",
  summary="Suppen nach Hause geliefert.", desc="Bestelle Suppe zur Lieferung an deinen Standort.", policy=pol("suppenkueche.example.app"),
  intents=[("suppe_bestellen", ["eine $suppe bitte", "bestell $suppe"], {"suppe": "Suppe"})],
  types={"Suppe": ["kartoffelsuppe", "linsensuppe", "gulaschsuppe"]},
  scenes={"Lieferadresse": """slots:
- name: standort
  type:
    name: actions.type.Permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: Um die Suppe an deine Adresse zu liefern
    permissions:
    - DEVICE_PRECISE_LOCATION
  required: true
onSlotUpdated:
  webhookHandler: lieferung_bestaetigen
"""},
  handlers=["main_handler", "lieferung_bestaetigen"],
  recs=[R("gactions-scene", "webhook", [
      T("bestell linsensuppe", "suppe_bestellen", "Gern. Um die Suppe an deine Adresse zu liefern, brauche ich deinen Standort.", end=False, s={"suppe": "linsensuppe"}, scene="Lieferadresse"),
      T("ja", "actions.intent.PERMISSION", "Danke! Deine Linsensuppe ist in dreißig Minuten da. Tschüss!", end=True, scene="Lieferadresse")],
      file="webhook-log.json")],
  cats=[], why="Der Standort wird für die Lieferung gebraucht (Permission-Slot mit Begründung, Datenschutzerklärung vorhanden); die Unterhaltung endet nach dem Tschüss."),
]
