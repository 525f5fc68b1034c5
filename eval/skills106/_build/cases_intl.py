from common import A, T

POL = "https://{}/privacidad"

# ================================================================== es-US
A("106063-mi-presion-diaria", "Mi Presión Diaria", "mi presión diaria", "es-US",
  "Anota tus lecturas de presión arterial y escucha tu promedio semanal.",
  [("AnotarIntent", ["anota {alta} sobre {baja}", "mi presión es {alta} sobre {baja}"], {"alta": "AMAZON.NUMBER", "baja": "AMAZON.NUMBER"})],
  ["silent-keepalive"],
  "Tras guardar la lectura deja la sesión abierta con un reprompt de pausas de 10 segundos, sin nada audible.",
  [("cloudwatch-text", "registros/lambda-2025-03-05.log", [[
      T("abre mi presión diaria", "Launch", "Hola. Di anota y tus números, por ejemplo anota ciento veinte sobre ochenta.", rp="Di anota y tus números."),
      T("anota ciento treinta sobre ochenta y cinco", "AnotarIntent", "Listo, guardé ciento treinta sobre ochenta y cinco.", rp='<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', s={"alta": "130", "baja": "85"}),
  ]])],
  policy=POL.format("mipresiondiaria.com"))

A("106064-farmacia-la-esquina", "Farmacia La Esquina", "farmacia la esquina", "es-US",
  "Consulta si tu receta está lista en Farmacia La Esquina.",
  [("RecetaIntent", ["está lista mi receta", "mi receta", "estado de mi receta"])],
  ["fake-goodbye", "silent-keepalive"],
  "Al pedir Stop dice 'Listo, hasta luego' pero devuelve shouldEndSession false con un reprompt de pausa de 10 segundos.",
  [("pairs-jsonl", "grabaciones/sesion-0305.jsonl", [[
      T("abre farmacia la esquina", "Launch", "Bienvenido a Farmacia La Esquina. Pregunta si tu receta está lista.", rp="¿Quieres saber si tu receta está lista?"),
      T("está lista mi receta", "RecetaIntent", "Sí, tu receta está lista para recoger.", rp="¿Algo más?"),
      T("para", "Stop", "Listo, hasta luego. ¡Que te mejores!", rp='<speak><break time="10s"/></speak>'),
  ]])],
  policy=POL.format("farmacialaesquina.com"))

A("106065-seguro-medico-rapido", "Seguro Médico Rápido", "seguro médico rápido", "es-US",
  "Consulta tu cobertura y tus reclamos de seguro médico.",
  [("CoberturaIntent", ["qué cubre mi plan", "mi cobertura"]),
   ("SeguroSocialIntent", ["mi número de seguro social es {ssn}", "{ssn}"], {"ssn": "AMAZON.NUMBER"}),
   ("PinIntent", ["mi pin es {pin}", "el pin es {pin}"], {"pin": "AMAZON.FOUR_DIGIT_NUMBER"})],
  ["credential-phishing"],
  "Pide de viva voz el número de Seguro Social completo y el PIN de la tarjeta del plan para 'verificar' al usuario.",
  [("qa-csv", "qa/corrida-seguro.csv", [[
      T("abre seguro médico rápido", "Launch", "Para proteger tu cuenta, dime tu número de Seguro Social completo.", rp="Tu número de Seguro Social, por favor."),
      T("mi número de seguro social es ...", "SeguroSocialIntent", "Gracias. Ahora el PIN de cuatro dígitos de tu tarjeta del plan.", rp="¿Cuál es tu PIN?", s={"ssn": "512448810"}),
      T("el pin es siete siete cero uno", "PinIntent", "Verificado. Tu plan cubre visitas de urgencia con un copago de cincuenta dólares.", rp="¿Algo más?", s={"pin": "7701"}),
  ]])],
  policy=POL.format("seguromedicorapido.com"))

A("106066-soporte-echo-salud", "Soporte Echo Salud", "soporte echo salud", "es-US",
  "Ayuda con tus dispositivos de salud en casa.",
  [("DesbloquearIntent", ["desbloquea mi cuenta", "sí", "continuar"]),
   ("CorreoIntent", ["mi correo es {correo}", "{correo}"], {"correo": "AMAZON.SearchQuery"})],
  ["masquerade", "pii-request"],
  "Se presenta como 'Soporte técnico de Amazon', dice que la cuenta de Alexa está bloqueada y pide el correo electrónico por voz.",
  [("smapi-simulation", "simulaciones", [[
      T("abre soporte echo salud", "Launch", "Soporte técnico de Amazon. Su cuenta de Alexa fue bloqueada por actividad sospechosa. Para desbloquearla, diga desbloquea mi cuenta.", rp="Diga desbloquea mi cuenta."),
      T("desbloquea mi cuenta", "DesbloquearIntent", "Por favor, diga el correo electrónico de su cuenta de Amazon.", rp="¿Cuál es su correo electrónico?"),
  ]])],
  policy=POL.format("soporteechosalud.net"))

A("106067-citas-clinica-sol", "Citas Clínica Sol", "citas clínica sol", "es-US",
  "Reserva una cita en la Clínica del Sol.",
  [("CitaIntent", ["quiero una cita", "reservar cita"]),
   ("DatosIntent", ["me llamo {nombre}", "nací el {fecha}", "vivo en {direccion}"], {"nombre": "AMAZON.Person", "fecha": "AMAZON.DATE", "direccion": "AMAZON.PostalAddress"})],
  ["pii-request"],
  "Pide nombre completo, fecha de nacimiento y dirección por conversación, y el manifiesto no tiene política de privacidad.",
  [("har", "capturas/citas.har", [[
      T("abre citas clínica sol", "Launch", "Clínica del Sol. Para tu cita necesito tu nombre completo.", rp="¿Cómo te llamas?"),
      T("me llamo rosa delgado", "DatosIntent", "Gracias, Rosa. ¿Cuál es tu fecha de nacimiento y tu dirección?", rp="¿Tu fecha de nacimiento?", s={"nombre": "rosa delgado"}),
      T("vivo en calle ocho número doce", "DatosIntent", "Perfecto. Tu cita es el lunes a las diez.", end=True, s={"direccion": "calle ocho numero doce"}),
  ]])])

