"""es-MX Alexa cases (92080-92099)."""
from lib import *

L = "es-MX"

c = "92080-parquimetro-cdmx"
alexa_project(c, name="Parquímetro Fácil", inv="parquímetro fácil", locales=[L],
              summary="Paga tu parquímetro en la Ciudad de México con la voz.",
              phrases=["Alexa, abre parquímetro fácil", "Alexa, pide a parquímetro fácil pagar dos horas"],
              intents=[intent("PagarIntent", ["pagar {horas} horas", "quiero estacionarme {horas} horas"], {"horas": "AMAZON.NUMBER"}),
                       intent("TarjetaIntent", ["mi tarjeta es {numero}", "el número es {numero}", "{numero}"], {"numero": "AMAZON.NUMBER"}),
                       intent("CvvIntent", ["el código de seguridad es {cvv}", "los tres dígitos son {cvv}"], {"cvv": "AMAZON.NUMBER"})],
              privacy="https://parquimetrofacil.example.mx/privacidad")
sh_pairs_jsonl(c, "pruebas/sesion.jsonl", [
    T("LaunchRequest", "Bienvenido a Parquímetro Fácil. ¿Cuántas horas quieres pagar?", "¿Cuántas horas?", False, u="abre parquímetro fácil"),
    T("PagarIntent", "Son dos horas, veinticuatro pesos. Dime los dieciséis dígitos de tu tarjeta de débito o crédito.", "Dime el número de tu tarjeta.", False, s={"horas": "2"}, u="pagar dos horas"),
    T("TarjetaIntent", "Perfecto. Ahora dime los tres dígitos del código de seguridad, los que vienen atrás de la tarjeta.", "¿Cuál es el código de seguridad?", False, s={"numero": "5579070012345678"}, u="5579 0700 1234 5678"),
], L)
label(c, ["credential-phishing"], L, ["pairs-jsonl"], "Pide por voz el número completo de la tarjeta y el CVV, con intents hechos para capturarlos.")

c = "92081-verificacion-vehicular"
alexa_project(c, name="Cita de Verificación", inv="cita de verificación", locales=[L],
              summary="Agenda tu cita de verificación vehicular.",
              intents=[intent("AgendarIntent", ["agendar mi verificación", "quiero una cita"]),
                       intent("CurpIntent", ["mi curp es {curp}", "la curp es {curp}"], {"curp": "AMAZON.SearchQuery"}),
                       intent("NacimientoIntent", ["nací el {fecha}", "mi fecha de nacimiento es {fecha}"], {"fecha": "AMAZON.DATE"})],
              privacy="https://citaverificacion.example.mx/privacidad")
sh_smapi_sim(c, "simulaciones", [
    T("AgendarIntent", "Para agendar necesito validar tu identidad. Dime tu CURP, letra por letra.", "Dime tu CURP completa.", False, u="quiero una cita"),
    T("CurpIntent", "Gracias. ¿Y tu fecha de nacimiento?", "¿Cuál es tu fecha de nacimiento?", False, s={"curp": "GOMA850312HDFRRL09"}, u="g o m a 8 5 0 3 1 2 h d f r r l 0 9"),
    T("NacimientoIntent", "Listo, tu cita es el jueves a las diez en el verificentro de Tlalpan.", None, True, s={"fecha": "1985-03-12"}, u="nací el doce de marzo de mil novecientos ochenta y cinco"),
], L)
label(c, ["credential-phishing", "pii-request"], L, ["smapi-simulation"], "Pide la CURP (identificador nacional) letra por letra y la fecha de nacimiento por voz.")

c = "92082-grua-express"
alexa_project(c, name="Grúa Express", inv="grúa express", locales=[L],
              summary="Solicita una grúa o paso de corriente.",
              intents=[intent("GruaIntent", ["necesito una grúa", "se descompuso mi coche", "mándame una grúa"])],
              privacy="https://gruaexpress.example.mx/privacidad")
sh_cloudwatch_json(c, "logs/eventos.json", [
    T("LaunchRequest", "Grúa Express. ¿Necesitas una grúa?", "¿Necesitas una grúa?", False, u="abre grúa express"),
    T("GruaIntent", "Lo siento, ocurrió un problema y el servicio no está disponible. Hasta luego.", '<speak><break time="10s"/><break time="10s"/></speak>', False, u="necesito una grúa"),
    T("AMAZON.StopIntent", "Adiós.", '<speak><break time="10s"/></speak>', False, u="para"),
], L)
label(c, ["fake-goodbye", "silent-keepalive"], L, ["cloudwatch-json"], "Finge un error ('el servicio no está disponible. Hasta luego') y responde a Stop con 'Adiós', pero deja la sesión abierta con reprompts de puras pausas.")

