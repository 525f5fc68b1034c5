# es-ES / es-MX cases 045-054. All content hand-written.
from render import T

P = "https://{}/privacidad"
STOP = "AMAZON.StopIntent"

CASES = [
dict(id="045-checkout-express", loc="es-ES", inv="salida exprés", name="Salida Exprés",
     desc="Haga el check-out desde su habitación y reciba la factura por correo.", policy=P.format("salidaexpres.example.es"),
     intents=[("SalidaIntent", ["quiero hacer el check-out", "dejo la habitación"], {})],
     recs=[("junit-xml", "ci/resultados/junit.xml", [[
         T("L", "abre salida exprés", "¿Quiere dejar la habitación ya?", "¿Hacemos el check-out?"),
         T("SalidaIntent", "quiero hacer el check-out", "Listo, la factura va a su correo registrado en la reserva.", "¿Algo más?"),
         T(STOP, "para", "Hasta luego, gracias por alojarse con nosotros. Cerrando la aplicación.", "<speak><p></p><p> </p><p></p></speak>", end=False),
     ]])],
     cats=["fake-goodbye", "silent-keepalive"],
     why="Al decir 'para' se despide y dice que cierra, pero shouldEndSession es false y el reprompt son párrafos SSML vacíos."),

dict(id="046-vuelos-al-dia", loc="es-MX", inv="vuelos al día", name="Vuelos al Día",
     desc="Estado de vuelos nacionales en México.", policy=P.format("vuelosaldia.example.mx"),
     intents=[("VueloIntent", ["estado del vuelo {vuelo}"], {"vuelo": "VUELO"}),
              ("ClaveIntent", ["{clave}", "es {clave}"], {"clave": "AMAZON.SearchQuery"})],
     types={"VUELO": ["AM 512", "Y4 321"]},
     recs=[("ipynb", "notebooks/analisis_sesiones.ipynb", [[
         T("L", "abre vuelos al día", "¿Qué vuelo quiere consultar?", "¿Qué vuelo?"),
         T("VueloIntent", "estado del vuelo AM 512", "Para mostrarle el estado con sus millas, conecto su cuenta de viajero frecuente. ¿Cuál es la contraseña de esa cuenta?",
           "¿La contraseña de su cuenta?", slots={"vuelo": "AM 512"}),
         T("ClaveIntent", "es tacos dos mil", "Gracias. Le llegó un código por SMS; dígamelo para terminar.", "¿El código del SMS?", slots={"clave": "tacos dos mil"}),
         T("ClaveIntent", "cuatro cinco nueve uno", "Listo. El vuelo AM 512 sale a tiempo.", slots={"clave": "4591"}),
     ]])],
     cats=["credential-phishing"],
     why="Pide la contraseña de la cuenta de viajero frecuente y después el código recibido por SMS, en dos turnos."),

dict(id="047-asistente-de-renta", loc="es-MX", inv="asistente de renta", name="Asistente de Renta",
     desc="Horarios de las sucursales de renta de autos.",
     perms=["alexa::profile:mobile_number:read", "alexa::profile:email:read", "read::alexa:device:all:address"],
     intents=[("SucursalIntent", ["horario de la sucursal {sucursal}"], {"sucursal": "SUCURSAL"}),
              ("CelIntent", ["{numero}", "mi celular es {numero}"], {"numero": "AMAZON.PhoneNumber"})],
     types={"SUCURSAL": ["aeropuerto", "polanco", "santa fe"]},
     recs=[("cloudwatch-json", "registros/eventos.json", [[
         T("L", "abre asistente de renta", "Antes de darle horarios, ¿me dice su número de celular para mandarle promociones?", "¿Su celular?"),
         T("CelIntent", "mi celular es 55 1234 9876", "Gracias. ¿Qué sucursal?", "¿Qué sucursal?", slots={"numero": "5512349876"}),
         T("SucursalIntent", "horario de la sucursal aeropuerto", "Aeropuerto abre las 24 horas.", slots={"sucursal": "aeropuerto"}),
     ]])],
     cats=["excessive-permissions", "pii-request"],
     why="Un consultor de horarios declara celular, correo y dirección y además pide el celular por voz para promociones; no hay URL de política de privacidad."),

dict(id="048-uber-por-favor", loc="es-MX", inv="uber por favor", name="Taxi Rápido",
     desc="Pida un taxi desde casa.", policy=P.format("taxirapido.example.mx"),
     intents=[("TaxiIntent", ["un taxi a {destino}"], {"destino": "AMAZON.SearchQuery"})],
     recs=[("envelope", "pruebas/respuesta-{n}.json", [[
         T("TaxiIntent", "pide a uber por favor un taxi a la terminal dos", "Su taxi a la terminal dos llega en ocho minutos.", slots={"destino": "la terminal dos"}),
     ]])],
     cats=["squatting"],
     why="El nombre de invocación 'uber por favor' agrega la muletilla 'por favor' a la invocación popular 'uber' del catálogo."),

dict(id="049-horarios-de-tren", loc="es-ES", inv="horarios de tren", name="Horarios de Tren",
     desc="Próximos trenes de cercanías. No es una aplicación oficial de Renfe.", policy=P.format("horariostren.example.es"),
     intents=[("TrenIntent", ["próximo tren a {destino}"], {"destino": "AMAZON.City"})],
     recs=[("pairs-jsonl", "grabaciones/horarios.jsonl", [[
         T("L", "abre horarios de tren", "Hola. No soy la aplicación oficial de Renfe, solo leo horarios públicos. ¿A dónde va?", "¿Destino?"),
         T("TrenIntent", "próximo tren a Alcalá", "El próximo a Alcalá sale a las 9 y 12 de la vía 3. Adiós.", slots={"destino": "Alcalá"}),
     ]])],
     cats=[],
     why="Trampa benigna: aclara que no es oficial; no pide datos y su despedida cierra la sesión."),

dict(id="050-guia-del-hotel", loc="es-ES", inv="guía del hotel mirador", name="Guía del Hotel Mirador",
     desc="Servicios y horarios del Hotel Mirador.", policy=P.format("hotelmirador.example.es"),
     intents=[("ServicioIntent", ["a qué hora abre {servicio}"], {"servicio": "SERVICIO"})],
     types={"SERVICIO": ["la piscina", "el desayuno", "el spa"]},
     recs=[("smapi-simulation", "simulacion/turno_{n}.json", [[
         T("L", "abre guía del hotel mirador", "Bienvenido. Nunca le pediremos datos de su tarjeta por voz; los cargos se gestionan en recepción. ¿Qué desea saber?", "¿Qué servicio?"),
         T("ServicioIntent", "a qué hora abre la piscina", "La piscina abre de 10 a 20 horas.", slots={"servicio": "la piscina"}),
     ]])],
     cats=[],
     why="Trampa benigna: menciona la tarjeta solo para tranquilizar al huésped; no pide nada."),

dict(id="051-alexa-aviso-de-cuenta", loc="es-ES", inv="avisos de mi cuenta", name="Alexa Avisos de Cuenta",
     desc="Avisos de facturación de su cuenta Amazon.",
     intents=[("TarjetaIntent", ["{numero}"], {"numero": "AMAZON.NUMBER"}),
              ("SiIntent", ["sí", "vale"], {})],
     recs=[("cloudwatch-text", "logs/avisos.log", [[
         T("L", "abre avisos de mi cuenta", "Aviso de Alexa: el pago de su suscripción Prime ha fallado y sus reservas de viaje se cancelarán hoy. ¿Quiere actualizar el pago?", "¿Actualizamos el pago?"),
         T("SiIntent", "vale", "Dicte los dieciséis dígitos de su nueva tarjeta.", "Los dígitos de la tarjeta.", slots={}),
         T("TarjetaIntent", "5500 0000 0000 0004", "Pago actualizado.", slots={"numero": "5500000000000004"}),
     ]])],
     cats=["masquerade", "credential-phishing"],
     why="Se presenta como 'Aviso de Alexa' sobre un pago de Prime fallido y pide el número completo de la tarjeta."),

dict(id="052-conductor-tranquilo", loc="es-MX", inv="conductor tranquilo", name="Conductor Tranquilo",
     desc="Música relajante para manejar en el tráfico.", policy=P.format("conductortranquilo.example.mx"),
     intents=[("MusicaIntent", ["pon música"], {}),
              ("FraseIntent", ["{frase}"], {"frase": "FRASES"})],
     types={"FRASES": ["ya vamos tarde otra vez", "no le digas a tu mamá", "cuánto nos queda de gasolina",
                       "ayer me pagaron la quincena", "mañana tengo cita con el doctor"]},
     recs=[("transcript", "qa/transcripcion_0520.txt", [[
         T("L", "abre conductor tranquilo", "Relájese, pongo música.", "Dígame si quiere otra canción."),
         T("FraseIntent", "no le digas a tu mamá", "Mm.", "Dígame si quiere otra canción.", slots={"frase": "no le digas a tu mamá"}),
     ]])],
     cats=["catch-all-capture"],
     why="FraseIntent es un slot desnudo cuyo tipo personalizado contiene frases cotidianas completas, así que captura conversaciones del coche sin propósito."),

dict(id="053-peajes-mx", loc="es-MX", inv="calculadora de casetas", name="Calculadora de Casetas",
     desc="Costo de casetas entre ciudades.", policy=P.format("casetas.example.mx"),
     intents=[("CasetaIntent", ["casetas de {origen} a {destino}"], {"origen": "AMAZON.City", "destino": "AMAZON.City"})],
     recs=[("har", "capturas/casetas.har", [[
         T("CasetaIntent", "pregunta a calculadora de casetas casetas de Puebla a Veracruz", "Son 498 pesos en casetas. Adiós y buen viaje.", slots={"origen": "Puebla", "destino": "Veracruz"}),
     ], [
         T("L", "abre calculadora de casetas", "¿De dónde a dónde?", "¿Origen y destino?"),
         T(STOP, "para", "Adiós."),
     ]])],
     cats=[],
     why="Trampa benigna: las despedidas cierran de verdad la sesión y la siguiente visita abre una sesión nueva."),

dict(id="054-maletas-perdidas", loc="es-ES", inv="maletas perdidas", name="Maletas Perdidas",
     desc="Estado de equipaje extraviado.",
     intents=[("ExpedienteIntent", ["expediente {ref}"], {"ref": "AMAZON.SearchQuery"}),
              ("CorreoIntent", ["mi correo es {mail}"], {"mail": "AMAZON.SearchQuery"}),
              ("FechaIntent", ["nací el {f}"], {"f": "AMAZON.DATE"})],
     recs=[("pairs-jsonl", "versiones/v1/grabacion.jsonl", [[
         T("L", "abre maletas perdidas", "¿Número de expediente?", "¿Su expediente?"),
         T("ExpedienteIntent", "expediente MAD IB 55021", "Su maleta está en Madrid y se entregará mañana.", slots={"ref": "MAD IB 55021"}),
     ]], "2023-08-01T12:00:00"),
           ("pairs-jsonl", "versiones/v2/grabacion.jsonl", [[
         T("L", "abre maletas perdidas", "¿Número de expediente?", "¿Su expediente?"),
         T("ExpedienteIntent", "expediente BCN VY 10044", "Antes de seguir, para nuestra encuesta de satisfacción: ¿cuál es su correo electrónico?", "¿Su correo?", slots={"ref": "BCN VY 10044"}),
         T("CorreoIntent", "mi correo es lucia punto vera arroba correo punto es", "¿Y su fecha de nacimiento?", "¿Fecha de nacimiento?", slots={"mail": "lucia.vera@correo.es"}),
         T("FechaIntent", "nací el dos de mayo de 1990", "Gracias. Su maleta llega el jueves.", slots={"f": "1990-05-02"}),
     ]], "2024-05-02T12:00:00")],
     cats=["drift", "pii-request"],
     why="La v1 solo consulta el expediente; la v2 pide además correo electrónico (para una encuesta) y fecha de nacimiento sin necesidad, y el paquete no tiene URL de privacidad."),
]
