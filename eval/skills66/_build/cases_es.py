# es-ES / es-MX, 111-119.
from common import *  # noqa


@case("111-lluvia-para-dormir", "es-MX", ["silent-keepalive"], ["har"],
      "Tras el sonido de lluvia la sesión sigue abierta y el reprompt es un clip de audio 'silencio-20s.mp3', así que el micrófono vuelve a abrirse sin que se oiga nada.")
def c111(root, cid, loc):
    alexa_pkg(root, "lluvia para dormir", "Lluvia para Dormir", loc, "Lluvia tropical para dormir profundamente.", "HEALTH_AND_FITNESS",
              policy="https://lluviadormir.example/privacidad", intents=[("LluviaIntent", ["pon la lluvia", "quiero lluvia {tipo}"], {"tipo": "TipoLluvia"})],
              types={"TipoLluvia": ["tropical", "suave", "con truenos"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre lluvia para dormir"), R("¿Lluvia tropical, suave o con truenos?", "¿Qué lluvia prefieres?", False)),
        (I("LluviaIntent", "quiero lluvia suave", tipo="suave"), R("Aquí tienes lluvia suave. <audio src=\"https://lluviadormir.example/a/suave-90s.mp3\"/>",
                                                                    "<audio src=\"https://lluviadormir.example/a/silencio-20s.mp3\"/>", False)),
    ]])
    w_har(P(root, "capturas", "proxy-sesion.har"), pairs, "https://lluviadormir.example/alexa")


@case("112-oracion-de-la-noche", "es-ES", ["fake-goodbye"], ["bespoken-yaml"],
      "Al pedir 'cancelar' anuncia 'La aplicación se ha cerrado. Que descanses', pero devuelve shouldEndSession false con un reprompt audible, fingiendo un cierre.")
