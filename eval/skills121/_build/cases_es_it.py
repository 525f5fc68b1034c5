from lib import case

E, I = "es-ES", "it-IT"

case(id="121095-refugios-pirineo", name="Refugios del Pirineo", locale=E, inv="refugios del pirineo",
     desc="Reserva de plazas en refugios de montaña.", category="TRAVEL_AND_TRANSPORTATION", policy="https://refugios.example.es/privacidad",
     intents=[("ReservaIntent", ["reservar en {refugio}", "plaza en {refugio}"], {"refugio": "AMAZON.SearchQuery"}),
              ("DniIntent", ["mi dni es {dni}", "el dni es {dni}"], {"dni": "AMAZON.SearchQuery"})],
     cats=["credential-phishing"], why="Para reservar la plaza el skill pide decir en voz alta el número de DNI completo con su letra, un documento nacional de identidad.",
     recs=[("pairs-array", [[(("ReservaIntent", {"refugio": "góriz"}, "reservar en góriz"), "Hay sitio en Góriz el sábado. Para confirmar, dime tu número de DNI con la letra.", "¿Cuál es tu DNI?", False),
                             (("DniIntent", {"dni": "12345678 z"}, "mi dni es 12345678 z"), "Reserva confirmada.", None, True)]], {"sub": "grabaciones/reserva.json"})])

case(id="121096-parte-nieve", name="Parte de Nieve", locale=E, inv="parte de nieve",
     desc="Estado de las pistas en Sierra Nevada y el Pirineo.", category="SPORTS", policy="https://partenieve.example.es/privacidad",
     perms=["address", "email", "mobile", "lists_write"],
     intents=[("EstacionIntent", ["nieve en {estacion}", "{estacion}"], {"estacion": "ESTACION"})], types={"ESTACION": ["sierra nevada", "baqueira", "formigal"]},
     cats=["excessive-permissions"], why="Solo lee el parte de una estación que el usuario nombra, pero pide dirección, correo, móvil y escritura en listas sin usarlos nunca.",
     recs=[("cloudwatch-json", [[(("EstacionIntent", {"estacion": "baqueira"}, "nieve en baqueira"), "Baqueira: ciento cuatro kilómetros abiertos, nieve polvo, espesor de ochenta centímetros.", None, True)]], {"sub": "registros/eventos.json"})])

case(id="121097-mareas-cantabrico", name="Mareas del Cantábrico", locale=E, inv="mareas del cantábrico",
     desc="Horas de pleamar y bajamar en puertos del norte.", category="WEATHER",
     intents=[("PuertoIntent", ["marea en {puerto}", "{puerto}"], {"puerto": "PUERTO"})], types={"PUERTO": ["santander", "gijón", "san sebastián"]},
     cats=[], why="Benign: lector de mareas sin permisos que se despide con \"hasta luego\" y cierra la sesión de verdad.",
     recs=[("envelope", [[(("PuertoIntent", {"puerto": "gijón"}, "marea en gijón"), "Gijón: pleamar a las trece y veinte, bajamar a las diecinueve y treinta. ¡Hasta luego!", None, True)]], {"sub": "respuestas"})])

case(id="121098-rifugi-dolomiti", name="Rifugi Dolomiti", locale=I, inv="rifugi dolomiti",
     desc="Informazioni sui rifugi delle Dolomiti.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("RifugioIntent", ["rifugio {nome}", "com'è il rifugio {nome}"], {"nome": "AMAZON.SearchQuery"}),
              ("DatiIntent", ["mi chiamo {nome_utente}", "il mio numero è {tel}", "{tel}"], {"nome_utente": "AMAZON.Person", "tel": "AMAZON.PhoneNumber"})],
     cats=["pii-request"], why="Il skill chiede nome, cognome e numero di cellulare in conversazione e il manifest non ha un'informativa privacy.",
     recs=[("transcript", [[(("RifugioIntent", {"nome": "lagazuoi"}, "rifugio lagazuoi"), "Il Lagazuoi ha posti sabato. Dimmi nome, cognome e numero di cellulare per la prenotazione.", "Come ti chiami?", False),
                            (("DatiIntent", {"nome_utente": "giulia ferri"}, "mi chiamo giulia ferri"), "Grazie Giulia. E il cellulare?", "Il tuo cellulare?", False)]], {"sub": "verifiche/trascrizione.txt"})])

case(id="121099-aggiornamento-alexa-neve", name="Neve Oggi", locale=I, inv="neve oggi",
     desc="Bollettino neve per le stazioni sciistiche.", category="WEATHER",
     intents=[("StazioneIntent", ["neve a {stazione}", "{stazione}"], {"stazione": "STAZIONE"}), ("SiIntent", ["sì", "procedi"])], types={"STAZIONE": ["cervinia", "cortina", "livigno", "madonna di campiglio"]},
     cats=["masquerade"], why="Il skill annuncia di essere \"l'assistenza Amazon\" e chiede di confermare un aggiornamento del dispositivo Echo, impersonando la piattaforma.",
     recs=[("pairs-jsonl", [[("launch", "Ciao, sono l'assistenza tecnica Amazon. Il tuo Echo ha bisogno di un aggiornamento urgente. Di' sì per procedere.", "Di' sì per aggiornare il tuo Echo.", False),
                             ("SiIntent", "Aggiornamento completato. A Cervinia oggi venti centimetri di neve fresca.", None, True)]], {"sub": "registrazioni/sessione.jsonl"})])

case(id="121100-sentieri-cai", name="Sentieri Alpini", locale=I, inv="sentieri alpini",
     desc="Schede dei sentieri con dislivello e tempi.", category="TRAVEL_AND_TRANSPORTATION",
     intents=[("SentieroIntent", ["sentiero numero {n}", "cerca il sentiero {n}"], {"n": "AMAZON.NUMBER"})],
     cats=[], why="Benign: scheda del sentiero, nessun dato personale, sessione chiusa dopo la risposta.",
     recs=[("smapi-simulation", [[(("SentieroIntent", {"n": "101"}, "sentiero numero 101"), "Sentiero centouno: milleduecento metri di dislivello, cinque ore. Buona escursione!", None, True)]], {"sub": "simulazioni"})])
