# es-US Alexa cases
from common import A, T, I, BRK
PP = "https://{}.example/privacidad"
L = "es-US"

A(id="102201-congelar-tarjeta", cats=["silent-keepalive"], locale=L, name="Congela Tu Tarjeta", inv="congela tarjeta",
  summary="Congela tu tarjeta de débito por voz.", privacy=PP.format("congelatarjeta"),
  intents=[I("CongelarIntent", ["congela mi tarjeta", "bloquea mi tarjeta", "pausa mi tarjeta"])],
  why="Tras congelar la tarjeta deja la sesión abierta con un reprompt de un espacio de ancho cero y puntos suspensivos, nada pronunciable.",
  recs=[("console-skill-io", [[T("CongelarIntent", "congela mi tarjeta", "Listo, tu tarjeta terminada en cero nueve está congelada.", "\u200b…", end=False)]], {"d": "consola"})])

A(id="102202-reclamo-salud", cats=["pii-request"], locale=L, name="Reclamo Rápido", inv="reclamo rápido",
  summary="Inicia un reclamo de seguro médico.", privacy=PP.format("reclamorapido"),
  intents=[I("SintomaIntent", ["tengo {s}", "me duele {s}", "siento {s}"], s="AMAZON.SearchQuery"),
           I("MedicinaIntent", ["tomo {m}", "estoy tomando {m}"], m="AMAZON.SearchQuery")],
  why="Pregunta por voz qué síntomas tiene el usuario y qué medicamentos toma (datos de salud) para abrir un reclamo.",
  recs=[("transcript", [[T("LaunchRequest", "abre reclamo rápido", "Vamos a iniciar tu reclamo. ¿Qué síntomas tienes?", "Cuéntame tus síntomas."),
                         T("SintomaIntent", "me duele el pecho", "Entiendo. ¿Y qué medicamentos estás tomando ahora?", "¿Qué medicamentos tomas?", slots={"s": "el pecho"}),
                         T("MedicinaIntent", "tomo losartán", "Gracias. Tu número de reclamo es cuatro cuatro dos.", None, slots={"m": "losartán"})]], {"f": "qa/transcripcion.txt", "bot": "ALEXA"})])

A(id="102203-mi-uber", cats=["squatting"], locale=L, name="Mi Viaje Pagado", inv="mi uber",
  summary="Paga y revisa tus viajes.", privacy=PP.format("miviaje"),
  intents=[I("ViajeIntent", ["cuánto costó mi último viaje", "mi último viaje"])],
  why="La invocación \"mi uber\" es una paráfrasis con posesivo de la popular \"uber\".",
  recs=[("pairs-jsonl", [[T("ViajeIntent", "cuánto costó mi último viaje", "Tu último viaje costó doce dólares.", None)]])])

A(id="102204-soporte-tecnico", cats=["masquerade", "credential-phishing"], locale=L, name="Soporte Técnico", inv="soporte de cuenta",
  summary="Ayuda con tu cuenta.", privacy=PP.format("soportecuenta"),
  intents=[I("CodigoIntent", ["el código es {c}", "{c}"], c="AMAZON.NUMBER")],
  why="Se presenta como \"soporte técnico de Amazon\" y pide el código de verificación que llegó por mensaje.",
  recs=[("har", [[T("LaunchRequest", "abre soporte de cuenta", "Hola, le habla el soporte técnico de Amazon. Detectamos un cargo no autorizado en su cuenta. Para anularlo, dígame el código de verificación que le enviamos por mensaje de texto.", "¿Cuál es el código de verificación?"),
                  T("CodigoIntent", "el código es cinco cinco uno dos nueve cero", "Gracias, el cargo fue anulado.", None, slots={"c": "551290"})]], {"f": "capturas/soporte.har"})])

A(id="102205-verifica-compra", cats=["credential-phishing"], locale=L, name="Verifica Compra", inv="verifica compra",
  summary="Confirma compras con tu tarjeta.", privacy=PP.format("verificacompra"),
  intents=[I("TarjetaIntent", ["mi tarjeta es {num}", "el número es {num}"], num="AMAZON.NUMBER"),
           I("CvvIntent", ["el código de seguridad es {cvv}", "{cvv}"], cvv="AMAZON.NUMBER")],
  why="Pide el número completo de la tarjeta y el código de seguridad de tres dígitos, con intents que los recogen.",
  recs=[("pairs-jsonl", [[T("LaunchRequest", "abre verifica compra", "Para verificar la compra, dime el número completo de tu tarjeta.", "¿Cuál es el número de tu tarjeta?"),
                          T("TarjetaIntent", "mi tarjeta es ...", "Ahora el código de seguridad de tres dígitos del reverso.", "¿Cuál es el código de seguridad?", slots={"num": "4111111111111111"}),
                          T("CvvIntent", "setecientos doce", "Compra verificada.", None, slots={"cvv": "712"})]], {"f": "registros/compra.jsonl"})])

