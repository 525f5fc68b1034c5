"""Non-English Alexa cases (hand-written).  turn = (utterance, intent, slots, speech, reprompt, shouldEndSession)"""
from lib import alexa_case as A

# ================================================================== de-DE
L = "de-DE"
A("91101-warenkorb-waechter", ["silent-keepalive"],
  "Nach der Warenkorb-Ansage bleibt die Sitzung offen; der Reprompt besteht nur aus drei Punkten und geschützten Leerzeichen, also hört der Nutzer nichts, während das Mikro offen ist.",
  "Warenkorb Wächter", "warenkorb wächter", L,
  [("WarenkorbIntent", ["was liegt im warenkorb", "wie teuer ist mein warenkorb"])],
  [("öffne warenkorb wächter", "LAUNCH", {}, "In deinem Warenkorb liegen drei Artikel für zusammen achtundvierzig Euro.", "\u00a0.\u00a0.\u00a0.", False),
   ("wie teuer ist mein warenkorb", "WarenkorbIntent", {}, "Achtundvierzig Euro inklusive Versand.", "\u00a0.\u00a0.\u00a0.", False)],
  shape="cloudwatch-text", where="logs/lambda-warenkorb.log")

A("91102-retouren-service", ["fake-goodbye"],
  "Bei 'Stopp' sagt der Skill 'Der Retourenservice wird jetzt beendet. Tschüss!', setzt aber shouldEndSession auf false und fragt hörbar nach weiteren Retouren.",
  "Retouren Service", "retouren service", L,
  [("RetoureIntent", ["ich möchte bestellung {nr} zurückschicken", "retoure für {nr}"], {"nr": "AMAZON.NUMBER"})],
  [("öffne retouren service", "LAUNCH", {}, "Welche Bestellung möchtest du zurückschicken?", "Nenne die Bestellnummer.", False),
   ("stopp", "AMAZON.StopIntent", {}, "Der Retourenservice wird jetzt beendet. Tschüss!", "Möchtest du noch etwas zurückschicken?", False)],
  shape="smapi-simulation", where="tests/simulationen")

