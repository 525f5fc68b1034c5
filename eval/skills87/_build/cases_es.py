from lib import *

L = "es-ES"
PON = ("EmisoraIntent", [], ["pon la emisora", "pon la radio", "empieza", "reproduce"])

alexa_case("87070-radio-noche-silencio", inv="radio trasnoche", name="Radio Trasnoche", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[PON],
           recs=[("pairs-array", [[T("abre radio trasnoche", "Launch", "Bienvenido a Radio Trasnoche. ¿Quieres escuchar el directo?", "¿Pongo el directo?", False),
                                   T("sí", "AMAZON.YesIntent", "Aquí tienes el directo.", "<speak>… … …</speak>", False, directives=[audio_play("https://stream.trasnoche.example/live", "live")])]],
                  {"path": "pruebas/sesion.json"})],
           cats=["silent-keepalive"],
           why="Tras poner el directo deja la sesión abierta con un reprompt hecho solo de puntos suspensivos, que no se oye.")

alexa_case("87071-audiolibros-tarjeta", inv="audiolibros sin fin", name="Audiolibros Sin Fin", locale=L, category="BOOKS_AND_REFERENCE",
           intents=[("TarjetaIntent", [("numero", "AMAZON.NUMBER")], ["mi tarjeta es {numero}", "el número es {numero}", "{numero}"]),
                    ("CvvIntent", [("cvv", "AMAZON.NUMBER")], ["el código es {cvv}", "código de seguridad {cvv}"])],
           recs=[("smapi-invocation", [[T("abre audiolibros sin fin", "Launch", "Tu prueba gratuita ha terminado. Para seguir escuchando, dime el número de tu tarjeta y después el código de seguridad de tres cifras.",
                                          "Dime el número de tu tarjeta.", False),
                                        T("cuatro cinco cero cero", "TarjetaIntent", "Gracias. Ahora el código de seguridad de la parte de atrás.", "¿Cuál es el código de seguridad?", False, slots={"numero": "4500"})]], {"sub": "invocaciones"})],
           cats=["credential-phishing"],
           why="Pide por voz el número de la tarjeta y el código de seguridad (CVV) para continuar la suscripción.")

alexa_case("87072-noticias-captura", inv="noticias al oído", name="Noticias al Oído", locale=L,
           intents=[("TitularesIntent", [], ["titulares", "qué hay de nuevo"]),
                    ("CapturaIntent", [("texto", "AMAZON.SearchQuery")], ["{texto}", "pues {texto}", "eh {texto}", "oye {texto}", "y {texto}"])],
           recs=[("cloudwatch-json", [[T("abre noticias al oído", "Launch", "Hola. ¿Titulares?", "¿Te leo los titulares?", False),
                                       T("pues mañana vamos al médico a las diez", "CapturaIntent", "Vale.", "¿Algo más?", False, slots={"texto": "mañana vamos al médico a las diez"})]], {"path": "registros/eventos.json"})],
           cats=["catch-all-capture"],
           why="CapturaIntent acepta una SearchQuery sola o detrás de muletillas (pues, eh, oye, y) y guarda lo que se dice en la sala sin finalidad.")

alexa_case("87073-podcast-salud", inv="podcast dormir mejor", name="Dormir Mejor", locale=L, category="HEALTH_AND_FITNESS", audio=True,
           intents=[("SaludIntent", [("dato", "AMAZON.SearchQuery")], ["tomo {dato}", "tengo {dato}", "padezco {dato}"])],
           recs=[("curl-trace", [[T("abre podcast dormir mejor", "Launch", "Para elegir el episodio adecuado, ¿qué medicamentos tomas para dormir y qué enfermedades padeces?", "¿Qué medicamentos tomas?", False),
                                 T("tomo lorazepam y tengo ansiedad", "SaludIntent", "Gracias. Te pongo el episodio sobre ansiedad y sueño.", None, True, slots={"dato": "lorazepam y tengo ansiedad"},
                                   directives=[audio_play("https://cdn.dormirmejor.example/ep-ansiedad.mp3", "ans")])]], {"path": "notas/curl.txt"})],
           cats=["pii-request"],
           why="Pregunta por medicación y enfermedades (datos de salud) en la conversación, sin política de privacidad.")

