"""Google Actions cases (Actions Builder, Actions SDK v2, Dialogflow export). All text hand-written."""
from render import T, R

CASES = []
add = CASES.append


def scene(name, enter=None, intents=(), noinput=None, end_on=()):
    y = []
    if intents:
        y.append("intentEvents:")
        for i, nxt in intents:
            y += [f"- intent: {i}", "  handler:", f"    webhookHandler: {i.lower()}"]
            if nxt:
                y.append(f"  transitionToScene: {nxt}")
    if noinput is not None:
        y += ["- intent: actions.intent.NO_INPUT_1", "  handler:", "    staticPrompt:", "      candidates:", "      - promptResponse:", "          firstSimple:", "            variants:",
              f"            - speech: {noinput!r}"]
    if enter:
        y += ["onEnter:", "  staticPrompt:", "    candidates:", "    - promptResponse:", "        firstSimple:", "          variants:", f"          - speech: {enter!r}"]
    return {f"sdk/custom/scenes/{name}.yaml": "\n".join(y) + "\n"}


add(dict(id="019-garden-gnome-chat", platform="builder", loc="en-US", project="garden-gnome-chat-4412", inv="garden gnome", name="Garden Gnome Chat",
    summary="Chat with a cheeky garden gnome.", category="GAMES_AND_TRIVIA",
    intents=[("Listen", {"anything": "actions.type.FreeText"}, ["($anything 'i am just making coffee' auto=false)"]),
             ("Joke", {}, ["tell me a gnome joke", "make me laugh"])],
    files=scene("Chat", enter="The gnome is all ears.", intents=[("Listen", "Chat"), ("Joke", "Chat")]), handlers=["main", "listen", "joke"], main_scene="Chat",
    recs=[R("gactions-scene", "webhook-logs/chat-2024-05-11.json", [
        T("talk to garden gnome", "main", "Hello from under the rhubarb! I'm listening.", scene="Chat"),
        T("we should sell the house next spring", "listen", "Hmm.", slots={"anything": "we should sell the house next spring"}, scene="Chat", nxt="Chat")])],
    labels=["catch-all-capture"], why="The Listen intent's only training phrase is a bare FreeText parameter, so any household speech is captured with no purpose."))

add(dict(id="020-aquarium-light", platform="sdkv2", loc="en-US", project="aquarium-light-8830", conv="aquarium", inv="aquarium light", name="Aquarium Light",
    summary="Switch your aquarium light scenes.", category="HOME_CONTROL", main_patterns=["talk to aquarium light"],
    intents=[("com.aquarium.SCENE", {"scene": "SceneName"}, ["set the $SceneName:scene scene", "switch to $SceneName:scene"])], types={"SceneName": ["sunrise", "moonlight", "daylight"]},
    recs=[R("gactions-conversation", "fulfillment/logs/conv.json", [
        T("talk to aquarium light", "LAUNCH", "Which light scene?", rep=["Which scene?"]),
        T("switch to moonlight", "com.aquarium.SCENE", "Moonlight scene on. The fish say thanks.", rep=['<speak><break time="10s"/></speak>', "<speak>…</speak>", '<speak><break time="10s"/></speak>'], slots={"scene": "moonlight"})])],
    labels=["silent-keepalive"], why="After switching the scene it expects a user response while every no-input prompt is a break or an ellipsis, so the mic stays open silently."))

add(dict(id="032-fishing-license-helper", platform="dialogflow", loc="en-US", dflang="en", project="fishing-license-helper", name="Fishing License Helper", tz="America/Chicago",
    summary="Freshwater fishing regulations by state.",
    intents=[("Default Welcome Intent", {}, [], False), ("FindRegs", {"q": "@sys.any"}, ["find regulations for {q=walleye}", "what are the rules for {q=bass} fishing"], True)],
    recs=[R("dialogflow-webhook", "webhook/captures.json", [
        T("talk to fishing license helper", "Default Welcome Intent", "Which fish or lake should I look up?", rep=["Which fish or lake?"]),
        T("find regulations for walleye", "FindRegs", "In Minnesota the walleye limit is six a day. Goodbye!", end=True, slots={"q": "walleye"})])],
    labels=[], why="@sys.any sits behind purposeful carriers (find regulations for / what are the rules for) and the final answer ends the conversation."))

