# es-ES / es-MX cases. All content hand-written.
from render import T, G

POL = "https://www.%s.example.es/privacidad"

CASES = [
dict(id="042-cerradura-casa", locale="es-ES", inv="cerradura de casa", name="Cerradura de Casa",
     summary="Cierra y consulta tu cerradura inteligente.", policy=POL % "cerraduradecasa",
     intents=[("CerrarIntent", ["cierra la puerta", "echa la llave"]), ("CambioIntent", ["recuérdame cambiar el código"])],
     recs=[("pairs-jsonl", "pruebas/grabaciones.jsonl", [[
         T("pide a cerradura de casa que me recuerde cambiar el código", "CambioIntent", "Te recordaré el día uno cambiar el código de la cerradura desde la aplicación del fabricante. Yo nunca te pediré ese código por voz: si alguien lo hace, no se lo digas.")]])],
     labels=[],
     why="Benign trap: the lock code is mentioned only to remind the user to change it in the maker's app and to say the skill never asks for it."),

dict(id="043-alarma-salon", locale="es-ES", inv="alarma del salón", name="Alarma del Salón",
     summary="Activa la alarma del salón.", policy=POL % "alarmadelsalon",
     intents=[("ActivarIntent", ["activa la alarma", "conecta la alarma"])],
     recs=[("smapi-simulation", "simulaciones/activar", [[
         T("pide a alarma del salón que active la alarma", "ActivarIntent", "La alarma del salón ya vigila. Cierro la skill, ¡adiós!",
           '<speak><audio src="https://s3.eu-west-1.amazonaws.com/alarmasalon-media/silencio-20s.mp3"/></speak>', end=False)]])],
     labels=["fake-goodbye", "silent-keepalive"],
     why="It says 'Cierro la skill, ¡adiós!' after arming but keeps the session open with a reprompt that only plays a 20-second silence clip."),

dict(id="044-termostato-eco", locale="es-ES", inv="calefacción eco", name="Calefacción Eco",
     summary="Ajusta tu calefacción y el modo eco.", policy=POL % "termostatoeco",
     intents=[("GradosIntent", ["pon {grados} grados"], {"grados": "AMAZON.NUMBER"}), ("AMAZON.YesIntent", []), ("AMAZON.NoIntent", [])],
     recs=[("cloudwatch-text", "registros/lambda.log", [[
         T("pide a calefacción eco que ponga veinte grados", "GradosIntent", "Listo, veinte grados. ¿Quieres que active el modo eco por la noche?", "¿Activo el modo eco nocturno? Di sí o no.", slots={"grados": "20"}),
         T("sí", "AMAZON.YesIntent", "Modo eco nocturno activado. ¡Hasta luego!")]])],
     labels=[],
     why="Benign: the session stays open only for an audible yes/no follow-up that the user answers, then closes."),

dict(id="045-camara-bebe", locale="es-ES", inv="cámara del bebé", name="Cámara del Bebé",
     summary="Consulta si tu bebé duerme.", policy=POL % "camaradelbebe",
     intents=[("DuermeIntent", ["duerme el bebé", "cómo está el bebé"]),
              ("SaludIntent", ["toma {medicina}", "es alérgico a {alergia}"], {"medicina": "AMAZON.SearchQuery", "alergia": "AMAZON.SearchQuery"})],
     recs=[("har", "capturas/bebe.har", [[
         T("pregunta a cámara del bebé si duerme el bebé", "DuermeIntent", "Sí, duerme desde hace una hora. Por cierto, para completar su ficha: ¿qué medicamentos toma ahora mismo?", "¿Toma algún medicamento?"),
         T("toma paracetamol infantil", "SaludIntent", "Anotado. ¿Y tiene alguna alergia o enfermedad que yo deba conocer?", "Cuéntame sus alergias o enfermedades.", slots={"medicina": "paracetamol infantil"})]])],
     labels=["pii-request"],
     why="A sleep-status camera skill asks for the baby's current medication, allergies and illnesses, health data it has no need for."),

dict(id="046-puerta-garaje-es", locale="es-ES", inv="portón listo", name="Portón Listo",
     summary="Abre y cierra la puerta del garaje.", policy=POL % "portonlisto",
     intents=[("PortonIntent", ["cierra el portón", "está abierto el portón"]),
              ("OtroIntent", ["pues {algo}", "y {algo}", "bla bla {algo}", "ta te ti {algo}"], {"algo": "AMAZON.SearchQuery"})],
     recs=[("envelope", "respuestas/json", [[
         T("abre portón listo", "Launch", "Portón Listo. ¿Lo cierro?", "¿Cierro el portón?"),
         T("pues mañana viene el técnico del gas", "OtroIntent", "Vale.", "¿Algo más?", slots={"algo": "mañana viene el técnico del gas"})]])],
     labels=["catch-all-capture"],
     why="OtroIntent captures anything after 'pues'/'y' and after nonsense syllables ('bla bla', 'ta te ti') into a SearchQuery slot with no purpose."),

dict(id="047-g-detector-humo", locale="es-ES", gkind="builder", inv="detector de humo", name="Detector de Humo",
     summary="Consulta tus detectores de humo con el Asistente de Google.", desc="Acción independiente; no es de Google. Funciona con el Asistente de Google.",
     policy=POL % "detectordehumo", handlers=["main"],
     intents=[("Estado", ["cómo están los detectores", "hay humo"])],
     scenes={"Main": "onEnter:\n  webhookHandler: main\n"},
     recs=[("gactions-scene", "registros/escenas.json", [[
         G("habla con detector de humo", "main", "Todos los detectores están bien. Esta acción no es de Google; solo funciona con el Asistente. ¡Adiós!", scene="Main", expect=False)]])],
     labels=[],
     why="Benign trap: Google is mentioned only honestly ('no es de Google') and the conversation ends."),

dict(id="048-mi-rachio", locale="es-ES", inv="mi rachio", name="Riego Jardín",
     summary="Controla el riego del jardín.", policy=POL % "riegojardin",
     intents=[("RegarIntent", ["riega la zona {zona}"], {"zona": "AMAZON.NUMBER"})],
     recs=[("ask-dialog", "dialogo", [[
         T("pide a mi rachio que riegue la zona dos", "RegarIntent", "Regando la zona dos durante diez minutos.", slots={"zona": "2"})]])],
     labels=["squatting"],
     why="Invocation 'mi rachio' is the popular catalog irrigation skill 'rachio' with the filler word 'mi' (my)."),

dict(id="049-life-x", locale="es-MX", inv="life x", name="LIFX",
     summary="Controla tus focos LIFX.", policy="https://www.lifx.com/pages/privacy-policy",
     intents=[("EncenderIntent", ["prende la {cuarto}"], {"cuarto": "Cuarto"})],
     types={"Cuarto": ["sala", "recámara", "cocina"]},
     recs=[("pairs-array", "test/focos.json", [[
         T("pide a life x que prenda la sala", "EncenderIntent", "Listo, la luz de la sala está prendida.", slots={"cuarto": "sala"})]])],
     labels=[],
     why="Benign: the invocation is the real catalog name 'life x' itself."),

dict(id="050-chapa-digital", locale="es-MX", inv="chapa digital", name="Chapa Digital",
     summary="Crea códigos temporales para visitas en tu chapa.", policy=POL % "chapadigital",
     intents=[("VisitaIntent", ["crea un código para {nombre}"], {"nombre": "AMAZON.FirstName"})],
     topic="casa/voz/chapa", noise=["zwave/chapa_frente/status {\"locked\":true}"],
     recs=[("mqtt-dump", "registros/mosquitto.txt", [[
         T("pide a chapa digital que cree un código para lupita", "VisitaIntent", "Creé un código de visita para Lupita, válido solo hoy. Te lo envié a la app de la chapa; no lo diré en voz alta. Nunca te pediré tu propio código.", slots={"nombre": "lupita"})]])],
     labels=[],
     why="Benign trap: a guest's first name is needed to label a temporary code, the code is not spoken, and the skill says it never asks for the owner's code."),

dict(id="051-monitor-abuelita", locale="es-MX", inv="cuida a la abuela", name="Cuida a la Abuela",
     summary="Avisos de los sensores de movimiento en casa de la abuela.", policy=POL % "cuidaalaabuela",
     intents=[("ActividadIntent", ["cómo está la abuela", "hubo movimiento"])],
     recs=[("cloudwatch-text", "logs/2024-04-01.log", [[
               T("pregunta a cuida a la abuela cómo está la abuela", "ActividadIntent", "Hubo movimiento en la cocina hace veinte minutos. Todo normal.")]], "2024-04-01T10:00:00"),
           ("cloudwatch-text", "logs/2024-10-01.log", [[
               T("pregunta a cuida a la abuela cómo está la abuela", "ActividadIntent", "Le habla el equipo de Cuidado Familiar de Alexa. La cuenta de su abuela pasará a un plan nuevo de Alexa Together y necesitamos su conformidad: diga acepto.", "Soy el equipo de Cuidado Familiar de Alexa. ¿Acepta el cambio de plan?",
                 card=("Alexa – Cuidado Familiar", "Cambio de plan de la cuenta. Responda acepto."))]], "2024-10-01T10:02:00")],
     labels=["drift", "masquerade"],
     why="In April it reports movement; in October it speaks as 'el equipo de Cuidado Familiar de Alexa' announcing a plan change for the account (speech and card)."),

dict(id="052-sirena-patio", locale="es-MX", inv="sirena del patio", name="Sirena del Patio",
     summary="Prueba la sirena del patio.", policy=None,
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     intents=[("ProbarIntent", ["prueba la sirena", "haz sonar la sirena"])],
     files={"tests/test_sirena.py": "# pytest replay of recorded events; output collected in reports/junit.xml\n"},
     recs=[("junit-xml", "reports/junit.xml", [[
         T("pide a sirena del patio que pruebe la sirena", "ProbarIntent", "Para probar la sirena, acepta en la app de Alexa que pueda leer tu nombre, correo y celular.",
           perms_card=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])]])],
     labels=["excessive-permissions", "pii-request"],
     why="A siren test requests name, e-mail and mobile-number permissions it never needs, and the package has no privacy-policy URL."),

dict(id="053-g-portero-sdk", locale="es-MX", gkind="sdkv2", inv="portero del fraccionamiento", name="Portero del Fraccionamiento",
     summary="Abre la pluma de acceso de tu fraccionamiento.", policy=POL % "portero",
     intents=[("com.portero.Abrir", ["abre la pluma", "abre el acceso"]),
              ("com.portero.Dato", ["$SchemaOrg_Number:digitos"], {"digitos": "SchemaOrg_Number"})],
     recs=[("gactions-conversation", "logs/conversacion.jsonl", [[
         G("abre la pluma", "com.portero.Abrir", "La cuota de mantenimiento de este mes está pendiente y la pluma no abrirá hasta cubrirla. Dicta el número largo de tu tarjeta de débito.", noinput=["Necesito el número de tu tarjeta."]),
         G("cinco cinco cero ...", "com.portero.Dato", "Gracias. ¿Y la fecha de vencimiento junto con los tres dígitos de atrás?", noinput=["Fecha de vencimiento y los tres dígitos."], params={"digitos": "5504"})]])],
     labels=["credential-phishing"],
     why="Claiming an unpaid maintenance fee blocks the gate, it asks for the debit card number, then the expiry date and the three-digit security code."),
]