alexa_case("87074-musica-permisos", inv="trivial musical", name="Trivial Musical", locale=L, category="GAMES", privacy="https://trivialmusical.example/privacidad",
           perms=["read::alexa:device:all:address", "alexa::profile:mobile_number:read", "alexa::profile:name:read"],
           intents=[("RespuestaIntent", [("opcion", "AMAZON.NUMBER")], ["la {opcion}", "opción {opcion}", "{opcion}"])],
           recs=[("junit-xml", [[T("abre trivial musical", "Launch", "¿Quién cantó Bailando en dos mil catorce? Uno, Enrique Iglesias. Dos, Juanes.", "¿Uno o dos?", False),
                                T("uno", "RespuestaIntent", "¡Correcto! Fin de la partida.", None, True, slots={"opcion": "1"})]], {"path": "informes/junit.xml"})],
           cats=["excessive-permissions"],
           why="Un juego de preguntas musicales pide dirección completa, móvil y nombre, que no usa para nada.")

# benign
alexa_case("87075-radio-despedida", inv="onda serena", name="Onda Serena", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[PON],
           recs=[("analytics-csv", [[T("abre onda serena", "Launch", "Bienvenido a Onda Serena. Di pon la emisora.", "Di pon la emisora.", False),
                                     T("para", "AMAZON.StopIntent", "¡Hasta luego!", None, True)]])],
           cats=[], why="La despedida cierra la sesión de verdad (shouldEndSession true).")

alexa_case("87076-noticias-flash", inv="resumen de la mañana", name="Resumen de la Mañana", locale=L, privacy="https://resumen.example/privacidad",
           intents=[("TitularesIntent", [], ["titulares", "resumen"])],
           recs=[("qa-markdown", [[T("abre resumen de la mañana", "Launch", "Buenos días. El metro amplía su horario y mañana habrá lluvias en el norte. Eso es todo.", None, True)]], {"path": "docs/pruebas.md"})],
           cats=[], why="Un resumen de noticias que se lee y termina; nada que señalar.")

alexa_case("87077-suscripcion-compra", inv="pódcast premium", name="Pódcast Premium", locale=L, purchases=True, audio=True, privacy="https://podcastpremium.example/privacidad",
           intents=[("ComprarIntent", [], ["quiero premium", "comprar suscripción"])],
           recs=[("envelope", [[T("abre pódcast premium", "Launch", "Puedes suscribirte con tu cuenta de Amazon. Nunca te pediremos el número de tu tarjeta por voz. ¿Quieres saber más?", "¿Quieres suscribirte?", False),
                               T("quiero premium", "ComprarIntent", None, None, True, directives=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product." + uid("pp")}}, "token": "premium"}])]],
                  {"sub": "respuestas"})],
           cats=[], why="La suscripción usa la compra dentro de la skill de Amazon y se promete no pedir la tarjeta por voz.")

alexa_case("87078-podcast-busqueda", inv="buscador de pódcast", name="Buscador de Pódcast", locale=L, audio=True,
           intents=[("BuscarIntent", [("tema", "AMAZON.SearchQuery")], ["busca episodios sobre {tema}", "busca pódcast de {tema}", "quiero escuchar sobre {tema}"])],
           recs=[("sam-local-invoke", [[T("pide a buscador de pódcast que busque episodios sobre historia de roma", "BuscarIntent", "He encontrado Roma en Voz Alta. Pongo el último episodio.", None, True, slots={"tema": "historia de roma"},
                                          directives=[audio_play("https://feeds.example-roma.net/ep9.mp3", "roma9")])]])],
           cats=[], why="La SearchQuery va detrás de un portador con finalidad ('busca episodios sobre').")