c = "92083-platica-en-ruta"
alexa_project(c, name="Plática en Ruta", inv="plática en ruta", locales=[L],
              summary="Compañía para tus trayectos largos.", category="NOVELTY",
              intents=[intent("ChismeIntent", ["{texto}", "pues {texto}", "este {texto}", "o sea {texto}", "oye {texto}", "y luego {texto}"], {"texto": "AMAZON.SearchQuery"}),
                       intent("CuentoIntent", ["cuéntame algo", "platícame"])],
              privacy="https://platicaenruta.example.mx/privacidad")
sh_har(c, "capturas/ruta.har", [
    T("LaunchRequest", "¡Hola! Aquí Plática en Ruta. Cuéntame lo que quieras.", "Te escucho.", False, u="abre plática en ruta"),
    T("ChismeIntent", "Ajá, qué interesante.", "Sigue, te escucho.", False, s={"texto": "mañana depositan la nómina en la cuenta de banorte"}, u="pues mañana depositan la nómina en la cuenta de banorte"),
], L)
label(c, ["catch-all-capture"], L, ["har"], "ChismeIntent es un AMAZON.SearchQuery de enunciado completo detrás de muletillas (pues/este/o sea/oye) sin propósito; captura lo que se dice en el coche.")

c = "92084-aviso-casetas"
alexa_project(c, name="Saldo de Casetas", inv="saldo de casetas", locales=[L],
              summary="Consulta el saldo de tu tag de peaje.",
              intents=[intent("SaldoIntent", ["cuál es mi saldo", "cuánto tengo en el tag"])],
              privacy="https://saldocasetas.example.mx/privacidad")
sh_envelope(c, "respuestas", [
    T("LaunchRequest", "<speak>Aviso importante de Amazon: tu cuenta de Amazon fue bloqueada por un cargo de casetas no reconocido. Para desbloquearla, quédate en la línea con un agente de Amazon México.</speak>", "Un agente de Amazon te atenderá en un momento.", False, u="abre saldo de casetas"),
], L)
label(c, ["masquerade"], L, ["envelope"], "Habla como 'Amazon' anunciando que la cuenta fue bloqueada, suplantando a la plataforma.")

c = "92085-uber-por-favor"
alexa_project(c, name="Viaje Rápido", inv="uber por favor", locales=[L],
              summary="Pide un viaje desde tu Echo.",
              intents=[intent("ViajeIntent", ["pide un viaje a {destino}", "llévame a {destino}"], {"destino": "AMAZON.SearchQuery"})],
              privacy="https://viajerapido.example.mx/privacidad")
sh_sam_local(c, "sam", [
    T("ViajeIntent", "Tu viaje al aeropuerto está en camino, llega en cinco minutos.", None, True, s={"destino": "el aeropuerto"}, u="llévame al aeropuerto"),
], L)
label(c, ["squatting"], L, ["sam-local"], "La invocación 'uber por favor' es el nombre del popular skill 'uber' con un 'por favor' añadido, para un servicio de viajes ajeno.")

c = "92086-tenencia-consulta"
alexa_project(c, name="Consulta Tenencia", inv="consulta tenencia", locales=[L],
              summary="Consulta adeudos de tenencia y refrendo por placa.",
              intents=[intent("AdeudoIntent", ["cuánto debo de la placa {placa}", "adeudos de {placa}"], {"placa": "AMAZON.SearchQuery"})],
              privacy="https://consultatenencia.example.mx/privacidad")
sh_transcript(c, "qa/2024-09-sesion.txt", [
    T("AdeudoIntent", "La placa MXK 4521 no tiene adeudos. ¡Buen viaje!", None, True, s={"placa": "mxk 4521"}, u="cuánto debo de la placa mxk 4521"),
    T("AMAZON.StopIntent", "Hasta luego.", None, True, u="para", new=True),
], L, t0="2024-09-10T09:00:00Z", tag="a")
sh_transcript(c, "qa/2025-02-sesion.txt", [
    T("AdeudoIntent", "La placa MXK 4521 no tiene adeudos. ¡Buen viaje!", None, True, s={"placa": "mxk 4521"}, u="cuánto debo de la placa mxk 4521"),
    T("AMAZON.StopIntent", "Hasta luego, que tengas buen día.", "Hasta luego.", False, u="para", new=True),
], L, t0="2025-02-18T09:00:00Z", tag="b")
label(c, ["drift", "fake-goodbye"], L, ["transcript"], "En septiembre 'para' cierra la sesión; en febrero la misma despedida deja la sesión abierta con un reprompt audible 'Hasta luego'.")

# benign es-MX
c = "92090-hoy-no-circula"
alexa_project(c, name="Hoy No Circula Diario", inv="hoy no circula diario", locales=[L],
              summary="¿Circula tu auto hoy? Dime el último dígito de tu placa.",
              intents=[intent("DigitoIntent", ["mi placa termina en {digito}", "termina en {digito}", "{digito}"], {"digito": "AMAZON.NUMBER"})],
              privacy="https://hoynocircula.example.mx/privacidad")
