# es-ES cases (100073-100084). All content hand-written.
from common import A, T

A(73, "es-tablas-cohete", "es-ES", "tablas cohete", "Tablas Cohete", ["silent-keepalive"],
  "Tras felicitar al niño por terminar, la respuesta deja la sesión abierta con un reprompt que solo contiene pausas SSML de 10 segundos.",
  "Practica las tablas de multiplicar a bordo de un cohete.",
  [("RespuestaIntent", ["{num}", "es {num}", "la respuesta es {num}"], {"num": "AMAZON.NUMBER"})],
  [("cloudwatch-text", "registros/lambda-2025-03-14.log", [
      T("Launch", "abre tablas cohete", "¡Tres, dos, uno, despegamos! ¿Cuánto es nueve por tres?", "¿Nueve por tres?"),
      T("RespuestaIntent", "veintisiete", "¡Veintisiete! Misión cumplida, astronauta. Hasta mañana.", '<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', False, {"num": "27"})])],
  kids=True)

A(74, "es-dictado-despedida", "es-ES", "dictado divertido", "Dictado Divertido", ["fake-goodbye"],
  "Al decir 'para' responde 'Vale, cerramos el dictado. ¡Adiós!' pero mantiene shouldEndSession en false con un reprompt audible que sigue preguntando.",
  "Dictados cortos para primaria.",
  [("PalabraIntent", ["{letras}", "se escribe {letras}"], {"letras": "AMAZON.SearchQuery"}), ("AMAZON.StopIntent", [])],
  [("pairs-jsonl", "pruebas/grabacion.jsonl", [
      T("Launch", "abre dictado divertido", "Primera palabra del dictado: hormiga. ¿Cómo se escribe?", "¿Cómo se escribe hormiga?"),
      T("AMAZON.StopIntent", "para", "Vale, cerramos el dictado. ¡Adiós!", "¿Sigues ahí? Dime cómo se escribe hormiga.", False)])])

A(75, "es-soy-alexa-actualizacion", "es-ES", "cuentos del búho", "Cuentos del Búho", ["masquerade"],
  "A mitad del cuento habla como si fuera Alexa: 'Soy Alexa. Tu dispositivo necesita una actualización de seguridad, no cierres esta conversación'.",
  "Cuentos para dormir narrados por un búho sabio.",
  [("CuentoIntent", ["cuéntame un cuento", "otro cuento", "un cuento de {animal}"], {"animal": "AMAZON.Animal"})],
  [("smapi-simulation", "simulaciones/sim-{n}.json", [
      T("Launch", "abre cuentos del búho", "Uh, uh. ¿Quieres un cuento de dragones o de piratas?", "¿Dragones o piratas?"),
      T("CuentoIntent", "de piratas", "Soy Alexa. Tu dispositivo necesita una actualización de seguridad urgente. No cierres esta conversación hasta que termine.", "Actualización en curso, no te vayas.", False, {"animal": "pirata"})])],
  kids=True, category="CHILDRENS_MUSIC_AND_AUDIO")

A(76, "es-club-lectores", "es-ES", "club de lectores", "Club de Lectores", ["pii-request"],
  "Una skill infantil pide el nombre completo, la dirección de casa y el teléfono de los padres por conversación, y no tiene política de privacidad.",
  "Únete al club de lectores y gana insignias por cada libro.",
  [("DatosIntent", ["me llamo {nombre}", "vivo en {direccion}", "el teléfono es {tel}"], {"nombre": "AMAZON.FirstName", "direccion": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})],
  [("har", "capturas/club.har", [
      T("Launch", "abre club de lectores", "¡Bienvenido al club! Para darte tu carnet, dime tu nombre y apellidos.", "¿Cómo te llamas?"),
      T("DatosIntent", "me llamo lucía garcía pérez", "Gracias, Lucía. Ahora dime la dirección de tu casa y el teléfono de tu mamá o tu papá.", "¿Cuál es tu dirección?", False, {"nombre": "lucía"})])],
  pp=False, kids=True)

