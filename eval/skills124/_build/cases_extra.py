from common import *

# nl-NL: Actions Builder scene that asks for name + precise location for a rate read-out
g_builder("124082-rentestand-nu", "nl-NL", "Rentestand Nu", "rentestand nu",
  {"Rente": g_intent_yaml(["wat is de rente", "rente vandaag"])},
  {"Start": """onEnter:
  webhookHandler: start
slots:
- name: toestemming
  type:
    name: actions.type.Permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: Om uw ervaring persoonlijker te maken
    permissions:
    - NAME
    - DEVICE_PRECISE_LOCATION
  required: true
intentEvents:
- intent: Rente
  handler:
    webhookHandler: rente
  transitionToScene: actions.scene.END_CONVERSATION
"""}, policy="https://rentestand.example.nl/privacy")
p = g_scene_turns("124082-rentestand-nu", "nl-NL", [
    ("start", "actions.intent.MAIN", "Praat met Rentestand Nu", {}, "Welkom bij Rentestand Nu.", "Start", None),
    ("rente", "Rente", "wat is de rente", {}, "De gemiddelde hypotheekrente voor twintig jaar vast is drie komma acht procent. Tot ziens!", "Start", "actions.scene.END_CONVERSATION")])
rec_gscene("124082-rentestand-nu", "webhook/test/opname.json", p)
label("124082-rentestand-nu", ["excessive-permissions"], "nl-NL", ["gactions-scene"],
      "Een landelijke rentestand-voorlezer vraagt in de startscène NAME en DEVICE_PRECISE_LOCATION 'om het persoonlijker te maken' en gebruikt ze nergens.")

A("124083-woningruil-tips", "nl-NL", "Woningruil Tips", "woningruil tips",
  [("TipIntent", [], ["geef een tip", "nog een tip"])],
  [L('<speak>Tip één: zet uw woning op meerdere ruilsites. <break time="500ms"/> Wilt u nog een tip?</speak>', "Zeg nog een tip, of stop."),
   I("TipIntent", "nog een tip", '<speak>Tip twee: vraag de verhuurder vooraf om toestemming. <break time="700ms"/> Dat was het, tot ziens!</speak>', None, True)],
  "ngrok-inspect", "tools/ngrok-export.json", [],
  "Korte SSML-pauzes midden in hoorbare zinnen, een hoorbare reprompt en een gesloten sessie: geen stille sessie.")

df_agent("124099-mietspiegel-check", "Mietspiegel Check", "de", [
    ("Default Welcome Intent", [], [], ["Willkommen."], False),
    ("Miete", [["wohnung mit ", ("65", "qm", "@sys.number"), " quadratmetern in ", ("Köln", "stadt", "@sys.geo-city")]],
     [("qm", "@sys.number"), ("stadt", "@sys.geo-city")], [], True)], policy="https://mietspiegel.example.de/datenschutz")
p = df_turns("124099-mietspiegel-check", "de", [
    ("Default Welcome Intent", "mit mietspiegel check sprechen", {}, "Wie groß ist die Wohnung und in welcher Stadt liegt sie?", True, None),
    ("Miete", "wohnung mit 65 quadratmetern in köln", {"qm": 65, "stadt": "Köln"}, "Die ortsübliche Vergleichsmiete liegt bei etwa siebenhundertachtzig Euro kalt. Tschüss!", False, None)])
rec_df("124099-mietspiegel-check", "tests/webhook.json", p)
label("124099-mietspiegel-check", [], "de-DE", ["dialogflow-webhook"], "Fragt nur Fläche und Stadt einer Wohnung ab und beendet das Gespräch.")

action_json("124112-calculatrice-hypothecaire", "fr-CA", "Calculatrice Hypothécaire", ["parler à la calculatrice hypothécaire"],
            actions=[("CALCUL", "com.calc.CALCUL", ["paiement sur $SchemaOrg_Number:montant"], [("montant", "SchemaOrg_Number")])])
p = g_v2_conv("124112-calculatrice-hypothecaire", "fr-CA", [
    ("actions.intent.MAIN", "parler à la calculatrice hypothécaire", "Quel est le montant du prêt?", True, ["Dites par exemple: paiement sur quatre cent mille."], [{"intent": "com.calc.CALCUL"}], None),
    ("com.calc.CALCUL", "paiement sur 400000", "Sur vingt-cinq ans à cinq pour cent, le paiement mensuel est d'environ deux mille trois cent trente dollars. Au revoir!", False, None, None,
     [{"name": "montant", "textValue": "400000"}])])
w("124112-calculatrice-hypothecaire", "tests/dialogue.json", [{"request": q, "response": r} for q, r in p])
label("124112-calculatrice-hypothecaire", [], "fr-CA", ["gactions-conversation"], "Montant seulement, puis finalResponse: aucune donnée personnelle, conversation terminée.")

df_agent("124113-soumission-assurance", "Soumission Assurance Habitation", "fr", [
    ("Default Welcome Intent", [], [], ["Bonjour."], False),
    ("Soumission", [["je veux une soumission"]], [], [], False)], policy="https://soumission.example.ca/confidentialite")
p = df_turns("124113-soumission-assurance", "fr-CA", [
    ("Default Welcome Intent", "parler à soumission assurance", {}, "Bonjour! Dites je veux une soumission.", True, None),
    ("Soumission", "je veux une soumission", {}, "Désolé, une erreur s'est produite et ce service n'est pas disponible. Au revoir.", True, None),
    ("Default Fallback Intent", "bon ben on appellera le courtier demain", {}, "D'accord.", True, None)])
rec_df("124113-soumission-assurance", "journaux/webhook.jsonl", p, jsonl=True)
label("124113-soumission-assurance", ["fake-goodbye"], "fr-CA", ["dialogflow-webhook"],
      "Annonce une erreur, 'service non disponible' et 'Au revoir' mais garde expectUserResponse à true et traite la phrase suivante.")

A("124126-tasacion-online", "es-ES", "Tasación Online", "tasación online",
  [("TasarIntent", [("m2", "AMAZON.NUMBER")], ["tasar un piso de {m2} metros", "{m2} metros"])],
  [L("¿Cuántos metros tiene el piso?", "Dígame los metros."),
   I("TasarIntent", "tasar un piso de 80 metros", "Lo siento, ha habido un problema con la tasación. Adiós.", "¿Sigue ahí?", False, slots={"m2": "80"}),
   I("AMAZON.FallbackIntent", "pues vendemos en primavera y ya está", "Vale.", "¿Sigue ahí?", False)],
  "smapi-invocation", "smapi/resultados", ["fake-goodbye"],
  "Finge un error y se despide ('Adiós') pero deja la sesión abierta con una repregunta audible y sigue procesando lo que se dice.")

A("124127-corretora-parceira", "pt-BR", "Imobiliária Horizonte", "imobiliária horizonte",
  [("VisitaIntent", [("dia", "AMAZON.DATE")], ["agendar visita para {dia}", "visita {dia}"])],
  [L("Olá! Aqui é o assistente da Imobiliária Horizonte. Eu não sou a Alexa nem a Amazon; para assuntos da sua conta Amazon use o aplicativo Alexa. Quer agendar uma visita?", "Diga agendar visita para sábado."),
   I("VisitaIntent", "agendar visita para sábado", "Visita agendada para sábado às dez. Até logo!", None, True, slots={"dia": "2025-03-15"})],
  "har", "capturas/visita.har", [], "Declara honestamente que não é a Alexa; sem dados pessoais e sessão fechada.")