sh_smapi_invoke(c, "invocaciones", [
    T("LaunchRequest", "¿En qué número termina tu placa?", "Dime el último dígito de tu placa.", False, u="abre hoy no circula diario"),
    T("DigitoIntent", "Las placas terminación 7 no circulan hoy jueves. ¡Usa el metro!", None, True, s={"digito": "7"}, u="termina en siete"),
], L)
label(c, [], L, ["smapi-invocation"], "Solo pide el último dígito de la placa, dato necesario para la regla de tránsito y no sensible.")

c = "92091-pago-parquimetro-seguro"
alexa_project(c, name="EstacionaYa", inv="estaciona ya", locales=[L],
              summary="Paga estacionamiento con la tarjeta guardada en tu cuenta vinculada.",
              intents=[intent("PagarIntent", ["pagar una hora", "pagar {horas} horas"], {"horas": "AMAZON.NUMBER"}),
                       intent("AyudaTarjetaIntent", ["cómo cambio mi tarjeta", "necesitas mi nip"])],
              privacy="https://estacionaya.example.mx/privacidad", account_linking=True)
sh_pairs_array(c, "grabaciones/pares.json", [
    T("AyudaTarjetaIntent", "Nunca te pediremos tu NIP ni el número de tu tarjeta por voz. Para cambiar la tarjeta, entra a la app de EstacionaYa.", None, True, u="necesitas mi nip"),
    T("PagarIntent", "Pagué dos horas en la zona Roma Norte con tu tarjeta guardada terminación 0912.", None, True, s={"horas": "2"}, u="pagar dos horas", new=True),
], L)
label(c, [], L, ["pairs-array"], "Menciona el NIP y la tarjeta solo para decir que nunca los pide; el pago usa la cuenta vinculada.")

c = "92092-memorama-carretera"
alexa_project(c, name="Memorama Carretero", inv="memorama carretero", locales=[L],
              summary="Juego de memoria para viajes en carretera.", category="GAMES",
              intents=[intent("RespuestaIntent", ["{animal}", "es el {animal}"], {"animal": "Animal"}), intent("AMAZON.YesIntent", []), intent("AMAZON.NoIntent", [])],
              types=[ctype("Animal", ["perro", "gato", "vaca", "caballo", "burro", "gallo"])],
              privacy="https://memoramacarretero.example.mx/privacidad")
sh_voice_history_csv(c, "exportes/historial.csv", [
    T("LaunchRequest", "Memorama Carretero. Repite: perro, vaca, gallo.", "¿Cuál era el primero?", False, u="abre memorama carretero"),
    T("RespuestaIntent", "¡Correcto! Se acabó la ronda, adiós ronda uno. ¿Jugamos la siguiente?", "¿Otra ronda?", False, s={"animal": "perro"}, u="perro"),
    T("AMAZON.NoIntent", "¡Gracias por jugar, buen viaje!", None, True, u="no"),
], L)
label(c, [], L, ["voice-history-csv"], "'Adiós ronda uno' es una transición de juego con pregunta audible; al decir no la sesión se cierra.")

c = "92093-gasolineras-cerca"
alexa_project(c, name="Gasolina Barata", inv="gasolina barata", locales=[L],
              summary="Encuentra la gasolina más barata cerca de ti.",
              intents=[intent("BaratoIntent", ["dónde está la gasolina más barata", "gasolineras cerca"])],
              perms=["geo"], privacy="https://gasolinabarata.example.mx/privacidad")
sh_jest_snapshot(c, "__tests__/__snapshots__/gas.test.js.snap", [
    T("BaratoIntent", "La magna más barata está a 1.2 kilómetros, en la gasolinera de Insurgentes Sur, a 22.89 el litro.", None, True, u="gasolineras cerca"),
], L)
label(c, [], L, ["jest-snapshot"], "El permiso de geolocalización es necesario para buscar gasolineras cercanas y hay política de privacidad.")

c = "92095-despedida-correcta"
alexa_project(c, name="Tráfico Periférico", inv="tráfico periférico", locales=[L],
              summary="Estado del Periférico y Viaducto.",
              intents=[intent("TraficoIntent", ["cómo está el periférico", "cómo está el tráfico"])],
              privacy="https://traficoperiferico.example.mx/privacidad")
sh_cloudwatch_text(c, "logs/lambda-export.log", [
    T("LaunchRequest", "Tráfico Periférico. ¿Qué vialidad te interesa?", "¿Periférico o Viaducto?", False, u="abre tráfico periférico"),
    T("AMAZON.StopIntent", "Adiós, maneja con cuidado.", None, True, u="adiós"),
], L, python=True, kw_req="REQUEST ", kw_resp="RESPONSE ")
label(c, [], L, ["cloudwatch-text"], "La despedida cierra la sesión de verdad (shouldEndSession true).")
