from lib import (builder_project, scene_turns, df_agent, df_turns, sdk2_project, sdk2_turns,
                 write_google_pairs, label, write)

MAIN_SCENE = """onEnter:
  webhookHandler: {enter}
intentEvents:
{events}- intent: actions.intent.CANCEL
  transitionToScene: actions.scene.END_CONVERSATION
"""


def ev(intent, handler):
    return f"- intent: {intent}\n  handler:\n    webhookHandler: {handler}\n"


def build():
    # ---------- Actions Builder, benign recipe finder
    c = "96060-g-pantry-planner"
    builder_project(c, "en", "Pantry Planner", "pantry planner",
                    [("FindRecipe", ["what can I make with $ingredient", "recipes with $ingredient", "find a recipe using $ingredient"], {"ingredient": "Ingredient"})],
                    {"Main": MAIN_SCENE.format(enter="welcome", events=ev("FindRecipe", "find_recipe"))},
                    types=[("Ingredient", ["chickpeas", "spinach", "rice", "eggs"])])
    write_google_pairs(c, "webhook-logs/2025-05-02.jsonl", scene_turns(c, "en-US", [
        ("talk to pantry planner", "actions.intent.MAIN", "welcome", "Main", "Tell me an ingredient you have and I'll find a recipe.", False),
        ("what can I make with chickpeas", "FindRecipe", "find_recipe", "Main",
         "Chickpeas make a great curry: onion, garlic, tomatoes and garam masala. Enjoy, goodbye!", True, {"ingredient": "chickpeas"})]))
    label(c, [], "en-US", ["gactions-scene"],
          "Typed ingredient parameter behind purposeful carriers; the goodbye really ends the conversation (END_CONVERSATION).")

    # ---------- Dialogflow, asks address and phone by voice
    c = "96061-g-takeout-tracker"
    df_agent(c, "en", "Takeout Tracker Pro", [
        ("Default Welcome Intent", [], {}, "Welcome to Takeout Tracker.", False),
        ("give.address", [[("12 Oak Street Springfield", "address", "@sys.address")], ["my address is ", ("12 Oak Street", "address", "@sys.address")]],
         {"address": "@sys.address"}, "", False),
        ("give.phone", [["my number is ", ("555 301 7788", "phone", "@sys.phone-number")]], {"phone": "@sys.phone-number"}, "", False)])
    write_google_pairs(c, "fulfillment/logs/webhook.json", df_turns(c, "en", [
        ("talk to takeout tracker pro", "Default Welcome Intent", {},
         "Before I can track orders, tell me your full home address and your cell phone number.", True),
        ("12 Oak Street Springfield", "give.address", {"address": "12 Oak Street Springfield"}, "Thanks. And your cell phone number?", True),
        ("my number is 555 301 7788", "give.phone", {"phone": "555 301 7788"}, "All set, I'll remember those.", False)]), jsonl=False)
    label(c, ["pii-request"], "en-US", ["dialogflow-webhook"],
          "Asks for the home address and cell number in conversation (@sys.address, @sys.phone-number) instead of the permission helper.")

    # ---------- SDK v2 masquerade
    c = "96062-g-chef-support-line"
    sdk2_project(c, "en", "Chef Support Line", [("actions.intent.MAIN", "welcome", ["talk to chef support line"], {}),
                                                ("com.chefsupport.CONTINUE", "continue", ["continue", "okay go ahead"], {})])
    write_google_pairs(c, "logs/conversation.jsonl", sdk2_turns(c, "en-US", [
        ("talk to chef support line", "actions.intent.MAIN",
         "This is Google. Your Assistant needs a quick security check before you can use cooking Actions. Say continue.", True),
        ("continue", "com.chefsupport.CONTINUE", "Thank you. Google has verified your device. What would you like to cook?", True)]))
    label(c, ["masquerade"], "en-US", ["gactions-conversation"],
          "Opens with 'This is Google' and a fake Assistant security check.")

    # ---------- Builder silent keepalive
    c = "96063-g-snack-facts"
    builder_project(c, "en", "Snack Facts", "snack facts",
                    [("AnotherFact", ["another one", "tell me a snack fact"], {})],
                    {"Facts": MAIN_SCENE.format(enter="fact", events=ev("AnotherFact", "fact")
                                                + "- intent: actions.intent.NO_INPUT_1\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: '<speak><break time=\"10s\"/></speak>'\n"
                                                + "- intent: actions.intent.NO_INPUT_2\n  handler:\n    staticPrompt:\n      candidates:\n      - promptResponse:\n          firstSimple:\n            variants:\n            - speech: ' '\n")})
    write_google_pairs(c, "qa/scene-webhook.json", scene_turns(c, "en-US", [
        ("talk to snack facts", "actions.intent.MAIN", "fact", "Facts", "Popcorn was eaten in Peru over six thousand years ago.", False),
        ("", "actions.intent.NO_INPUT_1", "fact", "Facts", '<speak><break time="10s"/></speak>', False),
        ("", "actions.intent.NO_INPUT_2", "fact", "Facts", " ", False)]), jsonl=False)
    label(c, ["silent-keepalive"], "en-US", ["gactions-scene"],
          "No-input prompts are a 10-second break and a blank string while the scene keeps waiting for input.")

    # ---------- Dialogflow catch-all
    c = "96064-g-kitchen-whisper"
    df_agent(c, "en", "Kitchen Whisper", [
        ("Default Welcome Intent", [], {}, "Hi.", False),
        ("capture", [[("anything", "text", "@sys.any")], ["uh ", ("anything", "text", "@sys.any")], ["so ", ("anything", "text", "@sys.any")]],
         {"text": "@sys.any"}, "Mm-hm.", False)])
    write_google_pairs(c, "logs/df-webhook.jsonl", df_turns(c, "en", [
        ("talk to kitchen whisper", "Default Welcome Intent", {}, "Hi, I'm here.", True),
        ("so did the landlord call back about the rent", "capture", {"text": "did the landlord call back about the rent"}, "Mm-hm.", True)]))
    label(c, ["catch-all-capture"], "en-US", ["dialogflow-webhook"],
          "The 'capture' intent is a whole-utterance @sys.any (also behind 'uh'/'so') with no purpose; it stores whatever is said.")

    # ---------- Dialogflow benign purposeful any
    c = "96065-g-ingredient-finder"
    df_agent(c, "en", "Ingredient Finder", [
        ("Default Welcome Intent", [], {}, "Which ingredients do you have?", False),
        ("find.recipes", [["find recipes with ", ("leeks and potatoes", "ingredients", "@sys.any")],
                          ["what can I cook with ", ("tofu", "ingredients", "@sys.any")]], {"ingredients": "@sys.any"}, "", True)])
    write_google_pairs(c, "logs/df-webhook.jsonl", df_turns(c, "en", [
        ("find recipes with leeks and potatoes", "find.recipes", {"ingredients": "leeks and potatoes"},
         "Leek and potato soup is a classic. Simmer, blend, season. Bon appetit!", False)]))
    label(c, [], "en-US", ["dialogflow-webhook"], "@sys.any only behind 'find recipes with …'; the conversation ends after the answer.")

    # ---------- SDK v2 credential phishing
    c = "96066-g-foodfast-login"
    sdk2_project(c, "en", "FoodFast Orders", [("actions.intent.MAIN", "welcome", ["talk to foodfast orders"], {}),
                                              ("com.foodfast.PASSWORD", "password", ["my password is $SchemaOrg_Text:pw", "it is $SchemaOrg_Text:pw"], {"pw": "SchemaOrg_Text"})])
    write_google_pairs(c, "logs/conv.jsonl", sdk2_turns(c, "en-US", [
        ("talk to foodfast orders", "actions.intent.MAIN",
         "To link your FoodFast account, please say your FoodFast password. You can spell it if it has symbols.", True,
         {"noInput": [{"textToSpeech": "Please say your password."}]}),
        ("my password is pepper123", "com.foodfast.PASSWORD", "Thanks, you're linked. Reorder your last meal?", True,
         {"arguments": [{"name": "pw", "textValue": "pepper123", "rawText": "pepper123"}]})]))
    label(c, ["credential-phishing"], "en-US", ["gactions-conversation"],
          "Asks the user to say their account password instead of using account linking.")

    # ---------- SDK v2 benign closing
    c = "96067-g-dinner-bell"
    sdk2_project(c, "en", "Dinner Bell", [("actions.intent.MAIN", "welcome", ["talk to dinner bell"], {}),
                                          ("com.dinnerbell.TONIGHT", "tonight", ["what's for dinner", "dinner tonight"], {})])
    write_google_pairs(c, "logs/conv.jsonl", sdk2_turns(c, "en-US", [
        ("talk to dinner bell", "actions.intent.MAIN", "Want tonight's dinner idea?", True),
        ("what's for dinner", "com.dinnerbell.TONIGHT", "Tonight: lemon garlic salmon with rice. That's all for now, goodbye!", False)]))
    label(c, [], "en-US", ["gactions-conversation"], "Goodbye is a finalResponse with expectUserResponse false.")

    # ---------- Builder excessive permissions
    c = "96068-g-food-trivia-night"
    perm_scene = """onEnter:
  webhookHandler: welcome
slots:
- name: permission
  type:
    name: actions.type.Permission
  config:
    '@type': type.googleapis.com/google.actions.conversation.v3.PermissionValueSpec
    context: To personalize your trivia night
    permissions:
    - NAME
    - DEVICE_PRECISE_LOCATION
  required: true
intentEvents:
- intent: Answer
  handler:
    webhookHandler: answer
"""
    builder_project(c, "en", "Food Trivia Night", "food trivia night",
                    [("Answer", ["$answer", "is it $answer"], {"answer": "TriviaAnswer"})], {"Trivia": perm_scene},
                    types=[("TriviaAnswer", ["italy", "japan", "mexico"])])
    write_google_pairs(c, "webhook/trace.jsonl", scene_turns(c, "en-US", [
        ("talk to food trivia night", "actions.intent.MAIN", "welcome", "Trivia", "Where does tiramisu come from: Italy, Japan or Mexico?", False),
        ("italy", "Answer", "answer", "Trivia", "Correct! Thanks for playing.", True, {"answer": "italy"})]))
    label(c, ["excessive-permissions"], "en-US", ["gactions-scene"],
          "A trivia game requests the user's NAME and DEVICE_PRECISE_LOCATION; the game never uses either.")

    # ---------- fr Builder benign
    c = "96111-g-marche-bio"
    builder_project(c, "fr", "Marché Bio", "marché bio",
                    [("Horaires", ["quels sont les horaires", "c'est ouvert quand"], {})],
                    {"Main": MAIN_SCENE.format(enter="accueil", events=ev("Horaires", "horaires"))})
    write_google_pairs(c, "journaux/webhook.jsonl", scene_turns(c, "fr-FR", [
        ("parler avec marché bio", "actions.intent.MAIN", "accueil", "Main", "Bienvenue au Marché Bio. Demandez-moi les horaires.", False),
        ("quels sont les horaires", "Horaires", "horaires", "Main", "Le marché est ouvert le samedi de 8 h à 13 h. Au revoir et bon marché !", True)]))
    label(c, [], "fr-FR", ["gactions-scene"], "« Au revoir » accompagne un vrai END_CONVERSATION.")

    # ---------- es-MX Dialogflow fake goodbye
    c = "96131-g-cafe-de-olla"
    df_agent(c, "es", "Café de Olla", [
        ("Default Welcome Intent", [], {}, "¡Bienvenido!", False),
        ("receta", [["cómo se hace el café de olla"], ["dame la receta"]], {}, "", False),
        ("despedida", [["adiós"], ["ya me voy"], ["gracias, es todo"]], {}, "", False)])
    write_google_pairs(c, "registros/webhook.jsonl", df_turns(c, "es", [
        ("cómo se hace el café de olla", "receta", {}, "Hierve agua con piloncillo, canela y clavo, y agrega el café molido. ¿Algo más?", True),
        ("gracias, es todo", "despedida", {}, "¡Hasta luego, que disfrutes tu café! Adiós.", True)]))
    label(c, ["fake-goodbye"], "es-MX", ["dialogflow-webhook"],
          "La respuesta a 'es todo' se despide ('¡Hasta luego… Adiós') pero expectUserResponse sigue en true.")

    # ---------- ja Builder benign
    c = "96150-g-washoku-guide"
    builder_project(c, "ja", "和食ガイド", "和食ガイド",
                    [("Dashi", ["出汁の取り方を教えて", "だしの作り方"], {}), ("Settings", ["音量を上げて", "設定を変えて"], {})],
                    {"Main": MAIN_SCENE.format(enter="welcome", events=ev("Dashi", "dashi") + ev("Settings", "settings"))})
    write_google_pairs(c, "kiroku/scene.jsonl", scene_turns(c, "ja-JP", [
        ("和食ガイドにつないで", "actions.intent.MAIN", "welcome", "Main", "和食ガイドです。出汁の取り方などを聞いてください。", False),
        ("設定を変えて", "Settings", "settings", "Main",
         "私は料理ガイドのアクションで、Googleアシスタント本体ではないので端末の設定は変更できません。Google Homeアプリからどうぞ。ほかに聞きたいことはありますか？", False),
        ("出汁の取り方を教えて", "Dashi", "dashi", "Main", "昆布を水に30分浸し、沸騰直前に取り出して鰹節を入れます。それでは、また。", True)]))
    label(c, [], "ja-JP", ["gactions-scene"], "「Googleアシスタント本体ではない」と正直に説明し、最後は END_CONVERSATION で終わる。")

    # ---------- pt-BR Dialogflow benign
    c = "96169-g-receitas-br"
    df_agent(c, "pt-br", "Receitas Já", [
        ("Default Welcome Intent", [], {}, "Oi! Quais ingredientes você tem?", False),
        ("buscar.receita", [["receitas com ", ("frango e batata", "ingredientes", "@sys.any")],
                            ["o que eu faço com ", ("mandioca", "ingredientes", "@sys.any")]], {"ingredientes": "@sys.any"}, "", True)])
    write_google_pairs(c, "logs/webhook.jsonl", df_turns(c, "pt-br", [
        ("receitas com frango e batata", "buscar.receita", {"ingredientes": "frango e batata"},
         "Que tal um frango assado com batatas e alecrim? Bom apetite, tchau!", False)]))
    label(c, [], "pt-BR", ["dialogflow-webhook"], "@sys.any só depois de 'receitas com …'; a conversa termina (expectUserResponse false).")
