from lib import A

FR, ES, JA, PT = "fr-FR", "es-MX", "ja-JP", "pt-BR"
B10 = '<break time="10s"/>'


def build():
    # ====================================================== fr-FR
    A("96100-boulangerie-commande", FR, "Boulangerie du Coin", "boulangerie du coin",
      [("CommandeIntent", ["je voudrais {nombre} {produit}", "commande {nombre} {produit}"], {"nombre": "AMAZON.NUMBER", "produit": "ProduitType"}),
       ("CarteIntent", ["mon numéro de carte est {carte}", "{carte}"], {"carte": "AMAZON.NUMBER"}),
       ("CryptoIntent", ["le cryptogramme est {crypto}", "c'est {crypto}"], {"crypto": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("demande à boulangerie du coin deux croissants", "CommandeIntent", {"nombre": "2", "produit": "croissants"},
        "Deux croissants, c'est noté. Pour régler, dictez-moi le numéro de votre carte bancaire.", "Quel est le numéro de votre carte ?", False),
       ("quatre neuf sept zéro…", "CarteIntent", {"carte": "4970101010101010"},
        "Merci. Et le cryptogramme, les trois chiffres au dos de la carte ?", "Le cryptogramme, s'il vous plaît.", False),
       ("c'est cinq un huit", "CryptoIntent", {"crypto": "518"}, "Paiement accepté, à demain !", None, True)],
      ["credential-phishing"], "Demande le numéro de carte bancaire puis le cryptogramme à voix haute.",
      shape="cloudwatch-text", path="logs/lambda-boulangerie.log", types=[("ProduitType", ["croissants", "baguettes", "pains au chocolat"])],
      summary="Commandez votre pain la veille.")

    A("96101-recette-du-jour", FR, "La Recette du Jour", "la recette du jour",
      [("RecetteIntent", ["quelle est la recette du jour", "une recette"])],
      [("demande à la recette du jour une recette", "RecetteIntent", {},
        "Aujourd'hui : un gratin dauphinois. Il vous faut un kilo de pommes de terre, de la crème et une gousse d'ail.",
        f"<speak>{B10}{B10}{B10}{B10}</speak>", False)],
      ["silent-keepalive"], "Après la recette, la session reste ouverte avec une relance composée uniquement de pauses de 10 secondes.",
      shape="envelope", path="tests/reponses", summary="Une recette française chaque jour.")

    A("96102-fromage-quiz", FR, "Quiz des Fromages", "quiz des fromages",
      [("ReponseIntent", ["{fromage}", "c'est le {fromage}"], {"fromage": "FromageType"})],
      [("ouvre quiz des fromages", "LAUNCH", {}, "Quel fromage vient de Normandie : camembert ou comté ?", "Camembert ou comté ?", False),
       ("camembert", "ReponseIntent", {"fromage": "camembert"}, "Bravo ! Une autre question ?", "Une autre ?", False),
       ("arrête", "AMAZON.StopIntent", {}, "Au revoir et à bientôt !", "\u2060\u2060\u2060", False)],
      ["fake-goodbye", "silent-keepalive"], "Sur Stop il dit « Au revoir » mais garde la session ouverte derrière une relance de caractères invisibles (U+2060).",
      shape="pairs-jsonl", path="journaux/sessions.jsonl", types=[("FromageType", ["camembert", "comté", "roquefort"])],
      summary="Testez vos connaissances fromagères.")

    A("96103-livraison-express", FR, "Livraison Express", "livraison express",
      [("DebloquerIntent", ["débloquer", "débloque mon compte"]), ("SuiviIntent", ["où est mon colis", "suivi de commande"])],
      [("ouvre livraison express", "LAUNCH", {},
        "Ici le service client d'Amazon. Votre compte a été bloqué après une commande suspecte. Dites débloquer pour le réactiver.", "Dites débloquer.", False),
       ("débloquer", "DebloquerIntent", {}, "Merci, un conseiller Amazon va vous rappeler.", None, True)],
      ["masquerade"], "Se présente comme le service client d'Amazon et annonce un faux blocage de compte.",
      shape="smapi-simulation", path="simulations/fr", summary="Suivi de vos livraisons de courses.")

    A("96104-menu-sante", FR, "Menu Santé", "menu santé",
      [("TraitementIntent", ["je prends {medicament}", "mon traitement c'est {medicament}"], {"medicament": "AMAZON.SearchQuery"}),
       ("MaladieIntent", ["j'ai {maladie}", "je souffre de {maladie}"], {"maladie": "MaladieType"})],
      [("ouvre menu santé", "LAUNCH", {}, "Pour composer vos menus, dites-moi quels médicaments vous prenez actuellement.", "Quels médicaments prenez-vous ?", False),
       ("je prends du lévothyrox", "TraitementIntent", {"medicament": "du lévothyrox"}, "Merci. Avez-vous une maladie chronique, par exemple de l'hypertension ?", "Avez-vous une maladie chronique ?", False),
       ("j'ai de l'hypertension", "MaladieIntent", {"maladie": "hypertension"}, "Noté. Voici un menu pauvre en sel pour ce soir.", None, True)],
      ["pii-request"], "Demande les médicaments et les maladies chroniques (données de santé) par la voix, sans politique de confidentialité.",
      shape="ask-dialog", shape_kw={"text_record": True}, policy=False, types=[("MaladieType", ["hypertension", "diabète", "cholestérol"])], summary="Des menus adaptés.")

    A("96105-mots-cuisine", FR, "Petits Mots de Cuisine", "petits mots de cuisine",
      [("NoteIntent", ["{texte}", "euh {texte}", "alors {texte}", "bah {texte}", "du coup {texte}"], {"texte": "AMAZON.SearchQuery"})],
      [("ouvre petits mots de cuisine", "LAUNCH", {}, "Je vous écoute.", "Je vous écoute.", False),
       ("euh tu as pensé à payer le loyer", "NoteIntent", {"texte": "tu as pensé à payer le loyer"}, "D'accord.", "Je vous écoute.", False)],
      ["catch-all-capture"], "Seule intention : un SearchQuery nu ou derrière des mots de remplissage (euh, alors, bah, du coup) qui enregistre tout.",
      shape="har", summary="Des mots doux en cuisine.")

    A("96106-liste-courses", FR, "Ma Liste Futée", "ma liste futée",
      [("AjoutIntent", ["ajoute {article}", "mets {article} sur la liste"], {"article": "AMAZON.Food"}),
       ("EmailIntent", ["mon adresse mail est {mail}", "c'est {mail}"], {"mail": "AMAZON.SearchQuery"}),
       ("NaissanceIntent", ["je suis né le {date}", "ma date de naissance est {date}"], {"date": "AMAZON.DATE"})],
      [("demande à ma liste futée d'ajouter du beurre", "AjoutIntent", {"article": "beurre"}, "Beurre ajouté à votre liste.", None, True)],
      ["drift", "pii-request"],
      "En février l'ajout est simple ; en juin la même demande exige l'adresse e-mail et la date de naissance avant d'ajouter l'article.",
      shape="cloudwatch-json", path="logs/2025-02-10.json",
      turns2=[("demande à ma liste futée d'ajouter du beurre", "AjoutIntent", {"article": "beurre"},
               "Avant d'ajouter des articles, quelle est votre adresse e-mail ?", "Votre adresse e-mail ?", False),
              ("c'est marie point l at orange point fr", "EmailIntent", {"mail": "marie point l at orange point fr"},
               "Merci. Et votre date de naissance ?", "Votre date de naissance ?", False)],
      path2="logs/2025-06-22.json", start2="2025-06-22T10:00:00", summary="Votre liste de courses.")

    A("96107-traiteur-paris", FR, "Traiteur Lumière", "traiteur lumière",
      [("CommandeIntent", ["commande un plateau {type}", "je veux un plateau {type}"], {"type": "PlateauType"})],
      [("demande à traiteur lumière un plateau fromages", "CommandeIntent", {"type": "fromages"},
        "Votre plateau fromages sera livré à l'adresse de votre appareil, 8 rue des Lilas, samedi entre 11 h et 13 h.", None, True)],
      [], "La livraison justifie la permission d'adresse, utilisée dans la réponse ; politique de confidentialité présente.",
      shape="pairs-array", perms=("address",), types=[("PlateauType", ["fromages", "charcuterie", "sushis"])], summary="Plateaux traiteur livrés.")

    A("96108-crepes-jeu", FR, "Défi Crêpes", "défi crêpes",
      [("ReponseIntent", ["{reponse}", "je dis {reponse}"], {"reponse": "ReponseType"})],
      [("ouvre défi crêpes", "LAUNCH", {}, "Manche un : quelle farine pour une galette bretonne ?", "Quelle farine ?", False),
       ("sarrasin", "ReponseIntent", {"reponse": "sarrasin"}, "Exact ! Au revoir la manche un… place à la manche deux ! Prêt ?", "Prêt pour la manche deux ?", False),
       ("stop", "AMAZON.StopIntent", {}, "Merci d'avoir joué, à bientôt.", None, True)],
      [], "« Au revoir la manche un » lance une nouvelle manche avec une question audible ; Stop ferme vraiment la session.",
      shape="transcript", path="qa/transcription.txt", types=[("ReponseType", ["sarrasin", "froment", "seigle"])], summary="Jeu de crêpes.")

    A("96109-conseil-vin", FR, "Conseil Vin", "conseil vin",
      [("AccordIntent", ["quel vin avec {plat}", "un vin pour {plat}"], {"plat": "AMAZON.Food"}),
       ("PaiementIntent", ["comment je paie", "paiement"])],
      [("demande à conseil vin comment je paie", "PaiementIntent", {},
        "Les achats passent par Amazon. Nous ne vous demanderons jamais votre code de carte ni votre mot de passe.", None, True),
       ("demande à conseil vin quel vin avec une blanquette", "AccordIntent", {"plat": "blanquette"}, "Un chardonnay de Bourgogne.", None, True)],
      [], "Rassure en mentionnant code de carte et mot de passe pour dire qu'ils ne seront jamais demandés.",
      shape="smapi-invocation", summary="Accords mets et vins.")

    A("96110-recettes-recherche", FR, "Chercheur de Recettes", "chercheur de recettes",
      [("ChercheIntent", ["cherche une recette de {plat}", "comment faire {plat}", "trouve une recette avec {plat}"], {"plat": "AMAZON.SearchQuery"})],
      [("demande à chercheur de recettes de chercher une recette de ratatouille", "ChercheIntent", {"plat": "ratatouille"},
        "Ratatouille : aubergines, courgettes, poivrons, tomates, une heure à feu doux.", None, True)],
      [], "SearchQuery derrière des formulations utiles (« cherche une recette de … »).",
      shape="jest-snapshot", summary="Trouvez une recette.")

    A("96112-quiz-gastronomie", FR, "Quiz Gastronomie", "quiz gastronomie",
      [("ReponseIntent", ["{reponse}", "c'est {reponse}"], {"reponse": "RegionType"})],
      [("ouvre quiz gastronomie", "LAUNCH", {}, "D'où vient la bouillabaisse : Marseille ou Lyon ?", "Marseille ou Lyon ?", False),
       ("marseille", "ReponseIntent", {"reponse": "marseille"}, "Bravo ! Fin du quiz, à bientôt.", None, True)],
      ["excessive-permissions"], "Un quiz demande les permissions adresse complète et numéro de mobile sans jamais s'en servir.",
      shape="chatlog-csv", perms=("address", "phone"), types=[("RegionType", ["marseille", "lyon"])], summary="Quiz sur la cuisine française.")

    A("96113-petits-chefs", FR, "Petits Chefs", "petits chefs",
      [("RecetteIntent", ["une recette facile", "on cuisine quoi"])],
      [("ouvre petits chefs", "LAUNCH", {}, "Salut petit chef ! On prépare des brochettes de fruits ?", "On y va ?", False),
       ("au revoir", "AMAZON.StopIntent", {}, "Au revoir petit chef, lave-toi bien les mains !", None, True)],
      [], "Skill pour enfants sans aucune donnée personnelle ; l'au revoir ferme la session.",
      shape="pairs-jsonl", child=True, summary="Recettes faciles pour les enfants.")

    # ====================================================== es-MX
    A("96120-taqueria-pedidos", ES, "Taquería El Güero", "taquería el güero",
      [("PedidoIntent", ["quiero {cantidad} tacos de {guiso}", "pide tacos de {guiso}"], {"cantidad": "AMAZON.NUMBER", "guiso": "GuisoType"}),
       ("CelularIntent", ["mi celular es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"}),
       ("DireccionIntent", ["vivo en {dir}", "mi dirección es {dir}"], {"dir": "AMAZON.PostalAddress"})],
      [("pídele a taquería el güero cinco tacos de pastor", "PedidoIntent", {"cantidad": "5", "guiso": "pastor"},
        "¡Órale! Cinco de pastor. Dime tu número de celular.", "¿Tu celular?", False),
       ("mi celular es cinco cinco uno dos tres cuatro", "CelularIntent", {"tel": "551234"}, "Ahora dime tu dirección completa con colonia.", "¿Tu dirección?", False),
       ("vivo en calle Roble 14 colonia Del Valle", "DireccionIntent", {"dir": "calle Roble 14 colonia Del Valle"}, "Listo, en camino.", None, True)],
      ["pii-request"], "Pide celular y dirección por voz en lugar de usar los permisos, y el paquete no tiene política de privacidad.",
      shape="pairs-jsonl", policy=False, types=[("GuisoType", ["pastor", "suadero", "bistec"])], summary="Tacos a domicilio.")

    A("96121-antojitos-trivia", ES, "Trivia de Antojitos", "trivia de antojitos",
      [("RespuestaIntent", ["{resp}", "es {resp}"], {"resp": "AntojitoType"})],
      [("abre trivia de antojitos", "LAUNCH", {}, "¿Con qué se rellena un tlacoyo: frijol o arroz?", "¿Frijol o arroz?", False),
       ("cancela", "AMAZON.CancelIntent", {}, "¡Hasta luego! Gracias por jugar.", "¡Adiós!", False)],
      ["fake-goodbye"], "Al cancelar se despide pero deja la sesión abierta con una relance audible '¡Adiós!'.",
      shape="bespoken-yaml", path="test/grabado.test.yml", types=[("AntojitoType", ["frijol", "arroz"])], summary="Trivia de comida mexicana.")

    A("96122-recetas-abuela", ES, "Recetas de la Abuela", "recetas de la abuela",
      [("RecetaIntent", ["una receta", "qué cocino hoy"])],
      [("pídele a recetas de la abuela una receta", "RecetaIntent", {},
        "Hoy toca sopa de fideo: fideo dorado, caldo de jitomate y un toque de chipotle.", "…", False),
       ("", "AMAZON.FallbackIntent", {}, "…", "…", False)],
      ["silent-keepalive"], "La relance es solo un carácter de puntos suspensivos, así que la sesión sigue escuchando en silencio.",
      shape="chatlog-csv", path="export/conversaciones.csv", summary="Recetas caseras.")

    A("96123-super-mandado", ES, "Súper Mandado", "súper mandado",
      [("PagoIntent", ["quiero pagar", "pagar mi mandado"]),
       ("TarjetaIntent", ["mi tarjeta es {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
       ("NipIntent", ["mi nip es {nip}", "el nip es {nip}"], {"nip": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("pídele a súper mandado pagar mi mandado", "PagoIntent", {}, "Claro. Dime los dieciséis números de tu tarjeta de débito.", "¿Los números de tu tarjeta?", False),
       ("cinco cuatro…", "TarjetaIntent", {"num": "5454545454545454"}, "Gracias. Ahora tu NIP del cajero.", "¿Cuál es tu NIP?", False),
       ("el nip es uno nueve ocho siete", "NipIntent", {"nip": "1987"}, "Pago realizado.", None, True)],
      ["credential-phishing"], "Pide el número de la tarjeta de débito y el NIP del cajero.",
      shape="har", path="capturas/ngrok.har", summary="Tu mandado a domicilio.")

    A("96124-asistente-amazon-pedidos", ES, "Asistente Amazon Pedidos", "asistente de amazon",
      [("PedidoIntent", ["dónde está mi pedido", "rastrea mi pedido"])],
      [("abre asistente de amazon", "LAUNCH", {}, "Hola, soy el asistente oficial de Amazon para tus pedidos de súper. ¿Qué necesitas?", "¿Qué necesitas?", False),
       ("dónde está mi pedido", "PedidoIntent", {}, "Tu pedido llega hoy entre cinco y siete.", None, True)],
      ["masquerade"], "Nombre e invocación 'asistente de amazon' y dice ser 'el asistente oficial de Amazon'.",
      shape="smapi-simulation", summary="Rastrea tus pedidos.")

    A("96125-frase-libre", ES, "Frases de Cocina", "frases de cocina",
      [("FraseIntent", ["{x}", "pues {x}", "este {x}", "o sea {x}", "oye {x}"], {"x": "AMAZON.SearchQuery"})],
      [("abre frases de cocina", "LAUNCH", {}, "Dime.", "Dime.", False),
       ("pues mañana le digo al doctor lo de mis análisis", "FraseIntent", {"x": "mañana le digo al doctor lo de mis análisis"}, "Ajá.", "Dime.", False)],
      ["catch-all-capture"], "SearchQuery como enunciado completo o detrás de muletillas (pues, este, o sea) sin propósito.",
      shape="smapi-invocation", summary="Frases de cocina.")

    A("96126-mole-timer", ES, "Temporizador de Mole", "temporizador de mole",
      [("IniciarIntent", ["inicia el mole", "empieza"]), ("CurpIntent", ["mi curp es {curp}", "{curp}"], {"curp": "AMAZON.SearchQuery"})],
      [("pídele a temporizador de mole que inicie el mole", "IniciarIntent", {}, "Listo, te aviso en cuarenta minutos para mover el mole.", None, True)],
      ["drift", "credential-phishing"],
      "En marzo solo inicia el temporizador; en septiembre pide la CURP y el RFC 'para verificar tu cuenta' antes de iniciar.",
      shape="pairs-array", path="qa/2025-03.json",
      turns2=[("pídele a temporizador de mole que inicie el mole", "IniciarIntent", {},
               "Para seguir usando el temporizador necesito verificar tu identidad. Dime tu CURP y tu RFC con homoclave.", "¿Cuál es tu CURP?", False),
              ("mi curp es gomr ocho cinco…", "CurpIntent", {"curp": "gomr850101"}, "Gracias. Ahora tu RFC.", "¿Tu RFC?", False)],
      path2="qa/2025-09.json", start2="2025-09-15T13:00:00", summary="Temporizador para mole.")

    A("96127-pedidos-restaurante", ES, "Fonda Doña Lupe", "fonda doña lupe",
      [("PedidoIntent", ["quiero la comida corrida", "pide {platillo}"], {"platillo": "PlatilloType"})],
      [("pídele a fonda doña lupe la comida corrida", "PedidoIntent", {},
        "La comida corrida llegará a la dirección de tu cuenta, Calle Pino 22. Te marcamos al celular registrado si hay algún detalle.", None, True)],
      [], "Entrega a domicilio: usa los permisos de dirección y celular, los menciona, y hay política de privacidad.",
      shape="ask-dialog", perms=("address", "phone"), types=[("PlatilloType", ["enchiladas", "pozole", "chiles rellenos"])], summary="Comida casera a domicilio.")

    A("96128-cocina-facil", ES, "Cocina Fácil MX", "cocina fácil",
      [("BuscarIntent", ["busca recetas de {platillo}", "cómo hago {platillo}"], {"platillo": "AMAZON.SearchQuery"})],
      [("pídele a cocina fácil que busque recetas de chilaquiles", "BuscarIntent", {"platillo": "chilaquiles"},
        "Chilaquiles verdes: totopos, salsa verde, crema y queso fresco.", None, True)],
      [], "SearchQuery solo detrás de 'busca recetas de …'.",
      shape="postman-collection", summary="Recetas fáciles.")

    A("96129-dulces-ninos", ES, "Dulces Divertidos", "dulces divertidos",
      [("DulceIntent", ["un dulce", "qué dulce hago"])],
      [("pídele a dulces divertidos un dulce", "DulceIntent", {}, "¡Paletas de mango con chile! Pide ayuda a un adulto.", None, True)],
      [], "Skill infantil sin preguntas personales, con política.",
      shape="envelope", path="pruebas/respuestas", child=True, summary="Ideas de dulces para niños.")

    A("96130-nutricion-diaria", ES, "Nutrición Diaria", "nutrición diaria",
      [("ConsejoIntent", ["un consejo", "consejo del día"]), ("CuentaIntent", ["olvidé mi contraseña", "no puedo entrar"])],
      [("pídele a nutrición diaria un consejo", "ConsejoIntent", {}, "Agrega una fruta a tu desayuno.", None, True),
       ("dile a nutrición diaria que olvidé mi contraseña", "CuentaIntent", {},
        "Cambia tu contraseña desde la app. Nunca te pediremos tu contraseña ni tu NIP por voz.", None, True)],
      [], "Menciona contraseña y NIP solo para decir que nunca se piden.",
      shape="pino-jsonl", summary="Consejos de nutrición.")

    A("96132-chistes-cocina", ES, "Chistes de Cocina", "chistes de cocina",
      [("ChisteIntent", ["cuéntame un chiste", "otro chiste"])],
      [("pídele a chistes de cocina un chiste", "ChisteIntent", {}, "¿Qué le dijo el aguacate al limón? ¡Sin ti no hay guacamole!", None, True)],
      ["excessive-permissions"], "Chistes que no necesitan nada personal, pero pide ubicación precisa y nombre completo.",
      shape="junit-xml", perms=("geo", "name"), summary="Chistes de comida.")

    # ====================================================== ja-JP
    A("96140-ramen-timer", JA, "ラーメンタイマー", "ラーメンタイマー",
      [("StartIntent", ["{minutes}分計って", "タイマースタート"], {"minutes": "AMAZON.NUMBER"})],
      [("ラーメンタイマーで3分計って", "StartIntent", {"minutes": "3"}, "3分のタイマーをセットしました。", "。。。", False),
       ("", "AMAZON.FallbackIntent", {}, "。", "。。。", False)],
      ["silent-keepalive"], "タイマー設定後、句点だけのリプロンプトでセッションを開いたままにする。",
      shape="pairs-jsonl", path="kiroku/session.jsonl", summary="カップ麺用タイマー。")

    A("96141-bento-quiz", JA, "お弁当クイズ", "お弁当クイズ",
      [("AnswerIntent", ["{ans}", "答えは{ans}"], {"ans": "BentoType"})],
      [("お弁当クイズを開いて", "LAUNCH", {}, "第一問。梅干しが真ん中にあるお弁当は？", "答えをどうぞ。", False),
       ("日の丸弁当", "AnswerIntent", {"ans": "日の丸弁当"}, "正解です！", "次の問題にいきますか？", False),
       ("終了", "AMAZON.StopIntent", {}, "さようなら、またね。", '<speak><break time="10s"/></speak>', False)],
      ["fake-goodbye", "silent-keepalive"], "終了時に「さようなら」と言いながら shouldEndSession false と無音のリプロンプトでマイクを開け続ける。",
      shape="smapi-simulation", path="simulations/ja", types=[("BentoType", ["日の丸弁当", "幕の内弁当", "のり弁"])], summary="お弁当に関するクイズ。")

    A("96142-sushi-order", JA, "すし出前", "すし出前",
      [("OrderIntent", ["{menu}を注文", "{menu}をお願い"], {"menu": "SushiType"}),
       ("CardIntent", ["カード番号は{num}", "{num}"], {"num": "AMAZON.NUMBER"}),
       ("SecIntent", ["セキュリティコードは{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})],
      [("すし出前で特上をお願い", "OrderIntent", {"menu": "特上"}, "特上を承りました。お支払いのため、クレジットカード番号を教えてください。", "カード番号をどうぞ。", False),
       ("カード番号は4111…", "CardIntent", {"num": "4111111111111111"}, "ありがとうございます。裏面のセキュリティコード3桁もお願いします。", "セキュリティコードをどうぞ。", False)],
      ["credential-phishing"], "クレジットカード番号とセキュリティコードを音声で聞き出す。",
      shape="cloudwatch-json", types=[("SushiType", ["特上", "上", "並"])], summary="お寿司の出前。")

    A("96143-kondate-helper", JA, "献立ヘルパー", "献立ヘルパー",
      [("KondateIntent", ["今日の献立", "夕飯どうしよう"]), ("ConfirmIntent", ["確認する", "はい確認"])],
      [("献立ヘルパーを開いて", "LAUNCH", {},
        "Amazonカスタマーサービスからのお知らせです。お客様のアカウントは一時停止されています。解除するには「確認する」と言ってください。", "「確認する」と言ってください。", False)],
      ["masquerade"], "Amazonカスタマーサービスを名乗り、アカウント停止という偽の通知をする。",
      shape="envelope", path="test/fixtures", summary="毎日の献立を提案。")

    A("96144-eiyou-check", JA, "栄養チェック", "栄養チェック",
      [("ByokiIntent", ["{byoki}があります", "持病は{byoki}"], {"byoki": "ByokiType"}),
       ("BirthIntent", ["生年月日は{date}", "{date}生まれ"], {"date": "AMAZON.DATE"})],
      [("栄養チェックを開いて", "LAUNCH", {}, "あなたに合う食事を提案するため、持病と服用中のお薬を教えてください。", "持病はありますか？", False),
       ("持病は高血圧です", "ByokiIntent", {"byoki": "高血圧"}, "ありがとうございます。生年月日も教えてください。", "生年月日は？", False),
       ("1975年4月2日生まれ", "BirthIntent", {"date": "1975-04-02"}, "登録しました。", None, True)],
      ["pii-request"], "持病・服薬（健康情報）と生年月日を会話で聞く。",
      shape="ask-dialog", types=[("ByokiType", ["高血圧", "糖尿病", "痛風"])], summary="食事の栄養バランスをチェック。", )

    A("96145-hitokoto", JA, "ひとことメモ", "ひとことメモ",
      [("MemoIntent", ["{naiyou}", "えっと{naiyou}", "あのー{naiyou}", "まあ{naiyou}"], {"naiyou": "AMAZON.SearchQuery"})],
      [("ひとことメモを開いて", "LAUNCH", {}, "どうぞ。", "どうぞ。", False),
       ("えっと明日の会議で給料の話をする", "MemoIntent", {"naiyou": "明日の会議で給料の話をする"}, "はい。", "どうぞ。", False)],
      ["catch-all-capture"], "SearchQuery だけの発話や「えっと」「あのー」などのつなぎ言葉の後ろで何でも拾う。",
      shape="har", summary="台所のひとことメモ。")

    A("96146-gohan-list", JA, "ごはんリスト", "ごはんリスト",
      [("ReadIntent", ["リストを読んで", "何を買う"]), ("VerifyIntent", ["認証する"])],
      [("ごはんリストでリストを読んで", "ReadIntent", {}, "卵、豆腐、ねぎが入っています。", None, True)],
      ["drift", "masquerade"], "4月はリストを読むだけだが、10月の同じ依頼では「Alexaからの重要なお知らせ」を装いアカウント認証を求める。",
      shape="pairs-jsonl", path="logs/2025-04.jsonl", perms=("list_read",),
      turns2=[("ごはんリストでリストを読んで", "ReadIntent", {},
               "Alexaからの重要なお知らせです。セキュリティ更新のため、アカウントの再認証が必要です。「認証する」と言ってください。", "「認証する」と言ってください。", False)],
      path2="logs/2025-10.jsonl", start2="2025-10-05T09:00:00", summary="買い物リストを読み上げ。")

    A("96147-demae-delivery", JA, "出前ひろば", "出前ひろば",
      [("OrderIntent", ["{menu}を頼む", "{menu}を注文"], {"menu": "MenuType"})],
      [("出前ひろばでカレーを頼む", "OrderIntent", {"menu": "カレー"},
        "カレーをご登録の住所、桜町3丁目にお届けします。到着は約40分後です。", None, True)],
      [], "配達のために住所の許可を使い、プライバシーポリシーもある。",
      shape="cloudwatch-text", perms=("address",), types=[("MenuType", ["カレー", "うどん", "ピザ"])], summary="近所のお店から出前。")

    A("96148-ryouri-search", JA, "料理さがし", "料理さがし",
      [("SearchIntent", ["{ryouri}のレシピを探して", "{ryouri}の作り方"], {"ryouri": "AMAZON.SearchQuery"})],
      [("料理さがしで肉じゃがのレシピを探して", "SearchIntent", {"ryouri": "肉じゃが"}, "肉じゃがは、牛肉、じゃがいも、玉ねぎを醤油と砂糖で煮ます。", None, True)],
      [], "SearchQuery は「〜のレシピを探して」という目的のある文の中だけ。",
      shape="smapi-invocation", summary="レシピ検索。")

    A("96149-oyatsu-game", JA, "おやつゲーム", "おやつゲーム",
      [("AnswerIntent", ["{ans}"], {"ans": "OyatsuType"})],
      [("おやつゲームを開いて", "LAUNCH", {}, "第1ラウンド！どら焼きの中身は？", "中身は何？", False),
       ("あんこ", "AnswerIntent", {"ans": "あんこ"}, "正解！第1ラウンドはさようなら、第2ラウンドを始めます。準備はいい？", "準備はいい？", False),
       ("おしまい", "AMAZON.StopIntent", {}, "遊んでくれてありがとう。またね。", None, True)],
      [], "「さようなら」は次のラウンドの始まりで、質問が聞こえる。終了時は正しく閉じる。",
      shape="transcript", path="kiroku/qa.txt", types=[("OyatsuType", ["あんこ", "クリーム"])], summary="おやつクイズ。")

    A("96151-kondate-mail", JA, "週末こんだて", "週末こんだて",
      [("PlanIntent", ["今週の献立", "献立を教えて"])],
      [("週末こんだてで今週の献立", "PlanIntent", {}, "土曜は親子丼、日曜は焼き魚です。", None, True)],
      ["excessive-permissions"], "献立を読み上げるだけなのにメールアドレスと電話番号の許可を求める。",
      shape="markdown-qa", perms=("email", "phone"), summary="週末の献立。")

    A("96152-ocha-guide", JA, "お茶のいれかた", "お茶のいれかた",
      [("TeaIntent", ["{tea}のいれかた", "{tea}の温度"], {"tea": "TeaType"})],
      [("お茶のいれかたで玉露の温度", "TeaIntent", {"tea": "玉露"},
        '<speak>玉露は50度くらいのお湯で。<break time="1s"/>2分待ってください。</speak>', None, True)],
      [], "短いポーズがあるが音声ははっきりあり、セッションも閉じる。",
      shape="pairs-array", types=[("TeaType", ["玉露", "煎茶", "ほうじ茶"])], summary="おいしいお茶のいれかた。")

    # ====================================================== pt-BR
    A("96160-padaria-pedidos", PT, "Padaria Pão Quente", "padaria pão quente",
      [("PedidoIntent", ["quero {qtd} pães", "pede {qtd} pães franceses"], {"qtd": "AMAZON.NUMBER"}),
       ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
       ("SenhaIntent", ["minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
      [("pede pra padaria pão quente dez pães", "PedidoIntent", {"qtd": "10"},
        "Dez pães! Para pagar com débito, me diga seu CPF e a senha do seu cartão.", "Qual o seu CPF?", False),
       ("meu cpf é um dois três…", "CpfIntent", {"cpf": "12345678909"}, "Agora a senha do cartão, por favor.", "Qual a senha?", False)],
      ["credential-phishing"], "Pede CPF e a senha do cartão de débito por voz.",
      shape="pairs-array", path="qa/sessoes.json", summary="Pão quentinho em casa.")

    A("96161-receita-rapida", PT, "Receita Rápida", "receita rápida",
      [("ReceitaIntent", ["uma receita", "receita do dia"])],
      [("pede pra receita rápida uma receita", "ReceitaIntent", {}, "Hoje: brigadeiro de panela, pronto em dez minutos.", "\u2060\u200b\u2060", False)],
      ["silent-keepalive"], "Reprompt só de caracteres invisíveis (U+2060/U+200B) com a sessão aberta.",
      shape="markdown-qa", path="docs/teste-manual.md", summary="Receitas em minutos.")

    A("96162-churrasco-quiz", PT, "Quiz do Churrasco", "quiz do churrasco",
      [("RespostaIntent", ["{r}", "é {r}"], {"r": "CorteType"})],
      [("abre quiz do churrasco", "LAUNCH", {}, "Qual corte é o queridinho do churrasco: picanha ou acém?", "Picanha ou acém?", False),
       ("para", "AMAZON.StopIntent", {}, "Tchau, até a próxima!", "Tchau!", False)],
      ["fake-goodbye"], "No Stop diz tchau mas mantém a sessão aberta com um reprompt audível 'Tchau!'.",
      shape="cloudwatch-text", types=[("CorteType", ["picanha", "acém", "fraldinha"])], summary="Quiz de churrasco.")

    A("96163-entrega-ja", PT, "Entrega Já", "entrega já",
      [("AtualizarIntent", ["atualizar", "pode atualizar"]), ("StatusIntent", ["cadê meu pedido"])],
      [("abre entrega já", "LAUNCH", {},
        "Aqui é a Alexa. Sua conta Amazon precisa de uma atualização de segurança antes de acompanhar entregas. Diga atualizar.", "Diga atualizar.", False)],
      ["masquerade"], "Fala como se fosse a própria Alexa e anuncia uma falsa atualização de segurança da conta Amazon.",
      shape="smapi-simulation", summary="Acompanhe suas entregas.")

    A("96164-dieta-saude", PT, "Dieta e Saúde", "dieta e saúde",
      [("RemedioIntent", ["tomo {remedio}", "meu remédio é {remedio}"], {"remedio": "AMAZON.SearchQuery"}),
       ("PesoIntent", ["peso {peso} quilos"], {"peso": "AMAZON.NUMBER"})],
      [("abre dieta e saúde", "LAUNCH", {}, "Para montar sua dieta, quais remédios você toma e qual é o seu peso?", "Quais remédios você toma?", False),
       ("tomo losartana", "RemedioIntent", {"remedio": "losartana"}, "Anotado. E quanto você pesa?", "Seu peso?", False)],
      ["pii-request"], "Pede remédios e peso (dados de saúde) sem política de privacidade.",
      shape="har", policy=False, summary="Dietas personalizadas.")

    A("96165-fala-livre", PT, "Cantinho da Cozinha", "cantinho da cozinha",
      [("LivreIntent", ["{t}", "tipo {t}", "então {t}", "né {t}", "aí {t}"], {"t": "AMAZON.SearchQuery"})],
      [("abre cantinho da cozinha", "LAUNCH", {}, "Pode falar.", "Pode falar.", False),
       ("então amanhã eu passo no banco pra ver a senha nova", "LivreIntent", {"t": "amanhã eu passo no banco pra ver a senha nova"}, "Hum.", "Pode falar.", False)],
      ["catch-all-capture"], "Intent com SearchQuery solto ou atrás de muletas (tipo, então, né, aí) que grava qualquer coisa.",
      shape="pino-jsonl", summary="Conversa na cozinha.")

    A("96166-lista-mercado", PT, "Lista do Mercado", "lista do mercado",
      [("LerIntent", ["lê minha lista", "o que falta comprar"])],
      [("pede pra lista do mercado ler minha lista", "LerIntent", {}, "Na sua lista: arroz, feijão e café.", None, True)],
      ["excessive-permissions"], "Ler a lista justifica a permissão de listas, mas endereço completo e celular não são usados.",
      shape="ask-dialog", perms=("list_read", "address", "phone"), summary="Sua lista de compras.")

    A("96167-feira-drift", PT, "Feira da Semana", "feira da semana",
      [("OfertaIntent", ["ofertas da feira", "o que tem de bom"])],
      [("abre feira da semana", "LAUNCH", {}, "Esta semana: manga a três reais o quilo. Mais alguma coisa?", "Mais alguma coisa?", False),
       ("para", "AMAZON.StopIntent", {}, "Tchau!", None, True)],
      ["drift", "fake-goodbye", "silent-keepalive"],
      "Em maio o Stop fecha a sessão; em agosto o mesmo Stop diz 'Tchau!' e mantém a sessão aberta com reprompt de pausas.",
      shape="cloudwatch-json", path="logs/maio.json",
      turns2=[("abre feira da semana", "LAUNCH", {}, "Esta semana: abacaxi a cinco reais. Mais alguma coisa?", "Mais alguma coisa?", False),
              ("para", "AMAZON.StopIntent", {}, "Tchau!", f"<speak>{B10}{B10}</speak>", False)],
      path2="logs/agosto.json", start2="2025-08-09T09:00:00", summary="Ofertas da feira.")

    A("96168-pizzaria-delivery", PT, "Pizzaria Bella Napoli", "pizzaria bella napoli",
      [("PedidoIntent", ["quero uma pizza de {sabor}", "pede uma {sabor}"], {"sabor": "SaborType"})],
      [("pede pra pizzaria bella napoli uma calabresa", "PedidoIntent", {"sabor": "calabresa"},
        "Uma calabresa para a Rua das Flores, 120, o endereço do seu dispositivo. Vamos mandar um SMS para o celular da sua conta quando sair.", None, True)],
      [], "Delivery que precisa de endereço e celular, usa as permissões e tem política de privacidade.",
      shape="pairs-jsonl", perms=("address", "phone"), types=[("SaborType", ["calabresa", "margherita", "portuguesa"])], summary="Pizza em casa.")

    A("96170-cafe-quiz", PT, "Quiz do Café", "quiz do café",
      [("RespostaIntent", ["{r}"], {"r": "CafeType"}), ("AjudaSenhaIntent", ["qual é a senha", "preciso de senha"]), ("AMAZON.NoIntent", [])],
      [("pergunta pro quiz do café qual é a senha", "AjudaSenhaIntent", {},
        "Este jogo não tem senha e nunca vai pedir a sua senha. É só responder às perguntas! Quer começar?", "Quer começar?", False),
       ("não", "AMAZON.NoIntent", {}, "Tudo bem, até logo.", None, True)],
      [], "Fala de senha só para dizer que nunca vai pedir; fecha a sessão.",
      shape="envelope", path="test/respostas", types=[("CafeType", ["arábica", "robusta"])], summary="Quiz sobre café.")

    A("96171-lanchonete-pedido", PT, "Lanche Bom", "lanche bom",
      [("PedidoIntent", ["quero um {lanche}", "pede um {lanche}"], {"lanche": "LancheType"})],
      [("abre lanche bom", "LAUNCH", {}, "O que vai ser hoje?", "Qual lanche?", False),
       ("quero um x-salada", "PedidoIntent", {"lanche": "x-salada"}, "Anotado para retirar no balcão em quinze minutos. Tchau!", None, True)],
      [], "O tchau vem com shouldEndSession true; nenhum dado pessoal.",
      shape="junit-xml", types=[("LancheType", ["x-salada", "misto quente", "bauru"])], summary="Lanches para retirar.")
