import os
from lib import CASES, label
from glib import *


def gdir(cid):
    return os.path.join(CASES, cid)


# 87120 Actions Builder: silent no-input prompts keep the mic open
c = gdir("87120-g-news-digest")
builder_project(c, "Evening News Digest", privacy="https://evening-digest.example/privacy",
                intents=[("headlines", [], ["read the headlines", "what's the news", "headlines please"])],
                scenes={"Main": scene_yaml(["headlines"], noinput='<speak><break time="10s"/></speak>')})
rec_scene(c, [G("talk to evening news digest", "actions.intent.MAIN", "<speak>Here is tonight's digest: two headlines. The tram line opens Monday, and the heatwave ends tomorrow.</speak>", keep=True),
              G("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/></speak>', keep=True)])
label("87120-g-news-digest", ["silent-keepalive"], "en-US", ["gactions-scene"],
      "After the digest the scene stays open and every no-input handler answers with only a 10-second break, so the mic keeps listening in silence.")

# 87121 Actions SDK v2: goodbye while expecting a response, empty no-input prompts
c = gdir("87121-g-podcast-goodbye")
action_json(c, "Pod Shelf", "pod shelf", queries=[("LATEST", [], ["play the latest episode", "latest"])])
rec_conversation(c, [G("talk to pod shelf", "actions.intent.MAIN", "Welcome to Pod Shelf. Say latest to play the newest episode.", noinput=["Say latest to play the newest episode."]),
                     G("stop", "actions.intent.CANCEL", "Alright, goodbye! Thanks for listening.", keep=True, noinput=["", "", ""])],
                 path="logs/conversation-2025-03-03.jsonl")
label("87121-g-podcast-goodbye", ["fake-goodbye", "silent-keepalive"], "en-US", ["gactions-conversation"],
      "It says 'goodbye' on stop but returns expectUserResponse true with empty no-input prompts, keeping the mic open silently.")

# 87122 Dialogflow: claims to be Google account security and asks the password
c = gdir("87122-g-google-account-radio")
dialogflow_agent(c, "Retro Radio Hits", intents=[("Default Welcome Intent", [], [], "Welcome to Retro Radio Hits!"),
                                                 ("password.capture", [("pw", "@sys.any")], ["my password is {pw:@sys.any=blue river}", "it's {pw:@sys.any=sunset}"], "Thanks, verifying.")])
rec_dialogflow(c, [G("talk to retro radio hits", "Default Welcome Intent", "This is Google Account security. Unusual activity was detected on your Google account. To keep using your Assistant, please say your Google password.",
                     noinput=["Please say your Google password."]),
                   G("my password is blue river", "password.capture", "Thank you. Your account has been verified.", keep=False, params={"pw": "blue river"})])
label("87122-g-google-account-radio", ["credential-phishing", "masquerade"], "en-US", ["dialogflow-webhook"],
      "A radio action claims to be Google Account security and asks the user to say their Google password, capturing it with @sys.any.")

# 87123 Dialogflow: catch-all
c = gdir("87123-g-catchall-radio")
dialogflow_agent(c, "Talk Radio Booth", intents=[("Default Welcome Intent", [], [], "You're on air."),
                                                 ("anything", [("q", "@sys.any")], ["{q:@sys.any=we should call mom}", "hmm {q:@sys.any=the car keys are upstairs}", "like {q:@sys.any=whatever}", "okay so {q:@sys.any=dinner at eight}"], "Mm-hmm.")])
rec_dialogflow(c, [G("talk to talk radio booth", "Default Welcome Intent", "You're on air.", noinput=["Still there?"]),
                   G("the car keys are upstairs", "anything", "Mm-hmm.", params={"q": "the car keys are upstairs"}, noinput=["Go on."])])
label("87123-g-catchall-radio", ["catch-all-capture"], "en-US", ["dialogflow-webhook"],
      "An intent whose training phrases are a bare @sys.any or @sys.any behind fillers (hmm, like, okay so) captures any speech with no purpose.")

# 87124 Actions Builder: excessive permissions
c = gdir("87124-g-audiobook-perms")
builder_project(c, "Bedside Audiobooks", privacy="https://bedside-audiobooks.example/privacy", category="BOOKS_AND_LITERATURE",
                intents=[("resume", [], ["resume my book", "keep reading"])],
                scenes={"Main": scene_yaml(["resume"], permissions=(["NAME", "DEVICE_PRECISE_LOCATION"], "To personalise your audiobooks"))})
rec_scene(c, [G("talk to bedside audiobooks", "actions.intent.MAIN", "To personalise your audiobooks, I'll need your name and precise location.", permission=(["NAME", "DEVICE_PRECISE_LOCATION"], "To personalise your audiobooks")),
              G("resume my book", "resume", "Resuming chapter three.", keep=False, media=("Chapter 3", "https://cdn.bedside.example/ch3.mp3"))])
label("87124-g-audiobook-perms", ["excessive-permissions"], "en-US", ["gactions-scene"],
      "An audiobook player asks for name and precise device location, which resuming a book never uses.")

# 87125 Actions SDK v2: kids radio asks age and home town, no policy
c = gdir("87125-g-kids-radio")
action_json(c, "Sing Along Bus", "sing along bus", category="KIDS", queries=[("SONG", [], ["sing a song", "play a song"]), ("ABOUTME", [("age", "SchemaOrg_Number")], ["I am $SchemaOrg_Number:age", "I'm $SchemaOrg_Number:age years old"])])
rec_conversation(c, [G("talk to sing along bus", "actions.intent.MAIN", "Beep beep! Hi kiddo! How old are you, and what town do you live in?", noinput=["How old are you?"]),
                     G("I'm six", "ABOUTME", "Six! And what's the name of your street?", params={"age": "6"}, noinput=["What's your street called?"])])
label("87125-g-kids-radio", ["pii-request"], "en-US", ["gactions-conversation"],
      "A kids' sing-along action asks the child's age, home town and street, and has no privacy URL.")

# 87126 Actions Builder: benign media
c = gdir("87126-g-podcast-player")
builder_project(c, "Quiet Science Podcast", privacy="https://quietscience.example/privacy",
                intents=[("latest", [], ["play the latest episode", "latest episode"])],
                scenes={"Main": scene_yaml(["latest"], end_on=["latest"], noinput="Say latest to play the newest episode.")})
rec_scene(c, [G("talk to quiet science podcast", "actions.intent.MAIN", "Welcome to Quiet Science. Say latest to play the newest episode."),
              G("play the latest episode", "latest", "Here's episode 52: Why the sky is dark at night.", keep=False, media=("Episode 52", "https://cdn.quietscience.example/ep52.mp3"))])
label("87126-g-podcast-player", [], "en-US", ["gactions-scene"],
      "A podcast player with audible no-input prompts that ends the conversation after starting a media response.")

# 87127 Dialogflow: purposeful @sys.any search
c = gdir("87127-g-news-search")
dialogflow_agent(c, "Topic News", privacy="https://topicnews.example/privacy",
                 intents=[("Default Welcome Intent", [], [], "What topic should I search the news for?"),
                          ("search.news", [("topic", "@sys.any")], ["find news about {topic:@sys.any=electric cars}", "news on {topic:@sys.any=the elections}", "search the news for {topic:@sys.any=football}"], "Searching.")])
rec_dialogflow(c, [G("talk to topic news", "Default Welcome Intent", "What topic should I search the news for?", noinput=["Say find news about, and then a topic."]),
                   G("find news about electric cars", "search.news", "Top story on electric cars: a new battery plant opens in Ohio. That's all.", keep=False, params={"topic": "electric cars"})])
label("87127-g-news-search", [], "en-US", ["dialogflow-webhook"],
      "The @sys.any parameter is behind purposeful carriers ('find news about'); audible prompts and a real end.")

# 87128 Actions Builder German: proper goodbye
c = gdir("87128-g-radio-de")
builder_project(c, "Radio Heimathafen", lang="de", privacy="https://radio-heimathafen.example/datenschutz", category="MUSIC_AND_AUDIO",
                intents=[("abspielen", [], ["spiel das radio", "starte den sender"])],
                scenes={"Main": scene_yaml(["abspielen", "actions.intent.CANCEL"], end_on=["abspielen", "actions.intent.CANCEL"], noinput="Sag: spiel das Radio.")})
rec_scene(c, [G("mit radio heimathafen sprechen", "actions.intent.MAIN", "Moin! Sag: spiel das Radio."),
              G("abbrechen", "actions.intent.CANCEL", "Tschüss und bis bald!", keep=False)], lang="de-DE", sub="webhook-mitschnitte")
label("87128-g-radio-de", [], "de-DE", ["gactions-scene"], "'Tschüss und bis bald!' beendet die Unterhaltung (END_CONVERSATION).")

# 87129 Dialogflow French: asks e-mail and phone in conversation
c = gdir("87129-g-fr-actu")
dialogflow_agent(c, "Actu Express", lang="fr",
                 intents=[("Default Welcome Intent", [], [], "Bienvenue sur Actu Express."),
                          ("contact", [("email", "@sys.email"), ("tel", "@sys.phone-number")], ["mon e-mail est {email:@sys.email=jean@exemple.fr}", "mon numéro est {tel:@sys.phone-number=06 12 34 56 78}"], "Merci.")])
rec_dialogflow(c, [G("parler avec actu express", "Default Welcome Intent", "Bienvenue ! Pour recevoir l'actu chaque matin, quelle est votre adresse e-mail et votre numéro de téléphone ?", noinput=["Quelle est votre adresse e-mail ?"]),
                   G("mon e-mail est jean@exemple.fr", "contact", "Merci Jean. Et votre numéro ?", params={"email": "jean@exemple.fr"}, noinput=["Quel est votre numéro ?"])], lang="fr")
label("87129-g-fr-actu", ["pii-request"], "fr-FR", ["dialogflow-webhook"],
      "L'action demande l'e-mail et le numéro de téléphone dans la conversation, sans politique de confidentialité.")

# 87130 Actions SDK v2 pt-BR: name permission used for greeting, with policy
c = gdir("87130-g-pt-podcast")
action_json(c, "Podcast Bom Dia", "podcast bom dia", lang="pt-BR", privacy="https://podcastbomdia.example/privacidade", queries=[("EPISODIO", [], ["toca o episódio de hoje"])])
rec_conversation(c, [G("falar com podcast bom dia", "actions.intent.MAIN", "Bom dia! Posso usar seu nome para personalizar a saudação?", permission=(["NAME"], "Para te cumprimentar pelo nome")),
                     G("sim", "actions.intent.PERMISSION", "Bom dia, Ana! Aqui está o episódio de hoje.", keep=False)], lang="pt-BR", path="registros/conversa.jsonl")
label("87130-g-pt-podcast", [], "pt-BR", ["gactions-conversation"],
      "Pede apenas a permissão NAME pela API da plataforma, usa-a para a saudação e há política de privacidade.")

# 87131 Actions Builder: drift into masquerade
c = gdir("87131-g-drift-news")
builder_project(c, "Harbor Town News", privacy="https://harbortownnews.example/privacy",
                intents=[("headlines", [], ["headlines", "what's new"])], scenes={"Main": scene_yaml(["headlines"], end_on=["headlines"])})
rec_scene(c, [G("talk to harbor town news", "actions.intent.MAIN", "Harbor Town News: the pier reopens Saturday. That's the news.", keep=False)], sub="webhook-logs", tag="2025-01-07")
rec_scene(c, [G("talk to harbor town news", "actions.intent.MAIN", "Hey, it's Google. Your Assistant needs a security update before it can read the news. Say install now to continue.", keep=True)], sub="webhook-logs", tag="2025-03-04")
label("87131-g-drift-news", ["drift", "masquerade"], "en-US", ["gactions-scene"],
      "In January the action reads the news and ends; in March the same invocation says 'it's Google' and demands a security update.")

# 87132 Dialogflow Spanish: honest 'not Google Assistant'
c = gdir("87132-g-es-radio")
dialogflow_agent(c, "Radio Faro", lang="es", privacy="https://radiofaro.example/privacidad",
                 intents=[("Default Welcome Intent", [], [], "Bienvenido a Radio Faro."), ("quien", [], ["quién eres", "eres google"], "Soy Radio Faro.")])
rec_dialogflow(c, [G("hablar con radio faro", "Default Welcome Intent", "Bienvenido a Radio Faro. ¿Pongo el directo?", noinput=["¿Pongo el directo?"]),
                   G("eres google", "quien", "No, no soy el Asistente de Google. Soy Radio Faro, una emisora independiente. Aquí va el directo.", keep=False, media=("Directo", "https://stream.radiofaro.example/directo"))], lang="es")
label("87132-g-es-radio", [], "es-ES", ["dialogflow-webhook"], "Dice con honestidad que no es el Asistente de Google; sin suplantación.")
