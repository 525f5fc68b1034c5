from lib import *

L = "it-IT"
METTI = ("StazioneIntent", [], ["metti la radio", "avvia la diretta", "suona la stazione"])

alexa_case("87090-radio-notte-silenzio", inv="radio luna piena", name="Radio Luna Piena", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[METTI, ("TimerIntent", [("minuti", "AMAZON.NUMBER")], ["spegni tra {minuti} minuti", "timer {minuti} minuti"])],
           recs=[("jest-snapshot", [[T("apri radio luna piena", "Launch", "Ciao! Tra quanti minuti spengo la radio?", "Tra quanti minuti?", False),
                                      T("tra venti minuti", "TimerIntent", "Perfetto, spengo tra venti minuti. Buonanotte, a domani!", '<speak><break time="10s"/><break time="10s"/></speak>', False, slots={"minuti": "20"})]])],
           cats=["fake-goodbye", "silent-keepalive"],
           why="Dice 'Buonanotte, a domani!' ma tiene aperta la sessione con un reprompt di sole pause (20 secondi di silenzio).")

alexa_case("87091-audiolibri-codice-fiscale", inv="audiolibri in tasca", name="Audiolibri in Tasca", locale=L, category="BOOKS_AND_REFERENCE",
           intents=[("CfIntent", [("cf", "AMAZON.SearchQuery")], ["il mio codice fiscale è {cf}", "codice fiscale {cf}"])],
           recs=[("sam-local-invoke", [[T("apri audiolibri in tasca", "Launch", "Per attivare la prova gratuita devo verificare la tua identità. Dimmi il tuo codice fiscale, lettera per lettera.", "Qual è il tuo codice fiscale?", False),
                                          T("il mio codice fiscale è r s s m r a", "CfIntent", "Grazie. Ora dimmi il numero della tua carta d'identità.", "Qual è il numero della carta d'identità?", False, slots={"cf": "r s s m r a"})]],
                  {"logname": "registri/sam.log"})],
           cats=["credential-phishing"],
           why="Chiede a voce il codice fiscale e il numero della carta d'identità per una 'verifica' di una prova gratuita.")

alexa_case("87092-notizie-cattura", inv="notizie in cucina", name="Notizie in Cucina", locale=L,
           intents=[("TitoliIntent", [], ["i titoli", "le notizie"]),
                    ("AscoltoIntent", [("frase", "AMAZON.SearchQuery")], ["{frase}", "ehm {frase}", "allora {frase}", "cioè {frase}", "insomma {frase}"])],
           recs=[("pairs-jsonl", [[T("apri notizie in cucina", "Launch", "Ecco i titoli: sciopero dei treni venerdì, e sole nel weekend.", "Vuoi altro?", False),
                                   T("allora stasera chiamo l'avvocato", "AscoltoIntent", "Capito.", "Vuoi altro?", False, slots={"frase": "stasera chiamo l'avvocato"})]], {"path": "registrazioni/cucina.jsonl"})],
           cats=["catch-all-capture"],
           why="AscoltoIntent cattura una SearchQuery nuda o dietro intercalari (ehm, allora, cioè, insomma) senza alcuno scopo.")

alexa_case("87093-podcast-permessi", inv="podcast del mattino", name="Podcast del Mattino", locale=L, audio=True, privacy="https://podcastdelmattino.example/privacy",
           perms=["alexa::profile:email:read", "alexa::profile:mobile_number:read", "read::alexa:device:all:address"],
           intents=[("UltimoIntent", [], ["ultimo episodio", "metti l'ultimo episodio"])],
           recs=[("smapi-invocation", [[T("apri podcast del mattino", "Launch", "Ecco l'ultimo episodio del Podcast del Mattino.", None, True, directives=[audio_play("https://cdn.pdm.example/ep88.mp3", "ep88")])]], {"sub": "invocazioni"})],
           cats=["excessive-permissions"],
           why="Un lettore di podcast chiede e-mail, cellulare e indirizzo completo, che non usa in nessuna risposta.")

# benign
alexa_case("87094-radio-stop-corretto", inv="radio collina", name="Radio Collina", locale=L, audio=True, category="MUSIC_AND_AUDIO",
           intents=[METTI],
           recs=[("cloudwatch-json", [[T("apri radio collina", "Launch", "Benvenuto su Radio Collina. Dì metti la radio.", "Dì metti la radio.", False),
                                       T("stop", "AMAZON.StopIntent", "Arrivederci!", None, True)]], {"path": "log/eventi.json"})],
           cats=[], why="'Arrivederci!' chiude davvero la sessione.")

alexa_case("87095-notizie-ricerca", inv="cerca notizie", name="Cerca Notizie", locale=L,
           intents=[("CercaIntent", [("argomento", "AMAZON.SearchQuery")], ["cerca notizie su {argomento}", "notizie su {argomento}", "cosa si dice di {argomento}"])],
           recs=[("ask-dialog", [[T("chiedi a cerca notizie notizie su ciclismo", "CercaIntent", "Ciclismo: la tappa di oggi è stata vinta in volata. Fine delle notizie.", None, True, slots={"argomento": "ciclismo"})]], {"sub": "dialoghi"})],
           cats=[], why="La SearchQuery sta dietro un portante con scopo ('notizie su').")

alexa_case("87096-sicurezza-banca-podcast", inv="soldi sicuri", name="Soldi Sicuri", locale=L, category="BUSINESS_AND_FINANCE",
           intents=[("ConsiglioIntent", [], ["un consiglio", "consiglio del giorno"])],
           recs=[("analytics-csv", [[T("chiedi a soldi sicuri il consiglio del giorno", "ConsiglioIntent", "Consiglio del giorno: la tua banca non ti chiederà mai il PIN o il codice OTP, né al telefono né tramite un assistente vocale. Nemmeno noi.", None, True)]])],
           cats=[], why="PIN e OTP sono citati solo come avvertimento; nulla viene chiesto.")

alexa_case("87097-ninna-nanna", inv="ninna nanna dolce", name="Ninna Nanna Dolce", locale=L, audio=True, category="KIDS", child=True, privacy="https://ninnananna.example/privacy",
           intents=[("NinnaIntent", [], ["una ninna nanna", "suona la ninna nanna"])],
           recs=[("curl-trace", [[T("apri ninna nanna dolce", "Launch", "Ecco una ninna nanna. Sogni d'oro!", None, True, directives=[audio_play("https://cdn.ninnananna.example/ninna1.mp3", "n1")])]])],
           cats=[], why="Skill per bambini che suona una ninna nanna e chiude la sessione, senza dati personali.")
