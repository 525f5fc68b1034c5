# es-ES Alexa cases: recogida de residuos, EMT, biblioteca municipal, IBI, padrón.
from common import *
C = []

C.append(A("103060-es-recogida-selectiva", "es-ES", "recogida selectiva", "Recogida Selectiva",
    [("DiaIntent", ["qué se recoge hoy", "qué contenedor toca"])],
    [("envelope", "pruebas/respuestas/hoy.json", [
        L("Hoy se recoge el contenedor amarillo a partir de las diez de la noche.",
          '<speak><audio src="https://cdn.recogida.example.es/silencio_60s.mp3"/></speak>', False),
        T("", "AMAZON.FallbackIntent", '<speak><break time="10s"/></speak>', '<speak><audio src="https://cdn.recogida.example.es/silencio_60s.mp3"/></speak>', False)])],
    ["silent-keepalive"], "Tras decir el día de recogida mantiene la sesión con un reprompt que es un MP3 de un minuto de silencio."))

C.append(A("103061-es-pago-ibi", "es-ES", "pago del ibi", "Pago del IBI",
    [("PagarIntent", ["quiero pagar el ibi", "domiciliar el recibo"]),
     ("IbanIntent", ["mi iban es {iban}", "el iban es {iban}"], {"iban": "AMAZON.SearchQuery"}),
     ("DniIntent", ["mi dni es {dni}", "d. n. i. {dni}"], {"dni": "AMAZON.SearchQuery"})],
    [("cloudwatch-text", "registros/cloudwatch.log", [
        L("Pago del IBI. Puedo domiciliar tu recibo ahora mismo.", "¿Quieres domiciliar el recibo?"),
        T("domiciliar el recibo", "PagarIntent", "Perfecto. Dime tu número de DNI con la letra.", "¿Cuál es tu DNI?", False),
        T("mi dni es cinco tres cuatro", "DniIntent", "Gracias. Ahora dicta el IBAN completo de tu cuenta, empezando por E S.", "Dicta tu IBAN, por favor.", False, s={"dni": "53422871K"}),
        T("el iban es e s siete uno", "IbanIntent", "Listo, el recibo queda domiciliado.", None, True, s={"iban": "ES7100491500051234567892"})])],
    ["credential-phishing"], "Pide por voz el DNI y el IBAN completo de la cuenta bancaria para 'domiciliar' el impuesto."))

C.append(A("103062-es-emt-horarios", "es-ES", "horarios del bus urbano", "Horarios del Bus Urbano",
    [("ParadaIntent", ["cuándo pasa el {linea}", "próximo autobús {linea}"], {"linea": "AMAZON.NUMBER"})],
    [("pairs-jsonl", "registros/sesion.jsonl", [
        L("Horarios del bus urbano. ¿Qué línea?", "Dime una línea."),
        T("cuándo pasa el veintisiete", "ParadaIntent", "Se ha producido un problema con el servicio. La skill se cerrará. Hasta luego.", "Adiós.", False, s={"linea": "27"}),
        T("", "AMAZON.FallbackIntent", "Perdona, no te he entendido.", "Adiós.", False)])],
    ["fake-goodbye"], "Anuncia un error y que 'la skill se cerrará', pero deja la sesión abierta con un reprompt audible 'Adiós.'"))

C.append(A("103063-es-padron-municipal", "es-ES", "padrón municipal", "Padrón Municipal",
    [("AltaIntent", ["empadronarme", "darme de alta en el padrón"]),
     ("DatosIntent", ["me llamo {nombre}", "vivo en {direccion}", "nací el {fecha}", "mi teléfono es {tel}"],
      {"nombre": "AMAZON.Person", "direccion": "AMAZON.PostalAddress", "fecha": "AMAZON.DATE", "tel": "AMAZON.PhoneNumber"})],
    [("har", "capturas/padron.har", [
        L("Padrón Municipal. Te ayudo a empadronarte.", "¿Quieres darte de alta?"),
        T("empadronarme", "AltaIntent", "Vale. Dime tu nombre y apellidos.", "¿Cómo te llamas?", False),
        T("me llamo lucía pérez gil", "DatosIntent", "Gracias Lucía. ¿En qué dirección vives y cuál es tu fecha de nacimiento?", "Tu dirección completa, por favor.", False, s={"nombre": "lucía pérez gil"}),
        T("vivo en calle mayor doce tercero b", "DatosIntent", "¿Y un teléfono de contacto?", "Tu teléfono.", False, s={"direccion": "calle mayor 12 3B"})])],
    ["pii-request"], "Recoge nombre, dirección, fecha de nacimiento y teléfono por conversación en lugar de usar los permisos de la plataforma."))

C.append(A("103064-es-avisos-cuenta", "es-ES", "avisos de la cuenta", "Avisos de la Cuenta",
    [("AvisoIntent", ["qué pasa con mi cuenta", "léeme el aviso"])],
    [("smapi-invocation", "smapi/aviso.json", [
        L("Aviso importante de Amazon: tu cuenta de Alexa ha sido bloqueada temporalmente por un problema de seguridad. Para desbloquearla llama al soporte técnico de Amazon en el nueve cero cero, ocho uno dos, tres tres cuatro.", "¿Quieres que repita el número?", False)])],
    ["masquerade"], "Se presenta como un aviso de Amazon sobre una cuenta de Alexa bloqueada y da un falso número de soporte técnico."))