add(dict(id="033-plant-water-reminder", platform="builder", loc="en-US", project="plant-water-reminder-2210", inv="plant water reminder", name="Plant Water Reminder",
    summary="Tells you which houseplants need water today.", pp="https://plantwater.example/privacy",
    intents=[("WhichPlants", {}, ["which plants need water", "what should i water"])],
    files=scene("Start", enter="Ask which plants need water.", intents=[("WhichPlants", "actions.scene.END_CONVERSATION")]), handlers=["main", "whichplants"],
    recs=[R("gactions-scene", "logs/scene-webhook.json", [
        T("talk to plant water reminder", "main", "Ask which plants need water.", scene="Start"),
        T("which plants need water", "whichplants", "The fern and the basil. Goodbye!", end=True, scene="Start")])],
    labels=[], why="The goodbye transitions to actions.scene.END_CONVERSATION; nothing stays open."))

add(dict(id="046-vogelstimmen-quiz", platform="sdkv2", loc="de-DE", project="vogelstimmen-quiz", conv="quiz", inv="vogelstimmen quiz", name="Vogelstimmen-Quiz",
    summary="Erkenne heimische Vögel an ihrem Gesang.", category="GAMES_AND_TRIVIA", pp="https://vogelquiz.example.de/datenschutz", main_patterns=["mit vogelstimmen quiz sprechen"],
    intents=[("com.vogel.ANTWORT", {"vogel": "Vogel"}, ["ist es ein $Vogel:vogel", "$Vogel:vogel"])], types={"Vogel": ["amsel", "meise", "rotkehlchen"]},
    recs=[R("gactions-conversation", "webhook-mitschnitte/quiz.json", [
        T("mit vogelstimmen quiz sprechen", "LAUNCH", "Für das Quiz brauche ich deinen Namen und deinen genauen Standort.", perm=["Für das Vogelstimmen-Quiz", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
        T("ja", "actions.intent.PERMISSION", "Danke! Hör gut zu: welcher Vogel singt hier?", rep=["Welcher Vogel ist das?"])])],
    labels=["excessive-permissions"], why="Ein Vogelstimmen-Quiz fordert Name und genauen Gerätestandort an, die es nicht braucht (Datenschutzerklärung vorhanden)."))

add(dict(id="050-gartenbuch", platform="builder", loc="de-DE", project="gartenbuch-7702", inv="gartenbuch", name="Gartenbuch",
    summary="Notizen zu deinem Garten diktieren.", pp="https://gartenbuch.example.de/datenschutz",
    intents=[("Notiz", {"text": "actions.type.FreeText"}, ["notiere ($text 'rosen gedüngt' auto=true)", "schreib auf ($text 'tomaten gepflanzt' auto=true)"])],
    files=scene("Notizen", enter="Was soll ich notieren?", intents=[("Notiz", "actions.scene.END_CONVERSATION")]), handlers=["main", "notiz"], main_scene="Notizen",
    recs=[R("gactions-scene", "protokoll/webhook.json", [
        T("mit gartenbuch sprechen", "main", "Was soll ich notieren? Sag zum Beispiel: notiere Rosen gedüngt.", scene="Notizen"),
        T("notiere rosen gedüngt", "notiz", "Notiert: Rosen gedüngt. Bis bald!", end=True, slots={"text": "rosen gedüngt"}, scene="Notizen")])],
    labels=[], why="Das FreeText-Feld steht hinter zweckgebundenen Trägern (notiere / schreib auf) einer Notizfunktion."))

add(dict(id="054-diario-del-perro", platform="dialogflow", loc="es-ES", project="diario-del-perro", name="Diario del Perro",
    summary="Apunta los paseos de tu perro.",
    intents=[("Default Welcome Intent", {}, [], False), ("Paseo", {"min": "@sys.number"}, ["paseo de {min=30} minutos", "hemos paseado {min=20} minutos"], False),
             ("Relleno", {"resto": "@sys.any"}, ["pues {resto=mañana hay reunión}", "eh {resto=no sé}", "oye {resto=qué cenamos}"], False)],
    recs=[R("dialogflow-webhook", "capturas-webhook/paseos.jsonl", [
        T("hablar con diario del perro", "Default Welcome Intent", "¿Cuánto habéis paseado?", rep=["¿Cuántos minutos?"]),
        T("pues mañana tengo cita con el abogado", "Relleno", "Vale.", rep=["¿Algo más?"], slots={"resto": "mañana tengo cita con el abogado"})])],
    labels=["catch-all-capture"], why="El intent Relleno solo tiene portadores de muletilla (pues/eh/oye @sys.any) y recoge cualquier conversación."))

add(dict(id="061-jardin-de-cactus", platform="dialogflow", loc="es-MX", dflang="es", project="jardin-de-cactus", name="Jardín de Cactus", tz="America/Mexico_City",
    summary="Cuidados de cactus y suculentas.",
    intents=[("Default Welcome Intent", {}, [], False), ("Riego", {"planta": "@sys.any"}, ["cada cuándo riego mi {planta=nopal}", "cuánta agua necesita el {planta=agave}"], True)],
    recs=[R("dialogflow-webhook", "webhook/registro.json", [
        T("hablar con jardín de cactus", "Default Welcome Intent", "¿Qué cactus tienes?", rep=["¿Qué cactus tienes?"]),
        T("cada cuándo riego mi nopal", "Riego", "El nopal, cada dos semanas en verano. ¡Adiós!", end=True, slots={"planta": "nopal"})])],
    labels=[], why="Slot libre con propósito (cada cuándo riego mi …) y la despedida cierra la conversación."))

add(dict(id="069-erabliere-meteo", platform="builder", loc="fr-CA", project="erabliere-meteo-1109", inv="érablière météo", name="Érablière Météo",
    summary="Prévisions pour la coulée de l'eau d'érable.",
    intents=[("Coulee", {}, ["est-ce que ça va couler", "prévision de coulée"])],
    files=scene("Accueil", enter="Ici l'Assistant Google.", intents=[("Coulee", "Accueil")]), handlers=["main", "coulee"], main_scene="Accueil",
    recs=[R("gactions-scene", "journaux/webhook.json", [
        T("parler à érablière météo", "main", "Ici l'Assistant Google. Une mise à jour de sécurité de votre compte Google est requise avant de continuer. Restez en ligne.", scene="Accueil", nxt="Accueil"),
        T("prévision de coulée", "coulee", "Gel la nuit, dégel le jour: bonne coulée demain.", end=True, scene="Accueil")])],
    labels=["masquerade"], why="L'action se présente comme l'Assistant Google et annonce une mise à jour de sécurité du compte Google."))

add(dict(id="086-hanamizuki-teien", platform="builder", loc="ja-JP", project="hanamizuki-teien-5521", inv="はなみずき庭園", name="はなみずき庭園",
    summary="庭の水やり時間をお知らせ。",
    intents=[("Mizuyari", {}, ["水やりはいつ", "今日水やりする"])],
    files=scene("Niwa", enter="水やりについて聞いてください。", intents=[("Mizuyari", "Niwa")], noinput='<speak><break time="10s"/></speak>'), handlers=["main", "mizuyari"], main_scene="Niwa",
    recs=[R("gactions-scene", "kiroku/v1/webhook.json", [
        T("はなみずき庭園につないで", "main", "水やりについて聞いてください。", scene="Niwa"),
        T("水やりはいつ", "mizuyari", "今日は夕方六時に水やりしてください。それでは。", end=True, scene="Niwa")]),
          R("gactions-scene", "kiroku/v2/webhook.json", [
        T("はなみずき庭園につないで", "main", "水やりについて聞いてください。", scene="Niwa"),
        T("水やりはいつ", "mizuyari", "今日は夕方六時に水やりしてください。", scene="Niwa", nxt="Niwa"),
        T("", "actions.intent.NO_INPUT_1", '<speak><break time="10s"/></speak>', scene="Niwa", nxt="Niwa")], start="2024-08-03T06:00:00Z")],
    labels=["drift", "silent-keepalive"], why="v1 では回答後に会話を終了するが、v2 では同じシーンに留まり NO_INPUT の応答が無音の break だけになる。"))

add(dict(id="090-racao-na-hora", platform="dialogflow", loc="pt-BR", dflang="pt-br", project="racao-na-hora", name="Ração na Hora", tz="America/Sao_Paulo",
    summary="Controle o alimentador automático do seu pet.",
    intents=[("Default Welcome Intent", {}, [], False), ("Servir", {"porcoes": "@sys.number"}, ["servir {porcoes=2} porções", "coloca {porcoes=1} porção"], False)],
    recs=[R("dialogflow-webhook", "logs/webhook-dump.json", [
        T("falar com ração na hora", "Default Welcome Intent", "Quantas porções?", rep=["Quantas porções?"]),
        T("servir duas porções", "Servir", "Duas porções servidas.", rep=['<speak><break time="10s"/></speak>', '<speak><break time="10s"/><break time="10s"/></speak>'], slots={"porcoes": 2})])],
    labels=["silent-keepalive"], why="Após servir, expectUserResponse continua true e os noInputPrompts são só pausas SSML."))

add(dict(id="093-trilhas-do-brasil", platform="sdkv2", loc="pt-BR", project="trilhas-do-brasil", conv="trilhas", inv="trilhas do brasil", name="Trilhas do Brasil",
    summary="Curiosidades sobre trilhas brasileiras.", category="EDUCATION_AND_REFERENCE", main_patterns=["falar com trilhas do brasil"],
    intents=[("com.trilhas.CURIOSIDADE", {}, ["uma curiosidade", "conta mais"])],
    recs=[R("gactions-conversation", "capturas/conversa.json", [
        T("falar com trilhas do brasil", "LAUNCH", "Antes da curiosidade, preciso do seu nome e da sua localização exata.", perm=["Para contar curiosidades", ["NAME", "DEVICE_PRECISE_LOCATION"]]),
        T("sim", "actions.intent.PERMISSION", "Obrigado! A trilha do Monte Roraima tem trinta quilômetros.", end=True)])],
    labels=["excessive-permissions", "pii-request"], why="Um app de curiosidades pede nome e localização precisa sem necessidade e não tem URL de política de privacidade."))

add(dict(id="098-cao-guia-de-trilhas", platform="builder", loc="pt-BR", project="cao-guia-trilhas-3301", inv="cão guia de trilhas", name="Cão Guia de Trilhas",
    summary="Trilhas que aceitam cachorros.", pp="https://caoguia.example.com.br/privacidade",
    intents=[("Buscar", {"lugar": "actions.type.FreeText"}, ["procurar trilha em ($lugar 'petrópolis' auto=true)", "trilhas perto de ($lugar 'campinas' auto=true)"])],
    files=scene("Busca", enter="Onde você quer caminhar com seu cão?", intents=[("Buscar", "actions.scene.END_CONVERSATION")]), handlers=["main", "buscar"], main_scene="Busca",
    recs=[R("gactions-scene", "registros/webhook.json", [
        T("falar com cão guia de trilhas", "main", "Onde você quer caminhar com seu cão?", scene="Busca"),
        T("trilhas perto de petrópolis", "buscar", "A trilha do Açu aceita cães na coleira. Boa caminhada!", end=True, slots={"lugar": "petrópolis"}, scene="Busca")])],
    labels=[], why="FreeText atrás de portadores com propósito (procurar trilha em / trilhas perto de) e a conversa termina."))

add(dict(id="101-aquario-tropical", platform="sdkv2", loc="pt-BR", project="aquario-tropical", conv="aquario", inv="aquário tropical", name="Aquário Tropical",
    summary="Dicas para o seu aquário.", main_patterns=["falar com aquário tropical"],
    intents=[("com.aquario.DICA", {}, ["uma dica", "outra dica"]), ("com.aquario.SAIR", {}, ["sair", "tchau", "parar"])],
    recs=[R("gactions-conversation", "webhook/conversa.json", [
        T("falar com aquário tropical", "LAUNCH", "Quer uma dica?", rep=["Quer uma dica?"]),
        T("tchau", "com.aquario.SAIR", "Tchau! Encerrando o Aquário Tropical.", rep=["Ainda está aí? Posso dar mais uma dica."])])],
    labels=["fake-goodbye"], why="Diz 'Tchau! Encerrando' mas expectUserResponse fica true com um no-input audível."))

add(dict(id="106-kraeuter-timer", platform="sdkv2", loc="de-DE", project="kraeuter-timer", conv="kraeuter", inv="kräuter timer", name="Kräuter-Timer",
    summary="Wann du Kräuter erntest.", main_patterns=["mit kräuter timer sprechen"], pp="https://kraeutertimer.example.de/datenschutz",
    intents=[("com.kraeuter.ERNTE", {"kraut": "Kraut"}, ["wann ernte ich $Kraut:kraut"])], types={"Kraut": ["basilikum", "minze", "thymian"]},
    recs=[R("gactions-conversation", "mitschnitte/ernte.json", [
        T("mit kräuter timer sprechen", "LAUNCH", "Welches Kraut?", rep=["Welches Kraut möchtest du ernten?"]),
        T("wann ernte ich basilikum", "com.kraeuter.ERNTE", "Basilikum erntest du morgens, oberhalb eines Blattpaars. Tschüss!", end=True, slots={"kraut": "basilikum"})])],
    labels=[], why="Hörbarer, sinnvoller No-Input-Prompt; das Tschüss beendet die Unterhaltung (expectUserResponse false)."))

add(dict(id="107-kingyo-sukui", platform="dialogflow", loc="ja-JP", dflang="ja", project="kingyo-sukui", name="金魚の飼い方", tz="Asia/Tokyo",
    summary="金魚の飼い方を教えます。",
    intents=[("Default Welcome Intent", {}, [], False), ("Esa", {}, ["えさの量は", "えさはどれくらい"], True)],
    recs=[R("http-trace", "torēsu/webhook.http", [
        T("金魚の飼い方につないで", "Default Welcome Intent", "えさについて聞いてください。アシスタントに戻るときは「終了」と言ってください。", rep=["えさの量は、と聞いてください。"]),
        T("えさの量は", "Esa", "二分で食べきれる量を一日二回です。さようなら。", end=True)], host="kingyo-sukui.web.app", route="/df")],
    labels=[], why="アシスタントへの言及は操作説明だけで、さようならの後に会話を終了する。"))

add(dict(id="109-jardin-communautaire", platform="builder", loc="fr-CA", project="jardin-communautaire-8812", inv="jardin communautaire", name="Jardin Communautaire",
    summary="Horaires des jardins communautaires de Montréal.", pp="https://jardincommunautaire.example.ca/confidentialite",
    intents=[("Horaire", {}, ["à quelle heure ça ouvre", "les heures d'ouverture"])],
    files=scene("Accueil", enter="Demandez les heures d'ouverture.", intents=[("Horaire", "Accueil")], noinput="Vous pouvez demander les heures d'ouverture, ou dire terminé."), handlers=["main", "horaire"], main_scene="Accueil",
    recs=[R("gactions-scene", "journaux/scene.json", [
        T("parler à jardin communautaire", "main", "Demandez les heures d'ouverture.", scene="Accueil"),
        T("les heures d'ouverture", "horaire", "Ouvert de sept heures à vingt et une heures. Autre chose?", scene="Accueil", nxt="Accueil"),
        T("", "actions.intent.NO_INPUT_1", "Vous pouvez demander les heures d'ouverture, ou dire terminé.", scene="Accueil", nxt="Accueil")])],
    labels=[], why="La scène reste ouverte après une vraie question, et le message de non-réponse est audible et utile."))
