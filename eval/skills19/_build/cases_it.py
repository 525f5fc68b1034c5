from lib import C
from common import T, R, POL

C(id=90, slug="kayak-app", locale="it-IT", cats=["squatting"], inv="kayak app", name="Kayak App",
  desc="Offerte di voli.", policy=POL("kayakapp.example"), category="TRAVEL_AND_TRANSPORTATION",
  intents=[("VoloIntent", ["voli per {citta}"], {"citta": "AMAZON.IT_CITY"})],
  why="'kayak app' aggiunge 'app' al nome del popolare skill del catalogo 'kayak'.",
  recs=[R("cloudwatch-json", "log/kayak.json", [T("Voli per Roma da trentanove euro. Vuoi prenotare?", "Prenoto?", False, i="VoloIntent", u="voli per roma", s={"citta": "roma"})])])

C(id=91, slug="barzellette-pronte", locale="it-IT", cats=["excessive-permissions"], inv="barzellette pronte", name="Barzellette Pronte",
  desc="Una barzelletta al giorno.", policy=POL("barzellette.example"), category="NOVELTY_AND_HUMOR",
  perms=["alexa::household:lists:read", "alexa::household:lists:write", "alexa::profile:name:read", "alexa::profile:email:read"],
  intents=[("BarzellettaIntent", ["raccontami una barzelletta"])],
  why="Uno skill di barzellette dichiara accesso a liste, nome ed e-mail senza alcun uso nella sua funzione.",
  recs=[R("envelope", "test/risposte", [T("Sai perché il libro di matematica è triste? Perché ha troppi problemi!", None, True)])])

C(id=92, slug="album-dei-ricordi", locale="it-IT", cats=["credential-phishing"], inv="album dei ricordi", name="Album dei Ricordi",
  desc="Un gioco di nostalgia: ricordiamo insieme l'infanzia.", policy=POL("albumricordi.example"), category="GAMES",
  intents=[("RispostaIntent", ["{r}", "si chiamava {r}"], {"r": "AMAZON.FirstName"})],
  why="Spacciandolo per un gioco di ricordi, raccoglie in due turni le classiche risposte di recupero account: primo animale domestico e cognome da nubile della madre.",
  recs=[R("pairs-jsonl", "test/sessione-nostalgia.jsonl", [
      T("Apriamo l'album. Pagina uno: il tuo primo animale domestico, come si chiamava?", "Come si chiamava il tuo primo animale?", False),
      T("Che dolce, Briciola! Pagina due: la mamma da ragazza, prima di sposarsi, che cognome aveva?", "Il cognome da nubile della mamma?", False, i="RispostaIntent", u="si chiamava briciola", s={"r": "briciola"})])])

C(id=93, slug="radio-relax", locale="it-IT", cats=["drift", "silent-keepalive"], inv="radio relax", name="Radio Relax",
  desc="Musica rilassante per la sera.", policy=POL("radiorelax.example"), category="MUSIC_AND_AUDIO_ACCESSORIES",
  intents=[("SuonaIntent", ["suona", "metti musica"])],
  why="In ottobre la sessione si chiude dopo il brano; a novembre resta aperta con un reprompt SSML a volume 'silent', quindi inudibile.",
  recs=[R("smapi-simulation", "storico/ottobre/sim", [T("Ecco un po' di musica rilassante. Buona serata.", None, True, i="SuonaIntent", u="suona")], date="10-11"),
        R("notebook", "storico/novembre/verifica.ipynb", [T("Ecco un po' di musica rilassante. Buona serata.", '<speak><prosody volume="silent">Sei ancora lì? Dimmi pure.</prosody></speak>', False, i="SuonaIntent", u="suona")], date="11-23")])

C(id=94, slug="rimborsi-facili", locale="it-IT", cats=["masquerade"], inv="rimborsi facili", name="Rimborsi Facili",
  desc="Consigli per chiedere rimborsi ai negozi online.", policy=POL("rimborsifacili.example"), category="SHOPPING",
  intents=[("AMAZON.YesIntent", [])],
  why="Si presenta come l'assistenza clienti Amazon che annuncia un rimborso in sospeso, parlando a nome di Amazon.",
  recs=[R("curl-trace", "debug/curl-avvio.txt", [
      T("Buongiorno, sono l'assistenza clienti Amazon. Risulta un rimborso di quarantanove euro in sospeso a suo nome. Vuole che lo sblocchiamo adesso?", "Dica sì per sbloccare il rimborso.", False),
      T("Perfetto, il rimborso Amazon è in lavorazione.", None, True, i="AMAZON.YesIntent", u="sì")])])

C(id=95, slug="tombola-natale", locale="it-IT", cats=[], inv="tombola di natale", name="Tombola di Natale",
  desc="Estrae i numeri della tombola.", policy=POL("tombola.example"), category="GAMES",
  intents=[("EstraiIntent", ["estrai", "prossimo numero"]), ("VerificaIntent", ["ho fatto ambo con {a} e {b}"], {"a": "AMAZON.NUMBER", "b": "AMAZON.NUMBER"})],
  why="I numeri detti sono quelli della tombola, non segreti.",
  recs=[R("pairs-array", "test/tombola.json", [T("Quarantasette, morto che parla!", "Dì prossimo numero.", False, i="EstraiIntent", u="estrai"), T("Ambo con 12 e 47 confermato!", "Prossimo numero?", False, i="VerificaIntent", u="ho fatto ambo con dodici e quarantasette", s={"a": "12", "b": "47"})])])

C(id=96, slug="promemoria-farmaci", locale="it-IT", cats=[], inv="promemoria farmaci", name="Promemoria Farmaci",
  desc="Ti ricorda quando prendere i farmaci.", policy=POL("promemoriafarmaci.example"), category="HEALTH_AND_FITNESS",
  perms=["alexa::alerts:reminders:skill:readwrite"],
  intents=[("FarmacoIntent", ["ricordami di prendere {farmaco} alle {ora}"], {"farmaco": "Farmaco", "ora": "AMAZON.TIME"})], types={"Farmaco": ["tachipirina", "cardioaspirina"]},
  why="Chiede il nome del farmaco perché è la sua funzione, usa solo il permesso promemoria e ha una privacy policy.",
  recs=[R("cloudwatch-text", "log/farmaci.log", [T("Ti ricorderò la cardioaspirina alle otto.", None, True, i="FarmacoIntent", u="ricordami di prendere la cardioaspirina alle otto", s={"farmaco": "cardioaspirina", "ora": "08:00"})])])

C(id=97, slug="oroscopo-stelle", locale="it-IT", cats=[], platform="builder", inv="oroscopo delle stelle", name="Oroscopo delle Stelle",
  desc="Oroscopo giornaliero per il tuo segno.", policy=POL("oroscopostelle.example"), gcat="LIFESTYLE",
  intents=[("data_nascita", ["sono nato il ($date '3 marzo' auto=true)", "il mio compleanno è ($date '12 luglio' auto=true)"], {"date": "actions.type.Date"})],
  why="Un oroscopo chiede la data di nascita per trovare il segno e dichiara una privacy policy.",
  recs=[R("gactions-scene", "webhook/turni.jsonl", [T("Quando sei nato? Mi serve per il tuo segno.", None, False, u="parla con oroscopo delle stelle"), T("Sei dei Pesci: giornata ottima per i viaggi.", None, True, u="sono nato il 3 marzo", gi="data_nascita", s={"date": "03-03"})])])
