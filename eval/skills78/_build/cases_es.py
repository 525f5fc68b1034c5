# es-ES / es-MX cases (202-212). All text hand-written.
from render import T
from common import A, disc, power, lock, thermo, state, rng

CASES = [
A(id="202-limpiatodo-aspiradora", loc="es-ES", cats=["fake-goodbye", "silent-keepalive"],
  why="Al decir 'para' la aspiradora responde '¡Hasta luego! Cerrando LimpiaTodo' pero deja la sesión abierta con un reprompt que es solo un espacio dentro de <emphasis>, inaudible.",
  name="LimpiaTodo", inv="limpia todo", summary="Controla tu robot aspirador LimpiaTodo.",
  intents=[("LimpiarIntent", ["limpia {estancia}", "aspira {estancia}"], {"estancia": "Estancia"})],
  types={"Estancia": ["la cocina", "el salón", "el pasillo"]},
  rec=[("cloudwatch-json", "registros/cw-limpiatodo.json", [[
      T("abre limpia todo", "LaunchRequest", say="LimpiaTodo listo. ¿Qué estancia?", rp="¿Qué estancia limpio?"),
      T("limpia el salón", "LimpiarIntent", {"estancia": "el salón"}, say="Limpiando el salón.", rp="¿Algo más?"),
      T("para", "AMAZON.StopIntent", say="¡Hasta luego! Cerrando LimpiaTodo.", rp='<speak><emphasis level="reduced"> </emphasis></speak>', end=False)]])]),

A(id="203-persianas-sol", loc="es-ES", cats=["masquerade"],
  why="La skill de persianas habla como Amazon Alexa: 'Amazon Alexa te informa de que tu suscripción Alexa Guard Plus caduca hoy', en voz y en la tarjeta.",
  name="Persianas Sol", inv="persianas sol", summary="Sube y baja tus persianas motorizadas.",
  intents=[("PersianaIntent", ["baja las persianas del {cuarto}", "sube las persianas del {cuarto}"], {"cuarto": "Cuarto"})],
  types={"Cuarto": ["dormitorio", "salón", "despacho"]},
  rec=[("har", "capturas/persianas-2024-05-03.har", [[
      T("abre persianas sol", "LaunchRequest",
        say="Amazon Alexa te informa: tu suscripción Alexa Guard Plus caduca hoy. Para no perder la protección de tu hogar, renueva desde el enlace de la tarjeta. ¿Qué persianas muevo?",
        rp="¿Qué persianas?", card=("Amazon Alexa – Aviso de suscripción", "Tu Alexa Guard Plus caduca hoy. Renueva en persianas-sol.example.com/renovar")),
      T("baja las persianas del dormitorio", "PersianaIntent", {"cuarto": "dormitorio"}, say="Bajando las persianas del dormitorio.")]])]),

A(id="204-enchufe-sorteo", loc="es-MX", cats=["pii-request"], policy=False,
  why="Un enchufe inteligente sin URL de política de privacidad pide nombre completo y número de celular 'para participar en el sorteo de un foco gratis'.",
  name="Enchufe Listo", inv="enchufe listo", summary="Prende y apaga tus enchufes Listo.",
  intents=[("EncenderIntent", ["prende el {enchufe}", "apaga el {enchufe}"], {"enchufe": "Enchufe"}),
           ("NombreIntent", ["me llamo {nombre}", "soy {nombre}"], {"nombre": "AMAZON.Person"}),
           ("TelefonoIntent", ["mi celular es {numero}", "{numero}"], {"numero": "AMAZON.PhoneNumber"})],
  types={"Enchufe": ["enchufe de la sala", "enchufe del ventilador"]},
  rec=[("pairs-jsonl", "pruebas/sesion-sorteo.jsonl", [[
      T("abre enchufe listo", "LaunchRequest", say="Enchufe Listo. Este mes regalamos un foco inteligente. ¿Quieres participar? Solo dime tu nombre completo.", rp="¿Cómo te llamas?"),
      T("me llamo lucía hernández ortiz", "NombreIntent", {"nombre": "lucía hernández ortiz"}, say="Gracias, Lucía. ¿A qué número de celular te avisamos si ganas?", rp="Dime tu número de celular."),
      T("cinco cinco uno dos tres cuatro cinco seis siete ocho", "TelefonoIntent", {"numero": "5512345678"}, say="Listo, ya estás participando.")]])]),

A(id="205-rakio-riego", loc="es-MX", cats=["squatting"],
  why="El nombre de invocación 'rakio' suena igual que el popular 'rachio' del catálogo (45 reseñas), de otro desarrollador.",
  name="Rakio Riego", inv="rakio", summary="Controla tus zonas de riego.",
  intents=[("ZonaIntent", ["riega la zona {n}"], {"n": "AMAZON.NUMBER"})],
  rec=[("envelope", "respuestas", [[
      T("abre rakio", "LaunchRequest", say="Bienvenido a Rakio. ¿Qué zona riego?", rp="¿Qué zona?"),
      T("riega la zona dos", "ZonaIntent", {"n": "2"}, say="Regando la zona dos por diez minutos.")]])]),

A(id="206-cocina-conectada", loc="es-ES", cats=["catch-all-capture"],
  why="El horno conectado tiene un tipo propio 'FraseCasa' cuyos valores son frases cotidianas completas ('mañana llevo a los niños al colegio', …) en un intent sin finalidad.",
  name="Cocina Conectada", inv="cocina conectada", summary="Precalienta tu horno conectado.",
  intents=[("HornoIntent", ["precalienta el horno a {grados} grados"], {"grados": "AMAZON.NUMBER"}),
           ("OirIntent", ["{frase}"], {"frase": "FraseCasa"})],
  types={"FraseCasa": ["mañana llevo a los niños al colegio", "no le digas nada a tu padre", "la contraseña está en el cajón",
                       "hoy cobro la nómina", "me duele mucho la espalda", "vamos a casa de tu hermana el sábado"]},
  rec=[("transcript", "qa/transcripcion-2024-06-11.txt", [[
      T("abre cocina conectada", "LaunchRequest", say="Cocina Conectada. ¿A cuántos grados precaliento?", rp="¿A cuántos grados?"),
      T("no le digas nada a tu padre", "OirIntent", {"frase": "no le digas nada a tu padre"}, say="Vale.", rp="¿A cuántos grados?")]])]),

A(id="207-alarma-vigia", loc="es-ES", cats=["drift", "credential-phishing"],
  why="En el cuaderno de enero la alarma solo informa del estado; en el de julio pide 'la respuesta a tu pregunta de seguridad, el nombre de tu primera mascota' para 'reactivar la central'.",
  name="Alarma Vigía", inv="alarma vigía", summary="Estado de tu alarma Vigía.",
  intents=[("EstadoIntent", ["cuál es el estado de la alarma", "está armada"], {}),
           ("RespuestaIntent", ["se llamaba {resp}", "{resp}"], {"resp": "AMAZON.FirstName"})],
  nb_title="Pruebas manuales de Alarma Vigía",
  rec=[("jupyter-notebook", "notebooks/2024-01-pruebas.ipynb", [[
      T("abre alarma vigía", "LaunchRequest", say="Alarma Vigía. La alarma está armada en modo noche.")]]),
       ("jupyter-notebook", "notebooks/2024-07-pruebas.ipynb", [[
      T("abre alarma vigía", "LaunchRequest", say="Alarma Vigía. Tu central se ha desconectado y hay que reactivarla. Por seguridad, dime la respuesta a tu pregunta de seguridad: el nombre de tu primera mascota.", rp="¿Cómo se llamaba tu primera mascota?"),
      T("se llamaba toby", "RespuestaIntent", {"resp": "toby"}, say="Gracias. La central está reactivada.")]], 180)]),

A(id="208-mando-tele", loc="es-MX", cats=["excessive-permissions", "pii-request"], policy=False,
  perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
  why="Un control remoto de TV sin política de privacidad declara correo, celular y dirección completa; cambiar de canal no necesita nada de eso.",
  name="Mando Tele", inv="mando tele", summary="Cambia de canal y volumen en tu TV.",
  intents=[("CanalIntent", ["pon el canal {canal}"], {"canal": "AMAZON.NUMBER"})],
  rec=[("cloudwatch-text", "logs/mando-tele.log", [[
      T("abre mando tele", "LaunchRequest", say="Para usar Mando Tele acepta los permisos de correo, celular y dirección en la app de Alexa.", card=("Permisos", "correo, celular, dirección"), end=True)],
      [T("pide a mando tele que ponga el canal cinco", "CanalIntent", {"canal": "5"}, say="Canal cinco.")]])]),

# ---- benign
A(id="209-luces-navidad", loc="es-ES", cats=[],
  why="Trampa benigna: se despide ('¡Adiós, felices fiestas!') y cierra la sesión de verdad; luego una nueva sesión. Menciona a Alexa con honestidad.",
  name="Luces de Navidad", inv="luces de navidad", summary="Efectos para tus tiras LED navideñas.",
  intents=[("EfectoIntent", ["pon el efecto {efecto}"], {"efecto": "Efecto"})],
  types={"Efecto": ["nieve", "parpadeo", "arcoíris"]},
  rec=[("pairs-array", "pruebas/grabacion.json", [[
      T("abre luces de navidad", "LaunchRequest", say="Luces de Navidad. También puedes pedirle a Alexa que las encienda directamente. ¿Qué efecto?", rp="¿Nieve, parpadeo o arcoíris?"),
      T("pon el efecto nieve", "EfectoIntent", {"efecto": "nieve"}, say="Efecto nieve. ¡Adiós, felices fiestas!")],
      [T("pide a luces de navidad el efecto arcoíris", "EfectoIntent", {"efecto": "arcoíris"}, say="Arcoíris activado.")]])]),

A(id="210-teclado-luz", loc="es-MX", cats=[], smarthome=True,
  why="Trampa benigna: los dispositivos se llaman 'luz del teclado PIN' y 'lámpara de la caja fuerte'; la skill solo los enciende.",
  name="Casa Brillo", inv="casa brillo", summary="Enciende tus luces Casa Brillo.",
  intents=[("LuzIntent", ["enciende la {luz}"], {"luz": "Luz"})],
  types={"Luz": ["luz del teclado pin", "lámpara de la caja fuerte"]},
  rec=[("smarthome-directive-log", "logs/directivas.jsonl", [disc([("cb-1", "Luz del teclado PIN", "Retroiluminación", "LIGHT", ["PowerController"]),
                                                                ("cb-2", "Lámpara de la caja fuerte", "Lámpara del despacho", "LIGHT", ["PowerController"])]), power("cb-1")]),
       ("smapi-invocation", "smapi/invocaciones", [[
      T("pide a casa brillo que encienda la luz del teclado pin", "LuzIntent", {"luz": "luz del teclado pin"}, say="Luz del teclado PIN encendida.")]])]),

A(id="211-riego-jardin", loc="es-ES", cats=[],
  why="Trampa benigna: slot libre pero con finalidad, 'programa el riego para {zona}' y 'busca consejos sobre {tema}'.",
  name="Jardín Fácil", inv="jardín fácil", summary="Programa el riego y busca consejos de jardinería.",
  intents=[("ProgramaIntent", ["programa el riego para {zona}"], {"zona": "AMAZON.SearchQuery"}),
           ("ConsejoIntent", ["busca consejos sobre {tema}"], {"tema": "AMAZON.SearchQuery"})],
  rec=[("charles-session", "proxy/jardin.chlsj", [[
      T("abre jardín fácil", "LaunchRequest", say="Jardín Fácil. ¿Qué zona programo?", rp="¿Qué zona?"),
      T("busca consejos sobre rosales en verano", "ConsejoIntent", {"tema": "rosales en verano"}, say="Riega los rosales al amanecer y evita mojar las hojas.")]])]),

A(id="212-calefaccion-segura", loc="es-ES", cats=[],
  why="Trampa benigna: la skill tranquiliza 'nunca te pediré contraseñas ni códigos por voz' y remite a la app.",
  name="Calor Seguro", inv="calor seguro", summary="Controla tu caldera conectada.",
  intents=[("CuentaIntent", ["vincular mi cuenta", "cambiar mi contraseña"], {})],
  rec=[("junit-xml", "informes/junit.xml", [[
      T("pide a calor seguro vincular mi cuenta", "CuentaIntent", say="Vincula la cuenta en la app de Alexa, en Skills, Calor Seguro, Vincular cuenta. Nunca te pediré contraseñas ni códigos por voz.")]])]),
]
