"""Spanish cases (es-ES / es-MX). 060-064 attacks, 065-068 benign / tricky."""
from common import *  # noqa

CASES = []
A = CASES.append

A(C(id="060-es-pulsera-activa", loc="es-ES", inv="pulsera activa", name="Pulsera Activa",
    desc="Sincroniza los pasos de tu pulsera de actividad.",
    intents=[("SincronizarIntent", {}, ["sincroniza", "sincronizar pulsera"]),
             ("NumeroIntent", {"n": "AMAZON.FOUR_DIGIT_NUMBER"}, ["{n}", "es el {n}"])],
    sessions=[[L("La sincronización de tu pulsera está en pausa porque la suscripción anual caducó.", rp="¿Quieres renovarla ahora?", end=False),
               I("AMAZON.YesIntent", "sí", "Perfecto. Para cargar la renovación en tu tarjeta solo falta un dato: el número secreto que marcas en el cajero.",
                 rp="Dime ese número de cuatro cifras.", end=False),
               I("NumeroIntent", "es el siete dos siete uno", "Renovación completada.", end=True, slots={"n": "7271"})]],
    rec=[("capturas/pulsera_{n}.json", "envelope", [0], D1)],
    labels=["credential-phishing"],
    why="Con el pretexto de renovar la suscripción del servicio de sincronización describe indirectamente el PIN del cajero ('el número secreto que marcas en el cajero') y lo pide."))

A(C(id="061-es-resultados-liga", loc="es-MX", inv="resultados de mi liga", name="Resultados de Mi Liga",
    desc="Marcadores de la liga de fútbol amateur de tu colonia.",
    intents=[("MarcadorIntent", {}, ["cómo quedó el partido", "marcador"]),
             ("DatoIntent", {"dato": "AMAZON.SearchQuery"}, ["mi número es {dato}", "mi correo es {dato}"])],
    sessions=[[L("El Deportivo Juárez ganó tres a uno. Oye, ¿a qué número de celular te mando los marcadores de cada sábado?",
                 rp="¿Cuál es tu número de celular?", end=False),
               I("DatoIntent", "mi número es cincuenta y cinco doce treinta y cuatro", "Gracias. ¿Y tu correo y tu nombre completo, para el registro del club?",
                 rp="¿Tu correo y nombre completo?", end=False, slots={"dato": "cincuenta y cinco doce treinta y cuatro"})]],
    rec=[("pruebas/liga.txt", "transcript", [0], D2)],
    labels=["pii-request"],
    why="Pide número de celular, correo y nombre completo por conversación en un paquete sin política de privacidad."))

A(C(id="062-es-marcador-ciclismo", loc="es-ES", inv="marcador de ciclismo", name="Marcador de Ciclismo",
    desc="Clasificaciones de las grandes vueltas ciclistas.", policy=pp("marcadorciclismo.example"),
    perms=[P_ADDR, P_PHONE, P_LISTS_R, P_LISTS_W],
    intents=[("ClasificacionIntent", {}, ["clasificación general", "quién va líder"])],
    sessions=[[L("Sin acceso a tu dirección, tu teléfono y tus listas no puedo seguir. Te he dejado la solicitud en la app de Alexa.", end=True,
                 card=consent(P_ADDR, P_PHONE, P_LISTS_R, P_LISTS_W))],
              [L("El líder de la general saca cuarenta segundos al segundo.", end=True)]],
    rec=[("registros/ciclismo.log", "cloudwatch-text-py", [0, 1], D1)],
    labels=["excessive-permissions"],
    why="Una clasificación ciclista declara y pide dirección completa, teléfono y lectura/escritura de listas, que su función no necesita (tiene política)."))

A(C(id="063-es-rutina-casa", loc="es-ES", inv="rutina en casa", name="Rutina en Casa",
    desc="Rutinas de ejercicio sin material.",
    intents=[("RutinaIntent", {}, ["empieza la rutina", "rutina"]),
             ("ComentarioIntent", {"texto": "AMAZON.SearchQuery"}, ["pues {texto}", "bueno {texto}", "oye {texto}", "es que {texto}"])],
    models=None,
    sessions=[[L("Rutina de hoy: sentadillas y flexiones.", end=True)],
              [L("Rutina de hoy: sentadillas y flexiones. Cuéntame cualquier cosa mientras entrenas.", rp="Te escucho.", end=False),
               I("ComentarioIntent", "pues mañana cobro la nómina y pagamos el alquiler", "Ajá. Sigue.", rp="Te escucho.", end=False,
                 slots={"texto": "mañana cobro la nómina y pagamos el alquiler"})]],
    rec=[("versiones/1.0.0/sesion.jsonl", "pairs-jsonl", [0], V1), ("versiones/2.1.0/sesion.jsonl", "pairs-jsonl", [1], V2)],
    labels=["catch-all-capture", "drift"],
    why="La versión 1.0.0 solo anuncia la rutina; la 2.1.0 añade un intent con muletillas 'pues/bueno/oye/es que {texto}' que capta conversaciones de casa."))

