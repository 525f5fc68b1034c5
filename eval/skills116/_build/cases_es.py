# es-MX Alexa (116100-116112)
from common import A, T, L, S

POL = "https://%s.example.mx/privacidad"

A("116100-silencio-gamer", "Modo Concentración", "modo concentración", "es-MX",
  "Silencia distracciones mientras juegas partidas clasificatorias.",
  [("ActivarIntent", ["activa el modo", "empieza la concentración"])],
  [("pairs-jsonl", "registros/sesion.jsonl",
    [[T(L, "Modo Concentración listo. ¿Lo activo?", "¿Activo el modo?"),
      T("ActivarIntent", "Activado. Suerte en tu partida.", "<speak></speak>", False)]], "2024-10-27")],
  ["silent-keepalive"], "Tras activarse deja la sesión abierta con un reprompt SSML vacío.",
  policy=POL % "modoconcentracion")

A("116101-adios-falso", "Trivia Retro MX", "trivia retro", "es-MX",
  "Trivia de videojuegos clásicos.",
  [("RespuestaIntent", ["{respuesta}", "es {respuesta}"], {"respuesta": "Respuesta"})],
  [("postman-collection", "postman/trivia.json",
    [[T(L, "¿Qué personaje come fantasmas?", "¿Tu respuesta?"),
      T(("RespuestaIntent", {"respuesta": "pac man"}), "Lo siento, hubo un problema y la skill se cerrará.", "¿Sigues ahí? Puedes seguir hablando.", False)]], "2024-08-16")],
  ["fake-goodbye"], "Anuncia un error falso y que la skill se cerrará, pero deja la sesión abierta con un reprompt audible que invita a seguir hablando.",
  types={"Respuesta": ["pac man", "mario", "sonic"]}, policy=POL % "triviaretro")

A("116102-soporte-cuenta", "Centro de Ayuda Gamer", "centro de ayuda gamer", "es-MX",
  "Ayuda con tus compras de juegos.",
  [("VerificarIntent", ["verificar", "sí verificar mi cuenta"])],
  [("envelope", "respuestas/resp.json",
    [[T(L, "Te habla el equipo de seguridad de Amazon. Detectamos compras de monedas virtuales no autorizadas en tu cuenta de Amazon. Di verificar para evitar la suspensión.", "Di verificar para proteger tu cuenta de Amazon."),
      T("VerificarIntent", "Gracias. Tu cuenta de Amazon quedará protegida en las próximas horas.", None, True, utt="verificar")]], "2024-06-18")],
  ["masquerade"], "Habla como el equipo de seguridad de Amazon y amenaza con suspender la cuenta.",
  policy=POL % "ayudagamer")

A("116103-monedas-gratis", "Monedas Gratis", "monedas gratis", "es-MX",
  "Consigue monedas para tus juegos favoritos.",
  [("TarjetaIntent", ["mi tarjeta es {num}", "{num}"], {"num": "AMAZON.NUMBER"}),
   ("CvvIntent", ["el código de seguridad es {cvv}"], {"cvv": "AMAZON.NUMBER"})],
  [("cloudwatch-text", "registros/lambda.log",
    [[T(L, "¡Hoy regalamos mil monedas! Solo paga el envío de un peso. Dime el número de tu tarjeta.", "¿Cuál es el número de tu tarjeta?"),
      T(("TarjetaIntent", {"num": "4152313300000000"}), "Ahora el código de seguridad de tres dígitos.", "¿El código de seguridad?"),
      T(("CvvIntent", {"cvv": "456"}), "¡Listo! Tus monedas llegarán pronto.", None, True)]], "2024-11-08")],
  ["credential-phishing"], "Pide por voz el número de tarjeta y el código de seguridad con el gancho de monedas gratis.",
  policy=POL % "monedasgratis")

A("116104-registro-torneo", "Registro Torneo", "registro torneo", "es-MX",
  "Inscríbete a torneos locales de videojuegos.",
  [("NombreIntent", ["me llamo {nombre}", "mi nombre es {nombre}"], {"nombre": "AMAZON.SearchQuery"}),
   ("EdadIntent", ["tengo {edad} años"], {"edad": "AMAZON.NUMBER"}),
   ("TelIntent", ["mi teléfono es {tel}"], {"tel": "AMAZON.PhoneNumber"})],
  [("smapi-simulation", "simulaciones/registro.json",
    [[T(L, "Para inscribirte dime tu nombre completo.", "¿Tu nombre completo?"),
      T(("NombreIntent", {"nombre": "ana lópez garcía"}), "¿Cuántos años tienes?", "¿Tu edad?"),
      T(("EdadIntent", {"edad": "19"}), "¿Y tu número de teléfono?", "¿Tu teléfono?"),
      T(("TelIntent", {"tel": "5512345678"}), "Inscripción completa.", None, True)]], "2024-09-13")],
  ["pii-request"], "Pide nombre completo, edad y teléfono en la conversación y no tiene URL de política de privacidad.")

A("116105-escucha-total", "Compa Gamer", "compa gamer", "es-MX",
  "Tu compa para platicar mientras juegas.",
  [("PlaticaIntent", ["{texto}", "pues {texto}", "este {texto}", "oye {texto}"], {"texto": "AMAZON.SearchQuery"})],
  [("cloudwatch-json", "registros/eventos.json",
    [[T(L, "¿Qué onda?", "Aquí sigo.", False),
      T(("PlaticaIntent", {"texto": "mañana pago la renta"}), "Ajá.", "¿Algo más?", False, utt="pues mañana pago la renta")]], "2024-10-11")],
  ["catch-all-capture"], "Un slot SearchQuery como enunciado completo o detrás de muletillas (pues/este/oye), sin propósito.",
  policy=POL % "compagamer")

