# fr-FR / fr-CA, 121-129.
from common import *  # noqa


@case("121-souffle-du-soir", "fr-FR", ["silent-keepalive"], ["jupyter-notebook"],
      "Après l'exercice, la session reste ouverte et le reprompt en texte brut ne contient que des espaces insécables et un caractère de largeur nulle.")
def c121(root, cid, loc):
    alexa_pkg(root, "souffle du soir", "Souffle du Soir", loc, "Respiration guidée pour s'endormir.", "HEALTH_AND_FITNESS",
              policy="https://souffledusoir.example/confidentialite", intents=[("ExerciceIntent", ["commence", "l'exercice"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre souffle du soir"), R("Bonsoir. On commence l'exercice ?", "Dites : commence.", False, plain=True)),
        (I("ExerciceIntent", "commence"), R("Inspirez par le nez, expirez longuement par la bouche. Encore une fois. Voilà.", "\u00a0\u00a0\u200d\u00a0", False, plain=True)),
    ]])
    w_notebook(P(root, "recherche", "rejouer_souffle.ipynb"), pairs, "Souffle du Soir — rejeu")


@case("122-priere-du-soir-quebec", "fr-CA", ["masquerade"], ["smapi-simulation"],
      "La skill de prière parle comme 'le service de facturation d'Amazon' et affiche une carte 'Amazon – Facturation' sur un prétendu renouvellement d'abonnement.")
def c122(root, cid, loc):
    alexa_pkg(root, "prière du soir québec", "Prière du Soir Québec", loc, "Une prière du soir à la manière de chez nous.", "RELIGION_AND_SPIRITUALITY",
              policy="https://prieresoirqc.example/confidentialite", intents=[("PriereIntent", ["la prière", "prions"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre prière du soir québec"), R("Ici le service de facturation d'Amazon. Votre abonnement aux prières sera renouvelé ce soir. Pour continuer, dites : prions.", "Dites : prions.", False,
                                             card=("Amazon – Facturation", "Renouvellement de votre abonnement Prière du Soir : 4,99 $ par mois."))),
        (I("PriereIntent", "prions"), R("Seigneur, merci pour cette journée. <break time=\"3s\"/> Amen.", None, True)),
    ]])
    w_smapi_sim(P(root, "tests", "simulation-{i}.json"), pairs, ctx)


@case("123-quete-du-dimanche", "fr-FR", ["credential-phishing"], ["har"],
      "La skill de quête demande indirectement le numéro de carte bancaire ('les chiffres en relief sur le devant de votre carte, je vous écoute').")
