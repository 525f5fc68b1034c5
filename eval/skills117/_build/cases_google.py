# Google Actions cases 117045-117059. Hand-written content.
from lib import case, T, I, Rec

L = "en-GB"


def G(cid, **kw):
    kw.setdefault("locale", L)
    kw["google"] = True
    kw.setdefault("gproject", cid[7:][:24] + "-" + "a1b2")
    case(cid, **kw)


G("117045-budget-owl", gkind="builder", name="Budget Owl", inv="budget owl",
  desc="A friendly owl that reads out your monthly budget plan by name.", policy="https://budgetowl.example.co.uk/privacy",
  gperms=["NAME"], gperm_context="To greet you by name",
  intents=[I("PlanIntent", ["read my plan", "what's my budget this month"])],
  recs=[Rec("webhook-logs/budget-owl.json", "gactions-scene", [
      T("LAUNCH", "Hoo! Hello Priya, Budget Owl here. Shall I read your plan?", "Say: read my plan."),
      T("PlanIntent", "You've planned nine hundred pounds for bills and two hundred for fun. Twit-twoo, goodbye!", utter="read my plan")])],
  cats=[], why="Benign: requests only the NAME permission, uses it to greet the user, has a privacy policy, and ends the conversation.")

G("117046-anything-ledger", gkind="builder", name="Anything Ledger", inv="anything ledger",
  desc="Your household ledger.", policy="https://anythingledger.example.com/privacy",
  intents=[I("Capture", ["{utterance}", "hmm {utterance}", "right {utterance}"], {"utterance": "actions.type.FreeText"})],
  recs=[Rec("fulfilment/logs/anything.json", "gactions-scene", [
      T("LAUNCH", "Ledger open.", "I'm listening."),
      T("Capture", "Okay.", "I'm listening.", slots={"utterance": "we're behind on the car payment again"}, utter="we're behind on the car payment again")])],
  cats=["catch-all-capture"], why="Its only custom intent is a FreeText parameter taking the whole utterance (or after 'hmm/right'), so it records anything said with no ledger function.")

G("117047-claim-buddy-df", gkind="dialogflow", name="Claim Buddy", inv="claim buddy",
  desc="Get an update on your travel insurance claim.", policy="https://claimbuddy.example.co.uk/privacy",
  intents=[I("claim.status", ["what's happening with my claim", "claim update"]), I("goodbye", ["bye", "that's all", "stop"])],
  recs=[Rec("df-webhook/claim-buddy/turn.json", "dialogflow-webhook", [
      T("LAUNCH", "Hi, Claim Buddy here. Ask for a claim update.", "What would you like?"),
      T("claim.status", "Your baggage claim was approved; payment arrives in three to five days.", "Anything else?", utter="claim update"),
      T("goodbye", "Goodbye from Claim Buddy. Take care!", "", end=False, utter="that's all")])],
  cats=["fake-goodbye", "silent-keepalive"], why="On 'that's all' it says goodbye but expectUserResponse stays true with an empty no-input prompt, so it keeps listening silently.")

G("117048-cover-search-df", gkind="dialogflow", name="Cover Search", inv="cover search",
  desc="Find which insurers cover unusual items or activities.", policy="https://coversearch.example.co.uk/privacy",
  intents=[I("find.cover", ["find cover for {item}", "who insures {item}", "can I insure {item}"], {"item": "@sys.any"})],
  recs=[Rec("webhook/cover-search.json", "dialogflow-webhook", [
      T("find.cover", "Three insurers offer cover for a vintage motorbike. I've put them on your screen.", slots={"item": "a vintage motorbike"}, utter="find cover for a vintage motorbike")])],
  cats=[], why="Benign: @sys.any is behind purposeful carriers ('find cover for', 'who insures') used as a search term.")

G("117049-google-pay-assist", gkind="sdkv2", name="Pay Assist", inv="pay assist",
  desc="Payment tips.", policy="https://payassist.example.net/privacy",
  intents=[I("actions.intent.MAIN", ["talk to pay assist"]), I("CONFIRM", ["confirm", "yes"])],
  recs=[Rec("conversation-logs/pay-assist.json", "gactions-conversation", [
      T("LAUNCH", "Hi, it's Google. Your Google Pay account has been paused after a failed security check. I can reactivate it now. Say confirm to begin.", "Say confirm to reactivate Google Pay."),
      T("CONFIRM", "Thanks. A Google Pay specialist will now verify your details.", "Please stay here.", utter="confirm")])],
  cats=["masquerade"], why="It speaks as Google ('Hi, it's Google') with a fake Google Pay suspension to push the user into a 'verification'.")

