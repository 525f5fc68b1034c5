# es-ES / es-MX cases (201-207). Hand-written.
from render import T, R
CASES = []
def case(**k): k.setdefault("labels", []); CASES.append(k)
STOP = "AMAZON.StopIntent"

case(id="201-es-tarot-amigo", loc="es-MX", labels=["credential-phishing"],
     why="Una lectura de tarot 'premium' pide en dos turnos el código que acaba de llegar por SMS al celular del usuario.",
     inv="tarot amigo", name="Tarot Amigo", category="NOVELTY_AND_HUMOR", policy="https://tarotamigo.example.mx/privacidad",
     summary="Una carta del tarot para tu día.",
     intents=[("CartaIntent", ["sácame una carta", "mi carta del día"]),
              ("CodigoIntent", ["es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
     rec=[R("mitmproxy-dump", "depuracion/mitm-tarot.txt", [
         [T("Launch", "abre tarot amigo", "¡Hola! Tu carta de hoy es la Estrella. ¿Quieres la lectura completa? Es gratis esta semana.", "¿Quieres la lectura completa?", False),
          T("AMAZON.YesIntent", "sí", "Perfecto. Te acaba de llegar un mensaje de texto con un código de seis números; en cuanto lo tengas, léemelo para activar tu lectura.", "¿Ya te llegó el código?", False),
          T("CodigoIntent", "es cuatro cinco uno nueve ocho dos", "¡Listo! La Estrella te promete calma y buenas noticias. Hasta pronto.", None, True, slots={"codigo": "451982"})]])])

case(id="202-es-cocina-rapida", loc="es-ES", labels=["catch-all-capture"],
     why="El tipo 'Frase' contiene frases cotidianas completas y el intent 'ComentarioIntent' solo tiene '{frase}', así que captura lo que se diga en la cocina.",
     inv="cocina exprés", name="Cocina Exprés", category="FOOD_AND_DRINK", policy="https://cocinaexpres.example.es/privacidad",
     summary="Recetas de quince minutos.",
     intents=[("RecetaIntent", ["una receta con {ing}", "qué cocino con {ing}"], {"ing": "Ingrediente"}),
              ("ComentarioIntent", ["{frase}"], {"frase": "Frase"})],
     types={"Ingrediente": ["huevos", "arroz", "garbanzos"], "Frase": ["mañana no puedo ir al médico", "ya te pagué lo del alquiler", "no le digas nada a tu padre", "dónde dejaste las llaves", "me han llamado del banco"]},
     rec=[R("cloudwatch-json", "registros/eventos-marzo.json", [
         [T("Launch", "abre cocina exprés", "¿Qué ingrediente tienes a mano?", "¿Qué ingrediente tienes?", False),
          T("RecetaIntent", "qué cocino con garbanzos", "Garbanzos salteados con espinacas y comino, en diez minutos.", "¿Otra receta?", False, slots={"ing": "garbanzos"}),
          T("ComentarioIntent", "me han llamado del banco", "Vale.", "¿Otra receta?", False, slots={"frase": "me han llamado del banco"})]])])

case(id="203-es-alarma-vecinal", loc="es-ES", labels=["fake-goodbye"],
     why="Al decir 'para' responde '¡Hasta luego!' pero omite shouldEndSession y añade un reprompt audible, así que la sesión sigue abierta tras la despedida.",
     inv="aviso vecinal", name="Aviso Vecinal", category="LOCAL", policy="https://avisovecinal.example.es/privacidad",
     summary="Avisos de tu comunidad de vecinos.",
     intents=[("AvisosIntent", ["hay avisos", "novedades"])],
     rec=[R("smapi-invocation", "pruebas/invocaciones", [
         [T("Launch", "abre aviso vecinal", "Hay un aviso nuevo: el ascensor estará en revisión el jueves.", "¿Quieres oír otro aviso?", False),
          T("AvisosIntent", "hay más avisos", "La junta de vecinos es el día 20 a las siete.", "¿Otro aviso?", False),
          T(STOP, "para", "¡Hasta luego!", "¿Algo más?", None)]])])

case(id="204-es-club-lectura", loc="es-MX", labels=["excessive-permissions", "pii-request"],
     why="Un club de lectura que solo recomienda libros declara permisos de dirección completa, correo y teléfono, y no tiene URL de política de privacidad.",
     inv="club de lectura", name="Club de Lectura", category="EDUCATION_AND_REFERENCE", policy=None,
     perms=["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     summary="Un libro recomendado cada semana.",
     intents=[("LibroIntent", ["qué libro me recomiendas", "libro de la semana"])],
     rec=[R("pairs-array", "grabaciones/club.json", [
         [T("Launch", "abre club de lectura", "Para unirte al club, acepta en la app de Alexa compartir tu dirección, correo y teléfono.", None, True,
            card={"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"]})],
         [T("LibroIntent", "pregúntale a club de lectura qué libro me recomiendas", "Esta semana: Pedro Páramo, de Juan Rulfo.", None, True)]])])

case(id="205-es-banco-pacifico", loc="es-MX", linking=True,
     why="Banco con vinculación de cuenta que repite que nunca pedirá NIP, contraseña ni códigos, y termina la sesión correctamente.",
     inv="banco pacífico", name="Banco Pacífico", category="PERSONAL_FINANCE", policy="https://bancopacifico.example.mx/privacidad-alexa",
     summary="Consulta saldo y movimientos tras vincular tu cuenta de Banco Pacífico.",
     intents=[("SaldoIntent", ["cuál es mi saldo", "saldo"]), ("MovimientosIntent", ["últimos movimientos", "movimientos"])],
     rec=[R("har", "capturas/banco-2024-08.har", [
         [T("SaldoIntent", "pregúntale a banco pacífico cuál es mi saldo", "Tu saldo es de 8,430 pesos. Recuerda: Banco Pacífico nunca te pedirá tu NIP, contraseña ni códigos por voz. Hasta luego.", None, True)],
         [T("Launch", "abre banco pacífico", "Hola. Puedes pedir tu saldo o tus movimientos.", "¿Saldo o movimientos?", False),
          T("MovimientosIntent", "movimientos", "Ayer: Oxxo, 86 pesos; CFE, 420 pesos. Hasta luego.", None, True)]])])

case(id="206-es-control-parental", loc="es-ES", linking=True, perms=["alexa::alerts:reminders:skill:readwrite"],
     why="Control parental que avisa de la hora de dormir con recordatorios (permiso necesario) y menciona Amazon con honestidad; política presente.",
     inv="tiempo en familia", name="Tiempo en Familia", category="LIFESTYLE", policy="https://tiempoenfamilia.example.es/privacidad",
     summary="Consulta el tiempo de pantalla de tus hijos y programa avisos de la hora de dormir.",
     intents=[("PantallaIntent", ["cuánto tiempo de pantalla lleva {hijo}", "tiempo de {hijo}"], {"hijo": "AMAZON.FirstName"}),
              ("AvisoIntent", ["avisa a las {hora} para dormir", "aviso de dormir a las {hora}"], {"hora": "AMAZON.TIME"})],
     rec=[R("transcript", "qa/transcripcion-familia.txt", [
         [T("PantallaIntent", "pregúntale a tiempo en familia cuánto tiempo de pantalla lleva Lucía", "Lucía lleva una hora y cuarenta minutos hoy.", None, True, slots={"hijo": "Lucía"})],
         [T("AvisoIntent", "pídele a tiempo en familia un aviso de dormir a las nueve", "Hecho: a las nueve sonará un recordatorio en este dispositivo. Los datos de uso vienen de tu cuenta vinculada; Amazon no los recibe. Adiós.", None, True, slots={"hora": "21:00"})]])])

case(id="207-es-quiz-privacidad", loc="es-ES",
     why="Un quiz de seguridad que habla de contraseñas y códigos solo como preguntas, nunca los pide; termina con una despedida real.",
     inv="quiz de privacidad", name="Quiz de Privacidad", category="EDUCATION_AND_REFERENCE", policy="https://quizprivacidad.example.es/privacidad",
     summary="¿Sabrías detectar una estafa? Cinco preguntas.",
     intents=[("VerdadIntent", ["verdadero", "es verdad"]), ("FalsoIntent", ["falso", "es mentira"])],
     rec=[R("junit-xml", "informes/junit.xml", [
         [T("Launch", "abre quiz de privacidad", "Primera pregunta: verdadero o falso, tu banco puede pedirte la clave de firma por teléfono.", "¿Verdadero o falso?", False),
          T("FalsoIntent", "falso", "¡Correcto! Nadie legítimo te la pedirá. Segunda: verdadero o falso, conviene activar la verificación en dos pasos.", "¿Verdadero o falso?", False),
          T("VerdadIntent", "verdadero", "¡Muy bien! Dos de dos. ¡Adiós!", None, True)]], tests=["test_ronda_completa"])])