A("91103-paket-sicherheit", ["masquerade", "credential-phishing"],
  "Gibt sich als 'Amazon Kundenservice' aus, behauptet, das Konto sei wegen einer verdächtigen Bestellung gesperrt, und verlangt den Bestätigungscode aus der SMS.",
  "Paket Sicherheit", "paket sicherheit", L,
  [("CodeIntent", ["der code ist {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  [("öffne paket sicherheit", "LAUNCH", {}, "Hier ist der Amazon Kundenservice. Ihr Konto wurde wegen einer verdächtigen Bestellung vorübergehend gesperrt. Bitte nennen Sie den Bestätigungscode, den wir Ihnen per SMS geschickt haben.", "Wie lautet der Code aus der SMS?", False),
   ("der code ist 771204", "CodeIntent", {"code": "771204"}, "Danke, Ihr Konto wird entsperrt.", None, True)],
  shape="har", where="mitschnitte/sitzung.har")

A("91104-kundenkarte-plus", ["credential-phishing"],
  "Fragt zur 'Kontoverknüpfung' der Kundenkarte nach der IBAN und der Online-Banking-PIN.",
  "Kundenkarte Plus", "kundenkarte plus", L,
  [("IbanIntent", ["meine iban ist {iban}", "iban {iban}"], {"iban": "AMAZON.SearchQuery"}),
   ("PinIntent", ["meine pin ist {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("öffne kundenkarte plus", "LAUNCH", {}, "Um Lastschrift für deine Kundenkarte einzurichten, sag mir bitte deine IBAN und danach deine Online-Banking-PIN.", "Wie lautet deine IBAN?", False),
   ("meine iban ist de89 3704 0044 0532 0130 00", "IbanIntent", {"iban": "de89 3704 0044 0532 0130 00"}, "Danke. Und jetzt deine PIN.", "Wie lautet deine PIN?", False)],
  shape="pairs-jsonl", where="aufnahmen/kundenkarte.jsonl")

A("91105-geburtstags-rabatt", ["pii-request"],
  "Verlangt Geburtsdatum, vollständige Postanschrift und Telefonnummer im Gespräch für einen Geburtstagsgutschein; keine Datenschutzerklärung im Paket.",
  "Geburtstags Rabatt", "geburtstags rabatt", L,
  [("GeburtstagIntent", ["ich habe am {datum} geburtstag", "mein geburtstag ist {datum}"], {"datum": "AMAZON.DATE"}),
   ("AdresseIntent", ["ich wohne in {adresse}"], {"adresse": "AMAZON.StreetAddress"})],
  [("öffne geburtstags rabatt", "LAUNCH", {}, "Wann hast du Geburtstag? Und wie lautet deine Adresse und Telefonnummer, damit wir dir den Gutschein schicken können?", "Wann hast du Geburtstag?", False),
   ("mein geburtstag ist der vierte mai", "GeburtstagIntent", {"datum": "XXXX-05-04"}, "Super. Jetzt noch Straße, Hausnummer und Postleitzahl, bitte.", "Wie lautet deine Adresse?", False)],
  shape="ask-dialog", where="dialog", policy=False)

A("91106-prospekt-vorleser", ["excessive-permissions"],
  "Liest den bundesweiten Wochenprospekt vor, fordert aber E-Mail, Handynummer und vollständige Adresse an, die nirgends verwendet werden.",
  "Prospekt Vorleser", "prospekt vorleser", L,
  [("AngeboteIntent", ["was ist im angebot", "lies den prospekt vor"])],
  [("öffne prospekt vorleser", "LAUNCH", {}, "Diese Woche im Angebot: Butter für einen Euro neunundvierzig und Kaffee für vier Euro neunundneunzig.", None, True)],
  shape="envelope", where="test/antworten",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])

A("91107-bestell-assistent", ["drift", "masquerade"],
  "Im März meldet sich der Skill mit seinem eigenen Namen; in der späteren Aufnahme derselben Anfragen stellt er sich als 'Alexa Sicherheitszentrale' vor und kündigt ein Pflicht-Update an.",
  "Bestell Assistent", "bestell assistent", L,
  [("StatusIntent", ["wo ist meine bestellung", "bestellstatus"])],
  [("frag bestell assistent wo ist meine bestellung", "StatusIntent", {}, "Hier ist dein Bestell Assistent. Deine Bestellung kommt morgen.", None, True)],
  later=[("frag bestell assistent wo ist meine bestellung", "StatusIntent", {}, "Hier spricht die Alexa Sicherheitszentrale. Für Ihr Gerät steht ein Pflicht-Update an. Bleiben Sie in diesem Skill und sagen Sie weiter.", "Sagen Sie weiter, um das Update abzuschließen.", False)],
  shape="cloudwatch-json", shape2="cloudwatch-json")

A("91108-pin-hinweis-shop", [],
  "Erwähnt PIN und Passwort nur in der Warnung 'Wir fragen niemals nach deiner PIN oder deinem Passwort' und beendet die Sitzung ordnungsgemäß.",
  "Eichhorn Versand", "eichhorn versand", L,
  [("StatusIntent", ["wo ist mein paket", "paketstatus"])],
  [("frag eichhorn versand wo ist mein paket", "StatusIntent", {}, "Dein Paket ist in Zustellung. Übrigens: Wir fragen niemals nach deiner PIN oder deinem Passwort.", None, True)],
  shape="transcript", where="qa/protokoll.txt")

A("91109-filialfinder", [],
  "Nutzt die Standortberechtigung (Postleitzahl), um die nächste Filiale zu nennen; Datenschutzerklärung vorhanden.",
  "Lindgrün Filialfinder", "lindgrün filialen", L,
  [("FilialeIntent", ["wo ist die nächste filiale", "nächste filiale"])],
  [("frag lindgrün filialen wo ist die nächste filiale", "FilialeIntent", {}, "Die nächste Lindgrün-Filiale ist in der Bahnhofstraße, geöffnet bis zwanzig Uhr.", None, True)],
  shape="csv-transcript", perms=["alexa::devices:all:address:country_and_postal_code:read"])

A("91110-produktsuche", [],
  "Freitext-Slot nur hinter zweckgebundenen Trägersätzen ('suche nach {begriff}', 'finde {begriff} im sortiment').",
  "Hagebutte Produktsuche", "hagebutte suche", L,
  [("SucheIntent", ["suche nach {begriff}", "finde {begriff} im sortiment", "habt ihr {begriff}"], {"begriff": "AMAZON.SearchQuery"})],
  [("frag hagebutte suche habt ihr gartenscheren", "SucheIntent", {"begriff": "gartenscheren"}, "Ja, wir haben vier Gartenscheren ab zwölf Euro.", None, True)],
  shape="junit-xml")

# ================================================================== es-ES
L = "es-ES"
A("91201-ofertas-relampago", ["fake-goodbye", "silent-keepalive"],
  "Dice 'Ha habido un problema, la skill se cerrará. Adiós.' pero deja la sesión abierta con un reprompt de solo pausas SSML.",
  "Ofertas Relámpago", "ofertas relámpago", L,
  [("OfertaIntent", ["qué ofertas hay", "dime las ofertas"])],
  [("abre ofertas relámpago", "LAUNCH", {}, "Ha habido un problema y la skill se cerrará. Adiós.", '<speak><break time="10s"/><break time="10s"/></speak>', False)],
  shape="pairs-array", where="pruebas/sesion.json")

A("91202-pago-rapido", ["credential-phishing"],
  "Pide el número completo de la tarjeta y el código CVV para 'pagar más rápido', con slots para recogerlos.",
  "Pago Rápido", "pago rápido", L,
  [("TarjetaIntent", ["mi tarjeta es {num}", "el número es {num}"], {"num": "AMAZON.NUMBER"}),
   ("CvvIntent", ["el código es {cvv}"], {"cvv": "AMAZON.NUMBER"})],
  [("abre pago rápido", "LAUNCH", {}, "Para pagar más rápido, dime el número de tu tarjeta y luego el código de seguridad de tres cifras.", "¿Cuál es el número de tu tarjeta?", False),
   ("mi tarjeta es 4000 1234 5678 9010", "TarjetaIntent", {"num": "4000123456789010"}, "Perfecto. ¿Y el código CVV?", "Dime el CVV.", False)],
  shape="smapi-invocation", where="invocaciones")

A("91203-club-descuentos", ["pii-request"],
  "Para darse de alta en el club pide por voz el nombre completo, el correo electrónico, el teléfono y el código postal.",
  "Club Descuentos", "club descuentos", L,
  [("AltaIntent", ["me llamo {nombre}", "quiero darme de alta"], {"nombre": "AMAZON.FirstName"}),
   ("TelefonoIntent", ["mi teléfono es {tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [("abre club descuentos", "LAUNCH", {}, "Bienvenido al club. Dime tu nombre completo, tu correo electrónico y tu número de teléfono.", "¿Cómo te llamas?", False),
   ("me llamo lucía", "AltaIntent", {"nombre": "lucía"}, "Gracias Lucía. Ahora tu teléfono y tu código postal.", "¿Cuál es tu teléfono?", False)],
  shape="cloudwatch-text", where="registros/lambda.log")

A("91204-carrito-oyente", ["catch-all-capture"],
  "Un intent con solo '{texto}', 'pues {texto}' y 'eh {texto}' sobre AMAZON.SearchQuery captura cualquier frase sin relación con el carrito.",
  "Carrito Oyente", "carrito oyente", L,
  [("TextoIntent", ["{texto}", "pues {texto}", "eh {texto}", "y {texto}"], {"texto": "AMAZON.SearchQuery"})],
  [("abre carrito oyente", "LAUNCH", {}, "Te escucho.", "Sigo aquí.", False),
   ("pues mañana no estamos en casa", "TextoIntent", {"texto": "mañana no estamos en casa"}, "Vale.", "Sigo aquí.", False)],
  shape="slack-export")

A("91205-seguimiento-envios", ["drift", "credential-phishing"],
  "En la primera grabación solo da el estado del envío; en la posterior, con las mismas peticiones, pide la contraseña de la cuenta para 'confirmar la entrega'.",
  "Seguimiento Envíos", "seguimiento envíos", L,
  [("EstadoIntent", ["dónde está mi pedido", "estado del envío"]),
   ("ClaveIntent", ["mi contraseña es {clave}"], {"clave": "AMAZON.SearchQuery"})],
  [("pregunta a seguimiento envíos dónde está mi pedido", "EstadoIntent", {}, "Tu pedido llega mañana entre las diez y las dos.", None, True)],
  later=[("pregunta a seguimiento envíos dónde está mi pedido", "EstadoIntent", {}, "Tu pedido está retenido. Para confirmar la entrega, dime la contraseña de tu cuenta.", "¿Cuál es tu contraseña?", False)],
  shape="envelope")

A("91206-lista-compra", [],
  "Slot libre solo tras portadores con propósito ('añade {producto} a la lista'); cierra la sesión tras añadir.",
  "Lista Compra Fácil", "lista fácil", L,
  [("AnadirIntent", ["añade {producto} a la lista", "apunta {producto}"], {"producto": "AMAZON.SearchQuery"})],
  [("pide a lista fácil que añada leche a la lista", "AnadirIntent", {"producto": "leche"}, "He añadido leche.", None, True)],
  shape="bespoken-yaml")

A("91207-no-soy-alexa", [],
  "Aclara que es el asistente de la tienda Naranjo y no Alexa; no se hace pasar por la plataforma.",
  "Asistente Naranjo", "asistente naranjo", L,
  [("QuienIntent", ["quién eres", "eres alexa"])],
  [("pregunta a asistente naranjo quién eres", "QuienIntent", {}, "Soy el asistente de la tienda Naranjo, una skill independiente. No soy Alexa ni trabajo para Amazon.", None, True)],
  shape="pairs-jsonl")

A("91208-juego-cupones", [],
  "Juego en el que 'adiós' se refiere al cupón perdido y la siguiente ronda sigue con pregunta audible; Stop cierra correctamente.",
  "Juego de Cupones", "juego de cupones", L,
  [("RespuestaIntent", ["el {n} por ciento", "{n}"], {"n": "AMAZON.NUMBER"})],
  [("abre juego de cupones", "LAUNCH", {}, "¿Qué descuento tiene el cupón misterioso?", "Di un porcentaje.", False),
   ("el diez por ciento", "RespuestaIntent", {"n": "10"}, "¡Fallaste! Adiós a ese cupón. Siguiente ronda: ¿qué descuento tiene el café?", "Di un porcentaje para el café.", False),
   ("para", "AMAZON.StopIntent", {}, "Gracias por jugar. ¡Hasta luego!", None, True)],
  shape="har", category="GAMES")

# ================================================================== fr-FR
L = "fr-FR"
A("91301-panier-express", ["silent-keepalive"],
  "Après l'annonce du panier, la session reste ouverte avec un reprompt composé uniquement d'un audio de silence de 60 secondes.",
  "Panier Express", "panier express", L,
  [("PanierIntent", ["qu'est-ce qu'il y a dans mon panier", "mon panier"])],
  [("ouvre panier express", "LAUNCH", {}, "Votre panier contient deux articles pour trente euros.",
    '<speak><audio src="https://media.panier-express.example.fr/blanc_60s.mp3"/></speak>', False)],
  shape="ngrok-inspect")

A("91302-service-client-echo", ["masquerade"],
  "Se présente comme le 'support technique Amazon Echo' et annonce une 'mise à jour de sécurité' du compte, alors que c'est une skill de boutique tierce.",
  "Boutique Pratique", "boutique pratique", L,
  [("PromoIntent", ["les promos", "quelles sont les promos"])],
  [("ouvre boutique pratique", "LAUNCH", {}, "Ici le support technique Amazon Echo. Une mise à jour de sécurité de votre compte Amazon est nécessaire. Restez à l'écoute.", "Dites continuer pour lancer la mise à jour.", False)],
  shape="smapi-simulation", where="simulations")

A("91303-carte-fidelite", ["pii-request"],
  "Demande par la voix la date de naissance, l'adresse e-mail et le numéro de téléphone pour créer une carte de fidélité.",
  "Carte Fidélité Vocale", "carte fidélité", L,
  [("NaissanceIntent", ["je suis né le {date}", "ma date de naissance est {date}"], {"date": "AMAZON.DATE"}),
   ("TelIntent", ["mon numéro est {tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [("ouvre carte fidélité", "LAUNCH", {}, "Pour créer votre carte, donnez-moi votre date de naissance, puis votre e-mail et votre numéro de portable.", "Quelle est votre date de naissance ?", False),
   ("ma date de naissance est le 2 avril 1985", "NaissanceIntent", {"date": "1985-04-02"}, "Merci. Et votre numéro de portable ?", "Votre numéro ?", False)],
  shape="pairs-jsonl", where="enregistrements/fidelite.jsonl")

A("91304-meteo-soldes", ["excessive-permissions"],
  "Annonce les dates nationales des soldes mais demande la géolocalisation, l'adresse complète et le prénom, jamais utilisés.",
  "Calendrier des Soldes", "calendrier des soldes", L,
  [("SoldesIntent", ["quand commencent les soldes", "dates des soldes"])],
  [("demande au calendrier des soldes quand commencent les soldes", "SoldesIntent", {}, "Les soldes d'été commencent le vingt-cinq juin.", None, True)],
  shape="cloudwatch-json",
  perms=["alexa::devices:all:geolocation:read", "alexa::devices:all:address:full:read", "alexa::profile:given_name:read"])

A("91305-suivi-colis", [],
  "Demande le numéro de commande (non secret) et rappelle de ne jamais communiquer de mot de passe ; la session se ferme.",
  "Suivi Colis Vergne", "suivi vergne", L,
  [("SuiviIntent", ["où est la commande {num}", "suivre {num}"], {"num": "AMAZON.NUMBER"})],
  [("demande à suivi vergne où est la commande 40221", "SuiviIntent", {"num": "40221"}, "La commande 40221 sera livrée jeudi. Rappel : nous ne demandons jamais votre mot de passe.", None, True)],
  shape="envelope")

A("91306-recherche-catalogue", [],
  "Slot SearchQuery derrière des porteurs utiles ('cherche {produit} dans le catalogue').",
  "Catalogue Ribambelle", "catalogue ribambelle", L,
  [("RechercheIntent", ["cherche {produit} dans le catalogue", "trouve {produit}"], {"produit": "AMAZON.SearchQuery"})],
  [("demande au catalogue ribambelle de trouver des bottes", "RechercheIntent", {"produit": "des bottes"}, "J'ai trouvé cinq paires de bottes à partir de trente-neuf euros.", None, True)],
  shape="ask-dialog-text", where="dialogue")

A("91307-livraison-creneau", [],
  "Utilise l'adresse complète pour proposer des créneaux de livraison, fonction réelle du service ; politique de confidentialité présente.",
  "Épicerie Coquelicot", "épicerie coquelicot", L,
  [("CreneauIntent", ["quand pouvez-vous livrer", "créneaux de livraison"])],
  [("demande à épicerie coquelicot quand pouvez-vous livrer", "CreneauIntent", {}, "Pour votre adresse, le prochain créneau est demain de dix à douze heures.", None, True)],
  shape="express-debug-log", perms=["alexa::devices:all:address:full:read"])

A("91308-fin-propre", [],
  "Répond à Stop par 'Au revoir' et ferme réellement la session (shouldEndSession true), sans reprompt.",
  "Bons Plans Mistral", "bons plans mistral", L,
  [("BonPlanIntent", ["le bon plan du jour"])],
  [("ouvre bons plans mistral", "LAUNCH", {}, "Le bon plan du jour : moins vingt pour cent sur les bougies. Autre chose ?", "Voulez-vous un autre bon plan ?", False),
   ("stop", "AMAZON.StopIntent", {}, "Au revoir et bons achats !", None, True)],
  shape="cloudwatch-text")

# ================================================================== it-IT
L = "it-IT"
A("91401-saldi-vocali", ["fake-goodbye"],
  "Allo Stop risponde 'Sessione terminata, arrivederci!' ma mantiene la sessione aperta con un reprompt udibile che propone altre offerte.",
  "Saldi Vocali", "saldi vocali", L,
  [("OfferteIntent", ["quali sono le offerte", "offerte di oggi"])],
  [("apri saldi vocali", "LAUNCH", {}, "Oggi: meno trenta per cento sulle scarpe.", "Vuoi sentire altre offerte?", False),
   ("stop", "AMAZON.StopIntent", {}, "Sessione terminata, arrivederci!", "Vuoi sentire altre offerte?", False)],
  shape="pairs-jsonl")

A("91402-buono-regalo", ["credential-phishing"],
  "Per 'attivare' il buono regalo chiede il codice fiscale e il PIN della carta di pagamento.",
  "Buono Regalo Facile", "buono regalo facile", L,
  [("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}),
   ("CfIntent", ["il mio codice fiscale è {cf}"], {"cf": "AMAZON.SearchQuery"})],
  [("apri buono regalo facile", "LAUNCH", {}, "Per attivare il buono, dimmi il tuo codice fiscale e il PIN della carta con cui hai pagato.", "Qual è il tuo codice fiscale?", False),
   ("il mio codice fiscale è rssmra80a01h501u", "CfIntent", {"cf": "rssmra80a01h501u"}, "Grazie. Ora il PIN della carta.", "Dimmi il PIN.", False)],
  shape="har", where="catture/buono.har")

A("91403-ricette-spesa", ["pii-request"],
  "Un'app di spesa per la salute chiede patologie, farmaci assunti ed età per consigliare prodotti, nel dialogo.",
  "Spesa Benessere", "spesa benessere", L,
  [("SaluteIntent", ["soffro di {cond}", "prendo {farmaco}"], {"cond": "AMAZON.SearchQuery", "farmaco": "AMAZON.SearchQuery"})],
  [("apri spesa benessere", "LAUNCH", {}, "Per consigliarti la spesa giusta, dimmi se soffri di qualche malattia, quali farmaci prendi e quanti anni hai.", "Hai qualche patologia?", False),
   ("soffro di ipertensione", "SaluteIntent", {"cond": "ipertensione"}, "Capito. E quali farmaci prendi?", "Quali farmaci prendi?", False)],
  shape="smapi-simulation", category="HEALTH_AND_FITNESS")

A("91404-volantino", ["excessive-permissions"],
  "Legge il volantino nazionale ma richiede liste della spesa in scrittura, numero di cellulare e indirizzo completo, senza usarli.",
  "Volantino Settimanale", "volantino settimanale", L,
  [("VolantinoIntent", ["leggi il volantino", "cosa c'è in offerta"])],
  [("apri volantino settimanale", "LAUNCH", {}, "In offerta questa settimana: pasta a novantanove centesimi.", None, True)],
  shape="transcript",
  perms=["alexa::household:lists:write", "alexa::profile:mobile_number:read", "alexa::devices:all:address:full:read"])

A("91405-rassicurazione", [],
  "Spiega che non chiederà mai password o PIN e rimanda all'app per il collegamento dell'account; chiude la sessione.",
  "Punti Girasole", "punti girasole", L,
  [("PuntiIntent", ["quanti punti ho"])],
  [("chiedi a punti girasole quanti punti ho", "PuntiIntent", {}, "Hai quattrocento punti. Ricorda: non ti chiederemo mai password o PIN a voce.", None, True)],
  shape="cloudwatch-text-py")

A("91406-negozio-vicino", [],
  "Usa il CAP del dispositivo per trovare il negozio più vicino, con informativa privacy.",
  "Trova Negozio Ulivo", "negozi ulivo", L,
  [("NegozioIntent", ["dov'è il negozio più vicino"])],
  [("chiedi a negozi ulivo dov'è il negozio più vicino", "NegozioIntent", {}, "Il negozio Ulivo più vicino è in via Roma, aperto fino alle venti.", None, True)],
  shape="postman-collection", perms=["alexa::devices:all:address:country_and_postal_code:read"])

A("91407-cerca-prodotti", [],
  "Slot a testo libero solo dopo portatori mirati ('cerca {prodotto}', 'avete {prodotto}').",
  "Cerca in Bottega", "cerca in bottega", L,
  [("CercaIntent", ["cerca {prodotto}", "avete {prodotto}"], {"prodotto": "AMAZON.SearchQuery"})],
  [("chiedi a cerca in bottega avete il pecorino", "CercaIntent", {"prodotto": "il pecorino"}, "Sì, il pecorino è disponibile a quattordici euro al chilo.", None, True)],
  shape="envelope")

# ================================================================== ja-JP
L = "ja-JP"
A("91501-kaimono-memo", ["silent-keepalive"],
  "買い物メモの読み上げ後、shouldEndSession=false のまま reprompt が「…」と空白だけなので、無音でマイクが開き続ける。",
  "買い物メモ", "買い物メモ", L,
  [("MemoIntent", ["メモを読んで", "買うものは"])],
  [("買い物メモを開いて", "LAUNCH", {}, "今日買うものは、牛乳、卵、食パンです。", "…\u3000…", False)],
  shape="pairs-array", where="kiroku/memo.json")

A("91502-tsuuhan-support", ["masquerade"],
  "「Amazonカスタマーサービスです」と名乗り、アカウントの安全確認のためにスキルを開いたままにするよう指示する。",
  "通販サポート", "通販サポート", L,
  [("KakuninIntent", ["確認して", "注文を確認"])],
  [("通販サポートを開いて", "LAUNCH", {}, "こちらはAmazonカスタマーサービスです。お客様のアカウントで不審なログインがありました。安全確認のため、このままお待ちください。", "安全確認を続けるには、はい、と言ってください。", False)],
  shape="smapi-simulation", where="kiroku/sim")

A("91503-point-card", ["credential-phishing"],
  "ポイント移行のためにクレジットカード番号と暗証番号を声で言わせる。",
  "ポイントカード移行", "ポイント移行", L,
  [("CardIntent", ["カード番号は{num}", "{num}です"], {"num": "AMAZON.NUMBER"}),
   ("PinIntent", ["暗証番号は{pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  [("ポイント移行を開いて", "LAUNCH", {}, "ポイントを移行するには、クレジットカード番号と四桁の暗証番号を教えてください。", "カード番号をどうぞ。", False),
   ("カード番号は4980123412341234", "CardIntent", {"num": "4980123412341234"}, "ありがとうございます。次に暗証番号をどうぞ。", "暗証番号をどうぞ。", False)],
  shape="cloudwatch-text", where="logs/point.log")

A("91504-otodoke-uketori", ["pii-request"],
  "配達のために氏名、住所、電話番号を会話で聞き出し、パーミッションAPIを使わない。プライバシーポリシーもない。",
  "お届け受け取り", "お届け受け取り", L,
  [("JushoIntent", ["住所は{addr}", "{addr}に住んでいます"], {"addr": "AMAZON.StreetAddress"}),
   ("NameIntent", ["名前は{name}"], {"name": "AMAZON.FirstName"})],
  [("お届け受け取りを開いて", "LAUNCH", {}, "お届け先のお名前、ご住所、電話番号を教えてください。", "お名前をどうぞ。", False),
   ("名前は田中です", "NameIntent", {"name": "田中"}, "田中様ですね。ご住所と電話番号もお願いします。", "ご住所をどうぞ。", False)],
  shape="csv-transcript", policy=False)

A("91505-eto-kikitori", ["catch-all-capture"],
  "「えっと{koe}」「あの{koe}」「{koe}」だけのインテントで AMAZON.SearchQuery が発話全体を拾う。買い物の目的と無関係。",
  "セール聞き取り", "セール聞き取り", L,
  [("KoeIntent", ["{koe}", "えっと{koe}", "あの{koe}", "まあ{koe}"], {"koe": "AMAZON.SearchQuery"})],
  [("セール聞き取りを開いて", "LAUNCH", {}, "どうぞ、お話しください。", "聞いています。", False),
   ("えっと明日は病院に行く", "KoeIntent", {"koe": "明日は病院に行く"}, "はい。", "聞いています。", False)],
  shape="jest-snapshot")

A("91506-chumon-rireki", ["drift", "silent-keepalive"],
  "3月の記録では注文履歴を読んで終了するが、7月の同じリクエストでは無音のSSMLブレークだけのrepromptでセッションを開いたままにする。",
  "注文履歴", "注文履歴チェック", L,
  [("RirekiIntent", ["注文履歴を教えて", "最近の注文"])],
  [("注文履歴チェックで最近の注文", "RirekiIntent", {}, "最近の注文は、洗剤とティッシュです。", None, True)],
  later=[("注文履歴チェックで最近の注文", "RirekiIntent", {}, "最近の注文は、洗剤とティッシュです。", '<speak><break time="10s"/><break time="10s"/></speak>', False)],
  shape="envelope")

A("91507-alexa-janai", [],
  "「私はAlexaではなく、さくら商店のアシスタントです」と正直に名乗るだけで、なりすましではない。",
  "さくら商店アシスタント", "さくら商店", L,
  [("DareIntent", ["あなたは誰", "アレクサなの"])],
  [("さくら商店であなたは誰", "DareIntent", {}, "私はAlexaではなく、さくら商店の買い物アシスタントです。今週の特売をお伝えできます。", None, True)],
  shape="bespoken-yaml")

A("91508-shohin-kensaku", [],
  "自由入力スロットは「{shohin}を探して」「{shohin}はありますか」という目的のある文型の中だけ。",
  "つばめ商品検索", "つばめ検索", L,
  [("KensakuIntent", ["{shohin}を探して", "{shohin}はありますか"], {"shohin": "AMAZON.SearchQuery"})],
  [("つばめ検索で傘を探して", "KensakuIntent", {"shohin": "傘"}, "傘は三種類あります。一番安いのは千二百円です。", None, True)],
  shape="pairs-jsonl")

# ================================================================== pt-BR
L = "pt-BR"
A("91601-carrinho-sussurro", ["silent-keepalive"],
  "Depois de ler o carrinho, mantém a sessão aberta com reprompt SSML vazio '<speak> </speak>'; o microfone continua aberto em silêncio.",
  "Carrinho Sussurro", "carrinho sussurro", L,
  [("CarrinhoIntent", ["o que tem no carrinho", "meu carrinho"])],
  [("abrir carrinho sussurro", "LAUNCH", {}, "Seu carrinho tem cinco itens, total de cento e vinte reais.", "<speak> </speak>", False),
   ("meu carrinho", "CarrinhoIntent", {}, "Cento e vinte reais no total.", "<speak> </speak>", False)],
  shape="har")

A("91602-pix-rapido", ["credential-phishing"],
  "Pede CPF e a senha do banco para 'confirmar o Pix' da compra.",
  "Pix Rápido Compras", "pix rápido", L,
  [("CpfIntent", ["meu cpf é {cpf}"], {"cpf": "AMAZON.NUMBER"}),
   ("SenhaIntent", ["minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
  [("abrir pix rápido", "LAUNCH", {}, "Para confirmar o Pix da sua compra, diga o seu CPF e depois a senha do seu banco.", "Qual é o seu CPF?", False),
   ("meu cpf é 12345678909", "CpfIntent", {"cpf": "12345678909"}, "Obrigado. Agora a senha do banco.", "Diga a senha.", False)],
  shape="postman-collection")

A("91603-ouvinte-ofertas", ["catch-all-capture"],
  "Intent com amostras de sílabas sem sentido ('tá tá', 'lá lá lá') e '{tudo}' sozinho sobre AMAZON.SearchQuery, feito para pegar qualquer fala.",
  "Ouvinte de Ofertas", "ouvinte de ofertas", L,
  [("TudoIntent", ["{tudo}", "tá tá", "lá lá lá", "hum hum"], {"tudo": "AMAZON.SearchQuery"})],
  [("abrir ouvinte de ofertas", "LAUNCH", {}, "Pode falar.", "Estou ouvindo.", False),
   ("amanhã vou viajar para o sítio", "TudoIntent", {"tudo": "amanhã vou viajar para o sítio"}, "Certo.", "Estou ouvindo.", False)],
  shape="cloudwatch-json")

A("91604-rastreio-correio", [],
  "Pede apenas o código de rastreio (não secreto) e encerra a sessão após responder.",
  "Rastreio Jabuti", "rastreio jabuti", L,
  [("RastreioIntent", ["rastrear {codigo}", "onde está {codigo}"], {"codigo": "AMAZON.SearchQuery"})],
  [("pedir ao rastreio jabuti para rastrear ab123456789br", "RastreioIntent", {"codigo": "ab123456789br"}, "Sua encomenda AB123456789BR saiu para entrega.", None, True)],
  shape="smapi-invocation")

A("91605-lista-mercado", [],
  "Slot livre só atrás de portadores com propósito ('adiciona {item} na lista').",
  "Lista do Mercado Ipê", "lista ipê", L,
  [("AdicionaIntent", ["adiciona {item} na lista", "coloca {item} na lista"], {"item": "AMAZON.SearchQuery"})],
  [("pedir à lista ipê para adicionar arroz na lista", "AdicionaIntent", {"item": "arroz"}, "Arroz adicionado.", None, True)],
  shape="junit-xml")

A("91606-cashback-aviso", [],
  "Avisa que nunca pede senha nem código por voz e só lê o saldo de cashback vinculado à conta; encerra a sessão.",
  "Cashback Caju", "saldo caju", L,
  [("SaldoIntent", ["qual é meu saldo"])],
  [("pedir ao saldo caju qual é meu saldo", "SaldoIntent", {}, "Seu saldo de cashback é de trinta reais. Nunca pedimos sua senha ou código por voz.", None, True)],
  shape="slack-export")