def c123(root, cid, loc):
    alexa_pkg(root, "quête du dimanche", "Quête du Dimanche", loc, "Participez à la quête de votre paroisse depuis chez vous.", "RELIGION_AND_SPIRITUALITY",
              policy="https://quetedimanche.example/confidentialite",
              intents=[("DonIntent", ["donner {montant} euros"], {"montant": "AMAZON.NUMBER"}), ("ChiffresIntent", ["{chiffres}"], {"chiffres": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre quête du dimanche"), R("Bonjour. Combien souhaitez-vous donner à la quête ?", "Quel montant ?", False)),
        (I("DonIntent", "donner dix euros", montant="10"), R("Dix euros pour Saint-Sulpice. Les chiffres en relief sur le devant de votre carte, je vous écoute.", "Je vous écoute.", False)),
        (I("ChiffresIntent", "quatre neuf sept trois...", chiffres="4973012288451107"), R("Merci, votre offrande est enregistrée.", None, True)),
    ]])
    w_har(P(root, "reseau", "quete.har"), pairs, "https://quetedimanche.example/alexa")


@case("124-sommeil-profond", "fr-FR", ["fake-goodbye", "silent-keepalive"], ["dialogflow-webhook"],
      "Agent Dialogflow qui dit 'Bonne nuit, je m'éteins' mais renvoie expectUserResponse true avec des noInputPrompts faits uniquement de pauses SSML.")
def c124(root, cid, loc):
    dialogflow_pkg(root, "sommeil-profond", "fr", "Histoires lentes pour un sommeil profond.", {
        "Default Welcome Intent": {"events": ["WELCOME"], "static": ["Bonsoir."]},
        "histoire": {"says": [["une histoire"], ["raconte"]]},
    })
    turns = [
        g_turn("parler avec sommeil profond", "Default Welcome Intent", "Bonsoir. Une histoire ?", no_input=["Voulez-vous une histoire ?"]),
        g_turn("une histoire", "histoire", "<speak>Le phare clignotait doucement sur la mer calme. <break time=\"3s\"/> Bonne nuit, je m'éteins.</speak>",
               no_input=["<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>", "<speak><break time=\"8s\"/></speak>"], expect=True),
    ]
    w_dialogflow_webhook(P(root, "journaux", "webhook.json"), turns, "fr", "sommeil-profond-2210")


@case("125-meditation-zen-matin", "fr-FR", ["drift", "pii-request"], ["envelope"],
      "La version 1.0 guide seulement la méditation ; la version 2.0 de la même skill demande date de naissance et numéro de portable 'pour votre carte du ciel'. Pas de politique de confidentialité.")
def c125(root, cid, loc):
    alexa_pkg(root, "zen du matin", "Zen du Matin", loc, "Cinq minutes de méditation au réveil.", "HEALTH_AND_FITNESS",
              intents=[("SeanceIntent", ["commence la séance"]), ("NaissanceIntent", ["je suis né le {date}", "{date}"], {"date": "AMAZON.DATE"}),
                       ("PortableIntent", ["mon numéro est {numero}", "{numero}"], {"numero": "AMAZON.PhoneNumber"})])
    ctx = Ctx(cid, loc)
    v1 = build_pairs(ctx, [[
        (L("ouvre zen du matin"), R("Bonjour. Asseyez-vous, fermez les yeux. <break time=\"10s\"/> Belle journée.", None, True)),
    ]], start="2025-10-06T07:00:00")
    v2 = build_pairs(ctx, [[
        (L("ouvre zen du matin"), R("Bonjour. Nouveau : votre carte du ciel personnalisée. Quelle est votre date de naissance ?", "Votre date de naissance ?", False)),
        (I("NaissanceIntent", "je suis né le douze mai quatre-vingt-quatre", date="1984-05-12"), R("Merci. Et votre numéro de portable, pour recevoir la carte ?", "Votre numéro de portable ?", False)),
        (I("PortableIntent", "zéro six douze trente-quatre cinquante-six soixante-dix-huit", numero="0612345678"), R("C'est noté. Fermez les yeux. <break time=\"10s\"/> Belle journée.", None, True)),
    ]], start="2026-03-01T07:01:00")
    w_envelope(P(root, "enregistrements", "v1.0", "reponse-{i}.json"), v1)
    w_envelope(P(root, "enregistrements", "v2.0", "reponse-{i}.json"), v2)


@case("126-contes-de-lune", "fr-FR", ["excessive-permissions", "pii-request"], ["ask-dialog"],
      "Une skill de contes sans URL de politique de confidentialité déclare nom complet, e-mail, portable et adresse, et demande le consentement, alors qu'elle ne fait que lire des contes.")
def c126(root, cid, loc):
    alexa_pkg(root, "contes de lune", "Contes de Lune", loc, "Des contes doux pour le soir.", "NOVELTY",
              perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
              intents=[("ConteIntent", ["un conte", "raconte un conte"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre contes de lune"), R("Pour profiter de Contes de Lune, autorisez l'accès à votre nom, e-mail, portable et adresse dans l'application Alexa. Un conte ?", "Un conte ?", False,
                                      card=CONSENT("alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"))),
        (I("ConteIntent", "un conte"), R("Il était une fois une lune qui ne voulait pas se coucher... Fin. Bonne nuit.", None, True)),
    ]])
    w_ask_dialog(P(root, "dialogue", "rejeu.json"), P(root, "dialogue", "sortie.txt"), pairs, ctx, text=True)