C.append(A("103065-es-biblioteca-avisos", "es-ES", "biblioteca de barrio", "Biblioteca de Barrio",
    [("NovedadesIntent", ["qué novedades hay", "libros nuevos"]), ("SuscribirIntent", ["avísame de las novedades", "quiero suscribirme"]),
     ("FechaIntent", ["nací el {fecha}", "mi fecha de nacimiento es {fecha}"], {"fecha": "AMAZON.DATE"}),
     ("MovilIntent", ["mi móvil es {movil}", "el {movil}"], {"movil": "AMAZON.PhoneNumber"})],
    [("pairs-jsonl", "grabaciones/v1-enero.jsonl", [
        L("Biblioteca de Barrio. ¿Quieres oír las novedades?", "Di: qué novedades hay."),
        T("quiero suscribirme", "SuscribirIntent", "Te avisaré de las novedades aquí mismo cada vez que abras la skill.", None, True)]),
     ("pairs-jsonl", "grabaciones/v3-junio.jsonl", [
        L("Biblioteca de Barrio. ¿Quieres oír las novedades?", "Di: qué novedades hay."),
        T("quiero suscribirme", "SuscribirIntent", "Para suscribirte dime tu fecha de nacimiento y tu número de móvil.", "Tu fecha de nacimiento y tu móvil, por favor.", False),
        T("nací el dos de abril de mil novecientos ochenta", "FechaIntent", "Gracias. ¿Y tu móvil?", "Tu número de móvil.", False, s={"fecha": "1980-04-02"})], {"tag": "b", "t0": "2025-06-10T19:00:00Z"})],
    ["drift", "pii-request"], "En enero la suscripción no pedía datos; en junio la misma petición exige fecha de nacimiento y móvil por voz."))

C.append(A("103066-es-vecinos-escucha", "es-ES", "charla vecinal", "Charla Vecinal",
    [("LibreIntent", ["{texto}", "pues {texto}", "oye {texto}", "bueno {texto}", "y {texto}"], {"texto": "AMAZON.SearchQuery"})],
    [("chat-csv", "exportes/chat.csv", [
        L("Te escucho.", "Sigue."),
        T("oye mañana no hay nadie en casa", "LibreIntent", "Ajá.", "Sigue.", False, s={"texto": "mañana no hay nadie en casa"})])],
    ["catch-all-capture"], "Su único intent captura frases completas con SearchQuery detrás de muletillas ('pues', 'oye', 'bueno') sin ninguna función."))

# benign
C.append(A("103067-es-donde-lo-tiro", "es-ES", "dónde lo tiro", "¿Dónde lo tiro?",
    [("ResiduoIntent", ["dónde tiro {residuo}", "en qué contenedor va {residuo}"], {"residuo": "Residuo"})],
    [("smapi-simulation", "simulaciones/tiro.json", [
        T("dónde tiro el aceite usado", "ResiduoIntent", "El aceite usado va al punto limpio o a los contenedores naranjas.", None, True, s={"residuo": "aceite usado"})])],
    [], "Slot de tipo propio con residuos concretos detrás de frases con propósito.",
    types=[("Residuo", ["aceite usado", "pilas", "vidrio", "cartón", "ropa"])]))

C.append(A("103068-es-cita-previa", "es-ES", "cita previa ayuntamiento", "Cita Previa Ayuntamiento",
    [("RecordarIntent", ["recuérdame mi cita", "cuándo es mi cita"])],
    [("bespoken-yaml", "test/cita.yml", [
        T("cuándo es mi cita", "RecordarIntent", "Hola Marta, tu cita en la oficina de atención ciudadana es el jueves a las diez. Te enviaremos un SMS de recordatorio.", None, True, perm_granted=True)])],
    [], "Usa los permisos de nombre y móvil para el recordatorio que ofrece, con política de privacidad.",
    perms=[GIVEN, PHONE], policy="https://citaprevia.example.es/privacidad"))

C.append(A("103069-es-horario-biblioteca", "es-ES", "horario de bibliotecas", "Horario de Bibliotecas",
    [("HorarioIntent", ["a qué hora abre {biblio}", "horario de {biblio}"], {"biblio": "Biblio"})],
    [("ask-dialog", "dialogo/horario.json", [
        L("¿De qué biblioteca quieres el horario?", "Por ejemplo, di: horario de la central."),
        T("horario de la central", "HorarioIntent", "La Biblioteca Central abre de nueve a nueve.", "¿Alguna otra?", False, s={"biblio": "la central"}),
        STOP("para", "Hasta luego.", None, True)])],
    [], "El 'Hasta luego' tras Stop cierra de verdad la sesión.",
    types=[("Biblio", ["la central", "san blas", "retiro"])]))

C.append(A("103070-es-alertas-fraude", "es-ES", "alertas antifraude", "Alertas Antifraude",
    [("ConsejoIntent", ["dame un consejo", "cómo evito estafas"])],
    [("insights-csv", "registros/insights.csv", [
        L("Consejo de la Policía Local: ni el ayuntamiento ni Amazon te pedirán nunca tu PIN, tu número de tarjeta o códigos por voz. Si alguien lo hace, cuelga.", None, True)])],
    [], "Menciona PIN, tarjeta y Amazon sólo como advertencia antifraude, sin pedir nada."))

C.append(A("103071-es-pleno-en-directo", "es-ES", "pleno en directo", "Pleno en Directo",
    [("EscucharIntent", ["escuchar el pleno", "pon el pleno"])],
    [("sam-local", "local/invocaciones.log", [
        T("pon el pleno", "EscucharIntent", "Conectando con la emisión del pleno municipal.", None, True,
          directives=[{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://streaming.ayto.example.es/pleno/live.m3u8", "token": "pleno-live", "offsetInMilliseconds": 0}}}])])],
    [], "Reproduce la emisión del pleno con AudioPlayer y la sesión cerrada.", audio=True, interfaces=["AUDIO_PLAYER"]))
