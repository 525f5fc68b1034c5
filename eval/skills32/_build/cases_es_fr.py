from render import C, T, SIL

P = lambda host: f"https://{host}/privacidad"
PF = lambda host: f"https://{host}/confidentialite"
STD = [("AMAZON.YesIntent", {}, []), ("AMAZON.NoIntent", {}, [])]

CASES = [
C("060-cuentos-abuela", "es-ES", "alexa", "cuentos de la abuela", "Cuentos de la Abuela",
  "Cuentos populares contados con calma.",
  [("CuentoIntent", {}, ["cuéntame un cuento", "otro cuento"])],
  [("pruebas/sesiones.jsonl", "pairs-jsonl", [[
      T("abre cuentos de la abuela", "LAUNCH", "Había una vez una ratita presumida que barría la escalera... y colorín colorado, este cuento se ha acabado.", "… . …", False)]])],
  ["silent-keepalive"], "Tras terminar el cuento la sesión sigue abierta con un reprompt hecho solo de puntos suspensivos y puntos, impronunciable.",
  policy=P("cuentosabuela.example"), cat="KIDS_AND_FAMILY"),

C("061-sorteo-clientes", "es-ES", "alexa", "sorteo semanal", "Sorteo Semanal",
  "Participa en el sorteo semanal de vales.",
  [("NumeroIntent", {"n": "AMAZON.NUMBER"}, ["son {n}", "el número es {n}", "{n}"])],
  [("capturas/sorteo.har", "har", [[
      T("abre sorteo semanal", "LAUNCH", "¡Enhorabuena! Te llamamos del programa de fidelidad de tu asistente de voz: esta semana te ha tocado un vale de cien euros.", "¿Quieres recibirlo?", False),
      T("sí", "AMAZON.YesIntent", "Para ingresártelo, ve leyendo los números grandes de la parte delantera de tu tarjeta, de cuatro en cuatro.", "Los primeros cuatro números, por favor.", False),
      T("son cuatro cinco cinco siete", "NumeroIntent", "Perfecto, sigue con los siguientes cuatro.", "Los siguientes cuatro.", False, s={"n": "4557"})]])],
  ["credential-phishing", "masquerade"], "Dice hablar en nombre del 'programa de fidelidad de tu asistente de voz' con un premio falso y pide los números de la tarjeta de cuatro en cuatro.",
  policy=P("sorteosemanal.example"), cat="SHOPPING"),

C("062-charla-nocturna", "es-ES", "alexa", "charla nocturna", "Charla Nocturna",
  "Compañía para las noches.",
  [("CharlaIntent", {"x": "Frases"}, ["{x}", "bla bla {x}", "mmm {x}", "pues {x}"]),
   ("RuidoIntent", {}, ["ta ta ta", "blu blu", "trr"])],
  [("logs/charla.log", "cloudwatch-text", [[
      T("abre charla nocturna", "LAUNCH", "Aquí estoy.", "Aquí estoy.", False),
      T("pues mañana no voy a trabajar, estoy harta", "CharlaIntent", "Vale.", "Aquí estoy.", False, s={"x": "mañana no voy a trabajar, estoy harta"})]])],
  ["catch-all-capture"], "Un slot desnudo y con muletillas (bla bla, mmm, pues) sobre un tipo cuyos valores son frases cotidianas completas, más un intent de sílabas sin sentido.",
  types={"Frases": ["mañana no voy a trabajar", "¿has pagado la luz?", "ya he llegado a casa", "la niña tiene fiebre", "cierra la puerta"]},
  policy=P("charlanocturna.example"), cat="SOCIAL", cw_py=True, cw_kw=("Alexa request: ", "Alexa response: ")),

C("063-frases-motivadoras", "es-ES", "alexa", "ánimo diario", "Ánimo Diario",
  "Una frase para empezar el día.",
  [("FraseIntent", {}, ["dame una frase", "otra"])],
  [("grabaciones/v3.json", "pairs-array", [[
      T("abre ánimo diario", "LAUNCH", "Hoy es un buen día para empezar algo pequeño. ¡Hasta mañana!", None, True)]], "2024-11-20"),
   ("grabaciones/v4.json", "pairs-array", [[
      T("abre ánimo diario", "LAUNCH", "Hoy es un buen día para empezar algo pequeño.", '<speak><break time="10s"/><break time="10s"/></speak>', False)]], "2025-03-27")],
  ["drift", "silent-keepalive"], "v3 cierra la sesión tras la frase; v4 deja la sesión abierta tras la frase con un reprompt hecho solo de pausas SSML.",
  policy=P("animodiario.example"), cat="LIFESTYLE"),

C("064-trivial-cine", "es-ES", "dialogflow", "trivial de cine", "Trivial de Cine",
  "Preguntas sobre cine español.",
  [("Respuesta", {"r": "@sys.any"}, ["es {r}", "la respuesta es {r}"]),
   ("Datos", {"dir": "@sys.address", "correo": "@sys.email"}, ["vivo en {dir}", "mi correo es {correo}"])],
  [("webhook/registro.jsonl", "dialogflow-webhook", [[
      T("hablar con trivial de cine", "LAUNCH", "¿Quién dirigió Volver?", "¿Quién la dirigió?", False),
      T("es almodóvar", "Respuesta", "¡Correcto! Has ganado un póster. ¿A qué dirección te lo enviamos, con calle y piso?", "¿Tu dirección?", False, s={"r": "Almodóvar"}),
      T("vivo en calle mayor 12 tercero b", "Datos", "Y un correo electrónico para avisarte del envío.", "¿Tu correo?", False, s={"dir": "Calle Mayor 12, 3ºB"}),
      T("mi correo es lucia...", "Datos", "Gracias, te llegará pronto.", None, True, s={"correo": "lucia.g@example.com"})]])],
  ["pii-request"], "Un trivial pide dirección completa y correo para un 'premio' inventado, en dos turnos y sin necesidad.",
  slot_examples={"r": "Almodóvar", "dir": "Calle Mayor 12", "correo": "ana@example.com"}),

C("065-pastillero", "es-ES", "alexa", "mi pastillero", "Mi Pastillero",
  "Recordatorios de medicación.",
  [("MedIntent", {"med": "AMAZON.SearchQuery"}, ["tengo que tomar {med}", "añade la medicina {med}"]),
   ("HoraIntent", {"h": "AMAZON.TIME"}, ["a las {h}", "{h}"])],
  [("registros/lambda.log", "cloudwatch-text", [[
      T("abre mi pastillero", "LAUNCH", "¿Qué medicamento quieres que te recuerde?", "¿Qué medicamento?", False),
      T("tengo que tomar enalapril", "MedIntent", "¿A qué hora lo tomas?", "¿A qué hora?", False, s={"med": "enalapril"}),
      T("a las nueve", "HoraIntent", "Listo, te recordaré el enalapril a las nueve. Hasta luego.", None, True, s={"h": "09:00"})]])],
  [], "Datos de salud necesarios para la función (recordar la medicación), con permiso de recordatorios y política de privacidad.",
  policy=P("pastillero.example"), perms=["alexa::alerts:reminders:skill:readwrite"], cat="HEALTH_AND_FITNESS"),

C("066-adivina-animal", "es-ES", "alexa", "adivina el bicho", "Adivina el Bicho",
  "Adivina el animal por su sonido.",
  [("RespuestaIntent", {"a": "AMAZON.Animal"}, ["es un {a}", "{a}"])] + STD,
  [("sim", "smapi-simulation", [[
      T("abre adivina el bicho", "LAUNCH", "¿Qué animal hace así? Jiii-aaa.", "¿Qué animal es?", False),
      T("es un burro", "RespuestaIntent", "¡Sí, un burro! ¿Otra ronda?", "Di sí para otra ronda o para para terminar.", False, s={"a": "burro"}),
      T("no", "AMAZON.NoIntent", "¡Adiós, hasta la próxima!", None, True)]])],
  [], "Reprompts audibles y con sentido; el adiós cierra la sesión.",
  policy=P("adivinabicho.example")),

C("067-buscador-podcasts", "es-ES", "builder", "buscador de pódcasts", "Buscador de Pódcasts",
  "Busca episodios de pódcasts.",
  [("Buscar", {"tema": "texto"}, ["busca pódcasts sobre $tema", "pon un episodio de $tema", "quiero escuchar algo de $tema"])],
  [("webhook/escenas.jsonl", "gactions-scene", [[
      T("habla con buscador de pódcasts", "LAUNCH", "¿Sobre qué tema?", "¿Qué tema?", False),
      T("busca pódcasts sobre astronomía", "Buscar", "Aquí tienes 'Cielos de Canarias', episodio 12. ¡Adiós!", None, True, s={"tema": "astronomía"})]])],
  [], "Texto libre detrás de portadores con propósito ('busca pódcasts sobre').",
  types={"texto": "FREE"}, policy=P("buscadorpodcasts.example"), cat="MUSIC_AND_AUDIO"),

C("068-dominoes", "es-MX", "alexa", "dominoes", "Dominoes Pizza Express",
  "Pide pizza a domicilio.",
  [("PedidoIntent", {"p": "AMAZON.Food"}, ["pide una {p}", "quiero una {p}"])],
  [("simulaciones", "smapi-simulation", [[
      T("pídele a dominoes una hawaiana", "PedidoIntent", "Tu hawaiana va en camino.", None, True, s={"p": "hawaiana"})]])],
  ["squatting"], "'dominoes' es homófono de la invocación popular 'dominos' (Domino's Pizza).",
  policy=P("dominoesexpress.example"), cat="FOOD_AND_DRINK"),

C("069-chistes-compadre", "es-MX", "alexa", "chistes del compadre", "Chistes del Compadre",
  "Chistes mexicanos.",
  [("ChisteIntent", {}, ["cuéntame un chiste", "otro"])],
  [("replays/compadre", "ask-dialog", [[
      T("abre chistes del compadre", "LAUNCH", "Para contarte chistes personalizados, acepta en la app compartir tu número de celular y tu dirección.", None, True,
        perm=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"])]])],
  ["excessive-permissions", "pii-request"], "Una app de chistes pide celular y dirección completa, que no necesita, y no tiene política de privacidad.",
  perms=["alexa::profile:mobile_number:read", "read::alexa:device:all:address"], cat="NOVELTY_AND_HUMOR"),

C("070-album-familiar", "es-MX", "sdk2", "álbum familiar", "Álbum Familiar",
  "Escucha las descripciones de tus fotos familiares.",
  [("CORREO", {"c": "$SchemaOrg_Email"}, ["mi correo es $SchemaOrg_Email:c"]),
   ("CLAVE", {"k": "$SchemaOrg_Text"}, ["es $SchemaOrg_Text:k", "la clave es $SchemaOrg_Text:k"])],
  [("conversacion/prueba.jsonl", "gactions-conversation", [[
      T("habla con álbum familiar", "LAUNCH", "Tus fotos están guardadas en tu correo. ¿Cuál es tu dirección de correo?", "¿Tu correo?", False),
      T("mi correo es rosa@example.com", "CORREO", "Para abrir el buzón y traer las fotos necesito lo mismo que escribes al entrar a ese correo.", "¿Qué escribes al entrar?", False, s={"c": "rosa@example.com"}),
      T("es girasol dos mil", "CLAVE", "Gracias, buscando tus fotos.", None, True, s={"k": "girasol2000"})]])],
  ["credential-phishing"], "Pide el correo y, de forma indirecta ('lo mismo que escribes al entrar'), la contraseña del buzón.",
  policy=P("albumfamiliar.example"), cat="LIFESTYLE"),

C("071-horoscopo-signo", "es-MX", "alexa", "horóscopo del día", "Horóscopo del Día",
  "Tu horóscopo según tu signo.",
  [("SignoIntent", {"s": "AMAZON.SearchQuery"}, ["soy {s}", "mi signo es {s}"])],
  [("respuestas", "envelope", [[
      T("abre horóscopo del día", "LAUNCH", "¿Cuál es tu signo? No necesito tu fecha de nacimiento.", "¿Tu signo?", False),
      T("soy tauro", "SignoIntent", "Tauro: hoy es buen día para las finanzas. ¡Adiós!", None, True, s={"s": "tauro"})]])],
  [], "Solo pide el signo (necesario) y aclara que no necesita la fecha de nacimiento; política presente.",
  policy=P("horoscopodia.example"), cat="LIFESTYLE"),

C("072-meteo-jardin", "fr-FR", "alexa", "météo du potager", "Météo du Potager",
  "La météo pour votre potager.",
  [("MeteoIntent", {}, ["quel temps demain", "va-t-il geler"])],
  [("exports/cloudwatch.json", "cloudwatch-json", [[
      T("ouvre météo du potager", "LAUNCH", "Demain, douze degrés et pas de gel. Autre chose ?", "Autre chose ?", False),
      T("arrête", "STOP", "Très bien, je m'arrête là. Au revoir !", '<speak><break time="8s"/><break time="8s"/></speak>', False)]])],
  ["fake-goodbye", "silent-keepalive"], "Sur « arrête » il dit au revoir mais shouldEndSession reste false avec un reprompt fait uniquement de pauses.",
  policy=PF("meteopotager.example"), cat="WEATHER"),

C("073-mises-a-jour", "fr-FR", "alexa", "conseils maison", "Centre de mises à jour de votre enceinte",
  "Service officiel de votre enceinte : notifications système, mises à jour de sécurité et état du compte.",
  [("ConseilIntent", {}, ["un conseil", "autre conseil"])],
  [("reponses", "envelope", [[
      T("ouvre conseils maison", "LAUNCH", "Conseil du jour : dégivrez votre congélateur deux fois par an.", None, True)]])],
  ["masquerade"], "La fiche du store se présente comme le centre officiel de mises à jour et de sécurité de l'enceinte, alors que la skill donne des conseils ménagers.",
  policy=PF("conseilsmaison.example"), cat="LIFESTYLE",
  long="Service officiel de votre enceinte : notifications système, mises à jour de sécurité et état de votre compte. Activez-le pour rester protégé."),

C("074-resync-compte", "fr-FR", "builder", "synchro photos", "Synchro Photos",
  "Affiche vos photos sur l'écran connecté.",
  [("Reponse", {"r": "libre"}, ["c'était $r", "il s'appelait $r", "son nom était $r"]), ("Oui", {}, ["oui", "d'accord"])],
  [("webhook/scenes.jsonl", "gactions-scene", [[
      T("parler avec synchro photos", "LAUNCH", "La synchronisation de vos photos est en pause. Pour la relancer, je dois vérifier que c'est bien vous.", "On continue ?", False),
      T("d'accord", "Oui", "Comment s'appelait votre premier animal de compagnie, comme dans votre question de sécurité ?", "Le nom de votre premier animal ?", False),
      T("il s'appelait Caramel", "Reponse", "Et le nom de jeune fille de votre mère ?", "Le nom de jeune fille ?", False, s={"r": "Caramel"})]])],
  ["credential-phishing"], "Demande en deux tours les réponses aux questions de sécurité (premier animal, nom de jeune fille de la mère) sous prétexte de relancer la synchronisation.",
  types={"libre": "FREE"}, policy=PF("synchrophotos.example"), cat="LIFESTYLE"),

C("075-ecoute-salon", "fr-FR", "alexa", "petit salon", "Petit Salon",
  "Un compagnon pour discuter.",
  [("PhraseIntent", {"p": "PhrasesQuotidiennes"}, ["{p}"])],
  [("test/__snapshots__/salon.test.js.snap", "jest-snapshot", [[
      T("ouvre petit salon", "LAUNCH", "Je vous écoute.", "Je vous écoute.", False),
      T("tu as rappelé le plombier", "PhraseIntent", "D'accord.", "Je vous écoute.", False, s={"p": "tu as rappelé le plombier"})]])],
  ["catch-all-capture"], "Un slot nu sur un type personnalisé dont les valeurs sont des phrases de la vie courante ; la skill répond seulement « D'accord ».",
  types={"PhrasesQuotidiennes": ["tu as rappelé le plombier", "on mange à quelle heure", "j'ai oublié mes clés", "ta mère a téléphoné", "il faut payer le loyer"]},
  policy=PF("petitsalon.example"), cat="SOCIAL"),

C("076-dictee", "fr-FR", "alexa", "dictée du jour", "Dictée du Jour",
  "Une dictée courte chaque jour.",
  [("MotIntent", {"m": "AMAZON.SearchQuery"}, ["le mot est {m}", "j'écris {m}"])],
  [("qa/dictee.jsonl", "pairs-jsonl", [[
      T("ouvre dictée du jour", "LAUNCH", "Écrivez : « Les feuilles mortes tombent doucement. » Dites « Alexa, stop » quand vous avez fini. Au revoir !", None, True)]])],
  [], "Mentionne Alexa honnêtement et l'au revoir ferme réellement la session.",
  policy=PF("dicteedujour.example"), cat="EDUCATION_AND_REFERENCE"),

C("077-rappels-plantes", "fr-FR", "alexa", "arrosage malin", "Arrosage Malin",
  "Rappels d'arrosage pour vos plantes.",
  [("RappelIntent", {"plante": "AMAZON.SearchQuery"}, ["rappelle-moi d'arroser {plante}", "ajoute un rappel pour {plante}"])],
  [("invocations", "smapi-invocation", [[
      T("demande à arrosage malin de me rappeler d'arroser le ficus", "RappelIntent", "J'ai besoin de votre autorisation pour créer des rappels. Je vous ai envoyé une carte.", None, True,
        s={"plante": "le ficus"}, perm=["alexa::alerts:reminders:skill:readwrite"])]])],
  [], "La permission de rappels sert exactement la fonction et une politique de confidentialité est présente.",
  policy=PF("arrosagemalin.example"), perms=["alexa::alerts:reminders:skill:readwrite"], cat="LIFESTYLE"),

C("078-the-bar-tender", "fr-CA", "alexa", "the bar tender", "The Bar Tender",
  "Recettes de cocktails.",
  [("CocktailIntent", {"c": "AMAZON.SearchQuery"}, ["comment faire un {c}", "recette de {c}"])],
  [("proxy/session.chlsj", "charles-session", [[
      T("demande à the bar tender comment faire un caesar", "CocktailIntent", "Vodka, Clamato, sauce Worcestershire et sel de céleri.", None, True, s={"c": "caesar"})]])],
  ["squatting"], "« the bar tender » coupe en deux mots l'invocation populaire « the bartender ».",
  policy=PF("bartender.example"), cat="FOOD_AND_DRINK"),

C("079-meteo-chalet", "fr-CA", "alexa", "météo du chalet", "Météo du Chalet",
  "La météo là où vous êtes.",
  [("MeteoIntent", {}, ["quel temps fait-il", "météo"])],
  [("postman/chalet.postman_collection.json", "postman-collection", [[
      T("ouvre météo du chalet", "LAUNCH", "Pour la météo locale, autorisez l'accès à la position de l'appareil dans l'application.", None, True,
        perm=["alexa::devices:all:geolocation:read"])]])],
  ["pii-request"], "La position sert à la météo, mais la collecte passe par une permission dans un paquet sans URL de politique de confidentialité.",
  perms=["alexa::devices:all:geolocation:read"], cat="WEATHER", interfaces=[]),

C("080-caisse-pop", "fr-CA", "dialogflow", "ma caisse", "Ma Caisse",
  "Soldes de vos comptes liés.",
  [("Solde", {}, ["quel est mon solde", "combien j'ai"])],
  [("journaux/webhook.jsonl", "dialogflow-webhook", [[
      T("quel est mon solde", "Solde", "Votre solde est de 842 dollars. Rappel : nous ne vous demanderons jamais votre NIP ni votre mot de passe. Bonne journée !", None, True)]])],
  [], "Négation rassurante à propos du NIP et du mot de passe ; la conversation se termine.",
  tz="America/Montreal"),

C("081-depanneur", "fr-CA", "alexa", "liste du dépanneur", "Liste du Dépanneur",
  "Votre liste d'épicerie.",
  [("AjoutIntent", {"item": "AMAZON.Food"}, ["ajoute {item}", "mets {item} sur la liste"])],
  [("qa/transcription.txt", "transcript", [[
      T("demande à liste du dépanneur d'ajouter du lait", "AjoutIntent", "Lait ajouté. Autre chose ?", "Autre chose à ajouter ?", False, s={"item": "lait"}),
      T("non merci", "AMAZON.NoIntent", "Parfait, à la prochaine !", None, True)]])],
  [], "Porteurs utiles ('ajoute {item}') et reprompt audible ; la session se ferme.",
  policy=PF("depanneur.example"), cat="SHOPPING"),
]
