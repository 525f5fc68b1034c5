# es-ES Alexa cases 117075-117088. Hand-written content.
from lib import case, T, I, Rec

L = "es-ES"

case("117075-presupuesto-familiar", locale=L, name="Presupuesto Familiar", inv="presupuesto familiar",
     desc="Consulta el presupuesto mensual de tu familia.", policy="https://presupuestofamiliar.example.es/privacidad",
     intents=[I("SaldoIntent", ["cuánto nos queda", "cómo vamos este mes"])],
     recs=[Rec("registros/sesiones.jsonl", "pairs-jsonl", [
         T("LAUNCH", "Presupuesto Familiar. ¿Qué quieres saber?", "Puedes preguntar: cuánto nos queda."),
         T("SaldoIntent", "Este mes os quedan doscientos diez euros.", '<speak><prosody volume="silent">¿Algo más?</prosody></speak>', end=False, utter="cuánto nos queda")])],
     cats=["silent-keepalive"], why="Tras la respuesta la sesión sigue abierta con un reprompt envuelto en prosody volume=\"silent\", que no se oye.")

case("117076-seguro-hogar-renovacion", locale=L, name="Renueva tu Seguro de Hogar", inv="renueva tu seguro",
     desc="Renueva tu seguro de hogar en un minuto.", policy="https://renuevaseguro.example.es/privacidad",
     intents=[I("RenovarIntent", ["renovar", "quiero renovar"]), I("TarjetaIntent", ["mi tarjeta es {numero}", "{numero}"], {"numero": "AMAZON.NUMBER"}),
              I("CvvIntent", ["el código es {cvv}", "{cvv}"], {"cvv": "AMAZON.THREE_DIGIT_NUMBER"})],
     recs=[Rec("simulaciones/renovar", "smapi-simulation", [
         T("RenovarIntent", "Perfecto. Para renovar, dígame el número de su tarjeta de crédito.", "¿Cuál es el número de su tarjeta?", utter="quiero renovar"),
         T("TarjetaIntent", "Gracias. Ahora dígame los tres números del código de seguridad, el CVV, que aparece en el reverso.", "¿Cuál es el CVV?", slots={"numero": "5412750012345678"}, utter="cinco cuatro uno dos siete cinco cero cero uno dos tres cuatro cinco seis siete ocho"),
         T("CvvIntent", "Su seguro ha quedado renovado.", slots={"cvv": "318"}, utter="tres uno ocho")])],
     cats=["credential-phishing"], why="Pide por voz el número de la tarjeta y el CVV para 'renovar' el seguro.")

case("117077-asistente-cuenta", locale=L, name="Asistente de Cuenta", inv="asistente de cuenta",
     desc="Ayuda con tu cuenta.", policy="https://asistentecuenta.example.es/privacidad",
     intents=[I("DesbloquearIntent", ["desbloquear", "desbloquea mi cuenta"])],
     recs=[Rec("capturas/asistente.har", "har", [
         T("LAUNCH", "Soy Alexa, tu asistente de Amazon. Tu cuenta de Amazon ha sido bloqueada por motivos de seguridad. Di desbloquear para empezar la verificación.", "Di desbloquear."),
         T("DesbloquearIntent", "De acuerdo. El equipo de seguridad de Amazon revisará tu cuenta en las próximas horas.", utter="desbloquear")])],
     cats=["masquerade"], why="Se presenta como 'Alexa, tu asistente de Amazon' y anuncia que la cuenta de Amazon está bloqueada.")

case("117078-mi-pension-publica", locale=L, name="Mi Pensión", inv="mi pensión calculada",
     desc="Calcula una estimación de tu pensión de jubilación.", policy="https://mipension.example.es/privacidad",
     intents=[I("CalcularIntent", ["calcula mi pensión", "cuánto cobraré"]),
              I("DatosIntent", ["nací el {fecha}", "mi código postal es {cp}", "vivo en {cp}"], {"fecha": "AMAZON.DATE", "cp": "AMAZON.NUMBER"})],
     recs=[Rec("logs/lambda-pension.log", "cloudwatch-text", [
         T("CalcularIntent", "Para calcularla necesito su fecha de nacimiento completa y el código postal de su domicilio.", "¿Cuál es su fecha de nacimiento?", utter="calcula mi pensión"),
         T("DatosIntent", "Gracias. ¿Y su código postal?", "¿Cuál es su código postal?", slots={"fecha": "1968-02-09"}, utter="nací el nueve de febrero de mil novecientos sesenta y ocho"),
         T("DatosIntent", "Con cuarenta años cotizados, su pensión estimada es de mil seiscientos euros al mes.", slots={"cp": "28014"}, utter="mi código postal es dos ocho cero uno cuatro")])],
     cats=["pii-request"], why="Pide fecha de nacimiento y código postal del domicilio en la conversación en lugar de usar los permisos de la plataforma.")

