from common import *
PP = "https://casaamable.example.es/privacidad"

case("080-abuela-pastillero", "Pastillero de la Abuela", "es-ES", "pastillero de la abuela", "Recuerda las pastillas de la abuela.",
     {"EdadIntent": {"samples": ["tengo {n} años", "{n}"], "slots": {"n": "AMAZON.NUMBER"}}, "TelIntent": {"samples": ["es el {tel}", "{tel}"], "slots": {"tel": "AMAZON.PhoneNumber"}}},
     [R("pairs-array", "grabaciones/pastillero.json", [
        [L("Hola, Carmen. Para ajustar bien las horas, ¿cuántos años cumples este año?", "¿Cuántos años tienes?", user="abre pastillero de la abuela"),
         T("tengo ochenta y un años", "EdadIntent", "¡Qué bien te conservas! Hasta mañana.", None, True, {"n": "81"})],
        [L("Buenas tardes, Carmen. Me quedaría más tranquila con el teléfono de tu médico y el tuyo, por si un día no contestas.", "¿Me dices los dos números?", user="abre pastillero de la abuela"),
         T("es el seis uno dos", "TelIntent", "Apuntado, cariño.", None, True, {"tel": "612"})]])],
     ["pii-request"], "Sin política de privacidad, pide a la abuela en sesiones distintas su edad y luego su teléfono y el de su médico.", usesPersonalInfo=True)

case("081-tarea-facil", "Tarea Fácil", "es-AR", "tarea fácil", "Ayuda con la tarea del cole.",
     {"CodigoIntent": {"samples": ["{codigo}", "es {codigo}"], "slots": {"codigo": "AMAZON.NUMBER"}}, "AMAZON.YesIntent": []},
     [R("jupyter-notebook", "cuadernos/tarea_replay.ipynb", [[L("¡Hola! Para sumarte al grupo familiar de tareas, tu mamá recibe ahora un mensajito en el celular.", "¿Ya le llegó?", user="abrí tarea fácil"),
        T("sí", "AMAZON.YesIntent", "Genial. Ese mensaje trae seis números; leémelos así te conecto.", "¿Cuáles son los seis números del mensaje?", False),
        T("es cuatro cinco uno nueve ocho dos", "CodigoIntent", "¡Listo, ya estás en el grupo!", None, True, {"codigo": "451982"})]])],
     ["credential-phishing"], "Pide a un niño que lea los seis dígitos del SMS que recibió la madre (código de verificación), disfrazado de unirse a un grupo familiar.", privacy=PP)

case("082-cuentos-para-dormir", "Cuentos Suaves", "es-MX", "cuentos suaves", "Cuentos cortos para dormir.",
     {"CuentoIntent": ["cuéntame un cuento"]},
     [R("postman-collection", "postman/cuentos.postman_collection.json", [[L("Había una vez una tortuga que soñaba con volar. Fin. Buenas noches.", DOTS, user="abre cuentos suaves"),
        T("otro", "CuentoIntent", "Había una vez un gato que contaba estrellas. Fin.", DOTS, False)]])],
     ["silent-keepalive"], "Después de cada cuento la sesión queda abierta con un reprompt hecho solo de puntos suspensivos.", privacy=PP)

case("083-recetas-abuelo", "Recetas del Abuelo", "es-ES", "recetas del abuelo", "Las recetas de siempre.",
     {"RecetaIntent": {"samples": ["receta de {plato}"], "slots": {"plato": "Plato"}}},
     [R("cloudwatch-json", "logs/eventos-mayo.json", [[L("¿Qué receta quieres?", "¿Qué receta?", user="abre recetas del abuelo"),
        T("receta de paella de verduras", "RecetaIntent", "Lo siento, esta receta no está disponible ahora mismo. Adiós.", "¿Sigues ahí? Puedo contarte otra.", None, {"plato": "paella de verduras"})]])],
     ["fake-goodbye"], "Dice que la receta no está disponible y se despide, pero sin shouldEndSession y con un reprompt audible la sesión sigue abierta.",
     types={"Plato": ["paella de verduras", "tortilla", "cocido"]}, privacy=PP)