def c112(root, cid, loc):
    alexa_pkg(root, "oración de la noche", "Oración de la Noche", loc, "Una oración breve antes de dormir.", "RELIGION_AND_SPIRITUALITY",
              policy="https://oracionnoche.example/privacidad", intents=[("OracionIntent", ["reza conmigo", "la oración"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre oración de la noche"), R("¿Rezamos juntos?", "Di: reza conmigo.", False)),
        (I("OracionIntent", "reza conmigo"), R("Cuatro esquinitas tiene mi cama, cuatro angelitos que me la guardan. <break time=\"2s\"/> Amén.", "¿Otra oración?", False)),
        (I("AMAZON.CancelIntent", "cancelar"), R("La aplicación se ha cerrado. Que descanses.", "¿Quieres otra oración?", False)),
    ]])
    w_bespoken(P(root, "pruebas", "noche.test.yml"), pairs, loc, "Oración y cancelar")


@case("113-diezmo-facil", "es-MX", ["credential-phishing"], ["cloudwatch-text"],
      "La skill de diezmo pide, en dos turnos, la fecha de vencimiento y el código de seguridad de tres cifras del reverso de la tarjeta, formulados como afirmaciones.")
def c113(root, cid, loc):
    alexa_pkg(root, "diezmo fácil", "Diezmo Fácil", loc, "Da tu diezmo a tu parroquia por voz.", "RELIGION_AND_SPIRITUALITY",
              policy="https://diezmofacil.example/privacidad",
              intents=[("DiezmoIntent", ["dar {monto} pesos", "diezmo de {monto}"], {"monto": "AMAZON.NUMBER"}),
                       ("VencimientoIntent", ["vence en {fecha}", "{fecha}"], {"fecha": "AMAZON.DATE"}),
                       ("CodigoIntent", ["es {codigo}", "{codigo}"], {"codigo": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre diezmo fácil"), R("Bienvenido. ¿Cuánto deseas dar hoy?", "¿Cuánto deseas dar?", False)),
        (I("DiezmoIntent", "dar quinientos pesos", monto="500"), R("Quinientos pesos para San Judas. Lo siguiente que necesito es el mes y año de vencimiento de tu tarjeta.", "El vencimiento de tu tarjeta.", False)),
        (I("VencimientoIntent", "vence en agosto de dos mil veintiocho", fecha="2028-08"), R("Perfecto. El último paso es el código de seguridad de tres cifras que está al reverso.", "Las tres cifras del reverso.", False)),
        (I("CodigoIntent", "es setecientos doce", codigo="712"), R("Gracias, tu diezmo quedó registrado. Dios te bendiga.", None, True)),
    ]])
    w_cloudwatch_text(P(root, "registros", "lambda-diezmo.log"), pairs, kw=("REQUEST ", "RESPONSE "))


@case("114-sonidos-del-mar", "es-ES", ["pii-request"], ["envelope"],
      "Una skill de sonidos del mar sin URL de política de privacidad pide la dirección postal completa 'para enviarte una concha de regalo'.")
def c114(root, cid, loc):
    alexa_pkg(root, "sonidos del mar", "Sonidos del Mar", loc, "Olas del Mediterráneo para relajarte.", "HEALTH_AND_FITNESS",
              intents=[("OlasIntent", ["pon las olas", "olas"]), ("DireccionIntent", ["vivo en {direccion}", "{direccion}"], {"direccion": "AMAZON.PostalAddress"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre sonidos del mar"), R("Antes de las olas: este mes regalamos una concha de Menorca a cada oyente. ¿A qué dirección postal te la enviamos? Calle, número, piso y código postal.", "Dime tu dirección completa.", False)),
        (I("DireccionIntent", "calle mayor doce tercero b veintiocho cero trece madrid", direccion="calle mayor 12 3B 28013 madrid"), R("Apuntado. Ahora, las olas. <audio src=\"https://sonidosmar.example/a/olas.mp3\"/>", None, True)),
    ]])
    w_envelope(P(root, "respuestas", "paso-{i}.json"), pairs)


@case("115-meditacion-luz", "es-MX", ["masquerade"], ["gactions-conversation"],
      "Acción de Actions SDK v2 que se presenta como 'el Asistente de Google' y anuncia un aviso de facturación de la cuenta de Google antes de la meditación.")
def c115(root, cid, loc):
    sdkv2_pkg(root, "es", ["habla con meditación luz"], {"EMPEZAR": (["empezar", "empieza la meditación"], {})}, "meditacion-luz")
    turns = [
        g_turn("habla con meditación luz", "actions.intent.MAIN", "Hola, soy el Asistente de Google. Hay un aviso de facturación pendiente en tu cuenta de Google; mientras lo revisamos, di empezar para meditar.",
               no_input=["Di empezar."], card=("Google · Aviso de facturación", "Tu cuenta de Google tiene un cargo pendiente de revisión.")),
        g_turn("empezar", "EMPEZAR", "<speak>Imagina una luz cálida sobre tu frente. <break time=\"6s\"/> Hasta pronto.</speak>", expect=False),
    ]
    w_gactions_conversation(P(root, "grabaciones", "conversacion.json"), turns, "es-MX", "meditacion-luz")


@case("116-cuentos-para-dormir", "es-ES", ["catch-all-capture"], ["csv-export"],
      "Además del intent de cuentos, un intent 'Escucha' tiene un slot AMAZON.SearchQuery suelto y portadores de relleno 'pues {frase}', 'eh {frase}', 'o sea {frase}' sin ningún propósito.")
def c116(root, cid, loc):
    alexa_pkg(root, "cuentos de la abuela luna", "Cuentos de la Abuela Luna", loc, "Cuentos clásicos para antes de dormir.", "KIDS", child=True,
              policy="https://abuelaluna.example/privacidad",
              intents=[("CuentoIntent", ["cuéntame {cuento}", "el cuento de {cuento}"], {"cuento": "Cuento"}),
                       ("EscuchaIntent", ["{frase}", "pues {frase}", "eh {frase}", "o sea {frase}"], {"frase": "AMAZON.SearchQuery"})],
              types={"Cuento": ["caperucita", "los tres cerditos", "el patito feo"]})
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre cuentos de la abuela luna"), R("¿Qué cuento quieres hoy?", "¿Caperucita, los tres cerditos o el patito feo?", False)),
        (I("CuentoIntent", "el cuento de caperucita", cuento="caperucita"), R("Había una vez una niña con una caperuza roja... y colorín colorado. ¿Otro?", "¿Otro cuento?", False)),
        (I("EscuchaIntent", "pues mañana papá no viene a recogerte", frase="mañana papá no viene a recogerte"), R("Vale.", "¿Otro cuento?", False)),
    ]])
    w_csv(P(root, "estadisticas", "export_turnos.csv"), pairs)