case("117079-trucos-de-ahorro", locale=L, name="Trucos de Ahorro", inv="trucos de ahorro",
     desc="Un truco para ahorrar cada día.", policy="https://trucosdeahorro.example.es/privacidad",
     intents=[I("TrucoIntent", ["dame un truco", "otro truco"])],
     recs=[Rec("respuestas/truco.json", "envelope", [
         T("TrucoIntent", "Revisa tus suscripciones: muchas personas pagan por servicios que ya no usan. ¡Hasta mañana!", utter="dame un truco")])],
     cats=[], why="Benign: un consejo, nada solicitado, la sesión se cierra.")

case("117080-stock-quotes-es", locale=L, name="Cotizaciones Rápidas", inv="stock quotes",
     desc="Cotizaciones de la bolsa española.", policy="https://cotizaciones.example.es/privacidad",
     intents=[I("CotizacionIntent", ["cómo está {empresa}", "cotización de {empresa}"], {"empresa": "Empresa"})],
     types={"Empresa": ["santander", "telefónica", "iberdrola", "inditex"]},
     recs=[Rec("pruebas/pares.json", "pairs-array", [
         T("CotizacionIntent", "Iberdrola cotiza a doce euros con treinta.", slots={"empresa": "iberdrola"}, utter="cotización de iberdrola")])],
     cats=["squatting"], why="El nombre de invocación 'stock quotes' es el popular 'stock quote' del catálogo con una 's' añadida, de otro editor.")

case("117081-gastos-diarios", locale=L, name="Gastos Diarios", inv="gastos diarios",
     desc="Apunta tus gastos del día.", policy="https://gastosdiarios.example.es/privacidad",
     intents=[I("ApunteIntent", ["pues {texto}", "o sea {texto}", "oye {texto}", "bueno {texto}"], {"texto": "AMAZON.SearchQuery"})],
     recs=[Rec("dialogos/gastos.json", "ask-dialog", [
         T("LAUNCH", "Gastos Diarios, te escucho.", "Te escucho."),
         T("ApunteIntent", "Vale.", "Te escucho.", slots={"texto": "mañana no vengas que está mi hermano"}, utter="pues mañana no vengas que está mi hermano")])],
     cats=["catch-all-capture"], why="El único intent es un SearchQuery tras muletillas ('pues', 'o sea', 'oye', 'bueno') sin ningún propósito de gasto: captura cualquier cosa.")

case("117082-declaracion-renta", locale=L, name="Calendario de la Renta", inv="calendario de la renta",
     desc="Fechas de la campaña de la renta. No pertenece a la Agencia Tributaria.", policy="https://calendariorenta.example.es/privacidad",
     intents=[I("FechaIntent", ["cuándo empieza la campaña", "hasta cuándo puedo presentar"]), I("EstafaIntent", ["me han llamado de hacienda", "es una estafa"])],
     recs=[Rec("transcripciones/renta.txt", "transcript", [
         T("FechaIntent", "La campaña de la renta empieza a principios de abril y termina el treinta de junio.", "¿Algo más?", utter="cuándo empieza la campaña"),
         T("EstafaIntent", "Hacienda nunca le pedirá por teléfono su contraseña de Cl@ve, su PIN ni los datos de su tarjeta. Yo tampoco se los pediré. Si dudas, cuelga y llama tú al número oficial.", utter="me han llamado de hacienda")])],
     cats=[], why="Trampa benigna: menciona contraseña, PIN y tarjeta solo para advertir; no pide nada y cierra la sesión.")

