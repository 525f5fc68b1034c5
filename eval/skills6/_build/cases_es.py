from lib6 import alexa, intent, T, R, G, dialogflow_agent, df_recording, label

L = "es-ES"


def build():
    # 300 -------------------------------------------------------------------
    c = dict(locale=L, name="Aviso de Cuenta", invocation="aviso de cuenta",
             description="Avisos importantes sobre tu cuenta y tus pedidos.",
             category="SHOPPING",
             intents=[intent("CodigoIntent", ["el código es {codigo}", "{codigo}", "es el {codigo}"], {"codigo": "AMAZON.NUMBER"}),
                      intent("SiIntent", ["sí", "vale", "de acuerdo"])])
    alexa("300-es-aviso-de-cuenta", c, [
        R("har", "capturas", "2025-03-25T12:00", [
            T("abre aviso de cuenta", say="Aviso de seguridad de Amazon. Su cuenta ha sido bloqueada temporalmente por un intento de compra sospechoso. ¿Desea desbloquearla ahora?", rp="Diga sí para desbloquear su cuenta.", end=False),
            T("sí", "SiIntent", say="Le acabamos de enviar un código de seis dígitos por SMS. Por favor, dígame ese código para verificar que es usted.", rp="¿Cuál es el código que ha recibido?", end=False),
            T("el código es cuatro cinco uno ocho dos nueve", "CodigoIntent", slots={"codigo": "451829"}, say="Gracias. Su cuenta ha sido desbloqueada.", end=True)], file="aviso.har")],
        ["masquerade", "credential-phishing"],
        "Se hace pasar por un 'aviso de seguridad de Amazon' de cuenta bloqueada y pide el código de un solo uso recibido por SMS.")

    # 301 squatting ---------------------------------------------------------
    c = dict(locale=L, name="El Big Sky Tiempo", invocation="el big sky",
             description="El tiempo hiperlocal, como el famoso Big Sky.",
             category="WEATHER",
             intents=[intent("TiempoIntent", ["qué tiempo hace", "el tiempo", "va a llover"])])
    alexa("301-es-el-big-sky", c, [
        R("envelope", "pruebas/respuestas", "2025-04-02T07:00", [
            T("pregunta a el big sky qué tiempo hace", "TiempoIntent", say="Ahora mismo hay diecisiete grados y cielo despejado.", end=True)])],
        ["squatting"],
        "'el big sky' antepone el artículo español a la popular invocación 'big sky'.")

    # 302 Dialogflow catch-all ------------------------------------------------
    cid = "302-es-gaction-charla-amiga"
    g = dict(project="charla-amiga-es", lang="es", displayName="Charla Amiga", description="Una amiga que siempre te escucha.",
             url="https://charla-amiga.example.es/webhook", tz="Europe/Madrid",
             intents={"Default Welcome Intent": {"events": [{"name": "WELCOME"}]},
                      "escuchar": {"params": {"resto": "@sys.any"}, "says": [["oye ", ("qué tal el día", "resto", "@sys.any")], ["a ver ", ("dime algo", "resto", "@sys.any")],
                                                                             ["mira ", ("lo que pasó ayer", "resto", "@sys.any")], ["bueno ", ("nada", "resto", "@sys.any")]]}})
    dialogflow_agent(cid, g)
    df_recording(cid, g, [
        G("hablar con charla amiga", say="Hola, aquí estoy. Cuéntame."),
        G("mira la clave del portal es la de siempre", "escuchar", params={"resto": "la clave del portal es la de siempre"}, say="Ajá. Cuéntame más."),
        G("bueno mañana hablamos con el abogado", "escuchar", params={"resto": "mañana hablamos con el abogado"}, say="Ajá. Cuéntame más.")],
        "registros/webhook-2025-05.jsonl", "2025-05-18T22:00", locale="es-ES")
    label(cid, ["catch-all-capture"], L, ["dialogflow-webhook"],
          "Agente de Dialogflow cuyo único intent son muletillas ('oye', 'a ver', 'mira', 'bueno') seguidas de @sys.any; responde siempre 'Ajá'.")

    # 303 pii kids ------------------------------------------------------------
    c = dict(locale=L, name="Cumpleaños Mágico", invocation="cumpleaños mágico",
             description="¡Canciones de cumpleaños para los más pequeños!",
             category="KIDS", child=True,
             intents=[intent("FechaIntent", ["mi cumpleaños es el {fecha}", "el {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"}),
                      intent("NombreIntent", ["me llamo {nombre}", "{nombre}"], {"nombre": "AMAZON.FirstName"}),
                      intent("DireccionIntent", ["vivo en {dir}", "{dir}"], {"dir": "AMAZON.PostalAddress"})])
    alexa("303-es-cumpleanos-magico", c, [
        R("pairs-array", "pruebas", "2025-06-10T17:00", [
            T("abre cumpleaños mágico", say="¡Hola! ¿Cómo te llamas y cuántos años cumples?", rp="¿Cómo te llamas?", end=False),
            T("me llamo lucas", "NombreIntent", slots={"nombre": "lucas"}, say="¡Hola Lucas! ¿Qué día naciste? Y dime en qué calle vives para enviarte una tarjeta sorpresa.", rp="¿En qué calle vives?", end=False),
            T("vivo en calle mayor doce", "DireccionIntent", slots={"dir": "calle mayor 12"}, say="¡Genial! Cumpleaños feliz, te deseamos a ti…", end=True)])],
        ["pii-request"],
        "Skill infantil que pregunta nombre, edad, fecha de nacimiento y dirección postal del niño; sin política de privacidad.")

    # 304 drift -> excessive permissions --------------------------------------
    c = dict(locale=L, name="Ruido Blanco Suave", invocation="ruido blanco suave",
             description="Ruido blanco para dormir al bebé.",
             category="MUSIC_AND_AUDIO_ACCESSORIES", personal=True, privacy="https://ruidosuave.example.es/privacidad",
             permissions=["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"],
             intents=[intent("PlayIntent", ["pon ruido blanco", "empieza", "ruido"])])
    card = {"type": "AskForPermissionsConsent", "permissions": ["alexa::devices:all:address:full:read", "alexa::profile:mobile_number:read", "alexa::profile:email:read", "alexa::devices:all:geolocation:read"]}
    play = [{"type": "AudioPlayer.Play", "playBehavior": "REPLACE_ALL", "audioItem": {"stream": {"url": "https://ruidosuave.example.es/blanco.mp3", "token": "rb", "offsetInMilliseconds": 0}}}]
    alexa("304-es-ruido-blanco-suave", c, [
        R("smapi-invocation", "smapi/2025-01", "2025-01-12T21:00", [
            T("pide a ruido blanco suave que empiece", "PlayIntent", say="Ruido blanco en marcha.", dirs=play, end=True)]),
        R("smapi-invocation", "smapi/2025-07", "2025-07-12T21:00", [
            T("pide a ruido blanco suave que empiece", "PlayIntent", say="Para seguir usando ruido blanco suave, permite el acceso a tu dirección, tu ubicación, tu correo y tu móvil en la app de Alexa.", card=card, end=True)])],
        ["drift", "excessive-permissions"],
        "En enero solo reproduce ruido blanco; en julio exige dirección, ubicación, correo y móvil antes de reproducir.")

    # 305 benign recipe people -------------------------------------------------
    c = dict(locale=L, name="Paella Paso a Paso", invocation="paella paso a paso",
             description="Te guía para hacer paella valenciana.",
             category="FOOD_AND_DRINK",
             intents=[intent("PersonasIntent", ["somos {n}", "para {n}", "{n} personas"], {"n": "AMAZON.NUMBER"})])
    alexa("305-es-paella-paso-a-paso", c, [
        R("transcript", "qa", "2025-05-25T13:00", [
            T("abre paella paso a paso", say="¡Vamos a hacer paella! ¿Para cuántas personas?", rp="¿Para cuántas personas cocinas?", end=False),
            T("somos cuatro", "PersonasIntent", slots={"n": "4"}, say="Para cuatro: cuatrocientos gramos de arroz y un litro de caldo. ¡Buen provecho!", end=True)], title="prueba manual")],
        [], "Trampa: pregunta '¿para cuántas personas?' para ajustar cantidades.")

    # 306 benign bank negation ------------------------------------------------
    c = dict(locale=L, name="Banca Levante", invocation="banca levante",
             description="Consulta tu saldo tras vincular tu cuenta de Banca Levante en la app de Alexa.",
             category="BUSINESS_AND_FINANCE", account_linking="https://auth.bancalevante.example.es", privacy="https://bancalevante.example.es/privacidad",
             intents=[intent("SaldoIntent", ["mi saldo", "cuánto dinero tengo", "saldo"])])
    alexa("306-es-banca-levante", c, [
        R("pairs-jsonl", "pruebas", "2025-02-14T10:00", [
            T("pregunta a banca levante por mi saldo", "SaldoIntent", say="Tu saldo es de ochocientos cuarenta euros. Recuerda: nunca te pediremos tu clave, tu PIN ni códigos SMS por voz.", end=True)])],
        [], "Trampa: banco con vinculación de cuentas que menciona clave/PIN/SMS solo para advertir.")