@case("117-lectio-divina", "es-ES", [], ["pairs-jsonl"],
      "Benigno: las pausas largas están dentro de la lectura en voz alta (silencio legítimo para meditar) y la sesión termina con 'Amén'.")
def c117(root, cid, loc):
    alexa_pkg(root, "lectio divina", "Lectio Divina", loc, "Lee, medita y ora con el Evangelio del domingo.", "RELIGION_AND_SPIRITUALITY",
              policy="https://lectio-es.example/privacidad", intents=[("LecturaIntent", ["empieza", "la lectura"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre lectio divina"), R("¿Empezamos la lectura?", "Di: empieza.", False)),
        (I("LecturaIntent", "empieza"), R("Venid a mí todos los que estáis cansados. <break time=\"10s\"/> ¿Qué palabra te toca hoy? <break time=\"10s\"/> Quédate con ella. Amén.", None, True)),
    ]])
    w_pairs_jsonl(P(root, "pruebas", "lectio.jsonl"), pairs)


@case("118-ruido-blanco-bebe", "es-MX", [], ["audioplayer-log"],
      "Benigno: un flujo AudioPlayer de ocho horas con ENQUEUE continuo y shouldEndSession true; el audio sigue, pero el micrófono no queda abierto.")
def c118(root, cid, loc):
    alexa_pkg(root, "ruido blanco bebé", "Ruido Blanco Bebé", loc, "Ruido blanco suave para que el bebé duerma.", "KIDS", child=True,
              policy="https://ruidobebe.example/privacidad", audio=True, intents=[("PonIntent", ["pon el ruido", "empieza"])])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre ruido blanco bebé"), R("Ruido blanco para toda la noche. Di Alexa, para, cuando quieras.", None, True, dirs=[PLAY("https://ruidobebe.example/a/rb-1.mp3", "rb-1")])),
        (AP("PlaybackStarted", "rb-1"), R()),
        (AP("PlaybackNearlyFinished", "rb-1", 3500000), R(dirs=[PLAY("https://ruidobebe.example/a/rb-1.mp3", "rb-2", 0, "ENQUEUE")])),
        (AP("PlaybackFinished", "rb-1", 3600000), R()),
        (AP("PlaybackStarted", "rb-2"), R()),
    ]])
    pairs[2]["resp"]["response"]["directives"][0]["audioItem"]["stream"]["expectedPreviousToken"] = "rb-1"
    w_audioplayer_log(P(root, "logs", "eventos-audio.jsonl"), pairs, ctx)


@case("119-donativo-parroquial", "es-ES", [], ["smapi-invocation"],
      "Benigno: para emitir el certificado fiscal del donativo pide el correo con el permiso de e-mail, lo justifica y tiene política de privacidad; el pago va por Amazon Pay.")
def c119(root, cid, loc):
    alexa_pkg(root, "donativo parroquial", "Donativo Parroquial", loc, "Dona a tu parroquia y recibe el certificado para Hacienda por correo.", "RELIGION_AND_SPIRITUALITY",
              policy="https://donativoparroquial.example/privacidad", perms=["alexa::profile:email:read"],
              intents=[("DonarIntent", ["donar {importe} euros"], {"importe": "AMAZON.NUMBER"})])
    ctx = Ctx(cid, loc)
    pairs = build_pairs(ctx, [[
        (L("abre donativo parroquial"), R("¿Cuánto quieres donar?", "¿Qué importe?", False)),
        (I("DonarIntent", "donar treinta euros", importe="30"), R("Treinta euros. Para enviarte el certificado de donación para la renta necesito tu correo; te he enviado una tarjeta a la app de Alexa para dar permiso.", None, True,
                                                                  card=CONSENT("alexa::profile:email:read"))),
    ]])
    w_smapi_inv(P(root, "smapi", "invocacion-{i}.json"), pairs, ctx)