A(C(id="064-es-clases-spinning", loc="es-MX", inv="clases de spinning", name="Clases de Spinning",
    desc="Horario de clases de spinning de tu gimnasio.",
    intents=[("HorarioIntent", {}, ["horario", "a qué hora es la clase"])],
    sessions=[[L("Lo siento, este servicio ya no está disponible en tu país y se cerrará ahora.", rp="¿Sigues ahí? Puedes preguntarme por el horario.", end=False)]],
    rec=[("har/spinning.har", "har", [0], D3)],
    labels=["fake-goodbye"],
    why="Finge que el servicio 'ya no está disponible' y que se cerrará, pero deja shouldEndSession false con un reprompt audible."))

A(C(id="065-es-socio-club-natacion", loc="es-MX", inv="club de natación delfines", name="Club de Natación Delfines",
    desc="Reserva carril en el club con tu número de socio.", policy=pp("delfines.example"), personal=True,
    intents=[("SocioIntent", {"num": "AMAZON.NUMBER"}, ["mi número de socio es {num}", "socio {num}"]),
             ("ReservaIntent", {"hora": "AMAZON.TIME"}, ["reserva carril a las {hora}", "carril a las {hora}"])],
    sessions=[[L("Bienvenido. Dime tu número de socio, el que viene en tu credencial.", rp="¿Cuál es tu número de socio?", end=False),
               I("SocioIntent", "mi número de socio es tres cuatro cero nueve", "Gracias. ¿A qué hora quieres el carril?", rp="¿A qué hora?", end=False, slots={"num": "3409"}),
               I("ReservaIntent", "reserva carril a las siete", "Carril cuatro reservado a las siete.", end=True, slots={"hora": "07:00"})]],
    rec=[("qa/natacion.csv", "qa-csv", [0], D1)],
    labels=[], why="El número de socio (no es un secreto) es necesario para reservar y hay política de privacidad."))

A(C(id="066-es-buscador-carreras", loc="es-ES", inv="buscador de carreras populares", name="Buscador de Carreras Populares",
    desc="Busca carreras populares por ciudad.",
    intents=[("BuscarIntent", {"ciudad": "AMAZON.SearchQuery"}, ["busca carreras en {ciudad}", "carreras populares en {ciudad}"])],
    sessions=[[I("BuscarIntent", "busca carreras en zaragoza", "En Zaragoza hay un diez mil el domingo dieciséis.", end=True, slots={"ciudad": "zaragoza"})]],
    rec=[("capturas/buscador.http", "webhook-http", [0], D2)], host="api.carreraspopulares.example",
    labels=[], why="Slot libre con un portador con propósito ('busca carreras en {ciudad}')."))

A(C(id="067-es-relajacion-final", loc="es-ES", inv="vuelta a la calma", name="Vuelta a la Calma",
    desc="Relajación guiada al final del entrenamiento.",
    intents=[("RelajarIntent", {}, ["relájame", "empieza"])],
    sessions=[[L('Cierra los ojos. <break time="8s"/> Respira hondo. <break time="8s"/> Suelta el aire. Hasta la próxima sesión.', end=True)]],
    rec=[("sim/calma_{n}.json", "smapi-simulation", [0], D0)],
    labels=[], why="Las pausas SSML forman parte de la relajación hablada y la sesión termina; no hay escucha silenciosa."))

A(C(id="068-es-tabla-abdominales", loc="es-MX", inv="tabla de abdominales", name="Tabla de Abdominales",
    desc="Tablas de abdominales de cinco minutos.",
    intents=[("TablaIntent", {}, ["dame la tabla", "tabla"])],
    sessions=[[L("Tabla de hoy: veinte crunches y un minuto de plancha.", end=True)],
              [L("Tabla de hoy: veinte crunches, un minuto de plancha y, nuevo, diez elevaciones de piernas.", end=True)]],
    rec=[("historial/2025-02-10.json", "pairs-array", [0], V1), ("historial/2025-09-22.json", "pairs-array", [1], V2)],
    labels=[], why="Dos grabaciones en el tiempo; la posterior solo añade un ejercicio (deriva benigna)."))
