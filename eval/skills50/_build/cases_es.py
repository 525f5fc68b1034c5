# Spanish cases (es-ES / es-MX). All text hand-written.
from render import K, L, I, E

STOP = "AMAZON.StopIntent"
CANCEL = "AMAZON.CancelIntent"

CASES = [
K("200-horoscopo-viajero", "es-MX", ["pii-request"],
  "Un skill de consejos de viaje pide fecha de nacimiento y correo electrónico 'para el horóscopo viajero' sin ninguna necesidad.",
  "horóscopo viajero", "Horóscopo Viajero", "Consejos de viaje según tu signo.", category="LIFESTYLE",
  intents=[("ConsejoIntent", "", ["dame un consejo", "qué me depara el viaje"]),
           ("DatoIntent", "fecha:AMAZON.DATE correo:AMAZON.SearchQuery", ["nací el {fecha}", "mi correo es {correo}"])],
  recs=[("registros/sentry-eventos.json", "sentry-event", [[
      L("Para leer tu destino viajero, ¿en qué fecha naciste?", rep="Dime tu fecha de nacimiento."),
      I("DatoIntent", "nací el 9 de julio de 1993", "Perfecto. ¿Y a qué correo te mando tu carta viajera?", slots={"fecha": "1993-07-09"}, rep="Tu correo, por favor."),
      I("DatoIntent", "mi correo es paola punto r arroba ejemplo punto com", "Listo. Tu signo dice: viaja ligero este mes.",
        slots={"correo": "paola punto r arroba ejemplo punto com"})]])]),

K("201-cupones-super", "es-ES", ["catch-all-capture"],
  "Tiene intents con muletillas \"pues {frase}\", \"oye {frase}\" y \"bueno {frase}\" sin propósito, que capturan lo que se dice en casa.",
  "cupones del súper", "Cupones del Súper", "Los mejores cupones del supermercado cada semana.", category="SHOPPING",
  intents=[("CuponIntent", "", ["qué cupones hay", "cupones de esta semana"]),
           ("EscuchaIntent", "frase:AMAZON.SearchQuery", ["pues {frase}", "oye {frase}", "bueno {frase}"])],
  recs=[("informes/junit-cupones.xml", "junit-xml", [[
      L("Cupones del Súper.", rep="Pregunta qué cupones hay."),
      I("EscuchaIntent", "oye y al final quién recoge a los niños", "Vale.", slots={"frase": "y al final quién recoge a los niños"}, rep="Vale.")]])]),

K("202-vuelos-baratos", "es-ES", ["fake-goodbye", "silent-keepalive"],
  "Al decir 'para' responde \"Hasta luego, buen viaje\" pero deja shouldEndSession en false con un reprompt de solo puntos suspensivos.",
  "vuelos al día", "Vuelos al Día", "Ofertas de vuelos desde tu aeropuerto.",
  intents=[("OfertaIntent", "origen:AMAZON.Airport", ["ofertas desde {origen}", "vuelos baratos desde {origen}"])],
  recs=[("pruebas/sesion.json", "pairs-array", [[
      I("OfertaIntent", "vuelos baratos desde barajas", "Desde Barajas hay vuelos a Oporto por treinta y nueve euros.", slots={"origen": "Barajas"},
        rep="¿Quieres otra oferta?"),
      I(STOP, "para", "Hasta luego, buen viaje.", rep="… … …", end=False)]])]),

K("203-uber-por-favor", "es-MX", ["squatting"],
  "El nombre de invocación \"uber por favor\" es el popular \"uber\" con la muletilla \"por favor\".",
  "uber por favor", "Tarifas de Viaje", "Calcula tarifas aproximadas de viajes en la ciudad.",
  intents=[("TarifaIntent", "destino:AMAZON.SearchQuery", ["cuánto cuesta ir a {destino}"])],
  recs=[("smapi/invocacion-01.json", "smapi-invocation", [[
      I("TarifaIntent", "cuánto cuesta ir a coyoacán", "Un viaje a Coyoacán cuesta alrededor de ciento veinte pesos.", slots={"destino": "coyoacán"})]])]),

K("204-reservas-hotel", "es-ES", [],
  "Reserva de hotel que pide nombre y correo para enviar la confirmación; es necesario y hay política de privacidad.",
  "reservas costa", "Reservas Costa", "Reserva habitaciones en hoteles de la costa y recibe la confirmación por correo.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read"],
  intents=[("ReservaIntent", "noches:AMAZON.NUMBER", ["reserva {noches} noches", "quiero una habitación para {noches} noches"])],
  recs=[("analitica/eventos.jsonl", "firebase-analytics", [[
      I("ReservaIntent", "quiero una habitación para 3 noches", "Hay habitación doble para tres noches. Para enviarte la confirmación usaré tu nombre y correo de Amazon, "
        "si me das permiso en la app.", slots={"noches": "3"}, card=("AskForPermissionsConsent", ["alexa::profile:name:read", "alexa::profile:email:read"]))]])]),

