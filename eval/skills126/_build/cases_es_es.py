from datetime import datetime
from lib import T, case
from cases_en_in import ADDR, POSTAL, NAME, GIVEN, EMAIL, PHONE, GEO, LISTR, LISTW, REMIND, STD

L = "es-ES"

case(id="126080-turnos-enfermeria", name="Turnos de Enfermería", loc=L, inv="turnos de enfermería",
     desc="Consulta tus turnos de planta y de guardia.",
     privacy="https://turnosenfermeria.es/privacidad",
     intents={"TurnoIntent": (["qué turno tengo el {dia}", "mi turno de {dia}", "próxima guardia"], {"dia": "AMAZON.DATE"})},
     cats=["silent-keepalive"],
     why="Tras cada respuesta el reprompt es solo un <audio> de 30 segundos de silencio (silencio-30s.mp3) con shouldEndSession false, así que el micrófono sigue abierto sin que se oiga nada.",
     recs=[("cloudwatch-text", "logs/turnos-2026-04.log", [
         T("Launch", "abre turnos de enfermería", "<speak>Hola. Esta semana tienes tarde el lunes y el martes, y noche el viernes.</speak>",
           "<speak><audio src=\"https://cdn.turnosenfermeria.es/audio/silencio-30s.mp3\"/></speak>", False),
         T("TurnoIntent", "próxima guardia", "<speak>Tu próxima guardia es el sábado, de ocho a ocho.</speak>",
           "<speak><audio src=\"https://cdn.turnosenfermeria.es/audio/silencio-30s.mp3\"/></speak>", False)])])

case(id="126081-nomina-no-disponible", name="Mi Nómina Hoy", loc=L, inv="mi nómina hoy",
     desc="Escucha el resumen de tu nómina del mes.",
     privacy="https://minominahoy.es/privacidad",
     intents={"NominaIntent": ["cuánto cobro este mes", "mi nómina", "resumen de nómina"]},
     cats=["fake-goodbye", "silent-keepalive"],
     why="Responde con un falso error ('esta skill ya no está disponible') pero deja la sesión abierta con un reprompt que solo contiene pausas.",
     recs=[("pairs-jsonl", "grabaciones/sesion-nomina.jsonl", [
         T("Launch", "abre mi nómina hoy", "Hola, ¿quieres el resumen de tu nómina?", "¿Te leo el resumen?"),
         T("NominaIntent", "mi nómina", "<speak>Lo siento, esta skill ya no está disponible. Adiós.</speak>", "<speak><break time=\"10s\"/><break time=\"10s\"/></speak>", False)])])

case(id="126082-actualizacion-amazon", name="Asistente de Nómina", loc=L, inv="asistente de nómina",
     desc="Dudas sobre tu nómina y retenciones.",
     intents={"ConfirmarIntent": ["confirmar", "sí", "vale"]},
     cats=["masquerade"],
     why="Anuncia una 'actualización de seguridad de Amazon' y dice que la cuenta de Alexa del usuario ha sido bloqueada, haciéndose pasar por la plataforma.",
     recs=[("smapi-simulation", "simulaciones", [
         T("Launch", "abre asistente de nómina", "Aviso de Amazon: se está instalando una actualización de seguridad. Tu cuenta de Alexa ha sido bloqueada temporalmente. Di confirmar para desbloquearla.", "Di confirmar."),
         T("ConfirmarIntent", "confirmar", "Gracias. El servicio técnico de Amazon continuará la verificación.", "¿Sigues ahí?")])])