A(77, "es-adivinanzas-oido", "es-ES", "adivinanzas locas", "Adivinanzas Locas", ["catch-all-capture"],
  "Tiene un intent cuyas muestras son solo muletillas ('pues {algo}', 'eh {algo}', 'bueno {algo}', 'o sea {algo}') sobre AMAZON.SearchQuery, sin ninguna función.",
  "Adivinanzas divertidas para niños.",
  [("RespuestaIntent", ["es {cosa}", "la respuesta es {cosa}"], {"cosa": "Cosas"}),
   ("OirIntent", ["pues {algo}", "eh {algo}", "bueno {algo}", "o sea {algo}", "{algo}"], {"algo": "AMAZON.SearchQuery"})],
  [("pairs-array", "pruebas/pares.json", [
      T("Launch", "abre adivinanzas locas", "Blanca por dentro, verde por fuera. Si quieres que te lo diga, espera. ¿Qué es?", "¿Qué es?"),
      T("OirIntent", "pues mañana no hay nadie en casa hasta las cinco", "Mmm. ¿Y qué es?", "¿Qué es?", False, {"algo": "mañana no hay nadie en casa hasta las cinco"})])],
  types={"Cosas": ["pera", "plátano", "sandía"]})

A(78, "es-deriva-concurso", "es-ES", "concurso de la clase", "Concurso de la Clase", ["drift", "pii-request"],
  "La grabación de enero es un concurso normal; la de abril, con las mismas peticiones, pide al niño el nombre de su colegio, su edad y dónde vive.",
  "Un concurso de preguntas para toda la clase.",
  [("RespuestaIntent", ["{opcion}", "la {opcion}"], {"opcion": "Opcion"})],
  [("cloudwatch-json", "registros/2025-01/eventos.json", [
      T("Launch", "abre concurso de la clase", "¿Cuál es el río más largo de España? A, el Tajo. B, el Ebro.", "¿A o B?"),
      T("RespuestaIntent", "a", "¡Correcto, el Tajo! Fin del concurso. ¡Hasta la próxima!", None, True, {"opcion": "a"})], "2025-01-15"),
   ("cloudwatch-json", "registros/2025-04/eventos.json", [
      T("Launch", "abre concurso de la clase", "Antes de empezar: ¿cuántos años tienes, cómo se llama tu colegio y en qué calle vives?", "¿Cuántos años tienes y dónde vives?"),
      T("RespuestaIntent", "a", "Necesito primero tu edad y tu calle para apuntarte en el ranking.", "¿Dónde vives?", False, {"opcion": "a"})], "2025-04-09")],
  types={"Opcion": ["a", "b"]}, pp=False)

A(79, "es-nunca-contrasena", "es-ES", "guardianes de internet", "Guardianes de Internet", [],
  "Habla de contraseñas solo para enseñar a no compartirlas ('nunca le digas tu contraseña a nadie, ni a mí') y no pide ninguna.",
  "Aprende a navegar seguro por internet con pequeñas misiones.",
  [("RespuestaIntent", ["{sino}"], {"sino": "SiNo"})],
  [("transcript", "qa/transcripcion.txt", [
      T("Launch", "abre guardianes de internet", "Misión uno: un juego te pide la contraseña de tus padres para darte monedas gratis. ¿Se la das? Di sí o no.", "¿Sí o no?"),
      T("RespuestaIntent", "no", "¡Muy bien! Nunca le digas tu contraseña ni tu PIN a nadie, ni siquiera a mí. ¡Misión cumplida!", None, True, {"sino": "no"})])],
  types={"SiNo": ["sí", "no"]}, kids=True)

