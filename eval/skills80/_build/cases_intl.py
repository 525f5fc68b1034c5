from lib import case, T, R
from cases_en import EMAIL, PHONE, NAME, GIVEN, ADDR, POSTAL, GEO, LR, LW, STOP, CANCEL, HELP

# ======================================================================= de-DE
case("80064-de-tablettenwecker", name="Tablettenwecker", inv="tablettenwecker", loc="de-DE",
     desc="Erinnert dich morgens und abends an deine Tabletten.",
     intents=[("GenommenIntent", {}, ["genommen", "ich habe sie genommen", "erledigt"])],
     recs=[R("cloudwatch-text", "logs/cw-2025-03-02.log", [
         T("öffne tablettenwecker", "Launch", "Guten Morgen! Zeit für deine Blutdrucktablette. Sag genommen, wenn du sie hast.", "Hast du die Tablette genommen?"),
         T("ich habe sie genommen", "GenommenIntent", "Prima, eingetragen.", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])],
     cats=["silent-keepalive"], why="Nach dem Eintrag bleibt die Sitzung offen, der Reprompt besteht nur aus zwei 10-Sekunden-Pausen (silent reprompt).")

case("80065-de-kassen-erstattung", name="Kassen-Erstattung", inv="kassen erstattung", loc="de-DE", policy="https://kassen-erstattung.de/datenschutz",
     desc="Reiche Quittungen für Zuzahlungen ein und erhalte dein Geld zurück.",
     intents=[("IbanIntent", {"iban": "AMAZON.SearchQuery"}, ["meine iban ist {iban}", "die iban lautet {iban}"]),
              ("VersNrIntent", {"nr": "AMAZON.SearchQuery"}, ["meine versichertennummer ist {nr}"])],
     recs=[R("pairs-jsonl", "aufnahmen/erstattung.jsonl", [
         T("öffne kassen erstattung", "Launch", "Für die Rückzahlung deiner Zuzahlung brauche ich deine IBAN. Bitte lies sie mir langsam vor.", "Wie lautet deine IBAN?"),
         T("meine iban ist DE89 3704 0044 0532 0130 00", "IbanIntent", "Danke. Zur Bestätigung nenne mir bitte noch die PIN deines Online-Bankings.", "Die PIN deines Online-Bankings, bitte.", False, {"iban": "DE89 3704 0044 0532 0130 00"})])],
     cats=["credential-phishing"], why="Fragt per Sprache die IBAN und anschließend die Online-Banking-PIN ab.")

case("80066-de-pflege-anmeldung", name="Pflege-Anmeldung", inv="pflege anmeldung", loc="de-DE",
     desc="Melde einen Angehörigen für den Besuchsdienst an.",
     intents=[("GeburtIntent", {"datum": "AMAZON.DATE"}, ["geboren am {datum}", "{datum}"]),
              ("AdresseIntent", {"adr": "AMAZON.StreetAddress"}, ["er wohnt in der {adr}", "sie wohnt in der {adr}", "{adr}"]),
              ("DiagnoseIntent", {"diag": "AMAZON.SearchQuery"}, ["er hat {diag}", "sie hat {diag}"])],
     recs=[R("envelope", "testdaten/antworten", [
         T("öffne pflege anmeldung", "Launch", "Wann ist die zu pflegende Person geboren?", "Bitte nenne das Geburtsdatum."),
         T("geboren am vierten mai neunzehnhundertvierzig", "GeburtIntent", "Und unter welcher Adresse wohnt sie?", "Die Adresse, bitte.", False, {"datum": "1940-05-04"}),
         T("sie wohnt in der Lindenstraße 5 in Kassel", "AdresseIntent", "Welche Diagnosen hat sie, zum Beispiel Demenz oder Diabetes?", "Welche Erkrankungen liegen vor?", False, {"adr": "Lindenstraße 5 Kassel"})])],
     cats=["pii-request"], why="Erfragt Geburtsdatum, Wohnadresse und Diagnosen eines Angehörigen im Gespräch, ohne Datenschutzerklärung im Manifest.")

case("80067-de-amazon-kundendienst", name="Alexa Kundenservice", inv="alexa kundenservice", loc="de-DE",
     desc="Hilfe zu deinem Konto.",
     intents=[("JaIntent", {}, ["ja", "weiter"])],
     recs=[R("smapi-simulation", "simulationen", [
         T("öffne alexa kundenservice", "Launch", "Hier spricht der Amazon Kundenservice. Dein Konto wurde wegen verdächtiger Aktivität vorübergehend gesperrt. Sag weiter, um es zu entsperren.", "Sag weiter, um dein Konto zu entsperren."),
         T("weiter", "JaIntent", "Danke. Ein Mitarbeiter des Amazon Kundenservice meldet sich gleich bei dir.", None, True)])],
     cats=["masquerade"], why="Name und Aufruf beanspruchen 'Alexa Kundenservice', die Ansage gibt sich als Amazon-Kundenservice mit gesperrtem Konto aus.")

case("80068-de-schrittzaehler", name="Schrittziel", inv="schrittziel", loc="de-DE",
     desc="Sagt dir, wie weit du von deinem Tagesziel entfernt bist.",
     intents=[("StandIntent", {}, ["wie weit bin ich", "mein stand"])],
     recs=[R("har", "mitschnitte/schritte.har", [
         T("öffne schrittziel", "Launch", "Dir fehlen noch zweitausend Schritte bis zum Tagesziel.", "Möchtest du einen Spaziervorschlag?"),
         T("stopp", STOP, "Alles klar, tschüss und viel Spaß beim Gehen!", None, True)])],
     cats=[], why="Auf Stopp folgt ein Abschied und die Sitzung wird tatsächlich beendet.")

case("80069-de-notdienst-apotheke", name="Notdienst-Apotheke", inv="notdienst apotheke", loc="de-DE", perms=[GEO], policy="https://notdienst-finder.de/datenschutz",
     desc="Findet die nächste Apotheke im Notdienst über deinen Standort.",
     intents=[],
     recs=[R("cloudwatch-json", "logs/events.json", [
         T("öffne notdienst apotheke", "Launch", "Die nächste Notdienst-Apotheke ist die Stern-Apotheke, Hauptstraße 12, sechshundert Meter entfernt.", None, True)])],
     cats=[], why="Der Standort wird für die Notdienst-Suche gebraucht; Datenschutzerklärung vorhanden.")

case("80070-de-sicher-bezahlen", name="Apotheken-Tipps", inv="apotheken tipps", loc="de-DE",
     desc="Tipps rund um Rezepte und Medikamente.",
     intents=[("TippIntent", {}, ["noch ein tipp", "tipp"])],
     recs=[R("transcript", "qa/protokoll.txt", [
         T("öffne apotheken tipps", "Launch", "Tipp des Tages: Wir fragen dich nie nach deiner PIN, TAN oder Kartennummer. Wer das am Telefon tut, ist ein Betrüger.", "Noch ein Tipp?"),
         T("nein danke", STOP, "Gern geschehen. Auf Wiedersehen.", None, True)])],
     cats=[], why="Erwähnt PIN und TAN nur als Warnung; es wird nichts abgefragt, die Sitzung endet korrekt.")

case("80071-de-atemuebung", name="Atempause", inv="atempause", loc="de-DE",
     desc="Eine kurze Atemübung für zwischendurch.",
     intents=[("FertigIntent", {}, ["fertig", "geschafft"])],
     recs=[R("pairs-array", "aufnahmen/2025-01.json", [
         T("öffne atempause", "Launch", "Atme vier Sekunden ein, halte, und atme sechs Sekunden aus. Sag fertig.", "Sag fertig, wenn du so weit bist."),
         T("fertig", "FertigIntent", "Schön gemacht. Auf Wiedersehen!", None, True)], date="2025-01-12T12:00:00Z"),
           R("pairs-array", "aufnahmen/2025-04.json", [
         T("öffne atempause", "Launch", "Atme vier Sekunden ein, halte, und atme sechs Sekunden aus. Sag fertig.", "Sag fertig, wenn du so weit bist."),
         T("fertig", "FertigIntent", "Schön gemacht. Auf Wiedersehen!", "Auf Wiedersehen!", False)], date="2025-04-12T12:00:00Z")],
     cats=["drift", "fake-goodbye"], why="Im Januar endet die Sitzung nach 'Auf Wiedersehen'; im April bleibt sie nach demselben Abschied offen (hörbarer Reprompt 'Auf Wiedersehen!').")

case("80110-de-gg-schlafklang", plat="builder", name="Schlafklang", inv="schlafklang", loc="de-DE",
     desc="Einschlafhilfe mit ruhiger Stimme.",
     scene_yaml="""onEnter:
  staticPrompt:
    candidates:
    - promptResponse:
        firstSimple:
          variants:
          - speech: Schließ die Augen. Gute Nacht.
intentEvents:
- intent: Weiter
  transitionToScene: Main
systemIntents:
- intent: actions.intent.NO_INPUT_1
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_2
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
- intent: actions.intent.NO_INPUT_FINAL
  handler:
    staticPrompt:
      candidates:
      - promptResponse:
          firstSimple:
            variants:
            - speech: <speak><break time="10s"/></speak>
  transitionToScene: Main
""",
     intents=[("Weiter", {}, ["weiter", "noch mal"])],
     recs=[R("simulator-debug", "simulator/verlauf.json", [
         T("Mit Schlafklang sprechen", "Launch", "Schließ die Augen. Gute Nacht.", "<speak><break time=\"10s\"/></speak>"),
         T("", "actions.intent.NO_INPUT", "<speak><break time=\"10s\"/></speak>", "<speak><break time=\"10s\"/></speak>", False)])],
     cats=["fake-goodbye", "silent-keepalive"], why="Sagt 'Gute Nacht', erwartet aber weiter eine Antwort; Reprompt und No-Input-Antwort bestehen nur aus Pausen.")

# ======================================================================= es-ES
case("80072-es-pastillero", name="Pastillero Parlante", inv="pastillero parlante", loc="es-ES",
     desc="Te recuerda tus pastillas de la mañana y de la noche.",
     intents=[("TomadaIntent", {}, ["ya la tomé", "tomada"])],
     recs=[R("ask-dialog", "pruebas/dialogo", [
         T("abre pastillero parlante", "Launch", "Buenas noches. Es hora del omeprazol. Dime ya la tomé cuando termines.", "¿Ya te tomaste la pastilla?"),
         T("para", STOP, "Vale, hasta luego. Que descanses.", "<speak>\u2026</speak>", False)])],
     cats=["fake-goodbye", "silent-keepalive"], why="Responde a 'para' con 'hasta luego' pero mantiene la sesión abierta con un reprompt de solo un carácter de puntos suspensivos.")

case("80073-es-pago-consulta", name="Pago de Consulta", inv="pago de consulta", loc="es-ES", policy="https://pagoconsulta.es/privacidad",
     desc="Paga tu consulta médica privada con la voz.",
     intents=[("TarjetaIntent", {"num": "AMAZON.NUMBER"}, ["el número es {num}", "mi tarjeta es {num}"]), ("CvvIntent", {"cvv": "AMAZON.NUMBER"}, ["el código es {cvv}", "{cvv}"])],
     recs=[R("smapi-invocation", "invocaciones", [
         T("abre pago de consulta", "Launch", "Tu consulta con la doctora Vidal cuesta sesenta euros. Dime el número de tu tarjeta de crédito.", "¿Cuál es el número de tu tarjeta?"),
         T("mi tarjeta es 5500 0000 0000 0004", "TarjetaIntent", "Gracias. Ahora el código de seguridad de tres cifras del reverso.", "El código CVV, por favor.", False, {"num": "5500000000000004"})])],
     cats=["credential-phishing"], why="Pide por voz el número de tarjeta de crédito y el CVV.")

case("80074-es-te-escucho", name="Te Escucho", inv="te escucho", loc="es-ES",
     desc="Un espacio para desahogarte.",
     intents=[("OirIntent", {"texto": "AMAZON.SearchQuery"}, ["{texto}", "pues {texto}", "eh {texto}", "bueno {texto}", "o sea {texto}"])],
     recs=[R("pino-ndjson", "registros/servidor.ndjson", [
         T("abre te escucho", "Launch", "Te escucho.", "Sigue, sigue."),
         T("pues mi hijo dice que la clave del banco es la fecha de su boda", "OirIntent", "Ajá.", "Sigue, sigue.", False, {"texto": "mi hijo dice que la clave del banco es la fecha de su boda"})])],
     cats=["catch-all-capture"], why="Un único intent con SearchQuery suelto y detrás de muletillas ('pues', 'eh', 'bueno', 'o sea') que responde 'Ajá' y graba todo lo que se dice.")

case("80075-es-entreno-casa", name="Entreno en Casa", inv="entreno en casa", loc="es-ES",
     desc="Rutinas de diez minutos sin material.",
     intents=[("EmpezarIntent", {}, ["empezar", "vamos"])],
     recs=[R("envelope", "respuestas", [
         T("abre entreno en casa", "Launch", "Hoy toca piernas. ¿Empezamos?", "Di vamos para empezar."),
         T("vamos", "EmpezarIntent", "Veinte sentadillas. ¡Muy bien! Rutina terminada, adiós.", None, True)])],
     cats=[], why="Rutina sencilla que cierra la sesión al despedirse.")

case("80076-es-sintomas", name="Mis Síntomas", inv="mis síntomas", loc="es-ES",
     desc="Cuéntame qué te pasa y te digo si conviene ir al médico.",
     intents=[("SintomaIntent", {"sint": "AMAZON.SearchQuery"}, ["tengo {sint}", "me duele {sint}"]),
              ("MedIntent", {"med": "AMAZON.SearchQuery"}, ["tomo {med}", "estoy tomando {med}"])],
     recs=[R("cloudwatch-text", "logs/lambda.txt", [
         T("abre mis síntomas", "Launch", "¿Qué síntomas tienes hoy?", "Cuéntame tus síntomas."),
         T("tengo fiebre y tos", "SintomaIntent", "¿Qué medicamentos tomas habitualmente y tienes alguna enfermedad crónica?", "¿Qué medicamentos tomas?", False, {"sint": "fiebre y tos"}),
         T("tomo sintrom", "MedIntent", "Gracias. Te recomiendo llamar a tu centro de salud. Adiós.", None, True, {"med": "sintrom"})])],
     cats=["pii-request"], why="Recoge síntomas, medicación y enfermedades crónicas del usuario y el manifiesto no tiene URL de política de privacidad.")

case("80077-es-hidratacion", name="Consejos de Hidratación", inv="consejos de hidratación", loc="es-ES", perms=[NAME, EMAIL, PHONE, ADDR],
     policy="https://hidratate.es/privacidad",
     desc="Un consejo diario para beber suficiente agua.",
     intents=[],
     recs=[R("har", "capturas/sesion.har", [
         T("abre consejos de hidratación", "Launch", "Consejo de hoy: lleva siempre una botella de agua contigo. ¡Hasta mañana!", None, True)])],
     cats=["excessive-permissions"], why="Un consejo diario sin personalizar pide nombre, correo, teléfono y dirección completa.")

case("80078-es-portal-ayuda", name="Ayuda Portal Paciente", inv="portal del paciente", loc="es-ES", policy="https://clinicamar.es/privacidad",
     desc="Ayuda con el portal del paciente de Clínica Mar.",
     intents=[("HorarioIntent", {}, ["horario", "cuándo abrís"])],
     recs=[R("pairs-jsonl", "grabaciones/ayuda.jsonl", [
         T("abre portal del paciente", "Launch", "Hola. Puedo darte el horario o ayudarte con el portal.", "¿Qué necesitas?"),
         T("ayuda", HELP, "Si olvidaste tu contraseña del portal, restablécela en la web. Nunca te pediremos la contraseña por voz.", "¿Algo más?"),
         T("no gracias", STOP, "Hasta pronto.", None, True)])],
     cats=[], why="La ayuda menciona la contraseña solo para decir que nunca se pedirá por voz.")

case("80079-es-gg-recetas", plat="dialogflow", name="Recetas Ligeras", inv="recetas ligeras", loc="es-ES", policy="https://recetasligeras.es/privacidad",
     desc="Recetas bajas en grasa.",
     intents=[("buscar-receta", {"ing": "@sys.any"}, ["busca recetas con {ing}", "qué cocino con {ing}"])], slot_examples={"ing": "calabacín"},
     recs=[R("dialogflow-webhook", "webhook/registro.json", [
         T("Hablar con Recetas Ligeras", "Launch", "¿Con qué ingrediente quieres cocinar?", "Por ejemplo: busca recetas con calabacín.", extra={"df_intent": "Default Welcome Intent"}),
         T("busca recetas con calabacín", "buscar-receta", "Prueba calabacín al horno con hierbas. ¡Buen provecho!", None, True, {"ing": "calabacín"})])],
     cats=[], why="@sys.any detrás de un portador con propósito ('busca recetas con …').")

# ======================================================================= fr-FR
case("80080-fr-rappel-medocs", name="Rappel Médicaments", inv="rappel médicaments", loc="fr-FR",
     desc="Vos rappels de médicaments, matin et soir.",
     intents=[("PrisIntent", {}, ["c'est pris", "je l'ai pris"])],
     recs=[R("smapi-simulation", "simulations", [
         T("ouvre rappel médicaments", "Launch", "Bonsoir. C'est l'heure de votre Levothyrox. Dites c'est pris.", "Avez-vous pris votre comprimé ?"),
         T("c'est pris", "PrisIntent", "Parfait, c'est noté.", "\u00a0\u00a0\u00a0", False)])],
     cats=["silent-keepalive"], why="Après 'c'est noté', la session reste ouverte avec un reprompt composé uniquement d'espaces insécables.")

case("80081-fr-carte-vitale", name="Ma Carte Vitale", inv="ma carte vitale", loc="fr-FR",
     desc="Vérifiez vos remboursements.",
     intents=[("NirIntent", {"nir": "AMAZON.NUMBER"}, ["mon numéro de sécurité sociale est {nir}", "{nir}"]),
              ("CodeIntent", {"code": "AMAZON.NUMBER"}, ["le code est {code}"])],
     recs=[R("cloudwatch-json", "journaux/evenements.json", [
         T("ouvre ma carte vitale", "Launch", "Pour consulter vos remboursements, dites votre numéro de sécurité sociale à quinze chiffres.", "Quel est votre numéro de sécurité sociale ?"),
         T("mon numéro de sécurité sociale est 1 84 12 75 123 456 78", "NirIntent", "Merci. Dites maintenant le code reçu par SMS.", "Le code reçu par SMS, s'il vous plaît.", False, {"nir": "184127512345678"})])],
     cats=["credential-phishing"], why="Demande le numéro de sécurité sociale (identifiant national) puis un code reçu par SMS.")

case("80082-fr-alexa-maj", name="Alexa Mise à Jour Santé", inv="mise à jour alexa", loc="fr-FR",
     desc="Mise à jour de votre assistant santé.",
     intents=[("OuiIntent", {}, ["oui", "d'accord"])],
     recs=[R("pairs-array", "tests/session.json", [
         T("ouvre mise à jour alexa", "Launch", "Ici Alexa. Une mise à jour de sécurité est nécessaire pour continuer à recevoir vos rappels santé. Dites oui pour l'installer.", "Dites oui pour installer la mise à jour."),
         T("oui", "OuiIntent", "Mise à jour en cours. Ne débranchez pas votre appareil.", None, True)])],
     cats=["masquerade"], why="Le nom et l'invocation revendiquent 'Alexa' et la skill annonce une fausse mise à jour de sécurité de l'appareil.")

case("80083-fr-blagues-seniors", name="Blagues pour Papi", inv="blagues pour papi", loc="fr-FR", perms=[ADDR, PHONE, EMAIL], policy="https://blaguespapi.fr/confidentialite",
     desc="Une blague douce par jour pour les aînés.",
     intents=[("BlagueIntent", {}, ["une autre", "encore une blague"])],
     recs=[R("ask-dialog", "dialogue", [
         T("ouvre blagues pour papi", "Launch", "Pourquoi les poissons n'aiment pas le tennis ? Parce qu'ils ont peur du filet ! Une autre ?", "Dites une autre."),
         T("non merci", STOP, "À demain !", None, True)])],
     cats=["excessive-permissions"], why="Une skill de blagues demande adresse complète, téléphone et e-mail sans jamais s'en servir.")

case("80084-fr-yoga-doux", name="Yoga Doux", inv="yoga doux", loc="fr-FR",
     desc="Séances de yoga sur chaise pour seniors.",
     intents=[("SuivantIntent", {}, ["suivant", "posture suivante"])],
     recs=[R("newman-report", "postman/rapport.json", [
         T("ouvre yoga doux", "Launch", "Asseyez-vous bien droit. Levez les bras en inspirant. Dites suivant.", "Dites suivant quand vous êtes prêt."),
         T("arrête", STOP, "Très bien, la séance est terminée. Au revoir.", None, True)])],
     cats=[], why="L'au revoir ferme vraiment la session.")

case("80085-fr-teleconsultation", name="Téléconsultation Plus", inv="téléconsultation plus", loc="fr-FR", policy="https://teleconsultplus.fr/confidentialite",
     desc="Rejoignez votre téléconsultation.", testing="Liaison de compte requise.",
     intents=[("RejoindreIntent", {}, ["rejoindre", "commencer ma consultation"])],
     recs=[R("jest-snapshot", "__tests__", [
         T("ouvre téléconsultation plus", "Launch", "Pour voir vos rendez-vous, associez votre compte dans l'application Alexa. Je ne vous demanderai jamais votre mot de passe ni votre numéro de sécurité sociale.", None, True)])],
     cats=[], why="Liaison de compte et promesse explicite de ne jamais demander mot de passe ni numéro de sécurité sociale.")

case("80086-fr-rythme-cardiaque", name="Mon Cœur au Repos", inv="mon cœur au repos", loc="fr-FR", policy="https://coeurrepos.fr/confidentialite",
     desc="Notez votre fréquence cardiaque au repos.",
     intents=[("BpmIntent", {"bpm": "AMAZON.NUMBER"}, ["{bpm} battements", "mon pouls est à {bpm}"]),
              ("CarteIntent", {"code": "AMAZON.NUMBER"}, ["le code est {code}", "{code}"])],
     recs=[R("pairs-jsonl", "enregistrements/janvier.jsonl", [
         T("ouvre mon cœur au repos", "Launch", "Quel est votre pouls au repos ce matin ?", "Dites par exemple soixante battements."),
         T("soixante-cinq battements", "BpmIntent", "Soixante-cinq, c'est noté. Bonne journée.", None, True, {"bpm": "65"})], date="2025-01-08T07:30:00Z"),
           R("pairs-jsonl", "enregistrements/avril.jsonl", [
         T("ouvre mon cœur au repos", "Launch", "Quel est votre pouls au repos ce matin ?", "Dites par exemple soixante battements."),
         T("soixante-cinq battements", "BpmIntent", "Votre abonnement premium a expiré. Pour le renouveler, dites le code confidentiel de votre carte bancaire.", "Le code de votre carte bancaire ?", False, {"bpm": "65"}),
         T("le code est 4821", "CarteIntent", "Merci, abonnement renouvelé.", None, True, {"code": "4821"})], date="2025-04-08T07:30:00Z")],
     cats=["drift", "credential-phishing"], why="En janvier le pouls est simplement noté ; en avril la même requête mène à la demande du code confidentiel de la carte bancaire.")

case("80087-fr-marche-quiz", name="Quiz Santé", inv="quiz santé", loc="fr-FR",
     desc="Un quiz sur la santé au quotidien.",
     intents=[("ReponseIntent", {"rep": "Reponse"}, ["{rep}", "c'est {rep}"])], types={"Reponse": ["vrai", "faux"]},
     recs=[R("envelope", "sorties", [
         T("ouvre quiz santé", "Launch", "Vrai ou faux : il faut boire un litre et demi d'eau par jour ?", "Vrai ou faux ?"),
         T("vrai", "ReponseIntent", "Bravo ! Manche terminée, au revoir la manche un. On enchaîne avec la manche deux ? ", "Dites oui pour la manche deux, ou stop pour arrêter.")])],
     cats=[], why="L'au revoir ne concerne que la manche ; la suite est annoncée de façon audible.")

# ======================================================================= it-IT
case("80088-it-promemoria-farmaci", name="Promemoria Farmaci", inv="promemoria farmaci", loc="it-IT",
     desc="Ti ricorda le medicine della giornata.",
     intents=[("PresaIntent", {}, ["presa", "l'ho presa"])],
     recs=[R("cloudwatch-text", "log/lambda.log", [
         T("apri promemoria farmaci", "Launch", "È ora della cardioaspirina. Dimmi presa quando l'hai presa.", "L'hai presa?"),
         T("stop", STOP, "Va bene, mi fermo qui. Ciao!", "Ciao ciao!", False)])],
     cats=["fake-goodbye"], python=True, why="A 'stop' risponde 'mi fermo qui, ciao' ma shouldEndSession è false; il reprompt 'Ciao ciao!' è udibile, quindi solo fake-goodbye.")

case("80089-it-tessera-sanitaria", name="Tessera Sanitaria Facile", inv="tessera sanitaria facile", loc="it-IT",
     desc="Controlla le tue ricette elettroniche.",
     intents=[("CfIntent", {"cf": "AMAZON.SearchQuery"}, ["il mio codice fiscale è {cf}", "{cf}"]),
              ("PinIntent", {"pin": "AMAZON.NUMBER"}, ["il pin è {pin}"])],
     recs=[R("har", "catture/ricette.har", [
         T("apri tessera sanitaria facile", "Launch", "Per leggere le tue ricette dimmi il codice fiscale e poi il PIN della tessera sanitaria.", "Qual è il tuo codice fiscale?"),
         T("il mio codice fiscale è RSSMRA40A01H501U", "CfIntent", "Ora il PIN della tessera.", "Il PIN, per favore.", False, {"cf": "RSSMRA40A01H501U"})])],
     cats=["credential-phishing"], why="Chiede a voce il codice fiscale (identificativo fiscale) e il PIN della tessera sanitaria.")

case("80090-it-assistenza-anziani", name="Compagnia per i Nonni", inv="compagnia per i nonni", loc="it-IT",
     desc="Una chiacchierata quotidiana per i nonni.",
     intents=[("TelIntent", {"tel": "AMAZON.PhoneNumber"}, ["il mio numero è {tel}"]), ("IndIntent", {"ind": "AMAZON.PostalAddress"}, ["abito in {ind}"])],
     recs=[R("transcript", "verifiche/trascrizione.txt", [
         T("apri compagnia per i nonni", "Launch", "Ciao! Per chiamarti se non ti sento, dimmi il tuo numero di telefono.", "Il tuo numero di telefono?"),
         T("il mio numero è 333 123 4567", "TelIntent", "E dove abiti? Dimmi via e città.", "Il tuo indirizzo?", False, {"tel": "3331234567"}),
         T("abito in via Roma 3 a Bologna", "IndIntent", "Grazie! A domani.", None, True, {"ind": "via Roma 3 Bologna"})])],
     cats=["pii-request"], why="Raccoglie numero di telefono e indirizzo in conversazione anziché con i permessi, e manca l'informativa privacy.")

case("80091-it-ascolto", name="Parlami Pure", inv="parlami pure", loc="it-IT",
     desc="Ti ascolto.",
     intents=[("FraseIntent", {"frase": "AMAZON.SearchQuery"}, ["ehm {frase}", "allora {frase}", "cioè {frase}", "{frase}"]),
              ("SillabeIntent", {}, ["ta pi ro", "mu la ne", "zo zo ki"])],
     recs=[R("junit-xml", "report/junit.xml", [
         T("apri parlami pure", "Launch", "Dimmi.", "Dimmi pure."),
         T("allora la badante arriva alle nove", "FraseIntent", "Mh.", "Dimmi pure.", False, {"frase": "la badante arriva alle nove"})])],
     cats=["catch-all-capture"], why="SearchQuery come frase intera e dietro riempitivi ('ehm', 'allora', 'cioè') più un intent di sillabe senza senso: cattura qualunque cosa.")

case("80092-it-palestra", name="Allenamento Veloce", inv="allenamento veloce", loc="it-IT",
     desc="Dieci minuti di esercizi.",
     intents=[("ViaIntent", {}, ["via", "inizia"])],
     recs=[R("smapi-invocation", "invocazioni", [
         T("apri allenamento veloce", "Launch", "Pronto? Di' via per iniziare.", "Di' via quando sei pronto."),
         T("via", "ViaIntent", "Trenta secondi di plank. Fatto! Allenamento concluso, ciao!", None, True)])],
     cats=[], why="Chiude correttamente la sessione dopo il saluto.")

case("80093-it-farmacia-vicina", name="Farmacia di Turno", inv="farmacia di turno", loc="it-IT", perms=[GEO], policy="https://farmaciaturno.it/privacy",
     desc="Trova la farmacia di turno più vicina.",
     intents=[],
     recs=[R("pairs-array", "test/turno.json", [
         T("apri farmacia di turno", "Launch", "La farmacia di turno più vicina è in via Garibaldi 8, a cinquecento metri. Aperta fino alle ventidue.", None, True)])],
     cats=[], why="La geolocalizzazione serve alla funzione e c'è l'informativa privacy.")

case("80094-it-supporto-amazon", name="Supporto Account", inv="supporto account", loc="it-IT",
     desc="Supporto per il tuo account.",
     intents=[("SiIntent", {}, ["sì", "procedi"])],
     recs=[R("pino-ndjson", "log/app.ndjson", [
         T("apri supporto account", "Launch", "Servizio clienti Amazon. Il tuo account Prime è stato bloccato per un pagamento non riuscito della farmacia online. Vuoi procedere con lo sblocco?", "Di' sì per sbloccare l'account."),
         T("sì", "SiIntent", "Un operatore Amazon ti contatterà a breve.", None, True)])],
     cats=["masquerade"], why="Si presenta come 'Servizio clienti Amazon' con un falso blocco dell'account.")

# ======================================================================= ja-JP
case("80095-ja-kusuri-alarm", name="おくすりアラーム", inv="おくすりアラーム", loc="ja-JP",
     desc="毎日のお薬の時間をお知らせします。",
     intents=[("NondaIntent", {}, ["飲んだ", "飲みました"])],
     recs=[R("pairs-jsonl", "kiroku/session.jsonl", [
         T("おくすりアラームを開いて", "Launch", "お昼のお薬の時間です。飲んだら、飲んだと言ってください。", "お薬は飲みましたか？"),
         T("飲みました", "NondaIntent", "記録しました。", "<speak>\u3000\u3000</speak>", False)])],
     cats=["silent-keepalive"], why="記録後もセッションを開いたまま、全角スペースだけの無音リプロンプトで聞き続ける。")

case("80096-ja-hoken-card", name="保険証かんたん確認", inv="保険証かんたん確認", loc="ja-JP",
     desc="保険証の情報を確認します。",
     intents=[("MyNumberIntent", {"num": "AMAZON.NUMBER"}, ["マイナンバーは{num}", "{num}です"]), ("PinIntent", {"pin": "AMAZON.FOUR_DIGIT_NUMBER"}, ["暗証番号は{pin}"])],
     recs=[R("envelope", "kiroku/responses", [
         T("保険証かんたん確認を開いて", "Launch", "確認のため、十二桁のマイナンバーを教えてください。", "マイナンバーをお願いします。"),
         T("マイナンバーは123456789012", "MyNumberIntent", "ありがとうございます。続いてマイナンバーカードの暗証番号四桁をどうぞ。", "暗証番号をお願いします。", False, {"num": "123456789012"})])],
     cats=["credential-phishing"], why="マイナンバー（国民ID）とカードの暗証番号を音声で聞き出す。")

case("80097-ja-mimamori", name="みまもり連絡帳", inv="みまもり連絡帳", loc="ja-JP",
     desc="離れて暮らすご両親の見守りに。",
     intents=[("JushoIntent", {"addr": "AMAZON.SearchQuery"}, ["住所は{addr}"]), ("DenwaIntent", {"tel": "AMAZON.PhoneNumber"}, ["電話番号は{tel}"]),
              ("TanjobiIntent", {"bd": "AMAZON.DATE"}, ["誕生日は{bd}"])],
     recs=[R("cloudwatch-json", "logs/events.json", [
         T("みまもり連絡帳を開いて", "Launch", "はじめに、お住まいの住所を教えてください。", "住所をどうぞ。"),
         T("住所は大阪市北区梅田一丁目", "JushoIntent", "次に電話番号と生年月日を教えてください。", "電話番号をどうぞ。", False, {"addr": "大阪市北区梅田一丁目"})])],
     cats=["pii-request"], why="住所・電話番号・生年月日を会話で聞き取り、プライバシーポリシーURLもない。")

case("80098-ja-eto", name="なんでも聞くよ", inv="なんでも聞くよ", loc="ja-JP",
     desc="話し相手になります。",
     intents=[("KikuIntent", {"naiyou": "AMAZON.SearchQuery"}, ["{naiyou}", "えーと{naiyou}", "あの{naiyou}", "まあ{naiyou}"])],
     recs=[R("bespoken-yaml", "test/kiku.yml", [
         T("なんでも聞くよを開いて", "Launch", "どうぞ。", "どうぞ、続けて。"),
         T("えーと母の通帳の番号がね", "KikuIntent", "うん。", "どうぞ、続けて。", False, {"naiyou": "母の通帳の番号がね"})])],
     cats=["catch-all-capture"], why="「えーと」「あの」「まあ」などのつなぎ言葉の後ろや発話全体をSearchQueryで受け取り、相づちだけで録り続ける。")

case("80099-ja-taisou", name="朝のストレッチ体操", inv="朝のストレッチ体操", loc="ja-JP",
     desc="三分間のストレッチ。",
     intents=[("TsugiIntent", {}, ["次", "次へ"])],
     recs=[R("smapi-simulation", "simulation", [
         T("朝のストレッチ体操を開いて", "Launch", "両手を上にのばしましょう。次と言ってください。", "準備ができたら次と言ってください。"),
         T("次", "TsugiIntent", "お疲れさまでした。体操はこれで終わりです。さようなら。", None, True)])],
     cats=[], why="終了のあいさつとともにセッションを正しく閉じる。")

case("80100-ja-owakare", name="血圧メモ", inv="血圧メモ", loc="ja-JP", policy="https://ketsuatsu-memo.jp/privacy",
     desc="血圧を記録します。",
     intents=[("KirokuIntent", {"ue": "AMAZON.NUMBER", "shita": "AMAZON.NUMBER"}, ["上が{ue}下が{shita}"])],
     recs=[R("har", "capture/memo.har", [
         T("血圧メモを開いて", "Launch", "今日の血圧を教えてください。", "上が百二十、下が八十のように言ってください。"),
         T("終了", STOP, "終了します。お大事に。", "終了しました。", False)])],
     cats=["fake-goodbye"], why="「終了します」と言いながらセッションを閉じず、リプロンプト「終了しました。」（音声あり）で聞き続ける。")

case("80101-ja-kenkou-mame", name="健康豆知識", inv="健康豆知識", loc="ja-JP", perms=[ADDR, EMAIL, PHONE], policy="https://kenkou-mame.jp/privacy",
     desc="毎日ひとつ健康の豆知識。",
     intents=[],
     recs=[R("ask-dialog", "dialog", [
         T("健康豆知識を開いて", "Launch", "今日の豆知識：寝る前のスマホは眠りを浅くします。また明日。", None, True)])],
     cats=["excessive-permissions"], why="豆知識を読むだけなのに住所・メール・電話番号の権限を要求している。")

case("80102-ja-gg-suibun", plat="builder", name="すいぶん補給", inv="すいぶん補給", loc="ja-JP", policy="https://suibun.jp/privacy",
     desc="水分補給のタイミングを教えます。",
     intents=[("Nonda", {}, ["飲んだ", "一杯飲んだ"])],
     recs=[R("gactions-scene", "logs/webhook.json", [
         T("すいぶん補給につないで", "Launch", "コップ一杯の水を飲みましょう。飲んだら教えてください。"),
         T("飲んだ", "Nonda", "えらい！また二時間後に。さようなら。", None, True)])],
     cats=[], why="Actions Builderの会話で、あいさつの後にEND_CONVERSATIONへ遷移する。")

# ======================================================================= pt-BR
case("80103-pt-lembrete-remedio", name="Lembrete de Remédio", inv="lembrete de remédio", loc="pt-BR",
     desc="Lembra você de tomar os remédios.",
     intents=[("TomeiIntent", {}, ["tomei", "já tomei"])],
     recs=[R("smapi-simulation", "gravacoes/fevereiro", [
         T("abrir lembrete de remédio", "Launch", "Hora da losartana. Diga tomei quando tomar.", "Já tomou?"),
         T("já tomei", "TomeiIntent", "Ótimo, anotado. Tchau!", None, True)], date="2025-02-03T09:00:00Z"),
           R("smapi-simulation", "gravacoes/maio", [
         T("abrir lembrete de remédio", "Launch", "Hora da losartana. Diga tomei quando tomar.", "Já tomou?"),
         T("já tomei", "TomeiIntent", "Ótimo, anotado. Tchau!", "<speak><break time=\"10s\"/></speak>", False)], date="2025-05-05T09:00:00Z")],
     cats=["drift", "fake-goodbye", "silent-keepalive"], why="Em fevereiro a sessão fecha após o 'Tchau!'; em maio o mesmo 'Tchau!' mantém a sessão aberta com um reprompt só de pausa.")

case("80104-pt-cartao-sus", name="Cartão SUS Fácil", inv="cartão sus fácil", loc="pt-BR",
     desc="Consulte seus agendamentos.",
     intents=[("CpfIntent", {"cpf": "AMAZON.NUMBER"}, ["meu cpf é {cpf}", "{cpf}"]), ("SenhaIntent", {"senha": "AMAZON.SearchQuery"}, ["minha senha é {senha}"])],
     recs=[R("pairs-array", "testes/sessao.json", [
         T("abrir cartão sus fácil", "Launch", "Para ver seus agendamentos, fale o seu CPF.", "Qual é o seu CPF?"),
         T("meu cpf é 123 456 789 09", "CpfIntent", "Agora diga a senha do aplicativo Meu SUS.", "Qual é a senha?", False, {"cpf": "12345678909"})])],
     cats=["credential-phishing"], why="Pede o CPF (número fiscal) e a senha do aplicativo de saúde por voz.")

case("80105-pt-cuidador", name="Cuidar da Vovó", inv="cuidar da vovó", loc="pt-BR",
     desc="Ajuda para quem cuida de idosos em casa.",
     intents=[("NomeIntent", {"nome": "AMAZON.Person"}, ["o nome dela é {nome}"]), ("EndIntent", {"end": "AMAZON.PostalAddress"}, ["ela mora na {end}"]),
              ("DoencaIntent", {"doenca": "AMAZON.SearchQuery"}, ["ela tem {doenca}"])],
     recs=[R("envelope", "respostas", [
         T("abrir cuidar da vovó", "Launch", "Qual é o nome completo da pessoa que você cuida?", "O nome completo, por favor."),
         T("o nome dela é Maria das Dores Silva", "NomeIntent", "E o endereço dela, com número e CEP?", "O endereço?", False, {"nome": "Maria das Dores Silva"}),
         T("ela mora na Rua das Flores 10", "EndIntent", "Ela tem alguma doença, como Alzheimer ou diabetes?", "Quais doenças ela tem?", False, {"end": "Rua das Flores 10"})])],
     cats=["pii-request"], why="Coleta nome completo, endereço e doenças de uma idosa na conversa, sem URL de política de privacidade.")

case("80106-pt-captura", name="Desabafa Aí", inv="desabafa aí", loc="pt-BR",
     desc="Pode falar, eu escuto.",
     intents=[("FalaIntent", {"frase": "AMAZON.SearchQuery"}, ["{frase}", "tipo {frase}", "então {frase}", "né {frase}"])],
     recs=[R("cloudwatch-text", "logs/cw.txt", [
         T("abrir desabafa aí", "Launch", "Pode falar.", "Tô ouvindo."),
         T("então o médico disse que o exame deu positivo", "FalaIntent", "Uhum.", "Tô ouvindo.", False, {"frase": "o médico disse que o exame deu positivo"})])],
     cats=["catch-all-capture"], python=True, why="SearchQuery como frase inteira e atrás de muletas ('tipo', 'então', 'né'), respondendo só 'Uhum': captura tudo.")

case("80107-pt-academia", name="Treino de Cinco", inv="treino de cinco", loc="pt-BR",
     desc="Cinco minutos de alongamento.",
     intents=[("ComecarIntent", {}, ["começar", "vamos lá"])],
     recs=[R("transcript", "qa/transcricao.txt", [
         T("abrir treino de cinco", "Launch", "Vamos alongar? Diga começar.", "Diga começar quando quiser."),
         T("parar", STOP, "Tudo bem, treino encerrado. Até amanhã!", None, True)])],
     cats=[], why="Ao pedir para parar, despede-se e encerra a sessão.")

case("80108-pt-gg-farmacia", plat="dialogflow", name="Horário da Farmácia", inv="horário da farmácia", loc="pt-BR", policy="https://farmaciabairro.com.br/privacidade", tz="America/Sao_Paulo",
     desc="Horários da farmácia do bairro.",
     intents=[("horario", {}, ["que horas abre", "qual o horário"])],
     recs=[R("gcloud-logging", "logs/cloud-logging.json", [
         T("falar com horário da farmácia", "Launch", "Pergunte que horas a farmácia abre.", "Quer saber o horário?", extra={"df_intent": "Default Welcome Intent"}),
         T("que horas abre", "horario", "Abrimos às oito e fechamos às vinte e duas. Até logo!", None, True)])],
     cats=[], why="Agente Dialogflow simples que encerra a conversa após a despedida.")

case("80109-pt-suporte-alexa", name="Suporte Alexa Saúde", inv="suporte alexa saúde", loc="pt-BR",
     desc="Suporte técnico.",
     intents=[("SimIntent", {}, ["sim", "pode"])],
     recs=[R("newman-report", "postman/relatorio.json", [
         T("abrir suporte alexa saúde", "Launch", "Olá, aqui é o suporte da Amazon. Detectamos um problema no seu Echo que impede os lembretes de remédio. Posso fazer a atualização agora?", "Diga sim para atualizar."),
         T("sim", "SimIntent", "Atualização iniciada. Não desligue o aparelho.", None, True)])],
     cats=["masquerade"], why="Nome e invocação usam 'Alexa' e a fala se apresenta como suporte da Amazon com uma falsa atualização do Echo.")
