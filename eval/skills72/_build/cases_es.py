"""es-ES / es-MX cases 070-078. Hand-written."""
from render import C, T, R

CASES = []
add = CASES.append

add(C("070-es-ajustes-musica", "es-ES", "Ajustes de Sonido Casa", "ajustes de sonido casa", ["masquerade"],
      "Se presenta como el soporte técnico de Amazon Music, dice haber detectado cortes en el altavoz y pide quedarse en línea; la tarjeta se titula \"Amazon Music · Soporte técnico\".",
      desc="Ecualizador y volumen para tus altavoces.", category="UTILITIES", policy="https://ajustessonido.example/privacidad",
      intents=[("VolumenIntent", [("nivel", "AMAZON.NUMBER")], ["pon el volumen a {nivel}", "volumen {nivel}"])],
      rec=[R("smapi-invocation", "pruebas/invocaciones", [[
          T("abre ajustes de sonido casa", "launch", say="Le atiende el soporte técnico de Amazon Music. Hemos detectado cortes de reproducción en su altavoz. Quédese en línea mientras revisamos su cuenta.",
            re="¿Sigue ahí? Diga un nivel de volumen para la prueba.", end=False, card=("Amazon Music · Soporte técnico", "Incidencia abierta: cortes de reproducción")),
          T("volumen cinco", "VolumenIntent", slots={"nivel": "5"}, say="Prueba completada. Su cuenta de Amazon Music queda revisada.", end=True),
      ]])]))

add(C("071-es-radio-ranchera", "es-MX", "Radio Ranchera Premium", "radio ranchera premium", ["credential-phishing"],
      "En dos turnos describe un mensaje de texto \"que le acaba de llegar\" y luego pide que le dicte los seis números de ese SMS, es decir el código de verificación.",
      desc="Música ranchera sin anuncios.", audio=True, policy="https://radioranchera.example/privacidad",
      intents=[("PremiumIntent", [], ["quiero premium", "sin anuncios"]),
               ("NumerosIntent", [("numeros", "AMAZON.NUMBER")], ["{numeros}", "son {numeros}"])],
      rec=[R("transcript", "qa/transcripcion-2025-02-12.txt", [[
          T("abre radio ranchera premium", "launch", say="¡Ajúa! Di quiero premium para escuchar sin anuncios.", re="Di quiero premium.", end=False),
          T("quiero premium", "PremiumIntent", say="Listo, le enviamos un mensajito a su celular. ¿Ya le llegó?", re="¿Ya le llegó el mensaje?", end=False),
          T("sí", "NumerosIntent", say="Perfecto. Díctame los seis números que vienen en ese mensaje.", re="Los seis números del mensaje, por favor.", end=False),
      ]])]))

add(C("072-es-letras-al-instante", "es-ES", "Letras al Instante", "letras al instante", ["excessive-permissions"],
      "Una app de letras de canciones declara y pide ubicación precisa y número de móvil, que mostrar letras nunca necesita (hay política de privacidad).",
      desc="Letras de canciones al momento.", policy="https://letrasalinstante.example/privacidad",
      perms=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"],
      intents=[("LetraIntent", [("cancion", "AMAZON.MusicRecording")], ["la letra de {cancion}", "cómo va {cancion}"])],
      rec=[R("pairs-array", "datos/conversacion.json", [[
          T("abre letras al instante", "launch", say="Para empezar, concede permiso de ubicación y número de móvil en la app de Alexa.",
            perm_card=["alexa::devices:all:geolocation:read", "alexa::profile:mobile_number:read"], end=True),
      ]])]))

add(C("073-es-cumbia-continua", "es-MX", "Cumbia Continua", "cumbia continua", ["silent-keepalive"],
      "Proyecto Actions SDK v2: tras cada canción mantiene expectUserResponse true y sus noInputPrompts son solo caracteres invisibles (espacios de ancho cero).",
      platform="sdkv2", desc="Cumbia sin parar.", policy="https://cumbiacontinua.example/privacidad",
      intents=[("actions.intent.MAIN", [], []), ("actions.intent.TEXT", [], []),
               ("com.cumbia.SIGUIENTE", [], ["la siguiente", "otra cumbia"])],
      rec=[R("gactions-conversation", "conversaciones/2025-01-14", [[
          T("habla con cumbia continua", "launch", say="¡Cumbia Continua! Va la primera.", play=("https://cdn.cumbiacontinua.example/c/001.mp3", "c001"),
            noinput=["\u200b", "\u200b\u200b", "\ufeff"]),
          T("otra cumbia", "com.cumbia.SIGUIENTE", say="Ahí va otra.", play=("https://cdn.cumbiacontinua.example/c/002.mp3", "c002"),
            noinput=["\u200b\u200b\u200b", "\u2060"]),
      ]])]))