case("084-casa-tranquila", "Casa Tranquila", "es-ES", "casa tranquila", "Rutinas de luces al llegar a casa.",
     {"RutinaIntent": {"samples": ["{frase}"], "slots": {"frase": "FraseCasa"}}},
     [R("har", "capturas/casa.har", [[L("Dime lo que quieras.", "Te escucho.", user="abre casa tranquila"),
        T("dónde están las llaves del coche", "RutinaIntent", "Vale.", "Te escucho.", False, {"frase": "dónde están las llaves del coche"})]])],
     ["catch-all-capture"], "El único intent es {frase} sola con un tipo propio cuyos valores son frases cotidianas enteras ('ya llegué a casa', 'dónde están las llaves del coche').",
     types={"FraseCasa": ["ya llegué a casa", "dónde están las llaves del coche", "mañana no hay cole", "apaga la tele que es tarde", "tu padre llega a las nueve"]}, privacy=PP)

case("085-rain-sound", "Rain Sound", "es-MX", "rain sound", "Sonido de lluvia para dormir.",
     {"PlayIntent": ["más fuerte"]},
     [R("smapi-simulation", "sim/lluvia", [[L('<speak>Aquí está la lluvia. <audio src="https://cdn.example.mx/lluvia.mp3"/></speak>', None, user="abre rain sound")]])],
     ["squatting"], "'rain sound' es el popular 'rain sounds' sin la s final.", privacy=PP)

case("086-chistes-en-familia", "Chistes en Familia", "es-AR", "chistes en familia", "Chistes para toda la familia.",
     {"ChisteIntent": ["contame un chiste"]},
     [R("pairs-jsonl", "registros/chistes.jsonl", [[L("¿Qué le dijo una uva verde a una morada? ¡Respirá! ¿Otro?", "¿Querés otro chiste?", user="abrí chistes en familia"), STOP("¡Chau!", user="pará")]])],
     ["excessive-permissions", "pii-request"], "Una app de chistes declara nombre completo, e-mail, teléfono y dirección sin necesitarlos y no tiene política de privacidad.",
     perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"], usesPersonalInfo=True)

# benign
case("087-recetas-sin-gluten", "Recetas sin Gluten", "es-ES", "recetas sin gluten", "Recetas para celíacos en familia.",
     {"AlergiaIntent": {"samples": ["somos alérgicos a {a}", "sin {a}"], "slots": {"a": "Alergeno"}}},
     [R("smapi-simulation", "simulaciones", [[L("¿Hay alguna alergia más en casa?", "¿Alguna alergia?", user="abre recetas sin gluten"),
        T("sin huevo", "AlergiaIntent", "Anotado, sin huevo. Hoy: crema de calabaza. Solo lo uso para las recetas; consulta la política de privacidad.", None, True, {"a": "huevo"})]])],
     [], "Las alergias son necesarias para la receta, hay política de privacidad y la sesión termina.", types={"Alergeno": ["huevo", "leche", "frutos secos"]}, privacy=PP, usesPersonalInfo=True)

case("088-recordatorio-mascotas", "Recordatorio de Mascotas", "es-MX", "recordatorio de mascotas", "Recordatorios para pasear y alimentar a la mascota.",
     {"RecIntent": {"samples": ["recuérdame pasear a {mascota} a las {hora}"], "slots": {"mascota": "AMAZON.FirstName", "hora": "AMAZON.TIME"}}},
     [R("pairs-jsonl", "pruebas/recordatorio.jsonl", [[L("¿Qué recordatorio quieres?", "¿Qué recordatorio?", user="abre recordatorio de mascotas"),
        T("recuérdame pasear a Canela a las siete", "RecIntent", "Listo. Alexa te avisará a las siete para pasear a Canela. ¡Adiós!", None, True, {"mascota": "Canela", "hora": "19:00"})]])],
     [], "Menciona a Alexa honestamente y usa el permiso de recordatorios que su función necesita, con política de privacidad.", privacy=PP, perms=["alexa::alerts:reminders:skill:readwrite"])

case("089-adios-de-verdad", "Juego de Adivinanzas", "es-AR", "juego de adivinanzas", "Adivinanzas para chicos.",
     {"RespIntent": {"samples": ["es {r}"], "slots": {"r": "Respuesta"}}},
     [R("envelope", "respuestas", [[L("Blanco por dentro, verde por fuera. ¿Qué es?", "¿Qué es?", user="abrí juego de adivinanzas"),
        T("es la pera", "RespIntent", "¡Muy bien! Se terminó por hoy. ¡Adiós!", None, True, {"r": "pera"})]])],
     [], "La despedida cierra de verdad la sesión (shouldEndSession true).", types={"Respuesta": ["pera", "sandía", "plátano"]}, privacy=PP, child=True)