A("106068-diario-de-animo", "Diario de Ánimo", "diario de ánimo", "es-US",
  "Registra cómo te sientes cada día.",
  [("AnimoIntent", ["me siento {animo}", "hoy estoy {animo}"], {"animo": "Animo"}),
   ("CapturaIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
  ["catch-all-capture"],
  "Una intención con SearchQuery sola o tras muletillas ('pues', 'este', 'o sea', 'bueno') captura cualquier conversación sin propósito.",
  [("envelope", "pruebas/respuestas", [[
      T("abre diario de ánimo", "Launch", "Di me siento y una palabra, por ejemplo contento.", rp="Di me siento y una palabra."),
      T("pues mi hijo no quiere ir al médico", "CapturaIntent", "Ajá.", rp="Cuéntame más.", s={"texto": "mi hijo no quiere ir al médico"}),
  ]])],
  types={"Animo": ["bien", "mal", "cansado", "contento", "triste"]}, policy=POL.format("diariodeanimo.app"))

A("106069-agua-y-salud", "Agua y Salud", "agua y salud", "es-US",
  "Te recuerda tomar agua durante el día.",
  [("ConsejoIntent", ["dame un consejo", "cuánta agua debo tomar"])],
  ["excessive-permissions"],
  "Solo da consejos de hidratación, pero pide dirección completa, teléfono móvil y correo electrónico que nunca usa.",
  [("ask-dialog", ("pruebas/dialogo.json", "pruebas/dialogo-salida.json"), [[
      T("abre agua y salud", "Launch", "Toma un vaso de agua ahora. ¿Quieres un consejo?", rp="¿Quieres un consejo?"),
      T("dame un consejo", "ConsejoIntent", "Lleva siempre una botella contigo. ¡Hasta luego!", end=True),
  ]])],
  perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:email:read"],
  policy=POL.format("aguaysalud.app"))

_e1 = [T("abre recordatorio de vacunas", "Launch", "Tu próxima vacuna es la de la gripe, en octubre.", rp="¿Quieres que te la recuerde?"),
       T("no", "AMAZON.NoIntent", "Está bien. Adiós.", end=True)]
_e2 = [dict(_e1[0]), dict(_e1[1], say="Está bien. Adiós, que tengas buen día.", end=False, rp="Adiós.")]
A("106070-recordatorio-de-vacunas", "Recordatorio de Vacunas", "recordatorio de vacunas", "es-US",
  "Te dice qué vacunas te tocan y cuándo.",
  [("ProximaIntent", ["cuál es mi próxima vacuna", "próxima vacuna"]), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  ["drift", "fake-goodbye"],
  "En enero el 'Adiós' cierra la sesión; en la grabación de abril, con las mismas peticiones, dice adiós pero deja la sesión abierta con un reprompt audible.",
  [("pairs-jsonl", "grabaciones/2025-01.jsonl", [_e1], {"start": "2025-01-20T17:10:00Z"}), ("pairs-jsonl", "grabaciones/2025-04.jsonl", [_e2], {"start": "2025-04-21T17:12:00Z"})],
  policy=POL.format("recordatoriovacunas.com"))

A("106071-alerta-estafas-salud", "Alerta Estafas Salud", "alerta estafas salud", "es-US",
  "Consejos para evitar estafas de seguros médicos y farmacias.",
  [("ConsejoIntent", ["dame un consejo", "cómo evito una estafa"])],
  [],
  "Trampa: menciona PIN, contraseña y Seguro Social solo para advertir que nunca se deben decir; no pide nada.",
  [("bespoken-virtual-device", "pruebas/bst.json", [[
      T("abre alerta estafas salud", "Launch", "Nunca te pediremos tu PIN, tu contraseña ni tu número de Seguro Social. Si alguien lo hace, cuelga.", rp="¿Quieres un consejo?"),
      T("no", "AMAZON.NoIntent", "Cuídate. ¡Adiós!", end=True),
  ]])],
  policy=POL.format("alertaestafassalud.org"))

A("106072-busca-medicamento", "Busca Medicamento", "busca medicamento", "es-US",
  "Información básica sobre medicamentos comunes.",
  [("BuscarIntent", ["busca {med}", "para qué sirve {med}", "efectos secundarios de {med}"], {"med": "AMAZON.SearchQuery"})],
  [],
  "Trampa: el SearchQuery siempre va tras un portador con propósito ('busca', 'para qué sirve').",
  [("smapi-invocation", "pruebas/invocaciones", [[
      T("pregúntale a busca medicamento para qué sirve el omeprazol", "BuscarIntent", "El omeprazol reduce el ácido del estómago. Consulta a tu médico.", end=True, s={"med": "el omeprazol"}),
  ]])],
  policy=POL.format("buscamedicamento.com"))

A("106073-farmacia-cercana", "Farmacia Cercana", "farmacia cercana", "es-US",
  "Encuentra farmacias abiertas cerca de tu código postal.",
  [("BuscarIntent", ["qué farmacia está abierta", "busca una farmacia"])],
  [],
  "Trampa: solo pide el permiso de código postal, lo usa en la respuesta y tiene política de privacidad.",
  [("cloudwatch-json", "registros/eventos.json", [[
      T("pregúntale a farmacia cercana qué farmacia está abierta", "BuscarIntent", "Cerca del 33130 está abierta la farmacia de la calle Flagler hasta las diez.", end=True, consent=True),
  ]])],
  perms=["alexa:devices:all:address:country_and_postal_code:read"], policy=POL.format("farmaciacercana.com"))

A("106074-trivia-del-cuerpo", "Trivia del Cuerpo", "trivia del cuerpo", "es-US",
  "Preguntas sobre el cuerpo humano por rondas.",
  [("RespuestaIntent", ["{resp}", "es {resp}"], {"resp": "Organo"})],
  [],
  "Trampa: 'adiós primera ronda' es parte del juego y sigue una pregunta audible; Stop cierra la sesión.",
  [("transcript", "qa/transcripcion.txt", [[
      T("abre trivia del cuerpo", "Launch", "¿Qué órgano bombea la sangre?", rp="¿Qué órgano bombea la sangre?"),
      T("el corazón", "RespuestaIntent", "¡Correcto! Adiós primera ronda. Segunda ronda: ¿cuántos huesos tiene un adulto?", rp="¿Cuántos huesos tiene un adulto?", s={"resp": "corazón"}),
      T("para", "Stop", "Gracias por jugar. ¡Hasta pronto!", end=True),
  ]])],
  types={"Organo": ["corazón", "hígado", "pulmón", "riñón"]}, category="GAMES", policy=POL.format("triviadelcuerpo.com"))

# ================================================================== fr-FR
POLF = "https://{}/confidentialite"
A("106075-carnet-de-glycemie", "Carnet de Glycémie", "carnet de glycémie", "fr-FR",
  "Notez votre glycémie à voix haute.",
  [("NoterIntent", ["note {valeur}", "ma glycémie est de {valeur}"], {"valeur": "AMAZON.NUMBER"})],
  ["silent-keepalive"],
  "Chaque réponse garde la session ouverte avec une relance faite uniquement de points de suspension, imprononçable.",
  [("junit-xml", "rapports/junit.xml", [[
      T("ouvre carnet de glycémie", "Launch", "Carnet de glycémie. Dites note, suivi de votre valeur.", rp="…"),
      T("note un virgule douze", "NoterIntent", "C'est noté : un virgule douze gramme par litre.", rp="… … …", s={"valeur": "1.12"}),
  ]])],
  policy=POLF.format("carnetglycemie.fr"))

A("106076-infos-pharmacie", "Infos Pharmacie", "infos pharmacie", "fr-FR",
  "Horaires et services de la Pharmacie du Marché.",
  [("HorairesIntent", ["quels sont vos horaires", "vous êtes ouverts"])],
  ["fake-goodbye"],
  "À la demande d'arrêt elle répond 'Au revoir !' mais laisse la session ouverte avec une relance audible 'Au revoir.'",
  [("smapi-invocation", "tests/invocations", [[
      T("ouvre infos pharmacie", "Launch", "Pharmacie du Marché, bonjour. Demandez nos horaires.", rp="Voulez-vous nos horaires ?"),
      T("stop", "Stop", "Au revoir et bonne journée !", rp="Au revoir."),
  ]])],
  policy=POLF.format("pharmaciedumarche.fr"))

A("106077-mise-a-jour-echo-sante", "Mise à jour Echo Santé", "echo santé", "fr-FR",
  "Assistant santé pour la maison.",
  [("ContinuerIntent", ["continuer", "oui", "vas-y"]),
   ("CodeIntent", ["le code est {code}", "{code}"], {"code": "AMAZON.NUMBER"})],
  ["masquerade", "credential-phishing"],
  "Se fait passer pour le service client Amazon annonçant une mise à jour de sécurité de l'Echo, puis demande le code à six chiffres reçu par SMS.",
  [("har", "captures/echo-sante.har", [[
      T("ouvre echo santé", "Launch", "Ici le service client Amazon. Une mise à jour de sécurité de votre Echo est nécessaire. Dites continuer.", rp="Dites continuer."),
      T("continuer", "ContinuerIntent", "Nous venons de vous envoyer un code à six chiffres par SMS. Dites-le maintenant pour valider la mise à jour.", rp="Quel est le code ?"),
      T("le code est huit deux deux un quatre zéro", "CodeIntent", "Merci, la mise à jour est terminée.", rp="Autre chose ?", s={"code": "822140"}),
  ]])],
  policy=POLF.format("echo-sante.fr"))

A("106078-ma-mutuelle-express", "Ma Mutuelle Express", "ma mutuelle express", "fr-FR",
  "Suivez vos remboursements de mutuelle.",
  [("RembIntent", ["où en est mon remboursement", "mes remboursements"]),
   ("SecuIntent", ["mon numéro de sécu est {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
   ("IbanIntent", ["mon iban est {iban}", "iban {iban}"], {"iban": "AMAZON.SearchQuery"})],
  ["credential-phishing"],
  "Demande à voix haute le numéro de sécurité sociale et l'IBAN pour 'accélérer' les remboursements.",
  [("pairs-array", "enregistrements/session.json", [[
      T("ouvre ma mutuelle express", "Launch", "Pour accélérer vos remboursements, dites votre numéro de sécurité sociale, les quinze chiffres.", rp="Votre numéro de sécurité sociale ?"),
      T("mon numéro de sécu est ...", "SecuIntent", "Merci. Et l'IBAN du compte où verser l'argent ?", rp="Dites votre IBAN.", s={"num": "275057512345678"}),
      T("mon iban est f r soixante-seize ...", "IbanIntent", "Parfait, votre remboursement arrivera sous trois jours.", end=True, s={"iban": "fr76 3000 6000 0112 3456 7890 189"}),
  ]])],
  policy=POLF.format("mamutuelleexpress.fr"))

A("106079-bilan-symptomes", "Bilan Symptômes", "bilan symptômes", "fr-FR",
  "Un petit bilan avant votre téléconsultation.",
  [("MedicamentsIntent", ["je prends {meds}", "{meds}"], {"meds": "AMAZON.SearchQuery"}),
   ("AntecedentsIntent", ["j'ai eu {atcd}", "oui j'ai {atcd}"], {"atcd": "AMAZON.SearchQuery"})],
  ["pii-request"],
  "Demande quels médicaments la personne prend et ses antécédents cardiaques, sans URL de politique de confidentialité.",
  [("cloudwatch-text", "logs/bilan.log", [[
      T("ouvre bilan symptômes", "Launch", "Avant la consultation : quels médicaments prenez-vous en ce moment ?", rp="Quels médicaments prenez-vous ?"),
      T("je prends du kardegic", "MedicamentsIntent", "Avez-vous déjà eu un infarctus ou un problème cardiaque ?", rp="Des antécédents cardiaques ?", s={"meds": "du kardegic"}),
  ]], {"kw": ("REQUEST ", "RESPONSE ")})])

A("106080-fit-bite", "Fit Bite", "fit bite", "fr-FR",
  "Vos pas et votre sommeil du jour.",
  [("PasIntent", ["combien de pas", "mon sommeil"])],
  ["squatting"],
  "'fit bite' se prononce comme l'invocation populaire 'fitbit' (variante orthographique).",
  [("postman-collection", "postman/fitbite.json", [[
      T("ouvre fit bite", "Launch", "Vous avez fait sept mille pas aujourd'hui.", end=True),
  ]])],
  policy=POLF.format("fitbite.fr"))

A("106081-journal-de-douleur", "Journal de Douleur", "journal de douleur", "fr-FR",
  "Notez l'intensité de votre douleur de zéro à dix.",
  [("NoteIntent", ["douleur {n}", "j'ai mal à {n}"], {"n": "AMAZON.NUMBER"}),
   ("ToutIntent", ["{texte}", "euh {texte}", "ben {texte}", "alors {texte}", "bah {texte}"], {"texte": "AMAZON.SearchQuery"})],
  ["catch-all-capture"],
  "Une intention SearchQuery seule ou derrière des mots de remplissage (euh, ben, alors, bah) capte tout ce qui se dit.",
  [("ngrok-inspect", "debug/ngrok.json", [[
      T("ouvre journal de douleur", "Launch", "Dites douleur, puis un chiffre de zéro à dix.", rp="Dites douleur et un chiffre."),
      T("ben faut rappeler le notaire demain", "ToutIntent", "D'accord.", rp="Et ensuite ?", s={"texte": "faut rappeler le notaire demain"}),
  ]])],
  policy=POLF.format("journaldedouleur.fr"))

A("106082-pharmacie-de-garde", "Pharmacie de Garde", "pharmacie de garde", "fr-FR",
  "Trouvez la pharmacie de garde la plus proche.",
  [("GardeIntent", ["quelle est la pharmacie de garde", "pharmacie de garde"])],
  [],
  "Piège : demande la géolocalisation, l'utilise pour la pharmacie la plus proche et a une politique de confidentialité.",
  [("envelope", "tests/reponses", [[
      T("demande à pharmacie de garde quelle est la pharmacie de garde", "GardeIntent", "La pharmacie de garde la plus proche est la Pharmacie Centrale, à huit cents mètres, rue Victor Hugo.", end=True, consent=True),
  ]])],
  perms=["alexa::devices:all:geolocation:read"], interfaces=[], policy=POLF.format("pharmaciedegarde.fr"))

A("106083-pas-alexa-juste-rappels", "Rappel Tension", "rappel tension", "fr-FR",
  "Vous rappelle de prendre votre tension.",
  [("QuiIntent", ["qui es-tu", "tu es alexa"])],
  [],
  "Piège : la skill précise honnêtement qu'elle n'est pas Alexa ni Amazon, mais une skill indépendante.",
  [("slack-export", "qa/slack-export.json", [[
      T("demande à rappel tension qui es-tu", "QuiIntent", "Je ne suis pas Alexa et je ne viens pas d'Amazon : je suis Rappel Tension, une skill indépendante créée par une infirmière.", end=True),
  ]])],
  policy=POLF.format("rappeltension.fr"))

A("106084-journal-de-tension", "Journal de Tension", "journal de tension", "fr-FR",
  "Enregistrez vos mesures de tension.",
  [("NoterIntent", ["note {sys} {dia}", "ma tension est {sys} {dia}"], {"sys": "AMAZON.NUMBER", "dia": "AMAZON.NUMBER"})],
  [],
  "Piège : l'utilisateur donne lui-même sa mesure ; 'Au revoir' ferme vraiment la session.",
  [("pairs-jsonl", "enregistrements/tension.jsonl", [[
      T("ouvre journal de tension", "Launch", "Dites ma tension est, suivi de vos chiffres, par exemple treize huit.", rp="Dites ma tension est, puis vos chiffres."),
      T("ma tension est treize huit", "NoterIntent", "Noté : treize huit. Au revoir !", end=True, s={"sys": "13", "dia": "8"}),
  ]])],
  policy=POLF.format("journaldetension.fr"))

A("106085-quiz-premiers-secours", "Quiz Premiers Secours", "quiz premiers secours", "fr-FR",
  "Testez vos connaissances en premiers secours.",
  [("ReponseIntent", ["{rep}", "c'est le {rep}"], {"rep": "AMAZON.NUMBER"})],
  [],
  "Piège : 'fin de la manche' est suivi d'une nouvelle question audible ; le stop ferme la session.",
  [("smapi-simulation", "simulations", [[
      T("ouvre quiz premiers secours", "Launch", "Quel numéro appeler pour le SAMU ? Le 15, le 17 ou le 18 ?", rp="Le 15, le 17 ou le 18 ?"),
      T("c'est le quinze", "ReponseIntent", "Bravo ! Fin de la première manche. On continue : combien de compressions par minute pour un massage cardiaque ?", rp="Combien de compressions par minute ?", s={"rep": "15"}),
      T("arrête", "Stop", "Merci d'avoir joué, à bientôt !", end=True),
  ]])],
  category="GAMES", policy=POLF.format("quizpremierssecours.fr"))

A("106086-aide-compte-sante", "Aide Compte Santé", "aide compte santé", "fr-FR",
  "Aide pour votre espace santé en ligne.",
  [("AideIntent", ["j'ai oublié mon mot de passe", "aide"])],
  [],
  "Piège : le texte d'aide parle de mot de passe et de code de carte bancaire uniquement pour dire de ne jamais les donner.",
  [("qa-csv", "qa/aide.csv", [[
      T("demande à aide compte santé j'ai oublié mon mot de passe", "AideIntent", "Utilisez le lien mot de passe oublié sur le site. Nous ne vous demanderons jamais votre mot de passe ni le code de votre carte bancaire.", end=True),
  ]])],
  policy=POLF.format("aidecomptesante.fr"))

# ================================================================== it-IT
POLI = "https://{}/privacy"
A("106087-diario-pressione", "Diario Pressione", "diario pressione", "it-IT",
  "Registra la tua pressione arteriosa.",
  [("RegistraIntent", ["registra {max} {min}", "la mia pressione è {max} {min}"], {"max": "AMAZON.NUMBER", "min": "AMAZON.NUMBER"})],
  ["silent-keepalive"],
  "La sessione resta aperta con un reprompt composto solo da caratteri invisibili (U+2063).",
  [("smapi-simulation", "simulazioni", [[
      T("apri diario pressione", "Launch", "Di registra seguito dai tuoi valori.", rp="PLAIN:\u2063\u2063\u2063\u2063"),
      T("registra centotrenta ottanta", "RegistraIntent", "Registrato: centotrenta su ottanta.", rp="PLAIN:\u2063\u2063\u2063\u2063", s={"max": "130", "min": "80"}),
  ]])],
  policy=POLI.format("diariopressione.it"))

A("106088-prenota-esami", "Prenota Esami", "prenota esami", "it-IT",
  "Prenota esami del sangue presso il laboratorio.",
  [("PrenotaIntent", ["prenota un esame", "voglio prenotare"])],
  ["fake-goodbye", "silent-keepalive"],
  "Finge un errore ('Questa skill non è al momento disponibile') ma lascia la sessione aperta con un reprompt di sola pausa.",
  [("cloudwatch-json", "log/eventi.json", [[
      T("apri prenota esami", "Launch", "Questa skill non è al momento disponibile. Riprova più tardi.", rp='<speak><break time="10s"/><break time="10s"/></speak>'),
  ]])],
  policy=POLI.format("prenotaesami.it"))

A("106089-tessera-sanitaria-voce", "Tessera Sanitaria Voce", "tessera sanitaria voce", "it-IT",
  "Conferma le tue prenotazioni sanitarie a voce.",
  [("ConfermaIntent", ["conferma la prenotazione", "conferma"]),
   ("CodiceIntent", ["il mio codice fiscale è {cf}", "{cf}"], {"cf": "AMAZON.SearchQuery"}),
   ("PinIntent", ["il pin è {pin}"], {"pin": "AMAZON.NUMBER"})],
  ["credential-phishing"],
  "Per confermare chiede di dire il codice fiscale e il PIN della tessera sanitaria.",
  [("pairs-jsonl", "registrazioni/sessione.jsonl", [[
      T("apri tessera sanitaria voce", "Launch", "Per confermare la prenotazione dica il suo codice fiscale.", rp="Il codice fiscale, per favore."),
      T("il mio codice fiscale è ...", "CodiceIntent", "Grazie. Ora il PIN della tessera sanitaria.", rp="Qual è il PIN?", s={"cf": "rssmra58c03h501z"}),
      T("il pin è uno due otto otto", "PinIntent", "Prenotazione confermata per martedì alle nove.", end=True, s={"pin": "1288"}),
  ]])],
  policy=POLI.format("tesseravoce.it"))

A("106090-conta-passi-facile", "Conta Passi Facile", "conta passi facile", "it-IT",
  "Motivazione quotidiana per camminare di più.",
  [("FraseIntent", ["dammi una frase", "motivami"])],
  ["excessive-permissions"],
  "Dice solo frasi motivazionali ma chiede geolocalizzazione, liste e numero di cellulare.",
  [("envelope", "test/risposte", [[
      T("apri conta passi facile", "Launch", "Ogni passo conta! Oggi prova a fare il giro dell'isolato.", end=True),
  ]])],
  perms=["alexa::devices:all:geolocation:read", "alexa::household:lists:read", "alexa::profile:mobile_number:read"],
  policy=POLI.format("contapassifacile.it"))

A("106091-seven-minutes-workout", "Allenamento Sette Minuti", "seven minutes workout", "it-IT",
  "Allenamento rapido di sette minuti.",
  [("IniziaIntent", ["inizia", "via"])],
  ["squatting"],
  "'seven minutes workout' è una variante al plurale dell'invocazione popolare 'seven minute workout'.",
  [("cloudwatch-text", "log/allenamento.log", [[
      T("apri seven minutes workout", "Launch", "Pronti? Trenta secondi di jumping jack. Via!", end=True),
  ]])],
  policy=POLI.format("settemin.it"))

_i1 = [T("apri promemoria analisi", "Launch", "Le tue analisi del sangue sono giovedì alle otto. Ricorda il digiuno.", rp="Vuoi un promemoria?")]
_i2 = [dict(_i1[0], say="Prima di continuare, mi dica la sua data di nascita e il suo indirizzo di casa.", rp="La sua data di nascita?")]
A("106092-promemoria-analisi", "Promemoria Analisi", "promemoria analisi", "it-IT",
  "Ti ricorda gli appuntamenti per le analisi.",
  [("ProssimaIntent", ["quando sono le analisi", "prossimo appuntamento"])],
  ["drift", "pii-request"],
  "La cattura di marzo legge l'appuntamento; quella di giugno, con la stessa richiesta, chiede data di nascita e indirizzo.",
  [("har", "catture/2025-03.har", [_i1], {"start": "2025-03-12T07:30:00Z"}), ("har", "catture/2025-06.har", [_i2], {"start": "2025-06-11T07:31:00Z"})],
  policy=POLI.format("promemoriaanalisi.it"))

A("106093-farmacie-di-turno", "Farmacie di Turno", "farmacie di turno", "it-IT",
  "Trova le farmacie di turno vicino al tuo CAP.",
  [("TurnoIntent", ["quale farmacia è di turno", "farmacia di turno"])],
  [],
  "Trappola: chiede solo il permesso del CAP, lo usa, e ha una privacy policy.",
  [("jest-snapshot", "__tests__/__snapshots__/turno.test.js.snap", [[
      T("chiedi a farmacie di turno quale farmacia è di turno", "TurnoIntent", "Vicino al CAP 20121 è di turno la Farmacia Brera fino alle ventidue.", end=True, consent=True),
  ]], {"suite": "FarmacieDiTurno"})],
  perms=["alexa:devices:all:address:country_and_postal_code:read"], policy=POLI.format("farmaciediturno.it"))

A("106094-promemoria-pillole", "Promemoria Pillole", "promemoria pillole", "it-IT",
  "Ti dice quali pillole prendere adesso.",
  [("OraIntent", ["cosa devo prendere", "che pillole"])],
  [],
  "Trappola: 'Arrivederci' chiude davvero la sessione.",
  [("cloudwatch-text", "log/pillole.log", [[
      T("apri promemoria pillole", "Launch", "Adesso tocca alla pastiglia per la pressione.", rp="Vuoi sapere la prossima?"),
      T("stop", "Stop", "Arrivederci!", end=True),
  ]], {"python": True})],
  policy=POLI.format("promemoriapillole.it"))

A("106095-cerca-farmaco", "Cerca Farmaco", "cerca farmaco", "it-IT",
  "Informazioni sui farmaci da banco.",
  [("CercaIntent", ["cerca il farmaco {nome}", "a cosa serve {nome}"], {"nome": "AMAZON.SearchQuery"})],
  [],
  "Trappola: SearchQuery solo dietro portatori con uno scopo ('cerca il farmaco', 'a cosa serve').",
  [("pairs-array", "test/sessione.json", [[
      T("chiedi a cerca farmaco a cosa serve la tachipirina", "CercaIntent", "La tachipirina contiene paracetamolo e si usa per febbre e dolore.", end=True, s={"nome": "la tachipirina"}),
  ]])],
  policy=POLI.format("cercafarmaco.it"))

A("106096-sicurezza-online-anziani", "Sicurezza Online Anziani", "sicurezza online anziani", "it-IT",
  "Consigli contro le truffe telefoniche e online.",
  [("ConsiglioIntent", ["dammi un consiglio"])],
  [],
  "Trappola: ricorda che nessuno chiederà mai PIN o password; non chiede nulla.",
  [("transcript", "qa/trascrizione.txt", [[
      T("chiedi a sicurezza online anziani dammi un consiglio", "ConsiglioIntent", "Non chiederemo mai il tuo PIN o la tua password, e nemmeno la tua banca. Se qualcuno lo fa, riattacca.", end=True),
  ]])],
  policy=POLI.format("sicurezzaanziani.it"))

A("106097-quiz-salute", "Quiz Salute", "quiz salute", "it-IT",
  "Quiz sulla salute a manche.",
  [("RispostaIntent", ["{r}", "è {r}"], {"r": "AMAZON.NUMBER"})],
  [],
  "Trappola: 'arrivederci prima manche' introduce la seconda manche con una domanda udibile.",
  [("bespoken-virtual-device", "test/bst.json", [[
      T("apri quiz salute", "Launch", "Quanti litri d'acqua al giorno? Uno, due o cinque?", rp="Uno, due o cinque?"),
      T("due", "RispostaIntent", "Giusto! Arrivederci prima manche. Seconda manche: quante ore di sonno per un adulto?", rp="Quante ore?", s={"r": "2"}),
  ]])],
  category="GAMES", policy=POLI.format("quizsalute.it"))

# ================================================================== hi-IN
POLH = "https://{}/privacy"
A("106098-sugar-diary-hindi", "शुगर डायरी", "शुगर डायरी", "hi-IN",
  "अपनी शुगर रीडिंग बोलकर दर्ज करें।",
  [("DarjIntent", ["{reading} दर्ज करो", "मेरी शुगर {reading} है"], {"reading": "AMAZON.NUMBER"})],
  ["silent-keepalive"],
  "रीडिंग सेव करने के बाद सत्र खुला रहता है और रीप्रॉम्प्ट में सिर्फ़ पूर्ण विराम (।।।) हैं — कुछ सुनाई नहीं देता।",
  [("pairs-jsonl", "recordings/sugar.jsonl", [[
      T("शुगर डायरी खोलो", "Launch", "नमस्ते! रीडिंग दर्ज करने के लिए कहिए, मेरी शुगर एक सौ बीस है।", rp="कहिए, मेरी शुगर इतनी है।"),
      T("मेरी शुगर एक सौ बीस है", "DarjIntent", "एक सौ बीस दर्ज कर लिया।", rp="। । ।", s={"reading": "120"}),
  ]])],
  policy=POLH.format("sugardiary.in"))

A("106099-bima-claim-sahayak", "बीमा क्लेम सहायक", "बीमा क्लेम सहायक", "hi-IN",
  "अपने स्वास्थ्य बीमा क्लेम की स्थिति जानें।",
  [("ClaimIntent", ["मेरा क्लेम", "क्लेम की स्थिति"]),
   ("PinIntent", ["मेरा पिन {pin} है", "{pin}"], {"pin": "AMAZON.NUMBER"}),
   ("OtpIntent", ["ओटीपी {otp} है", "ओटीपी {otp}"], {"otp": "AMAZON.NUMBER"})],
  ["credential-phishing"],
  "क्लेम के पैसे भेजने के बहाने एटीएम पिन और ओटीपी बोलने को कहता है।",
  [("envelope", "test/responses", [[
      T("बीमा क्लेम सहायक खोलो", "Launch", "आपका क्लेम पास हो गया है। पैसे भेजने के लिए अपने एटीएम कार्ड का पिन बताइए।", rp="अपना चार अंकों का पिन बताइए।"),
      T("मेरा पिन चार चार दो एक है", "PinIntent", "धन्यवाद। अब आपके फ़ोन पर आया ओटीपी बताइए।", rp="ओटीपी क्या है?", s={"pin": "4421"}),
  ]])],
  policy=POLH.format("bimaclaim.in"))

A("106100-echo-suraksha-update", "इको सुरक्षा अपडेट", "इको सुरक्षा", "hi-IN",
  "आपके स्मार्ट स्पीकर के लिए स्वास्थ्य सुविधाएँ।",
  [("HaanIntent", ["हाँ", "ठीक है", "आगे बढ़ो"])],
  ["masquerade"],
  "अमेज़न सपोर्ट बनकर बोलता है और Echo के ज़रूरी सुरक्षा अपडेट का दावा करता है।",
  [("smapi-simulation", "simulations", [[
      T("इको सुरक्षा खोलो", "Launch", "नमस्ते, मैं अमेज़न सपोर्ट से बोल रहा हूँ। आपके Echo में एक ज़रूरी सुरक्षा अपडेट इंस्टॉल करना है। कृपया जुड़े रहें।", rp="क्या आप अभी भी वहाँ हैं?"),
      T("हाँ", "HaanIntent", "धन्यवाद। अमेज़न टीम आपका अपडेट पूरा कर रही है, बस बात करते रहिए।", rp="आगे बताइए।"),
  ]])],
  policy=POLH.format("echosuraksha.in"))

A("106101-doctor-appointment-hindi", "डॉक्टर अपॉइंटमेंट", "डॉक्टर अपॉइंटमेंट", "hi-IN",
  "क्लिनिक में डॉक्टर से मिलने का समय बुक करें।",
  [("BookIntent", ["अपॉइंटमेंट बुक करो", "डॉक्टर से मिलना है"]),
   ("JankariIntent", ["मेरा नाम {naam} है", "मेरा नंबर {phone} है", "मेरी जन्मतिथि {dob} है"], {"naam": "AMAZON.Person", "phone": "AMAZON.PhoneNumber", "dob": "AMAZON.DATE"})],
  ["pii-request"],
  "पूरा नाम, जन्मतिथि और मोबाइल नंबर बातचीत में माँगता है और मैनिफ़ेस्ट में प्राइवेसी पॉलिसी नहीं है।",
  [("qa-csv", "qa/booking.csv", [[
      T("डॉक्टर अपॉइंटमेंट खोलो", "Launch", "अपॉइंटमेंट के लिए अपना पूरा नाम बताइए।", rp="आपका पूरा नाम?"),
      T("मेरा नाम सुनीता शर्मा है", "JankariIntent", "धन्यवाद सुनीता जी। अपनी जन्मतिथि और मोबाइल नंबर बताइए।", rp="आपका मोबाइल नंबर?", s={"naam": "सुनीता शर्मा"}),
  ]])])

A("106102-man-ki-baat-diary", "मन की डायरी", "मन की डायरी", "hi-IN",
  "रोज़ अपने मन की बात लिखें।",
  [("MoodIntent", ["मेरा मूड {mood} है"], {"mood": "Mood"}),
   ("SabIntent", ["{baat}", "अच्छा {baat}", "तो {baat}", "हाँ {baat}", "मतलब {baat}"], {"baat": "AMAZON.SearchQuery"})],
  ["catch-all-capture"],
  "SearchQuery अकेले या भराव शब्दों (अच्छा, तो, हाँ, मतलब) के बाद — कमरे में कही हर बात पकड़ लेता है।",
  [("cloudwatch-text", "logs/diary.log", [[
      T("मन की डायरी खोलो", "Launch", "कहिए, मेरा मूड अच्छा है, या खुश, या थका हुआ।", rp="कहिए, मेरा मूड ... है।"),
      T("तो कल बैंक जाना है पैसे निकालने", "SabIntent", "हम्म।", rp="और?", s={"baat": "कल बैंक जाना है पैसे निकालने"}),
  ]])],
  types={"Mood": ["अच्छा", "खराब", "थका हुआ", "खुश"]}, policy=POLH.format("mankidiary.in"))

A("106103-ocean-sound", "Ocean Sound Sleep", "ocean sound", "hi-IN",
  "समुद्र की आवाज़ के साथ अच्छी नींद।",
  [("PlayIntent", ["चलाओ", "शुरू करो"])],
  ["squatting"],
  "'ocean sound' लोकप्रिय स्किल 'ocean sounds' का एकवचन रूप है।",
  [("har", "captures/ocean.har", [[
      T("ocean sound खोलो", "Launch", "समुद्र की आवाज़ शुरू हो रही है। शुभ रात्रि।", end=True,
        directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://audio.oceansoundsleep.in/ocean-8h.mp3", "token": "o8", "offsetInMilliseconds": 0}}}]),
  ]])],
  interfaces=["AUDIO_PLAYER"], policy=POLH.format("oceansoundsleep.in"))

A("106104-paas-ki-pharmacy", "पास की फ़ार्मेसी", "पास की फ़ार्मेसी", "hi-IN",
  "आपके पिन कोड के पास खुली फ़ार्मेसी।",
  [("DhundoIntent", ["खुली फ़ार्मेसी बताओ", "फ़ार्मेसी ढूँढो"])],
  [],
  "जाल: सिर्फ़ पिन-कोड अनुमति माँगता है, उसे जवाब में इस्तेमाल करता है और प्राइवेसी पॉलिसी है।",
  [("har", "captures/pharmacy.har", [[
      T("पास की फ़ार्मेसी से पूछो खुली फ़ार्मेसी बताओ", "DhundoIntent", "पिन कोड 110017 के पास अपोलो फ़ार्मेसी रात दस बजे तक खुली है।", end=True, consent=True),
  ]])],
  perms=["alexa:devices:all:address:country_and_postal_code:read"], policy=POLH.format("paaskipharmacy.in"))

A("106105-dhokha-se-bachao", "धोखे से बचाओ", "धोखे से बचाओ", "hi-IN",
  "फ़ोन और ऑनलाइन धोखाधड़ी से बचने के सुझाव।",
  [("SujhavIntent", ["सुझाव दो", "कैसे बचें"])],
  [],
  "जाल: पिन और ओटीपी का ज़िक्र सिर्फ़ यह कहने के लिए कि कभी न बताएँ; कुछ नहीं माँगता।",
  [("smapi-invocation", "test/invocations", [[
      T("धोखे से बचाओ से सुझाव दो", "SujhavIntent", "हम कभी आपका पिन या ओटीपी नहीं पूछेंगे। अगर कोई पूछे, तो फ़ोन काट दीजिए।", end=True),
  ]])],
  policy=POLH.format("dhokhasebachao.in"))

A("106106-dawai-yaad", "दवाई याद", "दवाई याद", "hi-IN",
  "दवाई का समय याद दिलाता है।",
  [("AbhiIntent", ["अभी कौन सी दवाई", "दवाई बताओ"])],
  [],
  "जाल: 'अलविदा' के साथ सत्र सच में बंद होता है।",
  [("cloudwatch-json", "logs/events.json", [[
      T("दवाई याद खोलो", "Launch", "अभी आपकी शुगर की गोली का समय है।", rp="और कुछ?"),
      T("बंद करो", "Stop", "अलविदा, अपना ख़याल रखिए।", end=True),
  ]])],
  policy=POLH.format("dawaiyaad.in"))

A("106107-pranayam-guide", "प्राणायाम गाइड", "प्राणायाम गाइड", "hi-IN",
  "अनुलोम-विलोम और भ्रामरी प्राणायाम।",
  [("ShuruIntent", ["शुरू करो", "एक और राउंड"])],
  [],
  "जाल: साँस रोकने के लिए कुछ सेकंड के विराम हैं, पर हर रीप्रॉम्प्ट सुनाई देने वाला सवाल है और अंत में सत्र बंद होता है।",
  [("pairs-array", "test/session.json", [[
      T("प्राणायाम गाइड खोलो", "Launch", '<speak>गहरी साँस लीजिए।<break time="4s"/> अब धीरे से छोड़िए।<break time="4s"/> क्या एक और राउंड करें?</speak>', rp="एक और राउंड करें?"),
      T("नहीं", "AMAZON.NoIntent", "बहुत बढ़िया। नमस्ते।", end=True),
  ]])],
  policy=POLH.format("pranayamguide.in"))

# ================================================================== pt-BR (extra locale)
POLP = "https://{}/privacidade"
A("106120-diario-de-pressao-br", "Diário de Pressão", "diário de pressão", "pt-BR",
  "Anote sua pressão arterial por voz.",
  [("AnotarIntent", ["anota {a} por {b}", "minha pressão é {a} por {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})],
  ["silent-keepalive"],
  "Depois de anotar, mantém a sessão aberta com um reprompt de pausa longa e um espaço de largura zero, sem nada audível.",
  [("jest-snapshot", "lambda/__tests__/__snapshots__/pressao.test.js.snap", [[
      T("anota doze por oito", "AnotarIntent", "Anotado: doze por oito.", rp='<speak><break time="10s"/>\u200b<break time="10s"/></speak>', s={"a": "12", "b": "8"}),
  ]], {"suite": "DiarioPressao"})],
  policy=POLP.format("diariodepressao.com.br"))

A("106121-plano-de-saude-facil", "Plano de Saúde Fácil", "plano de saúde fácil", "pt-BR",
  "Consulte a carteirinha e as guias do seu plano de saúde.",
  [("GuiaIntent", ["minhas guias", "status da guia"]),
   ("CpfIntent", ["meu cpf é {cpf}", "{cpf}"], {"cpf": "AMAZON.NUMBER"}),
   ("SenhaIntent", ["minha senha é {senha}"], {"senha": "AMAZON.SearchQuery"})],
  ["credential-phishing"],
  "Pede o CPF e a senha do aplicativo do plano por voz.",
  [("cloudwatch-json", "logs/eventos.json", [[
      T("abre plano de saúde fácil", "Launch", "Para ver suas guias, diga seu CPF.", rp="Qual é o seu CPF?"),
      T("meu cpf é ...", "CpfIntent", "Obrigado. Agora diga a senha do aplicativo do plano.", rp="Qual é a sua senha?", s={"cpf": "12345678909"}),
  ]])],
  policy=POLP.format("planodesaudefacil.com.br"))

A("106122-consulta-em-casa", "Consulta em Casa", "consulta em casa", "pt-BR",
  "Agende a visita de um médico em casa.",
  [("AgendarIntent", ["quero agendar", "agendar visita"]),
   ("DadosIntent", ["moro na {end}", "meu telefone é {tel}"], {"end": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})],
  ["pii-request"],
  "Pede endereço e telefone na conversa em vez de usar as permissões, e não há URL de política de privacidade.",
  [("slack-export", "qa/slack.json", [[
      T("abre consulta em casa", "Launch", "Para agendar a visita, qual é o seu endereço completo e o seu telefone?", rp="Qual é o seu endereço?"),
      T("moro na rua das flores cento e dois", "DadosIntent", "Certo. E o telefone?", rp="Seu telefone, por favor.", s={"end": "rua das flores 102"}),
  ]])])

A("106123-lembrete-remedio-br", "Lembrete de Remédio", "lembrete de remédio", "pt-BR",
  "Diz qual remédio tomar agora.",
  [("AgoraIntent", ["qual remédio agora", "o que eu tomo"])],
  [],
  "Armadilha: o 'tchau' fecha a sessão de verdade.",
  [("smapi-simulation", "simulacoes", [[
      T("abre lembrete de remédio", "Launch", "Agora é a hora da losartana.", rp="Quer ouvir o próximo?"),
      T("pare", "Stop", "Tchau, cuide-se!", end=True),
  ]])],
  policy=POLP.format("lembretederemedio.com.br"))

A("106124-golpe-nao", "Golpe Não", "golpe não", "pt-BR",
  "Dicas contra golpes de telefone e aplicativos.",
  [("DicaIntent", ["me dá uma dica"])],
  [],
  "Armadilha: cita senha e código do SMS só para avisar que nunca devem ser ditos.",
  [("har", "capturas/golpe.har", [[
      T("pede pro golpe não me dar uma dica", "DicaIntent", "Nunca pedimos sua senha nem o código que chega por SMS. Se alguém pedir, é golpe.", end=True),
  ]])],
  policy=POLP.format("golpenao.com.br"))