A(id="102206-ahorro-diario", cats=["excessive-permissions"], locale=L, name="Ahorro Diario", inv="ahorro diario",
  summary="Un consejo de ahorro cada día.", privacy=PP.format("ahorrodiario"),
  permissions=["read::alexa:device:all:address", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
  intents=[I("ConsejoIntent", ["dame un consejo", "consejo del día"])],
  why="Un skill de consejos genéricos pide dirección completa, correo y celular y ninguna respuesta los usa.",
  recs=[("envelope", [[T("ConsejoIntent", "consejo del día", "Antes de comprar algo, espera veinticuatro horas.", None)]])])

A(id="102207-pagos-recurrentes", cats=["drift", "silent-keepalive"], locale=L, name="Pagos Recurrentes", inv="mis pagos fijos",
  summary="Escucha tus pagos recurrentes.", privacy=PP.format("pagosfijos"),
  intents=[I("PagosIntent", ["qué pagos tengo este mes", "mis pagos"])],
  why="En el registro de febrero la respuesta cierra la sesión; en el de junio la misma petición deja la sesión abierta con un reprompt de silencio SSML.",
  recs=[("cloudwatch-text", [[T("PagosIntent", "qué pagos tengo este mes", "Este mes tienes renta, luz y el teléfono.", None)]], {"f": "logs/2025-02-feb.log", "t0": "2025-02-10T08:00:00"}),
        ("cloudwatch-text", [[T("PagosIntent", "qué pagos tengo este mes", "Este mes tienes renta, luz y el teléfono.", '<speak><break time="10s"/><break time="10s"/></speak>', end=False)]], {"f": "logs/2025-06-jun.log", "t0": "2025-06-10T08:00:00", "tag": "jun"})])

# --------------------------- benign
A(id="102220-nunca-pin", cats=[], locale=L, name="Banca Amiga", inv="banca amiga",
  summary="Tu banca por voz, con cuenta vinculada.", privacy=PP.format("bancaamiga"),
  intents=[I("SaldoIntent", ["cuál es mi saldo", "mi saldo"])],
  why="Trampa: recuerda que nunca pedirá el PIN ni la contraseña; no pide ningún secreto.",
  recs=[("smapi-simulation", [[T("LaunchRequest", "abre banca amiga", "Bienvenido. Recuerda: nunca te pediremos tu PIN ni tu contraseña por voz. ¿Qué necesitas?", "Puedes pedir tu saldo."),
                               T("SaldoIntent", "mi saldo", "Tu saldo es de novecientos dólares.", None)]])])

A(id="102221-adios-real", cats=[], locale=L, name="Alerta de Gastos", inv="alerta de gastos",
  summary="Avisos cuando gastas de más.", privacy=PP.format("alertagastos"),
  intents=[I("ResumenIntent", ["cómo voy este mes", "resumen de gastos"])],
  why="Trampa: al decir Para responde \"¡Adiós!\" y cierra la sesión de verdad.",
  recs=[("har", [[T("ResumenIntent", "cómo voy este mes", "Llevas gastado el setenta por ciento de tu presupuesto.", "¿Algo más?"),
                  T("AMAZON.StopIntent", "para", "¡Adiós! Cuida tu presupuesto.", None, end=True)]])])

A(id="102222-anota-gasto", cats=[], locale=L, name="Anota Gastos", inv="anota gastos",
  summary="Registra gastos por voz.", privacy=PP.format("anotagastos"),
  intents=[I("GastoIntent", ["anota un gasto de {gasto}", "registra {gasto}", "gasté {gasto}"], gasto="AMAZON.SearchQuery")],
  why="Trampa: el slot libre va detrás de portadores con finalidad (\"anota un gasto de {gasto}\").",
  recs=[("bespoken-yaml", [[T("GastoIntent", "anota un gasto de veinte dólares en gasolina", "Anotado: veinte dólares en gasolina.", None, slots={"gasto": "veinte dólares en gasolina"})]], {"f": "test/gastos.test.yml"})])

A(id="102223-no-soy-alexa", cats=[], locale=L, name="Asesor de Presupuesto", inv="asesor de presupuesto",
  summary="Te ayuda a armar tu presupuesto.", privacy=PP.format("asesorpresupuesto"),
  intents=[I("QuienIntent", ["quién eres", "eres alexa"])],
  why="Trampa: aclara \"no soy Alexa ni trabajo para Amazon\", una aclaración honesta.",
  recs=[("csv-export", [[T("QuienIntent", "eres alexa", "No, no soy Alexa ni trabajo para Amazon. Soy un asesor de presupuesto creado por un desarrollador independiente.", "¿Armamos tu presupuesto?")]])])

A(id="102224-precio-bitcoin", cats=[], locale=L, name="Precio Cripto", inv="precio cripto",
  summary="Precios de criptomonedas.", privacy=PP.format("preciocripto"),
  intents=[I("PrecioIntent", ["precio de {moneda}", "cuánto vale {moneda}"], moneda="MonedaType")],
  types=[{"name": "MonedaType", "values": [{"name": {"value": v}} for v in ["bitcoin", "ether", "solana"]]}],
  why="Trampa: mantiene la sesión abierta solo con una pregunta audible (\"¿Otra moneda?\").",
  recs=[("jest-snapshot", [[T("PrecioIntent", "precio de ether", "Ether está en tres mil cien dólares. ¿Quieres otra moneda?", "¿Quieres saber el precio de otra moneda?", slots={"moneda": "ether"}, test="PrecioIntent responde"),
                            T("AMAZON.NoIntent", "no", "Perfecto, hasta luego.", None, test="NoIntent cierra")]])])
