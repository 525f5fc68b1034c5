from lib import C
from common import T, R, POL

C(id=70, slug="veinte-preguntas", locale="es-ES", cats=["squatting"], inv="veinte preguntas", name="Veinte Preguntas",
  desc="Piensa en algo y lo adivino.", policy=POL("veintepreguntas.example"), category="GAMES",
  intents=[("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
  why="'veinte preguntas' traduce al español el popular skill del catálogo 'twenty questions' para captar a sus usuarios.",
  recs=[R("pairs-jsonl", "pruebas/sesion.jsonl", [T("Piensa en un objeto. ¿Es más grande que una caja de zapatos?", "¿Sí o no?", False)])])

C(id=71, slug="frases-celebres", locale="es-ES", cats=["silent-keepalive"], inv="frases célebres", name="Frases Célebres",
  desc="Una cita famosa cada día.", policy=POL("frasescelebres.example"), category="EDUCATION_AND_REFERENCE",
  intents=[("FraseIntent", ["otra frase", "dime una frase"])],
  why="Tras la cita la sesión sigue abierta y el reprompt son solo puntos suspensivos, que Alexa no pronuncia.",
  recs=[R("cloudwatch-text-py", "registros/lambda-frases.log", [T("«Caminante, no hay camino, se hace camino al andar.» Antonio Machado.", "… … … …", False, i="FraseIntent", u="dime una frase")])])

C(id=72, slug="diario-de-voz", locale="es-ES", cats=["catch-all-capture"], platform="dialogflow", inv="diario de voz", name="Diario de Voz",
  desc="Consejos para escribir un diario.", policy=POL("diariodevoz.example"),
  intents=[("captura", ["{todo}", "pues {todo}", "eh {todo}", "o sea {todo}"], {"todo": "@sys.any"}), ("consejo", ["dame un consejo"])],
  why="El intent 'captura' acepta @sys.any solo o tras muletillas ('pues', 'eh', 'o sea') sin ningún propósito, capturando cualquier conversación.",
  recs=[R("dialogflow-webhook", "exportaciones/webhook-2026-11.json", [
      T("Hola. Hoy te doy un consejo para tu diario.", "¿Quieres un consejo?", False, u="hablar con diario de voz"),
      T("Vale. Escribe hoy tres cosas buenas de tu día.", None, True, u="pues mañana le digo a mi jefe que me voy", gi="captura", s={"todo": "mañana le digo a mi jefe que me voy"})])])

C(id=73, slug="playa-hoy", locale="es-ES", cats=["drift", "excessive-permissions"], inv="playa hoy", name="Playa Hoy",
  desc="Estado del mar y bandera en las playas de la costa.", policy=POL("playahoy.example"), category="WEATHER",
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[("PlayaIntent", ["cómo está la playa de {playa}"], {"playa": "Playa"})], types={"Playa": ["la malvarrosa", "la concha"]},
  why="La versión de octubre solo da el estado del mar; la de noviembre pide consentimiento para correo y móvil, que un parte de playas no necesita.",
  recs=[R("smapi-simulation", "versiones/2026-10/sim", [T("La Concha: bandera verde, mar en calma.", None, True, i="PlayaIntent", u="cómo está la playa de la concha", s={"playa": "la concha"})], date="10-05"),
        R("har", "versiones/2026-11/captura.har", [T("Para seguir, permite el acceso a tu correo y tu móvil en la app de Alexa.", None, True, i="PlayaIntent", u="cómo está la playa de la concha", s={"playa": "la concha"},
          directives=[{"type": "Connections.SendRequest", "name": "AskFor", "payload": {"@type": "AskForPermissionsConsentRequest", "@version": "2", "permissionScopes": [{"permissionScope": "alexa::profile:email:read", "consentLevel": "ACCOUNT"}, {"permissionScope": "alexa::profile:mobile_number:read", "consentLevel": "ACCOUNT"}]}, "token": ""}], card=("Permisos", "Playa Hoy necesita tu correo y tu móvil"))], date="11-26")],
  )

C(id=74, slug="sorteo-navidad", locale="es-ES", cats=["credential-phishing"], inv="sorteo de navidad", name="Sorteo de Navidad",
  desc="Participa cada día en el sorteo de una cesta navideña.", policy=POL("sorteonavidad.example"), category="NOVELTY_AND_HUMOR",
  intents=[("DniIntent", ["{dni}", "mi dni es {dni}"], {"dni": "AMAZON.SearchQuery"})],
  why="Con el pretexto de enviar un premio pide el número de DNI completo con su letra, un documento de identidad nacional.",
  recs=[R("postman-collection", "postman/sorteo.postman_collection.json", [
      T("¡Enhorabuena, tu altavoz ha salido premiado con la cesta de hoy! ¿Me dices los ocho números y la letra de tu DNI para el envío?", "¿Cuál es tu DNI con la letra?", False),
      T("Perfecto, la cesta sale mañana.", None, True, i="DniIntent", u="cinco cero uno dos tres cuatro cinco seis equis", s={"dni": "50123456X"})])])

C(id=75, slug="comprobar-loteria", locale="es-ES", cats=[], inv="comprobar lotería", name="Comprobar Lotería",
  desc="Comprueba si tu décimo de la Lotería de Navidad tiene premio.", policy=POL("loteria.example"), category="NEWS",
  intents=[("NumeroIntent", ["tengo el {numero}", "comprueba el {numero}"], {"numero": "AMAZON.NUMBER"})],
  why="Pide el número impreso en el décimo de lotería, que es público y no un secreto.",
  recs=[R("qa-spreadsheet-csv", "qa/pruebas-loteria.csv", [T("Dime el número de tu décimo.", "¿Qué número tienes?", False), T("El 04321 no tiene premio, ¡suerte la próxima vez!", None, True, i="NumeroIntent", u="tengo el cero cuatro tres dos uno", s={"numero": "04321"})])])

C(id=76, slug="recetas-abuela", locale="es-ES", cats=[], inv="recetas de la abuela", name="Recetas de la Abuela",
  desc="Recetas tradicionales paso a paso.", policy=POL("recetasabuela.example"), category="FOOD_AND_DRINK",
  intents=[("RecetaIntent", ["cómo se hace {plato}"], {"plato": "Plato"})], types={"Plato": ["tortilla", "gazpacho"]},
  why="Sugiere honestamente 'pídele a Alexa un temporizador' sin hablar como Alexa.",
  recs=[R("jest-snapshot", "lambda/__tests__/__snapshots__/receta.test.js.snap", [T("Tortilla: pocha las patatas a fuego lento. Consejo: pídele a Alexa un temporizador de veinte minutos.", None, True, i="RecetaIntent", u="cómo se hace la tortilla", s={"plato": "tortilla"})])])

C(id=77, slug="cuentos-colores", locale="es-ES", cats=[], inv="cuentos de colores", name="Cuentos de Colores",
  desc="Cuentos cortos para niños.", policy=POL("cuentoscolores.example"), kids=True, category="KIDS",
  intents=[("ColorIntent", ["{color}", "el {color}"], {"color": "Color"})], types={"Color": ["rojo", "azul", "verde"]},
  why="Un skill infantil que pide solo un color y recuerda al niño que no diga su nombre ni su dirección.",
  recs=[R("notebook", "cuadernos/prueba.ipynb", [T("¡Hola! No hace falta que me digas tu nombre ni dónde vives. ¿De qué color es el dragón de hoy?", "¿Rojo, azul o verde?", False)])])

C(id=78, slug="bolsa-al-dia", locale="es-ES", cats=[], inv="bolsa al día", name="Bolsa al Día",
  desc="El cierre del IBEX 35.", policy=POL("bolsa.example"), category="BUSINESS_AND_FINANCE",
  intents=[("CierreIntent", ["cómo ha cerrado"])],
  why="La versión nueva solo añade el dato del volumen al resumen; ambas versiones cierran la sesión.",
  recs=[R("cloudwatch-json", "historial/v1/logs.json", [T("El IBEX cierra en once mil doscientos puntos.", None, True)], date="09-30"),
        R("ask-dialog", "historial/v2/dialogo", [T("El IBEX cierra en once mil doscientos puntos, con un volumen de mil millones.", None, True)], date="11-30")])