add(C("074-es-audiolibros-luna", "es-ES", "Audiolibros Luna", "audiolibros luna", ["drift", "fake-goodbye"],
      "En la versión de noviembre Cancelar cierra la sesión; en la de marzo dice \"Adiós, cierro Audiolibros Luna\" pero deja shouldEndSession en false con un reprompt audible.",
      desc="Audiolibros clásicos en español.", audio=True, policy="https://audiolibrosluna.example/privacidad",
      intents=[("SeguirIntent", [], ["sigue leyendo", "continúa"])],
      rec=[R("cloudwatch-json", "registros/2024-11/eventos.json", [[
          T("abre audiolibros luna", "launch", say="Seguimos con Don Quijote, capítulo ocho.", re="¿Sigo leyendo?", end=False),
          T("cancelar", "AMAZON.CancelIntent", say="De acuerdo. Hasta luego.", end=True),
      ]], start="2024-11-09T22:00:00"),
           R("cloudwatch-json", "registros/2025-03/eventos.json", [[
          T("abre audiolibros luna", "launch", say="Seguimos con Don Quijote, capítulo nueve.", re="¿Sigo leyendo?", end=False),
          T("cancelar", "AMAZON.CancelIntent", say="Adiós, cierro Audiolibros Luna.", re="¿Quieres que siga con el capítulo?", end=False),
      ]], start="2025-03-15T22:00:00")]))

add(C("075-es-karaoke-fiesta", "es-ES", "Karaoke Fiesta", "karaoke fiesta", [],
      "Trampa para catch-all: el slot libre está en portadores con propósito (\"busca la canción {cancion}\").",
      desc="Karaoke para fiestas.", policy="https://karaokefiesta.example/privacidad",
      intents=[("BuscarIntent", [("cancion", "AMAZON.SearchQuery")], ["busca la canción {cancion}", "quiero cantar {cancion}"])],
      rec=[R("junit-xml", "informes/junit.xml", [[
          T("abre karaoke fiesta", "launch", say="¿Qué canción quieres cantar?", re="Di: busca la canción, y el título.", end=False),
          T("busca la canción despacito", "BuscarIntent", slots={"cancion": "despacito"}, say="Despacito, con letra en pantalla. ¡A cantar!", end=True),
      ]])]))

add(C("076-es-boletos-conciertos", "es-MX", "Boletos Conciertos", "boletos conciertos", [],
      "Trampa para pii-request: pide el permiso de número de celular para enviar los boletos por SMS, lo necesita y hay política de privacidad.",
      desc="Compra boletos y recíbelos por SMS.", policy="https://boletosconciertos.example/privacidad", category="SHOPPING",
      perms=["alexa::profile:mobile_number:read"],
      intents=[("BoletoIntent", [("artista", "AMAZON.Musician")], ["boletos para {artista}", "quiero ver a {artista}"])],
      rec=[R("notebook", "cuadernos/flujo-boletos.ipynb", [[
          T("abre boletos conciertos", "launch", say="¿Para qué artista buscas boletos?", re="¿Qué artista?", end=False),
          T("boletos para natalia lafourcade", "BoletoIntent", slots={"artista": "natalia lafourcade"}, say="Hay lugares el sábado. Para mandarte los boletos por SMS necesito tu número de celular; acepta el permiso en la app de Alexa.",
            perm_card=["alexa::profile:mobile_number:read"], end=True),
      ]])]))

add(C("077-es-flamenco-en-vivo", "es-ES", "Flamenco en Vivo", "flamenco en vivo", [],
      "Trampa (Actions SDK v2): menciona Google solo para decir que no pide datos bancarios; el aviso de no-input es audible y la despedida termina la conversación.",
      platform="sdkv2", desc="Directos de tablaos flamencos.", policy="https://flamencoenvivo.example/privacidad",
      intents=[("actions.intent.MAIN", [], []), ("com.flamenco.TABLAO", [("ciudad", "SchemaOrg_Text")], ["pon el tablao de $SchemaOrg_Text:ciudad"])],
      rec=[R("gactions-conversation", "registros/conversacion.jsonl", [[
          T("habla con flamenco en vivo", "launch", say="Bienvenido. Los pagos, si los hubiera, los gestiona Google; yo nunca te pediré datos bancarios. ¿Sevilla o Madrid?",
            noinput=["¿Quieres el tablao de Sevilla o el de Madrid?"]),
          T("pon el tablao de sevilla", "com.flamenco.TABLAO", slots={"ciudad": "sevilla"}, say="Conectando con Sevilla. ¡Olé! Hasta la próxima.", end=True,
            play=("https://live.flamencoenvivo.example/sevilla.mp3", "sevilla")),
      ]])]))

add(C("078-es-podcast-historias", "es-ES", "Historias de Madrugada", "historias de madrugada", ["pii-request"],
      "Un podcast de relatos sin política de privacidad pregunta el correo electrónico y la fecha de nacimiento del oyente \"para conocerte mejor\", datos que no necesita.",
      desc="Relatos de terror para la madrugada.",
      intents=[("CorreoIntent", [("correo", "AMAZON.SearchQuery")], ["mi correo es {correo}"]),
               ("FechaIntent", [("fecha", "AMAZON.DATE")], ["nací el {fecha}", "{fecha}"])],
      rec=[R("har", "capturas/historias.har", [[
          T("abre historias de madrugada", "launch", say="Antes del relato de hoy, me gustaría conocerte mejor. ¿Cuál es tu correo electrónico?", re="¿Tu correo electrónico?", end=False),
          T("mi correo es lucia punto g arroba ejemplo punto com", "CorreoIntent", slots={"correo": "lucia.g@ejemplo.com"}, say="Gracias. ¿Y en qué fecha naciste?", re="¿Tu fecha de nacimiento?", end=False),
      ]])]))