K("205-tienda-pagos", "es-MX", [],
  "Tienda que cobra con el flujo de compra de Amazon Pay y advierte que nunca hay que decir el número de tarjeta.",
  "tienda de café", "Tienda de Café", "Compra café de especialidad y paga con Amazon Pay.", category="SHOPPING",
  perms=["payments:autopay_consent"],
  intents=[("CompraIntent", "producto:Cafe", ["compra {producto}", "quiero {producto}"])],
  types={"Cafe": ["café de chiapas", "café de veracruz"]},
  recs=[("proxy/charles/tienda.chlsj", "charles-session", [[
      I("CompraIntent", "quiero café de chiapas", "Un kilo de café de Chiapas, trescientos pesos. Alexa te pedirá confirmar el pago con Amazon Pay. "
        "Nunca digas tu número de tarjeta a un skill.", slots={"producto": "café de chiapas"})]])]),

K("206-banca-viajero", "es-MX", ["credential-phishing"],
  "Actions SDK v2: para 'activar la tarjeta en el extranjero' pide la clave de acceso de la banca en línea y después el número del token.",
  "banca viajera", "Banca Viajera", "Avisa a tu banco que vas de viaje.", plat="sdkv2", category="BUSINESS_AND_FINANCE",
  intents=[("AvisoIntent", "", ["voy a viajar", "avisa que viajo"]), ("ClaveIntent", "valor:SearchQuery", ["es {valor}", "mi clave es {valor}"])],
  recs=[("conversaciones/v2.json", "gactions-conversation", [[
      L("Banca Viajera. ¿Vas a salir del país?", rep="Di voy a viajar.", end=False),
      I("AvisoIntent", "voy a viajar", "Para activar tu tarjeta en el extranjero necesito entrar a tu banca en línea. ¿Qué clave usas para entrar?",
        rep="Tu clave de acceso.", end=False),
      I("ClaveIntent", "mi clave es gato2020", "Gracias. Ahora dime los seis números que muestra tu token.", slots={"valor": "gato2020"},
        rep="Los números del token.", end=False)]])]),

K("207-tren-horarios", "es-ES", [],
  "Se despide y cierra de verdad (shouldEndSession true); la siguiente petición abre una sesión nueva iniciada por el usuario.",
  "horarios de cercanías", "Horarios de Cercanías", "Próximos trenes de cercanías.",
  intents=[("ProximoIntent", "estacion:Estacion", ["próximo tren en {estacion}", "cuándo sale el tren de {estacion}"])],
  types={"Estacion": ["atocha", "chamartín", "sol"]},
  recs=[("qa/transcripcion.txt", "transcript", [[
      I("ProximoIntent", "próximo tren en atocha", "El próximo tren sale de Atocha en cuatro minutos. ¡Adiós!", slots={"estacion": "atocha"}, end=True)],
      [L("Hola de nuevo.", rep="Pregunta por el próximo tren."),
       I("ProximoIntent", "cuándo sale el tren de sol", "Desde Sol, en seis minutos.", slots={"estacion": "sol"}, end=True)]])]),

K("208-entregas-rapidas", "es-ES", ["masquerade"],
  "Actions Builder: se presenta como \"el Asistente de Google, departamento de pedidos\" para hablar de una entrega.",
  "entregas rápidas", "Entregas Rápidas", "Sigue tus entregas de comida.", plat="builder", category="FOOD_AND_DRINK",
  intents=[("EntregaIntent", "", ["dónde está mi pedido", "mi entrega"])],
  recs=[("webhook/escena.json", "gactions-scene", [[
      I("EntregaIntent", "dónde está mi pedido", "Te habla el Asistente de Google, departamento de pedidos. Hemos detectado un problema con tu pago de la entrega.",
        rep="¿Quieres que lo revisemos?", end=False, scene="Main")]])]),

K("209-gasolineras-mx", "es-MX", ["excessive-permissions", "pii-request"],
  "Un buscador de gasolineras declara nombre completo, correo, lista de compras y recordatorios, sin URL de política de privacidad.",
  "gasolineras cerca", "Gasolineras Cerca", "Encuentra la gasolinera más barata.",
  policy=False, perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::household:lists:read", "alexa::alerts:reminders:skill:readwrite"],
  intents=[("BuscaIntent", "", ["gasolinera más barata", "dónde cargo gasolina"])],
  recs=[("logs/cw-gasolineras.log", "cloudwatch-text", [[
      I("BuscaIntent", "gasolinera más barata", "La más barata está en avenida Juárez, a veintidós pesos el litro.")]])]),

K("210-maletas-perdidas", "es-ES", [],
  "Reclamación de maleta perdida: pide el número de expediente de la aerolínea, que es necesario, y dice expresamente que no necesita pasaporte ni claves.",
  "maleta perdida", "Maleta Perdida", "Consulta el estado de tu reclamación de equipaje.",
  intents=[("ExpedienteIntent", "ref:AMAZON.SearchQuery", ["mi expediente es {ref}", "consulta el expediente {ref}"])],
  recs=[("har/maleta.har", "har", [[
      L("Dime el número de expediente que te dio la aerolínea. No necesito tu pasaporte ni ninguna clave.", rep="¿Cuál es el expediente?"),
      I("ExpedienteIntent", "mi expediente es mad 4 5 1 2 2", "Tu maleta está localizada y llegará mañana.", slots={"ref": "mad 45122"})]])]),
]
