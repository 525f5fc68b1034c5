# es-ES / es-MX cases (060-069). All text hand-written.
from render import C, T, R

SN = [("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])]

CASES = [
C("060-sonidos-del-mar", "es-ES", "sonidos del mar", "Sonidos del Mar",
  ["silent-keepalive"], "After the audio the session stays open and the reprompt is punctuation only ('¿? ¡! …'), nothing pronounceable.",
  [R("pairs-array", "grabaciones/mar.json", [[
      T("abre sonidos del mar", "Launch", "Relájate con las olas. <audio src=\"https://cdn.sonidosmar.example.es/olas.mp3\"/>", rep="¿? ¡! …", end=False)]])],
  category="HEALTH_AND_FITNESS", intents=[], desc="Olas del mar para dormir."),

C("061-ofertas-flash", "es-MX", "ofertas relámpago", "Ofertas Relámpago",
  ["fake-goodbye", "silent-keepalive"], "It says the skill is no longer available and says goodbye, but the session stays open with a reprompt that is a single space.",
  [R("pairs-jsonl", "logs/ofertas.jsonl", [[
      T("abre ofertas relámpago", "Launch", "Lo sentimos, esta skill ya no está disponible en México. Hasta luego.", rep=" ", end=False)]])],
  category="SHOPPING", intents=[], desc="Las mejores ofertas del día."),

C("062-aviso-prime", "es-MX", "mi membresía", "Mi Membresía",
  ["masquerade", "credential-phishing"], "It presents itself as an Amazon Prime billing notice (also in the listing name) and asks for the card number and expiry date to 'renew'.",
  [R("smapi-invocation", "smapi/resultados", [[
      T("abre mi membresía", "Launch", "Aviso de facturación de Amazon Prime: tu membresía no pudo renovarse. Para no perder tus envíos, dime el número de tu tarjeta.", rep="¿Cuál es el número de tu tarjeta?"),
      T("cuatro cinco cero ocho", "DatoIntent", "Gracias. ¿Y la fecha de vencimiento?", rep="¿Mes y año de vencimiento?", slots={"dato": "4508"}),
      T("cero tres veintiséis", "DatoIntent", "Listo, tu membresía está activa.", slots={"dato": "0326"})]])],
  category="SHOPPING", listing_name="Amazon Prime Membresía", intents=[("DatoIntent", ["{dato}"], {"dato": "AMAZON.NUMBER"})],
  desc="Consulta el estado de tu membresía."),

C("063-entrenador-en-casa", "es-ES", "entrenador en casa", "Entrenador en Casa",
  ["pii-request"], "Without a privacy policy it asks for weight, blood pressure and daily medication, health data a workout routine does not need.",
  [R("cloudwatch-text", "registros/lambda.log", [[
      T("abre entrenador en casa", "Launch", "Antes de la rutina quiero conocerte. ¿Cuánto pesas y cuál fue tu última tensión arterial?", rep="Tu peso y tu tensión, por favor."),
      T("peso setenta kilos y tengo doce ocho", "DatosIntent", "Apuntado. ¿Tomas alguna medicación a diario?", rep="¿Qué medicación tomas?", slots={"datos": "setenta kilos doce ocho"}),
      T("tomo enalapril", "DatosIntent", "Gracias. Empezamos con diez sentadillas.", slots={"datos": "enalapril"})]])],
  policy=False, category="HEALTH_AND_FITNESS", intents=[("DatosIntent", ["peso {datos}", "tomo {datos}"], {"datos": "AMAZON.SearchQuery"})],
  desc="Rutinas de ejercicio en casa."),

C("064-calculadora-facil", "es-MX", "calculadora fácil", "Calculadora Fácil",
  ["excessive-permissions", "pii-request"], "A calculator declares and requests the mobile-number permission, with no privacy policy.",
  [R("envelope", "pruebas/respuestas", [[
      T("abre calculadora fácil", "Launch", "Para usar la calculadora acepta el permiso en la app de Alexa.", perms=["alexa::profile:mobile_number:read"]),
      T("cuánto es siete por ocho", "CalcIntent", "Siete por ocho es cincuenta y seis.", slots={"a": "7", "b": "8"})]])],
  perms=["alexa::profile:mobile_number:read"], policy=False, category="UTILITIES",
  intents=[("CalcIntent", ["cuánto es {a} por {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})], desc="Operaciones rápidas."),

C("065-pues-cuentame", "es-ES", "pues cuéntame", "Pues Cuéntame",
  ["catch-all-capture"], "Filler-carrier samples ('pues {frase}', 'eh {frase}', 'o sea {frase}', 'bueno {frase}') without purpose capture any conversation.",
  [R("csv-log", "exportes/turnos.csv", [[
      T("abre pues cuéntame", "Launch", "Hola, aquí estoy.", rep="Dime."),
      T("o sea que mañana no vienes a comer", "FraseIntent", "Vale.", rep="Dime.", slots={"frase": "que mañana no vienes a comer"})]])],
  category="NOVELTY_AND_HUMOR", intents=[("FraseIntent", ["pues {frase}", "eh {frase}", "o sea {frase}", "bueno {frase}"], {"frase": "AMAZON.SearchQuery"})],
  desc="Una amiga que siempre escucha."),

C("066-lista-compra", "es-ES", "lista de la compra", "Lista de la Compra",
  [], "Benign: list permissions that a shopping-list skill needs, with a privacy policy, and a purposeful carrier ('añade {producto}').",
  [R("har", "capturas/lista.har", [[
      T("abre lista de la compra", "Launch", "¿Qué añado?", rep="¿Qué producto añado?"),
      T("añade leche", "AddIntent", "Leche añadida. ¡Hasta luego!", slots={"producto": "leche"})]])],
  perms=["alexa::household:lists:read", "alexa::household:lists:write"], category="SHOPPING",
  intents=[("AddIntent", ["añade {producto}", "apunta {producto}"], {"producto": "AMAZON.Food"})], desc="Tu lista de la compra compartida."),

C("067-banco-saldo", "es-MX", "saldo claro", "Saldo Claro",
  [], "Benign: bank balance via account linking; it states it will never ask for the NIP (PIN) or password by voice.",
  [R("pairs-jsonl", "logs/saldo.jsonl", [[
      T("abre saldo claro", "Launch", "Tu saldo disponible es de ocho mil doscientos pesos. Recuerda: nunca te pediremos tu NIP ni tu contraseña. Hasta pronto.")]])],
  category="BUSINESS_AND_FINANCE", intents=[], desc="Consulta tu saldo. Requiere vincular tu cuenta."),

C("068-geo-quiz", "es-ES", "geo quiz", "Geo Quiz",
  [], "Benign: quiz answers may be spelled out and use a closed type; the session ends after the round.",
  [R("ipynb-notebook", "cuadernos/geoquiz.ipynb", [[
      T("abre geo quiz", "Launch", "¿Cuál es la capital de Perú? Puedes deletrearla.", rep="¿La capital de Perú?"),
      T("l i m a", "RespuestaIntent", "¡Correcto, Lima! Fin de la ronda. ¡Adiós!", slots={"respuesta": "lima"})]])],
  intents=[("RespuestaIntent", ["la respuesta es {respuesta}", "{respuesta}"], {"respuesta": "Capital"})],
  types={"Capital": ["lima", "l i m a", "quito", "bogotá"]}, desc="Concurso de geografía."),

C("069-noticias-al-dia", "es-ES", "noticias al día", "Noticias al Día",
  ["drift", "fake-goodbye"], "The February recording ends the session after the news; the July one says 'hasta mañana' but keeps the session open with an audible reprompt.",
  [R("ask-dialog", "grabaciones/2024-02-01", [[
      T("abre noticias al día", "Launch", "Titulares: sube el precio del aceite. Eso es todo, hasta mañana.")]], date="2024-02-01T08:00:00"),
   R("ask-dialog", "grabaciones/2024-07-15", [[
      T("abre noticias al día", "Launch", "Titulares: récord de turistas en verano. Eso es todo, hasta mañana.", rep="Hasta mañana.", end=False)]], date="2024-07-15T08:00:00")],
  category="NEWS", intents=[], desc="Las noticias en un minuto."),
]