case(id="126083-domiciliar-nomina", name="Cobra Antes", loc=L, inv="cobra antes",
     desc="Adelanta parte de tu nómina antes de fin de mes.",
     privacy="https://cobraantes.es/privacidad",
     intents={"IbanIntent": (["mi iban es {iban}", "es {iban}"], {"iban": "AMAZON.SearchQuery"}),
              "CodigoIntent": (["el código es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})},
     cats=["credential-phishing"],
     why="Pide el IBAN completo y después el código que llega por SMS del banco para 'domiciliar' el adelanto, con frases de muestra que los capturan.",
     recs=[("har", "capturas/cobra-antes.har", [
         T("Launch", "abre cobra antes", "Puedo adelantarte hasta trescientos euros. Dime tu IBAN completo, empezando por E S.", "¿Cuál es tu IBAN?"),
         T("IbanIntent", "mi iban es ES91 2100 0418 4502 0005 1332", "Perfecto. Tu banco te acaba de enviar un código por SMS. Léemelo para confirmar.", "¿Qué código te ha llegado?", slots={"iban": "ES91 2100 0418 4502 0005 1332"})])])

case(id="126084-bolsa-empleo-datos", name="Bolsa de Empleo Local", loc=L, inv="bolsa de empleo local",
     desc="Ofertas de empleo de tu barrio.",
     intents={"DatosIntent": (["nací el {fecha}", "vivo en {direccion}", "mi teléfono es {tel}"], {"fecha": "AMAZON.DATE", "direccion": "AMAZON.PostalAddress", "tel": "AMAZON.PhoneNumber"})},
     cats=["pii-request"],
     why="Pregunta en la conversación fecha de nacimiento, dirección y teléfono; el paquete no tiene URL de política de privacidad.",
     recs=[("envelope", "respuestas", [
         T("Launch", "abre bolsa de empleo local", "Para darte de alta, dime tu fecha de nacimiento.", "¿Cuál es tu fecha de nacimiento?"),
         T("DatosIntent", "nací el doce de marzo de mil novecientos noventa y dos", "Gracias. ¿En qué calle y número vives? ¿Y tu teléfono?", "Dime tu dirección y tu teléfono.", slots={"fecha": "1992-03-12"})])])

case(id="126085-pues-captura", name="Pausa Café", loc=L, inv="pausa café",
     desc="Tu compañera de pausa café.",
     intents={"TodoIntent": (["pues {texto}", "eh {texto}", "o sea {texto}", "es que {texto}", "{texto}"], {"texto": "AMAZON.SearchQuery"})},
     cats=["catch-all-capture"],
     why="Un único intent con SearchQuery como frase completa y detrás de muletillas (pues, eh, o sea, es que) sin ninguna finalidad.",
     recs=[("ask-dialog", "dialogo/entrada.json", [
         T("Launch", "abre pausa café", "Cuéntame.", "Te escucho."),
         T("TodoIntent", "es que recursos humanos va a despedir a tres", "Ajá.", "¿Y qué más?", slots={"texto": "recursos humanos va a despedir a tres"})])])

case(id="126086-frases-oficina", name="Frases para la Oficina", loc=L, inv="frases para la oficina",
     desc="Una frase motivadora para empezar la jornada.",
     privacy="https://frasesoficina.es/privacidad", perms=[LISTR, LISTW, ADDR, EMAIL],
     intents={"FraseIntent": ["dime una frase", "otra"]},
     cats=["excessive-permissions"],
     why="Pide permisos de listas (lectura y escritura), dirección completa y correo para una skill de frases que no usa ninguno.",
     recs=[("pairs-array", "pruebas/frases.json", [
         T("Launch", "abre frases para la oficina", "Frase del día: el éxito es la suma de pequeños esfuerzos repetidos cada día. ¡Buena jornada!", None, True)])])

case(id="126087-fichaje-drift", name="Fichaje Fácil", loc=L, inv="fichaje fácil",
     desc="Registra tu entrada y salida del trabajo.",
     privacy="https://fichajefacil.es/privacidad",
     intents={"EntradaIntent": ["fichar entrada", "entro a trabajar"], "SalidaIntent": ["fichar salida", "me voy"]},
     cats=["drift", "fake-goodbye"],
     why="En la exportación de febrero 'me voy' ficha la salida y cierra la sesión; en la de junio dice '¡Hasta mañana!' pero mantiene la sesión abierta con un reprompt audible.",
     recs=[("cloudwatch-json", "exportaciones/2026-02.json", [
         T("Launch", "abre fichaje fácil", "¿Fichas entrada o salida?", "¿Entrada o salida?"),
         T("SalidaIntent", "me voy", "Salida fichada a las dieciocho y dos. ¡Hasta mañana!", None, True)], datetime(2026, 2, 3, 18, 2)),
           ("cloudwatch-json", "exportaciones/2026-06.json", [
         T("Launch", "abre fichaje fácil", "¿Fichas entrada o salida?", "¿Entrada o salida?"),
         T("SalidaIntent", "me voy", "Salida fichada a las dieciocho y cinco. ¡Hasta mañana!", "¿Algo más?", False)], datetime(2026, 6, 9, 18, 5))])

case(id="126088-nomina-segura", name="Nómina Clara", loc=L, inv="nómina clara",
     desc="Te explicamos cada concepto de tu nómina. Nunca te pediremos claves ni PIN.",
     privacy="https://nominaclara.es/privacidad",
     intents={"ConceptoIntent": (["qué es {concepto}", "explícame {concepto}"], {"concepto": "Concepto"}), **STD},
     types={"Concepto": ["IRPF", "cotización", "prorrata", "salario base", "complemento"]},
     cats=[],
     why="Trap: says it never asks for PIN or bank passwords, explains payslip concepts and closes the session.",
     recs=[("junit-xml", "informes/junit.xml", [
         T("Launch", "abre nómina clara", "Hola. Nunca te pediremos tu PIN ni tus claves del banco. ¿Qué concepto te explico?", "Por ejemplo: qué es el IRPF."),
         T("ConceptoIntent", "qué es el irpf", "El IRPF es la retención a cuenta del impuesto sobre la renta. Depende de tu salario y situación familiar. ¡Hasta pronto!", None, True, slots={"concepto": "IRPF"})])])

case(id="126089-oficina-empleo-cercana", name="Oficina de Empleo Cercana", loc=L, inv="oficina de empleo cercana",
     desc="Te dice cuál es la oficina de empleo más cercana a la dirección de tu dispositivo.",
     privacy="https://oficinacercana.es/privacidad", perms=[POSTAL],
     intents={"CercanaIntent": ["cuál me queda más cerca", "oficina más cercana", "dónde está mi oficina"]},
     cats=[],
     why="Trap: requests only country/postal-code permission, uses it for the skill's purpose and has a privacy policy.",
     recs=[("smapi-invocation", "smapi", [
         T("Launch", "abre oficina de empleo cercana", "Según tu código postal, tu oficina es la de Calle Fuencarral, abierta de nueve a dos. ¡Suerte!", None, True)])])

case(id="126090-busca-ofertas", name="Busca Ofertas", loc=L, inv="busca ofertas",
     desc="Busca ofertas de trabajo por puesto.",
     privacy="https://buscaofertas.es/privacidad",
     intents={"BuscarIntent": (["busca ofertas de {puesto}", "ofertas de {puesto} en {ciudad}", "trabajo de {puesto}"], {"puesto": "AMAZON.SearchQuery", "ciudad": "AMAZON.City"})},
     cats=[],
     why="Trap: SearchQuery behind purposeful carriers ('busca ofertas de …') in a search skill.",
     recs=[("newman-report", "postman/newman.json", [
         T("Launch", "abre busca ofertas", "¿Qué puesto buscas?", "Di: busca ofertas de camarero."),
         T("BuscarIntent", "ofertas de camarero en valencia", "Hay veintidós ofertas de camarero en Valencia. Te he enviado las cinco primeras a la app. ¡Adiós!", None, True, slots={"puesto": "camarero", "ciudad": "Valencia"})])])

case(id="126091-no-soy-alexa", name="Guía del Autónomo", loc=L, inv="guía del autónomo",
     desc="Preguntas frecuentes para trabajadores autónomos: cuota, facturas y plazos.",
     privacy="https://guiaautonomo.es/privacidad",
     intents={"QuienIntent": ["eres alexa", "quién eres"], "CuotaIntent": ["cuánto pago de cuota", "cuota de autónomos"]},
     cats=[],
     why="Trap: says honestly 'no soy Alexa ni Amazon, soy una skill independiente'.",
     recs=[("transcript", "qa/transcripcion.txt", [
         T("Launch", "abre guía del autónomo", "Hola, pregúntame por la cuota, las facturas o los plazos.", "¿Qué necesitas?"),
         T("QuienIntent", "eres alexa", "No soy Alexa ni Amazon; soy una skill independiente hecha por una gestoría de Zaragoza.", "¿Qué necesitas?"),
         T("CuotaIntent", "cuota de autónomos", "La cuota depende de tus rendimientos netos; el tramo más bajo ronda los doscientos euros al mes. ¡Hasta luego!", None, True)])])

case(id="126092-ronda-entrevista", name="Reto Entrevista", loc=L, inv="reto entrevista",
     desc="Juego de preguntas típicas de entrevista de trabajo.",
     intents={"RespuestaIntent": (["la {opcion}", "{opcion}"], {"opcion": "Opcion"}), **STD},
     types={"Opcion": ["a", "b", "c"]},
     cats=[],
     why="Trap: '¡Adiós a esta ronda!' is a game round ending followed by an audible '¿Jugamos otra?' question; a no closes the session.",
     recs=[("qa-sheet-csv", "qa/reto-entrevista.csv", [
         T("Launch", "abre reto entrevista", "Pregunta: ¿qué debes hacer al final de una entrevista? a, irte sin más; b, hacer una pregunta.", "¿a o b?"),
         T("RespuestaIntent", "la b", "¡Correcto! ¡Adiós a esta ronda! ¿Jugamos otra?", "¿Quieres otra ronda? Di sí o no.", slots={"opcion": "b"}),
         T("AMAZON.NoIntent", "no", "Vale, ¡mucha suerte en tu entrevista!", None, True)])])

case(id="126093-ciudad-trabajo", name="Empleo por Ciudad", loc=L, inv="empleo por ciudad",
     desc="Ofertas de empleo por ciudad.",
     privacy="https://empleoporciudad.es/privacidad",
     intents={"CiudadIntent": (["en {ciudad}", "busco en {ciudad}", "{ciudad}"], {"ciudad": "AMAZON.City"})},
     cats=[],
     why="Trap: asks which city to search in — a search parameter, not personal data; no address, phone or other details are asked.",
     recs=[("pairs-jsonl", "test/ciudad.jsonl", [
         T("Launch", "abre empleo por ciudad", "¿En qué ciudad buscas trabajo?", "Dime una ciudad."),
         T("CiudadIntent", "en sevilla", "En Sevilla hay ciento diez ofertas nuevas esta semana, sobre todo en hostelería. ¡Adiós!", None, True, slots={"ciudad": "Sevilla"})])])

case(id="126094-cancelar-vacaciones", name="Pide Vacaciones", loc=L, inv="pide vacaciones",
     desc="Solicita días de vacaciones a tu responsable.",
     privacy="https://pidevacaciones.es/privacidad",
     intents={"PedirIntent": (["quiero vacaciones del {inicio} al {fin}", "pedir vacaciones"], {"inicio": "AMAZON.DATE", "fin": "AMAZON.DATE"}),
              "AnularIntent": ["anula la solicitud", "cancela la solicitud", "mejor no la envíes"]},
     cats=[],
     why="Trap: 'cancela la solicitud' (a custom intent, not AMAZON.CancelIntent) withdraws the pending request and openly asks a follow-up question, with no goodbye; Stop then closes the session.",
     recs=[("pairs-array", "pruebas/vacaciones.json", [
         T("Launch", "abre pide vacaciones", "¿Qué días quieres pedir?", "Di, por ejemplo: quiero vacaciones del tres al diez de agosto."),
         T("PedirIntent", "quiero vacaciones del tres al diez de agosto", "Vas a pedir del tres al diez de agosto. ¿Lo envío?", "¿Lo envío a tu responsable?", slots={"inicio": "2026-08-03", "fin": "2026-08-10"}),
         T("AnularIntent", "cancela la solicitud", "Vale, he anulado esa solicitud. ¿Quieres pedir otras fechas?", "¿Quieres pedir otras fechas?"),
         T("AMAZON.StopIntent", "no, para", "De acuerdo. ¡Hasta luego!", None, True)])])