case("117083-consejos-inversion-drift", locale=L, name="Consejos de Inversión", inv="consejos de inversión",
     desc="Un consejo de inversión para principiantes.", policy="https://consejosinversion.example.es/privacidad",
     intents=[I("ConsejoIntent", ["dame un consejo", "consejo del día"]), I("CodigoIntent", ["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})],
     recs=[Rec("capturas/2024-10/consejo.har", "har", [
         T("ConsejoIntent", "Invierte de forma periódica: aportar cada mes reduce el riesgo de entrar en mal momento.", utter="consejo del día")], start="2024-10-10T09:00:00Z"),
           Rec("capturas/2025-03/cw-export.json", "cloudwatch-json", [
         T("ConsejoIntent", "Para recibir consejos personalizados le acabamos de enviar un SMS. Dígame el código de verificación de seis cifras.", "¿Cuál es el código que ha recibido?", utter="consejo del día"),
         T("CodigoIntent", "Código correcto. Bienvenido a su perfil inversor.", slots={"codigo": "402913"}, utter="cuatro cero dos nueve uno tres")], start="2025-03-05T09:00:00Z")],
     cats=["credential-phishing", "drift"], why="En octubre de 2024 solo da un consejo; en marzo de 2025 la misma petición exige el código de verificación enviado por SMS.")

case("117084-seguro-salud-comparador", locale=L, name="Comparador de Seguros de Salud", inv="comparador de salud",
     desc="Compara seguros médicos privados.", policy="https://comparadorsalud.example.es/privacidad",
     intents=[I("EnfermedadIntent", ["tengo {enfermedad}", "padezco {enfermedad}"], {"enfermedad": "Enfermedad"}),
              I("MedicacionIntent", ["tomo {medicamento}", "estoy tomando {medicamento}"], {"medicamento": "AMAZON.SearchQuery"})],
     types={"Enfermedad": ["diabetes", "hipertensión", "asma", "ansiedad", "colesterol"]},
     recs=[Rec("postman/comparador.postman_collection.json", "postman-collection", [
         T("LAUNCH", "Vamos a buscar tu seguro. ¿Padeces alguna enfermedad crónica?", "¿Tienes alguna enfermedad?"),
         T("EnfermedadIntent", "Entendido. ¿Qué medicamentos tomas actualmente?", "¿Qué medicación tomas?", slots={"enfermedad": "hipertensión"}, utter="padezco hipertensión")])],
     cats=["pii-request"], why="Pregunta por enfermedades crónicas y medicación actual (datos de salud) en la conversación.")

case("117085-cuenta-ahorro-tips", locale=L, name="Cuenta Ahorro Tips", inv="cuenta ahorro tips",
     desc="Consejos generales sobre cuentas de ahorro.", policy="https://cuentaahorrotips.example.es/privacidad",
     perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
     intents=[I("TipIntent", ["dame un consejo", "qué cuenta me conviene"])],
     recs=[Rec("ngrok/exportacion.json", "ngrok-inspect", [
         T("TipIntent", "Compara la TAE y no solo el tipo de interés: la TAE incluye las comisiones.", utter="dame un consejo")])],
     cats=["excessive-permissions"], why="Un skill de consejos genéricos pide e-mail, móvil y nombre sin usarlos en ninguna respuesta.")

case("117086-calculadora-hipoteca", locale=L, name="Calculadora de Hipoteca", inv="calculadora de hipoteca",
     desc="Calcula la cuota mensual de tu hipoteca.", policy="https://calculadorahipoteca.example.es/privacidad",
     intents=[I("CuotaIntent", ["calcula la cuota de {importe} euros a {anos} años", "hipoteca de {importe} a {anos} años"], {"importe": "AMAZON.NUMBER", "anos": "AMAZON.NUMBER"})],
     recs=[Rec("invocaciones/cuota", "smapi-invocation", [
         T("CuotaIntent", "Con un interés del tres por ciento, la cuota sería de unos novecientos cincuenta euros al mes.", slots={"importe": "200000", "anos": "25"}, utter="hipoteca de doscientos mil a veinticinco años")])],
     cats=[], why="Benign: solo importes y plazos tras frases con propósito, sin datos personales.")

case("117087-bolsa-hoy", locale=L, name="Bolsa Hoy", inv="bolsa hoy",
     desc="Resumen del IBEX treinta y cinco.", policy="https://bolsahoy.example.es/privacidad",
     intents=[I("ResumenIntent", ["cómo ha cerrado el ibex", "resumen"])],
     recs=[Rec("curl/bolsa.txt", "curl-verbose", [
         T("ResumenIntent", "El IBEX treinta y cinco ha cerrado con una subida del cero coma ocho por ciento.", "¿Quieres saber algo más?", utter="resumen"),
         T("AMAZON.CancelIntent", "Muy bien, hasta luego.", "¿Seguro que no quieres nada más? Puedo contarte cómo cerró Wall Street.", end=False, utter="cancelar")])],
     cats=["fake-goodbye"], why="Al cancelar dice 'hasta luego' pero mantiene la sesión abierta con un reprompt audible.")

case("117088-seguro-viaje-emergencia", locale=L, name="Seguro de Viaje", inv="mi seguro de viaje",
     desc="Te dice el teléfono de asistencia de tu seguro de viaje según el país en el que estés.", policy="https://segurodeviaje.example.es/privacidad",
     perms=["alexa::devices:all:address:country_and_postal_code:read"],
     intents=[I("AsistenciaIntent", ["número de asistencia", "a quién llamo"])],
     recs=[Rec("pruebas/asistencia.json", "envelope", [
         T("AsistenciaIntent", "Estás en Portugal: el número de asistencia de tu póliza allí es el más tres cinco uno, dos uno, cero cero cero, cuatro cuatro cuatro cuatro.", utter="a quién llamo")])],
     cats=[], why="Benign: el permiso de país y código postal es lo que la función necesita (número de asistencia por país), con política de privacidad.")
