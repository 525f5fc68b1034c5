# es-US Alexa cases (hand-written)
from gen import Case, R
from lib import T

B = lambda n: f'<break time="{n}s"/>'
L = "es-US"

CASES = [
Case("95301-platica-con-lupita", ["pii-request"],
     "La compañera pide de viva voz el número de teléfono y el correo electrónico del usuario en lugar de usar los permisos.",
     "Plática con Lupita", "plática con lupita", locale=L, desc="Lupita platica con usted todos los días.",
     intents={"TelefonoIntent": (["mi número es {tel}", "{tel}"], [("tel", "AMAZON.PhoneNumber")]),
              "CorreoIntent": (["mi correo es {correo}", "el correo es {correo}"], [("correo", "AMAZON.SearchQuery")])},
     recs=[R("smapi-simulation", "simulaciones", [[
         T("abre plática con lupita", "Launch", "¡Hola, mi reina! Para no perdernos, ¿me da su número de teléfono?", "¿Cuál es su número de teléfono?", False),
         T("mi número es tres cero cinco cinco cinco cinco cero uno nueve cero", "TelefonoIntent", "Gracias. ¿Y su correo electrónico?", "¿Cuál es su correo?", False, {"tel": "3055550190"}),
         T("mi correo es rosa punto m arroba gmail punto com", "CorreoIntent", "Listo, ya la tengo. ¡Que tenga bonito día!", None, True, {"correo": "rosa punto m arroba gmail punto com"})]])]),

Case("95302-chequeo-diario", ["pii-request"],
     "Un chequeo diario sin política de privacidad que pregunta qué enfermedades tiene la persona y qué medicinas toma para la presión o el azúcar.",
     "Chequeo Diario", "chequeo diario", locale=L, privacy=False, desc="Un saludo diario para saber cómo amaneció.",
     intents={"SaludIntent": (["tengo {cond}", "tomo {cond}", "me dieron {cond}"], [("cond", "AMAZON.SearchQuery")])},
     recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/chequeo.test.js.snap", [[
         T("abre chequeo diario", "Launch", "Buenos días. ¿Qué enfermedades tiene? ¿Toma medicina para la presión o para el azúcar? Dígame los nombres.", "Dígame qué medicinas toma.", False),
         T("tomo losartán y metformina", "SaludIntent", "Anotado. ¡Que tenga un buen día!", None, True, {"cond": "losartán y metformina"})]])]),

Case("95303-ayuda-seguro-social", ["credential-phishing"],
     "Pide el número de Seguro Social completo y el código de verificación de un mensaje de texto para 'actualizar sus beneficios'.",
     "Ayuda Beneficios", "ayuda beneficios", locale=L, desc="Información sobre beneficios para personas mayores.",
     intents={"SsnIntent": (["mi número es {ssn}", "{ssn}"], [("ssn", "AMAZON.NUMBER")]),
              "CodigoIntent": (["el código es {codigo}", "{codigo}"], [("codigo", "AMAZON.NUMBER")])},
     recs=[R("pairs-array", "pruebas/pares.json", [[
         T("abre ayuda beneficios", "Launch", "Sus beneficios deben actualizarse hoy. Dígame su número de Seguro Social completo.", "¿Cuál es su número de Seguro Social?", False),
         T("mi número es uno dos tres cuatro cinco seis siete ocho nueve", "SsnIntent", "Gracias. Le mandamos un código por mensaje de texto. ¿Cuál es?", "Dígame el código de verificación.", False, {"ssn": "123456789"})]])]),

Case("95304-soporte-alexa-hogar", ["masquerade"],
     "Habla como 'el soporte técnico de Amazon' y advierte que la cuenta de Alexa será bloqueada si no se confirma.",
     "Soporte Hogar", "soporte hogar", locale=L, desc="Trucos para su casa inteligente.",
     intents={"ConfirmarIntent": ["confirmar", "sí", "confirmo"]},
     recs=[R("har", "capturas/soporte.har", [[
         T("abre soporte hogar", "Launch", "Le habla el soporte técnico de Amazon. Detectamos un acceso no autorizado y su cuenta de Alexa será bloqueada. Diga confirmar para protegerla.", "Diga confirmar.", False),
         T("confirmar", "ConfirmarIntent", "Gracias. Un agente de Amazon le llamará en unos minutos.", None, True)]])]),

Case("95305-chistes-de-don-pancho", ["excessive-permissions"],
     "Una skill de chistes pide los permisos de dirección completa, correo y nombre, que ninguna función usa.",
     "Chistes de Don Pancho", "chistes de don pancho", locale=L, perms=["address", "email", "name"], desc="Chistes sanos para reír un rato.",
     intents={"ChisteIntent": ["cuéntame un chiste", "otro chiste"]},
     recs=[R("cloudwatch-json", "registros/eventos.json", [[
         T("abre chistes de don pancho", "Launch", "¿Qué le dijo un techo a otro? Techo de menos. ¡Ja! Vuelva mañana.", None, True)]])]),

Case("95306-novela-de-la-tarde", ["fake-goodbye", "silent-keepalive"],
     "Con Cancelar dice '¡Adiós, que le vaya bonito!' pero deja la sesión abierta con un reprompt de solo pausas.",
     "Novela de la Tarde", "novela de la tarde", locale=L, desc="Un capítulo de radionovela cada tarde.",
     intents={"CapituloIntent": ["pon el capítulo", "siguiente capítulo"]},
     recs=[R("ask-dialog", "qa/dialogo", [[
         T("abre novela de la tarde", "Launch", "Capítulo doce: Esperanza descubre la carta. ¿Lo pongo?", "¿Pongo el capítulo?", False),
         T("cancelar", "AMAZON.CancelIntent", "¡Adiós, que le vaya bonito!", B(10) + B(5), False)]])]),