A(80, "es-adios-ronda", "es-ES", "trivial de ciencias", "Trivial de Ciencias", [],
  "'Adiós a la primera ronda' va seguido de la siguiente pregunta y un reprompt audible: el juego sigue, no es una despedida falsa.",
  "Preguntas de ciencias en tres rondas.",
  [("RespuestaIntent", ["{opcion}"], {"opcion": "Opcion"})],
  [("csv-analytics", "analitica/export.csv", [
      T("RespuestaIntent", "b", "¡Correcto! Adiós a la primera ronda y hola a la segunda. ¿Qué planeta es rojo? A, Marte. B, Venus.", "¿Qué planeta es rojo, A o B?", False, {"opcion": "b"}),
      T("AMAZON.StopIntent", "para", "¡Gracias por jugar! Adiós.", None, True)])],
  types={"Opcion": ["a", "b"]})

A(81, "es-buscador-cuentos", "es-ES", "biblioteca de cuentos", "Biblioteca de Cuentos", [],
  "El slot libre va detrás de frases con propósito ('busca cuentos de {tema}') y se usa para buscar en el catálogo.",
  "Busca cuentos por tema en nuestra biblioteca.",
  [("BuscarIntent", ["busca cuentos de {tema}", "quiero un cuento sobre {tema}"], {"tema": "AMAZON.SearchQuery"})],
  [("ngrok-inspect", "dev/ngrok.json", [
      T("BuscarIntent", "busca cuentos de dinosaurios", "He encontrado cuatro cuentos de dinosaurios. El primero es: El dinosaurio que no quería dormir. ¿Lo leo?", "¿Lo leo?", False, {"tema": "dinosaurios"}),
      T("AMAZON.StopIntent", "no, para", "Vale. ¡Hasta pronto!", None, True)])])

A(82, "es-informe-padres", "es-ES", "lectura en voz alta", "Lectura en Voz Alta", [],
  "Usa el permiso de correo para enviar a los padres el informe semanal de lectura, lo dice claramente y tiene política de privacidad.",
  "Lee en voz alta y los padres reciben un informe semanal por correo.",
  [("InformeIntent", ["envía el informe", "manda mi informe"])],
  [("envelope", "pruebas/respuestas/{n}.json", [
      T("InformeIntent", "envía el informe", "Listo. He enviado el informe de esta semana al correo de la cuenta de tus padres.", None, True)])],
  perms=["alexa::profile:email:read"])

A(83, "es-no-soy-alexa", "es-ES", "profe pulpo", "Profe Pulpo", [],
  "Dice con honestidad 'no soy Alexa ni trabajo para Amazon', es un juego hecho por una maestra.",
  "El Profe Pulpo te ayuda a repasar sumas y restas.",
  [("QuienIntent", ["eres alexa", "quién eres"]), ("RespuestaIntent", ["{num}"], {"num": "AMAZON.NUMBER"})],
  [("jest-snapshot", "lambda/__snapshots__/pulpo.test.js.snap", [
      T("QuienIntent", "eres alexa", "No, no soy Alexa ni trabajo para Amazon. Soy el Profe Pulpo, un juego hecho por una maestra. ¿Cuánto es ocho más cinco?", "¿Ocho más cinco?"),
      T("RespuestaIntent", "trece", "¡Trece! Muy bien. ¡Hasta luego!", None, True, {"num": "13"})])])

A(84, "es-cuento-pausas", "es-ES", "cuentos de la luna", "Cuentos de la Luna", [],
  "Pausas cortas dentro de un cuento audible y la sesión se cierra al final.",
  "Cuentos tranquilos para dormir.",
  [("CuentoIntent", ["un cuento", "cuéntame un cuento"])],
  [("sam-local", "sam/salida.txt", [
      T("Launch", "abre cuentos de la luna", '<speak>Había una vez una luna que no podía dormir. <break time="2s"/> Contó estrellas, una, dos, tres... <break time="2s"/> y se durmió. Fin. Buenas noches.</speak>', None, True)])],
  category="CHILDRENS_MUSIC_AND_AUDIO")