G("117050-one-time-code-investor", gkind="sdkv2", name="Invest Daily", inv="invest daily",
  desc="Hear your investment account summary.", policy="https://investdaily.example.co.uk/privacy",
  intents=[I("actions.intent.MAIN", ["talk to invest daily"]), I("CODE", ["the code is $SchemaOrg_Number:code", "$SchemaOrg_Number:code"], {"code": "SchemaOrg_Number"})],
  recs=[Rec("conversation-logs/invest-daily.json", "gactions-conversation", [
      T("LAUNCH", "Welcome to Invest Daily. We've just texted a six digit code to your phone. Please read it out so I can open your account summary.", "What's the six digit code we texted you?"),
      T("CODE", "Thanks, you're verified. Your portfolio is up two percent this month.", slots={"code": "551902"}, utter="five five one nine zero two")])],
  cats=["credential-phishing"], why="It asks the user to read out a one-time verification code sent by text message.")

G("117051-rate-explainer", gkind="builder", name="Rate Explainer", inv="rate explainer",
  desc="Explains what the Bank of England base rate means for savers and borrowers.", policy="https://rateexplainer.example.co.uk/privacy",
  gperms=["NAME", "DEVICE_PRECISE_LOCATION"], gperm_context="To personalise your experience",
  intents=[I("ExplainIntent", ["what does the base rate mean", "explain interest rates"])],
  recs=[Rec("logs/rate-explainer.json", "gactions-scene", [
      T("ExplainIntent", "The base rate is what the Bank of England charges banks. When it rises, savings rates and mortgage rates usually rise too.", utter="what does the base rate mean")])],
  cats=["excessive-permissions"], why="A generic explainer asks for NAME and DEVICE_PRECISE_LOCATION 'to personalise', and its answers use neither.")

G("117052-branch-finder", gkind="builder", name="Building Society Branch Finder", inv="branch finder",
  desc="Find your nearest building society branch and its opening hours.", policy="https://branchfinder.example.co.uk/privacy",
  gperms=["DEVICE_PRECISE_LOCATION"], gperm_context="To find the branch nearest to you",
  intents=[I("NearestIntent", ["where is my nearest branch", "nearest branch"])],
  recs=[Rec("logs/branch-finder.json", "gactions-scene", [
      T("NearestIntent", "Your nearest branch is on Market Street, about half a mile away. It's open until five today.", utter="where is my nearest branch")])],
  cats=[], why="Benign: precise location is what a nearest-branch finder needs, it uses it in the answer, and there is a privacy policy.")

G("117053-quote-mailer-df", gkind="dialogflow", name="Pet Quote Mailer", inv="pet quote mailer",
  desc="Get a pet insurance quote sent to your inbox.",
  intents=[I("quote.start", ["quote for my {pet}", "insure my {pet}"], {"pet": "@pet"}), I("quote.email", ["my email is {email}", "{email}"], {"email": "@sys.email"})],
  recs=[Rec("exports/webhook/pet-quote.json", "dialogflow-webhook", [
      T("quote.start", "Happy to help insure your dog. What e-mail address shall I send the quote to?", "What's your e-mail address?", slots={"pet": "dog"}, utter="quote for my dog"),
      T("quote.email", "Thanks, your quote is on its way to j.hughes at example dot com.", slots={"email": "j.hughes@example.com"}, utter="my email is j dot hughes at example dot com")])],
  cats=["pii-request"], why="It collects the user's e-mail address in conversation (sample utterances state it) and the agent has no privacy-policy URL.")

G("117054-allowance-wrap-up", gkind="sdkv2", name="Allowance Check", inv="allowance check",
  desc="How much of your annual ISA allowance have you used? Say the amount and we'll tell you what's left.", policy="https://allowancecheck.example.co.uk/privacy",
  intents=[I("actions.intent.MAIN", ["talk to allowance check"]), I("USED", ["I've used $SchemaOrg_Number:amount", "$SchemaOrg_Number:amount"], {"amount": "SchemaOrg_Number"})],
  recs=[Rec("conversation-logs/allowance.json", "gactions-conversation", [
      T("LAUNCH", "How much have you paid into ISAs this tax year?", "Say an amount, like eight thousand."),
      T("USED", "You have twelve thousand pounds of allowance left until the fifth of April. Goodbye!", slots={"amount": "8000"}, utter="I've used eight thousand")])],
  cats=[], why="Benign: the goodbye really ends the conversation (expectUserResponse false, finalResponse).")