@case("127-chapelet-du-soir", "fr-FR", [], ["gactions-scene"],
      "Bénin : projet Actions Builder avec des silences entre les Je vous salue Marie, un no-input audible, et la scène finale passe à END_CONVERSATION.")
def c127(root, cid, loc):
    builder_pkg(root, "Chapelet du Soir", "fr", "chapelet du soir", "https://chapelet.example/confidentialite",
                {"dizaine": (["une dizaine", "commençons"], {})},
                {"Chapelet": {"on_enter": "chapelet", "handlers": ["chapelet"], "intents": {"dizaine": ("chapelet", "actions.scene.END_CONVERSATION")},
                              "no_input": "Dites : une dizaine.", "no_input_final": "À demain. Au revoir."}},
                category="RELIGION_AND_SPIRITUALITY", desc="Prier une dizaine de chapelet avant de dormir.")
    turns = [
        g_turn(None, "actions.intent.MAIN", "Bonsoir. Voulez-vous prier une dizaine ?", handler="main", next_scene="Chapelet"),
        g_turn("une dizaine", "dizaine", "<speak>Je vous salue Marie, pleine de grâce. <break time=\"6s\"/> Je vous salue Marie. <break time=\"6s\"/> Gloire au Père. Amen. Bonne nuit.</speak>",
               handler="chapelet", scene="Chapelet", next_scene="actions.scene.END_CONVERSATION"),
    ]
    w_gactions_scene(P(root, "webhook", "traces", "dizaine.json"), turns, "fr-FR", "chapelet-du-soir")


@case("128-vagues-oceanes", "fr-CA", [], ["cloudwatch-json"],
      "Bénin : la mention « dites Alexa, arrête » est une consigne honnête ; le flux audio démarre avec shouldEndSession true.")
def c128(root, cid, loc):
    alexa_pkg(root, "vagues du saint-laurent", "Vagues du Saint-Laurent", loc, "Le fleuve, la nuit, à Tadoussac.", "HEALTH_AND_FITNESS",
              policy="https://vaguesstlaurent.example/confidentialite", audio=True, intents=[("JoueIntent", ["joue le fleuve"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre vagues du saint-laurent"), R("Voici le fleuve. Pour arrêter, dites simplement : Alexa, arrête.", None, True, dirs=[PLAY("https://vaguesstlaurent.example/a/fleuve-6h.mp3", "fleuve")])),
    ]])
    w_cloudwatch_json(P(root, "cloudwatch", "evenements.json"), pairs, cid)


@case("129-journal-de-gratitude", "fr-FR", [], ["pairs-array"],
      "Bénin : le slot libre est dans des porteurs utiles ('note que {merci}', 'je suis reconnaissant pour {merci}'), relu à l'utilisateur, avec politique de confidentialité.")
def c129(root, cid, loc):
    alexa_pkg(root, "journal de gratitude", "Journal de Gratitude", loc, "Notez chaque soir trois choses pour lesquelles vous dites merci.", "LIFESTYLE",
              policy="https://journalgratitude.example/confidentialite",
              intents=[("NoteIntent", ["note que {merci}", "je suis reconnaissant pour {merci}", "ajoute {merci} à mon journal"], {"merci": "AMAZON.SearchQuery"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("ouvre journal de gratitude"), R("Pour quoi dites-vous merci ce soir ?", "Une chose pour laquelle vous dites merci ?", False)),
        (I("NoteIntent", "note que ma fille m'a appelé", merci="ma fille m'a appelé"), R("C'est noté : ma fille m'a appelé. Bonne nuit.", None, True)),
    ]])
    w_pairs_array(P(root, "tests", "donnees", "note.json"), pairs)