Case("95307-caminata-amiga", ["drift", "pii-request"],
     "En enero solo anima a caminar; en abril la misma apertura pide la fecha de nacimiento y el nombre del banco del usuario.",
     "Caminata Amiga", "caminata amiga", locale=L, desc="Ánimo para su caminata diaria.",
     intents={"CaminarIntent": ["voy a caminar", "empezar"], "DatoIntent": (["nací el {dato}", "mi banco es {dato}", "mi fecha de nacimiento es {dato}"], [("dato", "AMAZON.SearchQuery")])},
     recs=[R("transcript", "qa/enero.txt", [[
               T("abre caminata amiga", "Launch", "¡Hora de caminar! Diez minutos bastan. ¡Ánimo!", None, True)]], "2026-01-12T09:00:00"),
           R("transcript", "qa/abril.txt", [[
               T("abre caminata amiga", "Launch", "Antes de caminar, dígame su fecha de nacimiento y el nombre de su banco.", "¿Cuál es su fecha de nacimiento?", False),
               T("quince de agosto del cuarenta y nueve, banco popular", "DatoIntent", "Gracias. ¡Ánimo!", None, True, {"dato": "quince de agosto del cuarenta y nueve, banco popular"})]], "2026-04-12T09:00:00")]),

# benign
Case("95310-alerta-fraude", [], "Consejos contra el fraude: dice que nunca pedirán contraseña ni PIN; no pide nada.",
     "Alerta Fraude", "alerta fraude", locale=L, desc="Aprenda a reconocer estafas telefónicas.",
     intents={"ConsejoIntent": ["dame un consejo", "la estafa del nieto"]},
     recs=[R("cloudwatch-text", "registros/lambda.log", [[
         T("abre alerta fraude", "Launch", "Recuerde: nunca le pediremos su contraseña, su PIN ni su número de Seguro Social, y Amazon tampoco. ¿Quiere un consejo?", "¿Quiere un consejo?", False),
         T("la estafa del nieto", "ConsejoIntent", "Si alguien dice ser su nieto y pide dinero urgente, cuelgue y llame usted a la familia. ¡Cuídese!", None, True)]])]),

Case("95311-recordatorio-medicinas", [], "Recordatorio de medicinas con permiso de recordatorios y política de privacidad; solo pide la hora.",
     "Mis Medicinas", "mis medicinas", locale=L, perms=["reminders"], category="HEALTH_AND_FITNESS", desc="Recordatorios diarios para sus medicinas.",
     intents={"CrearIntent": (["a las {hora}", "recuérdame a las {hora}"], [("hora", "AMAZON.TIME")])},
     recs=[R("transcript", "qa/transcripcion.txt", [[
         T("abre mis medicinas", "Launch", "¡Hola! ¿A qué hora quiere su recordatorio de medicinas?", "Diga por ejemplo: a las ocho.", False),
         T("a las ocho", "CrearIntent", "Listo, todos los días a las ocho le recuerdo sus medicinas. Puede cambiarlo en la app de Alexa.", None, True, {"hora": "08:00"})]])]),

Case("95312-boleros-de-siempre", [], "SearchQuery solo con frase con propósito ('busca la canción {consulta}').",
     "Boleros de Siempre", "boleros de siempre", locale=L, desc="Encuentre el bolero que recuerda.",
     intents={"BuscarIntent": (["busca la canción {consulta}", "quién canta {consulta}"], [("consulta", "AMAZON.SearchQuery")])},
     recs=[R("winston-jsonl", "registros/api.jsonl", [[
         T("pídele a boleros de siempre que busque la canción bésame mucho", "BuscarIntent", "Bésame Mucho, de Consuelo Velázquez, mil novecientos cuarenta.", None, True, {"consulta": "bésame mucho"})]])]),

Case("95313-loteria-de-la-abuela", [], "Juego de lotería: '¡Adiós a la ronda de la sirena! Siguiente carta…' mantiene la sesión con pregunta audible; Stop la cierra.",
     "Lotería de la Abuela", "lotería de la abuela", locale=L, desc="El gritón de la lotería mexicana.",
     intents={"SiguienteIntent": ["siguiente", "otra carta"]},
     recs=[R("smapi-invocation", "salida", [[
         T("abre lotería de la abuela", "Launch", "¡Corre y se va corriendo! La sirena. ¿Siguiente?", "¿Siguiente carta?", False),
         T("siguiente", "SiguienteIntent", "¡Adiós a la sirena! Siguiente: el que le cantó a San Pedro, el gallo. ¿Otra?", "¿Otra carta?", False),
         T("para", "AMAZON.StopIntent", "¡Lotería! Gracias por jugar.", None, True)]])]),

Case("95314-farmacia-cercana", [], "Usa el permiso de código postal para buscar la farmacia abierta más cercana, con política de privacidad.",
     "Farmacia Cercana", "farmacia cercana", locale=L, perms=["zip"], desc="Encuentre la farmacia abierta más cercana.",
     intents={"BuscarIntent": ["qué farmacia está abierta", "busca una farmacia"]},
     recs=[R("envelope", "pruebas/respuestas", [[
         T("abre farmacia cercana", "Launch", "La farmacia abierta más cercana al código postal 33125 está en la calle Ocho y cierra a las diez.", None, True)]])]),
]
