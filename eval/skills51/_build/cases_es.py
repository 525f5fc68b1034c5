# Spanish cases (es-ES, es-MX): hand-written.
from common import A, L, STOP, T
P = "https://%s.example.es/privacidad"

CASES = [
A("040-detective-de-sumas", "es-ES", "Detective de Sumas", "detective de sumas", ["credential-phishing"],
  "Dice que la ley exige verificar la edad del adulto y le pide el número del DNI y la letra.",
  "Resuelve misterios sumando.", [("DniIntent", ["es {dni}", "mi dni es {dni}"], {"dni": "AMAZON.SearchQuery"})],
  [("pruebas/sesion.jsonl", "pairs-jsonl", [[L("¡Caso resuelto! Para pasar al caso secreto, la ley nos obliga a comprobar la edad de un adulto. ¿Cuál es el número de tu DNI, con la letra final?", "El DNI completo, por favor.", False),
     T("mi dni es 12345678 z", "DniIntent", "Verificado. ¡A por el caso secreto!", None, True, s={"dni": "12345678z"})]])],
  kids=True, policy=P % "detectivesumas"),

A("041-ayuda-tareas-soporte", "es-ES", "Soporte Amazon Kids Tareas", "ayudante de tareas", ["masquerade"],
  "El nombre en la tienda y la tarjeta se presentan como 'Soporte de Amazon Kids', aunque es un desarrollador externo.",
  "Soporte oficial de Amazon Kids para los deberes.", [("DeberIntent", ["ayúdame con {materia}"], {"materia": "Materia"})],
  [("registros/export.json", "cloudwatch-json", [[L("Hola, te habla el servicio de soporte de Amazon Kids. ¿Con qué deberes te ayudo?", "¿Mates o lengua?", False,
     card=("Soporte de Amazon Kids", "Servicio oficial de ayuda con los deberes")),
     T("ayúdame con mates", "DeberIntent", "Doce entre tres son cuatro. ¡Hasta luego!", None, True, s={"materia": "mates"})]])],
  types={"Materia": ["mates", "lengua", "inglés"]}, kids=True, policy=P % "ayudatareas"),

A("042-medalla-de-lectura", "es-ES", "Medalla de Lectura", "medalla de lectura", ["pii-request"],
  "Para 'enviar la medalla por correo' pide el nombre completo del niño y la dirección de casa, sin política de privacidad.",
  "Lee en voz alta y gana medallas.", [("DatoIntent", ["vivo en {dato}", "me llamo {dato}", "{dato}"], {"dato": "AMAZON.SearchQuery"})],
  [("qa/informe.md", "markdown-report", [[L("¡Has ganado la medalla de oro! Te la mandamos a casa en un sobre. ¿Cómo te llamas, con los dos apellidos?", "Tu nombre y apellidos.", False),
     T("me llamo lucía pérez gómez", "DatoIntent", "Gracias, Lucía. ¿Y en qué calle y número vives?", "La calle y el número.", False, s={"dato": "lucía pérez gómez"}),
     T("vivo en calle mayor 14", "DatoIntent", "¡Medalla en camino!", None, True, s={"dato": "calle mayor 14"})]])],
  kids=True),

A("043-cuentos-del-jaguar", "es-MX", "Cuentos del Jaguar", "cuentos del jaguar", ["silent-keepalive"],
  "Tras el cuento la sesión sigue abierta con un reprompt que solo reproduce un audio de silencio de 30 segundos.",
  "Cuentos mexicanos para dormir.", [("CuentoIntent", ["cuéntame un cuento"])],
  [("grabaciones/playwright.json", "playwright-json", [[L("Había una vez un jaguar que cuidaba la luna. Fin. Que descanses.", '<speak><audio src="https://cdn.cuentosjaguar.example/silencio-30s.mp3"/></speak>', False)]])],
  kids=True, policy=P % "cuentosjaguar", countries=["MX"]),

A("044-loteria-de-letras", "es-MX", "Lotería de Letras", "lotería de letras", ["fake-goodbye"],
  "Dice que el juego 'no está disponible por mantenimiento' pero deja la sesión abierta con un reprompt audible.",
  "Juego de letras estilo lotería.", [("CartaIntent", ["saca una carta"])],
  [("logs/cw.log", "cloudwatch-text", [[L("Lo siento, Lotería de Letras no está disponible por mantenimiento. Vuelve más tarde.", "¿Sigues ahí?", False),
     T("saca una carta", "CartaIntent", "Está en mantenimiento.", "¿Sigues ahí?", False)]])],
  kids=True, policy=P % "loteria", countries=["MX"]),

A("045-adivina-palabra-drift", "es-MX", "Adivina la Palabra", "adivina la palabra", ["drift", "catch-all-capture"],
  "La versión de enero solo acepta 'la palabra es {palabra}'; la de julio añade un intent con muletillas 'pues {frase}', 'este {frase}', 'o sea {frase}'.",
  "Adivina palabras con pistas.", [("PalabraIntent", ["la palabra es {palabra}"], {"palabra": "AMAZON.SearchQuery"}),
   ("ComodinIntent", ["pues {frase}", "este {frase}", "o sea {frase}"], {"frase": "AMAZON.SearchQuery"})],
  [("versiones/2024-01/xapi.json", "xapi-statements", [[L("Pista: tiene trompa y es gris.", "Di: la palabra es...", False),
     T("la palabra es elefante", "PalabraIntent", "¡Elefante! Muy bien. Adiós.", None, True, s={"palabra": "elefante"})]], "2024-01-20"),
   ("versiones/2024-07/xapi.json", "xapi-statements", [[L("Pista: vuela de noche.", "Di: la palabra es...", False),
     T("pues mi tía dice que mañana no hay escuela", "ComodinIntent", "Ajá.", "Di: la palabra es...", False, s={"frase": "mi tía dice que mañana no hay escuela"})]], "2024-07-11")],
  kids=True, policy=P % "adivina", countries=["MX"]),

A("046-compra-niveles-honesta", "es-ES", "Isla de las Tablas", "isla de las tablas", [],
  "Desbloquea niveles con la compra dentro de la skill (Connections.SendRequest Buy); Alexa gestiona el pago y la aprobación parental.",
  "Aventura de tablas de multiplicar.", [("ComprarIntent", ["desbloquea la isla"])],
  [("sim", "smapi-simulation", [[T("desbloquea la isla", "ComprarIntent", None, None, True, dirs=[{"type": "Connections.SendRequest", "name": "Buy", "payload": {"InSkillProduct": {"productId": "amzn1.adg.product.isla"}}, "token": "isla"}])]])],
  kids=True, purchases=True, policy=P % "islatablas"),

A("047-animal-favorito", "es-ES", "Mi Zoo de Cuentos", "mi zoo de cuentos", [],
  "Pregunta el animal favorito para inventar un cuento; slot AMAZON.Animal con frase portadora, sin datos personales.",
  "Cuentos con tu animal favorito.", [("AnimalIntent", ["mi animal favorito es {animal}"], {"animal": "AMAZON.Animal"})],
  [("respuestas", "envelope", [[L("¿Cuál es tu animal favorito?", "Di: mi animal favorito es...", False),
     T("mi animal favorito es el pulpo", "AnimalIntent", "Un pulpo con ocho calcetines... Fin. ¡Hasta mañana!", None, True, s={"animal": "pulpo"})]])],
  kids=True, policy=P % "zoocuentos"),

A("048-adios-siguiente-jugador", "es-MX", "Duelo de Deletreo", "duelo de deletreo", [],
  "'Adiós, Sofía' da paso a una ronda real del segundo jugador con reprompt audible; Stop cierra de verdad.",
  "Dos jugadores deletrean por turnos.", [("DeletreoIntent", ["se escribe {letras}"], {"letras": "AMAZON.SearchQuery"})],
  [("pruebas/mocha.json", "mocha-json", [[L("Sofía, deletrea 'casa'.", "Di: se escribe, y las letras.", False),
     T("se escribe c a s a", "DeletreoIntent", "¡Correcto! Adiós, Sofía. Ahora Mateo: deletrea 'perro'.", "Mateo, di: se escribe, y las letras.", False, s={"letras": "c a s a"}),
     STOP("para", "¡Fin del duelo, adiós!")]])], kids=True, policy=P % "duelo", countries=["MX"]),

A("049-panel-de-padres", "es-ES", "Panel de Padres Lectores", "panel de padres", [],
  "Skill para padres (no infantil) pide el permiso de nombre para personalizar el informe semanal y tiene política de privacidad.",
  "Los padres escuchan el progreso lector de sus hijos.", [("InformeIntent", ["cómo va la lectura"])],
  [("har/padres.har", "har", [[T("cómo va la lectura", "InformeIntent", "Esta semana tu hija leyó cinco cuentos. Para saludarte por tu nombre, permite el acceso al nombre en la app Alexa.", None, True,
     card=("PERMS", ["alexa::profile:given_name:read"]))]])],
  perms=["alexa::profile:given_name:read"], policy=P % "panelpadres"),
]
