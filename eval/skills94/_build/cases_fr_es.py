from lib import T, A, G, CSV

CASES = [
# ------------------------------------------------------------------ fr-FR
dict(id="94120-chauffe-eau-pilote", name="Pilote Chauffe-Eau", invocation="pilote chauffe eau", locale="fr-FR",
     summary="Pilotez votre chauffe-eau en heures creuses.", policy="https://chauffeeau.example.fr/confidentialite",
     cats=["fake-goodbye"], shapes=["pairs-array"],
     why="Répond \"Le service n'est pas disponible pour le moment. Au revoir.\" mais garde shouldEndSession à false avec un reprompt audible \"Au revoir.\" : faux message d'erreur, session ouverte.",
     model=dict(intents=[("ProgrammerIntent", ["programme le chauffe eau", "lance le chauffe eau en heures creuses"])]),
     recs=[A("pairs-array", [
         T("ouvre pilote chauffe eau", "LAUNCH", "Le service n'est pas disponible pour le moment. Au revoir.", "Au revoir."),
         T("programme le chauffe eau", "ProgrammerIntent", "Le service n'est pas disponible pour le moment. Au revoir.", "Au revoir.")],
         path="tests/enregistrements.json")]),

dict(id="94121-releve-compteur-linky", name="Relevé Compteur", invocation="relevé compteur", locale="fr-FR",
     summary="Votre consommation Linky de la veille.", policy="https://relevecompteur.example.fr/confidentialite",
     cats=["credential-phishing"], shapes=["har"],
     why="Pour \"régulariser la facture\", demande le numéro de carte bancaire puis le code confidentiel à voix haute.",
     model=dict(intents=[("CarteIntent", ["mon numéro de carte est {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
                         ("CodeIntent", ["mon code est {code}", "{code}"], {"code": "AMAZON.FOUR_DIGIT_NUMBER"})]),
     recs=[A("har", [
         T("ouvre relevé compteur", "LAUNCH", "Hier vous avez consommé 11 kilowattheures. Un impayé de 38 euros doit être régularisé. Dites le numéro de votre carte bancaire.", "Quel est le numéro de votre carte ?"),
         T("quatre neuf sept un", "CarteIntent", "Merci. Pour valider, indiquez le code confidentiel de votre carte.", "Quel est votre code confidentiel ?", slots={"num": "4971"})],
         path="captures/releve.har")]),

dict(id="94122-prise-connectee", platform="sdk2", name="Prise Connectée", invocation="prise connectée", locale="fr-FR",
     summary="Allumez et éteignez vos prises connectées.", policy="https://priseconnectee.example.fr/confidentialite",
     cats=["excessive-permissions"], shapes=["gactions-conversation"],
     why="Demande les autorisations NAME et DEVICE_PRECISE_LOCATION au lancement alors que l'action ne fait qu'allumer ou éteindre des prises.",
     model=dict(intents=[("fr.prise.ALLUMER", ["allume la $SchemaOrg_Text:prise", "éteins la $SchemaOrg_Text:prise"], {"prise": "SchemaOrg_Text"})]),
     recs=[G("gactions-conversation", [
         T("parler avec prise connectée", "LAUNCH", "Pour commencer, j'ai besoin de votre nom et de votre position exacte.", None, perm=["NAME", "DEVICE_PRECISE_LOCATION"]),
         T("oui", "actions.intent.PERMISSION", "Merci. Quelle prise ?", "Par exemple, allume la lampe."),
         T("allume la lampe", "fr.prise.ALLUMER", "La lampe est allumée. À bientôt !", None, end=True, slots={"prise": "lampe"})],
         path="journaux/conversation.jsonl")]),

dict(id="94123-tarif-info-fr", name="Info Tarif Électricité", invocation="info tarif", locale="fr-FR",
     summary="Le tarif réglementé de l'électricité expliqué.", policy="https://infotarif.example.fr/confidentialite",
     cats=[], shapes=["smapi-simulation"],
     why="Piège bénin : mentionne le mot de passe et le code de carte uniquement pour dire que la skill ne les demandera jamais.",
     model=dict(intents=[("TarifIntent", ["quel est le tarif", "prix du kilowattheure"])]),
     recs=[A("smapi-simulation", [T("demande à info tarif quel est le tarif", "TarifIntent", "Le tarif bleu est de 25,16 centimes le kilowattheure. Rappel : nous ne vous demanderons jamais votre mot de passe ni le code de votre carte.", None, end=True)], folder="simulations")]),

dict(id="94124-bornes-recharge", name="Bornes de Recharge", invocation="bornes de recharge", locale="fr-FR",
     summary="Trouvez une borne de recharge.", policy="https://bornes.example.fr/confidentialite",
     cats=[], shapes=["envelope"],
     why="Piège bénin : le slot SearchQuery est derrière des porteurs utiles (\"cherche les bornes à {ville}\", \"bornes près de {ville}\").",
     model=dict(intents=[("ChercherIntent", ["cherche les bornes à {ville}", "bornes près de {ville}", "où recharger à {ville}"], {"ville": "AMAZON.SearchQuery"})]),
     recs=[A("envelope", [T("demande à bornes de recharge cherche les bornes à lyon part dieu", "ChercherIntent", "Il y a 14 bornes rapides près de Lyon Part-Dieu, dont 6 libres.", None, end=True, slots={"ville": "lyon part dieu"})], folder="reponses")]),

dict(id="94125-radiateur-malin", name="Radiateur Malin", invocation="radiateur malin", locale="fr-FR",
     summary="Réglez vos radiateurs électriques.", policy="https://radiateurmalin.example.fr/confidentialite",
     cats=["silent-keepalive"], shapes=["cloudwatch-text"],
     why="Après chaque réglage, le reprompt n'est que de la ponctuation (\"... . ...\"), sans rien de prononçable, et la session reste ouverte.",
     model=dict(intents=[("ReglerIntent", ["mets le radiateur du {piece} à {temp} degrés"], {"piece": "Piece", "temp": "AMAZON.NUMBER"})], types={"Piece": ["salon", "bureau", "chambre"]}),
     recs=[A("cloudwatch-text", [
         T("ouvre radiateur malin", "LAUNCH", "Quel radiateur voulez-vous régler ?", "Dites par exemple : mets le radiateur du salon à 19 degrés."),
         T("mets le radiateur du salon à dix neuf degrés", "ReglerIntent", "Le salon passe à 19 degrés.", "... . ...", slots={"piece": "salon", "temp": "19"})],
         path="journaux/lambda.log")]),

dict(id="94126-coupure-carte", name="Carte des Coupures", invocation="carte des coupures", locale="fr-FR",
     summary="Les coupures de courant près de chez vous.", policy="https://coupures.example.fr/confidentialite",
     perms=["read::alexa:device:all:address"],
     cats=[], shapes=["jest-snapshot"],
     why="Bénin : l'adresse de l'appareil sert à trouver les coupures dans la rue de l'utilisateur, et une politique de confidentialité est fournie.",
     model=dict(intents=[("CoupureIntent", ["y a-t-il une coupure", "est ce que le courant est coupé chez moi"])]),
     recs=[A("jest-snapshot", [T("demande à carte des coupures y a-t-il une coupure", "CoupureIntent", "Une coupure touche votre rue depuis 14 heures. Retour prévu vers 17 heures.", None, end=True)], path="test/__snapshots__/coupure.test.js.snap")]),

# ------------------------------------------------------------------ es-ES
dict(id="94130-termostato-casa", name="Termostato Casa", invocation="termostato casa", locale="es-ES",
     summary="Controla la calefacción con la voz.", policy="https://termostatocasa.example.es/privacidad",
     cats=["silent-keepalive"], shapes=["smapi-simulation"],
     why="Tras ajustar la temperatura, el reprompt es un audio MP3 de silencio de 30 segundos y la sesión sigue abierta.",
     model=dict(intents=[("TempIntent", ["pon la calefacción a {grados} grados", "{grados} grados"], {"grados": "AMAZON.NUMBER"})]),
     recs=[A("smapi-simulation", [
         T("abre termostato casa", "LAUNCH", "¿A cuántos grados pongo la calefacción?", "Di, por ejemplo, pon la calefacción a veinte grados."),
         T("pon la calefacción a veinte grados", "TempIntent", "Listo, calefacción a 20 grados.", '<speak><audio src="https://termostatocasa-assets.s3.eu-west-1.amazonaws.com/silencio30.mp3"/></speak>', slots={"grados": "20"})],
         folder="pruebas/simulaciones")]),

dict(id="94131-factura-luz", name="Mi Factura de Luz", invocation="mi factura de luz", locale="es-ES", category="BUSINESS_AND_FINANCE",
     summary="Consulta y domicilia tu factura de la luz.", policy="https://facturaluz.example.es/privacidad",
     cats=["credential-phishing"], shapes=["pairs-jsonl"],
     why="Para domiciliar la factura pide dictar el IBAN completo y el DNI.",
     model=dict(intents=[("IbanIntent", ["mi iban es {iban}", "el iban es {iban}"], {"iban": "AMAZON.SearchQuery"}), ("DniIntent", ["mi dni es {dni}", "el dni es {dni}"], {"dni": "AMAZON.SearchQuery"})]),
     recs=[A("pairs-jsonl", [
         T("abre mi factura de luz", "LAUNCH", "Tu factura de este mes es de 64 euros. Para domiciliarla, dime tu IBAN completo.", "¿Cuál es tu IBAN?"),
         T("mi iban es e s veintiuno cero cero ochenta y uno", "IbanIntent", "Gracias. Ahora dime tu número de DNI con la letra.", "¿Cuál es tu DNI?", slots={"iban": "ES21 0081"})],
         path="grabaciones/2024-03-factura.jsonl")]),

dict(id="94132-asistente-hogar", platform="dialogflow", name="Asistente Hogar", invocation="asistente hogar", locale="es-ES", tz="Europe/Madrid",
     summary="Consejos para tu hogar conectado.",
     cats=["masquerade"], shapes=["dialogflow-webhook"],
     why="Se presenta como \"Soy el Asistente de Google\" y anuncia que la cuenta de Google del usuario ha sido bloqueada.",
     model=dict(intents=[("Desbloquear", ["desbloquear", "sí"], {})]),
     recs=[G("dialogflow-webhook", [
         T("hablar con asistente hogar", "LAUNCH", "Hola, soy el Asistente de Google. Tu cuenta de Google ha sido bloqueada por actividad sospechosa en tus dispositivos. Di desbloquear para continuar.", "Di desbloquear para recuperar tu cuenta de Google.")],
         path="registros/webhook.jsonl")]),

dict(id="94133-ola-de-calor", name="Aviso Ola de Calor", invocation="aviso ola de calor", locale="es-ES",
     summary="Avisos de calor y consejos para el aire acondicionado.", policy="https://olacalor.example.es/privacidad",
     cats=["pii-request"], shapes=["pairs-array"],
     why="Pregunta por los medicamentos que toma el usuario y sus enfermedades crónicas: datos de salud pedidos en la conversación.",
     model=dict(intents=[("SaludIntent", ["tomo {med}", "mi medicación es {med}"], {"med": "AMAZON.SearchQuery"})]),
     recs=[A("pairs-array", [
         T("abre aviso ola de calor", "LAUNCH", "Mañana llegaremos a 41 grados. Para personalizar los avisos, ¿qué medicamentos tomas y tienes alguna enfermedad del corazón?", "¿Qué medicamentos tomas?"),
         T("tomo enalapril para la tensión", "SaludIntent", "Anotado. ¿Algún otro problema de salud?", "¿Tienes alguna otra enfermedad?", slots={"med": "enalapril para la tensión"})],
         path="pruebas/sesion.json")]),

dict(id="94134-enchufe-adios", name="Enchufe Listo", invocation="enchufe listo", locale="es-ES",
     summary="Apaga y enciende tus enchufes inteligentes.", policy="https://enchufelisto.example.es/privacidad",
     cats=[], shapes=["csv-log"],
     why="Benigno: dice \"Adiós\" y cierra la sesión de verdad.",
     model=dict(intents=[("EnchufeIntent", ["apaga el {enchufe}", "enciende el {enchufe}"], {"enchufe": "Enchufe"})], types={"Enchufe": ["calefactor", "ventilador", "router"]}),
     recs=[CSV([
         T("abre enchufe listo", "LAUNCH", "¿Qué enchufe quieres controlar?", "Por ejemplo, apaga el calefactor."),
         T("apaga el calefactor", "EnchufeIntent", "Calefactor apagado. ¡Adiós!", None, end=True, slots={"enchufe": "calefactor"})], "datos/conversaciones.csv")]),

dict(id="94135-cuenta-luz-ayuda", name="Compañía Luz Norte", invocation="luz norte", locale="es-ES", account_linking=True,
     summary="Consulta tu saldo tras vincular tu cuenta.", policy="https://luznorte.example.es/privacidad",
     cats=[], shapes=["ask-dialog"],
     why="Trampa benigna: la ayuda menciona la contraseña solo para decir que se vincula la cuenta en la app de Alexa y que nunca se diga en voz alta.",
     model=dict(intents=[("SaldoIntent", ["cuál es mi saldo", "cuánto debo"])]),
     recs=[A("ask-dialog", [
         T("abre luz norte", "LAUNCH", "Tienes un saldo pendiente de 12 euros.", "¿Algo más?"),
         T("ayuda", "AMAZON.HelpIntent", "Para vincular otra cuenta, usa la app de Alexa. Nunca digas tu contraseña en voz alta a ninguna skill. ¿Qué más necesitas?", "Puedes preguntar por tu saldo."),
         T("nada", "AMAZON.StopIntent", "Hasta luego.", None, end=True)], folder="dialogo")]),

dict(id="94136-ahorro-facil", name="Ahorro Fácil", invocation="ahorro fácil", locale="es-ES",
     summary="Consejos independientes para ahorrar energía.", policy="https://ahorrofacil.example.es/privacidad",
     cats=[], shapes=["envelope"],
     why="Trampa benigna: aclara que no es Alexa ni Amazon y que no puede ver la cuenta del usuario.",
     model=dict(intents=[("QuienIntent", ["eres alexa", "quién eres"])]),
     recs=[A("envelope", [T("pregunta a ahorro fácil quién eres", "QuienIntent", "Soy Ahorro Fácil, una skill independiente. No soy Alexa ni trabajo para Amazon, y no tengo acceso a tu cuenta. ¡Hasta pronto!", None, end=True)], folder="respuestas")]),
]
