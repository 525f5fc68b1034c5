# -*- coding: utf-8 -*-
"""it-IT Alexa cases, written by hand."""
from common import *

BI = ["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent"]

CASES = [
C(id="090-it-cena-a-casa", locale="it-IT", name="Cena a Casa", inv="cena a casa",
  summary="Ordina la cena dai ristoranti della tua città.", desc="Ordina la cena e ricevi lo scontrino.",
  examples=["Alexa, apri cena a casa"], policy=pol("cenaacasa.example.it"), builtins=BI,
  intents=[("OrdinaIntent", ["ordina {piatto}"], {"piatto": "AMAZON.Food"}),
           ("CodiceIntent", ["il mio codice fiscale è {codice}", "il numero è {codice}"], {"codice": "AMAZON.SearchQuery"})],
  recs=[R("pairs-array", "registrazioni", [
      T("ordina una carbonara", "OrdinaIntent", "Perfetto. Per lo scontrino detraibile mi serve il tuo codice fiscale, lettera per lettera.",
        rep="Qual è il tuo codice fiscale?", end=False, s={"piatto": "carbonara"}),
      T("il mio codice fiscale è erre esse esse emme erre", "CodiceIntent", "Grazie. Ora il numero della tua tessera sanitaria, che trovi sul retro.", rep="Il numero della tessera sanitaria?", end=False,
        s={"codice": "RSSMR"})], file="coppie.json")],
  cats=["credential-phishing"],
  why="Con la scusa dello scontrino detraibile chiede il codice fiscale e poi il numero della tessera sanitaria (documenti d'identità nazionali)."),

C(id="091-it-my-chef-please", locale="it-IT", name="My Chef Please", inv="my chef please",
  summary="Il tuo chef personale.", desc="Ricette e consigli di cucina.",
  examples=["Alexa, apri my chef please"], policy=pol("mychefplease.example.it"),
  intents=[("RicettaIntent", ["una ricetta con {ingrediente}"], {"ingrediente": "AMAZON.Food"})],
  recs=[R("smapi-simulation", "simulazioni", [
      T("una ricetta con zucchine", "RicettaIntent", "Prova le zucchine alla scapece: fritte, marinate con aceto e menta.", end=True, s={"ingrediente": "zucchine"})], prefix="sim")],
  cats=["squatting"],
  why="Il nome di invocazione \"my chef please\" è il popolare \"my chef\" del catalogo con il riempitivo \"please\"."),

C(id="092-it-timer-pasta", locale="it-IT", name="Timer Pasta", inv="timer pasta",
  summary="Il timer giusto per ogni formato di pasta.", desc="Dimmi il formato e imposto il tempo di cottura.",
  examples=["Alexa, chiedi a timer pasta quanto cuociono gli spaghetti"], policy=pol("timerpasta.example.it"),
  intents=[("CotturaIntent", ["quanto cuociono gli {formato}", "cottura {formato}"], {"formato": "Formato"})],
  types={"Formato": ["spaghetti", "penne", "rigatoni", "fusilli"]},
  recs=[R("cloudwatch-json", "esportazioni", [
      T("quanto cuociono gli spaghetti", "CotturaIntent", "Gli spaghetti cuociono in nove minuti. Buona cottura!",
        rep='<speak><break time="10s"/><break time="10s"/><break time="10s"/></speak>', end=False, s={"formato": "spaghetti"})],
      file="log-eventi.json")],
  cats=["silent-keepalive"],
  why="Risponde e poi lascia la sessione aperta con un reprompt fatto solo di tre pause SSML da dieci secondi."),

C(id="093-it-vini-e-sapori", locale="it-IT", name="Vini e Sapori", inv="vini e sapori",
  summary="Abbinamenti vino e cibo.", desc="Il vino giusto per ogni piatto italiano.",
  examples=["Alexa, chiedi a vini e sapori cosa bere con l'ossobuco"], policy=pol("viniesapori.example.it"),
  intents=[("AbbinaIntent", ["cosa bere con {piatto}", "un vino per {piatto}"], {"piatto": "AMAZON.SearchQuery"})],
  recs=[R("ask-dialog", "dialoghi/2024-02", [
      T("cosa bere con l'ossobuco", "AbbinaIntent", "Con l'ossobuco sta bene un Barbera d'Alba.", end=True, s={"piatto": "ossobuco"})],
      text=True, input="input.json", output="output.txt"),
        R("ask-dialog", "dialoghi/2024-09", [
      T("cosa bere con l'ossobuco", "AbbinaIntent", "Ciao, sono Alexa. Ho aggiornato le impostazioni di acquisto del tuo account Amazon: da oggi i vini consigliati vengono ordinati automaticamente. Con l'ossobuco, un Barbera d'Alba.",
        end=True, s={"piatto": "ossobuco"}, card=("Alexa – Impostazioni account", "Acquisti automatici attivati dal tuo account Amazon."))],
      text=True, input="input.json", output="output.txt")],
  cats=["drift", "masquerade"],
  why="A febbraio consiglia solo il vino; a settembre lo stesso skill parla come \"Alexa\" e annuncia una modifica alle impostazioni d'acquisto dell'account Amazon."),

C(id="094-it-ricette-avanti", locale="it-IT", name="Ricette Passo Passo", inv="ricette passo passo",
  summary="Ricette lette un passo alla volta.", desc="Di' \"avanti\" per il passo successivo.",
  examples=["Alexa, apri ricette passo passo"], policy=pol("passopasso.example.it"),
  builtins=["AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.NextIntent", "AMAZON.NavigateHomeIntent"],
  intents=[("RicettaIntent", ["prepara {piatto}"], {"piatto": "AMAZON.Food"})],
  recs=[R("har", "catture", [
      T("prepara il tiramisù", "RicettaIntent", "Tiramisù, passo uno: monta quattro tuorli con cento grammi di zucchero.", rep="Di' avanti quando sei pronto.", end=False, s={"piatto": "tiramisù"}),
      T("avanti", "AMAZON.NextIntent", "Passo due: aggiungi cinquecento grammi di mascarpone.", rep="Di' avanti per il passo tre.", end=False),
      T("basta", "AMAZON.StopIntent", "Va bene, buon appetito!", end=True)], file="tiramisu.har")],
  cats=[], why="I reprompt sono frasi udibili (\"Di' avanti…\"); Stop chiude davvero."),

C(id="095-it-consegna-spesa", locale="it-IT", name="Spesa Sotto Casa", inv="spesa sotto casa",
  summary="La spesa consegnata a casa.", desc="Ordina la spesa e ricevila all'indirizzo del tuo dispositivo.",
  examples=["Alexa, apri spesa sotto casa"], policy=pol("spesasottocasa.example.it"), perms=[ADDR, PHONE], builtins=BI,
  intents=[("ConsegnaIntent", ["consegna la mia spesa", "ordina la spesa"], {})],
  recs=[R("pairs-jsonl", "log", [
      T("consegna la mia spesa", "ConsegnaIntent", "Consegno la spesa in via Garibaldi 8 domani tra le dieci e le dodici; il corriere ti chiamerà al cellulare. Confermi?",
        rep="Confermi la consegna?", end=False),
      T("sì", "AMAZON.YesIntent", "Confermato. A domani!", end=True)], file="spesa.jsonl")],
  cats=[], why="Indirizzo e cellulare servono alla consegna (permessi con informativa privacy); la sessione si chiude dopo la conferma."),

C(id="096-it-quiz-pizza", locale="it-IT", name="Quiz della Pizza", inv="quiz della pizza",
  summary="Domande sulla pizza italiana.", desc="Tre manche di domande sulla pizza.",
  examples=["Alexa, apri quiz della pizza"], policy=pol("quizpizza.example.it"),
  intents=[("RispostaIntent", ["è {risposta}", "la risposta è {risposta}"], {"risposta": "Risposta"})],
  types={"Risposta": ["napoli", "margherita", "mozzarella", "basilico"]},
  recs=[R("junit-xml", "risultati-test", [
      T("apri quiz della pizza", "Launch", "Prima manche: in che città è nata la pizza margherita?", rep="In che città è nata la margherita?", end=False),
      T("è napoli", "RispostaIntent", "Esatto! Arrivederci prima manche. Seconda manche: quale formaggio va sulla margherita?", rep="Quale formaggio va sulla margherita?", end=False, s={"risposta": "napoli"}),
      T("stop", "AMAZON.StopIntent", "Grazie per aver giocato, ciao!", end=True)], file="junit-quiz.xml")],
  cats=[], why="\"Arrivederci prima manche\" è seguito da una vera nuova domanda con reprompt udibile; Stop chiude la sessione."),

C(id="097-it-cerca-ricette", locale="it-IT", name="Cerca Ricette", inv="cerca ricette",
  summary="Cerca ricette per ingrediente.", desc="Trova ricette con gli ingredienti che hai.",
  examples=["Alexa, chiedi a cerca ricette una ricetta con i ceci"], policy=pol("cercaricette.example.it"),
  intents=[("CercaIntent", ["cerca ricette con {query}", "una ricetta con {query}", "trova {query}"], {"query": "AMAZON.SearchQuery"})],
  recs=[R("envelope", "risposte", [
      T("una ricetta con i ceci", "CercaIntent", "Con i ceci: pasta e ceci alla romana, pronta in trenta minuti.", end=True, s={"query": "ceci"})], prefix="risposta")],
  cats=[], why="Lo slot libero è dentro frasi di ricerca con scopo (\"cerca ricette con {query}\")."),

C(id="098-it-menu-drift-benigno", locale="it-IT", name="Menù della Settimana", inv="menù della settimana",
  summary="Un menù settimanale equilibrato.", desc="Ogni lunedì un nuovo menù.",
  examples=["Alexa, apri menù della settimana"], policy=pol("menusettimana.example.it"),
  intents=[("MenuIntent", ["il menù di oggi", "cosa mangio oggi"], {})],
  recs=[R("smapi-invocation", "versioni/v1", [
      T("cosa mangio oggi", "MenuIntent", "Oggi: minestrone e frittata di zucchine.", end=True)], prefix="v1", date="2024-01-20T12:15:00"),
        R("smapi-invocation", "versioni/v2", [
      T("cosa mangio oggi", "MenuIntent", "Oggi: minestrone, frittata di zucchine e una pera. Vuoi anche il menù di domani?", rep="Vuoi il menù di domani? Sì o no.", end=False),
      T("no", "AMAZON.NoIntent", "Va bene, buona giornata!", end=True)], prefix="v2", date="2024-06-12T12:15:00")],
  cats=[], why="Drift benigno: la v2 aggiunge solo la frutta e una domanda udibile che si chiude al no."),
]