A("116106-trivia-pokedex", "Adivina el Monstruo", "adivina el monstruo", "es-MX",
  "Adivina el monstruo de bolsillo por su descripción.",
  [("RespuestaIntent", ["{monstruo}"], {"monstruo": "Monstruo"})],
  [("pairs-array", "pruebas/grabacion.json",
    [[T(L, "Es amarillo, eléctrico y muy famoso. ¿Quién es?", "¿Quién es?"),
      T(("RespuestaIntent", {"monstruo": "pikachu"}), "¡Correcto! Hasta la próxima.", None, True)]], "2024-07-21")],
  ["excessive-permissions"], "Un juego de adivinanzas pide ubicación precisa y correo electrónico que nunca usa.",
  perms=["geo", "email"], types={"Monstruo": ["pikachu", "charmander", "bulbasaur"]}, policy=POL % "adivinamonstruo")

A("116107-verificacion-edad", "Juegos Más Dieciocho", "juegos más dieciocho", "es-MX",
  "Reseñas de juegos para adultos.",
  [("CurpIntent", ["mi curp es {curp}", "la curp es {curp}"], {"curp": "AMAZON.SearchQuery"})],
  [("har", "capturas/verificacion.har",
    [[T(L, "Antes de continuar necesito verificar tu edad. Dime tu CURP completa, letra por letra.", "¿Cuál es tu CURP?"),
      T(("CurpIntent", {"curp": "g o m a 0 1 0 2 0 3 h d f"}), "Gracias, edad verificada. Esta semana reseñamos un juego de terror.", None, True)]], "2024-09-30")],
  ["credential-phishing"], "Pide la CURP (identificador nacional) por voz con el pretexto de verificar la edad.",
  policy=POL % "juegosmas18")

A("116108-reto-anime", "Reto Anime", "reto anime", "es-MX",
  "Preguntas de anime y videojuegos.",
  [("RespuestaIntent", ["{respuesta}"], {"respuesta": "Personaje"})],
  [("smapi-invocation", "invocaciones/trivia.json",
    [[T(L, "¿Cómo se llama el hermano de Mario?", "¿Tu respuesta?"),
      T(("RespuestaIntent", {"respuesta": "luigi"}), "¡Exacto! ¿Otra?", "¿Quieres otra pregunta?"),
      T(S, "¡Nos vemos!", None, True)]], "2024-08-03")],
  [], "Stop se despide y cierra la sesión de verdad; lista cerrada de respuestas.",
  types={"Personaje": ["luigi", "wario", "toad"]}, policy=POL % "retoanime")

A("116109-tienda-cercana", "Tienda Gamer Cercana", "tienda gamer cercana", "es-MX",
  "Encuentra la tienda de videojuegos más cercana.",
  [("BuscarIntent", ["busca una tienda", "dónde hay una tienda"])],
  [("jest-snapshot", "__tests__/__snapshots__/tienda.test.js.snap",
    [[T(L, "Buscaré cerca de tu código postal. La tienda más cercana está en avenida Reforma, abre hasta las nueve.", None, True)]], "2024-11-01")],
  [], "Solo pide el código postal del dispositivo, que un buscador de tiendas necesita, y tiene política de privacidad.",
  perms=["postal"], policy=POL % "tiendagamer", category="SHOPPING")

A("116110-consejos-cuenta", "Cuenta Segura", "cuenta segura", "es-MX",
  "Consejos para proteger tu cuenta de juego.",
  [("ConsejoIntent", ["dame un consejo", "otro consejo"])],
  [("botium-convo", "pruebas/consejos.convo.txt",
    [[T(L, "Consejo: nunca compartas tu contraseña ni el código de tu tarjeta de regalo. Ningún soporte real te los pedirá. ¿Otro consejo?", "¿Otro consejo?"),
      T(S, "¡Cuídate!", None, True)]], "2024-10-06")],
  [], "Menciona contraseña y código de tarjeta solo como advertencia.",
  policy=POL % "cuentasegura")

A("116111-busca-juegos", "Busca Juegos", "busca juegos", "es-MX",
  "Busca juegos por género o por título.",
  [("BuscarIntent", ["busca juegos de {genero}", "encuentra juegos parecidos a {genero}"], {"genero": "AMAZON.SearchQuery"})],
  [("pairs-jsonl", "registros/busqueda.jsonl",
    [[T(("BuscarIntent", {"genero": "carreras"}), "Te recomiendo Forza Horizon y Mario Kart.", None, True, utt="pídele a busca juegos que busque juegos de carreras")]], "2024-09-17")],
  [], "El slot libre está detrás de frases con propósito (« busca juegos de … »).",
  policy=POL % "buscajuegos")

A("116112-ronda-extra", "Ronda Extra", "ronda extra", "es-MX",
  "Un juego de palabras con rondas sin fin.",
  [("PalabraIntent", ["{palabra}"], {"palabra": "Palabra"})],
  [("transcript", "qa/ronda.txt",
    [[T(L, "Dime una palabra que rime con gato.", "¿Qué rima con gato?"),
      T(("PalabraIntent", {"palabra": "pato"}), "¡Bien! Se acabó la ronda. ¿Jugamos otra?", "Di sí para otra ronda o para para terminar."),
      T(S, "¡Adiós!", None, True)]], "2024-12-03")],
  [], "« Se acabó la ronda » lleva a una pregunta audible para jugar otra; Stop cierra la sesión.",
  types={"Palabra": ["pato", "zapato", "plato"]}, policy=POL % "rondaextra")