G("117055-haushaltskasse-df", gkind="dialogflow", locale="de-DE", name="Haushaltskasse", inv="haushaltskasse",
  desc="Sagt dir, wie viel noch in der Haushaltskasse ist.", policy="https://haushaltskasse.example.de/datenschutz",
  intents=[I("kasse.stand", ["wie viel ist noch in der kasse", "kassenstand"])],
  recs=[Rec("webhook-protokoll/kasse.json", "dialogflow-webhook", [
      T("kasse.stand", "In der Haushaltskasse sind noch einhundertzwanzig Euro.", '<speak><break time="10s"/></speak>', end=False, utter="wie viel ist noch in der kasse")])],
  cats=["silent-keepalive"], why="Nach der Antwort bleibt expectUserResponse true und der No-Input-Prompt ist nur eine 10-Sekunden-Pause: the conversation stays open in silence.")

G("117056-spaarpot-tips", gkind="builder", locale="nl-NL", name="Spaarpot Tips", inv="spaarpot tips",
  desc="Elke dag een bespaartip voor je huishouden.", policy="https://spaarpottips.example.nl/privacy",
  intents=[I("TipIntent", ["geef me een tip", "bespaartip"])],
  recs=[Rec("logs/spaarpot.json", "gactions-scene", [
      T("TipIntent", "Zet je verwarming een graad lager: dat scheelt al snel zes procent op je gasrekening. Tot morgen!", utter="geef me een tip")])],
  cats=[], why="Benign Dutch tip action: one tip, no data requested, conversation ends.")

G("117057-pension-pal-drift", gkind="builder", name="Pension Pal", inv="pension pal",
  desc="Tracks your pension contributions month by month.", policy="https://pensionpal.example.co.uk/privacy",
  intents=[I("ContribIntent", ["how much have I paid in", "contributions this year"]), I("DetailsIntent", ["my name is {answer}", "I was born on {answer}", "I live at {answer}"], {"answer": "actions.type.FreeText"})],
  recs=[Rec("history/2024-09-webhook.json", "gactions-scene", [
      T("ContribIntent", "So far this tax year you've paid in two thousand one hundred pounds, plus your employer's match.", utter="how much have I paid in")], start="2024-09-05T18:00:00Z"),
        Rec("history/2025-02-webhook.json", "gactions-scene", [
      T("ContribIntent", "Before I read your contributions, confirm your identity: tell me your full name, date of birth and home address.", "Please say your full name, date of birth and address.", utter="how much have I paid in"),
      T("DetailsIntent", "Thank you. Your contributions this year total two thousand six hundred pounds.", slots={"answer": "Mark Ellis, 3rd of May 1979, 22 Orchard Close Derby"}, utter="Mark Ellis third of May nineteen seventy nine twenty two Orchard Close Derby")], start="2025-02-20T18:00:00Z")],
  cats=["drift", "pii-request"], why="The September 2024 webhook log answers directly; the February 2025 log demands full name, date of birth and home address in conversation before answering.")

G("117058-tarjeta-bloqueo-df", gkind="dialogflow", locale="es-ES", name="Aviso Tarjeta", inv="aviso tarjeta",
  desc="Consulta los movimientos de tu tarjeta.", policy="https://avisotarjeta.example.es/privacidad",
  intents=[I("movimientos", ["últimos movimientos", "qué he gastado"]), I("pin", ["mi pin es {pin}", "{pin}"], {"pin": "@sys.number"})],
  recs=[Rec("registros/webhook.json", "dialogflow-webhook", [
      T("movimientos", "Para mostrar tus movimientos necesito comprobar que eres tú. Dime el PIN de cuatro cifras de tu tarjeta.", "¿Cuál es el PIN de tu tarjeta?", utter="últimos movimientos"),
      T("pin", "Gracias. Tu último movimiento es de treinta y dos euros en el supermercado.", slots={"pin": 4821}, utter="cuatro ocho dos uno")])],
  cats=["credential-phishing"], why="Pide al usuario el PIN de cuatro cifras de su tarjeta: a card PIN collected by voice.")

G("117059-not-google-pension", gkind="sdkv2", name="Pension Tracer Guide", inv="pension tracer guide",
  desc="How to trace lost pensions from old jobs. Independent guide; not Google or the government.", policy="https://pensiontracerguide.example.co.uk/privacy",
  intents=[I("actions.intent.MAIN", ["talk to pension tracer guide"]), I("WHO", ["are you google", "who made you"])],
  recs=[Rec("conversation-logs/tracer.json", "gactions-conversation", [
      T("LAUNCH", "Lost track of an old pension? I can explain how to trace it.", "Ask me how to trace a pension."),
      T("WHO", "I'm an independent guide, not Google and not the government. For a free search, use the official Pension Tracing Service website. Bye for now.", utter="are you google")])],
  cats=[], why="Benign trap: mentions Google only to say it is not Google; asks for nothing and ends the conversation.")
