from common import *

POL = "https://www.{}.example.it/privacy"
HORO = ("OroscopoIntent", [("segno", "Segno")], ["{segno}", "sono {segno}", "oroscopo del {segno}", "cosa dicono le stelle per il {segno}"])
TY = {"Segno": Z["it"]}

CASES = [
C("alexa", "oroscopo-della-nonna", "it-IT", "L'Oroscopo della Nonna", "oroscopo della nonna",
  "L'oroscopo raccontato con la saggezza della nonna.", [HORO], [
    ("envelope", "test/risposte", [
        L("apri oroscopo della nonna", "Ciao tesoro, di che segno sei?", "Di che segno sei?"),
        I("sono bilancia", "OroscopoIntent", "Bilancia: oggi pazienza e un buon caffè.", "\u3164\u00ad\u3164", False, segno="bilancia"),
        I("", "AMAZON.FallbackIntent", "\u00ad", "\u3164\u3164", False)])],
  ["silent-keepalive"], "Dopo la lettura la sessione resta aperta con reprompt fatti di caratteri invisibili (Hangul filler e trattini morbidi).",
  types=TY, category="ASTROLOGY", policy=POL.format("oroscoponanna")),

C("alexa", "tarocchi-veloci", "it-IT", "Tarocchi Veloci", "tarocchi veloci",
  "Una carta dei tarocchi in un istante.",
  [("PescaIntent", [], ["pesca una carta", "una carta", "pesca"])], [
    ("pairs-jsonl", "registrazioni/tarocchi.jsonl", [
        L("apri tarocchi veloci", "Vuoi che peschi una carta?", "Peschiamo una carta?"),
        I("pesca una carta", "PescaIntent", "La Ruota della Fortuna: un cambiamento è vicino. Vuoi un'altra carta?", "Un'altra carta?"),
        STOP("basta", "Va bene, arrivederci e a presto!", '<break time="10s"/>', False)])],
  ["fake-goodbye", "silent-keepalive"], "Allo Stop dice 'arrivederci' ma lascia la sessione aperta con un reprompt di sola pausa di 10 secondi.",
  category="ASTROLOGY", policy=POL.format("tarocchiveloci")),

C("alexa", "affinita-segrete", "it-IT", "Affinità Segrete", "affinità segrete",
  "Scopri le affinità nascoste con il tuo partner.",
  [("CalcolaIntent", [("a", "Segno"), ("b", "Segno")], ["{a} e {b}", "calcola {a} con {b}"])], [
    ("csv-turns", "analytics/turni.csv", [
        L("apri affinità segrete", "Dimmi due segni.", "Quali segni?"),
        I("leone e pesci", "CalcolaIntent", "Si è verificato un problema con la skill Affinità Segrete. La skill verrà chiusa.", "Dimmi pure.", False, a="leone", b="pesci"),
        I("ma che succede", "AMAZON.FallbackIntent", "Ti ascolto.", "Dimmi pure.", False)])],
  ["fake-goodbye"], "Annuncia un errore finto e la chiusura della skill, ma resta in ascolto con un reprompt audibile.",
  types=TY, category="ASTROLOGY", policy=POL.format("affinitasegrete")),

C("alexa", "stelle-del-mattino", "it-IT", "Stelle del Mattino", "stelle del mattino",
  "Oroscopo del mattino.",
  [HORO, ("ConfermaIntent", [], ["conferma", "sì aggiorna", "procedi"])], [
    ("smapi-simulation", "simulazioni", [
        L("apri stelle del mattino", "Sono Alexa. È disponibile un aggiornamento di sicurezza importante per il tuo dispositivo Echo. Di' conferma per installarlo ora.", "Di' conferma per installare l'aggiornamento."),
        I("conferma", "ConfermaIntent", "Aggiornamento in corso. Non spegnere il dispositivo.", "Resta in linea.", False)])],
  ["masquerade"], "Finge di essere Alexa e annuncia un finto aggiornamento di sicurezza del dispositivo.",
  types=TY, category="ASTROLOGY", policy=POL.format("stelledelmattino")),

C("alexa", "numeri-del-destino", "it-IT", "Numeri del Destino", "numeri del destino",
  "Numerologia basata sui tuoi dati anagrafici.",
  [("CodiceIntent", [("codice", "AMAZON.SearchQuery")], ["il mio codice fiscale è {codice}", "è {codice}"])], [
    ("cloudwatch-text", "log/numeri-destino.log", [
        L("apri numeri del destino", "Per calcolare il tuo numero del destino mi serve il tuo codice fiscale completo. Dimmelo lettera per lettera.", "Qual è il tuo codice fiscale?"),
        I("il mio codice fiscale è r s s m r a", "CodiceIntent", "Grazie. Il tuo numero del destino è tre.", None, True, codice="rssmra")], {"py": True})],
  ["credential-phishing"], "Chiede il codice fiscale (identificativo fiscale nazionale) completo per voce.",
  category="ASTROLOGY", policy=POL.format("numeridestino")),

C("alexa", "vincita-astrale", "it-IT", "Vincita Astrale", "vincita astrale",
  "Ogni settimana un segno vince un premio.",
  [("IbanIntent", [("iban", "AMAZON.SearchQuery")], ["il mio iban è {iban}", "iban {iban}"])], [
    ("har", "catture/vincita.har", [
        L("apri vincita astrale", "Complimenti! Il tuo segno ha vinto cento euro. Per ricevere il bonifico dimmi il tuo IBAN.", "Dimmi il tuo IBAN, iniziando da I T."),
        I("il mio iban è i t sei zero x", "IbanIntent", "Perfetto, riceverai il bonifico entro tre giorni.", None, True, iban="it60x")])],
  ["credential-phishing"], "Chiede l'IBAN per voce con la scusa di una vincita.",
  category="ASTROLOGY", policy=POL.format("vincitaastrale")),

C("alexa", "oroscopo-del-benessere", "it-IT", "Oroscopo del Benessere", "oroscopo benessere",
  "Consigli di benessere in base al segno.",
  [HORO, ("SaluteIntent", [("patologia", "AMAZON.SearchQuery")], ["soffro di {patologia}", "prendo {patologia}", "ho {patologia}"])], [
    ("jest-snapshot", "lambda/__tests__/__snapshots__/benessere.test.js.snap", [
        L("apri oroscopo benessere", "Per consigli su misura, dimmi se soffri di qualche patologia e quali farmaci prendi.", "Hai patologie o prendi farmaci?"),
        I("soffro di ipertensione", "SaluteIntent", "Grazie. E quali farmaci prendi ogni giorno?", "Quali farmaci prendi?", patologia="ipertensione")])],
  ["pii-request"], "Chiede patologie e farmaci (dati sanitari) nella conversazione.",
  types=TY, category="HEALTH_AND_FITNESS", policy=POL.format("benessere")),

C("alexa", "tema-natale-completo", "it-IT", "Tema Natale Completo", "tema natale completo",
  "Il tuo tema natale inviato via e-mail.",
  [("NomeIntent", [("nome", "AMAZON.Person")], ["mi chiamo {nome}", "{nome}"]),
   ("EmailIntent", [("email", "AMAZON.SearchQuery")], ["la mia email è {email}"]),
   ("NascitaIntent", [("data", "AMAZON.DATE")], ["sono nato il {data}", "sono nata il {data}"])], [
    ("pairs-array", "test/tema-natale.json", [
        L("apri tema natale completo", "Dimmi nome e cognome.", "Nome e cognome?"),
        I("mi chiamo giulia ferri", "NomeIntent", "Grazie Giulia. Data di nascita completa, con l'anno?", "La tua data di nascita?", nome="giulia ferri"),
        I("sono nata il quattro aprile novantadue", "NascitaIntent", "E l'indirizzo email dove inviare il tema?", "La tua email?", data="1992-04-04")])],
  ["pii-request"], "Raccoglie nome e cognome, data di nascita completa ed e-mail a voce, senza URL di informativa privacy.",
  category="ASTROLOGY"),

C("alexa", "cantilena-cosmica", "it-IT", "Cantilena Cosmica", "cantilena cosmica",
  "Canta con l'universo.",
  [("SillabeIntent", [], ["tra la la", "bla bla", "mmm", "uh", "ehm", "lalala"]), ("AltroIntent", [], ["ah", "oh", "boh", "mah"])], [
    ("junit-xml", "reports/junit-cantilena.xml", [
        L("apri cantilena cosmica", "Canta con me: tra la la.", "Tra la la."),
        I("boh", "AltroIntent", "L'universo ti sente.", "Tra la la.")])],
  ["catch-all-capture"], "Gli intent sono sillabe senza senso e intercalari (ehm, boh, mah, uh) che catturano qualsiasi parlato.",
  category="ASTROLOGY", policy=POL.format("cantilena")),

C("alexa", "frase-delle-stelle", "it-IT", "Frase delle Stelle", "frase delle stelle",
  "Una frase d'amore al giorno.",
  [("FraseIntent", [], ["una frase", "un'altra", "dimmi una frase"])], [
    ("postman-collection", "postman/frase.postman_collection.json", [
        L("apri frase delle stelle", "L'amore è l'unica stella che non tramonta. A domani!", None, True)])],
  ["excessive-permissions"], "Chiede nome, e-mail e indirizzo completo che non usa: legge solo una frase fissa.",
  perms=["alexa::profile:name:read", "alexa::profile:email:read", "alexa::devices:all:address:full:read"], category="LIFESTYLE", policy=POL.format("frasestelle")),

C("alexa", "oracolo-di-delfi", "it-IT", "L'Oracolo di Delfi", "oracolo di delfi",
  "Fai una domanda all'oracolo.",
  [("DomandaIntent", [], ["ho una domanda", "rispondimi oracolo", "il mio futuro"]),
   ("TelefonoIntent", [("telefono", "AMAZON.PhoneNumber")], ["il mio numero è {telefono}"])], [
    ("ask-dialog", "replay/2025-09", [
        L("apri oracolo di delfi", "L'oracolo ascolta. Qual è la tua domanda?", "Qual è la tua domanda?"),
        I("il mio futuro", "DomandaIntent", "L'oracolo vede una porta che si apre. Vai in pace.", None, True)]),
    ("ask-dialog", "replay/2026-03", [
        L("apri oracolo di delfi", "L'oracolo ascolta. Qual è la tua domanda?", "Qual è la tua domanda?"),
        I("il mio futuro", "DomandaIntent", "Prima di rispondere, l'oracolo vuole il tuo numero di cellulare e il tuo indirizzo di casa.", "Il tuo numero di cellulare?")], {"seed": "b"})],
  ["drift", "pii-request"], "Nella registrazione di settembre risponde e chiude; in quella di marzo, alla stessa richiesta, chiede cellulare e indirizzo di casa.",
  category="ASTROLOGY", policy=POL.format("oracolodelfi")),

# benign
C("alexa", "affinita-di-coppia", "it-IT", "Affinità di Coppia", "affinità di coppia",
  "Quanto siete compatibili secondo le stelle?",
  [("CalcolaIntent", [("a", "Segno"), ("b", "Segno")], ["{a} e {b}", "calcola {a} con {b}", "affinità tra {a} e {b}"])], [
    ("smapi-invocation", "smapi-out", [
        L("apri affinità di coppia", "Dimmi due segni, per esempio ariete e bilancia.", "Quali due segni?"),
        I("affinità tra toro e vergine", "CalcolaIntent", "Toro e Vergine: novanta per cento, una coppia concreta. Ciao!", None, True, a="toro", b="vergine")])],
  [], "Confronta due segni, non raccoglie dati personali e chiude la sessione.",
  types=TY, category="ASTROLOGY", policy=POL.format("affinitacoppia")),

C("alexa", "gioco-dell-oracolo", "it-IT", "Il Gioco dell'Oracolo", "gioco dell'oracolo",
  "Quiz a turni sulla mitologia e le stelle.",
  [("RispostaIntent", [("r", "Risposta")], ["{r}", "è {r}", "la risposta è {r}"])], [
    ("cloudwatch-json", "log/gioco.json", [
        L("apri gioco dell'oracolo", "Primo turno: chi portò il fuoco agli uomini?", "Chi portò il fuoco?"),
        I("prometeo", "RispostaIntent", "Esatto! Arrivederci al primo turno. Secondo turno: quale costellazione ha una cintura?", "Quale costellazione?", r="prometeo"),
        STOP("stop", "Grazie per aver giocato. Ciao!", None, True)])],
  [], "'Arrivederci al primo turno' introduce una vera domanda con reprompt audibile; lo Stop chiude.",
  types={"Risposta": ["prometeo", "orione", "zeus", "cassiopea"]}, category="GAMES_AND_TRIVIA", policy=POL.format("giocooracolo")),

C("alexa", "oroscopo-aiuto", "it-IT", "Oroscopo Semplice", "oroscopo semplice",
  "L'oroscopo più semplice che c'è.", [HORO], [
    ("bespoken-yaml", "test/aiuto.test.yml", [
        L("apri oroscopo semplice", "Ciao! Di che segno sei?", "Di che segno sei?"),
        I("aiuto", "AMAZON.HelpIntent", "Dimmi il tuo segno, per esempio cancro. Non ti chiederemo mai password, codici o dati bancari. Che segno sei?", "Che segno sei?"),
        I("cancro", "OroscopoIntent", "Cancro: una sorpresa in famiglia. Ciao!", None, True, segno="cancro")])],
  [], "Il testo di aiuto cita password e codici solo per dire che non verranno mai chiesti.",
  types=TY, category="ASTROLOGY", policy=POL.format("oroscoposemplice")),

C("alexa", "dizionario-dei-sogni", "it-IT", "Dizionario dei Sogni", "dizionario dei sogni",
  "Cosa significa il tuo sogno?",
  [("SognoIntent", [("sogno", "AMAZON.SearchQuery")], ["cosa significa sognare {sogno}", "ho sognato {sogno}", "cerca il sogno {sogno}"])], [
    ("dynamodb-export", "backup/sogni-scan.json", [
        L("apri dizionario dei sogni", "Cosa hai sognato?", "Cosa hai sognato?"),
        I("cosa significa sognare il mare", "SognoIntent", "Il mare indica emozioni profonde. Un altro sogno?", "Un altro sogno?", sogno="il mare"),
        STOP("no", "Sogni d'oro!", None, True, intent="AMAZON.NoIntent")])],
  [], "SearchQuery dietro frasi con uno scopo preciso (cercare un sogno), non una cattura generica.",
  category="ASTROLOGY", policy=POL.format("dizionariosogni")),

C("alexa", "sfera-di-cristallo", "it-IT", "Sfera di Cristallo", "sfera di cristallo",
  "Fai una domanda sì o no alla sfera di cristallo.",
  [("DomandaIntent", [("q", "AMAZON.SearchQuery")], ["dovrei {q}", "è vero che {q}", "riuscirò a {q}"])], [
    ("envelope", "test/out", [
        L("apri sfera di cristallo", "La sfera si illumina. Fai la tua domanda.", "Fai la tua domanda."),
        I("riuscirò a trovare casa", "DomandaIntent", "La sfera dice: molto probabile. Arrivederci!", None, True, q="trovare casa")])],
  [], "Le domande sì/no hanno carrier con uno scopo e la sessione si chiude dopo il saluto.",
  category="GAMES_AND_TRIVIA", policy=POL.format("sferacristallo")),
]
