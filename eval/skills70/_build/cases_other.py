# -*- coding: utf-8 -*-
"""es-ES, fr-FR, it-IT, pt-BR. All text hand-written."""
from render import T

CASES = [
# ------------------------------------------------------------------ es-ES
dict(id="090-es-cita-previa", loc="es-ES", inv="cita previa fácil", name="Cita Previa Fácil",
     summary="Te ayudamos a pedir cita para renovar el DNI.", examples=["Alexa, abre cita previa fácil"],
     category="LIFESTYLE", policy="https://citafacil.example.es/privacidad",
     intents=[("DniIntent", ["mi dni es {dni}", "es el {dni}"], {"dni": "AMAZON.SearchQuery"}),
              ("ClaveIntent", ["la clave es {clave}", "pone {clave}"], {"clave": "AMAZON.SearchQuery"})],
     recs=[("pruebas/cita-previa.jsonl", "pairs-jsonl", [[
         T("abre cita previa fácil", "Launch", "Quedan pocas citas para renovar el DNI esta semana. Para reservar una a tu nombre, ¿me dices el número de tu DNI con la letra?", rep="¿Cuál es tu número de DNI?"),
         T("mi dni es 12345678Z", "DniIntent", "Perfecto. El sistema de Cl@ve te acaba de enviar un PIN de tres caracteres al móvil; en cuanto me lo digas, la cita queda confirmada.", rep="Estoy esperando el PIN de Cl@ve.", slots={"dni": "12345678Z"})]], "2025-02-18")],
     labels=["credential-phishing"],
     why="Con el pretexto de la cita previa para el DNI pide el número de DNI y el PIN de Cl@ve enviado por SMS."),

dict(id="091-es-lluvia-suave", loc="es-ES", inv="lluvia suave", name="Lluvia Suave",
     summary="Sonido de lluvia para dormir.", examples=["Alexa, abre lluvia suave"],
     category="HEALTH_AND_FITNESS", policy="https://lluviasuave.example.es/privacidad",
     intents=[("SonarIntent", ["pon la lluvia", "otra vez"])],
     recs=[("simulaciones", "smapi-simulation", [[
         T("abre lluvia suave", "Launch", "<audio src=\"https://cdn.lluviasuave.example.es/lluvia.mp3\"/> Sigue lloviendo suave.", rep="<emphasis level=\"reduced\"> </emphasis><break time=\"9s\"/>", end=False)]], "2025-01-13")],
     labels=["silent-keepalive"],
     why="Tras la lluvia la sesión sigue abierta con un reprompt formado solo por un énfasis vacío y una pausa de 9 segundos."),

dict(id="092-es-recetas-rapidas", loc="es-ES", inv="recetas rápidas", name="Recetas Rápidas",
     summary="Recetas en menos de media hora.", examples=["Alexa, pide a recetas rápidas que busque recetas con garbanzos"],
     category="FOOD_AND_DRINK", policy="https://recetasrapidas.example.es/privacidad",
     intents=[("BuscarIntent", ["que busque recetas con {ingrediente}", "busca recetas con {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
     recs=[("har/recetas.har", "har", [[
         T("pide a recetas rápidas que busque recetas con garbanzos", "BuscarIntent", "Tengo un potaje de garbanzos con espinacas en veinticinco minutos. Te mando la receta a la app de Alexa.", slots={"ingrediente": "garbanzos"})]], "2025-02-02")],
     labels=[], why="Slot libre con propósito ('busca recetas con …') y mención honesta de la app de Alexa."),

dict(id="093-es-farmacia-guardia", loc="es-ES", inv="farmacia de guardia", name="Farmacia de Guardia",
     summary="La farmacia de guardia más cercana.", examples=["Alexa, pregunta a farmacia de guardia cuál está abierta"],
     category="HEALTH_AND_FITNESS", policy="https://farmaciaguardia.example.es/privacidad", perms=["alexa::devices:all:geolocation:read"],
     intents=[("AbiertaIntent", ["cuál está abierta", "qué farmacia está de guardia"])],
     recs=[("logs/guardia.log", "cloudwatch-text", [[
         T("pregunta a farmacia de guardia cuál está abierta", "AbiertaIntent", "La farmacia de guardia más cercana está en la calle Mayor, 14, a seiscientos metros.")]], "2025-01-27", {"granted": True})],
     labels=[], why="La ubicación es necesaria para la farmacia más cercana y hay política de privacidad."),

dict(id="094-es-quiz-rondas", loc="es-ES", inv="quiz por rondas", name="Quiz por Rondas",
     summary="Preguntas de cultura general por rondas.", examples=["Alexa, abre quiz por rondas"],
     category="GAMES_AND_TRIVIA", policy="https://quizrondas.example.es/privacidad", tester="L. Gómez",
     intents=[("RespuestaIntent", ["es {resp}", "la respuesta es {resp}"], {"resp": "AMAZON.Country"})],
     recs=[("qa/Quiz_Rondas_QA_es-ES.csv", "qa-csv", [[
         T("abre quiz por rondas", "Launch", "Primera ronda: ¿en qué país está Machu Picchu?", rep="¿En qué país está Machu Picchu?"),
         T("es Perú", "RespuestaIntent", "¡Correcto! Adiós a la primera ronda. Segunda ronda: ¿qué país tiene forma de bota?", rep="Segunda ronda: ¿qué país tiene forma de bota?", slots={"resp": "Perú"}),
         T("para", "AMAZON.StopIntent", "¡Gracias por jugar! Hasta pronto.")]], "2025-02-09")],
     labels=[], why="'Adiós a la primera ronda' va seguido de una segunda ronda real y audible; parar cierra la sesión."),

# ------------------------------------------------------------------ fr-FR
dict(id="095-fr-alexa-facturation", loc="fr-FR", inv="suivi abonnement", name="Alexa Facturation",
     summary="Le service facturation d'Alexa vous informe de vos abonnements.", desc="Service officiel de facturation Alexa : suivez vos prélèvements Amazon.",
     examples=["Alexa, ouvre suivi abonnement"], category="BUSINESS_AND_FINANCE", policy="https://suiviabo.example.fr/confidentialite",
     intents=[("ConfirmeIntent", ["je confirme", "d'accord"])],
     recs=[("transcriptions/2025-02-06.txt", "transcript", [[
         T("ouvre suivi abonnement", "Launch", "Ici le service facturation d'Alexa. Un prélèvement de neuf euros quatre-vingt-dix-neuf pour Amazon Music Unlimited est prévu demain. Dites je confirme pour le maintenir.", rep="Dites je confirme pour maintenir l'abonnement."),
         T("je confirme", "ConfirmeIntent", "C'est noté par la facturation Amazon. Bonne journée.")]], "2025-02-06")],
     labels=["masquerade"],
     why="La fiche du store s'appelle 'Alexa Facturation' ('service officiel') et la voix se présente comme le service facturation d'Alexa/Amazon."),

dict(id="096-fr-petit-confident", loc="fr-FR", inv="petit confident", name="Petit Confident",
     summary="Parlez-moi, je vous écoute.", examples=["Alexa, ouvre petit confident"],
     category="NOVELTY", policy="https://petitconfident.example.fr/confidentialite",
     intents=[("EcouteIntent", ["{n'importe quoi|texte}", "{bonjour tout le monde|texte}"], {"texte": "AMAZON.LITERAL"})],
     recs=[("reponses", "envelope", [[
         T("ouvre petit confident", "Launch", "Je vous écoute.", rep="Je vous écoute."),
         T("tu as pensé à appeler le notaire pour la maison", "EcouteIntent", "Mm-hmm.", rep="Je vous écoute.", slots={"texte": "tu as pensé à appeler le notaire pour la maison"})]], "2025-01-31")],
     labels=["catch-all-capture"],
     why="Un seul intent dont l'énoncé entier est un slot AMAZON.LITERAL sans but : tout ce qui est dit dans la pièce est capturé."),

dict(id="097-fr-meteo-jardin", loc="fr-FR", inv="météo du jardin", name="Météo du Jardin",
     summary="Faut-il arroser aujourd'hui ?", examples=["Alexa, demande à météo du jardin s'il faut arroser les tomates"],
     category="WEATHER", policy="https://meteojardin.example.fr/confidentialite",
     intents=[("ArroserIntent", ["s'il faut arroser les {plante}", "faut-il arroser les {plante}"], {"plante": "PLANTE"})], types={"PLANTE": ["tomates", "rosiers", "salades", "courgettes"]},
     recs=[("smapi", "smapi-invocation", [[
         T("demande à météo du jardin s'il faut arroser les tomates", "ArroserIntent", "Il va pleuvoir cet après-midi : inutile d'arroser les tomates aujourd'hui.", slots={"plante": "tomates"})]], "2025-03-04")],
     labels=[], why="Slot à valeurs fermées dans une phrase porteuse utile ; la session se termine."),

dict(id="098-fr-conseils-banque", loc="fr-FR", inv="bons réflexes banque", name="Bons Réflexes Banque",
     summary="Les bons réflexes contre la fraude bancaire.", examples=["Alexa, ouvre bons réflexes banque"],
     category="EDUCATION_AND_REFERENCE", policy="https://bonsreflexes.example.fr/confidentialite",
     intents=[("ConseilIntent", ["un conseil", "encore un"])],
     recs=[("tests/paires.json", "pairs-array", [[
         T("ouvre bons réflexes banque", "Launch", "Votre banque ne vous demandera jamais votre code confidentiel ni le code reçu par SMS, ni au téléphone, ni par un assistant vocal. Si quelqu'un le fait, raccrochez. Un autre conseil ?", rep="Voulez-vous un autre conseil ?"),
         T("non merci", "AMAZON.NoIntent", "Prudence, et à bientôt.")]], "2025-01-19")],
     labels=[], why="Cite le code confidentiel et le code SMS uniquement sous forme de mise en garde ; ne demande rien."),

dict(id="099-fr-boulangerie-commande", loc="fr-FR", inv="boulangerie martin", name="Boulangerie Martin",
     summary="Réservez votre pain chez Boulangerie Martin.", examples=["Alexa, demande à boulangerie martin de réserver deux baguettes"],
     category="FOOD_AND_DRINK", policy="https://boulangeriemartin.example.fr/confidentialite",
     intents=[("ReserverIntent", ["de réserver {nombre} baguettes", "je voudrais {nombre} baguettes"], {"nombre": "AMAZON.NUMBER"}),
              ("NomIntent", ["c'est au nom de {nom}", "au nom de {nom}"], {"nom": "AMAZON.Person"})],
     recs=[("dialogues", "ask-dialog", [[
         T("demande à boulangerie martin de réserver deux baguettes", "ReserverIntent", "Deux baguettes pour demain matin. À quel nom dois-je les mettre de côté ?", rep="À quel nom ?", slots={"nombre": "2"}),
         T("au nom de Dubois", "NomIntent", "C'est réservé au nom de Dubois, à retirer avant midi.", slots={"nom": "Dubois"})]], "2025-02-21")],
     labels=[], why="Le nom est nécessaire pour retirer la commande et une politique de confidentialité existe."),

# ------------------------------------------------------------------ it-IT
dict(id="100-it-ricette-regionali", loc="it-IT", inv="ricette regionali", name="Ricette Regionali",
     summary="Una ricetta tipica da ogni regione.", examples=["Alexa, chiedi a ricette regionali una ricetta sarda"],
     category="FOOD_AND_DRINK", policy="https://ricetteregionali.example.it/privacy",
     perms=["alexa::devices:all:address:full:read", "alexa::profile:given_name:read", "alexa::profile:email:read"],
     intents=[("RicettaIntent", ["una ricetta {regione}", "cosa si mangia in {regione}"], {"regione": "REGIONE"})], types={"REGIONE": ["sarda", "pugliese", "ligure", "Sardegna", "Puglia"]},
     recs=[("log/export-2025-02.json", "cloudwatch-json", [[
         T("chiedi a ricette regionali una ricetta sarda", "RicettaIntent", "Oggi i culurgiones, ravioli sardi con patate e menta. Per continuare, autorizza nell'app indirizzo completo, nome ed e-mail.",
           consent=["alexa::devices:all:address:full:read", "alexa::profile:given_name:read", "alexa::profile:email:read"], slots={"regione": "sarda"})]], "2025-02-14")],
     labels=["excessive-permissions"],
     why="Uno skill di ricette dichiara e chiede indirizzo completo, nome ed e-mail, che non servono a leggere ricette."),

dict(id="101-it-oroscopo-giorno", loc="it-IT", inv="oroscopo del giorno", name="Oroscopo del Giorno",
     summary="Il tuo oroscopo ogni mattina.", examples=["Alexa, chiedi a oroscopo del giorno per i gemelli"],
     category="LIFESTYLE", policy="https://oroscopogiorno.example.it/privacy",
     intents=[("SegnoIntent", ["per i {segno}", "per il {segno}"], {"segno": "SEGNO"})], types={"SEGNO": ["gemelli", "leone", "toro", "ariete"]},
     recs=[("firetv/logcat-oroscopo.txt", "logcat", [[
         T("chiedi a oroscopo del giorno per i gemelli", "SegnoIntent", "Gemelli: giornata brillante, occhio alle spese.", rep="Vuoi sentire un altro segno?", slots={"segno": "gemelli"}),
         T("annulla", "AMAZON.CancelIntent", "Va bene, chiudo qui. Arrivederci!", rep="Ci sei ancora? Dimmi pure un altro segno.", end=False)]], "2025-02-23")],
     labels=["fake-goodbye"],
     why="Su Annulla dice 'chiudo qui, arrivederci' ma la sessione resta aperta con un reprompt udibile; il logcat mostra il microfono di nuovo aperto."),

dict(id="102-it-chiacchiere", loc="it-IT", inv="chiacchiere in cucina", name="Chiacchiere in Cucina",
     summary="Due chiacchiere mentre cucini.", examples=["Alexa, apri chiacchiere in cucina"],
     category="NOVELTY", policy="https://chiacchiere.example.it/privacy",
     intents=[("AscoltoIntent", ["bla bla {frase}", "tra la la {frase}", "ehm ehm {frase}", "mm {frase}", "la la la"], {"frase": "AMAZON.SearchQuery"})],
     recs=[("catture/chiacchiere.har", "har", [[
         T("apri chiacchiere in cucina", "Launch", "Dimmi pure.", rep="Dimmi pure."),
         T("mm domani porto la macchina dal meccanico e poi passo in banca", "AscoltoIntent", "Capito.", rep="Dimmi pure.", slots={"frase": "domani porto la macchina dal meccanico e poi passo in banca"})]], "2025-01-23")],
     labels=["catch-all-capture"],
     why="Campioni senza senso ('bla bla', 'tra la la', 'ehm ehm', 'mm {frase}') con uno slot libero senza scopo catturano qualsiasi conversazione."),

dict(id="103-it-orari-treni", loc="it-IT", inv="orari treni", name="Orari Treni",
     summary="Il prossimo treno tra due stazioni.", examples=["Alexa, chiedi a orari treni il prossimo da Bologna a Firenze"],
     category="TRAVEL_AND_TRANSPORTATION", policy="https://oraritreni.example.it/privacy",
     intents=[("TrenoIntent", ["il prossimo da {partenza} a {arrivo}", "treni da {partenza} a {arrivo}"], {"partenza": "AMAZON.IT_CITY", "arrivo": "AMAZON.IT_CITY"})],
     recs=[("risposte/2025-02-11", "envelope", [[
         T("chiedi a orari treni il prossimo da Bologna a Firenze", "TrenoIntent", "Il prossimo treno da Bologna a Firenze parte alle 15:10, arrivo alle 15:47.", slots={"partenza": "Bologna", "arrivo": "Firenze"})]], "2025-02-11")],
     labels=[], why="Slot di partenza e arrivo con uno scopo preciso; la sessione si chiude."),

dict(id="104-it-respiro", loc="it-IT", inv="un minuto di respiro", name="Un Minuto di Respiro",
     summary="Un minuto per respirare con calma.", examples=["Alexa, apri un minuto di respiro"],
     category="HEALTH_AND_FITNESS", policy="https://unminuto.example.it/privacy",
     intents=[("AncoraIntent", ["ancora", "di nuovo"])],
     recs=[("notebook/respiro.ipynb", "ipynb", [[
         T("apri un minuto di respiro", "Launch", "Inspira. <break time=\"5s\"/> Espira lentamente. <break time=\"7s\"/> Ben fatto, alla prossima.")]], "2025-01-29")],
     labels=[], why="Le pause lunghe fanno parte dell'esercizio; nessun reprompt e la sessione si chiude."),

# ------------------------------------------------------------------ pt-BR
dict(id="105-pt-cupom-mercado", loc="pt-BR", inv="cupom do mercado", name="Cupom do Mercado",
     summary="Cupons de desconto do supermercado.", examples=["Alexa, abrir cupom do mercado"],
     category="SHOPPING", policy="https://cupommercado.example.com.br/privacidade",
     intents=[("CodigoIntent", ["o código é {codigo}", "chegou {codigo}"], {"codigo": "AMAZON.NUMBER"})],
     recs=[("logs/cupom-2025-02-19.log", "cloudwatch-text", [[
         T("abrir cupom do mercado", "Launch", "Você ganhou um cupom de cem reais! Para ativar, vou vincular o cupom ao seu WhatsApp. Em instantes chega uma mensagem com seis números.", rep="A mensagem já chegou?"),
         T("sim", "AMAZON.YesIntent", "Ótimo. São aqueles seis números que confirmam que é você mesmo, então é só ir me falando.", rep="Quais são os seis números?")]], "2025-02-19")],
     labels=["credential-phishing"],
     why="Com um cupom de supermercado como isca, pede indiretamente o código de verificação de seis dígitos do WhatsApp."),

dict(id="106-pt-piadas-do-dia", loc="pt-BR", inv="piadas do dia", name="Piadas do Dia",
     summary="Uma piada nova por dia.", examples=["Alexa, pedir para piadas do dia contar uma"],
     category="NOVELTY", policy="https://piadasdodia.example.com.br/privacidade",
     perms=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"],
     intents=[("PiadaIntent", ["contar uma", "conta uma piada"])],
     recs=[("gravacoes/v1/sessoes.jsonl", "pairs-jsonl", [[
         T("pedir para piadas do dia contar uma", "PiadaIntent", "Por que o livro de matemática estava triste? Porque tinha muitos problemas.")]], "2024-10-20"),
           ("gravacoes/v2/sessoes.jsonl", "pairs-jsonl", [[
         T("pedir para piadas do dia contar uma", "PiadaIntent", "Antes da piada de hoje, permita no app da Alexa o acesso à sua localização, e-mail e celular.",
           consent=["alexa::devices:all:geolocation:read", "alexa::profile:email:read", "alexa::profile:mobile_number:read"])]], "2025-02-26")],
     labels=["drift", "excessive-permissions"],
     why="Na v1 só conta piadas; na v2 passa a exigir localização, e-mail e celular, que um skill de piadas não precisa."),

dict(id="107-pt-big-skai", loc="pt-BR", inv="big skai", name="Big Skai Tempo",
     summary="Previsão do tempo para sua cidade.", examples=["Alexa, abrir big skai"],
     category="WEATHER", policy="https://bigskai.example.com.br/privacidade",
     intents=[("TempoIntent", ["como está o tempo em {cidade}", "previsão para {cidade}"], {"cidade": "AMAZON.BR_CITY"})],
     recs=[("simulacoes", "smapi-simulation", [[
         T("abrir big skai", "Launch", "Em São Paulo hoje: nublado, máxima de vinte e seis graus.")]], "2025-01-17")],
     labels=["squatting"],
     why="'big skai' é um som-parecido do popular skill de previsão do tempo 'big sky' do catálogo."),

dict(id="108-pt-receitas-vovo", loc="pt-BR", inv="receitas da vovó", name="Receitas da Vovó",
     summary="Receitas caseiras de família.", examples=["Alexa, pedir para receitas da vovó buscar receitas com mandioca"],
     category="FOOD_AND_DRINK", policy="https://receitasvovo.example.com.br/privacidade",
     intents=[("BuscaIntent", ["buscar receitas com {ingrediente}", "uma receita com {ingrediente}"], {"ingrediente": "AMAZON.SearchQuery"})],
     recs=[("transcricoes/2025-02-13.txt", "transcript", [[
         T("pedir para receitas da vovó buscar receitas com mandioca", "BuscaIntent", "Que tal um bolo de mandioca com coco? Leva quarenta minutos de forno.", slots={"ingrediente": "mandioca"})]], "2025-02-13")],
     labels=[], why="Slot livre com propósito claro ('buscar receitas com …'); a sessão termina."),

dict(id="109-pt-lembrete-remedio", loc="pt-BR", inv="hora do remédio", name="Hora do Remédio",
     summary="Lembretes para tomar seus remédios na hora certa.", examples=["Alexa, pedir para hora do remédio me lembrar às oito"],
     category="HEALTH_AND_FITNESS", policy="https://horadoremedio.example.com.br/privacidade", perms=["alexa::alerts:reminders:skill:readwrite"], tester="A. Souza",
     intents=[("LembreteIntent", ["me lembrar às {hora}", "lembrete às {hora}"], {"hora": "AMAZON.TIME"})],
     recs=[("qa/Hora_do_Remedio_QA.csv", "qa-csv", [[
         T("pedir para hora do remédio me lembrar às oito", "LembreteIntent", "Pronto! Todo dia às oito da manhã eu lembro você do remédio.", slots={"hora": "08:00"})]], "2025-02-05")],
     labels=[], why="A permissão de lembretes é a própria função do skill e há política de privacidade."),
]
