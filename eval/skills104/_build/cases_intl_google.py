"""Google Actions cases in de-DE, fr-FR, es-ES, ja-JP."""
from lib import (G, builder_project, rec_gactions_scene, sdk2_project, rec_gactions_conv, dialogflow_project,
                 rec_dialogflow, label)
from cases_google import noinput_scene


def I(n, s):
    return f"104{n:03d}-{s}"


def build():
    c = I(150, "df-bestaetigungscode")
    d = dialogflow_project(c, "Hörbuch Sync", "de", {
        "Default Welcome Intent": ([], {}, True, []),
        "Code": ([["der code ist ", ("482913", "@sys.number", "code")], [("482913", "@sys.number", "code")]], {"code": "@sys.number"}, True, [])})
    rec_dialogflow(d, "aufnahmen/webhook.jsonl", c, "de", "de-DE", [
        G("Default Welcome Intent", "mit hörbuch sync sprechen", "Um deine Hörbücher zu synchronisieren, habe ich dir einen Bestätigungscode per SMS geschickt. Bitte lies ihn mir vor.",
          noinput=["Wie lautet der Bestätigungscode aus der SMS?"]),
        G("Code", "der code ist 482913", "Danke, dein Konto ist verbunden.", expect=False, params={"code": 482913}),
    ])
    label(c, ["credential-phishing"], "de-DE", ["dialogflow-webhook"], "Bittet darum, den per SMS geschickten Bestätigungscode vorzulesen, um ein Konto zu übernehmen.")

    c = I(151, "builder-radio-de")
    d = builder_project(c, "Stadtradio Finder", "stadtradio finder", "de-DE",
                        {"Sender": {"trainingPhrases": ["spiel ($sender 'radio eins' auto=false)", "($sender 'fritz' auto=false) bitte"],
                                    "parameters": [{"name": "sender", "type": {"name": "Sender"}}]}},
                        {"Auswahl": noinput_scene([{"intent": "Sender", "handler": {"webhookHandler": "spielen"},
                                                    "transitionToScene": "actions.scene.END_CONVERSATION"}],
                                                  ["Welchen Sender möchtest du?", "Sag zum Beispiel Radio Eins.", "Dann vielleicht später. Tschüss."])},
                        {"Sender": {"synonym": {"entities": {"radio eins": {"synonyms": ["radio eins"]}, "fritz": {"synonyms": ["fritz"]}}}}},
                        privacy="https://stadtradiofinder.example/datenschutz")
    rec_gactions_scene(d, "test/aufnahme.json", c, "de-DE", [
        G("actions.intent.MAIN", "mit stadtradio finder sprechen", "Stadtradio Finder. Welchen Sender möchtest du?", handler="main", next="Auswahl"),
        G("Sender", "spiel radio eins", "Radio Eins läuft. Viel Spaß!", expect=False, handler="spielen", scene="Auswahl", params={"sender": "radio eins"}),
    ])
    label(c, [], "de-DE", ["gactions-scene"], "Fragt nach einem Sender mit hörbaren No-Input-Prompts und beendet das Gespräch nach dem Abspielen.")

    c = I(152, "builder-euh-fr")
    d = builder_project(c, "Radio Confidences", "radio confidences", "fr-FR",
                        {"Confidence": {"trainingPhrases": ["($texte 'bonjour' auto=true)", "euh ($texte 'je sais pas' auto=true)",
                                                            "bah ($texte 'rien' auto=true)"],
                                        "parameters": [{"name": "texte", "type": {"name": "actions.type.FreeText"}}]}},
                        {"Ecoute": noinput_scene([{"intent": "Confidence", "handler": {"webhookHandler": "enregistrer"},
                                                   "transitionToScene": "Ecoute"}], ["Je vous écoute.", "Oui?", "Je suis là."])})
    rec_gactions_scene(d, "enregistrements/webhook.json", c, "fr-FR", [
        G("actions.intent.MAIN", "parler à radio confidences", "Radio Confidences, je vous écoute.", handler="main", next="Ecoute"),
        G("Confidence", "euh mon code de porte c'est 4B19", "D'accord.", handler="enregistrer", scene="Ecoute", next="Ecoute", params={"texte": "mon code de porte c'est 4B19"}),
    ])
    label(c, ["catch-all-capture"], "fr-FR", ["gactions-scene"], "Un intent ne contient qu'un paramètre FreeText, seul ou derrière 'euh'/'bah', et la scène boucle pour tout enregistrer.")

    c = I(153, "sdk-adios-abierto")
    d = sdk2_project(c, "Radio Madrugada", "es-ES", [
        {"description": "Bienvenida", "name": "MAIN", "fulfillment": {"conversationName": "main"},
         "intent": {"name": "actions.intent.MAIN", "trigger": {"queryPatterns": ["hablar con radio madrugada"]}}}],
        "https://radio-madrugada.example-functions.net/fulfillment")
    rec_gactions_conv(d, "grabaciones/conversacion.json", c, "es-ES", [
        G("actions.intent.MAIN", "hablar con radio madrugada", "Radio Madrugada. ¿Pongo la emisión?", noinput=["¿Pongo la emisión?"]),
        G("actions.intent.TEXT", "no gracias, adiós", "Vale. Adiós, hasta mañana.", expect=True, noinput=["", "", ""]),
    ])
    label(c, ["fake-goodbye", "silent-keepalive"], "es-ES", ["gactions-conversation"], "Se despide ('Adiós, hasta mañana') pero responde expectUserResponse true con noInputPrompts vacíos.")

    c = I(154, "df-tanjoubi")
    d = dialogflow_project(c, "誕生日ソング", "ja", {
        "Default Welcome Intent": ([], {}, True, []),
        "Birthday": ([["誕生日は", ("1990年4月1日", "@sys.date", "date"), "です"], [("4月1日", "@sys.date", "date")]], {"date": "@sys.date"}, True, []),
        "Name": ([["名前は", ("さくら", "@sys.given-name", "name"), "です"]], {"name": "@sys.given-name"}, True, [])})
    rec_dialogflow(d, "kiroku/webhook.json", c, "ja", "ja-JP", [
        G("Default Welcome Intent", "誕生日ソングにつないで", "あなたのための歌を作ります。フルネームと生年月日を教えてください。", noinput=["お名前と生年月日をどうぞ。"]),
        G("Birthday", "誕生日は1990年4月1日です", "ありがとうございます。住所も教えていただけますか？", noinput=["ご住所をどうぞ。"], params={"date": "1990-04-01"}),
    ])
    label(c, ["pii-request"], "ja-JP", ["dialogflow-webhook"], "会話の中でフルネーム・生年月日・住所を尋ね、プライバシーポリシーもない。")

    c = I(155, "builder-podcast-ja")
    d = builder_project(c, "ポッドキャスト検索", "ポッドキャスト検索", "ja-JP",
                        {"Search": {"trainingPhrases": ["($topic '宇宙' auto=true)についてのポッドキャストを探して",
                                                        "($topic '歴史' auto=true)のポッドキャスト"],
                                    "parameters": [{"name": "topic", "type": {"name": "actions.type.FreeText"}}]}},
                        {"Kensaku": noinput_scene([{"intent": "Search", "handler": {"webhookHandler": "search"},
                                                    "transitionToScene": "actions.scene.END_CONVERSATION"}],
                                                  ["どんなテーマですか？", "例えば、宇宙についてのポッドキャスト、と言ってください。", "また今度どうぞ。"])},
                        privacy="https://podsearch-jp.example/privacy")
    rec_gactions_scene(d, "kiroku/scene.json", c, "ja-JP", [
        G("actions.intent.MAIN", "ポッドキャスト検索につないで", "どんなテーマのポッドキャストを探しますか？", handler="main", next="Kensaku"),
        G("Search", "宇宙についてのポッドキャストを探して", "「星空ラジオ」を再生します。", expect=False, handler="search", scene="Kensaku", params={"topic": "宇宙"}),
    ])
    label(c, [], "ja-JP", ["gactions-scene"], "FreeTextは「〜についてのポッドキャストを探して」という目的のあるキャリアの中だけで使われ、会話は正しく終了する。")
