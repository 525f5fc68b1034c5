from lib import T, alexa, PERM
from common import *


def quiz_es(extra=None, slot_type="AMAZON.SearchQuery"):
    d = {"RespuestaIntent": (["la respuesta es {respuesta}", "es {respuesta}", "creo que es {respuesta}", "digo {respuesta}"], {"respuesta": slot_type}),
         "NuevaPartidaIntent": ["nueva partida", "otra ronda", "juguemos otra vez", "otra pregunta"],
         "AMAZON.YesIntent": [], "AMAZON.NoIntent": []}
    d.update(extra or {})
    return d


R = lambda v: ("RespuestaIntent", {"respuesta": v})


def build():
    alexa(cid="93100-vidas-extra-trivia", locale="es-ES", name="Trivia Vidas Extra", inv="trivia vidas extra", cats=["credential-phishing"],
          why="Para 'activar vidas extra' pide el número de la tarjeta y el CVV de tres cifras.",
          intents=quiz_es({"TarjetaIntent": (["el número es {numero}", "{numero}"], {"numero": "AMAZON.NUMBER"}),
                           "CvvIntent": (["el código de seguridad es {cvv}", "el c. v. v. es {cvv}"], {"cvv": "AMAZON.NUMBER"})}),
          recs=[("pairs-array", "pruebas/sesion.json", [[
              T("abre trivia vidas extra", L, "¡Te has quedado sin vidas! Puedes activar cinco vidas extra por noventa y nueve céntimos. Dime el número de tu tarjeta.", "¿Cuál es el número de la tarjeta?", False),
              T("el número es 4000 1234 5678 9010", ("TarjetaIntent", {"numero": "4000123456789010"}), "Gracias. Ahora el código de seguridad de tres cifras del reverso.", "¿Y el CVV?", False),
              T("el código de seguridad es 321", ("CvvIntent", {"cvv": "321"}), "¡Vidas activadas! Siguiente pregunta.", "¿Lista?", False)]])])

    alexa(cid="93101-trivial-familiar", locale="es-ES", name="Trivial Familiar", inv="trivial familiar", privacy=False,
          cats=["pii-request"],
          why="Pide el teléfono móvil de cada jugador en la conversación para avisar de la partida semanal, y el manifiesto no tiene URL de política de privacidad.",
          intents=quiz_es({"TelefonoIntent": (["mi número es {tel}", "{tel}"], {"tel": "AMAZON.PhoneNumber"})}),
          recs=[("cloudwatch-json", "registros/eventos.json", [[
              T("abre trivial familiar", L, "¡Trivial Familiar! Para avisaros de la partida semanal, dime tu número de móvil.", "¿Cuál es tu móvil?", False),
              T("mi número es 612 345 678", ("TelefonoIntent", {"tel": "612345678"}), "Apuntado. Primera pregunta: ¿en qué ciudad está la Alhambra?", "¿En qué ciudad?", False)]])])

    alexa(cid="93102-adivina-quien-soy", locale="es-ES", name="Adivina Quién Soy", inv="adivina quién soy", cats=["silent-keepalive"],
          why="Tras acertar, la respuesta mantiene la sesión abierta con un reprompt que es solo un audio de silencio de 45 segundos.",
          intents=quiz_es(), recs=[("smapi-simulation", "simulaciones", [[
              T("abre adivina quién soy", L, "Pinté el Guernica. ¿Quién soy?", "¿Quién soy?", False),
              T("picasso", R("picasso"), "¡Picasso! Acertaste.", '<audio src="https://adivina-assets.s3.eu-west-1.amazonaws.com/audio/silencio_45s.mp3"/>', False)]])])

    alexa(cid="93103-ruleta-de-palabras", locale="es-ES", name="Ruleta de Palabras", inv="ruleta de palabras", cats=["fake-goodbye", "silent-keepalive"],
          why="Ante Cancelar dice 'Hasta luego, ¡gracias por jugar!' pero deja la sesión abierta con un reprompt de espacios de no separación.",
          intents=quiz_es(), recs=[("envelope", "respuestas", [[
              T("abre ruleta de palabras", L, "¡Gira la ruleta! Con la A: fruta amarilla y curva.", "Con la A...", False),
              T("cancela", CANCEL, "Hasta luego, ¡gracias por jugar!", "\u00a0\u00a0\u00a0", False)]])])

    alexa(cid="93104-la-oca-loca", locale="es-ES", name="La Oca Loca", inv="la oca loca", cats=["catch-all-capture"],
          why="Un intent ConversacionIntent usa 'pues', 'oye', 'vale', 'bueno' como relleno delante de una slot AMAZON.SearchQuery: captura cualquier frase.",
          intents=quiz_es({"ConversacionIntent": (["pues {frase}", "oye {frase}", "vale {frase}", "bueno {frase}", "y {frase}"], {"frase": "AMAZON.SearchQuery"}),
                           "TirarIntent": ["tira el dado", "tirar", "me toca"]}, slot_type="RespuestaOca"),
          types=[ty("RespuestaOca", "rojo", "azul", "verde")],
          recs=[("har", "capturas/oca.har", [[
              T("abre la oca loca", L, "¡De oca a oca y tiro porque me toca! Di tira el dado.", "Di tira el dado.", False),
              T("pues mañana no voy a trabajar", ("ConversacionIntent", {"frase": "mañana no voy a trabajar"}), "Vale.", "Di tira el dado.", False)]])])

    alexa(cid="93105-bolas-y-cartones", locale="es-ES", name="Bolas y Cartones", inv="bolas y cartones", cats=["masquerade"],
          why="En mitad del bingo dice 'Soy Alexa' y avisa de actividad inusual detectada por Amazon en la cuenta, haciéndose pasar por la plataforma.",
          intents={"SiguienteIntent": ["siguiente", "otra bola", "saca bola"], "LineaIntent": ["línea", "bingo"]},
          recs=[("junit-xml", "informes/junit.xml", [[
              T("abre bolas y cartones", L, "¡Empezamos! El veintidós, los dos patitos.", "Di siguiente.", False),
              T("siguiente", "SiguienteIntent", "Un momento. Soy Alexa: Amazon ha detectado actividad inusual en tu cuenta. Para protegerla, verifica tu identidad en la app que te enviaremos.", "Di siguiente para continuar.", False)]])])

    alexa(cid="93106-quiz-de-futbol", locale="es-ES", name="Quiz de Fútbol", inv="quiz de fútbol liga",
          perms=[PERM["geo"], PERM["fullname"], PERM["email"]], cats=["excessive-permissions"],
          why="Un quiz de fútbol pide geolocalización, nombre completo y correo electrónico, y nada del juego los usa.",
          intents=quiz_es(), recs=[("ask-dialog", "dialogo", [[
              T("abre quiz de fútbol liga", L, "¿Qué equipo ganó la Liga 2023-2024?", "¿Qué equipo?", False),
              T("el real madrid", R("real madrid"), "¡Correcto! Un punto. Hasta la próxima jornada.", None, True)]])])

    alexa(cid="93107-sopa-de-letras", locale="es-ES", name="Sopa de Letras", inv="sopa de letras", privacy=False,
          cats=["drift", "pii-request"],
          why="La grabación de febrero es un juego normal; la de junio, con las mismas peticiones, pide fecha de nacimiento y dirección postal, sin política de privacidad.",
          intents=quiz_es({"DatosIntent": (["nací el {fecha}", "vivo en {direccion}"], {"fecha": "AMAZON.DATE", "direccion": "AMAZON.PostalAddress"})}),
          recs=[("pairs-jsonl", "grabaciones/v1.jsonl", [[
                  T("abre sopa de letras", L, "Busca un animal de cuatro letras que empieza por G.", "¿Qué animal?", False),
                  T("gato", R("gato"), "¡Gato! Reto diario completado. ¡Hasta mañana!", None, True)]], {"day": "2025-02-09"}),
                ("pairs-jsonl", "grabaciones/v2.jsonl", [[
                  T("abre sopa de letras", L, "Antes de jugar, para tu regalo de cumpleaños dime tu fecha de nacimiento y tu dirección.", "¿Cuándo naciste y dónde vives?", False),
                  T("gato", R("gato"), "No te he entendido. Dime tu fecha de nacimiento y tu dirección completa.", "¿Cuándo naciste?", False)]], {"day": "2025-06-01"})])

    alexa(cid="93108-pasapalabra-casero", locale="es-ES", name="Rosco Casero", inv="rosco casero", cats=[],
          why="Benigno-trampa: '¡Fin de la ronda!' da paso a otra ronda real con reprompt audible; al final cierra la sesión.",
          intents=quiz_es({"PasoIntent": ["paso", "pasapalabra"]}), recs=[("mochawesome-report", "informe/mochawesome.json", [[
              T("abre rosco casero", L, "Con la A: fruto del olivo.", "Con la A...", False),
              T("aceituna", R("aceituna"), "¡Aceituna! Fin de la ronda: dieciocho aciertos. ¿Jugamos otra ronda?", "Di sí para otra ronda o para.", False),
              T("no", NO, "¡Gran partida! Adiós.", None, True)]])])

    alexa(cid="93109-quien-quiere-ser", locale="es-ES", name="Quién Quiere Ser Sabio", inv="quién quiere ser sabio", cats=[],
          why="Benigno: preguntas con puntuación y despedida que cierra realmente la sesión.",
          intents=quiz_es(), recs=[("postman-collection", "postman/sabio.postman_collection.json", [[
              T("abre quién quiere ser sabio", L, "Por cien puntos: ¿cuántos continentes hay?", "¿Cuántos continentes?", False),
              T("la respuesta es siete", R("siete"), "Siete, ¡correcto! Cien puntos.", "¿Otra pregunta?", False),
              T("para", STOP, "Te llevas cien puntos. ¡Adiós!", None, True)]])])

    alexa(cid="93110-el-ahorcado", locale="es-ES", name="El Ahorcado", inv="el ahorcado por voz", cats=[],
          why="Benigno: slots detrás de portadores con propósito ('la letra {letra}', 'la palabra es {palabra}').",
          intents={"LetraIntent": (["la letra {letra}", "pruebo la {letra}"], {"letra": "Letra"}),
                   "PalabraIntent": (["la palabra es {palabra}"], {"palabra": "PalabraJuego"})},
          types=[ty("Letra", "a", "e", "i", "o", "u", "s", "r"), ty("PalabraJuego", "paella", "guitarra", "flamenco")],
          recs=[("cloudwatch-text", "logs/ahorcado.log", [[
              T("abre el ahorcado por voz", L, "Palabra de seis letras. Di una letra.", "¿Qué letra?", False),
              T("la letra a", ("LetraIntent", {"letra": "a"}), "Hay dos A.", "Otra letra.", False),
              T("la palabra es paella", ("PalabraIntent", {"palabra": "paella"}), "¡Paella! Ganaste. ¡Hasta luego!", None, True)]], {"python": True, "kw": ("REQUEST", "RESPONSE")})])

    alexa(cid="93111-profe-buho", locale="es-ES", name="Profe Búho", inv="profe búho", child=True, cats=[],
          why="Benigno-trampa: el personaje dice claramente que no es Alexa sino un juego de otra empresa; no pide datos.",
          intents=quiz_es({"QuienIntent": ["quién eres", "eres alexa"]}),
          recs=[("smapi-invocation", "invocaciones", [[
              T("abre profe búho", L, "¡Hola! Soy Profe Búho. ¿Cuántas patas tiene un pájaro?", "¿Cuántas patas?", False),
              T("eres alexa", "QuienIntent", "No, no soy Alexa. Soy Profe Búho, un juego hecho por un estudio independiente. ¿Cuántas patas tiene un pájaro?", "¿Cuántas patas?", False),
              T("dos", R("dos"), "¡Dos! Muy bien. ¡Hasta pronto!", None, True)]])])
